export type SessionState = 'scheduled' | 'cancelled';
export const REGISTRATION_STATUSES = ['going', 'maybe', 'declined', 'waiting'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
/** What a person answers; "waiting" is where Keino puts a "going" that does not fit. */
export type RsvpAnswer = 'going' | 'maybe' | 'declined';

export interface AcademySession {
  id: number;
  title: string;
  theme: string | null;
  description: string | null;
  /** UTC instants. */
  startsAt: Date;
  endsAt: Date;
  /** The zone the time was entered in. */
  timeZone: string;
  place: string | null;
  facilitatorPersonId: number | null;
  capacity: number | null;
  cohort: string | null;
  state: SessionState;
  /** iCalendar SEQUENCE: grows with every change a calendar must pick up. */
  sequence: number;
  createdBy: number | null;
  updatedAt: Date;
}

/** A session to schedule, already validated. */
export interface SessionDraft {
  title: string;
  theme?: string;
  description?: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place?: string;
  facilitatorPersonId?: number;
  capacity?: number;
  cohort?: string;
}

/** A session as a list shows it: its numbers, and the reader's own answer. */
export interface SessionOverview {
  session: AcademySession;
  going: number;
  maybe: number;
  waiting: number;
  mine?: { status: RegistrationStatus; waitingPlace?: number };
}

export interface Registration {
  personId: number;
  personName: string;
  personEmail: string | null;
  status: RegistrationStatus;
  /** 1 for the first person waiting; only while waiting. */
  waitingPlace?: number;
  registeredAt: Date;
  updatedAt: Date;
}

/** A person moved in from the waiting list; positions are never reused within a session. */
export interface Promoted {
  personId: number;
  waitingPosition: number;
}

export type RefusedSession = { kind: 'not_found' } | { kind: 'cancelled'; session: AcademySession } | { kind: 'started'; session: AcademySession };

export type RespondResult =
  | RefusedSession
  | {
      kind: 'ok';
      session: AcademySession;
      previous: RegistrationStatus | undefined;
      status: RegistrationStatus;
      waitingPlace?: number;
      /** Someone moved in from the waiting list because this answer freed a place. */
      promoted?: Promoted;
    };

export type ChangeResult =
  | RefusedSession
  | {
      kind: 'ok';
      session: AcademySession;
      previous: AcademySession;
      /** Everyone with an answer other than "declined", to be told. */
      registrations: Registration[];
    };

/** The academy's port to its storage; the Drizzle implementation lives in src/db/stores. */
export interface AcademyStore {
  createSession(draft: SessionDraft, createdBy: number | null): Promise<AcademySession>;
  findSession(id: number): Promise<AcademySession | undefined>;
  /** Scheduled sessions that have not ended at `now`, soonest first, with counts and the reader's answer. */
  upcoming(now: Date, readerId: number, limit: number): Promise<{ sessions: SessionOverview[]; more: number }>;
  /** The reader's own answers (going, maybe, waiting) to scheduled sessions not yet ended. */
  registrationsOf(personId: number, now: Date): Promise<SessionOverview[]>;
  /** The scheduled sessions of a cohort, earliest first, with their counts. */
  cohortOverview(cohort: string, readerId: number): Promise<SessionOverview[]>;
  /** Sessions for the programme feed: those ending after `since`, cancelled ones included. */
  programme(since: Date): Promise<AcademySession[]>;
  /** Sessions for one person's private feed: those they are going, maybe going or waiting for, ending after `since`, cancelled ones included. */
  calendarOf(personId: number, since: Date): Promise<AcademySession[]>;
  /**
   * Records an answer atomically under the session's row lock: a "going" beyond capacity joins
   * the waiting list at its end; an answer that frees a place moves the first person waiting in.
   */
  respond(sessionId: number, personId: number, answer: RsvpAnswer, now: Date): Promise<RespondResult>;
  cancelSession(sessionId: number, now: Date): Promise<ChangeResult>;
  rescheduleSession(sessionId: number, startsAt: Date, endsAt: Date, now: Date): Promise<ChangeResult>;
  /** One person's answer to one session, if any. */
  statusOf(sessionId: number, personId: number): Promise<RegistrationStatus | undefined>;
  /** Every answer, going first, then maybe, the waiting list in order, then declined. */
  registrations(sessionId: number): Promise<Registration[]>;
}
