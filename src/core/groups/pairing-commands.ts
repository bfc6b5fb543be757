import { positional } from '../commands/arguments.js';
import { argumentTypes, parseDurationMinutes } from '../commands/argument-types.js';
import { defineAction, defineCommand, type CommandContext } from '../commands/command.js';
import type { CommandRegistry } from '../commands/registry.js';
import { KeinoError } from '../errors.js';
import { heading, personal, text, type Block } from '../messages/message.js';
import { formatClock, formatDateTime } from '../time/format.js';
import { nextOccurrence } from '../time/recurrence.js';
import { groupName, type Group, type GroupPrompt } from './group.js';
import { typed, wordsOf } from './command-hint.js';
import { MET, onWorkingDay, promptKeyPrefix, roundKeyPrefix, scheduleRound, schedulePrompt } from './group-jobs.js';
import type { MetAnswer } from './pairing-store.js';

const WEEK_MINUTES = 7 * 24 * 60;
const MAX_CADENCE_WEEKS = 12;
const MAX_PAUSE_MINUTES = 366 * 24 * 60;
/** Rounds start on Monday mornings, local time. */
const ROUND_START = { every: 'week', weekday: 1, time: '09:00' } as const;

const EVERY = { every: 'every', joka: 'every', varje: 'every', var: 'every' } as const;
const OFF = { off: 'off', pois: 'off', av: 'off' } as const;

/** Weekday names as people write them in English, Finnish and Swedish → ISO weekday. */
const WEEKDAYS: Record<string, string> = {};
const WEEKDAY_SPELLINGS = [
  ['monday', 'mon', 'maanantai', 'maanantaisin', 'ma', 'måndag', 'mån', 'mandag'],
  ['tuesday', 'tue', 'tiistai', 'tiistaisin', 'ti', 'tisdag', 'tis'],
  ['wednesday', 'wed', 'keskiviikko', 'keskiviikkoisin', 'ke', 'onsdag', 'ons'],
  ['thursday', 'thu', 'torstai', 'torstaisin', 'to', 'torsdag', 'tors'],
  ['friday', 'fri', 'perjantai', 'perjantaisin', 'pe', 'fredag', 'fre'],
  ['saturday', 'sat', 'lauantai', 'lauantaisin', 'la', 'lördag', 'lör', 'lordag'],
  ['sunday', 'sun', 'sunnuntai', 'sunnuntaisin', 'su', 'söndag', 'sön', 'sondag'],
];
WEEKDAY_SPELLINGS.forEach((spellings, index) => {
  for (const spelling of spellings) WEEKDAYS[spelling] = String(index + 1);
});

const slugArg = positional(argumentTypes.slug(), 'groups.slugLabel');

function when(context: CommandContext, instant: Date): string {
  return formatDateTime(instant, context.timeZone, context.locale);
}

async function managedGroup(context: CommandContext, slug: string): Promise<Group> {
  const group = await context.services.groups.require(slug);
  await context.services.groups.requireManager(context.person, group, context.locale);
  return group;
}

function requireActive(context: CommandContext, group: Group): void {
  if (group.state === 'archived') throw new KeinoError('groups.archived', 'groups.alreadyArchived', { name: groupName(group, context.locale) });
}

/** Weeks from "2w", "2vk", "1v"; only whole weeks from 1 to 12. */
function cadenceWeeks(value: string | undefined): number {
  const minutes = value ? parseDurationMinutes(value) : undefined;
  const weeks = minutes ? minutes / WEEK_MINUTES : 0;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_CADENCE_WEEKS) throw new KeinoError('pairing.bad_cadence', 'pairing.badCadence');
  return weeks;
}

async function pairingStatus(context: CommandContext, group: Group): Promise<Block[]> {
  const { t, locale } = context;
  const pairing = context.services.groups.pairing;
  const settings = await pairing.settings(group.id);
  const name = groupName(group, locale);
  const lines: Block[] = [
    heading(name),
    text(
      settings && !settings.paused
        ? t('pairing.statusOn', { name, weeks: settings.cadenceWeeks, next: when(context, onWorkingDay(settings.nextRoundAt, context.timeZone)) })
        : t('pairing.statusOff', { name, command: typed(context, 'group pairing', `${group.slug} ${locale === 'fi' ? 'joka 2vk' : 'every 2w'}`) }),
    ),
  ];
  const rounds = await pairing.pairingStore.recentRounds(group.id, 6);
  if (rounds.length === 0) return [...lines, text(t('pairing.noRounds'))];
  const items = rounds.map((round) => {
    const answers = round.pairs.flatMap((pair) => pair.members.map((member) => member.metAnswer));
    const counted = (answer: MetAnswer | null) => answers.filter((candidate) => candidate === answer).length;
    return t('pairing.roundLine', {
      number: round.number,
      date: when(context, round.dueAt),
      pairs: round.pairs.length,
      yes: counted('yes'),
      planned: counted('planned'),
      no: counted('no'),
      open: counted(null),
    });
  });
  return [...lines, { type: 'list', items }];
}

