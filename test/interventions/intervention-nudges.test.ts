import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Message, Reply } from '../../src/core/messages/message.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { localDateOf } from '../../src/core/time/local-time.js';
import { FINNISH_WORKING_DAYS } from '../../src/core/time/working-days.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { RecordingGateway, type RecordedSend } from '../helpers/recording-gateway.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { becomes, directMessages, runJobsUntil, TestClock } from '../helpers/scheduled-time.js';

/**
 * A Kuopio plan imported on Monday 1 March 2027 and six weeks of a controlled clock, through the
 * scheduler's job runner, with recording gateways for Slack and Teams (the adapters' own tests
 * prove the HTTP side). Helsinki moves its clocks forward on 28 March 2027.
 */
const HELSINKI = 'Europe/Helsinki';
const PLAN = [
  'organisation;title;owner_email;due_date;status;policy;category',
  'Kuopion kaupunki;Hiilijalanjälki kriteeriksi;maija@kuopio.fi;2.4.2027;suunniteltu;Hiilineutraalius;Kuljetuspalvelut',
  'Kuopion kaupunki;Markkinavuoropuhelu;matti@kuopio.fi;20.3.2027;käynnissä;Innovatiiviset hankinnat;',
  'Kuopion kaupunki;Vuosikello julkiseksi;liisa@kuopio.fi;10.3.2027;valmis;;',
  'Kuopion kaupunki;Kestävyyskriteerit;tuntematon@kuopio.fi;25.3.2027;;;',
  'Pirkanmaan hyvinvointialue;Kasvisvaihtoehto;aino@pirha.fi;12.3.2027;;;',
].join('\r\n');

let database: TestDatabase;
let core: KeinoCore;
const time = new TestClock(new Date('2027-03-01T08:00:00Z')); // Monday, 10:00 in Helsinki
const clock = time.read;
let slack: RecordingGateway;
let teams: RecordingGateway;
let runner: JobRunner;
const ids: Record<string, number> = {};

function slackPerson(userId: string, name: string, email: string): Caller {
  return { identity: { platform: 'slack', tenantId: 'T1', userId }, loadProfile: async () => ({ name, email }) };
}
const maija = slackPerson('UMAIJA', 'Maija', 'maija@kuopio.fi');
const aino = slackPerson('UAINO', 'Aino', 'aino@pirha.fi');
const kaisa = slackPerson('UKAISA', 'Kaisa', 'kaisa@kuopio.fi');
const pekka = slackPerson('UPEKKA', 'Pekka', 'pekka@pirha.fi');
const matti: Caller = {
  identity: { platform: 'teams', tenantId: 'tenant', userId: 'aad-matti' },
  loadProfile: async () => ({ name: 'Matti', email: 'matti@kuopio.fi' }),
};
const dm = directMessages;
const say = (caller: Caller, text: string) => core.handleText({ caller, conversation: dm(caller), text, source: 'command' });

/** Moves the clock from due job to due job, ticking the runner at each, up to `until`. */
const runUntil = (until: string) => runJobsUntil({ db: database.db, runner, clock: time }, DateTime.fromISO(until, { zone: HELSINKI }).toJSDate());

const local = (at: Date) => DateTime.fromJSDate(at, { zone: HELSINKI }).toFormat('yyyy-MM-dd HH:mm');
const who = (send: RecordedSend) => send.identity?.userId ?? send.conversation.channelId;
const firstLine = (message: Message) => replyText(message).split('\n')[0]!;
/** Every send on both platforms, in time order (sends at the same minute by recipient). */
const everything = (): RecordedSend[] =>
  [...slack.sent, ...teams.sent].sort((a, b) => a.at.getTime() - b.at.getTime() || (`${who(a)} ${a.text}` < `${who(b)} ${b.text}` ? -1 : 1));
const escalationOf = (title: string) =>
  everything().find((send) => who(send) === 'UKAISA' && firstLine(send.message).includes(`myöhässä: #${ids[title]} ${title}`))!;

function buttonsOf(reply: Reply | undefined) {
  return reply?.kind === 'message' ? reply.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : [])) : [];
}

function lastSendTo(userId: string): RecordedSend {
  const sends = everything().filter((send) => who(send) === userId);
  return sends[sends.length - 1]!;
}

