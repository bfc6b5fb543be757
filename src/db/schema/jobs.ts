import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { platformColumn } from './platform-column.js';

export const JOB_STATES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;

/**
 * Scheduled work: reminders, nudges, poll closings, pairings, digests. One row a unit of work,
 * claimed by any instance with FOR UPDATE SKIP LOCKED and a lease; `key` makes enqueueing
 * idempotent across instances and restarts.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    /** Deduplication key, e.g. "nudge:<intervention>:<local date>". */
    key: text('key').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull().default({}),
    /** When the work is due (UTC). For a job waiting for a retry: when the next attempt is due. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    state: text('state', { enum: JOB_STATES }).notNull().default('pending'),
    /** Attempts started so far (incremented when claimed); also the fencing token of a claim. */
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(8),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    // Unique, and with pattern ops so that cancel('nudge:42:') finds a key prefix through it too.
    uniqueIndex('jobs_key_key').using('btree', table.key.op('text_pattern_ops')),
    // Claiming reads only these two small partial indexes, whatever the size of the history.
    index('jobs_pending_due_idx').on(table.dueAt).where(sql`${table.state} = 'pending'`),
    index('jobs_running_lease_idx').on(table.leaseUntil).where(sql`${table.state} = 'running'`),
    index('jobs_failed_idx').on(table.finishedAt).where(sql`${table.state} = 'failed'`),
  ],
);

/**
 * What Keino sent on its own initiative, where, and under which message id, so that features can
 * update the message later (nudge buttons replaced by the outcome, poll results). `key` is unique:
 * a job retried or taken over after a crash finds its earlier send and does not repeat it.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    key: text('key'),
    jobId: integer('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
    platform: platformColumn().notNull(),
    tenantId: text('tenant_id').notNull(),
    channelId: text('channel_id').notNull(),
    conversationKind: text('conversation_kind', { enum: ['personal', 'channel', 'group'] }).notNull(),
    threadId: text('thread_id'),
    messageId: text('message_id').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('deliveries_key_key').on(table.key), index('deliveries_job_idx').on(table.jobId), index('deliveries_person_idx').on(table.personId)],
);
