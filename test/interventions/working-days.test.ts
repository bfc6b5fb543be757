import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Message } from '../../src/core/messages/message.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { localDateOf } from '../../src/core/time/local-time.js';
import { FINNISH_WORKING_DAYS } from '../../src/core/time/working-days.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { organisationDaysOff, personAway } from '../../src/db/schema/index.js';
import { RecordingGateway, type RecordedSend } from '../helpers/recording-gateway.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { becomes, directMessages, runJobsUntil, TestClock } from '../helpers/scheduled-time.js';

/**
 * Working days on a controlled clock, through the scheduler's job runner, with recording gateways
 * for Slack and Teams: Kuopio takes July 2027 off, Pirkanmaa does not but Aino is away for two
 * weeks of it; the organisations' own days off; quiet hours.
 */
const HELSINKI = 'Europe/Helsinki';
const PLAN = [
  'organisation;title;owner_email;due_date;status;policy;category',
  // Kuopio: due in the summer break; Matti's (Teams) due two days after it.
  'Kuopion kaupunki;Kesän kilpailutus;maija@kuopio.fi;15.7.2027;;;',
  'Kuopion kaupunki;Elokuun raportti;matti@kuopio.fi;4.8.2027;;;',
  // Pirkanmaa: Aino's is due while she is away.
  'Pirkanmaan hyvinvointialue;Kasvisvaihtoehto;aino@pirha.fi;2.7.2027;;;',
].join('\r\n');

let database: TestDatabase;
let core: KeinoCore;
const time = new TestClock(new Date('2027-06-01T07:00:00Z')); // Tuesday, 10:00 in Helsinki
const clock = time.read;
let slack: RecordingGateway;
let teams: RecordingGateway;
let runner: JobRunner;

function slackPerson(userId: string, name: string, email: string): Caller {
  return { identity: { platform: 'slack', tenantId: 'T1', userId }, loadProfile: async () => ({ name, email }) };
}
const maija = slackPerson('UMAIJA', 'Maija', 'maija@kuopio.fi');
const kaisa = slackPerson('UKAISA', 'Kaisa', 'kaisa@kuopio.fi');
const aino = slackPerson('UAINO', 'Aino', 'aino@pirha.fi');
const pekka = slackPerson('UPEKKA', 'Pekka', 'pekka@pirha.fi');
const matti: Caller = {
  identity: { platform: 'teams', tenantId: 'tenant', userId: 'aad-matti' },
  loadProfile: async () => ({ name: 'Matti', email: 'matti@kuopio.fi' }),
};
const say = async (caller: Caller, text: string) => replyText(await core.handleText({ caller, conversation: directMessages(caller), text, source: 'command' }));

const runUntil = (until: string) =>
  runJobsUntil({ db: database.db, runner, clock: time }, DateTime.fromISO(until, { zone: HELSINKI }).toJSDate(), { ticksAtEach: 2 });

const local = (at: Date) => DateTime.fromJSDate(at, { zone: HELSINKI }).toFormat('yyyy-MM-dd HH:mm');
const who = (send: RecordedSend) => send.identity?.userId ?? send.conversation.channelId;
const firstLine = (message: Message) => replyText(message).split('\n')[0]!;
const everything = (): RecordedSend[] =>
  [...slack.sent, ...teams.sent].sort((a, b) => a.at.getTime() - b.at.getTime() || (`${who(a)} ${a.text}` < `${who(b)} ${b.text}` ? -1 : 1));
const countRows = async () => (await database.db.$count(organisationDaysOff)) + (await database.db.$count(personAway));

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { clock });
  slack = new RecordingGateway('slack', clock);
  teams = new RecordingGateway('teams', clock);
  core.services.gateways.register(slack);
  core.services.gateways.register(teams);
  runner = new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'working-days-test' });
  await becomes(core, maija, 'member', 'Kuopion kaupunki');
  await becomes(core, kaisa, 'coordinator', 'Kuopion kaupunki');
  await becomes(core, aino, 'member', 'Pirkanmaan hyvinvointialue');
  await becomes(core, pekka, 'coordinator', 'Pirkanmaan hyvinvointialue');
  await say(matti, 'lang en');
  await core.services.interventions.importCsv(PLAN, { actor: null, source: 'plan.csv' }, time.now);
}, 60_000);
afterAll(async () => database?.drop());