const click = (caller: Caller, send: RecordedSend, label: string) => {
  const button = buttonsOf(send.message).find((candidate) => candidate.label === label)!;
  expect(button, `a "${label}" button`).toBeDefined();
  return core.handleAction({
    caller,
    conversation: send.conversation,
    actionId: button.actionId,
    value: button.value ?? '',
    source: { platform: send.conversation.platform, conversation: send.conversation, messageId: send.messageId },
  });
};

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { clock });
  slack = new RecordingGateway('slack', clock);
  teams = new RecordingGateway('teams', clock);
  core.services.gateways.register(slack);
  core.services.gateways.register(teams);
  runner = new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'nudge-test' });

  await becomes(core, maija, 'member', 'Kuopion kaupunki');
  await becomes(core, kaisa, 'coordinator', 'Kuopion kaupunki');
  await becomes(core, aino, 'member', 'Pirkanmaan hyvinvointialue');
  await becomes(core, pekka, 'coordinator', 'Pirkanmaan hyvinvointialue');
  // Pirkanmaa wants one nudge three days ahead and one on the day, at 08:00; no chasing, no digest.
  expect(replyText(await say(pekka, 'tehtävä aikataulu ennen=3 klo=08:00 myöhässä=0 eskalointi=0 kooste=ei'))).toContain('Aikataulu tallennettu');

  await core.services.interventions.importCsv(PLAN, { actor: null, source: 'kuopio.csv' }, time.now);
  for (const row of rowsOf<{ id: number; title: string }>(await database.db.execute(sql`select id, title from interventions`)))
    ids[row.title.split(' ')[0]!] = row.id;
}, 60_000);
afterAll(async () => database?.drop());

