import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * One-time sign-in links to the web dashboard (`dashboard` in chat). Only the SHA-256 of the
 * token is kept; using the link clears it (the row stays until it ages out, so that the links a
 * person asked for in the last ten minutes can be counted for the rate limit).
 */
export const dashboardSignInLinks = pgTable(
  'dashboard_sign_in_links',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** SHA-256 of the token, base64url; null once the link has been used. */
    tokenHash: text('token_hash'),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('dashboard_sign_in_links_hash_key').on(table.tokenHash),
    index('dashboard_sign_in_links_person_idx').on(table.personId, table.createdAt),
  ],
);

/**
 * A signed-in browser: the cookie carries a random token, the row its SHA-256. Ends at
 * `expires_at` (eight hours after sign-in), at `logout`, or with `dashboard revoke`.
 */
export const dashboardSessions = pgTable(
  'dashboard_sessions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    tokenHash: text('token_hash').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** The language chosen on the dashboard (?lang=); null: the person's own. */
    locale: text('locale', { enum: ['fi', 'sv', 'en'] }),
  },
  (table) => [
    uniqueIndex('dashboard_sessions_hash_key').on(table.tokenHash),
    index('dashboard_sessions_person_idx').on(table.personId),
    index('dashboard_sessions_expires_idx').on(table.expiresAt),
  ],
);
