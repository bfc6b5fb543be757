import type { z } from 'zod';
import type { JobHandler, JobCounts, JobFailure, NewJob, Job } from './job.js';
import type { JobDefinition, TypedJobHandler } from './job-definition.js';
import type { JobStore } from './job-store.js';
import { DEFAULT_MAX_ATTEMPTS } from './retry-policy.js';

/** A pending job this late was missed by at least one tick: worth an admin's attention. */
export const OVERDUE_GRACE_MS = 2 * 60_000;

export class DuplicateJobKindError extends Error {
  constructor(kind: string) {
    super(`A handler for the job kind "${kind}" is registered twice`);
    this.name = 'DuplicateJobKindError';
  }
}

export interface JobsOverview {
  counts: JobCounts;
  /** Pending jobs due over two minutes ago: none unless every instance is stopped or behind. */
  overdue: { count: number; oldestDueAt: Date | null };
  failures: JobFailure[];
}

/** A key of 1–500 characters and a real due time; the default number of attempts. */
function checked<P>(job: NewJob<P>): NewJob<P> {
  if (!job.key || job.key.length > 500) throw new Error('A job needs a key of 1–500 characters');
  if (Number.isNaN(job.dueAt.getTime())) throw new Error(`The job "${job.key}" has no valid due time`);
  return { ...job, maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS };
}

/**
 * Scheduled work, as features see it: register a handler for a kind at start, enqueue jobs with a
 * deduplication key, move or cancel them when plans change. The engine in src/jobs runs them.
 */
export class Jobs {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly wakeListeners = new Set<(at: Date) => void>();

  constructor(
    private readonly jobStore: JobStore,
    private readonly clock: () => Date,
  ) {}

  /** One handler a kind; a second registration of the same kind is a programming error. */
  registerJobHandler<P>(kind: string, handler: JobHandler<P>): void {
    if (!/^[a-z][a-z0-9_.-]{0,99}$/.test(kind)) throw new Error(`"${kind}" is not a job kind (lower case, dots, dashes)`);
    if (this.handlers.has(kind)) throw new DuplicateJobKindError(kind);
    this.handlers.set(kind, handler as JobHandler);
  }

  /** The handler of a defined kind: it receives the payload parsed by the kind's schema. */
  handle<Schema extends z.ZodType>(definition: Pick<JobDefinition<Schema>, 'kind' | 'payload' | 'parse'>, handler: TypedJobHandler<Schema>): void {
    this.registerJobHandler(definition.kind, (job, context) => handler(definition.parse(job), context));
  }

  handlerFor(kind: string): JobHandler | undefined {
    return this.handlers.get(kind);
  }

  get kinds(): string[] {
    return [...this.handlers.keys()];
  }

  /** Adds the job unless its key exists (from any instance, in any state): then nothing changes. */
  enqueue<P>(job: NewJob<P>): Promise<{ id: number; created: boolean }> {
    return this.jobStore.enqueue(checked(job), this.clock());
  }

  /** enqueue for many jobs at once (a whole import's nudges): the keys that were new. */
  async enqueueMany<P>(jobs: NewJob<P>[]): Promise<Set<string>> {
    if (jobs.length === 0) return new Set();
    return this.jobStore.enqueueMany(jobs.map(checked), this.clock());
  }

  /**
   * Asks the engine of this instance to look for due work at `at` (now by default) rather than at
   * its next regular tick: for work a person is waiting on, such as the profile of someone new.
   * Call it after the job is committed.
   */
  wake(at: Date = this.clock()): void {
    for (const listener of this.wakeListeners) listener(at);
  }

  /** The engine's side of {@link wake}; returns the way to stop listening. */
  onWake(listener: (at: Date) => void): () => void {
    this.wakeListeners.add(listener);
    return () => this.wakeListeners.delete(listener);
  }

  /** A new due time for a waiting job (a due date changed); false when it has run or does not exist. */
  reschedule(key: string, dueAt: Date): Promise<boolean> {
    return this.jobStore.reschedule(key, dueAt, this.clock());
  }

  /** reschedule for many keys at once: the keys that were moved. */
  async rescheduleMany(moves: { key: string; dueAt: Date }[]): Promise<Set<string>> {
    if (moves.length === 0) return new Set();
    return this.jobStore.rescheduleMany(moves, this.clock());
  }

  /** Cancels waiting jobs: one key, or every key starting with `{ prefix }` ("nudge:42:") or with one of `{ prefixes }`. */
  async cancel(selector: string | { prefix: string } | { prefixes: string[] }): Promise<number> {
    const prefixes = typeof selector === 'string' ? [] : 'prefix' in selector ? [selector.prefix] : selector.prefixes;
    if (prefixes.some((prefix) => prefix.length < 3)) throw new Error('A cancel prefix needs at least 3 characters');
    if (typeof selector !== 'string' && prefixes.length === 0) return 0;
    return this.jobStore.cancel(selector, this.clock());
  }

  find(key: string): Promise<Job | undefined> {
    return this.jobStore.findByKey(key);
  }

  async overview(failureLimit = 5): Promise<JobsOverview> {
    const [counts, overdue, failures] = await Promise.all([
      this.jobStore.counts(),
      this.jobStore.overdue(new Date(this.clock().getTime() - OVERDUE_GRACE_MS)),
      this.jobStore.latestFailures(failureLimit),
    ]);
    return { counts, overdue, failures };
  }

  get store(): JobStore {
    return this.jobStore;
  }
}
