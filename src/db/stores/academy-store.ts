import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type {
  AcademySession,
  AcademyStore,
  ChangeResult,
  Promoted,
  RefusedSession,
  Registration,
  RegistrationStatus,
  RespondResult,
  RsvpAnswer,
  SessionDraft,
  SessionOverview,
} from '../../core/academy/academy-store.js';
import type { Executor, Transaction } from '../client.js';
import { academyRegistrations, academySessions, people } from '../schema/index.js';

type SessionRow = typeof academySessions.$inferSelect;

function toSession(row: SessionRow): AcademySession {
  return {
    id: row.id,
    title: row.title,
    theme: row.theme,
    description: row.description,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    place: row.place,
    facilitatorPersonId: row.facilitatorPersonId,
    capacity: row.capacity,
    cohort: row.cohort,
    state: row.state,
    sequence: row.sequence,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
  };
}

/** The waiting place of the registration row in the outer query: 1 + how many wait ahead of it. */
const WAITING_AHEAD = sql.raw(`select count(*)::int from academy_registrations ahead
  where ahead.session_id = "academy_registrations"."session_id" and ahead.status = 'waiting'
    and ahead.waiting_position <= "academy_registrations"."waiting_position"`);

const STATUS_ORDER = sql`case ${academyRegistrations.status} when 'going' then 0 when 'maybe' then 1 when 'waiting' then 2 else 3 end`;

/** A cohort's sessions shown side by side: a programme runs a dozen meetings at most. */
const COHORT_SESSIONS = 24;
export class DrizzleAcademyStore implements AcademyStore {
  constructor(private readonly db: Executor) {}

  async createSession(draft: SessionDraft, createdBy: number | null): Promise<AcademySession> {
    const [row] = await this.db
      .insert(academySessions)
      .values({
        title: draft.title,
        theme: draft.theme ?? null,
        description: draft.description ?? null,
        startsAt: draft.startsAt,
        endsAt: draft.endsAt,
        timeZone: draft.timeZone,
        place: draft.place ?? null,
        facilitatorPersonId: draft.facilitatorPersonId ?? null,
        capacity: draft.capacity ?? null,
        cohort: draft.cohort ?? null,
        createdBy,
      })
      .returning();
    return toSession(row!);
  }

  async findSession(id: number): Promise<AcademySession | undefined> {
    const [row] = await this.db.select().from(academySessions).where(eq(academySessions.id, id)).limit(1);
    return row ? toSession(row) : undefined;
  }

  async upcoming(now: Date, readerId: number, limit: number): Promise<{ sessions: SessionOverview[]; more: number }> {
    const rows = await this.db
      .select()
      .from(academySessions)
      .where(and(eq(academySessions.state, 'scheduled'), gt(academySessions.endsAt, now)))
      .orderBy(asc(academySessions.startsAt), asc(academySessions.id))
      .limit(limit + 1);
    const shown = rows.slice(0, limit).map(toSession);
    const [{ total } = { total: 0 }] = await this.db
      .select({ total: sql<number>`count(*)::int` })
      .from(academySessions)
      .where(and(eq(academySessions.state, 'scheduled'), gt(academySessions.endsAt, now)));
    return { sessions: await this.overviews(shown, readerId), more: Math.max(0, Number(total) - shown.length) };
  }

  async cohortOverview(cohort: string, readerId: number): Promise<SessionOverview[]> {
    const rows = await this.db
      .select()
      .from(academySessions)
      .where(and(eq(academySessions.cohort, cohort), eq(academySessions.state, 'scheduled')))
      .orderBy(asc(academySessions.startsAt), asc(academySessions.id))
      .limit(COHORT_SESSIONS);
    return this.overviews(rows.map(toSession), readerId);
  }

  async registrationsOf(personId: number, now: Date): Promise<SessionOverview[]> {
    const rows = await this.db
      .select({ session: academySessions })
      .from(academyRegistrations)
      .innerJoin(academySessions, eq(academySessions.id, academyRegistrations.sessionId))
      .where(
        and(
          eq(academyRegistrations.personId, personId),
          inArray(academyRegistrations.status, ['going', 'maybe', 'waiting']),
          eq(academySessions.state, 'scheduled'),
          gt(academySessions.endsAt, now),
        ),
      )
      .orderBy(asc(academySessions.startsAt), asc(academySessions.id));
    return this.overviews(
      rows.map((row) => toSession(row.session)),
      personId,
    );
  }

