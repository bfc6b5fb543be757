import { KeinoError } from '../errors.js';
import type { Translate } from '../i18n/translator.js';
import type { FileAttachment } from '../messages/message.js';
import type { PeopleStore } from '../people/people-store.js';
import type { Person } from '../people/person.js';
import { withoutTransactions, type Transactions } from '../ports/transactions.js';
import type {
  AcademySession,
  AcademyStore,
  ChangeResult,
  Promoted,
  RefusedSession,
  Registration,
  RegistrationStatus,
  RsvpAnswer,
  SessionOverview,
} from './academy-store.js';
import { sessionInvitation, type CalendarPerson } from './session-calendar.js';
import { readSessionInput, readTimes, type FieldProblem, type SessionField, type SessionInput } from './session-input.js';

/**
 * What the academy tells the world about a change: announcements, reminders and notices become
 * jobs (see academy-notices.ts) written in the change's own transaction; the default tells no one.
 */
export interface AcademyNotifier {
  scheduled(session: AcademySession): Promise<void>;
  cancelled(session: AcademySession, registrations: Registration[]): Promise<void>;
  rescheduled(session: AcademySession, previous: AcademySession, registrations: Registration[]): Promise<void>;
  answered(session: AcademySession, personId: number, status: RegistrationStatus): Promise<void>;
  promoted(session: AcademySession, promoted: Promoted): Promise<void>;
}

export const quietNotifier: AcademyNotifier = {
  scheduled: async () => {},
  cancelled: async () => {},
  rescheduled: async () => {},
  answered: async () => {},
  promoted: async () => {},
};

export type ScheduleResult = { ok: true; session: AcademySession } | { ok: false; problems: Partial<Record<SessionField, FieldProblem>> };

export type RsvpOutcome = Extract<Awaited<ReturnType<AcademyStore['respond']>>, { kind: 'ok' }>;
export type ChangeOutcome = Extract<ChangeResult, { kind: 'ok' }>;

const UPCOMING_LIMIT = 8;

/** KEINO-akatemia: scheduling sessions, answers with a waiting list, and calendar invitations. */
export class AcademyService {
  constructor(
    private readonly store: AcademyStore,
    private readonly people: PeopleStore,
    private readonly transactions: Transactions = withoutTransactions,
    /** The scheduler's notices (academy-notices.ts), given at construction: the default tells no one. */
    private readonly notifier: AcademyNotifier = quietNotifier,
  ) {}

  /** Validates and stores a new session; nothing is written when any field has a problem. */
  async schedule(input: SessionInput, actor: Person, zone: string, now: Date): Promise<ScheduleResult> {
    const read = readSessionInput(input, zone, now);
    if (!read.ok) return read;
    const { facilitatorEmail, ...values } = read.value;
    let facilitatorPersonId: number | undefined;
    if (facilitatorEmail) {
      const facilitator = await this.people.findByEmail(facilitatorEmail);
      if (!facilitator) return { ok: false, problems: { facilitator: { key: 'academy.error.unknownFacilitator', params: { email: facilitatorEmail } } } };
      facilitatorPersonId = facilitator.id;
    }
    const session = await this.transactions.atomically(async () => {
      const created = await this.store.createSession({ ...values, facilitatorPersonId }, actor.id);
      await this.notifier.scheduled(created);
      return created;
    });
    return { ok: true, session };
  }

  upcoming(reader: Person, now: Date): Promise<{ sessions: SessionOverview[]; more: number }> {
    return this.store.upcoming(now, reader.id, UPCOMING_LIMIT);
  }

  registrationsOf(person: Person, now: Date): Promise<SessionOverview[]> {
    return this.store.registrationsOf(person.id, now);
  }

  /** The scheduled sessions of the session's cohort with their counts; none when it has no cohort. */
  cohortOf(session: AcademySession, reader: Person): Promise<SessionOverview[]> {
    return session.cohort ? this.store.cohortOverview(session.cohort, reader.id) : Promise.resolve([]);
  }

  programme(now: Date): Promise<AcademySession[]> {
    // A quarter back, so a subscribed calendar keeps the recent past and learns of late cancellations.
    return this.store.programme(new Date(now.getTime() - 92 * 86_400_000));
  }

  /** One person's private feed: their sessions from a quarter back on, cancelled ones marked. */
  calendarOf(personId: number, now: Date): Promise<AcademySession[]> {
    return this.store.calendarOf(personId, new Date(now.getTime() - 92 * 86_400_000));
  }

  /** For scheduled work: the session as it is now, if it still exists. */
  find(id: number): Promise<AcademySession | undefined> {
    return this.store.findSession(id);
  }

