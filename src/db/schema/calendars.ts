import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/**
 * A person's private calendar address, /calendar/<token>.ics: the token is the only key (32
 * random bytes), so whoever has the address sees the person's sessions. `calendar reset` replaces
 * it, and the old address answers 404 from then on.
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  token: text('token').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
