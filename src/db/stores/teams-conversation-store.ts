import { and, desc, eq, sql } from 'drizzle-orm';
import type { StoredTeamsConversation, TeamsConversationStore } from '../../platforms/teams/teams-conversation-store.js';
import type { Executor } from '../client.js';
import { teamsConversations } from '../schema/index.js';

type Row = typeof teamsConversations.$inferSelect;

function toStored(row: Row): StoredTeamsConversation {
  return {
    conversationId: row.conversationId,
    tenantId: row.tenantId,
    kind: row.kind,
    ...(row.teamId ? { teamId: row.teamId } : {}),
    serviceUrl: row.serviceUrl,
    reference: row.reference,
    ...(row.userId ? { userId: row.userId } : {}),
  };
}

export class DrizzleTeamsConversationStore implements TeamsConversationStore {
  constructor(private readonly db: Executor) {}

  async save(conversation: StoredTeamsConversation): Promise<void> {
    // A personal chat is linked to its person as soon as the person exists (in the same statement).
    const personId = conversation.userId
      ? sql`(select person_id from platform_identities
             where platform = 'teams' and tenant_id = ${conversation.tenantId} and user_id = ${conversation.userId})`
      : null;
    await this.db
      .insert(teamsConversations)
      .values({
        conversationId: conversation.conversationId,
        tenantId: conversation.tenantId,
        kind: conversation.kind,
        teamId: conversation.teamId ?? null,
        serviceUrl: conversation.serviceUrl,
        reference: conversation.reference,
        userId: conversation.userId ?? null,
        personId,
      })
      .onConflictDoUpdate({
        target: teamsConversations.conversationId,
        set: {
          tenantId: sql`excluded.tenant_id`,
          kind: sql`excluded.kind`,
          teamId: sql`coalesce(excluded.team_id, ${teamsConversations.teamId})`,
          serviceUrl: sql`excluded.service_url`,
          reference: sql`excluded.reference`,
          userId: sql`coalesce(excluded.user_id, ${teamsConversations.userId})`,
          personId: sql`coalesce(excluded.person_id, ${teamsConversations.personId})`,
          updatedAt: sql`now()`,
        },
      });
  }

  async find(conversationId: string): Promise<StoredTeamsConversation | undefined> {
    const [row] = await this.db.select().from(teamsConversations).where(eq(teamsConversations.conversationId, conversationId)).limit(1);
    return row ? toStored(row) : undefined;
  }

  async findPersonal(tenantId: string, userId: string): Promise<StoredTeamsConversation | undefined> {
    const [row] = await this.db
      .select()
      .from(teamsConversations)
      .where(and(eq(teamsConversations.kind, 'personal'), eq(teamsConversations.tenantId, tenantId), eq(teamsConversations.userId, userId)))
      .orderBy(desc(teamsConversations.updatedAt))
      .limit(1);
    return row ? toStored(row) : undefined;
  }

  async latestInTenant(tenantId: string): Promise<StoredTeamsConversation | undefined> {
    const [row] = await this.db
      .select()
      .from(teamsConversations)
      .where(eq(teamsConversations.tenantId, tenantId))
      .orderBy(desc(teamsConversations.updatedAt))
      .limit(1);
    return row ? toStored(row) : undefined;
  }

  async remove(conversationId: string): Promise<void> {
    await this.db.delete(teamsConversations).where(eq(teamsConversations.conversationId, conversationId));
  }

  async removeTeam(teamId: string): Promise<void> {
    await this.db.delete(teamsConversations).where(sql`${teamsConversations.teamId} = ${teamId} or ${teamsConversations.conversationId} = ${teamId}`);
  }
}
