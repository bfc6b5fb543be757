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

  constructor(
    readonly runner: JobRunner,
    private readonly options: JobSchedulerOptions,
  ) {}

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
    // Work that fell due while no instance ran goes out now, not at the next full minute.
    void this.runner.tick();
    logger.info({ instance: this.runner.instanceId, tickSeconds: this.options.tickSeconds ?? 60 }, 'job scheduler started');
  }

  /** Stops ticking and lets the running jobs finish (unstarted ones are given back). */
  async stop(graceMs?: number): Promise<void> {
    const task = this.task;
    this.task = undefined;
    if (task) await task.destroy();
    await this.runner.stop(graceMs);
  }
}
