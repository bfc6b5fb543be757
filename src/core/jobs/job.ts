/** Where a unit of scheduled work is in its life. */
export const JOB_STATES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Work to do at a time: a reminder, a nudge, a poll closing, a pairing round, a digest. */
export interface NewJob<P = unknown> {
  /** Names the registered handler, e.g. "deliver.person", "nudge.intervention". */
  kind: string;
  /**
   * Deduplication key: enqueueing the same key again, from any instance, changes nothing. Include
   * what makes the work unique, local occurrence date included: "nudge:42:2026-03-29".
   */
  key: string;
  /** JSON; what the handler needs (ids rather than copies of data that may change). */
  payload?: P;
  dueAt: Date;
  /** Attempts before the job is marked failed (default 8: about an hour of retries). */
  maxAttempts?: number;
}

export interface Job<P = unknown> {
  id: number;
  kind: string;
  key: string;
  payload: P;
  dueAt: Date;
  state: JobState;
  /** Attempts started so far, this one included while running. */
  attempts: number;
  maxAttempts: number;
  leaseUntil: Date | null;
  lockedBy: string | null;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/** A job this instance holds a lease on. `attempts` is also the fencing token of the claim. */
export type ClaimedJob<P = unknown> = Job<P> & { state: 'running' };

/** Identifies one claim of a job: a later claim (after a lease ran out) has more attempts. */
export interface JobClaim {
  id: number;
  attempts: number;
}

export type JobCounts = Record<JobState, number>;

export interface JobFailure {
  id: number;
  kind: string;
  key: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  failedAt: Date | null;
}

/** What a handler learns besides the job. */
export interface JobContext {
  /** The injected clock's time when the attempt started. */
  now: Date;
  instanceId: string;
  /** Aborted when the attempt timed out or the instance is shutting down. */
  signal: AbortSignal;
}

/**
 * Does the work of one job. Resolving marks it done; throwing retries it with backoff (a
 * DeliveryError's retryAfterMs is honoured), a permanent error fails it at once. Handlers must be
 * safe to run again: after a crash the job is taken over by another instance when its lease runs
 * out. Sends through `delivery.forJob(job)` are not repeated by a retry.
 */
export type JobHandler<P = unknown> = (job: ClaimedJob<P>, context: JobContext) => Promise<void>;

/** Thrown by a handler for work that can never succeed (bad payload, the thing is gone): no retries. */
export class PermanentJobError extends Error {
  readonly permanent = true;
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/**
 * Thrown by a handler whose work must wait for something that frees up at a known time (a rate
 * budget): the job goes back to waiting until `until`, the attempt not counted, and the worker is
 * free for other jobs meanwhile.
 */
export class JobPostponed extends Error {
  readonly postponed = true;
  constructor(
    readonly until: Date,
    reason: string,
  ) {
    super(reason);
    this.name = 'JobPostponed';
  }
}
