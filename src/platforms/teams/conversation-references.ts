import type { Activity, ConversationReference } from 'botbuilder';
import type { Conversation } from '../../core/commands/conversation.js';
import { conversationOf, identityOf, teamIdOf, threadConversationId } from './teams-activity.js';
import type { StoredTeamsConversation, TeamsReference } from './teams-conversation-store.js';

/**
 * The reference to keep for the conversation an activity came from: the channel itself (not the
 * thread), the service URL and bot account to send with, and in a personal chat the person.
 * Nothing else about people is kept.
 */
export function storedConversationOf(activity: Partial<Activity>): StoredTeamsConversation | undefined {
  const { conversation: account, serviceUrl, recipient, from } = activity;
  if (!account?.id || !serviceUrl || !recipient?.id) return undefined;
  const conversation = conversationOf(activity);
  const personal = conversation.kind === 'personal';
  const teamId = teamIdOf(activity);
  const reference: TeamsReference = {
    channelId: activity.channelId ?? 'msteams',
    serviceUrl,
    conversation: {
      id: conversation.channelId,
      tenantId: conversation.tenantId,
      ...(account.conversationType ? { conversationType: account.conversationType } : {}),
      ...(account.isGroup !== undefined ? { isGroup: account.isGroup } : {}),
      ...(account.name ? { name: account.name } : {}),
    },
    bot: { id: recipient.id, ...(recipient.name ? { name: recipient.name } : {}) },
    ...(personal && from?.id
      ? { user: { id: from.id, ...(from.name ? { name: from.name } : {}), ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}) } }
      : {}),
  };
  return {
    conversationId: conversation.channelId,
    tenantId: conversation.tenantId,
    kind: conversation.kind,
    ...(teamId ? { teamId } : {}),
    serviceUrl,
    reference,
    ...(personal ? { userId: identityOf(activity).userId } : {}),
  };
}

/** The SDK's reference for a stored conversation, pointed at a thread when the conversation has one. */
export function botReference(stored: StoredTeamsConversation, thread?: Pick<Conversation, 'threadId'>): Partial<ConversationReference> {
  const reference = stored.reference;
  const id = threadConversationId({ channelId: reference.conversation.id, threadId: thread?.threadId });
  return { ...reference, conversation: { ...reference.conversation, id } } as Partial<ConversationReference>;
}

/** The neutral conversation of a stored one. */
export function conversationOfStored(stored: StoredTeamsConversation): Conversation {
  return { platform: 'teams', tenantId: stored.tenantId, channelId: stored.conversationId, kind: stored.kind };
}
