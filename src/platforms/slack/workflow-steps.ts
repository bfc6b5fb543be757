import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { Caller } from '../../core/keino.js';
import { createPollStep, registerForSessionStep, type StepOutcome } from '../../core/workflows/workflow-steps.js';
import { slackCatalogue } from './slack-catalogue.js';
import type { SlackDeps } from './slack-deps.js';
import { slackCaller, slackConversation } from './slack-people.js';

/**
 * Keino's custom steps for Slack's Workflow Builder (manifests/slack/manifest.yaml, `functions`),
 * by callback_id. Slack sends `function_executed` with the step's inputs and a token for this run
 * (https://docs.slack.dev/reference/events/function_executed/); Bolt's complete() and fail() answer
 * with functions.completeSuccess / functions.completeError
 * (https://docs.slack.dev/reference/methods/functions.completeError/), fail's reason shown to the
 * person who ran the workflow. Inputs come from whoever built the workflow: each is checked here,
 * the person and channel must be of the workspace the event came from, and the work runs through
 * the core with the checks of the person's own command.
 */
export const WORKFLOW_STEP = { createPoll: 'keino_create_poll', registerForSession: 'keino_register_for_session' } as const;

const userId = z.string().regex(/^[UW][A-Z0-9]{2,20}$/);
const channelId = z.string().regex(/^[CG][A-Z0-9]{2,20}$/);

const createPollInputs = z.object({
  owner: userId,
  channel: channelId,
  question: z.string().max(1_000),
  // The core checks count, length and duplicates with its own words; this only bounds the payload.
  options: z.array(z.string().max(1_000)).max(50),
  anonymous: z.boolean().optional(),
  closes: z.string().max(100).optional(),
});

const registerInputs = z.object({
  person: userId,
  session: z.union([
    z.number().int().positive().max(2_147_483_647),
    z
      .string()
      .regex(/^#?\d{1,9}$/)
      .transform((value) => Number(value.replace('#', ''))),
  ]),
});

type StepArgs = SlackEventMiddlewareArgs<'function_executed'> & AllMiddlewareArgs;

export function registerWorkflowSteps(bolt: App, deps: SlackDeps): void {
  bolt.function(WORKFLOW_STEP.createPoll, async (args: StepArgs) => {
    const request = await stepRequest(args, deps, createPollInputs, (inputs) => inputs.owner);
    if (!request) return;
    const { inputs, teamId, caller } = request;
    const conversation = slackConversation(teamId, inputs.channel);
    const outcome = await deps.core.workflowStep({ caller, conversation }, WORKFLOW_STEP.createPoll, (context) =>
      createPollStep(context, { question: inputs.question, options: inputs.options, anonymous: inputs.anonymous === true, closes: inputs.closes || undefined }),
    );
    await finish(args, outcome, async ({ pollId, message }) => ({ poll_id: pollId, message_link: await permalink(deps, inputs.channel, message.messageId) }));
  });

  bolt.function(WORKFLOW_STEP.registerForSession, async (args: StepArgs) => {
    const request = await stepRequest(args, deps, registerInputs, (inputs) => inputs.person);
    if (!request) return;
    const { inputs, teamId, caller } = request;
    // The person's own conversation with Keino: where the RSVP's confirmation and invitation go.
    const conversation = slackConversation(teamId, inputs.person, { channelType: 'im' });
    const outcome = await deps.core.workflowStep({ caller, conversation }, WORKFLOW_STEP.registerForSession, (context) =>
      registerForSessionStep(context, inputs.session),
    );
    await finish(args, outcome, async ({ status }) => ({ session_id: inputs.session, status }));
  });
}

/** The step's inputs, read, and the person they name, a person of the workspace; undefined once the step has failed. */
async function stepRequest<T extends z.ZodType>(
  args: StepArgs,
  deps: SlackDeps,
  schema: T,
  personOf: (inputs: z.output<T>) => string,
): Promise<{ inputs: z.output<T>; teamId: string; caller: Caller } | undefined> {
  const inputs = await readInputs(args, deps, schema);
  if (!inputs) return undefined;
  const teamId = teamOf(args);
  const caller = await workspaceMember(args, deps, teamId, personOf(inputs));
  return caller ? { inputs, teamId, caller } : undefined;
}

/** The workspace the event came from (the envelope's team_id), never one an input names. */
function teamOf(args: StepArgs): string {
  return String((args.body as { team_id?: unknown }).team_id ?? args.context.teamId ?? '');
}

async function readInputs<T extends z.ZodType>(args: StepArgs, deps: SlackDeps, schema: T): Promise<z.output<T> | undefined> {
  const parsed = schema.safeParse(args.inputs ?? {});
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '?')))].join(', ');
  deps.logger.warn({ step: args.event.function.callback_id, fields }, 'workflow step inputs refused');
  await args.fail({ error: slackCatalogue.format(deps.defaultLocale, 'slack.stepBadInputs', { fields }) });
  return undefined;
}

/**
 * The person an input names, if Slack says they are a person of this workspace (users.info with
 * Keino's token; a user of another workspace, a deleted one or a bot is refused). A workflow is
 * not a click: one Tier 4 call per run is within the limits.
 */
async function workspaceMember(args: StepArgs, deps: SlackDeps, teamId: string, user: string): Promise<Caller | undefined> {
  let member: { name?: string } | undefined;
  try {
    const found = await deps.messenger.call(() => deps.messenger.client.users.info({ user }));
    const person = found.user;
    if (person && !person.deleted && !person.is_bot && (person.team_id === teamId || person.enterprise_user?.teams?.includes(teamId))) {
      member = { name: person.profile?.real_name || person.real_name || person.name };
    }
  } catch (error) {
    deps.logger.info({ err: error, user }, 'workflow step named a person Slack does not know here');
  }
  if (member) return slackCaller(teamId, user, member);
  await args.fail({ error: slackCatalogue.format(deps.defaultLocale, 'slack.stepNotInWorkspace') });
  return undefined;
}

async function finish<T>(args: StepArgs, outcome: StepOutcome<T>, outputs: (value: T) => Promise<Record<string, unknown>>): Promise<void> {
  if (outcome.ok) await args.complete({ outputs: await outputs(outcome.value) });
  else await args.fail({ error: outcome.reason });
}

/** The poll message's address (chat.getPermalink, https://docs.slack.dev/reference/methods/chat.getPermalink/). */
async function permalink(deps: SlackDeps, channel: string, ts: string): Promise<string> {
  const result = await deps.messenger.call(() => deps.messenger.client.chat.getPermalink({ channel, message_ts: ts }));
  return result.permalink ?? '';
}