export const groupPairingCommand = defineCommand({
  name: 'group pairing',
  alias: 'ryhmä parit',
  aliases: ['ryhma parit', 'grupp par'],
  summaryKey: 'command.groupPairing.summary',
  usageKey: 'command.groupPairing.usage',
  roles: ['admin', 'facilitator'],
  args: {
    positional: {
      slug: slugArg,
      mode: positional(argumentTypes.oneOf({ ...EVERY, ...OFF }, ['every', 'off']), 'pairing.modeLabel').optional(),
      cadence: positional(argumentTypes.word(), 'pairing.cadenceLabel').optional(),
    },
  },
  async run(context, { slug, mode, cadence }) {
    const { t, locale, person, services, now } = context;
    const group = await managedGroup(context, slug);
    const name = groupName(group, locale);
    if (!mode) return personal(await pairingStatus(context, group));

    const pairing = services.groups.pairing;
    const settings = await pairing.settings(group.id);
    if (mode === 'off') {
      if (!settings || settings.paused) throw new KeinoError('pairing.was_off', 'pairing.wasOff', { name });
      await services.transactions.atomically(async () => {
        await pairing.pairingStore.setPaused(group.id, true, person.id);
        await services.jobs.cancel({ prefix: roundKeyPrefix(group.id) });
        await services.audit.record({ actorPersonId: person.id, action: 'group.pairing.off', target: group.slug });
      });
      return personal([text(t('pairing.off', { name }))]);
    }

    requireActive(context, group);
    const weeks = cadenceWeeks(cadence);
    // A round already waiting keeps its time; otherwise the first round is next Monday morning.
    const first =
      settings && !settings.paused && settings.nextRoundAt.getTime() > now.getTime()
        ? settings.nextRoundAt
        : nextOccurrence(ROUND_START, now, context.timeZone).at;
    await services.transactions.atomically(async () => {
      const round = (await pairing.pairingStore.lastRoundNumber(group.id)) + 1;
      await pairing.pairingStore.saveSettings({ groupId: group.id, cadenceWeeks: weeks, nextRoundAt: first, paused: false }, person.id);
      await services.jobs.cancel({ prefix: roundKeyPrefix(group.id) });
      await scheduleRound(services.jobs, { groupId: group.id, round, at: first, zone: context.timeZone });
      await services.audit.record({ actorPersonId: person.id, action: 'group.pairing.on', target: group.slug, details: { weeks } });
    });
    return personal([text(t('pairing.on', { name, weeks, first: when(context, onWorkingDay(first, context.timeZone)) }))]);
  },
});

export const pausePairingCommand = defineCommand({
  name: 'pause pairing',
  alias: 'ryhmä tauko',
  aliases: ['ryhma tauko', 'parit tauko', 'pausa par'],
  summaryKey: 'command.pausePairing.summary',
  usageKey: 'command.pausePairing.usage',
  args: { positional: { length: positional(argumentTypes.word(), 'pairing.durationLabel') } },
  async run(context, { length }) {
    const { t, person, services, now } = context;
    const store = services.groups.pairing.pairingStore;
    if (Object.hasOwn(OFF, length.toLowerCase())) {
      if (!(await store.resume(person.id, now))) throw new KeinoError('pairing.not_paused', 'pairing.notPaused');
      return personal([text(t('pairing.resumed'))]);
    }
    const minutes = parseDurationMinutes(length);
    if (!minutes || minutes > MAX_PAUSE_MINUTES) throw new KeinoError('pairing.bad_pause', 'pairing.badPause');
    const until = new Date(now.getTime() + minutes * 60_000);
    await store.pause(person.id, until, now);
    const off = context.locale === 'fi' ? 'pois' : 'off';
    return personal([text(t('pairing.paused', { until: when(context, until), command: `\`${wordsOf(context, 'pause pairing')} ${off}\`` }))]);
  },
});

function describeWhen(context: CommandContext, prompt: Pick<GroupPrompt, 'weekday' | 'time'>): string {
  return context.t('prompts.when', { weekday: context.t(`weekday.${prompt.weekday}` as 'weekday.1'), time: formatClock(prompt.time, context.locale) });
}

