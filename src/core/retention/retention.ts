import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.js';
import type { Jobs } from '../jobs/jobs.js';
import type { Logger } from '../ports/logger.js';

/** How long each kind of record is kept (docs/privacy.md's retention table says the same). */
export const RETENTION = {
  /** Finished and cancelled scheduled work. */
  finishedJobsDays: 30,
  /** Failed scheduled work, for admins to look into. */
  failedJobsDays: 90,
  /** Records of messages sent (the delivery keys that stop a repeat). */
  deliveriesDays: 30,
  /** Slack event ids and request signatures seen (retries and replays come within minutes). */
  slackReceiptsDays: 1,
  /** One-time link codes after they expire, and counts of wrong codes after their ten minutes. */
  linkCodesDays: 1,
  /** FAQ questions are kept for the FAQ's statistics, without who asked, after this. */
  faqQuestionsAnonymousAfterMonths: 12,
  /** The audit log. */
  auditLogMonths: 24,
} as const;

/** The port to the tables: deletes or anonymises what is past its time; rows changed by table. */
export interface RetentionStore {
  apply(now: Date): Promise<Record<string, number>>;
}

/** One run a day, keyed by its date (see nextRun). */
export const retentionJob = defineJob({
  kind: 'privacy.retention',
  payload: z.object({}),
  key: (_payload, date: string) => `retention:${date}`,
});
/** Runs at 02:30 UTC, when the network sleeps. */
const RUN_AT_UTC = { hour: 2, minute: 30 };

function nextRun(after: Date): { date: string; dueAt: Date } {
  const due = new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), RUN_AT_UTC.hour, RUN_AT_UTC.minute));
  if (due.getTime() <= after.getTime()) due.setUTCDate(due.getUTCDate() + 1);
  return { date: due.toISOString().slice(0, 10), dueAt: due };
}

/**
 * The daily retention job: one job a day (keyed by its date, so every instance planning it makes
 * one), which applies the retention table and plans the next day's.
 */
export class Retention {
  constructor(
    private readonly jobs: Jobs,
    private readonly store: RetentionStore,
    private readonly clock: () => Date,
    private readonly logger?: Logger,
  ) {
    jobs.handle(retentionJob, async () => {
      await this.runNow();
      await this.plan();
    });
  }

  /** Plans the next run (idempotent); called when the scheduler starts and after each run. */
  async plan(): Promise<void> {
    const { date, dueAt } = nextRun(this.clock());
    await this.jobs.enqueue(retentionJob.job({}, { dueAt }, date));
  }

  /** Applies the retention table now; returns rows deleted or anonymised by table. */
  async runNow(): Promise<Record<string, number>> {
    const changed = await this.store.apply(this.clock());
    this.logger?.info({ changed }, 'retention: records past their time deleted or anonymised');
    return changed;
  }
}
