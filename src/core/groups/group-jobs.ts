import { z } from 'zod';
import { actionButtons, actionValue, part } from '../commands/action-value.js';
import { conversationKey } from '../commands/conversation.js';
import type { Delivery, JobDelivery, MessageContent, RecipientContext } from '../delivery/delivery.js';
import { PermanentJobError, type ClaimedJob } from '../jobs/job.js';
import type { Jobs } from '../jobs/jobs.js';
import { enqueueNextOccurrence, occurrenceFields, occurrenceOf } from '../jobs/recurring.js';
import { defineJob } from '../jobs/job-definition.js';
import * as field from '../jobs/payload-schemas.js';
import { translator } from '../i18n/translator.js';
import type { Locale } from '../i18n/locale.js';
import { heading, personal, shared, text, type Message } from '../messages/message.js';
import type { PeopleStore } from '../people/people-store.js';
import { silentLogger, type Logger } from '../ports/logger.js';
import { DeliveryError, type PlatformGateways } from '../ports/platform-gateway.js';
import type { KeinoServices } from '../services.js';
import { addDays, localDateOf, localTimeOf, localToUtc } from '../time/local-time.js';
import type { Recurrence } from '../time/recurrence.js';
import { FINNISH_WORKING_DAYS } from '../time/working-days.js';
import { formatDateFromToday } from '../time/format.js';
import { groupName, type Group, type GroupPrompt } from './group.js';
import type { GroupService } from './group-service.js';
import { MET_ANSWERS, type PairingPair, type PairingRound } from './pairing-store.js';

/** The button on a check-in: value "<pair id>:<yes|planned|no>". */
/** "Did you meet?": the pair's id and the answer given ("12:yes"). */
export const MET = actionButtons('groups.pairing-met', actionValue({ pairId: part.id(), answer: part.oneOf(MET_ANSWERS) }));

/** A week after the round, Keino asks whether the pair met. */
const CHECK_IN_DAYS = 7;

/** Key prefix of a group's round jobs: cancelling it stops the group's pending rounds. */
export function roundKeyPrefix(groupId: number): string {
  return `pairing:${groupId}:`;
}

export function promptKeyPrefix(promptId: number): string {
  return `group-prompt:${promptId}`;
}

/**
 * Round `round` of a group's pairing. The key names the group, the round and its local date, so the
 * same round scheduled twice (a retry, another instance) is one job; what the round sends is keyed
 * by the round itself, so even a round scheduled at two times sends once.
 */
export const pairingRoundJob = defineJob({
  kind: 'groups.pairing-round',
  payload: z.object({
    groupId: field.id,
    round: z.number().int(),
    /** When the round is due (ISO): a retry moves the job's due time, not the round's. */
    at: field.isoInstant,
    /** The zone whose wall clock the rounds keep (09:00 stays 09:00 across DST). */
    zone: z.string(),
  }),
  key: ({ groupId, round, at, zone }) => `${roundKeyPrefix(groupId)}${round}:${localDateOf(new Date(at), zone)}`,
});

/** A week after a round: did the pairs meet? One a round. */
export const pairingCheckInJob = defineJob({
  kind: 'groups.pairing-checkin',
  payload: z.object({ roundId: field.id }),
  key: ({ roundId }) => `pairing-checkin:${roundId}`,
});

/** One occurrence of a group's recurring prompt, keyed by its local date. */
export const groupPromptJob = defineJob({
  kind: 'groups.prompt',
  payload: z.object({ promptId: field.id, ...occurrenceFields }),
  key: ({ promptId, occurrence }) => `${promptKeyPrefix(promptId)}:${occurrence}`,
});

type RoundPayload = z.output<typeof pairingRoundJob.payload>;

/** The same wall-clock time some calendar days later, in a zone. */
export function sameLocalTimeAfter(at: Date, days: number, zone: string): Date {
  return localToUtc(addDays(localDateOf(at, zone), days), localTimeOf(at, zone), zone);
}

/** Schedules round `round` of a group at `at` (see pairingRoundJob), on a working day. */
export async function scheduleRound(jobs: Jobs, payload: Omit<RoundPayload, 'at'> & { at: Date }): Promise<void> {
  const dueAt = onWorkingDay(payload.at, payload.zone);
  const job = pairingRoundJob.job({ ...payload, at: payload.at.toISOString() }, { dueAt });
  const { created } = await jobs.enqueue(job);
  // A round turned off and on again on the same day: its cancelled job comes back.
  if (!created) await jobs.reschedule(job.key, dueAt);
}

/**
 * A group's send meant for a weekend or a Finnish holiday goes at the same wall-clock time on the
 * next working day. Groups span organisations, so only the national calendar applies.
 */
export function onWorkingDay(at: Date, zone: string): Date {
  const date = localDateOf(at, zone);
  const sendDate = FINNISH_WORKING_DAYS.workingDayOnOrAfter(date);
  return sendDate === date ? at : localToUtc(sendDate, localTimeOf(at, zone), zone);
}

