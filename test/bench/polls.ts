import { sql } from 'drizzle-orm';
import { translator } from '../../src/core/i18n/translator.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { FigureSink, percentile, round } from './bench-report.js';
import { STATISTICS_SETTLE_MS, transactionCount } from './database-stats.js';
import { seedOrganisations, seedSlackPeople } from './seed.js';
import { startKeinoServer, type ServerProcess } from './server-process.js';
import { BENCH_CHANNEL_NAME, BENCH_CHANNEL, benchUserId, blocksText as textOf, createPoll, post, voteClick, type PostedPoll } from './slack-requests.js';

export interface PollOptions {
  quick: boolean;
}

const OPTIONS = ['Markkinavuoropuhelu', 'Innovaatiot', 'Sote', 'Vastuullisuus'];
const IDLE_VOTES = 20;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * One click; resolves with the time from sending it to Keino's private confirmation arriving at
 * Slack (the response_url): the vote is in the database by then.
 */
async function vote(
  server: ServerProcess,
  fake: FakeSlackApi,
  poll: PostedPoll,
  user: number,
  option: number,
  name: string,
): Promise<{ status: number; sentAt: number }> {
  const sentAt = Date.now();
  const response = await post(server.origin, voteClick(poll, option, benchUserId(user), fake.responseUrl(name)));
  return { status: response.status, sentAt };
}

/**
 * 5. Polls: a storm of votes on one poll through Keino's real server (signed block_actions, as
 * Slack posts them): tallies exact, updates of the poll message a second, vote latency. Baseline:
 * the same vote on the idle server, one at a time.
 */
