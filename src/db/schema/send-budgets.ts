import { doublePrecision, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * The send budget every instance shares: one row a pacing slot (a conversation, or a whole
 * Slack workspace or Teams tenant, e.g. "slack:T1:dm:U7" and "slack:T1"), holding the times
 * (ms since the epoch) of the latest sends reserved through it by any instance, as many as the
 * slot's longest rule counts. A reservation locks the slot's rows, picks the earliest time every
 * rule allows and appends it, in one transaction (src/db/stores/send-budget-store.ts).
 */
export const sendBudgets = pgTable('send_budgets', {
  key: text('key').primaryKey(),
  sentAt: doublePrecision('sent_at').array().notNull().default([]),
  /** After a 429: nothing through this slot before this time (ms). */
  pausedUntil: doublePrecision('paused_until').notNull().default(0),
  /** The latest reservation (ms): slots idle for an hour are dropped. */
  lastAt: doublePrecision('last_at').notNull().default(0),
});