describe('organisations’ own days', () => {
  it('are set by coordinators only; bad dates are refused politely and nothing is written', async () => {
    expect(await say(maija, 'org vapaapäivät lisää 28.12.2026')).toBe('Tämä komento on vain seuraaville: koordinaattori, ylläpitäjä.');
    expect(await say(maija, 'poissa 31.2.2027..3.3.2027')).toContain('1.7.2026..31.7.2026');
    expect(await say(kaisa, 'org kesä 1.7.2027..31.12.2027')).toBe('Kesätauko on yhden vuoden sisällä ja enintään 92 päivää.');
    expect(await say(kaisa, 'org summer 31.7.2027..1.7.2027')).toContain('1.7.2026..31.7.2026');
    expect(await say(aino, 'poissa 1.1.2020..2.1.2020')).toBe('Poissaolo on jo mennyt. Anna tuleva aikaväli.');
    expect(await countRows()).toBe(0);
  });

  it('are listed, added and removed, in the reader’s language', async () => {
    expect(await say(kaisa, 'org vapaapäivät lisää 28.12.2027')).toBe(
      'ti 28.12.2027 on nyt organisaation Kuopion kaupunki vapaapäivä: muistutukset siirtyvät sen ohi.',
    );
    expect(await say(kaisa, 'org days-off add 2027-12-28')).toBe('ti 28.12.2027 oli jo vapaapäivä, joten mitään ei muutettu.');
    expect(await say(kaisa, 'org kesä 1.7.2027..31.7.2027')).toContain('Organisaation Kuopion kaupunki kesätauko on to 1.7.2027–la 31.7.2027');
    const list = await say(kaisa, 'org vapaapäivät');
    expect(list).toContain('Omat vapaapäivät: ti 28.12.2027');
    expect(list).toContain('Kesätauko: to 1.7.2027–la 31.7.2027');
    expect(await say(matti, 'away 2027-06-07..2027-06-08')).toBe(
      'Done: you are away Mon 7 Jun 2027–Tue 8 Jun 2027. No reminders meanwhile, and your coordinator sees it in the weekly digest. End it sooner: away off.',
    );
    expect(await say(matti, 'away off')).toBe('Welcome back! Reminders resume.');
    expect(await say(matti, 'away off')).toBe('You had no time off set, so nothing changed.');
    expect(await say(aino, 'poissa 28.6.2027..9.7.2027')).toContain('olet poissa ma 28.6.2027–pe 9.7.2027');
  });
});