describe('nudges through the scheduler', () => {
  it('sends exactly the nudges, escalations and digests the schedules say, at 09:00 Helsinki time on both sides of the DST change', async () => {
    // Matti writes to Keino on Teams for the first time the next day, and prefers English.
    time.now = new Date('2027-03-02T10:00:00Z');
    await say(matti, 'lang en');

    await runUntil('2027-03-10T10:00');
    // The plan is imported again with a new due date: the nudges move with it.
    await core.services.interventions.importCsv(PLAN.replace('2.4.2027', '9.4.2027'), { actor: null, source: 'kuopio.csv' }, time.now);

    await runUntil('2027-03-13T10:00');
    // Matti snoozes from his nudge until Monday 22 March, with the date form.
    const snoozeForm = (await click(matti, lastSendTo('aad-matti'), 'Snooze until…')).reply;
    expect(snoozeForm?.kind).toBe('form');
    const form = snoozeForm as Extract<Reply, { kind: 'form' }>;
    const confirmation = await core.handleForm({
      caller: matti,
      conversation: dm(matti),
      formId: form.formId,
      values: { date: '22.3.2027' },
      context: form.context,
    });
    expect(replyText(confirmation)).toMatch(/reminders snoozed until Mon 22 Mar 2027, 09:00/);
    // The nudge itself now shows the outcome instead of its buttons.
    const updated = teams.updates.at(-1)!;
    expect(updated.sent.messageId).toBe(lastSendTo('aad-matti').messageId);
    expect(buttonsOf(updated.message)).toEqual([]);
    expect(replyText(updated.message)).toContain('reminders snoozed until');

    await runUntil('2027-04-16T10:00');
    // Maija finishes hers from the nudge that came this morning.
    const done = await click(maija, lastSendTo('UMAIJA'), 'Valmis');
    expect(replyText(done.update!)).toMatch(/✅ #\d+ Hiilijalanjälki kriteeriksi on valmis \(merkitsi Maija\)/);
    expect(buttonsOf(done.update)).toEqual([]);
    await runUntil('2027-04-20T12:00');

    const sent = everything().map((send) => `${local(send.at)} ${who(send)} ${firstLine(send.message)}`);
    const hiili = `#${ids.Hiilijalanjälki} Hiilijalanjälki kriteeriksi`;
    const markkina = `#${ids.Markkinavuoropuhelu} Markkinavuoropuhelu`;
    const kestava = `#${ids.Kestävyyskriteerit} Kestävyyskriteerit`;
    const kasvis = `#${ids.Kasvisvaihtoehto} Kasvisvaihtoehto`;
    expect(sent).toEqual([
      `2027-03-05 09:00 aad-matti ⏰ Reminder: ${markkina}`, // 14 days before 20 March is a Saturday: the Friday before
      `2027-03-08 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki`,
      `2027-03-09 08:00 UAINO ⏰ Muistutus: ${kasvis}`, // Pirkanmaa: 3 days before, at 08:00
      `2027-03-12 08:00 UAINO ⏰ Muistutus: ${kasvis}`, // on the day; no chasing after it
      `2027-03-12 09:00 aad-matti ⏰ Reminder: ${markkina}`, // 7 days before (Saturday): Friday; then snoozed, so not on the 19th or the 20th
      `2027-03-15 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki`,
      `2027-03-22 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki`,
      `2027-03-22 09:00 aad-matti ⚠️ Overdue: ${markkina}`, // the snooze ends
      `2027-03-25 09:00 UMAIJA ⏰ Muistutus: ${hiili}`, // 14 days before the new due date, 9 April, is Good Friday: Thursday
      // Saturday 27 March's escalation and overdue nudge, and Easter Monday's digest: the Tuesday after Easter
      `2027-03-30 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki`, // summer time from here on
      `2027-03-30 09:00 UKAISA ⚠️ 10 päivää myöhässä: ${markkina}`, // escalation
      `2027-03-30 09:00 aad-matti ⚠️ Overdue: ${markkina}`, // weekly while overdue
      `2027-04-01 09:00 UKAISA ⚠️ 7 päivää myöhässä: ${kestava}`, // its owner cannot be reached: only the coordinator hears
      `2027-04-02 09:00 UMAIJA ⏰ Muistutus: ${hiili}`,
      `2027-04-05 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki`,
      `2027-04-05 09:00 aad-matti ⚠️ Overdue: ${markkina}`, // Saturdays' overdue nudges: the Monday after
      `2027-04-08 09:00 UMAIJA ⏰ Muistutus: ${hiili}`,
      `2027-04-09 09:00 UMAIJA ⏰ Muistutus: ${hiili}`,
      `2027-04-12 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki`,
      `2027-04-12 09:00 aad-matti ⚠️ Overdue: ${markkina}`,
      `2027-04-16 09:00 UKAISA ⚠️ 7 päivää myöhässä: ${hiili}`,
      `2027-04-16 09:00 UMAIJA ⚠️ Myöhässä: ${hiili}`, // done an hour later: no more
      `2027-04-19 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki`,
      `2027-04-19 09:00 aad-matti ⚠️ Overdue: ${markkina}`,
    ]);
    // No send on a weekend or a holiday.
    for (const send of everything()) expect(FINNISH_WORKING_DAYS.isDayOff(localDateOf(send.at, HELSINKI)), local(send.at)).toBe(false);
    // 09:00 in Helsinki is 07:00 UTC in winter and 06:00 UTC in summer.
    const utcHours = everything()
      .filter((send) => send.identity?.userId === 'aad-matti')
      .map((send) => send.at.toISOString().slice(0, 16));
    expect(utcHours).toEqual([
      '2027-03-05T07:00',
      '2027-03-12T07:00',
      '2027-03-22T07:00',
      '2027-03-30T06:00',
      '2027-04-05T06:00',
      '2027-04-12T06:00',
      '2027-04-19T06:00',
    ]);
    // Slack for Slack people, Teams for Matti.
    expect(new Set(teams.sent.map(who))).toEqual(new Set(['aad-matti']));
    // Nothing failed, nothing waits but the next occurrences.
    const overview = await core.services.jobs.overview();
    expect(overview.counts.failed).toBe(0);
  }, 180_000);

  it('shows the intervention, policy, category and due date in words, in the owner’s language, with the buttons', () => {
    const first = everything().find((send) => who(send) === 'UMAIJA')!;
    const text = replyText(first.message);
    expect(text).toContain('Olet tämän Hankintaluotsin toimenpiteen vastuuhenkilö');
    expect(text).toContain('Määräaika: 15 päivän päästä (pe 9.4.2027)');
    expect(text).toContain('Hankintalinjaus: Hiilineutraalius');
    expect(text).toContain('Hankintakategoria: Kuljetuspalvelut');
    expect(buttonsOf(first.message).map((button) => button.label)).toEqual(['Valmis', 'Työn alla', 'Lykkää viikolla', 'Lykkää päivään…']);
    const overdue = replyText(everything().find((send) => who(send) === 'aad-matti' && send.text.includes('Overdue'))!.message);
    expect(overdue).toContain('Due: 2 days overdue (Sat 20 Mar 2027)');
    expect(overdue).toContain('Your snooze has ended');
    const escalation = replyText(escalationOf('Kestävyyskriteerit').message);
    expect(escalation).toContain('Vastuuhenkilö: tuntematon@kuopio.fi');
    expect(escalation).toContain('ei ole vielä käyttänyt Keinoa');
    const digestMessage = everything().find((send) => send.text.startsWith('Viikkokatsaus'))!.message;
    const digest = replyText(digestMessage);
    expect(digest).toContain('Seuraavat 14 päivää');
    expect(digestMessage.blocks.some((block) => block.type === 'chart' && block.chart.altText.startsWith('Organisaation Kuopion'))).toBe(true);
    expect(digest).toMatch(/Viime viikosta: valmis \d+ → \d+ \([+−±]\d+\), myöhässä \d+ → \d+/);
    expect(digest).not.toContain('Kasvisvaihtoehto'); // Pirkanmaa's
  });

  it('compares each weekly digest with what the digest before it counted, not with a week ago read back from today’s rows', () => {
    // "Viime viikosta: valmis 1 → 2 (+1), myöhässä 0 → 1 (+1), erääntyy 14 päivässä 3 → 1 (−2)."
    const changes = everything()
      .filter((send) => send.text.startsWith('Viikkokatsaus'))
      .map((send) => {
        const line = replyText(send.message)
          .split('\n')
          .find((candidate) => candidate.startsWith('Viime viikosta'))!;
        return [...line.matchAll(/(\d+) → (\d+)/g)].map((match) => ({ before: Number(match[1]), now: Number(match[2]) }));
      });
    expect(changes.length).toBeGreaterThan(4);
    // Hiilijalanjälki's due date moved from 2 to 9 April during the weeks: read back from today's
    // rows it would have been "due within 14 days" a week earlier than any digest said it was.
    for (let week = 1; week < changes.length; week++) {
      expect(
        changes[week]!.map((part) => part.before),
        `digest ${week + 1}`,
      ).toEqual(changes[week - 1]!.map((part) => part.now));
    }
  });

  it('updates state once for a second click, and refuses anyone but the owner, coordinators and admins', async () => {
    const nudge = lastSendTo('UMAIJA');
    const history = async () =>
      rowsOf<{ n: string }>(await database.db.execute(sql`select count(*) as n from intervention_history where intervention_id = ${ids.Hiilijalanjälki}`))[0]!
        .n;
    const before = await history();
    const again = await click(maija, nudge, 'Valmis');
    expect(replyText(again.update!)).toContain('oli jo merkitty valmiiksi. Mitään ei muutettu.');
    const stranger = await click(aino, nudge, 'Valmis');
    expect(stranger.update).toBeUndefined();
    expect(replyText(stranger.reply!)).toContain('En löydä toimenpidettä');
    expect(await history()).toBe(before);
    // Kaisa, the coordinator, may act on the escalation she got.
    const started = await click(kaisa, escalationOf('Markkinavuoropuhelu'), 'Lykkää viikolla');
    expect(replyText(started.update!)).toMatch(/muistutukset lykätty ti 27\.4\.2027/);
  });

  it('checks again when a nudge is due: an intervention closed behind the planner’s back gets none', async () => {
    await database.db.execute(sql`update interventions set status = 'cancelled' where id = ${ids.Markkinavuoropuhelu}`);
    const before = teams.sent.length;
    await runUntil('2027-05-10T12:00');
    expect(teams.sent.length).toBe(before);
    const pending = rowsOf<{ key: string }>(
      await database.db.execute(sql`select key from jobs where state = 'pending' and key like ${`nudge:${ids.Markkinavuoropuhelu}:%`}`),
    );
    expect(pending).toEqual([]);
  }, 60_000);
});
