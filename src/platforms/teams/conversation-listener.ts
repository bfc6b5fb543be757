import type { TurnContext } from 'botbuilder';
import type { KeinoCore } from '../../core/keino.js';
import type { Logger } from '../../core/ports/logger.js';
import { storedConversationOf } from './conversation-references.js';
import { deliverReply, type ReplyDeliveryDeps } from './reply-delivery.js';
import { baseConversationId, conversationOf, includesBot, teamIdOf } from './teams-activity.js';
import { callerOf } from './teams-caller.js';
import type { TeamsConversationStore } from './teams-conversation-store.js';

export interface ConversationListenerDeps extends ReplyDeliveryDeps {
  core: KeinoCore;
  store: TeamsConversationStore;
  logger: Logger;
}

/**
 * Keeps the stored conversation references current: every incoming activity refreshes its
 * conversation's reference (install, messages, clicks), and removing Keino forgets it. Runs before
 * each turn; a database hiccup here is logged and does not stop the turn.
 */
export function rememberConversation(deps: ConversationListenerDeps) {
  return async (context: TurnContext): Promise<boolean> => {
    if (isRemoval(context)) return true;
    const stored = storedConversationOf(context.activity);
    if (!stored) return true;
    try {
      await deps.store.save(stored);
    } catch (error) {
      deps.logger.warn({ err: error, conversationId: stored.conversationId }, 'could not store a Teams conversation reference');
    }
    return true;
  };
}

/** Keino added to a team, group chat or personal scope: the reference is stored (above); a person gets their home card. */
export function membersAddedListener(deps: ConversationListenerDeps) {
  return async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    if (!includesBot(activity.membersAdded, activity)) return;
    const conversation = conversationOf(activity);
    deps.logger.info({ tenantId: conversation.tenantId, kind: conversation.kind, conversationId: conversation.channelId }, 'Keino was added in Teams');
    // Channels and group chats are not greeted; a personal install is, with the person's home.
    if (conversation.kind !== 'personal') return;
    const home = await deps.core.home(callerOf(context), conversation);
    await deliverReply(context, home, deps, { announce: false });
  };
}

/** Keino removed from a team, group chat or personal scope: its references there are forgotten. */
export function removalListener(deps: ConversationListenerDeps) {
  return async (context: TurnContext): Promise<void> => {
    if (!isRemoval(context)) return;
    const activity = context.activity;
    const teamId = teamIdOf(activity);
    const conversationId = baseConversationId(activity.conversation?.id ?? '');
    if (teamId) await deps.store.removeTeam(teamId);
    if (conversationId) await deps.store.remove(conversationId);
    deps.logger.info({ conversationId, teamId }, 'Keino was removed in Teams; forgot the conversation');
  };
}

function isRemoval(context: TurnContext): boolean {
  const activity = context.activity;
  if (activity.type === 'installationUpdate') return activity.action === 'remove';
  return activity.type === 'conversationUpdate' && includesBot(activity.membersRemoved, activity);
}
