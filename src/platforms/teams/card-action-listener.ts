import type { TurnContext } from 'botbuilder';
import type { MessageRef } from '../../core/commands/command.js';
import type { KeinoCore } from '../../core/keino.js';
import { teamsTranslator } from './teams-catalogue.js';
import type { Reply } from '../../core/messages/message.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './adaptive-card.js';
import { readCardClick, type CardClick } from './card-actions.js';
import { cardTexts } from './card-texts.js';
import { renderReply } from './render-reply.js';
import { deliverReply, paceKeyOf, sendHere, type ReplyDeliveryDeps } from './reply-delivery.js';
import { conversationOf, identityOf, localeOf } from './teams-activity.js';
import { callerOf } from './teams-caller.js';
import { toBotActivity } from './teams-sender.js';

export interface CardActionDeps extends ReplyDeliveryDeps {
  core: KeinoCore;
}

/**
 * A click on a card (`adaptiveCard/action` invoke with an Action.Execute): the verb names the
 * core action or form, and what is returned becomes the invoke response, so the card is
 * refreshed in place, or a short message when the card stays as it is.
 */
export function cardActionListener(deps: CardActionDeps) {
  return async (context: TurnContext, _state: unknown, data: Record<string, unknown>): Promise<AdaptiveCard | string> => {
    const verb = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
    return handleCardClick(context, readCardClick(typeof verb === 'string' ? verb : '', data), deps, { invoke: true });
  };
}

/**
 * Runs a click through the core. `update` (and a form's answer) replaces the card: in the invoke
 * response for the person who clicked, and on the message itself (updateActivity) when everyone
 * should see it, which in a personal chat is always. `reply` is a new message, in the person's
 * personal chat when it is for them alone.
 */
export async function handleCardClick(
  context: TurnContext,
  click: CardClick,
  deps: CardActionDeps,
  options: { invoke: boolean },
): Promise<AdaptiveCard | string> {
  const activity = context.activity;
  const conversation = conversationOf(activity);
  const caller = callerOf(context);
  let replacement: Reply | undefined;
  let reply: Reply | undefined;
  let values: Record<string, string> | undefined;
  if (click.kind === 'form') {
    values = click.values;
    replacement = await deps.core.handleForm({ caller, conversation, formId: click.formId, values: click.values, context: click.context });
  } else {
    const source: MessageRef | undefined = activity.replyToId ? { platform: 'teams', conversation, messageId: activity.replyToId } : undefined;
    const outcome = await deps.core.handleAction({ caller, conversation, actionId: click.actionId, value: click.value, ...(source ? { source } : {}) });
    replacement = outcome.update;
    reply = outcome.reply;
  }

  let response: AdaptiveCard | string | undefined;
  if (replacement) response = await replaceCard(context, replacement, deps, { values, invoke: options.invoke });
  if (reply) {
    const where = await deliverReply(context, reply, deps, { announce: !options.invoke });
    const t = teamsTranslator(localeOf(activity, deps.defaultLocale));
    response ??= where === 'privately' ? t('teams.answeredPrivately') : where === 'failed' ? t('teams.privateReplyFailed') : summaryOf(reply);
  }
  return response ?? '';
}

async function replaceCard(
  context: TurnContext,
  replacement: Reply,
  deps: CardActionDeps,
  options: { values?: Record<string, string>; invoke: boolean },
): Promise<AdaptiveCard | string> {
  const activity = context.activity;
  const assets = await deps.assets?.prepare(replacement, { kind: conversationOf(activity).kind, recipient: identityOf(activity) });
  const outgoing = renderReply(replacement, {
    texts: cardTexts(localeOf(activity, deps.defaultLocale)),
    values: options.values,
    ...(assets ? { assets } : {}),
  });
  const [first, ...rest] = outgoing;
  if (!first) return summaryOf(replacement);
  const forEveryone = conversationOf(activity).kind === 'personal' || (replacement.kind === 'message' && replacement.visibility === 'conversation');
  // Without an invoke response (an Action.Submit message) the message itself is the only place to show it.
  if ((forEveryone || !options.invoke) && activity.replyToId) {
    const messageId = activity.replyToId;
    await deps.sender.pacing.run(...paceKeyOf(context), () => context.updateActivity({ ...toBotActivity(first), id: messageId }));
  }
  // What did not fit in one card follows as new messages.
  if (rest.length > 0) await sendHere(context, rest, deps.sender);
  const card = first.attachments.find((attachment) => attachment.contentType === ADAPTIVE_CARD_CONTENT_TYPE)?.content;
  return (card as AdaptiveCard | undefined) ?? summaryOf(replacement);
}

function summaryOf(reply: Reply): string {
  return reply.kind === 'form' ? reply.title : reply.summary;
}