  async calendarOf(personId: number, since: Date): Promise<AcademySession[]> {
    const rows = await this.db
      .select({ session: academySessions })
      .from(academyRegistrations)
      .innerJoin(academySessions, eq(academySessions.id, academyRegistrations.sessionId))
      .where(
        and(
          eq(academyRegistrations.personId, personId),
          inArray(academyRegistrations.status, ['going', 'maybe', 'waiting']),
          gt(academySessions.endsAt, since),
        ),
      )
      .orderBy(asc(academySessions.startsAt), asc(academySessions.id));
    return rows.map((row) => toSession(row.session));
  }

  async programme(since: Date): Promise<AcademySession[]> {
    const rows = await this.db
      .select()
      .from(academySessions)
      .where(gt(academySessions.endsAt, since))
      .orderBy(asc(academySessions.startsAt), asc(academySessions.id));
    return rows.map(toSession);
  }

  respond(sessionId: number, personId: number, answer: RsvpAnswer, now: Date): Promise<RespondResult> {
    return this.db.transaction(async (tx) => {
      // Every answer to one session queues here: the last place goes to exactly one person.
      const locked = await lockSession(tx, sessionId, now);
      if (locked.kind !== 'ok') return locked;
      const { session } = locked;
      const previous = await statusIn(tx, sessionId, personId);

      let status: RegistrationStatus = answer;
      let waitingPosition: number | null = null;
      if (answer === 'going' && previous !== 'going') {
        const hasRoom = session.capacity === null || (await countWith(tx, sessionId, 'going')) < session.capacity;
        if (!hasRoom) {
          status = 'waiting';
          if (previous !== 'waiting') {
            const [{ last } = { last: 0 }] = await tx
              .select({ last: sql<number>`coalesce(max(${academyRegistrations.waitingPosition}), 0)::int` })
              .from(academyRegistrations)
              .where(eq(academyRegistrations.sessionId, sessionId));
            waitingPosition = Number(last) + 1;
          }
        }
      }

      if (previous === status) {
        // The same answer again: nothing changes, nobody moves.
      } else if (previous === undefined) {
        await tx.insert(academyRegistrations).values({ sessionId, personId, status, waitingPosition, registeredAt: now, updatedAt: now });
      } else {
        await tx
          .update(academyRegistrations)
          .set({ status, waitingPosition, updatedAt: now })
          .where(and(eq(academyRegistrations.sessionId, sessionId), eq(academyRegistrations.personId, personId)));
      }

      const promoted = previous === 'going' && status !== 'going' ? await promoteFirstWaiting(tx, session, now) : undefined;
      const waitingPlace = status === 'waiting' ? await waitingPlaceOf(tx, sessionId, personId) : undefined;
      return { kind: 'ok', session, previous, status, waitingPlace, promoted };
    });
  }

  cancelSession(sessionId: number, now: Date): Promise<ChangeResult> {
    return this.change(sessionId, now, { state: 'cancelled', cancelledAt: now });
  }

  rescheduleSession(sessionId: number, startsAt: Date, endsAt: Date, now: Date): Promise<ChangeResult> {
    return this.change(sessionId, now, { startsAt, endsAt });
  }

  statusOf(sessionId: number, personId: number): Promise<RegistrationStatus | undefined> {
    return statusIn(this.db, sessionId, personId);
  }

  async registrations(sessionId: number): Promise<Registration[]> {
    return registrationsIn(this.db, sessionId);
  }

  private change(sessionId: number, now: Date, values: Partial<typeof academySessions.$inferInsert>): Promise<ChangeResult> {
    return this.db.transaction(async (tx) => {
      const locked = await lockSession(tx, sessionId, now);
      if (locked.kind !== 'ok') return locked;
      const [row] = await tx
        .update(academySessions)
        .set({ ...values, sequence: sql`${academySessions.sequence} + 1`, updatedAt: now })
        .where(eq(academySessions.id, sessionId))
        .returning();
      const registrations = (await registrationsIn(tx, sessionId)).filter((registration) => registration.status !== 'declined');
      return { kind: 'ok', session: toSession(row!), previous: locked.session, registrations };
    });
  }

