import type { App, BlockAction, BlockElementAction } from '@slack/bolt';
import type { MessageRef } from '../../core/commands/command.js';
import type { Conversation } from '../../core/commands/conversation.js';
import { KEINO_ACTION_ID, decodeActionId } from './action-ids.js';
import { homeChannel, publishHome } from './app-home.js';
import { replaceClicked, sendReply } from './reply-delivery.js';
import type { SlackDeps } from './slack-deps.js';
import { slackCaller, slackConversation } from './slack-people.js';

/** Where the clicked element was: on a message in a conversation, or on the App Home tab. */
type Place = { kind: 'message'; conversation: Conversation; messageTs: string; ephemeral: boolean } | { kind: 'home'; conversation: Conversation };

/**
 * A click on one of Keino's buttons or a pick in one of its menus runs the core action it names.
 * The outcome replaces the original message and/or answers the person who clicked; on the App
 * Home the home is published again, so it shows what changed.
 *
 * Slack hears the acknowledgement once the action is done (a vote committed), so an acked click is
 * never lost with the process.
 */
export function registerBlockActions(bolt: App, deps: SlackDeps): void {
  bolt.action<BlockAction>({ type: 'block_actions', action_id: KEINO_ACTION_ID }, async ({ ack, body, action, respond }) => {
    const actionId = decodeActionId(action.action_id);
    if (!actionId) return ack();
    const teamId = body.team?.id ?? body.user.team_id ?? body.view?.team_id ?? '';
    const userId = body.user.id;
    const place = await placeOf(deps, body, teamId);
    const source: MessageRef | undefined =
      place.kind === 'message' ? { platform: 'slack', conversation: place.conversation, messageId: place.messageTs } : undefined;
    const work = deps.core.handleAction({
      caller: slackCaller(teamId, userId, { name: body.user.name ?? body.user.username, channelId: place.conversation.channelId }),
      conversation: place.conversation,
      actionId,
      value: actionValue(action),
      ...(source ? { source } : {}),
    });
    // The ack is the promise that the click is kept, so it waits for the action (a vote committed),
    // however long that takes. Slack does not retry a click, so a late ack repeats nothing; past
    // Slack's three seconds (an overloaded server) the person may see Slack's timeout notice, but
    // their confirmation still arrives (response_url) and no acked click is lost with the process.
    const outcome = await work.finally(() => ack());

    // A form from either opens as a modal (the click's trigger is fresh).
    if (outcome.update?.kind === 'form') await sendReply(deps, { conversation: place.conversation, userId, triggerId: body.trigger_id }, outcome.update);
    if (outcome.update?.kind === 'message' && place.kind === 'message') await replaceClicked(deps, place, outcome.update, respond);
    if (outcome.reply) {
      await sendReply(
        deps,
        {
          conversation: place.conversation,
          userId,
          triggerId: body.trigger_id,
          // A click on a message answers through its response_url; the App Home has none.
          ...(place.kind === 'message' ? { answer: { respond } } : {}),
        },
        outcome.reply,
      );
    }
    if (place.kind === 'home') await publishHome(deps, teamId, userId, place.conversation.channelId);
  });
}

async function placeOf(deps: SlackDeps, body: BlockAction, teamId: string): Promise<Place> {
  if (body.view?.type === 'home' || !body.container?.channel_id) {
    const channel = homeChannel(body.view?.private_metadata) ?? (await deps.messenger.openDirect(body.user.id));
    return { kind: 'home', conversation: slackConversation(teamId, channel, { channelType: 'im' }) };
  }
  const channelId = String(body.container.channel_id);
  const messageTs = String(body.container.message_ts ?? body.message?.ts ?? '');
  const threadTs = typeof body.message?.thread_ts === 'string' ? body.message.thread_ts : undefined;
  return {
    kind: 'message',
    conversation: slackConversation(teamId, channelId, { channelName: body.channel?.name, threadTs }),
    messageTs,
    ephemeral: body.container.is_ephemeral === true,
  };
}

function actionValue(action: BlockElementAction): string {
  switch (action.type) {
    case 'button':
      return action.value ?? '';
    case 'static_select':
      return action.selected_option?.value ?? '';
    default:
      return '';
  }
}
