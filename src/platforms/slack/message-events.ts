import type { App } from '@slack/bolt';
import type { SlackDeps } from './slack-deps.js';
import { sendReply } from './reply-delivery.js';
import { slackCaller, slackConversation } from './slack-people.js';
import { fromSlackText, withoutMention } from './slack-text.js';

interface ChatMessage {
  teamId: string;
  userId: string;
  channelId: string;
  channelType?: string;
  text: string;
  ts: string;
  threadTs?: string;
}

/**
 * Mentions in channels and direct messages are read like commands; what is no command goes to
 * the core as a question. Replies for the person are ephemeral in channels; replies for everyone
 * go into the thread of the mention.
 */
export function registerMessageEvents(bolt: App, deps: SlackDeps): void {
  bolt.event('app_mention', async ({ event, body, context }) => {
    if (!event.user || event.bot_id || (event.subtype && event.subtype !== 'thread_broadcast')) return;
    await answer(deps, {
      teamId: body.team_id ?? event.team ?? '',
      userId: event.user,
      channelId: event.channel,
      text: withoutMention(fromSlackText(event.text ?? ''), context.botUserId),
      ts: event.ts,
      threadTs: event.thread_ts,
    });
  });

  bolt.message(async ({ message, body }) => {
    // Only what a person wrote to Keino directly: no edits, joins, bot posts or other subtypes.
    if (message.channel_type !== 'im' || message.subtype !== undefined || ('bot_id' in message && message.bot_id)) return;
    if (!message.user || typeof message.text !== 'string') return;
    await answer(deps, {
      teamId: (body as { team_id?: string }).team_id ?? message.team ?? '',
      userId: message.user,
      channelId: message.channel,
      channelType: 'im',
      text: fromSlackText(message.text),
      ts: message.ts,
      threadTs: message.thread_ts,
    });
  });
}

async function answer(deps: SlackDeps, chat: ChatMessage): Promise<void> {
  const conversation = slackConversation(chat.teamId, chat.channelId, { channelType: chat.channelType, threadTs: chat.threadTs });
  const reply = await deps.core.handleText({
    caller: slackCaller(chat.teamId, chat.userId, { channelId: chat.channelId }),
    conversation,
    text: chat.text,
    source: 'message',
  });
  await sendReply(deps, { conversation, userId: chat.userId, publicThreadTs: chat.threadTs ?? chat.ts, commandText: chat.text }, reply);
}
