import type { App } from '@slack/bolt';
import { settleWithin } from './ack-window.js';
import { acknowledged } from './listener-guard.js';
import { sendReply, type ReplyTarget } from './reply-delivery.js';
import type { SlackDeps } from './slack-deps.js';
import { slackCaller, slackConversation } from './slack-people.js';
import { fromSlackText } from './slack-text.js';

export const SLASH_COMMAND = '/keino';

/**
 * `/keino <command>`: the command runs at once; when it is done within the ack window the reply
 * is the acknowledgement itself, otherwise Keino acknowledges empty and answers through the
 * response_url when done (sendReply chooses the path). A command with a form and no arguments
 * opens the form as a modal.
 */
export function registerSlashCommand(bolt: App, deps: SlackDeps): void {
  bolt.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await acknowledged(ack, async (ack) => {
      const conversation = slackConversation(command.team_id, command.channel_id, { channelName: command.channel_name });
      const text = fromSlackText(command.text ?? '');
      const work = deps.core.handleText({
        caller: slackCaller(command.team_id, command.user_id, { name: command.user_name, channelId: command.channel_id }),
        conversation,
        text,
        source: 'command',
      });
      const settled = await settleWithin(work, deps.ackWindowMs);
      const target: ReplyTarget = {
        conversation,
        userId: command.user_id,
        triggerId: command.trigger_id,
        commandText: text,
        answer: { ack, respond },
      };
      if (settled.done) {
        await sendReply(deps, target, settled.value);
      } else {
        // Past the window: acknowledged empty, answered through the response_url when done.
        await ack();
        await sendReply(deps, { ...target, answer: { respond } }, await settled.later);
      }
    });
  });
}
