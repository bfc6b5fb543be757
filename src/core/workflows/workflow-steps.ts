import type { CommandContext } from '../commands/command.js';
import type { PollRequest } from '../polls/poll-service.js';
import type { RegistrationStatus } from '../academy/academy-store.js';
import type { SentMessage } from '../ports/platform-gateway.js';

/**
 * Steps that a workflow (Slack's Workflow Builder) runs for a person: each does what the person's
 * own command does, with the same checks, so a step can do nothing a person could not do in chat.
 */

export type StepOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/** "Create a Keino poll": `poll "<question>" "<option>" …` for the poll's owner, posted where the step says. */
export async function createPollStep(context: CommandContext, request: PollRequest): Promise<{ pollId: number; message: SentMessage }> {
  const { person, conversation, locale, timeZone, now } = context;
  const { poll, message } = await context.services.polls.create(request, { person, conversation, locale, timeZone, now });
  return { pollId: poll.id, message };
}

/** "Register for an academy session": `rsvp <id> yes` for the person the step names. */
export async function registerForSessionStep(context: CommandContext, sessionId: number): Promise<{ status: RegistrationStatus }> {
  const outcome = await context.services.academy.rsvp(sessionId, context.person, 'going', context.now);
  return { status: outcome.status };
}
