import type { ClaimedJob, Job, JobClaim, JobCounts, JobFailure, NewJob } from './job.js';

/**
 * The port through which the engine keeps jobs; implemented over Drizzle in src/db/stores. Every
 * method is one atomic statement; `now` always comes from the engine's injected clock.
 */
export interface JobStore {
  /** INSERT … ON CONFLICT (key) DO NOTHING: `created` is false when the key was there already. */
  enqueue(job: NewJob, now: Date): Promise<{ id: number; created: boolean }>;
  /** enqueue for many jobs in one statement: the keys that were new. */
  enqueueMany(jobs: NewJob[], now: Date): Promise<Set<string>>;
  /**
   * Adds a job already claimed by `instanceId` (running, attempt 1, leased until `leaseUntil`): work
   * this instance has begun and another takes over only if its lease runs out. Undefined when the
   * key exists.
   */
  insertClaimed(job: NewJob, leaseUntil: Date, instanceId: string, now: Date): Promise<JobClaim | undefined>;
  /** Merges `fields` into the payload of a job while this claim holds; false when it no longer does. */
  markClaimed(claim: JobClaim, fields: Record<string, unknown>, now: Date): Promise<boolean>;
  /** Moves a pending (or cancelled) job to a new due time, attempts kept; false when there is none to move. */
  reschedule(key: string, dueAt: Date, now: Date): Promise<boolean>;
  /** reschedule for many keys in one statement: the keys that were moved. */
  rescheduleMany(moves: { key: string; dueAt: Date }[], now: Date): Promise<Set<string>>;
  /** Cancels pending jobs by exact key, by key prefix or by any of several prefixes; returns how many. */
  cancel(selector: string | { prefix: string } | { prefixes: string[] }, now: Date): Promise<number>;
  /**
   * Claims up to `batchSize` jobs that are due, or whose lease has run out (their instance died),
   * with FOR UPDATE SKIP LOCKED: each job goes to exactly one claimer. Attempts are incremented.
   */
  claim(batchSize: number, leaseMs: number, instanceId: string, now: Date): Promise<ClaimedJob[]>;
  /** Heartbeat: extends the leases this instance still holds. */
  extendLeases(claims: JobClaim[], leaseUntil: Date, instanceId: string, now: Date): Promise<number>;
  /** The claim is finished; false when it had been taken over meanwhile. */
  complete(claim: JobClaim, now: Date): Promise<boolean>;
  retryLater(claim: JobClaim, at: Date, error: string, now: Date): Promise<boolean>;
  /** Back to pending until `at`, the attempt not counted (the handler waits for a rate budget). */
  postpone(claim: JobClaim, at: Date, now: Date): Promise<boolean>;
  fail(claim: JobClaim, error: string, now: Date): Promise<boolean>;
  /** Gives back claimed jobs that were not started (shutdown): pending again, the attempt not counted. */
  release(claims: JobClaim[], now: Date): Promise<number>;
  findByKey(key: string): Promise<Job | undefined>;
  counts(): Promise<JobCounts>;
  /** Pending jobs due before `now` (a backlog that grows means no instance is ticking). */
  overdue(now: Date): Promise<{ count: number; oldestDueAt: Date | null }>;
  latestFailures(limit: number): Promise<JobFailure[]>;
  /** Jobs that ended (done, failed, cancelled) since `since`, per local day in the zone ("YYYY-MM-DD") and state. */
  endedPerDay(since: Date, timeZone: string): Promise<{ day: string; state: 'done' | 'failed' | 'cancelled'; count: number }[]>;
}
