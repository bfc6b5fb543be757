import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { people } from './people.js';
import { platformColumn } from './platform-column.js';

/**
 * One-time codes that link a person's identity on one platform to their identity on another
 * (`link` gives one, `link <code>` in the other platform redeems it). Only a keyed hash of the
 * code is kept; a code works once, for ten minutes, and only for the identity that asked for it.
 */
export const linkCodes = pgTable(
  'link_codes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** HMAC-SHA256 of the normalised code with Keino's secret, base64url. */
    codeHash: text('code_hash').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The identity that asked for the code: it must still be the person's when the code is typed. */
    platform: platformColumn().notNull(),
    tenantId: text('tenant_id').notNull(),
    userId: text('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('link_codes_hash_key').on(table.codeHash), index('link_codes_person_idx').on(table.personId)],
);

/**
 * Wrong codes typed, one row a person and ten-minute window: past the limit, `link <code>` is
 * refused without looking the code up, so codes cannot be guessed. Kept in the database so that
 * every instance counts the same tries.
 */
export const linkAttempts = pgTable(
  'link_attempts',
  {
    personId: integer('person_id')
      .primaryKey()
      .references(() => people.id, { onDelete: 'cascade' }),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    failures: integer('failures').notNull(),
  },
  (table) => [check('link_attempts_failures_check', sql`${table.failures} >= 0`)],
);