export function promptRule(prompt: Pick<GroupPrompt, 'weekday' | 'time'>): Recurrence {
  return { every: 'week', weekday: prompt.weekday, time: prompt.time };
}

/** Enqueues the prompt's next occurrence strictly after `after`. */
export function schedulePrompt(jobs: Jobs, prompt: GroupPrompt, after: Date) {
  return enqueueNextOccurrence(jobs, {
    definition: groupPromptJob,
    rule: promptRule(prompt),
    zone: prompt.timeZone,
    after,
    payload: { promptId: prompt.id },
    sendDateOf: (occurrence) => FINNISH_WORKING_DAYS.workingDayOnOrAfter(occurrence.localDate),
  });
}

/** A conversation starter from the group's theme, in the reader's language (or a general one). */
function starterFor(group: Group, locale: Locale, index: number): string {
  const own = group.starters[locale] ?? group.starters[group.language] ?? [];
  const t = translator(locale);
  const starters = own.length > 0 ? own : [t('pairing.starter.1'), t('pairing.starter.2'), t('pairing.starter.3')];
  return starters[index % starters.length]!;
}

interface Deps {
  jobs: Jobs;
  delivery: Delivery;
  groups: GroupService;
  people: PeopleStore;
  gateways: PlatformGateways;
  logger: Logger;
}

/** A send that can never succeed (the person left Slack) is logged and the others go on; anything else retries the job. */
async function sendEach<T>(items: T[], send: (item: T) => Promise<unknown>, logger: Logger, what: string): Promise<void> {
  for (const item of items) {
    try {
      await send(item);
    } catch (error) {
      if (error instanceof DeliveryError && error.permanent) {
        logger.warn({ err: error, item }, `${what}: not delivered`);
        continue;
      }
      throw error;
    }
  }
}

async function describePeople(people: PeopleStore, ids: number[]): Promise<Map<number, string>> {
  const described = new Map<number, string>();
  for (const id of ids) {
    const person = await people.findById(id);
    if (!person) continue;
    const organisation = person.organisationId === null ? undefined : (await people.organisation(person.organisationId))?.name;
    described.set(id, organisation ? `**${person.name}** (${organisation})` : `**${person.name}**`);
  }
  return described;
}

function othersIn(pair: PairingPair, personId: number, described: Map<number, string>, t: RecipientContext['t']): string {
  const names = pair.members.filter((member) => member.personId !== personId).map((member) => described.get(member.personId) ?? '?');
  return names.length === 1 ? names[0]! : t('pairing.andJoin', { first: names.slice(0, -1).join(', '), last: names.at(-1)! });
}

function introduction(
  group: Group,
  round: PairingRound,
  pair: PairingPair,
  pairIndex: number,
  personId: number,
  described: Map<number, string>,
): MessageContent {
  return ({ t, locale }) =>
    personal([
      heading(t('pairing.introHeading', { name: groupName(group, locale) })),
      text(t(pair.members.length === 3 ? 'pairing.introTrio' : 'pairing.intro', { others: othersIn(pair, personId, described, t) })),
      text(t('pairing.starter', { starter: starterFor(group, locale, round.number + pairIndex) })),
    ]);
}

/** The question a week after a round: did the pair meet? */
export function checkInMessage(
  group: Group,
  round: PairingRound,
  pair: PairingPair,
  personId: number,
  described: Map<number, string>,
  now: Date,
): (recipient: RecipientContext) => Message {
  return ({ t, locale, timeZone }) =>
    personal([
      text(
        t('pairing.checkIn', {
          others: othersIn(pair, personId, described, t),
          name: groupName(group, locale),
          // From the day the round went out (moved off a holiday, perhaps), as the reader's calendar counts.
          ago: formatDateFromToday(localDateOf(onWorkingDay(round.dueAt, timeZone), timeZone), now, timeZone, locale),
        }),
      ),
      {
        type: 'buttons',
        buttons: [
          MET.button(t('pairing.answer.yes'), { pairId: pair.id, answer: 'yes' }, 'primary'),
          MET.button(t('pairing.answer.planned'), { pairId: pair.id, answer: 'planned' }),
          MET.button(t('pairing.answer.no'), { pairId: pair.id, answer: 'no' }),
        ],
      },
    ]);
}

