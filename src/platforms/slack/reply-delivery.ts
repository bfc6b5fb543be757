import type { RespondFn } from '@slack/bolt';
import { COMMAND_ACTION } from '../../core/commands/command.js';
import type { Conversation } from '../../core/commands/conversation.js';
import { personal, text, type Form, type Message, type Reply } from '../../core/messages/message.js';
import { replyRoute } from '../../core/messages/reply-route.js';
import { renderMessage, type SlackPage } from './block-kit-renderer.js';
import { renderModal } from './form-modal.js';
import type { SlackDeps } from './slack-deps.js';
import { slackErrorCode } from './slack-errors.js';
import { slackCapabilities } from './slack-capabilities.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { hasCharts, pageArguments } from './slack-messenger.js';

/**
 * Respond-to-the-interaction transports Slack offers besides the Web API, each with its limits:
 * the acknowledgement's body (a slash command's, within Slack's three seconds, once) and the
 * interaction's `response_url` (slash commands and clicks on messages: five posts in 30 minutes,
 * https://api.slack.com/interactivity/handling#message_responses).
 */
export interface InteractionAnswer {
  /** Acknowledges the interaction (once; later calls do nothing), with a message as its body or empty. */
  ack?: (body?: AckBody) => Promise<void>;
  /** Posts to the interaction's response_url (Bolt's respond()). */
  respond?: Respond;
}

/** What an acknowledgement's body carries: the first page of the answer. */
export type AckBody = { response_type: 'ephemeral' | 'in_channel'; text: string; blocks?: SlackPage['blocks'] };

/** A post to a response_url (Bolt's RespondFn). */
export type Respond = (message: Parameters<RespondFn>[0]) => Promise<unknown>;

export interface ReplyTarget {
  conversation: Conversation;
  userId: string;
  /** Where a reply for everyone goes: the thread of the mention, or the conversation's own thread. */
  publicThreadTs?: string;
  /** Lets a form open as a modal (valid three seconds after the person's action). */
  triggerId?: string;
  /** The command text, for a button that opens the form later when no trigger is at hand. */
  commandText?: string;
  /** The interaction's own ways to answer, when it has any (a slash command, a click on a message). */
  answer?: InteractionAnswer;
}

/**
 * Every reply Keino gives in Slack goes through here, and down exactly one path:
 *
 * - a form: a modal while the person's trigger id is valid, otherwise a message with a button
 *   that opens it (the trigger lives three seconds);
 * - otherwise the core's one rule (replyRoute) says where: `here` (a reply for everyone, or any
 *   reply in a direct conversation), `ephemeral` (for the person alone in a channel) or `direct`;
 * - `here` and `ephemeral` go back through the interaction when it has a way to answer: the
 *   acknowledgement's body when still possible, then its response_url (`in_channel` for a reply
 *   for everyone in a channel, `ephemeral` otherwise); where the interaction has none (a mention,
 *   a message, a form submission, the App Home), or the response_url is refused (expired, used
 *   up), through the Web API: chat.postMessage for `here`, chat.postEphemeral for `ephemeral`
 *   (the direct conversation when Slack will not show it in the channel);
 * - `direct`: chat.postMessage in the person's direct conversation with Keino.
 *
 * Files cannot be ephemeral: they follow a reply for everyone in a channel into that channel,
 * and any other reply into the person's direct conversation. An interaction with an
 * acknowledgement still owed is acknowledged (empty) before anything slow.
 */
export async function sendReply(deps: SlackDeps, target: ReplyTarget, reply: Reply): Promise<void> {
  const { conversation, answer } = target;
  if (reply.kind === 'form') {
    await answer?.ack?.();
    if (target.triggerId) {
      try {
        await deps.messenger.openModal(target.triggerId, renderModal(reply, { channel_id: conversation.channelId, ...threadMetadata(conversation) }));
        return;
      } catch (error) {
        // The trigger lives three seconds: after a slow command, offer a button instead.
        if (slackErrorCode(error) !== 'expired_trigger_id') throw error;
      }
    }
    return sendReply(deps, { ...target, triggerId: undefined }, formLauncher(reply, target.commandText));
  }
  const route = replyRoute(reply, conversation, slackCapabilities);
  if (route === 'omit' || route === 'direct') {
    await answer?.ack?.();
    if (route === 'direct') await deps.messenger.post({ channel: await deps.messenger.openDirect(target.userId) }, reply);
    return;
  }
  const forEveryone = conversation.kind !== 'personal' && reply.visibility === 'conversation';
  if (answer?.ack || answer?.respond) {
    const answered = await answerInteraction(deps, answer, reply, route === 'here' && reply.visibility === 'conversation' ? 'in_channel' : 'ephemeral');
    if (answered) {
      await sendFiles(deps, target, reply, forEveryone);
      return;
    }
  }
  if (route === 'ephemeral') return sendPrivately(deps, target, reply);
  await deps.messenger.post(
    { channel: conversation.channelId, threadTs: forEveryone ? (target.publicThreadTs ?? conversation.threadId) : conversation.threadId },
    reply,
  );
}

/**
 * The reply through the interaction: its first page in the acknowledgement when still owed (unless
 * charts must be drawn and uploaded first, which may outlast Slack's three seconds), the rest
 * through the response_url. False when nothing could be posted there (the URL refused it): the
 * caller takes the Web API.
 */
async function answerInteraction(deps: SlackDeps, answer: InteractionAnswer, reply: Message, responseType: 'ephemeral' | 'in_channel'): Promise<boolean> {
  let { ack } = answer;
  if (ack && hasCharts(reply)) {
    await ack();
    ack = undefined;
  }
  const pages = renderMessage(reply, hasCharts(reply) ? { chartFiles: await deps.messenger.chartFiles(reply) } : {});
  if (ack) {
    await ack({ response_type: responseType, ...pageArguments(pages[0]!) });
    if (answer.respond) await respondPages(answer.respond, pages.slice(1), { responseType, budget: SLACK_LIMITS.responseUrlPosts - 1 });
    return true;
  }
  if (!answer.respond) return false;
  try {
    await respondPages(answer.respond, pages, { responseType });
    return true;
  } catch (error) {
    deps.logger.warn({ err: error }, 'the response_url refused the reply: sending it through the Web API');
    return false;
  }
}

/** Files of a reply answered through the interaction (a response_url carries no files). */
async function sendFiles(deps: SlackDeps, target: ReplyTarget, reply: Message, forEveryone: boolean): Promise<void> {
  if (!reply.attachments?.length) return;
  const channel = forEveryone ? target.conversation.channelId : await deps.messenger.openDirect(target.userId);
  await deps.messenger.upload({ channel }, reply.attachments);
}

/**
 * The clicked message shows the outcome: an ephemeral one (or one with no ts) can only be
 * replaced through its response_url; a message Keino posted, with chat.update.
 */
export async function replaceClicked(
  deps: SlackDeps,
  clicked: { conversation: Conversation; messageTs: string; ephemeral: boolean },
  update: Message,
  respond: Respond | undefined,
): Promise<void> {
  if ((clicked.ephemeral || !clicked.messageTs) && respond) {
    const chartFiles = await deps.messenger.chartFiles(update);
    await respondPages(respond, renderMessage(update, { chartFiles }).slice(0, 1), { responseType: 'ephemeral', replaceOriginal: true, budget: 1 });
    return;
  }
  await deps.messenger.update(clicked.conversation.channelId, clicked.messageTs, update);
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
  respond: Respond,
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
