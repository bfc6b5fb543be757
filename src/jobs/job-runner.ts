import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { JobPostponed, type ClaimedJob, type JobContext } from '../core/jobs/job.js';
import type { JobStore } from '../core/jobs/job-store.js';
import type { Jobs } from '../core/jobs/jobs.js';
import { decideAfterFailure, describeError } from '../core/jobs/retry-policy.js';
import type { Logger } from '../core/ports/logger.js';

/**
 * Jobs claimed per round trip. A claim costs a round trip plus the writing of each claimed row,
 * so a thousand due jobs take 10 claims rather than 50; what one instance holds but has not
 * started is given back when it stops, and waits out its lease only after a crash.
 */
export const DEFAULT_CLAIM_BATCH = 100;

/** How long a claim holds when not renewed, unless told otherwise. */
export const DEFAULT_LEASE_MS = 5 * 60_000;

export interface JobRunnerOptions {
  jobs: Jobs;
  clock: () => Date;
  logger: Logger;
  /** Names this instance in locked_by; unique per process by default. */
  instanceId?: string;
  /** Jobs claimed per query (default DEFAULT_CLAIM_BATCH). */
  batchSize?: number;
  /** Jobs run at once (default 8); sends are paced per conversation besides. */
  concurrency?: number;
  /** How long a claim holds when not renewed: a crashed instance's jobs are taken over after it (default 5 min). */
  leaseMs?: number;
  /** How often held leases are renewed (default a third of the lease). */
  heartbeatMs?: number;
  /** An attempt running longer than this is given up and retried (default 10 min). */
  jobTimeoutMs?: number;
  /** Told of every attempt that ended (metrics: how late due work went out). */
  onFinished?: (job: ClaimedJob, outcome: 'done' | 'retried' | 'failed', at: Date) => void;
}

export interface TickReport {
  claimed: number;
  done: number;
  retried: number;
  failed: number;
}

