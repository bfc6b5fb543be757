import { sql } from 'drizzle-orm';
import { translator } from '../../src/core/i18n/translator.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { FigureSink, percentile, round } from './bench-report.js';
import { seedSlackPeople } from './seed.js';
import { startKeinoServer, type ServerProcess } from './server-process.js';
import { BENCH_CHANNEL, BENCH_CHANNEL_NAME, benchUserId, blocksText as textOf, createPoll, post, voteClick } from './slack-requests.js';

export interface FirstContactOptions {
  quick: boolean;
}

const OPTIONS = ['Markkinavuoropuhelu', 'Innovaatiot', 'Sote', 'Vastuullisuus'];
const CLICK_SPREAD_MS = 2_000;
const CONFIRMATION_AIM_MS = 3_000;
const TALLY_AIM_MS = 2_000;
const IDLE_CLICKS = 10;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * 5b. First contact at scale: people Keino has never met click one poll within two seconds, as
 * after an announcement in a big channel. The fake Slack enforces users.info's Tier 4 (100 a
 * minute) and chat.update's Tier 3 (50 a minute) with 429s. Measured: each click's private
 * confirmation within 3 s, the poll message's exact tally within 2 s of the last click, and every
 * profile looked up afterwards without a 429.
 */
export async function benchFirstContact(options: FirstContactOptions): Promise<FigureSink> {
  const sink = new FigureSink('5b first contact');
  const newcomers = options.quick ? 100 : 500;
  const database = await createTestDatabase('keino_bench_first_contact');
  const fake = await FakeSlackApi.start();
  fake.addChannel({ id: BENCH_CHANNEL, name: BENCH_CHANNEL_NAME });
  let server: ServerProcess | undefined;
  try {
    // Person 0 (known) posts the poll; 1 … n are in the workspace, new to Keino.
    for (let index = 0; index <= newcomers + IDLE_CLICKS; index++)
      fake.addUser({ id: benchUserId(index), name: `Henkilö ${index}`, email: `henkilo${index}@bench.example`, tz: 'Europe/Helsinki' });
    await seedSlackPeople(database.db, 1);
    server = await startKeinoServer({ label: 'Keino (PostgreSQL)', slackApiUrl: fake.apiUrl, databaseUrl: database.url });
    const poll = await createPoll(
      server.origin,
      `poll "Tuletko syysseminaariin?" ${OPTIONS.map((option) => `"${option}"`).join(' ')}`,
      benchUserId(0),
      fake.responseUrl('poll'),
      fake,
    );
    const expected = OPTIONS.map(() => 0);
    const confirmations = () => new Map(fake.callsTo('response_url').map((call) => [call.path, call] as const));

    // Baseline (and warm-up): newcomers clicking one at a time on the idle server.
    const idle: number[] = [];
    for (let index = 0; index < IDLE_CLICKS; index++) {
      const user = 1 + newcomers + index;
      const option = index % OPTIONS.length;
      expected[option]! += 1;
      const sentAt = Date.now();
      await (await post(server.origin, voteClick(poll, option, benchUserId(user), fake.responseUrl(`idle-${index}`)))).arrayBuffer();
      await until(() => confirmations().has(`/response/idle-${index}`), 30_000);
      idle.push((confirmations().get(`/response/idle-${index}`)?.at ?? Infinity) - sentAt);
    }
    // Their lookups are done before the storm.
    await new Promise((resolve) => setTimeout(resolve, 8_000));

    const stormStarted = Date.now();
    const spacingMs = CLICK_SPREAD_MS / newcomers;
    const clicks = await Promise.all(
      Array.from({ length: newcomers }, async (_, index) => {
        await new Promise((resolve) => setTimeout(resolve, index * spacingMs));
        const option = index % OPTIONS.length;
        expected[option]! += 1;
        const sentAt = Date.now();
        const response = await post(server!.origin, voteClick(poll, option, benchUserId(1 + index), fake.responseUrl(`first-${index}`)));
        await response.arrayBuffer();
        return { sentAt, status: response.status, ackMs: Date.now() - sentAt };
      }),
    );
    const lastClick = Math.max(...clicks.map((click) => click.sentAt));
    await until(() => clicks.every((_, index) => confirmations().has(`/response/first-${index}`)), 60_000);
    const answered = confirmations();
    const latencies = clicks.map((click, index) => (answered.get(`/response/first-${index}`)?.at ?? Infinity) - click.sentAt);
    const inTime = latencies.filter((latency) => latency <= CONFIRMATION_AIM_MS).length;

    // The first update of the poll message that shows every vote, per option and in all.
    const total = newcomers + IDLE_CLICKS;
    const summaryLine = translator('fi')('poll.summaryLine', { votes: total, voters: total });
    const exactOn = (call: RecordedCall) => {
      const shown = textOf(call.body.blocks);
      return call.response?.ok === true && shown.includes(summaryLine) && expected.every((count) => shown.includes(`${count}/${total}`));
    };
    const updates = () => fake.callsTo('chat.update').filter((call) => call.body.ts === poll.ts && call.at >= stormStarted);
    await until(() => updates().some(exactOn), 30_000);
    const exactUpdate = updates().find(exactOn);
    const tallyDelay = exactUpdate ? exactUpdate.at - lastClick : null;

    const counted = rowsOf<{ option: number; n: number }>(
      await database.db.execute(sql`select option, count(*)::int as n from poll_votes where poll_id = ${poll.id} group by option order by option`),
    );
    const tallies = OPTIONS.map((_, option) => Number(counted.find((row) => Number(row.option) === option)?.n ?? 0));
    const exact = tallies.every((count, option) => count === expected[option]);

    // The profiles follow, paced at Tier 4: about a minute for every hundred people.
    const pendingProfiles = async () =>
      Number(
        rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from jobs where kind = 'people.profile' and state <> 'done'`))[0]!.n,
      );
    const profilesDone = await until(async () => (await pendingProfiles()) === 0, (newcomers / 100 + 2) * 62_000);
    const profilesAt = Date.now();
    const lookups = fake.callsTo('users.info');
    const refusedLookups = lookups.filter((call) => call.response?.status === 429).length;
    const withEmail = Number(
      rowsOf<{ n: number }>(
        await database.db.execute(sql`select count(*)::int as n from people where email like 'henkilo%@bench.example' and time_zone = 'Europe/Helsinki'`),
      )[0]!.n,
    );
    const refusedUpdates = fake.callsTo('chat.update').filter((call) => call.response?.status === 429).length;
    const refusedClicks = clicks.filter((click) => click.status !== 200).length;

    sink.add({
      name: `confirmations within 3 s of the click (${newcomers} people new to Keino, clicks over 2 s)`,
      value: inTime,
      unit: `of ${newcomers}`,
      aim: `${newcomers}`,
      met: inTime === newcomers,
    });
    sink.add({
      name: 'confirmation p50 / p99 (click → private confirmation)',
      value: `${round(percentile(latencies, 0.5))} / ${round(percentile(latencies, 0.99))}`,
      unit: 'ms',
      baseline: `${round(percentile(idle, 0.5))} / ${round(percentile(idle, 0.99))}`,
      baselineLabel: 'newcomers one at a time',
    });
    sink.add({
      name: 'exact tally on the poll message after the last click',
      value: tallyDelay === null ? null : round(tallyDelay),
      unit: 'ms',
      aim: `≤ ${TALLY_AIM_MS} ms`,
      met: tallyDelay !== null && tallyDelay <= TALLY_AIM_MS,
      correct: tallyDelay !== null,
    });
    sink.add({
      name: 'votes counted, per option (database)',
      value: tallies.join(' / '),
      unit: '',
      baseline: expected.join(' / '),
      baselineLabel: 'cast',
      aim: 'exact',
      met: exact,
      correct: exact,
    });
    // Keino acknowledges a click once its vote is kept; past Slack's 3 s Slack shows the person a
    // timeout notice (their confirmation still comes), so this is a speed figure.
    const lateAcks = clicks.filter((click) => click.ackMs > CONFIRMATION_AIM_MS).length;
    sink.add({ name: 'clicks acknowledged after Slack’s 3 s', value: lateAcks, unit: `of ${newcomers}`, aim: '0', met: lateAcks === 0 });
    sink.add({ name: 'clicks refused (non-200)', value: refusedClicks, unit: '', correct: refusedClicks === 0 });
    sink.add({ name: 'profile lookups (users.info) answered 429', value: refusedLookups, unit: `of ${lookups.length}`, aim: '0', met: refusedLookups === 0 });
    sink.add({
      name: 'profiles applied (confirmed e-mail, time zone)',
      value: withEmail,
      unit: `of ${newcomers + IDLE_CLICKS}`,
      aim: `${newcomers + IDLE_CLICKS}`,
      met: profilesDone && withEmail === newcomers + IDLE_CLICKS,
      correct: profilesDone && withEmail === newcomers + IDLE_CLICKS,
    });
    sink.add({
      name: 'all profiles in, after the last click',
      value: round((profilesAt - lastClick) / 1000, 1),
      unit: 's',
      note: 'users.info Tier 4: 100 a minute',
    });
    sink.add({ name: 'poll message updates answered 429 (chat.update, Tier 3)', value: refusedUpdates, unit: '', aim: '0', met: refusedUpdates === 0 });
    sink.note(
      `first contact: ${newcomers} clicks over ${CLICK_SPREAD_MS / 1000} s from people Keino had never met; ${lookups.length} users.info calls, ${updates().length} chat.update calls of the poll`,
    );
    return sink;
  } finally {
    await server?.stop();
    await fake.close();
    await database.drop();
  }
}
