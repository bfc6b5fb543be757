import { positional } from '../commands/arguments.js';
import { argumentTypes } from '../commands/argument-types.js';
import { COMMAND_ACTION, defineCommand, defineHomeSection, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { heading, note, personal, text, type Block, type Message } from '../messages/message.js';
import type { RsvpAnswer } from './academy-store.js';
import type { RsvpOutcome } from './academy-service.js';
import { registerSessionAdminCommands } from './session-admin-commands.js';
import { answerLabel, sessionBlocks } from './session-blocks.js';
import { describeWhen } from './session-time.js';

const ANSWERS: Record<string, RsvpAnswer> = {
  yes: 'going',
  y: 'going',
  going: 'going',
  kyllä: 'going',
  kylla: 'going',
  joo: 'going',
  tulen: 'going',
  ja: 'going',
  maybe: 'maybe',
  ehkä: 'maybe',
  ehka: 'maybe',
  kanske: 'maybe',
  no: 'declined',
  n: 'declined',
  ei: 'declined',
  nej: 'declined',
};

export const sessionsCommand = defineCommand({
  name: 'sessions',
  alias: 'tilaisuudet',
  aliases: ['träffar'],
  summaryKey: 'command.sessions.summary',
  usageKey: 'command.sessions.usage',
  args: {},
  async run(context) {
    const { sessions, more } = await context.services.academy.upcoming(context.person, context.now);
    if (sessions.length === 0) return personal([text(context.t('academy.sessions.none'))]);
    const blocks: Block[] = [heading(context.t('academy.sessions.heading'))];
    for (const overview of sessions) blocks.push(...sessionBlocks(context, overview));
    if (more > 0) blocks.push(note(context.t('academy.sessions.more', { count: more })));
    return personal(blocks);
  },
});

/** The answer to an RSVP, with the calendar file that puts the session in (or takes it out of) a calendar. */
async function rsvpReply(context: CommandContext, outcome: RsvpOutcome): Promise<Message> {
  const { t, services, person, now } = context;
  const { session, status, previous } = outcome;
  const params = { title: session.title, when: describeWhen(session, context) };
  const blocks: Block[] = [];
  let calendar = false;
  switch (status) {
    case 'going':
    case 'maybe':
      blocks.push(text(t(`academy.rsvp.${status}`, params)));
      calendar = true;
      break;
    case 'waiting':
      blocks.push(text(t('academy.rsvp.waiting', { title: session.title, place: outcome.waitingPlace ?? 0 })));
      break;
    case 'declined': {
      const hadEntry = previous === 'going' || previous === 'maybe';
      blocks.push(text(hadEntry ? `${t('academy.rsvp.declined', params)} ${t('academy.rsvp.removedFromCalendar')}` : t('academy.rsvp.declined', params)));
      calendar = hadEntry;
      break;
    }
  }
  if (outcome.promoted) blocks.push(note(t('academy.rsvp.placeFreed')));
  const reply = personal(blocks);
  if (calendar) reply.attachments = [await services.academy.invitationFor(session, person, status, t, now)];
  return reply;
}

export const rsvpCommand = defineCommand({
  name: 'rsvp',
  alias: 'ilmoittaudu',
  aliases: ['anmäl', 'anmal'],
  summaryKey: 'command.rsvp.summary',
  usageKey: 'command.rsvp.usage',
  args: {
    positional: {
      id: positional(argumentTypes.id(), 'academy.arg.id'),
      answer: positional(argumentTypes.oneOf(ANSWERS, ['kyllä', 'ehkä', 'ei', 'yes', 'maybe', 'no', 'ja', 'kanske', 'nej']), 'academy.arg.answer'),
    },
  },
  async run(context, { id, answer }) {
    const outcome = await context.services.academy.rsvp(id, context.person, answer, context.now);
    return rsvpReply(context, outcome);
  },
});

/** The home's academy section: the sessions the person is coming to, maybe coming to, or waiting for. */
export const academyHomeSection = defineHomeSection({
  id: 'academy',
  order: 30,
  async render(context) {
    const { t } = context;
    const mine = await context.services.academy.registrationsOf(context.person, context.now);
    const showSessions: Block = { type: 'buttons', buttons: [{ label: t('academy.home.showSessions'), actionId: COMMAND_ACTION, value: 'sessions' }] };
    if (mine.length === 0) return [heading(t('academy.home.heading')), note(t('academy.home.none')), showSessions];
    const items = mine.map(
      (overview) =>
        `**#${overview.session.id} ${overview.session.title}**, ${describeWhen(overview.session, context)}: ${answerLabel(context, overview.mine!)}`,
    );
    return [heading(t('academy.home.heading')), { type: 'list', items }, showSessions];
  },
});

export function registerAcademy(registry: CommandRegistry): void {
  registry.addCommand(sessionsCommand).addCommand(rsvpCommand);
  registerSessionAdminCommands(registry);
  registry.addHomeSection(academyHomeSection);
}