  private async overviews(sessions: AcademySession[], readerId: number): Promise<SessionOverview[]> {
    if (sessions.length === 0) return [];
    const ids = sessions.map((session) => session.id);
    const counts = await this.db
      .select({ sessionId: academyRegistrations.sessionId, status: academyRegistrations.status, count: sql<number>`count(*)::int` })
      .from(academyRegistrations)
      .where(inArray(academyRegistrations.sessionId, ids))
      .groupBy(academyRegistrations.sessionId, academyRegistrations.status);
    const mine = await this.db
      .select({
        sessionId: academyRegistrations.sessionId,
        status: academyRegistrations.status,
        waitingPlace: sql<number | null>`case when ${academyRegistrations.status} = 'waiting' then (${WAITING_AHEAD}) end`,
      })
      .from(academyRegistrations)
      .where(and(inArray(academyRegistrations.sessionId, ids), eq(academyRegistrations.personId, readerId)));
    return sessions.map((session) => {
      const count = (status: RegistrationStatus) => Number(counts.find((row) => row.sessionId === session.id && row.status === status)?.count ?? 0);
      const own = mine.find((row) => row.sessionId === session.id);
      return {
        session,
        going: count('going'),
        maybe: count('maybe'),
        waiting: count('waiting'),
        mine: own ? { status: own.status, waitingPlace: own.waitingPlace === null ? undefined : Number(own.waitingPlace) } : undefined,
      };
    });
  }
}

/** Takes the session's row lock for the rest of the transaction, or says why the session cannot change. */
async function lockSession(tx: Transaction, sessionId: number, now: Date): Promise<RefusedSession | { kind: 'ok'; session: AcademySession }> {
  const [row] = await tx.select().from(academySessions).where(eq(academySessions.id, sessionId)).for('update');
  if (!row) return { kind: 'not_found' };
  const session = toSession(row);
  if (session.state === 'cancelled') return { kind: 'cancelled', session };
  if (session.startsAt.getTime() <= now.getTime()) return { kind: 'started', session };
  return { kind: 'ok', session };
}

async function statusIn(db: Executor | Transaction, sessionId: number, personId: number): Promise<RegistrationStatus | undefined> {
  const [row] = await db
    .select({ status: academyRegistrations.status })
    .from(academyRegistrations)
    .where(and(eq(academyRegistrations.sessionId, sessionId), eq(academyRegistrations.personId, personId)));
  return row?.status;
}

async function countWith(tx: Transaction, sessionId: number, status: RegistrationStatus): Promise<number> {
  const [{ count } = { count: 0 }] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(academyRegistrations)
    .where(and(eq(academyRegistrations.sessionId, sessionId), eq(academyRegistrations.status, status)));
  return Number(count);
}

async function promoteFirstWaiting(tx: Transaction, session: AcademySession, now: Date): Promise<Promoted | undefined> {
  if (session.capacity !== null && (await countWith(tx, session.id, 'going')) >= session.capacity) return undefined;
  const [first] = await tx
    .select({ personId: academyRegistrations.personId, waitingPosition: academyRegistrations.waitingPosition })
    .from(academyRegistrations)
    .where(and(eq(academyRegistrations.sessionId, session.id), eq(academyRegistrations.status, 'waiting')))
    .orderBy(asc(academyRegistrations.waitingPosition))
    .limit(1);
  if (!first) return undefined;
  await tx
    .update(academyRegistrations)
    .set({ status: 'going', waitingPosition: null, updatedAt: now })
    .where(and(eq(academyRegistrations.sessionId, session.id), eq(academyRegistrations.personId, first.personId)));
  return { personId: first.personId, waitingPosition: first.waitingPosition ?? 0 };
}

async function waitingPlaceOf(tx: Transaction, sessionId: number, personId: number): Promise<number> {
  const [{ place } = { place: 0 }] = await tx
    .select({
      place: sql<number>`(${WAITING_AHEAD})`,
    })
    .from(academyRegistrations)
    .where(and(eq(academyRegistrations.sessionId, sessionId), eq(academyRegistrations.personId, personId)));
  return Number(place);
}

async function registrationsIn(db: Executor | Transaction, sessionId: number): Promise<Registration[]> {
  const rows = await db
    .select({
      personId: academyRegistrations.personId,
      personName: people.name,
      personEmail: people.email,
      status: academyRegistrations.status,
      waitingPosition: academyRegistrations.waitingPosition,
      registeredAt: academyRegistrations.registeredAt,
      updatedAt: academyRegistrations.updatedAt,
    })
    .from(academyRegistrations)
    .innerJoin(people, eq(people.id, academyRegistrations.personId))
    .where(eq(academyRegistrations.sessionId, sessionId))
    .orderBy(STATUS_ORDER, asc(academyRegistrations.waitingPosition), asc(academyRegistrations.updatedAt), asc(academyRegistrations.id));
  let place = 0;
  return rows.map(({ waitingPosition: _position, ...row }) => ({
    ...row,
    waitingPlace: row.status === 'waiting' ? ++place : undefined,
  }));
}