describe('the summer break, time off and days off through the scheduler', () => {
  it('sends nothing in Kuopio’s July and then one summary each; nothing to Aino while away, and Pekka’s digest says she is', async () => {
    await runUntil('2027-08-06T12:00');
    const sent = everything().map((send) => `${local(send.at)} ${who(send)} ${firstLine(send.message)}`);
    expect(sent).toEqual([
      '2027-06-07 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki',
      '2027-06-07 09:00 UPEKKA Viikkokatsaus: Pirkanmaan hyvinvointialue',
      '2027-06-14 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki',
      '2027-06-14 09:00 UPEKKA Viikkokatsaus: Pirkanmaan hyvinvointialue',
      '2027-06-18 09:00 UAINO ⏰ Muistutus: #3 Kasvisvaihtoehto', // 14 days before 2 July
      '2027-06-21 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki',
      '2027-06-21 09:00 UPEKKA Viikkokatsaus: Pirkanmaan hyvinvointialue',
      // Aino's 7-day nudge (Friday 25 June, Midsummer Eve) would come on Thursday 24th: she is
      // not away yet. Then away from 28 June to 9 July: 1 July, 2 July and the 9 July nudges are not sent.
      '2027-06-24 09:00 UAINO ⏰ Muistutus: #3 Kasvisvaihtoehto',
      '2027-06-28 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki',
      '2027-06-28 09:00 UPEKKA Viikkokatsaus: Pirkanmaan hyvinvointialue',
      '2027-07-05 09:00 UPEKKA Viikkokatsaus: Pirkanmaan hyvinvointialue',
      '2027-07-09 09:00 UPEKKA ⚠️ 7 päivää myöhässä: #3 Kasvisvaihtoehto',
      '2027-07-12 09:00 UPEKKA Viikkokatsaus: Pirkanmaan hyvinvointialue',
      '2027-07-16 09:00 UAINO ⚠️ Myöhässä: #3 Kasvisvaihtoehto',
      '2027-07-19 09:00 UPEKKA Viikkokatsaus: Pirkanmaan hyvinvointialue',
      '2027-07-23 09:00 UAINO ⚠️ Myöhässä: #3 Kasvisvaihtoehto',
      '2027-07-26 09:00 UPEKKA Viikkokatsaus: Pirkanmaan hyvinvointialue',
      '2027-07-30 09:00 UAINO ⚠️ Myöhässä: #3 Kasvisvaihtoehto',
      // Kuopio's first working day after July: one summary each, and the digest.
      '2027-08-02 09:00 UKAISA Viikkokatsaus: Kuopion kaupunki',
      '2027-08-02 09:00 UMAIJA Kesätauko on ohi: toimenpiteesi',
      '2027-08-02 09:00 UPEKKA Viikkokatsaus: Pirkanmaan hyvinvointialue',
      '2027-08-02 09:00 aad-matti The summer break is over: your interventions',
      // Matti's 14- and 7-day nudges fell in the break (the summary told him); 1 day before and on the day are not.
      '2027-08-03 09:00 aad-matti ⏰ Reminder: #2 Elokuun raportti',
      '2027-08-04 09:00 aad-matti ⏰ Reminder: #2 Elokuun raportti',
      '2027-08-05 09:00 UMAIJA ⚠️ Myöhässä: #1 Kesän kilpailutus', // weekly while overdue, the first after the break
      '2027-08-06 09:00 UAINO ⚠️ Myöhässä: #3 Kasvisvaihtoehto',
    ]);
    // Nothing on a weekend or a holiday, nothing to Kuopio in July.
    for (const send of everything()) {
      expect(FINNISH_WORKING_DAYS.isDayOff(localDateOf(send.at, HELSINKI)), local(send.at)).toBe(false);
      if (['UKAISA', 'UMAIJA', 'aad-matti'].includes(who(send))) expect(localDateOf(send.at, HELSINKI).slice(0, 7), local(send.at)).not.toBe('2027-07');
    }
    const summary = replyText(everything().find((send) => who(send) === 'UMAIJA')!.message);
    expect(summary).toContain('Kesätauon to 1.7.2027–la 31.7.2027 aikana');
    expect(summary).toContain('Kesän kilpailutus');
    expect(replyText(everything().find((send) => who(send) === 'aad-matti' && send.text.startsWith('The summer'))!.message)).toContain('Elokuun raportti');
    // Pekka's digests name Aino as away while she is.
    const digestOn = (date: string) => replyText(everything().find((send) => who(send) === 'UPEKKA' && local(send.at).startsWith(date))!.message);
    expect(digestOn('2027-06-28')).toContain('Poissa: Aino (pe 9.7.2027 asti)');
    expect(digestOn('2027-07-05')).toContain('Poissa: Aino (pe 9.7.2027 asti)');
    expect(digestOn('2027-07-12')).not.toContain('Poissa');
    expect((await core.services.jobs.overview()).counts.failed).toBe(0);
  }, 180_000);

  it('keeps quiet hours: a nudge set for 20:00 on a Friday waits for 08:00 on the organisation’s next working day, not its own day off', async () => {
    expect(await say(pekka, 'tehtävä aikataulu klo=20:00 kooste=ei eskalointi=0')).toContain('Aikataulu tallennettu');
    expect(await say(pekka, 'org vapaapäivät lisää 16.8.2027')).toContain('vapaapäivä');
    const before = everything().length;
    await runUntil('2027-08-17T12:00');
    const after = everything()
      .slice(before)
      .filter((send) => who(send) === 'UAINO')
      .map((send) => `${local(send.at)} ${who(send)} ${firstLine(send.message)}`);
    // Meant for Friday 13 August at 20:00; Monday 16 August is Pirkanmaa's own day off.
    expect(after).toEqual(['2027-08-17 08:00 UAINO ⚠️ Myöhässä: #3 Kasvisvaihtoehto']);
    expect((await core.services.jobs.overview()).counts.failed).toBe(0);
  }, 60_000);
});
