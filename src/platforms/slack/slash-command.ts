import type { App } from '@slack/bolt';
import type { Reply } from '../../core/messages/message.js';
import { settleWithin } from './ack-window.js';
import { renderMessage } from './block-kit-renderer.js';
import { renderModal } from './form-modal.js';
import { acknowledged } from './listener-guard.js';
import { formLauncher, respondPages, responseTypeOf } from './reply-delivery.js';
import type { SlackDeps } from './slack-deps.js';
import { slackErrorCode } from './slack-errors.js';
import { hasCharts, pageArguments } from './slack-messenger.js';
import { slackCaller, slackConversation } from './slack-people.js';
import { fromSlackText } from './slack-text.js';

export const SLASH_COMMAND = '/keino';

/**
 * `/keino <command>`: the command runs at once; when it is done within the ack window the reply
 * is the acknowledgement itself, otherwise Keino acknowledges empty and answers through the
 * response_url when done. A command with a form and no arguments opens the form as a modal.
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

      const answer = async (reply: Reply, ackable: boolean) => {
        let inAck = ackable;
        if (reply.kind === 'form') {
          if (inAck) await ack();
          try {
            await deps.messenger.openModal(command.trigger_id, renderModal(reply, { channel_id: command.channel_id }));
          } catch (error) {
            // The trigger lives three seconds: after a slow command, offer a button instead.
            if (slackErrorCode(error) !== 'expired_trigger_id') throw error;
            await respondPages(respond, renderMessage(formLauncher(reply, text)), { responseType: 'ephemeral' });
          }
          return;
        }
        const responseType = responseTypeOf(reply);
        if (inAck && hasCharts(reply)) {
          // Drawing and uploading a chart may outlast Slack's three seconds: acknowledge first.
          await ack();
          inAck = false;
        }
        const pages = renderMessage(reply, hasCharts(reply) ? { chartFiles: await deps.messenger.chartFiles(reply) } : {});
        if (inAck) {
          await ack({ response_type: responseType, ...pageArguments(pages[0]!) });
          await respondPages(respond, pages.slice(1), { responseType, budget: 4 });
        } else {
          await respondPages(respond, pages, { responseType });
        }
        if (reply.attachments?.length) {
          if (responseType === 'in_channel' && conversation.kind !== 'personal') {
            await deps.messenger.upload({ channel: conversation.channelId }, reply.attachments);
          } else {
            await deps.messenger.upload({ channel: await deps.messenger.openDirect(command.user_id) }, reply.attachments);
          }
        }
      };

      if (settled.done) {
        await answer(settled.value, true);
      } else {
        await ack();
        await answer(await settled.later, false);
      }
    });
  });
}
