import { option, positional } from '../commands/arguments.js';
import { argumentTypes, parseDurationMinutes, parseLocalTime } from '../commands/argument-types.js';
import { defineCommand, defineForm, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { KeinoError } from '../errors.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { chartBlock, heading, note, personal, text, type Block, type Form, type FormField, type Reply } from '../messages/message.js';
import { registrationsChart } from './session-charts.js';
import type { AcademySession } from './academy-store.js';
import { FIELD_ORDER, type FieldProblem, type SessionField, type SessionInput } from './session-input.js';
import { describeWhen } from './session-time.js';

export const SESSION_FORM_ID = 'academy.session.add';

const FORM_FIELDS: { name: SessionField; kind: FormField['kind']; required?: boolean; hint?: MessageKey; maxLength?: number }[] = [
  { name: 'title', kind: 'text', required: true, maxLength: 200 },
  { name: 'date', kind: 'date', required: true },
  { name: 'time', kind: 'time', required: true },
  { name: 'end', kind: 'time', hint: 'academy.form.end.hint' },
  { name: 'place', kind: 'text', maxLength: 500 },
  { name: 'capacity', kind: 'number', hint: 'academy.form.capacity.hint' },
  { name: 'theme', kind: 'text', maxLength: 100 },
  { name: 'cohort', kind: 'text', maxLength: 100 },
  { name: 'facilitator', kind: 'text', maxLength: 200 },
  { name: 'description', kind: 'textarea', maxLength: 2000 },
];

/** The new-session form: a Slack modal, a Teams card, prompts in the console. */
export function sessionForm(context: CommandContext, values: SessionInput = {}, errors?: Record<string, string>): Form {
  const { t } = context;
  return {
    kind: 'form',
    formId: SESSION_FORM_ID,
    title: t('academy.form.title'),
    submitLabel: t('academy.form.submit'),
    fields: FORM_FIELDS.map((field) => ({
      name: field.name,
      label: t(`academy.form.${field.name}.label`),
      kind: field.kind,
      required: field.required,
      hint: field.hint ? t(field.hint) : undefined,
      maxLength: field.maxLength,
      initial: values[field.name],
    })),
    errors,
  };
}

const describe = (context: CommandContext, problem: FieldProblem) => context.t(problem.key, problem.params);

function scheduledReply(context: CommandContext, session: AcademySession): Reply {
  return personal([
    text(context.t('academy.added', { id: session.id, title: session.title, when: describeWhen(session, context) })),
    note(context.t('academy.addedHowToAnswer', { id: session.id })),
  ]);
}

async function audit(context: CommandContext, action: string, session: AcademySession): Promise<void> {
  await context.services.audit.record({ actorPersonId: context.person.id, action, target: `academy_session:${session.id}`, details: { title: session.title } });
}

/** Submitted form: validated by the same rules as the command; problems go back on their fields. */
export const sessionFormDefinition = defineForm({
  id: SESSION_FORM_ID,
  roles: ['admin'],
  async submit(context, values) {
    const input: SessionInput = {};
    for (const field of FORM_FIELDS) if (typeof values[field.name] === 'string') input[field.name] = values[field.name];
    const result = await context.services.academy.schedule(input, context.person, context.timeZone, context.now);
    if (!result.ok) {
      const errors = Object.fromEntries(Object.entries(result.problems).map(([field, problem]) => [field, describe(context, problem!)]));
      return sessionForm(context, input, errors);
    }
    await audit(context, 'academy.session.add', result.session);
    return scheduledReply(context, result.session);
  },
});

/** A fourth word that reads as a duration (90m) or an end time (12:00) is the end; otherwise it is the place. */
function isEnd(word: string): boolean {
  return parseDurationMinutes(word) !== undefined || parseLocalTime(word) !== undefined;
}

const raw = (max: number) => argumentTypes.text(max);

export const sessionAddCommand = defineCommand({
  name: 'session add',
  alias: 'tilaisuus lisää',
  aliases: ['tilaisuus lisaa', 'träff lägg till'],
  summaryKey: 'command.sessionAdd.summary',
  usageKey: 'command.sessionAdd.usage',
  roles: ['admin'],
  args: {
    positional: {
      title: positional(raw(1000), 'academy.arg.title'),
      date: positional(raw(40), 'academy.arg.date'),
      time: positional(raw(40), 'academy.arg.time'),
      endOrPlace: positional(raw(1000), 'academy.arg.end').optional(),
      place: positional(raw(1000), 'academy.arg.place').optional(),
    },
    options: {
      capacity: option(raw(40), 'academy.arg.capacity', ['paikat', 'kapasiteetti', 'platser', 'kapacitet']),
      theme: option(raw(1000), 'academy.arg.theme', ['teema', 'tema']),
      cohort: option(raw(1000), 'academy.arg.cohort', ['kohortti', 'kohort']),
      facilitator: option(raw(1000), 'academy.arg.facilitator', ['fasilitaattori', 'vetäjä', 'vetaja']),
      description: option(raw(4000), 'academy.arg.description', ['kuvaus', 'beskrivning']),
    },
  },
  form: async (context) => sessionForm(context),
  async run(context, args) {
    const endGiven = args.endOrPlace !== undefined && (args.place !== undefined || isEnd(args.endOrPlace));
    const input: SessionInput = {
      title: args.title,
      date: args.date,
      time: args.time,
      end: endGiven ? args.endOrPlace : undefined,
      place: endGiven ? args.place : args.endOrPlace,
      capacity: args.capacity,
      theme: args.theme,
      cohort: args.cohort,
      facilitator: args.facilitator,
      description: args.description,
    };
    const result = await context.services.academy.schedule(input, context.person, context.timeZone, context.now);
    if (!result.ok) {
      const field = FIELD_ORDER.find((name) => result.problems[name])!;
      const problem = result.problems[field]!;
      throw new KeinoError(`academy.invalid_${field}`, problem.key, problem.params);
    }
    await audit(context, 'academy.session.add', result.session);
    return scheduledReply(context, result.session);
  },
});

const idArgument = { id: positional(argumentTypes.id(), 'academy.arg.id') };

export const sessionCancelCommand = defineCommand({
  name: 'session cancel',
  alias: 'tilaisuus peru',
  aliases: ['tilaisuus peruuta', 'träff ställ in'],
  summaryKey: 'command.sessionCancel.summary',
  usageKey: 'command.sessionCancel.usage',
  roles: ['admin'],
  args: { positional: idArgument },
  async run(context, { id }) {
    const { session, registrations } = await context.services.academy.cancel(id, context.now);
    await audit(context, 'academy.session.cancel', session);
    return personal([text(context.t('academy.cancelledDone', { id, title: session.title, count: registrations.length }))]);
  },
});

export const sessionMoveCommand = defineCommand({
  name: 'session move',
  alias: 'tilaisuus siirrä',
  aliases: ['tilaisuus siirra', 'träff flytta'],
  summaryKey: 'command.sessionMove.summary',
  usageKey: 'command.sessionMove.usage',
  roles: ['admin'],
  args: {
    positional: {
      ...idArgument,
      date: positional(raw(40), 'academy.arg.date'),
      time: positional(raw(40), 'academy.arg.time'),
      end: positional(raw(40), 'academy.arg.end').optional(),
    },
  },
  async run(context, { id, date, time, end }) {
    const { session } = await context.services.academy.reschedule(id, { date, time, end }, context.timeZone, context.now);
    await audit(context, 'academy.session.move', session);
    return personal([text(context.t('academy.movedDone', { id, title: session.title, when: describeWhen(session, context) }))]);
  },
});

export const sessionAttendeesCommand = defineCommand({
  name: 'session attendees',
  alias: 'tilaisuus osallistujat',
  aliases: ['träff deltagare'],
  summaryKey: 'command.sessionAttendees.summary',
  usageKey: 'command.sessionAttendees.usage',
  args: { positional: idArgument },
  async run(context, { id }) {
    const { t, services } = context;
    const session = await services.academy.session(id);
    if (!services.academy.mayManage(context.person, session)) throw new KeinoError('auth.forbidden', 'academy.error.notFacilitator');
    const registrations = await services.academy.registrations(id);
    const blocks: Block[] = [heading(t('academy.attendees.heading', { id, title: session.title })), text(describeWhen(session, context))];
    if (session.state === 'cancelled') blocks.push(note(t('academy.attendees.cancelled')));
    const named = (status: 'going' | 'maybe' | 'waiting') => registrations.filter((registration) => registration.status === status);
    for (const status of ['going', 'maybe', 'waiting'] as const) {
      const list = named(status);
      if (list.length === 0) continue;
      blocks.push(text(t(`academy.attendees.${status}`, { count: list.length })));
      blocks.push({ type: 'list', items: list.map((registration) => registration.personName), ordered: status === 'waiting' });
    }
    const declined = registrations.filter((registration) => registration.status === 'declined').length;
    if (declined > 0) blocks.push(note(t('academy.attendees.declined', { count: declined })));
    if (registrations.length === 0) blocks.push(note(t('academy.attendees.none')));
    const cohort = await services.academy.cohortOf(session, context.person);
    const own = { session, going: named('going').length, maybe: named('maybe').length, waiting: named('waiting').length };
    if (registrations.length > 0 || cohort.length > 1) {
      blocks.splice(2, 0, chartBlock(registrationsChart(context, session, cohort.length > 0 ? cohort : [own])));
    }
    return personal(blocks);
  },
});

export function registerSessionAdminCommands(registry: CommandRegistry): void {
  registry
    .addCommand(sessionAddCommand)
    .addCommand(sessionCancelCommand)
    .addCommand(sessionMoveCommand)
    .addCommand(sessionAttendeesCommand)
    .addForm(sessionFormDefinition);
}
