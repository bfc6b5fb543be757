import type { TurnContext } from 'botbuilder';
import type { Reply } from '../../core/messages/message.js';
import { replyRoute } from '../../core/messages/reply-route.js';
import type { Logger } from '../../core/ports/logger.js';
import type { Locale } from '../../core/i18n/locale.js';
import { teamsTranslator } from './teams-catalogue.js';
import type { OutgoingActivity } from './adaptive-card.js';
import { cardTexts } from './card-texts.js';
import { teamsCapabilities } from './capabilities.js';
import { renderReply } from './render-reply.js';
import { baseConversationId, conversationOf, identityOf, localeOf, tenantIdOf } from './teams-activity.js';
import { toBotActivity, type TeamsSender } from './teams-sender.js';
import type { TeamsAssets } from './teams-assets.js';

export interface ReplyDeliveryDeps {
  sender: TeamsSender;
  logger: Logger;
  defaultLocale: Locale;
  /** Large files and chart pictures (file-consent cards, signed links); without it files over 16 KB are left out with a note. */
  assets?: TeamsAssets;
}

/**
 * Where a reply went: here, the person's personal chat, nowhere private (a pointer was left), or
 * nowhere because it only confirmed what the person sees here already.
 */
export type ReplyDestination = 'here' | 'privately' | 'failed' | 'omitted';

/**
 * Sends a reply of the core during a turn, where the core's one rule (replyRoute) sends it: a
 * reply for one person, asked for in a channel or group chat, goes to the person's personal chat
 * (Teams has no ephemeral messages, see capabilities.ts); with `announce`, the thread says so in
 * one line.
 */
export async function deliverReply(context: TurnContext, reply: Reply, deps: ReplyDeliveryDeps, options: { announce: boolean }): Promise<ReplyDestination> {
  const activity = context.activity;
  const locale = localeOf(activity, deps.defaultLocale);
  const conversation = conversationOf(activity);
  const route = replyRoute(reply, conversation, teamsCapabilities);
  if (route === 'omit') return 'omitted';
  const here = route === 'here' || route === 'ephemeral';
  const assets = await deps.assets?.prepare(reply, { kind: here ? conversation.kind : 'personal', recipient: identityOf(activity) });
  const outgoing = renderReply(reply, { texts: cardTexts(locale), ...(assets ? { assets } : {}) });
  if (here) {
    await sendHere(context, outgoing, deps.sender);
    return 'here';
  }
  const t = teamsTranslator(locale);
  try {
    const chat = await deps.sender.personalChat(identityOf(activity), {
      memberId: activity.from?.id,
      serviceUrl: activity.serviceUrl,
      bot: activity.recipient ? { id: activity.recipient.id, ...(activity.recipient.name ? { name: activity.recipient.name } : {}) } : undefined,
    });
    await deps.sender.send(chat, outgoing);
  } catch (error) {
    deps.logger.warn({ err: error, conversation: conversation.channelId }, 'a private Teams reply could not be delivered');
    if (options.announce) await sendText(context, t('teams.privateReplyFailed'), deps.sender);
    return 'failed';
  }
  if (options.announce) await sendText(context, t('teams.answeredPrivately'), deps.sender);
  return 'privately';
}

/** Sends rendered activities as replies in the conversation (and thread) of the turn. */
export async function sendHere(context: TurnContext, outgoing: OutgoingActivity[], sender: TeamsSender): Promise<string[]> {
  const [tenantId, conversationId] = paceKeyOf(context);
  const ids: string[] = [];
  for (const activity of outgoing) {
    const response = await sender.pacing.run(tenantId, conversationId, () => context.sendActivity(toBotActivity(activity)));
    ids.push(response?.id ?? '');
  }
  return ids;
}

async function sendText(context: TurnContext, text: string, sender: TeamsSender): Promise<void> {
  const [tenantId, conversationId] = paceKeyOf(context);
  await sender.pacing.run(tenantId, conversationId, () => context.sendActivity({ type: 'message', text }));
}

/** The conversation a turn's sends are paced in: its tenant and the channel (not the thread). */
export function paceKeyOf(context: TurnContext): [tenantId: string, conversationId: string] {
  return [tenantIdOf(context.activity), baseConversationId(context.activity.conversation.id)];
}
