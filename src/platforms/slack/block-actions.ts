import type { App, BlockAction, BlockElementAction, RespondFn } from '@slack/bolt';
import type { MessageRef } from '../../core/commands/command.js';
import type { Conversation } from '../../core/commands/conversation.js';
import type { Message } from '../../core/messages/message.js';
import { KEINO_ACTION_ID, decodeActionId } from './action-ids.js';
import { homeChannel, publishHome } from './app-home.js';
import { renderMessage } from './block-kit-renderer.js';
import { renderModal } from './form-modal.js';
import { respondPages, responseTypeOf, threadMetadata } from './reply-delivery.js';
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

    for (const reply of [outcome.update, outcome.reply]) {
      if (reply?.kind === 'form') {
        await deps.messenger.openModal(
          body.trigger_id,
          renderModal(reply, { channel_id: place.conversation.channelId, ...threadMetadata(place.conversation) }),
        );
      }
    }
    if (outcome.update?.kind === 'message' && place.kind === 'message') {
      await replaceOriginal(deps, place, outcome.update, respond);
    }
    if (outcome.reply?.kind === 'message') {
      if (place.kind === 'message' && respond) {
        const chartFiles = await deps.messenger.chartFiles(outcome.reply);
        await respondPages(respond, renderMessage(outcome.reply, { chartFiles }), { responseType: responseTypeOf(outcome.reply) });
      } else {
        await deps.messenger.post({ channel: place.conversation.channelId }, outcome.reply);
      }
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

/** An ephemeral message can only be replaced through its response_url; a posted one with chat.update. */
async function replaceOriginal(deps: SlackDeps, place: Extract<Place, { kind: 'message' }>, update: Message, respond: RespondFn | undefined) {
  if ((place.ephemeral || !place.messageTs) && respond) {
    const chartFiles = await deps.messenger.chartFiles(update);
    await respondPages(respond, renderMessage(update, { chartFiles }).slice(0, 1), { responseType: 'ephemeral', replaceOriginal: true, budget: 1 });
    return;
  }
  await deps.messenger.update(place.conversation.channelId, place.messageTs, update);
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
