import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../core/ports/logger.js';
import type { JobRunner } from './job-runner.js';

export interface JobSchedulerOptions {
  /** Seconds between ticks: 60 (every minute, the default) or a divisor of 60 for tests and demos. */
  tickSeconds?: number;
  logger: Logger;
  /** Plans recurring work that must always exist (the daily retention job) before the first tick. */
  onStart?: () => Promise<void>;
}

/** A wake-up further ahead than a regular tick is left to the ticks. */
const MAX_WAKE_DELAY_MS = 60_000;

/** The cron expression that fires every `seconds` seconds (every minute at :00 for 60). */
export function tickExpression(seconds: number): string {
  if (seconds === 60) return '0 * * * * *';
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 59 || 60 % seconds !== 0) {
    throw new RangeError(`A tick every ${seconds} s does not divide the minute; use 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60`);
  }
  return `*/${seconds} * * * * *`;
}

/**
 * node-cron only ticks: every tick asks the runner to claim and run what is due in Postgres.
 * Due times are computed in UTC by the features (see src/core/time), never by the cron, so the
 * cron's own DST behaviour does not matter. noOverlap: a tick still busy (a burst of sends) is
 * not stacked upon.
 */
export class JobScheduler {
  private task?: ScheduledTask;
  private wakeTimer?: NodeJS.Timeout;
  private wakeAt = Infinity;
  /** The latest wake-up asked for while an earlier one was set. */
  private wakeAfter = -Infinity;
  private stopListening?: () => void;

  constructor(
    readonly runner: JobRunner,
    private readonly options: JobSchedulerOptions,
  ) {}

  /**
   * A tick at `at` besides the regular ones (the earliest asked for wins). A wake-up that comes
   * while a tick runs gets a tick of its own after it: the running one may have claimed before
   * the work was committed.
   */
  private wake(at: Date): void {
    if (!this.task) return;
    const time = at.getTime();
    if (this.wakeTimer && this.wakeAt <= time) {
      // Asked for later than the wake-up already set: remembered, and set once that one has run.
      this.wakeAfter = Math.max(this.wakeAfter, time);
      return;
    }
    if (this.wakeTimer) this.wakeAfter = Math.max(this.wakeAfter, this.wakeAt);
    clearTimeout(this.wakeTimer);
    this.wakeAt = time;
    this.wakeTimer = setTimeout(
      () => {
        this.wakeTimer = undefined;
        this.wakeAt = Infinity;
        const later = this.wakeAfter;
        this.wakeAfter = -Infinity;
        const wasBusy = this.runner.busy;
        void this.runner
          .tick()
          .then(() => (wasBusy && this.task ? this.runner.tick() : undefined))
          .then(() => {
            if (later > time) this.wake(new Date(later));
          });
      },
      Math.min(MAX_WAKE_DELAY_MS, Math.max(0, time - Date.now())),
    );
    this.wakeTimer.unref?.();
  }

  get running(): boolean {
    return this.task !== undefined;
  }

  async start(): Promise<void> {
    if (this.task) return;
    const { logger } = this.options;
    await this.options.onStart?.().catch((error: unknown) => logger.error({ err: error }, 'could not plan the recurring work at start'));
    this.task = cron.createTask(tickExpression(this.options.tickSeconds ?? 60), () => this.runner.tick(), {
      name: 'keino-jobs',
      noOverlap: true,
      logger: {
        info: (message) => logger.debug({}, message),
        // "still running, new execution blocked": expected during a long burst, not a warning.
        warn: (message) => logger.debug({}, message),
        error: (message, error) => logger.error({ err: error ?? message }, 'job tick failed'),
        debug: (message) => logger.debug({}, String(message)),
      },
    });
    await this.task.start();
    this.stopListening = this.runner.jobs.onWake((at) => this.wake(at));
    // Work that fell due while no instance ran goes out now, not at the next full minute.
    void this.runner.tick();
    logger.info({ instance: this.runner.instanceId, tickSeconds: this.options.tickSeconds ?? 60 }, 'job scheduler started');
  }

  /** Stops ticking and lets the running jobs finish (unstarted ones are given back). */
  async stop(graceMs?: number): Promise<void> {
    const task = this.task;
    this.task = undefined;
    this.stopListening?.();
    clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
    if (task) await task.destroy();
    await this.runner.stop(graceMs);
  }
}
