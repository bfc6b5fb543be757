import { customType, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Files Keino serves for a while under a signed link (/files/<token>/<name>), or keeps until a
 * person accepts them in Teams' file-consent card: a CSV too large for a message, a chart's PNG
 * for a client that draws no chart. The token's signature and expiry are checked before a row is
 * read; the daily retention job deletes rows past their expiry. `owner_id`: the person the file is
 * for when it is theirs alone (a privacy export); erased with them.
 */
export const downloads = pgTable(
  'downloads',
  {
    id: text('id').primaryKey(),
    ownerId: integer('owner_id').references(() => people.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    mimeType: text('mime_type').notNull(),
    content: bytea('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('downloads_expires_at_idx').on(table.expiresAt), index('downloads_owner_idx').on(table.ownerId)],
);
