import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { platformColumn } from './platform-column.js';

/**
 * Channels that serve a network-wide purpose: "academy" (session announcements), "experts"
 * (questions the FAQ could not answer), "experts:<tag>". One purpose may have a channel on each
 * platform, and several in one.
 */
export const channelLinks = pgTable(
  'channel_links',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    purpose: text('purpose').notNull(),
    platform: platformColumn().notNull(),
    tenantId: text('tenant_id').notNull(),
    channelId: text('channel_id').notNull(),
    kind: text('kind', { enum: ['personal', 'channel', 'group'] })
      .notNull()
      .default('channel'),
    linkedBy: integer('linked_by').references(() => people.id, { onDelete: 'set null' }),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('channel_links_key').on(table.purpose, table.platform, table.tenantId, table.channelId),
    index('channel_links_purpose_idx').on(table.purpose),
  ],
);
