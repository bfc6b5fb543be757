import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { reportFigure, sized } from '../helpers/figures.js';
import type { TestDatabase } from '../helpers/test-database.js';
import type { ServerProcess } from '../bench/server-process.js';
import { acked, crashWorkspace, kill, pause, rows as rowsIn, startCrashServer, until } from './crash-helpers.js';
import { BENCH_CHANNEL, benchUserId, createPoll, post, slashCommand, voteClick } from '../bench/slack-requests.js';

/**
 * Acked means durable: Keino's real server (its own process, on PostgreSQL, Slack faked at the
 * HTTP boundary) is killed with SIGKILL in the middle of a run of `session add` commands, then
 * started again on the same database. Every command Slack got a 200 for must be there, and every
 * stored session is announced (its announcement is a job written with it), once.
 */
const SESSIONS = sized(24, 60);
const VOTERS = sized(80, 300);
/** The voters are people Keino has never met: bench users from here on. */
const FIRST_VOTER = 100;
const ADMIN = 0;

let database: TestDatabase;
let fake: FakeSlackApi;
let server: ServerProcess | undefined;

const rows = <T>(query: ReturnType<typeof sql>) => rowsIn<T>(database, query);
const startKeino = () => startCrashServer(database, fake);

/** Kills the server once `share` of `total` requests were acked, while the others are still coming. */
async function killWhenAcked(victim: ServerProcess, counter: { acked: number }, total: number, share: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (counter.acked < Math.ceil(total * share)) {
    if (Date.now() > deadline) throw new Error(`only ${counter.acked} of ${total} acked`);
    await pause(10);
  }
  kill(victim);
}

beforeAll(async () => {
  // People Keino knows already (first contact is another matter); the first of them is an admin.
  ({ database, fake } = await crashWorkspace('keino_acked', 5));
  for (let index = 0; index < VOTERS; index++)
    fake.addUser({ id: benchUserId(FIRST_VOTER + index), name: `Äänestäjä ${index}`, email: `aanestaja${index}@bench.example` });
}, 120_000);

afterAll(async () => {
  await server?.stop().catch(() => undefined);
  await fake?.close();
  await database?.drop();
});

