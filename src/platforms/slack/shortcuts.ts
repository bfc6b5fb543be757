import type { App, GlobalShortcut, MessageShortcut, types } from '@slack/bolt';
import type { Message, Reply } from '../../core/messages/message.js';
import { renderBlocks } from './block-kit-renderer.js';
import { renderModal, type FormMetadata } from './form-modal.js';
import { sendReply } from './reply-delivery.js';
import type { SlackDeps } from './slack-deps.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { slackCaller, slackConversation } from './slack-people.js';
import { fromSlackText } from './slack-text.js';

/**
 * Keino's shortcuts (manifests/slack/manifest.yaml, features.shortcuts), by callback_id:
 * - `keino_new_poll`, a global shortcut ("New poll"): the poll form as a modal, with a channel
 *   picker first, since a global shortcut carries no channel; the poll is posted where picked,
 *   as `/keino poll` posts it;
 * - `keino_ask_about`, a message shortcut ("Ask Keino about this"): the message's text asked as a
 *   question, the answer for the person alone (ephemeral, through the shortcut's response_url);
 * - `keino_send_to_experts`, a message shortcut ("Send to experts"): the expert-request form with
 *   the message quoted.
 * Payloads: https://api.slack.com/reference/interaction-payloads/shortcuts (`shortcut` and
 * `message_action`; only message shortcuts carry channel, message and response_url).
 */
export const SHORTCUT_CALLBACK = { newPoll: 'keino_new_poll', askAbout: 'keino_ask_about', sendToExperts: 'keino_send_to_experts' } as const;

/** Characters of a message taken as its question (the core refuses what is over its own limit). */
const MAX_MESSAGE_TEXT = 2_000;

export function registerShortcuts(bolt: App, deps: SlackDeps): void {
  bolt.shortcut<GlobalShortcut>({ type: 'shortcut', callback_id: SHORTCUT_CALLBACK.newPoll }, async ({ shortcut, ack }) => {
    await ack();
    const { teamId, userId } = whoOf(shortcut);
    // Not in any channel: the form is asked for as in the person's direct conversation with Keino.
    const conversation = slackConversation(teamId, userId, { channelType: 'im' });
    await openThenFill(deps, shortcut.trigger_id, { pick_channel: true }, () =>
      deps.core.handleText({ caller: slackCaller(teamId, userId, { name: shortcut.user.username }), conversation, text: 'poll', source: 'command' }),
    );
  });

  bolt.shortcut<MessageShortcut>({ type: 'message_action', callback_id: SHORTCUT_CALLBACK.askAbout }, async ({ shortcut, ack, respond }) => {
    await ack();
    const { teamId, userId } = whoOf(shortcut);
    const conversation = slackConversation(teamId, shortcut.channel.id, { channelName: shortcut.channel.name });
    const caller = slackCaller(teamId, userId, { name: shortcut.user.name, channelId: shortcut.channel.id });
    const reply = await deps.core.askAbout({ caller, conversation, question: messageText(shortcut) });
    await sendReply(deps, { conversation, userId, answer: { respond } }, reply);
  });

  bolt.shortcut<MessageShortcut>({ type: 'message_action', callback_id: SHORTCUT_CALLBACK.sendToExperts }, async ({ shortcut, ack }) => {
    await ack();
    const { teamId, userId } = whoOf(shortcut);
    const conversation = slackConversation(teamId, shortcut.channel.id, { channelName: shortcut.channel.name });
    const caller = slackCaller(teamId, userId, { name: shortcut.user.name, channelId: shortcut.channel.id });
    // The outcome goes to the person where the message was; a direct message between people is
    // no place Keino can answer in, so then its own direct conversation with the person.
    const where = conversation.kind === 'personal' ? {} : { channel_id: conversation.channelId };
    await openThenFill(deps, shortcut.trigger_id, where, () => deps.core.expertRequest({ caller, conversation, question: messageText(shortcut) }));
  });
}

function whoOf(shortcut: GlobalShortcut | MessageShortcut): { teamId: string; userId: string } {
  return { teamId: shortcut.team?.id ?? shortcut.user.team_id ?? '', userId: shortcut.user.id };
}

function messageText(shortcut: MessageShortcut): string {
  const text = typeof shortcut.message.text === 'string' ? shortcut.message.text : '';
  return fromSlackText(text).slice(0, MAX_MESSAGE_TEXT);
}

/**
 * The trigger_id lives three seconds (https://api.slack.com/interactivity/handling#modal_responses):
 * the modal opens at once with nothing in it yet, the core's work follows, and its outcome
 * replaces the modal (views.update, https://api.slack.com/methods/views.update): the form, or
 * the polite answer when there is no form to show.
 */
async function openThenFill(deps: SlackDeps, triggerId: string, metadata: Omit<FormMetadata, 'form' | 'context'>, work: () => Promise<Reply>): Promise<void> {
  const { viewId, hash } = await deps.messenger.openModal(triggerId, waitingView());
  const reply = await work();
  if (!viewId) return;
  await deps.messenger.updateModal(viewId, reply.kind === 'form' ? renderModal(reply, metadata) : noticeView(reply), hash);
}

const KEINO_TITLE = { type: 'plain_text', text: 'Keino', emoji: true } as const;

/** What the modal shows for the moment the core works: no words, so no language to guess. */
function waitingView(): types.ModalView {
  return { type: 'modal', title: KEINO_TITLE, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: ':hourglass_flowing_sand:' }] }] };
}

/** A message in the modal's place (a refusal, a note): its text only, no buttons to click in a modal. */
function noticeView(message: Message): types.ModalView {
  const blocks = renderBlocks(message.blocks.filter((block) => block.type !== 'buttons' && block.type !== 'choices')).slice(0, SLACK_LIMITS.viewBlocks);
  return {
    type: 'modal',
    title: KEINO_TITLE,
    close: { type: 'plain_text', text: 'OK', emoji: true },
    blocks: blocks.length > 0 ? blocks : [{ type: 'section', text: { type: 'mrkdwn', text: message.summary || '–' } }],
  };
}
