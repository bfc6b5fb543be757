import { z } from 'zod';
import type { CommandHandovers } from '../../core/jobs/command-handover.js';
import { defineJob } from '../../core/jobs/job-definition.js';
import type { Jobs } from '../../core/jobs/jobs.js';
import type { TextRequest } from '../../core/requests.js';
import { sendReply, type ReplyTarget, type Respond } from './reply-delivery.js';
import type { SlackDeps } from './slack-deps.js';
import { slackCaller, slackConversation } from './slack-people.js';

/**
 * A slash command Keino acknowledged before it was done: what it needs to run it again and to
 * answer (see CommandHandovers). `committed` and `uncertain` are the hand-over's mark.
 */
export const slackCommandJob = defineJob({
  kind: 'slack.command',
  payload: z.object({
    teamId: z.string().min(1),
    userId: z.string().min(1),
    userName: z.string().optional(),
    channelId: z.string().min(1),
    channelName: z.string().optional(),
    text: z.string(),
    responseUrl: z.string().url(),
    committed: z.boolean().optional(),
    uncertain: z.boolean().optional(),
  }),
  // Slack gives every invocation its own trigger id.
  key: (payload, triggerId: string) => `slack.command:${payload.teamId}:${triggerId}`,
  // Answering again after a failed answer is all a later attempt may do once the work committed.
  maxAttempts: 3,
});

export type SlackCommandPayload = z.input<typeof slackCommandJob.payload>;

/** The core's request for a slash command, from the command or from its job. */
export function slashCommandRequest(payload: SlackCommandPayload): TextRequest {
  return {
    caller: slackCaller(payload.teamId, payload.userId, { name: payload.userName, channelId: payload.channelId }),
    conversation: slackConversation(payload.teamId, payload.channelId, { channelName: payload.channelName }),
    text: payload.text,
    source: 'command',
  };
}

/**
 * A job runner's side: a command whose run died is run again from its job (its transactions
 * marking the job as the first run's did), or, when the first run's work had committed (or
 * may have), the person is told to check what was done before running it again. The answer goes through the command's response_url (the Web API
 * when Slack refuses it: expired after 30 minutes or used five times).
 */
export function registerSlashCommandJobs(jobs: Jobs, handovers: CommandHandovers, deps: SlackDeps): void {
  jobs.handle(slackCommandJob, async (job) => {
    const payload = job.payload;
    const request = slashCommandRequest(payload);
    const target: ReplyTarget = {
      conversation: request.conversation,
      userId: payload.userId,
      commandText: payload.text,
      answer: { respond: respondThrough(payload.responseUrl) },
    };
    if (payload.committed || payload.uncertain) {
      await sendReply(deps, target, await deps.core.answerLost(request));
      return;
    }
    const run = handovers.run(() => deps.core.handleText(request), job);
    const reply = await run.result;
    if (!run.takenOver) await sendReply(deps, target, reply);
  });
}

/** Posts to a response_url as Bolt's respond() does; a refusal throws, so sendReply takes the Web API. */
export function respondThrough(responseUrl: string): Respond {
  return async (message) => {
    const response = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(typeof message === 'string' ? { text: message } : message),
    });
    if (!response.ok) throw new Error(`the response_url answered ${response.status}`);
    return response;
  };
}
