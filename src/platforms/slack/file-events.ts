import type { App } from '@slack/bolt';
import { sendReply } from './reply-delivery.js';
import type { SlackDeps } from './slack-deps.js';
import { slackCaller, slackConversation } from './slack-people.js';
import { slackSharedFile } from './slack-shared-file.js';

/**
 * A file shared in a direct message with Keino goes to the core (a coordinator's Hankintaluotsi
 * CSV is imported); the answer comes in the same direct message. Files shared in channels belong
 * to the channel's people, and Keino's own uploads come back as file_shared too: both are left be.
 */
export function registerFileEvents(bolt: App, deps: SlackDeps): void {
  bolt.event('file_shared', async ({ event, body, context }) => {
    if (!event.user_id || event.user_id === context.botUserId) return;
    if (!event.channel_id?.startsWith('D')) return;
    const teamId = (body as { team_id?: string }).team_id ?? '';
    const info = await deps.messenger.call(() => deps.messenger.client.files.info({ file: event.file_id }));
    if (!info.file) throw new Error(`files.info returned no file for ${event.file_id}`);
    const conversation = slackConversation(teamId, event.channel_id, { channelType: 'im' });
    const reply = await deps.core.handleFile({
      caller: slackCaller(teamId, event.user_id),
      conversation,
      file: slackSharedFile(deps.messenger.client, info.file, deps.logger),
    });
    await sendReply(deps, { conversation, userId: event.user_id }, reply);
  });
}
