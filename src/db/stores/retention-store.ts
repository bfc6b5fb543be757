import { sql } from 'drizzle-orm';
import { RETENTION, type RetentionStore } from '../../core/retention/retention.js';
import type { Executor } from '../client.js';
import { rowsOf } from './people-store.js';

/** The retention table as SQL, in one transaction, once a day. */
export class DrizzleRetentionStore implements RetentionStore {
  constructor(private readonly db: Executor) {}

  apply(now: Date): Promise<Record<string, number>> {
    const at = now.toISOString();
    const days = (count: number) => sql`${at}::timestamptz - make_interval(days => ${count})`;
    const months = (count: number) => sql`${at}::timestamptz - make_interval(months => ${count})`;
    return this.db.transaction(async (tx) => {
      const count = async (statement: ReturnType<typeof sql>) => rowsOf(await tx.execute(statement)).length;
      return {
        jobs: await count(sql`
          delete from jobs
          where (state in ('done', 'cancelled') and coalesce(finished_at, updated_at) < ${days(RETENTION.finishedJobsDays)})
             or (state = 'failed' and coalesce(finished_at, updated_at) < ${days(RETENTION.failedJobsDays)})
          returning id`),
        deliveries: await count(sql`delete from deliveries where sent_at < ${days(RETENTION.deliveriesDays)} returning 1`),
        slack_event_receipts: await count(sql`delete from slack_event_receipts where received_at < ${days(RETENTION.slackReceiptsDays)} returning 1`),
        link_codes: await count(sql`delete from link_codes where expires_at < ${days(RETENTION.linkCodesDays)} returning id`),
        link_attempts: await count(sql`delete from link_attempts where window_started_at < ${days(RETENTION.linkCodesDays)} returning person_id`),
        faq_questions: await count(sql`
          update faq_questions set person_id = null
          where person_id is not null and asked_at < ${months(RETENTION.faqQuestionsAnonymousAfterMonths)}
          returning id`),
        faq_feedback: await count(sql`
          update faq_feedback set person_id = null
          where person_id is not null and question_id in (select id from faq_questions where asked_at < ${months(RETENTION.faqQuestionsAnonymousAfterMonths)})
          returning id`),
        faq_expert_requests: await count(sql`
          update faq_expert_requests set asker_id = null, answered_by = null
          where (asker_id is not null or answered_by is not null) and created_at < ${months(RETENTION.faqQuestionsAnonymousAfterMonths)}
          returning id`),
        downloads: await count(sql`delete from downloads where expires_at < ${at}::timestamptz returning 1`),
        audit_log: await count(sql`delete from audit_log where at < ${months(RETENTION.auditLogMonths)} returning id`),
      };
    });
  }
}