export const groupPromptCommand = defineCommand({
  name: 'group prompt',
  alias: 'ryhmä kysymys',
  aliases: ['ryhma kysymys', 'grupp fråga', 'grupp fraga'],
  summaryKey: 'command.groupPrompt.summary',
  usageKey: 'command.groupPrompt.usage',
  roles: ['admin', 'facilitator'],
  args: {
    positional: {
      slug: slugArg,
      question: positional(argumentTypes.text(1000), 'prompts.textLabel').optional(),
      every: positional(argumentTypes.oneOf(EVERY, ['every']), 'prompts.everyLabel').optional(),
      weekday: positional(
        argumentTypes.oneOf(
          WEEKDAYS,
          WEEKDAY_SPELLINGS.map((spellings) => spellings[0]!),
        ),
        'prompts.weekdayLabel',
      ).optional(),
      time: positional(argumentTypes.time(), 'prompts.timeLabel').optional(),
    },
  },
  async run(context, { slug, question, every, weekday, time }) {
    const { t, locale, person, services, now } = context;
    const group = await managedGroup(context, slug);
    const name = groupName(group, locale);
    if (!question) {
      const prompts = await services.groups.groupStore.prompts(group.id);
      if (prompts.length === 0) return personal([heading(t('prompts.listHeading', { name })), text(t('prompts.none'))]);
      return personal([
        heading(t('prompts.listHeading', { name })),
        { type: 'list', items: prompts.map((prompt) => `#${prompt.id} ${describeWhen(context, prompt)}: ${prompt.text}`) },
      ]);
    }
    if (!every || !weekday || !time) {
      throw new KeinoError('args.missing', 'errors.badArgument', {}, (translate) =>
        translate('errors.badArgument', {
          problem: translate('errors.missingArgument', { name: translate('prompts.whenLabel') }),
          usage: translate('command.groupPrompt.usage'),
        }),
      );
    }
    requireActive(context, group);
    const { prompt, first } = await services.transactions.atomically(async () => {
      const created = await services.groups.groupStore.createPrompt(
        { groupId: group.id, text: question, weekday: Number(weekday), time, timeZone: context.timeZone },
        person.id,
      );
      const firstJob = await schedulePrompt(services.jobs, created, now);
      await services.audit.record({ actorPersonId: person.id, action: 'group.prompt', target: group.slug, details: { prompt: created.id } });
      return { prompt: created, first: firstJob };
    });
    const lines = [t('prompts.scheduled', { id: prompt.id, name, when: describeWhen(context, prompt), first: when(context, first.at) })];
    if ((await services.groups.channels(group)).length === 0) lines.push(t('prompts.noChannels', { command: typed(context, 'group link', group.slug) }));
    return personal([text(lines.join(' '))]);
  },
});

export const groupPromptCancelCommand = defineCommand({
  name: 'group prompt cancel',
  alias: 'ryhmä kysymys poista',
  aliases: ['ryhma kysymys poista', 'grupp fråga stoppa'],
  summaryKey: 'command.groupPromptCancel.summary',
  usageKey: 'command.groupPromptCancel.usage',
  roles: ['admin', 'facilitator'],
  args: { positional: { id: positional(argumentTypes.id(), 'prompts.idLabel') } },
  async run(context, { id }) {
    const { t, person, services, now } = context;
    const prompt = await services.groups.groupStore.prompt(id);
    const group = prompt && !prompt.cancelledAt ? await services.groups.groupStore.findById(prompt.groupId) : undefined;
    if (!prompt || !group) throw new KeinoError('prompts.unknown', 'prompts.unknown', { id });
    await services.groups.requireManager(person, group, context.locale);
    await services.transactions.atomically(async () => {
      await services.groups.groupStore.cancelPrompt(id, now);
      await services.jobs.cancel({ prefix: `${promptKeyPrefix(id)}:` });
      await services.audit.record({ actorPersonId: person.id, action: 'group.prompt.cancel', target: group.slug, details: { prompt: id } });
    });
    return personal([text(t('prompts.cancelled', { id }))]);
  },
});

/** A check-in button: "did you meet?" — kept for the facilitator's `group pairing <group>`. */
export const metAction = defineAction({
  id: MET.id,
  codec: MET.codec,
  async run(context, { pairId, answer }) {
    const { t, person, services, now } = context;
    const pair = await services.groups.pairing.pairingStore.pair(pairId);
    if (!pair) throw new KeinoError('action.unknown', 'errors.unknownAction');
    if (!(await services.groups.pairing.answer(pairId, person.id, answer, now))) throw new KeinoError('pairing.not_your_pair', 'pairing.notYourPair');
    // The buttons give way to the answer, so the question is not left open on the screen.
    return { update: personal([text(t('pairing.answered', { answer: t(`pairing.answer.${answer}`) }))]) };
  },
});

export function registerPairingCommands(registry: CommandRegistry): void {
  registry
    .addCommand(groupPairingCommand)
    .addCommand(pausePairingCommand)
    .addCommand(groupPromptCommand)
    .addCommand(groupPromptCancelCommand)
    .addAction(metAction);
}
