import type { RespondFn } from '@slack/bolt';
import { COMMAND_ACTION } from '../../core/commands/command.js';
import type { Conversation } from '../../core/commands/conversation.js';
import { personal, text, type Form, type Message, type Reply } from '../../core/messages/message.js';
import { replyRoute } from '../../core/messages/reply-route.js';
import type { SlackPage } from './block-kit-renderer.js';
import { renderModal } from './form-modal.js';
import type { SlackDeps } from './slack-deps.js';
import { slackErrorCode } from './slack-errors.js';
import { slackCapabilities } from './slack-capabilities.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { pageArguments } from './slack-messenger.js';

export interface ReplyTarget {
  conversation: Conversation;
  userId: string;
  /** Where a reply for everyone goes: the thread of the mention, or the conversation's own thread. */
  publicThreadTs?: string;
  /** Lets a form open as a modal (valid three seconds after the person's action). */
  triggerId?: string;
  /** The command text, for a button that opens the form later when no trigger is at hand. */
  commandText?: string;
}

/**
 * A reply where the person asked: a form as a modal, otherwise where the core's one rule
 * (replyRoute) sends it: a reply for everyone as a post, a reply for the person in a channel as an
 * ephemeral message (or in the direct-message channel when Slack will not show it there).
 */
export async function sendReply(deps: SlackDeps, target: ReplyTarget, reply: Reply): Promise<void> {
  const { conversation } = target;
  if (reply.kind === 'form') {
    if (target.triggerId) {
      await deps.messenger.openModal(target.triggerId, renderModal(reply, { channel_id: conversation.channelId, ...threadMetadata(conversation) }));
      return;
    }
    return sendReply(deps, { ...target, triggerId: undefined }, formLauncher(reply, target.commandText));
  }
  switch (replyRoute(reply, conversation, slackCapabilities)) {
    case 'here': {
      const forEveryone = conversation.kind !== 'personal' && reply.visibility === 'conversation';
      await deps.messenger.post(
        { channel: conversation.channelId, threadTs: forEveryone ? (target.publicThreadTs ?? conversation.threadId) : conversation.threadId },
        reply,
      );
      return;
    }
    case 'ephemeral':
      return sendPrivately(deps, target, reply);
    case 'direct':
      await deps.messenger.post({ channel: await deps.messenger.openDirect(target.userId) }, reply);
      return;
    case 'omit':
      return;
  }
}

/** Ephemeral in the channel; in the direct-message channel when Slack will not show it there. */
export async function sendPrivately(deps: SlackDeps, target: Pick<ReplyTarget, 'conversation' | 'userId'>, message: Message): Promise<void> {
  const { conversation, userId } = target;
  try {
    await deps.messenger.postEphemeral({ channel: conversation.channelId, threadTs: conversation.threadId }, userId, message);
  } catch (error) {
    const code = slackErrorCode(error);
    if (code !== 'channel_not_found' && code !== 'not_in_channel' && code !== 'user_not_in_channel') throw error;
    await deps.messenger.post({ channel: await deps.messenger.openDirect(userId) }, message);
    return;
  }
  // Files cannot be ephemeral: they go to the person's direct messages.
  if (message.attachments?.length) await deps.messenger.upload({ channel: await deps.messenger.openDirect(userId) }, message.attachments);
}

/**
 * Pages through a response_url, which takes five posts at the most: what does not fit is left
 * out with a note rather than refused by Slack.
 */
export async function respondPages(
  respond: RespondFn,
  pages: SlackPage[],
  options: { responseType: 'ephemeral' | 'in_channel'; replaceOriginal?: boolean; budget?: number },
): Promise<void> {
  const budget = options.budget ?? SLACK_LIMITS.responseUrlPosts;
  const shown = pages.length > budget ? pages.slice(0, budget) : pages;
  for (const [index, page] of shown.entries()) {
    const blocks = index === shown.length - 1 && pages.length > shown.length ? withOmission(page, pages.length - shown.length) : page;
    await respond({
      response_type: options.responseType,
      replace_original: index === 0 ? (options.replaceOriginal ?? false) : false,
      ...pageArguments(blocks),
    });
  }
}

export function responseTypeOf(message: Message): 'ephemeral' | 'in_channel' {
  return message.visibility === 'conversation' ? 'in_channel' : 'ephemeral';
}

/** Where no modal can open (a chat message has no trigger): a button that opens it. */
export function formLauncher(form: Form, commandText: string | undefined): Message {
  const blocks: Message['blocks'] = [text(`**${form.title}**`)];
  if (commandText) blocks.push({ type: 'buttons', buttons: [{ label: form.title, actionId: COMMAND_ACTION, value: commandText, style: 'primary' }] });
  return personal(blocks, form.title);
}

export function threadMetadata(conversation: Conversation): { thread_ts?: string } {
  return conversation.threadId ? { thread_ts: conversation.threadId } : {};
}

function withOmission(page: SlackPage, omitted: number): SlackPage {
  const blocks = page.blocks.length >= SLACK_LIMITS.messageBlocks ? page.blocks.slice(0, SLACK_LIMITS.messageBlocks - 1) : page.blocks;
  return { ...page, blocks: [...blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: `… (+${omitted})` }] }] };
}
