import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { platformColumn } from './platform-column.js';

export const organisations = pgTable(
  'organisations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('organisations_name_key').on(sql`lower(${table.name})`)],
);

export const people = pgTable(
  'people',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    email: text('email'),
    /** null: the network default */
    locale: text('locale', { enum: ['fi', 'sv', 'en'] }),
    timeZone: text('time_zone'),
    role: text('role', { enum: ['admin', 'facilitator', 'coordinator', 'member'] })
      .notNull()
      .default('member'),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('people_email_key').on(sql`lower(${table.email})`), index('people_organisation_idx').on(table.organisationId)],
);

/** One row a person and platform account: the same person may use Slack, Teams and the console. */
export const platformIdentities = pgTable(
  'platform_identities',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    platform: platformColumn().notNull(),
    /** Slack workspace (team) id, Teams tenant id, or "local" for the console */
    tenantId: text('tenant_id').notNull(),
    userId: text('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the person last used Keino through this identity: proactive messages go where they were last. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    /** The person's one-to-one conversation with Keino here (a Slack D… channel), once a send has found it. */
    directConversationId: text('direct_conversation_id'),
  },
  (table) => [
    uniqueIndex('platform_identities_key').on(table.platform, table.tenantId, table.userId),
    index('platform_identities_person_idx').on(table.personId),
  ],
);