describe('acked means durable, across a SIGKILL', () => {
  it('announces every session whose command was acked, once, after the restart', async () => {
    server = await startKeino();
    const admin = benchUserId(ADMIN);
    expect(await acked(() => post(server!.origin, slashCommand('kanava liitä akatemia', admin, fake.responseUrl('link'))))).toBe(true);
    const title = (index: number) => `Kaatumistesti ${index}`;

    const victim = server!;
    const counter = { acked: 0 };
    const commands = Array.from({ length: SESSIONS }, async (_, index) => {
      await pause(index * 150);
      const command = `tilaisuus lisää "${title(index)}" 2027-03-${String(1 + (index % 28)).padStart(2, '0')} 10:00`;
      return { index, acked: await acked(() => post(victim.origin, slashCommand(command, admin, fake.responseUrl(`session-${index}`))), counter) };
    });
    const runningAtKill = async () =>
      Number((await rows<{ n: number }>(sql`select count(*)::int as n from jobs where key like 'academy:announce:%' and state = 'running'`))[0]!.n);
    await killWhenAcked(victim, counter, SESSIONS, 0.5);
    await pause(300);
    const inFlight = await runningAtKill();
    const outcomes = await Promise.all(commands);
    server = await startKeino();

    // The restarted instance takes over what the dead one held once its lease runs out.
    await until(
      async () =>
        Number((await rows<{ n: number }>(sql`select count(*)::int as n from jobs where key like 'academy:announce:%' and state <> 'done'`))[0]!.n) === 0,
      120_000,
      'every announcement job to be done',
    );
    const sessions = await rows<{ title: string }>(sql`select title from academy_sessions where title like 'Kaatumistesti %'`);
    const storedTitles = new Set(sessions.map((session) => session.title));
    const posts = fake.callsTo('chat.postMessage').filter((call) => call.body.channel === BENCH_CHANNEL && call.response?.ok);
    // "Kaatumistesti 1" and not "Kaatumistesti 12".
    const postsOf = (name: string) => posts.filter((call) => new RegExp(`${name}(?!\\d)`).test(JSON.stringify(call.body))).length;
    const ackedCommands = outcomes.filter((command) => command.acked);
    const missing = ackedCommands.filter((command) => !storedTitles.has(title(command.index)));
    const announcements = [...storedTitles].map((name) => ({ name, posts: postsOf(name) }));
    const unannounced = announcements.filter((announcement) => announcement.posts === 0);
    const repeated = announcements.filter((announcement) => announcement.posts > 1);
    reportFigure('Acked is durable', `session commands acked before the SIGKILL (of ${SESSIONS})`, ackedCommands.length, ackedCommands.length > 0);
    reportFigure('Acked is durable', 'acked sessions missing after the restart', missing.length, missing.length === 0);
    reportFigure('Acked is durable', 'stored sessions never announced', unannounced.length, unannounced.length === 0);
    reportFigure('Acked is durable', `announcements sent twice (≤ ${inFlight} in flight at the kill)`, repeated.length, repeated.length <= inFlight);

    expect(ackedCommands.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    expect(unannounced).toEqual([]);
    // A post can repeat only if the process died between Slack's answer and Keino's record of it.
    expect(repeated.length).toBeLessThanOrEqual(inFlight);
  }, 300_000);

  it('counts every vote whose click was acked, from people Keino met with that click, after the restart', async () => {
    server ??= await startKeino();
    const admin = benchUserId(ADMIN);
    const poll = await createPoll(server.origin, 'poll "Kaatuuko äänestys?" "Kyllä" "Ei"', admin, fake.responseUrl('storm-poll'), fake);

    const victim = server;
    const counter = { acked: 0 };
    const clicks = Array.from({ length: VOTERS }, async (_, index) => {
      await pause(index * 15);
      const user = benchUserId(FIRST_VOTER + index);
      return { user, acked: await acked(() => post(victim.origin, voteClick(poll, index % 2, user, fake.responseUrl(`vote-${index}`))), counter) };
    });
    await killWhenAcked(victim, counter, VOTERS, 0.5);
    const outcomes = await Promise.all(clicks);
    server = await startKeino();

    const ackedVoters = outcomes.filter((click) => click.acked).map((click) => click.user);
    const countedVoters = new Set(
      (
        await rows<{ user_id: string }>(sql`
          select i.user_id from poll_votes v join platform_identities i on i.person_id = v.person_id and i.platform = 'slack'
          where v.poll_id = ${poll.id}`)
      ).map((row) => row.user_id),
    );
    const lost = ackedVoters.filter((user) => !countedVoters.has(user));
    // Each person met with a counted vote has their profile job, and it runs after the restart.
    await until(
      async () => Number((await rows<{ n: number }>(sql`select count(*)::int as n from jobs where kind = 'people.profile' and state <> 'done'`))[0]!.n) === 0,
      120_000,
      'every profile job to be done',
    );
    const withoutProfile = Number(
      (
        await rows<{ n: number }>(sql`
          select count(*)::int as n from poll_votes v join people p on p.id = v.person_id
          where v.poll_id = ${poll.id} and p.email is null`)
      )[0]!.n,
    );
    reportFigure('Acked is durable', `vote clicks acked before the SIGKILL (of ${VOTERS}, all first contacts)`, ackedVoters.length, ackedVoters.length > 0);
    reportFigure('Acked is durable', 'acked votes missing after the restart', lost.length, lost.length === 0);
    reportFigure('Acked is durable', 'counted voters whose profile never arrived', withoutProfile, withoutProfile === 0);

    expect(ackedVoters.length).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(withoutProfile).toBe(0);
  }, 300_000);
});
