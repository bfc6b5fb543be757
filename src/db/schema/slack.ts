import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Slack Events API deliveries already taken on, by event id. Slack retries an event it thinks
 * was not acknowledged (X-Slack-Retry-Num); the first instance to insert the id runs it, every
 * later delivery (a retry, or the same event at another instance) finds the row and stops.
 */
export const slackEventReceipts = pgTable(
  'slack_event_receipts',
  {
    eventId: text('event_id').primaryKey(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('slack_event_receipts_received_at_idx').on(table.receivedAt)],
);
