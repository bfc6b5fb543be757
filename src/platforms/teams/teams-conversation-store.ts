/**
 * A Bot Framework conversation reference as stored: plain JSON, the shape of botbuilder's
 * ConversationReference, so that nothing outside src/platforms/teams needs the SDK's types.
 */
export interface TeamsReference {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean; name?: string };
  bot: { id: string; name?: string };
  /** Only for personal chats: the person Keino talks with. */
  user?: { id: string; name?: string; aadObjectId?: string };
  locale?: string;
}

/** Every conversation Keino is in, to message it later. */
export interface StoredTeamsConversation {
  /** The conversation id without any ";messageid=" thread suffix. */
  conversationId: string;
  tenantId: string;
  kind: 'personal' | 'channel' | 'group';
  /** The team a channel belongs to; used when Keino is removed from the team. */
  teamId?: string;
  serviceUrl: string;
  reference: TeamsReference;
  /** Personal chats: the person's identity user id (Azure AD object id, else the Teams user id). */
  userId?: string;
}

/** The port; implemented over Drizzle in src/db/stores/teams-conversation-store.ts. */
export interface TeamsConversationStore {
  /** Inserts or refreshes (service URL, reference, updated_at). Links a personal chat to its person when known. */
  save(conversation: StoredTeamsConversation): Promise<void>;
  find(conversationId: string): Promise<StoredTeamsConversation | undefined>;
  /** The person's personal chat with Keino in that tenant, if any. */
  findPersonal(tenantId: string, userId: string): Promise<StoredTeamsConversation | undefined>;
  /** The most recently used conversation of a tenant: its service URL and bot account open new chats there. */
  latestInTenant(tenantId: string): Promise<StoredTeamsConversation | undefined>;
  remove(conversationId: string): Promise<void>;
  /** Forgets a team's channels when Keino is removed from the team. */
  removeTeam(teamId: string): Promise<void>;
}