  statusOf(sessionId: number, personId: number): Promise<RegistrationStatus | undefined> {
    return this.store.statusOf(sessionId, personId);
  }

  async session(id: number): Promise<AcademySession> {
    const session = await this.store.findSession(id);
    if (!session) throw refusal({ kind: 'not_found' }, id);
    return session;
  }

  async rsvp(sessionId: number, person: Person, answer: RsvpAnswer, now: Date): Promise<RsvpOutcome> {
    const result = await this.transactions.atomically(async () => {
      const stored = await this.store.respond(sessionId, person.id, answer, now);
      if (stored.kind !== 'ok') return stored;
      if (stored.previous !== stored.status) await this.notifier.answered(stored.session, person.id, stored.status);
      if (stored.promoted) await this.notifier.promoted(stored.session, stored.promoted);
      return stored;
    });
    if (result.kind !== 'ok') throw refusal(result, sessionId);
    return result;
  }

  async cancel(sessionId: number, now: Date): Promise<ChangeOutcome> {
    const result = await this.transactions.atomically(async () => {
      const stored = await this.store.cancelSession(sessionId, now);
      if (stored.kind === 'ok') await this.notifier.cancelled(stored.session, stored.registrations);
      return stored;
    });
    if (result.kind !== 'ok') throw refusal(result, sessionId);
    return result;
  }

  /** A new date and time; the length stays unless a new duration or end time is given. */
  async reschedule(sessionId: number, input: Pick<SessionInput, 'date' | 'time' | 'end'>, zone: string, now: Date): Promise<ChangeOutcome> {
    const current = await this.session(sessionId);
    const lengthMinutes = Math.round((current.endsAt.getTime() - current.startsAt.getTime()) / 60_000);
    const times = readTimes({ ...input, end: input.end ?? `${lengthMinutes}m` }, zone, now);
    if (!times.ok) {
      const [problem] = Object.values(times.problems);
      throw new KeinoError('academy.bad_time', problem!.key, problem!.params);
    }
    const result = await this.transactions.atomically(async () => {
      const stored = await this.store.rescheduleSession(sessionId, times.startsAt, times.endsAt, now);
      if (stored.kind === 'ok') await this.notifier.rescheduled(stored.session, stored.previous, stored.registrations);
      return stored;
    });
    if (result.kind !== 'ok') throw refusal(result, sessionId);
    return result;
  }

  registrations(sessionId: number): Promise<Registration[]> {
    return this.store.registrations(sessionId);
  }

  /** Admins see every list of attendees; a facilitator sees those of their own sessions. */
  mayManage(person: Person, session: AcademySession): boolean {
    return person.role === 'admin' || session.facilitatorPersonId === person.id;
  }

  /** The .ics a person gets with an answer: an invitation while they come, a cancellation otherwise. */
  async invitationFor(
    session: AcademySession,
    person: Pick<Person, 'name' | 'email'>,
    status: RegistrationStatus | 'cancelled',
    t: Translate,
    now: Date,
  ): Promise<FileAttachment> {
    const attends = session.state === 'scheduled' && (status === 'going' || status === 'maybe');
    return sessionInvitation(session, {
      method: attends ? 'request' : 'cancel',
      attendee: { name: person.name, email: person.email, status: attends ? status : undefined },
      organiser: await this.organiserOf(session),
      texts: { description: describeForCalendar(session, t) },
      now,
    });
  }

  /** The facilitator, or else whoever scheduled the session. */
  private async organiserOf(session: AcademySession): Promise<CalendarPerson | undefined> {
    for (const id of [session.facilitatorPersonId, session.createdBy]) {
      if (id === null) continue;
      const person = await this.people.findById(id);
      if (person?.email) return { name: person.name, email: person.email };
    }
    return undefined;
  }
}

/** The description a calendar entry carries: the session's own words and how to answer in Keino. */
export function describeForCalendar(session: AcademySession, t: Translate): string {
  return [session.theme, session.description, t('academy.ics.howToAnswer', { id: session.id })].filter(Boolean).join('\n\n');
}

function refusal(result: RefusedSession, id: number): KeinoError {
  switch (result.kind) {
    case 'not_found':
      return new KeinoError('academy.not_found', 'academy.error.notFound', { id });
    case 'cancelled':
      return new KeinoError('academy.cancelled', 'academy.error.cancelled', { id, title: result.session.title });
    case 'started':
      return new KeinoError('academy.started', 'academy.error.started', { id, title: result.session.title });
  }
}
