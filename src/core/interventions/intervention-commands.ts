import { z } from 'zod';
import { jsonValue } from '../commands/action-value.js';
import { messageRefSchema } from '../commands/message-ref.js';
import { option, positional } from '../commands/arguments.js';
import { argumentTypes, parseDurationMinutes, parseLocalDate, problem } from '../commands/argument-types.js';
import { interventionFileImport } from './intervention-file-import.js';
import { COMMAND_ACTION, defineAction, defineCommand, defineForm, defineHomeSection, type ActionOutcome, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { KeinoError } from '../errors.js';
import type { Form, Message, Reply } from '../messages/message.js';
import { heading, note, personal, text, type Block } from '../messages/message.js';
import { addDays, localDateOf, localToUtc } from '../time/local-time.js';
import { formatDate, formatDateTime } from '../time/format.js';
import { EMAIL } from './intervention-csv.js';
import { BUTTON_PLACES, INTERVENTION_BUTTONS, interventionList, overviewBlocks, snoozeEnd, type ButtonPlace } from './intervention-render.js';
import type { ChangeResult } from './intervention-store.js';
import { askGroupAction, askGroupForm } from './ask-group.js';
import { nudgeMessage } from './nudge-messages.js';
import { taskScheduleCommand } from './schedule-command.js';
import type { Intervention } from './intervention.js';

const MAX_LISTED = 10;
const MAX_OVERVIEW = 15;
const DAY_MINUTES = 24 * 60;
const WEEK_MINUTES = 7 * DAY_MINUTES;
const MAX_SNOOZE_DAYS = 366;
const SNOOZE_FORM = 'interventions.snoozeUntil';

const email = () =>
  z
    .string()
    .trim()
    .transform((value) =>
      value
        .replace(/^<|>$/g, '')
        .replace(/^mailto:/i, '')
        .toLowerCase(),
    )
    .pipe(z.string().regex(EMAIL, problem('interventions.arg.email')));

/** "3pv", "1w" or "31.12.2026": how long, or until when. */
type SnoozeFor = { minutes: number } | { date: string };
const durationOrDate = () =>
  z.string().transform((value, context): SnoozeFor => {
    const minutes = parseDurationMinutes(value);
    if (minutes) return { minutes };
    const date = parseLocalDate(value);
    if (date) return { date };
    context.addIssue({ code: 'custom', message: problem('interventions.arg.durationOrDate') });
    return { minutes: 0 };
  });

const idArgs = { positional: { id: positional(argumentTypes.id(), 'interventions.arg.id') } };

/** The person's open interventions with their buttons; `outcome` first when a click changed something. */
async function myTasks(context: CommandContext, outcome?: string): Promise<Message> {
  const { t } = context;
  const mine = await context.services.interventions.mine(context.person);
  const blocks: Block[] = [];
  if (outcome) blocks.push(note(outcome));
  blocks.push(heading(t('interventions.mine.heading')));
  if (mine.length === 0) blocks.push(text(t('interventions.mine.none')));
  else blocks.push(...interventionList(context, mine, { max: MAX_LISTED, buttons: true }));
  return personal(blocks);
}

async function organisationOverview(context: CommandContext, name: string | undefined): Promise<Message> {
  const overview = await context.services.interventions.overview(context.person, context.now, context.timeZone, name);
  return personal(overviewBlocks(context, overview, MAX_OVERVIEW));
}

export const tasksCommand = defineCommand({
  name: 'tasks',
  alias: 'tehtävät',
  aliases: ['tehtavat', 'uppgifter', 'interventions', 'toimenpiteet'],
  summaryKey: 'command.tasks.summary',
  usageKey: 'command.tasks.usage',
  args: {},
  run: (context) => myTasks(context),
});

export const tasksOrgCommand = defineCommand({
  name: 'tasks org',
  alias: 'tehtävät org',
  aliases: [
    'tehtävät organisaatio',
    'tehtavat org',
    'tehtavat organisaatio',
    'uppgifter org',
    'uppgifter organisation',
    'tasks organisation',
    'tasks organization',
  ],
  summaryKey: 'command.tasksOrg.summary',
  usageKey: 'command.tasksOrg.usage',
  roles: ['coordinator', 'admin'],
  args: { positional: { organisation: positional(argumentTypes.text(200), 'interventions.arg.organisation').optional().rest() } },
  run: (context, { organisation }) => organisationOverview(context, organisation),
});

/** The sentence that tells what a change did, or that it changed nothing. */
function doneOutcome(context: CommandContext, result: ChangeResult): string {
  const { id, title } = result.after;
  return result.changed
    ? context.t('interventions.outcome.done', { id, title, name: context.person.name })
    : context.t('interventions.outcome.alreadyDone', { id, title });
}

function startOutcome(context: CommandContext, result: ChangeResult): string {
  const { id, title } = result.after;
  return result.changed
    ? context.t('interventions.outcome.started', { id, title, name: context.person.name })
    : context.t('interventions.outcome.alreadyStarted', { id, title });
}

function snoozeOutcome(context: CommandContext, result: ChangeResult): string {
  const { id, title, snoozedUntil } = result.after;
  const date = snoozedUntil ? snoozeEnd(context, snoozedUntil) : '';
  return context.t(result.changed ? 'interventions.outcome.snoozed' : 'interventions.outcome.alreadySnoozed', { id, title, date });
}

export const doneCommand = defineCommand({
  name: 'done',
  alias: 'valmis',
  aliases: ['klar', 'tehty'],
  summaryKey: 'command.done.summary',
  usageKey: 'command.done.usage',
  args: idArgs,
  async run(context, { id }) {
    const result = await context.services.interventions.complete(context.person, id, context.now);
    return personal([text(doneOutcome(context, result))]);
  },
});

export const taskStartCommand = defineCommand({
  name: 'task start',
  alias: 'tehtävä aloita',
  aliases: ['tehtava aloita', 'uppgift påbörja'],
  summaryKey: 'command.taskStart.summary',
  usageKey: 'command.taskStart.usage',
  args: idArgs,
  async run(context, { id }) {
    const result = await context.services.interventions.start(context.person, id, context.now);
    return personal([text(startOutcome(context, result))]);
  },
});

/**
 * The instant a snooze ends. Whole days and dates end at the organisation's nudge time on that day,
 * shorter durations on the minute: the same snooze asked twice (a second click) changes nothing.
 */
async function snoozeEndFor(context: CommandContext, id: number, snooze: SnoozeFor): Promise<Date> {
  const { services, now, timeZone } = context;
  const tooLong = () => new KeinoError('interventions.snooze_too_long', 'interventions.snoozeTooLong');
  if ('minutes' in snooze && snooze.minutes % DAY_MINUTES !== 0) {
    if (snooze.minutes > MAX_SNOOZE_DAYS * DAY_MINUTES) throw tooLong();
    return new Date(Math.floor(now.getTime() / 60_000) * 60_000 + snooze.minutes * 60_000);
  }
  const date = 'date' in snooze ? snooze.date : addDays(localDateOf(now, timeZone), snooze.minutes / DAY_MINUTES);
  const intervention = await services.interventions.visible(context.person, id);
  const schedule = await services.interventions.nudgeSchedule(intervention.organisationId);
  const until = localToUtc(date, schedule.sendAt, timeZone);
  if (until.getTime() - now.getTime() > MAX_SNOOZE_DAYS * DAY_MINUTES * 60_000) throw tooLong();
  return until;
}

async function snooze(context: CommandContext, id: number, snoozeFor: SnoozeFor): Promise<ChangeResult> {
  const until = await snoozeEndFor(context, id, snoozeFor);
  return context.services.interventions.snooze(context.person, id, until, context.now);
}

export const snoozeCommand = defineCommand({
  name: 'snooze',
  alias: 'lykkää',
  aliases: ['lykkaa', 'skjut upp'],
  summaryKey: 'command.snooze.summary',
  usageKey: 'command.snooze.usage',
  args: {
    positional: {
      id: positional(argumentTypes.id(), 'interventions.arg.id'),
      until: positional(durationOrDate(), 'interventions.arg.snooze'),
    },
  },
  async run(context, { id, until }) {
    return personal([text(snoozeOutcome(context, await snooze(context, id, until)))]);
  },
});

export const organisationOption = { organisation: option(argumentTypes.text(200), 'interventions.arg.organisation', ['org', 'organisaatio', 'organization']) };

export const taskAddCommand = defineCommand({
  name: 'task add',
  alias: 'tehtävä lisää',
  aliases: ['tehtava lisaa', 'uppgift lägg till', 'uppgift ny'],
  summaryKey: 'command.taskAdd.summary',
  usageKey: 'command.taskAdd.usage',
  roles: ['coordinator', 'admin'],
  args: {
    positional: {
      title: positional(argumentTypes.text(300), 'interventions.arg.title'),
      owner: positional(email(), 'interventions.arg.owner'),
      dueDate: positional(argumentTypes.date(), 'interventions.arg.dueDate'),
    },
    options: {
      ...organisationOption,
      policy: option(argumentTypes.text(200), 'interventions.arg.policy', ['linjaus', 'hankintalinjaus']),
      category: option(argumentTypes.text(200), 'interventions.arg.category', ['kategoria', 'hankintakategoria']),
    },
  },
  async run(context, { title, owner, dueDate, organisation, policy, category }) {
    const { t } = context;
    const { intervention, ownerReachable } = await context.services.interventions.add(
      context.person,
      { title, ownerEmail: owner, dueDate, organisation, policy, category },
      context.now,
    );
    const blocks: Block[] = [
      text(t('interventions.outcome.added', { id: intervention.id, title: intervention.title, owner, date: formatDate(dueDate, context.locale) })),
    ];
    if (!ownerReachable) blocks.push(note(t('interventions.ownerCannotBeReached', { owner })));
    return personal(blocks);
  },
});

export const taskAssignCommand = defineCommand({
  name: 'task assign',
  alias: 'tehtävä siirrä',
  aliases: ['tehtava siirra', 'uppgift tilldela'],
  summaryKey: 'command.taskAssign.summary',
  usageKey: 'command.taskAssign.usage',
  roles: ['coordinator', 'admin'],
  args: {
    positional: {
      id: positional(argumentTypes.id(), 'interventions.arg.id'),
      owner: positional(email(), 'interventions.arg.owner'),
    },
  },
  async run(context, { id, owner }) {
    const { t } = context;
    const result = await context.services.interventions.assign(context.person, id, owner, context.now);
    const params = { id, title: result.after.title, owner };
    const blocks: Block[] = [text(t(result.changed ? 'interventions.outcome.assigned' : 'interventions.outcome.alreadyAssigned', params))];
    if (!result.after.ownerReachable) blocks.push(note(t('interventions.ownerCannotBeReached', { owner })));
    return personal(blocks);
  },
});

const HISTORY_FIELDS = ['title', 'description', 'owner', 'dueDate', 'status', 'policy', 'category', 'completedAt', 'snoozedUntil'] as const;

function historyValue(context: CommandContext, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (field === 'status') return context.t(`interventions.status.${value as Intervention['status']}`);
  if (field === 'dueDate') return formatDate(String(value), context.locale);
  if (field === 'completedAt' || field === 'snoozedUntil') return snoozeEnd(context, new Date(String(value)));
  return String(value);
}

export const taskHistoryCommand = defineCommand({
  name: 'task history',
  alias: 'tehtävä historia',
  aliases: ['tehtava historia', 'uppgift historik'],
  summaryKey: 'command.taskHistory.summary',
  usageKey: 'command.taskHistory.usage',
  args: idArgs,
  async run(context, { id }) {
    const { t } = context;
    const intervention = await context.services.interventions.visible(context.person, id);
    const entries = await context.services.interventions.history(context.person, id);
    const items = entries.map((entry) => {
      const changes = HISTORY_FIELDS.filter((field) => field in entry.changes).map((field) => {
        const [before, after] = entry.changes[field]!;
        return `${t(`interventions.field.${field}`)}: ${historyValue(context, field, before)} → ${historyValue(context, field, after)}`;
      });
      const who = entry.actorName ?? t('interventions.history.keino');
      return `${formatDateTime(entry.at, context.timeZone, context.locale)} · ${who} · ${t(historyActionKey(entry.action))}: ${changes.join('; ')}`;
    });
    return personal([heading(t('interventions.history.heading', { id, title: intervention.title })), { type: 'list', items }]);
  },
});

function historyActionKey(action: string) {
  const known = ['created', 'imported', 'completed', 'started', 'snoozed', 'assigned'] as const;
  return `interventions.action.${(known as readonly string[]).includes(action) ? (action as (typeof known)[number]) : 'changed'}` as const;
}

async function outcomeOf(context: CommandContext, place: ButtonPlace, intervention: Intervention, outcome: string): Promise<ActionOutcome> {
  // On a nudge (or an escalation): the same message, its buttons replaced by what was done.
  if (place === 'nudge') return { update: nudgeMessage(context, intervention, { outcome }) };
  return { update: await myTasks(context, outcome) };
}

/** A button that changes the intervention, then shows what it did where it was clicked. */
function changeAction(
  button: (typeof INTERVENTION_BUTTONS)[keyof typeof INTERVENTION_BUTTONS],
  change: (context: CommandContext, interventionId: number) => Promise<ChangeResult>,
  describe: (context: CommandContext, result: ChangeResult) => string,
) {
  return defineAction({
    id: button.id,
    codec: button.codec,
    async run(context, { id: interventionId, place }) {
      const result = await change(context, interventionId);
      return outcomeOf(context, place, result.after, describe(context, result));
    },
  });
}

export const doneAction = changeAction(
  INTERVENTION_BUTTONS.done,
  (context, id) => context.services.interventions.complete(context.person, id, context.now),
  doneOutcome,
);
export const startAction = changeAction(
  INTERVENTION_BUTTONS.start,
  (context, id) => context.services.interventions.start(context.person, id, context.now),
  startOutcome,
);
export const snoozeWeekAction = changeAction(INTERVENTION_BUTTONS.snoozeWeek, (context, id) => snooze(context, id, { minutes: WEEK_MINUTES }), snoozeOutcome);

/** The date form; it carries the intervention and the message the button was on, to update it afterwards. */
function snoozeForm(context: CommandContext, intervention: Intervention, carried: SnoozeContext, error?: string): Form {
  const { t } = context;
  return {
    kind: 'form',
    formId: SNOOZE_FORM,
    title: t('interventions.form.snoozeTitle'),
    submitLabel: t('interventions.form.snoozeSubmit'),
    fields: [
      {
        name: 'date',
        label: t('interventions.form.snoozeDate'),
        kind: 'date',
        required: true,
        hint: `#${intervention.id} ${intervention.title}`.slice(0, 150),
      },
    ],
    context: snoozeUntilForm.contextText(carried),
    errors: error ? { date: error } : undefined,
  };
}

export const snoozeUntilAction = defineAction({
  id: INTERVENTION_BUTTONS.snoozeUntil.id,
  codec: INTERVENTION_BUTTONS.snoozeUntil.codec,
  async run(context, { id, place }, source) {
    const intervention = await context.services.interventions.visible(context.person, id);
    return { reply: snoozeForm(context, intervention, { id, place, ...(source ? { source } : {}) }) };
  },
});

/** The snooze form's context: the intervention, and the message the button was on, to update it afterwards. */
const snoozeContext = z.object({ id: z.number().int().positive(), place: z.enum(BUTTON_PLACES).optional(), source: messageRefSchema.optional() });
type SnoozeContext = z.infer<typeof snoozeContext>;

export const snoozeUntilForm = defineForm({
  id: SNOOZE_FORM,
  context: jsonValue(snoozeContext),
  async submit(context, values, carried): Promise<Reply> {
    const date = parseLocalDate((values.date ?? '').trim());
    if (!date) {
      const intervention = await context.services.interventions.visible(context.person, carried.id);
      return snoozeForm(context, intervention, carried, context.t('arg.date'));
    }
    const result = await snooze(context, carried.id, { date });
    const outcome = snoozeOutcome(context, result);
    const source = carried.source;
    if (source && carried.place) {
      const gateway = context.services.gateways.get(source.platform);
      const { update } = await outcomeOf(context, carried.place, result.after, outcome);
      if (gateway && update && update.kind === 'message') {
        await gateway
          .updateMessage({ platform: source.platform, conversation: source.conversation, messageId: source.messageId }, update)
          .catch(() => undefined);
      }
    }
    return personal([text(outcome)]);
  },
});

/** The person's next interventions on their home. */
export const interventionsHomeSection = defineHomeSection({
  id: 'interventions',
  order: 30,
  async render(context) {
    const mine = await context.services.interventions.mine(context.person);
    if (mine.length === 0) return [];
    return [
      heading(context.t('interventions.mine.heading')),
      ...interventionList(context, mine, { max: 3 }),
      { type: 'buttons', buttons: [{ label: context.t('interventions.home.all'), actionId: COMMAND_ACTION, value: 'tasks' }] },
    ];
  },
});

export function registerInterventionCommands(registry: CommandRegistry): void {
  registry
    .addCommand(tasksCommand)
    .addCommand(tasksOrgCommand)
    .addCommand(doneCommand)
    .addCommand(snoozeCommand)
    .addCommand(taskAddCommand)
    .addCommand(taskAssignCommand)
    .addCommand(taskStartCommand)
    .addCommand(taskHistoryCommand)
    .addCommand(taskScheduleCommand);
  registry.addAction(doneAction).addAction(startAction).addAction(snoozeWeekAction).addAction(snoozeUntilAction);
  registry.addAction(askGroupAction).addForm(askGroupForm);
  registry.addForm(snoozeUntilForm);
  registry.addHomeSection(interventionsHomeSection);
  registry.addFileImport(interventionFileImport);
}
