import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { TeamsReference } from '../../platforms/teams/teams-conversation-store.js';
import { people } from './people.js';

/**
 * Every Teams conversation Keino is in (personal chat, channel, group chat), with the Bot
 * Framework conversation reference needed to message it later. Written on install and refreshed
 * on every incoming activity.
 */
export const teamsConversations = pgTable(
  'teams_conversations',
  {
    /** Without the ";messageid=" suffix of a channel thread. */
    conversationId: text('conversation_id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    kind: text('kind', { enum: ['personal', 'channel', 'group'] }).notNull(),
    teamId: text('team_id'),
    serviceUrl: text('service_url').notNull(),
    /** The conversation reference (botbuilder's ConversationReference as JSON). */
    reference: jsonb('reference').$type<TeamsReference>().notNull(),
    /** Personal chats: the person's Teams identity user id (Azure AD object id). */
    userId: text('user_id'),
    /** Personal chats: the person, once known; the reference goes when the person is deleted. */
    personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('teams_conversations_personal_idx').on(table.tenantId, table.userId).where(sql`${table.kind} = 'personal'`),
    index('teams_conversations_tenant_idx').on(table.tenantId, table.updatedAt),
    index('teams_conversations_team_idx').on(table.teamId),
    index('teams_conversations_person_idx').on(table.personId),
  ],
);