export function defaultInstanceId(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Runs due jobs: each tick claims them in batches (FOR UPDATE SKIP LOCKED, with a lease), runs
 * them with bounded concurrency, renews the leases it holds while they run, and records the
 * outcome: done, retry later (Retry-After or exponential backoff), or failed. Any number of
 * instances may run one each on the same database.
 */
export class JobRunner {
  readonly instanceId: string;
  private readonly store: JobStore;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly jobTimeoutMs: number;
  /** Claimed and not finished: their leases are renewed by the heartbeat. */
  private readonly held = new Map<number, ClaimedJob>();
  private readonly shutdown = new AbortController();
  private current?: Promise<TickReport>;
  private stopping = false;

  constructor(private readonly options: JobRunnerOptions) {
    this.instanceId = options.instanceId ?? defaultInstanceId();
    this.store = options.jobs.store;
    this.batchSize = options.batchSize ?? DEFAULT_CLAIM_BATCH;
    this.concurrency = options.concurrency ?? 8;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.heartbeatMs = options.heartbeatMs ?? Math.max(100, Math.floor(this.leaseMs / 3));
    this.jobTimeoutMs = options.jobTimeoutMs ?? 10 * 60_000;
  }

  /** Runs what is due now; a tick asked for while one runs joins it. Never rejects. */
  tick(): Promise<TickReport> {
    if (this.stopping) return Promise.resolve({ claimed: 0, done: 0, retried: 0, failed: 0 });
    this.current ??= this.runTick().finally(() => (this.current = undefined));
    return this.current;
  }

  /** Stops claiming, gives back claimed jobs not started, and waits (up to graceMs) for the running ones. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    const running = this.current;
    if (!running) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([running.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)))]);
    clearTimeout(timer);
    if (timedOut) {
      this.shutdown.abort();
      this.options.logger.warn({ running: this.held.size }, 'jobs still running at shutdown; their leases will run out and another instance takes them over');
    }
  }

  private async runTick(): Promise<TickReport> {
    const report: TickReport = { claimed: 0, done: 0, retried: 0, failed: 0 };
    const buffer: ClaimedJob[] = [];
    let exhausted = false;
    let claiming: Promise<void> | undefined;

    const refill = async () => {
      try {
        const claimed = await this.store.claim(this.batchSize, this.leaseMs, this.instanceId, this.options.clock());
        for (const job of claimed) this.held.set(job.id, job);
        buffer.push(...claimed);
        report.claimed += claimed.length;
        // Fewer than asked: nothing more is due (or other instances have the rest).
        if (claimed.length < this.batchSize) exhausted = true;
      } catch (error) {
        exhausted = true;
        this.options.logger.warn({ err: error }, 'could not claim jobs; the next tick tries again');
      }
    };

    const worker = async () => {
      for (;;) {
        if (this.stopping) return;
        const job = buffer.shift();
        if (job) {
          await this.runOne(job, report);
          continue;
        }
        if (exhausted) return;
        claiming ??= refill().finally(() => (claiming = undefined));
        await claiming;
      }
    };

    const heartbeat = setInterval(() => void this.renewLeases(), this.heartbeatMs);
    try {
      await Promise.all(Array.from({ length: this.concurrency }, worker));
    } finally {
      clearInterval(heartbeat);
      if (buffer.length > 0) await this.giveBack(buffer.splice(0));
    }
    if (report.claimed > 0) this.options.logger.info({ instance: this.instanceId, ...report }, 'jobs tick');
    return report;
  }

  private async runOne(job: ClaimedJob, report: TickReport): Promise<void> {
    const attempt = new AbortController();
    const onShutdown = () => attempt.abort(new Error('Keino is shutting down'));
    this.shutdown.signal.addEventListener('abort', onShutdown);
    let timer: NodeJS.Timeout | undefined;
    try {
      if (job.attempts > job.maxAttempts) {
        // Taken over after the lease ran out on its last attempt: the instance running it died.
        const reason = `the lease ran out on attempt ${job.maxAttempts} (the instance running it stopped)${job.lastError ? `; before that: ${job.lastError}` : ''}`;
        await this.store.fail(job, reason, this.options.clock());
        report.failed++;
        return;
      }
      const handler = this.options.jobs.handlerFor(job.kind);
      if (!handler) throw new Error(`no handler for the job kind "${job.kind}" on this instance`);
      const context: JobContext = { now: this.options.clock(), instanceId: this.instanceId, signal: attempt.signal };
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const error = new Error(`the attempt took longer than ${Math.round(this.jobTimeoutMs / 1000)} s`);
          attempt.abort(error);
          reject(error);
        }, this.jobTimeoutMs);
      });
      await Promise.race([handler(job, context), timeout]);
      clearTimeout(timer);
      if (!(await this.store.complete(job, this.options.clock()))) {
        this.options.logger.warn({ job: job.id, key: job.key }, 'job finished after another instance took it over');
      }
      report.done++;
      this.options.onFinished?.(job, 'done', this.options.clock());
    } catch (error) {
      clearTimeout(timer);
      if (error instanceof JobPostponed) await this.postpone(job, error.until);
      else await this.recordFailure(job, error, report);
    } finally {
      this.shutdown.signal.removeEventListener('abort', onShutdown);
      this.held.delete(job.id);
    }
  }

  /** Waiting for a rate budget is no failure: the job waits again, and this instance wakes for it. */
  private async postpone(job: ClaimedJob, until: Date): Promise<void> {
    try {
      await this.store.postpone(job, until, this.options.clock());
      this.options.jobs.wake(until);
    } catch (error) {
      this.options.logger.warn({ job: job.id, err: error }, 'could not postpone a job; its lease will run out');
    }
  }

  get jobs(): Jobs {
    return this.options.jobs;
  }

  /** Whether a tick is running now (a wake-up asked for meanwhile needs a tick of its own after it). */
  get busy(): boolean {
    return this.current !== undefined;
  }

  private async recordFailure(job: ClaimedJob, error: unknown, report: TickReport): Promise<void> {
    const decision = decideAfterFailure(error, job.attempts, job.maxAttempts);
    const now = this.options.clock();
    try {
      if (decision.retry) {
        await this.store.retryLater(job, new Date(now.getTime() + decision.delayMs), decision.reason, now);
        report.retried++;
        this.options.onFinished?.(job, 'retried', now);
        this.options.logger.info(
          { job: job.id, kind: job.kind, attempt: job.attempts, delayMs: decision.delayMs, error: decision.reason },
          'job will be retried',
        );
      } else {
        await this.store.fail(job, decision.reason, now);
        report.failed++;
        this.options.onFinished?.(job, 'failed', now);
        this.options.logger.warn({ job: job.id, kind: job.kind, key: job.key, attempts: job.attempts, error: decision.reason }, 'job failed');
      }
    } catch (storeError) {
      // The database is away: the lease runs out and the job is tried again then.
      this.options.logger.warn({ job: job.id, err: storeError, error: describeError(error) }, 'could not record the outcome of a job');
    }
  }

  private async renewLeases(): Promise<void> {
    if (this.held.size === 0) return;
    const now = this.options.clock();
    try {
      await this.store.extendLeases([...this.held.values()], new Date(now.getTime() + this.leaseMs), this.instanceId, now);
    } catch (error) {
      this.options.logger.warn({ err: error }, 'could not renew job leases');
    }
  }

  private async giveBack(jobs: ClaimedJob[]): Promise<void> {
    try {
      await this.store.release(jobs, this.options.clock());
    } catch (error) {
      this.options.logger.warn({ err: error, jobs: jobs.length }, 'could not give back unstarted jobs; their leases will run out');
    } finally {
      for (const job of jobs) this.held.delete(job.id);
    }
  }
}
