import type { App } from '@slack/bolt';
import { settleWithin } from './ack-window.js';
import { acknowledged } from './listener-guard.js';
import { sendReply, type ReplyTarget } from './reply-delivery.js';
import type { SlackDeps } from './slack-deps.js';
import { slackCommandJob, slashCommandRequest, type SlackCommandPayload } from './slash-command-job.js';
import { fromSlackText } from './slack-text.js';

export const SLASH_COMMAND = '/keino';

/**
 * `/keino <command>`: the command runs at once; when it is done within the ack window the reply
 * is the acknowledgement itself, and nothing more is written. Otherwise the command is first
 * written as a job this run holds (CommandHandovers), then acknowledged empty, and answered
 * through the response_url when done; if the process dies meanwhile, the job runner finishes it
 * after the job's lease, once (sendReply chooses the path). A command with a form and no
 * arguments opens the form as a modal.
 */
export function registerSlashCommand(bolt: App, deps: SlackDeps): void {
  bolt.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await acknowledged(ack, async (ack) => {
      const payload: SlackCommandPayload = {
        teamId: command.team_id,
        userId: command.user_id,
        ...(command.user_name ? { userName: command.user_name } : {}),
        channelId: command.channel_id,
        ...(command.channel_name ? { channelName: command.channel_name } : {}),
        text: fromSlackText(command.text ?? ''),
        responseUrl: command.response_url,
      };
      const request = slashCommandRequest(payload);
      const run = deps.handovers.run(() => deps.core.handleText(request));
      const settled = await settleWithin(run.result, deps.ackWindowMs);
      const target: ReplyTarget = {
        conversation: request.conversation,
        userId: command.user_id,
        triggerId: command.trigger_id,
        commandText: request.text,
        answer: { ack, respond },
      };
      if (settled.done) {
        await sendReply(deps, target, settled.value);
        return;
      }
      // Past the window: durable first, then acknowledged empty, answered through the response_url when done.
      await run.handOver(slackCommandJob.job(payload, { dueAt: new Date() }, command.trigger_id));
      await ack();
      try {
        const reply = await settled.later;
        // Taken over by the job on another instance (this one lost its lease): that one answers.
        if (!run.takenOver) await sendReply(deps, { ...target, answer: { respond } }, reply);
      } finally {
        await run.finish();
      }
    });
  });
}
