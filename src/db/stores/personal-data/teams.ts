import { and, eq, or } from 'drizzle-orm';
import { platformIdentities, teamsConversations } from '../../schema/index.js';
import { changed, type PersonalDataProvider } from './provider.js';

/** The person's personal chats with Keino in Teams (the references Keino keeps to message them). */
export const teamsData: PersonalDataProvider = {
  section: 'teamsChats',
  covers: [teamsConversations.personId],
  export(db, personId) {
    return db
      .select({
        conversation: teamsConversations.conversationId,
        tenant: teamsConversations.tenantId,
        kind: teamsConversations.kind,
        since: teamsConversations.createdAt,
      })
      .from(teamsConversations)
      .where(eq(teamsConversations.personId, personId));
  },
  async erase(tx, { person }) {
    // Also a personal chat not yet linked to the person: found by their Teams account.
    const accounts = await tx
      .select({ tenantId: platformIdentities.tenantId, userId: platformIdentities.userId })
      .from(platformIdentities)
      .where(and(eq(platformIdentities.personId, person.id), eq(platformIdentities.platform, 'teams')));
    const byAccount = accounts.map((account) =>
      and(eq(teamsConversations.kind, 'personal'), eq(teamsConversations.tenantId, account.tenantId), eq(teamsConversations.userId, account.userId)),
    );
    const removed = await tx
      .delete(teamsConversations)
      .where(or(eq(teamsConversations.personId, person.id), ...byAccount))
      .returning({ id: teamsConversations.conversationId });
    return { teams_conversations: changed(removed) };
  },
};