export async function benchPolls(options: PollOptions): Promise<FigureSink> {
  const sink = new FigureSink('5 polls');
  const voters = options.quick ? 100 : 1_000;
  const seconds = options.quick ? 2 : 10;
  const database = await createTestDatabase('keino_bench_polls');
  const fake = await FakeSlackApi.start();
  // The channel where people use Keino, with Keino in it.
  fake.addChannel({ id: BENCH_CHANNEL, name: BENCH_CHANNEL_NAME });
  let server: ServerProcess | undefined;
  try {
    const people = 1 + voters + IDLE_VOTES;
    for (let index = 0; index < people; index++) fake.addUser({ id: benchUserId(index), name: `Henkilö ${index}` });
    await seedOrganisations(database.db, 10);
    await seedSlackPeople(database.db, people);
    server = await startKeinoServer({ label: 'Keino (PostgreSQL)', slackApiUrl: fake.apiUrl, databaseUrl: database.url });
    const poll = await createPoll(
      server.origin,
      `poll "Mikä teema seuraavaan tapaamiseen?" ${OPTIONS.map((option) => `"${option}"`).join(' ')}`,
      benchUserId(0),
      fake.responseUrl('poll'),
      fake,
    );
    // The private confirmations Slack received, by response_url (read afresh: the fake keeps adding).
    const confirmations = () => new Map(fake.callsTo('response_url').map((call) => [call.path, call] as const));
    const confirmation = (name: string) => confirmations().get(`/response/${name}`);
    const expected = OPTIONS.map(() => 0);

    // Baseline: one vote at a time on the idle server.
    const idle: number[] = [];
    for (let index = 0; index < IDLE_VOTES; index++) {
      const user = 1 + voters + index;
      const option = index % OPTIONS.length;
      const { sentAt } = await vote(server, fake, poll, user, option, `idle-${index}`);
      expected[option]! += 1;
      await until(() => confirmation(`idle-${index}`) !== undefined, 30_000, 'an idle vote');
      idle.push(confirmation(`idle-${index}`)!.at - sentAt);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, STATISTICS_SETTLE_MS));

    // The storm: every voter once, evenly spread over the seconds.
    const transactionsBefore = await transactionCount(database.db);
    const stormStarted = Date.now();
    const spacingMs = (seconds * 1000) / voters;
    const sent = await Promise.all(
      Array.from({ length: voters }, async (_, index) => {
        await new Promise((resolve) => setTimeout(resolve, index * spacingMs));
        const option = index % OPTIONS.length;
        expected[option]! += 1;
        return vote(server!, fake, poll, 1 + index, option, `storm-${index}`);
      }),
    );
    await until(
      () => {
        const answered = confirmations();
        return sent.every((_, index) => answered.has(`/response/storm-${index}`));
      },
      180_000,
      'every vote to be confirmed',
    );
    const sendingSeconds = Math.max(0.001, (Math.max(...sent.map((click) => click.sentAt)) - stormStarted) / 1000);
    const answered = confirmations();
    const latencies = sent.map((click, index) => answered.get(`/response/storm-${index}`)!.at - click.sentAt);
    const lastConfirmed = Math.max(...sent.map((_, index) => answered.get(`/response/storm-${index}`)!.at));

    // The message catches up with the last vote within about a second of it.
    const total = expected.reduce((sum, count) => sum + count, 0);
    const summaryLine = translator('fi')('poll.summaryLine', { votes: total, voters: total });
    const updates = () => fake.callsTo('chat.update').filter((call: RecordedCall) => call.body.ts === poll.ts && call.at >= stormStarted);
    const shows = (call: RecordedCall | undefined) => call !== undefined && textOf(call.body.blocks).includes(summaryLine);
    await until(() => shows(updates().at(-1)), 30_000, `the poll message to show "${summaryLine}"`).catch(() => undefined);
    const stormUpdates = updates();
    const last = stormUpdates.at(-1);
    const messageRight = shows(last) && expected.every((count) => textOf(last!.body.blocks).includes(`${count}/${total}`));

    await new Promise((resolve) => setTimeout(resolve, STATISTICS_SETTLE_MS));
    const transactionsPerVote = ((await transactionCount(database.db)) - transactionsBefore) / voters;
    const counted = rowsOf<{ option: number; n: number }>(
      await database.db.execute(sql`select option, count(*)::int as n from poll_votes where poll_id = ${poll.id} group by option order by option`),
    );
    const tallies = OPTIONS.map((_, option) => Number(counted.find((row) => Number(row.option) === option)?.n ?? 0));
    const exact = tallies.every((count, option) => count === expected[option]);
    const refused = sent.filter((click) => click.status !== 200).length;

    const updateSpan = Math.max(1, ((last?.at ?? Date.now()) - stormStarted) / 1000);
    let mostInOneSecond = 0;
    for (const [index, call] of stormUpdates.entries())
      mostInOneSecond = Math.max(mostInOneSecond, stormUpdates.slice(index).filter((later) => later.at - call.at < 1000).length);

    sink.add({
      name: `votes confirmed a second (${voters.toLocaleString('en-US')} people clicking over ${seconds} s)`,
      value: round(voters / ((lastConfirmed - stormStarted) / 1000)),
      unit: 'votes/s',
      baseline: round(voters / sendingSeconds),
      baselineLabel: 'clicks sent a second',
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
    sink.add({
      name: 'poll message shows the final tally',
      value: messageRight ? 'yes' : 'no',
      unit: '',
      aim: 'yes',
      met: messageRight,
      correct: messageRight,
    });
    sink.add({ name: 'clicks refused (non-200)', value: refused, unit: '', correct: refused === 0 });
    sink.add({
      name: 'vote latency p50 (click → confirmation)',
      value: round(percentile(latencies, 0.5)),
      unit: 'ms',
      baseline: round(percentile(idle, 0.5)),
      baselineLabel: 'idle, one at a time',
    });
    sink.add({
      name: 'vote latency p99 (click → confirmation)',
      value: round(percentile(latencies, 0.99)),
      unit: 'ms',
      baseline: round(percentile(idle, 0.99)),
      baselineLabel: 'idle, one at a time',
    });
    sink.add({ name: 'database transactions a vote (refreshes included)', value: round(transactionsPerVote, 1), unit: '' });
    sink.add({ name: 'poll message updates a second (chat.update)', value: round(stormUpdates.length / updateSpan, 2), unit: '/s' });
    sink.add({ name: 'most updates in any one second', value: mostInOneSecond, unit: '', note: 'Keino coalesces refreshes to one a second a message' });
    sink.note(
      `latency from sending the click to Keino's private confirmation (response_url) arriving at the fake Slack, in the bench process; ${stormUpdates.length} chat.update calls over ${round(updateSpan)} s`,
    );
    return sink;
  } finally {
    await server?.stop();
    await fake.close();
    await database.drop();
  }
}
