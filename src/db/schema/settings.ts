import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Values Keino generates once for the whole installation and every instance shares (the signing secret). */
export const settings = pgTable('settings', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