async function runRound(deps: Deps, job: ClaimedJob<RoundPayload>): Promise<void> {
  const { groupId, round: number, zone } = job.payload;
  const at = new Date(job.payload.at);
  const group = await deps.groups.groupStore.findById(groupId);
  const settings = await deps.groups.pairing.settings(groupId);
  // Archived, or pairing turned off since: the rhythm stops here (turning it on schedules anew).
  if (group?.state !== 'active' || !settings || settings.paused) return;

  const round = await deps.groups.pairing.prepareRound(group, number, at, zone);
  // The next round and the check-in first: a send failing below must not stop the rhythm.
  const next = sameLocalTimeAfter(round.dueAt, 7 * settings.cadenceWeeks, zone);
  await scheduleRound(deps.jobs, { groupId, round: number + 1, at: next, zone });
  await deps.groups.pairing.pairingStore.setNextRoundAt(groupId, next);
  if (round.pairs.length > 0) {
    // A week after the round as it was sent (moved off a holiday, perhaps).
    const dueAt = onWorkingDay(sameLocalTimeAfter(onWorkingDay(round.dueAt, zone), CHECK_IN_DAYS, zone), zone);
    await deps.jobs.enqueue(pairingCheckInJob.job({ roundId: round.id }, { dueAt }));
  }

  const described = await describePeople(
    deps.people,
    round.pairs.flatMap((pair) => pair.members.map((member) => member.personId)),
  );
  const sends = round.pairs.flatMap((pair, pairIndex) => pair.members.map((member) => ({ pair, pairIndex, personId: member.personId })));
  await sendEach(
    sends,
    ({ pair, pairIndex, personId }) =>
      // Keyed by the round, not the job: a round scheduled twice introduces each pair once.
      deps.delivery.sendToPerson(personId, introduction(group, round, pair, pairIndex, personId, described), {
        key: `pairing:${groupId}:${number}#pair:${pair.id}:person:${personId}`,
        jobId: job.id,
        hours: 'scheduled',
      }),
    deps.logger,
    'pairing introduction',
  );
}

async function runCheckIn(deps: Deps, job: ClaimedJob<z.output<typeof pairingCheckInJob.payload>>, now: Date): Promise<void> {
  const round = await deps.groups.pairing.pairingStore.roundById(job.payload.roundId);
  if (!round) throw new PermanentJobError(`job ${job.key}: no round ${job.payload.roundId}`);
  const group = await deps.groups.groupStore.findById(round.groupId);
  if (group?.state !== 'active') return;
  const described = await describePeople(
    deps.people,
    round.pairs.flatMap((pair) => pair.members.map((member) => member.personId)),
  );
  const send: JobDelivery = deps.delivery.forJob(job, { hours: 'scheduled' });
  const sends = round.pairs.flatMap((pair) =>
    pair.members.filter((member) => member.metAnswer === null).map((member) => ({ pair, personId: member.personId })),
  );
  await sendEach(
    sends,
    ({ pair, personId }) => send.sendToPerson(personId, checkInMessage(group, round, pair, personId, described, now)),
    deps.logger,
    'pairing check-in',
  );
}

/** The prompt as posted: in the group's own language, so everyone in the channel reads the same. */
export function promptMessage(group: Group, prompt: Pick<GroupPrompt, 'text'>): Message {
  const t = translator(group.language);
  return shared([heading(t('prompts.postHeading', { name: groupName(group, group.language) })), text(prompt.text)]);
}

async function runPrompt(deps: Deps, job: ClaimedJob<z.output<typeof groupPromptJob.payload>>): Promise<void> {
  const prompt = await deps.groups.groupStore.prompt(job.payload.promptId);
  if (!prompt) throw new PermanentJobError(`job ${job.key}: no prompt ${job.payload.promptId}`);
  const group = await deps.groups.groupStore.findById(prompt.groupId);
  if (prompt.cancelledAt || !group || group.state !== 'active') return;
  const occurrence = occurrenceOf(job.payload);
  // The next occurrence first, keyed by its local date: a retry or another instance makes no second one.
  await schedulePrompt(deps.jobs, prompt, occurrence.at);
  const send = deps.delivery.forJob(job);
  const channels = await deps.groups.channels(group);
  // A channel on a platform this deployment no longer serves is skipped, not retried for an hour.
  const reachable = channels.filter((channel) => deps.gateways.get(channel.platform));
  if (reachable.length < channels.length) {
    deps.logger.warn(
      { prompt: prompt.id, skipped: channels.filter((channel) => !reachable.includes(channel)).map(conversationKey) },
      'group prompt: no gateway for a linked channel',
    );
  }
  await sendEach(reachable, (channel) => send.sendToConversation(channel, promptMessage(group, prompt)), deps.logger, 'group prompt');
}

/** Registers the groups' scheduled work: pairing rounds, check-ins and prompts. */
export function registerGroupJobs(services: Pick<KeinoServices, 'jobs' | 'delivery' | 'groups' | 'people' | 'gateways'>, logger: Logger = silentLogger): void {
  const deps: Deps = {
    jobs: services.jobs,
    delivery: services.delivery,
    groups: services.groups,
    people: services.people.peopleStore,
    gateways: services.gateways,
    logger,
  };
  services.jobs.handle(pairingRoundJob, (job) => runRound(deps, job));
  services.jobs.handle(pairingCheckInJob, (job, { now }) => runCheckIn(deps, job, now));
  services.jobs.handle(groupPromptJob, (job) => runPrompt(deps, job));
}
