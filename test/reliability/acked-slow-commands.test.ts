import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { reportFigure } from '../helpers/figures.js';
import type { TestDatabase } from '../helpers/test-database.js';
import type { ServerProcess } from '../bench/server-process.js';
import { BENCH_CHANNEL, benchUserId, post, slashCommand } from '../bench/slack-requests.js';
import { acked, crashWorkspace, kill, pause, rows as rowsIn, startCrashServer, unfinishedJobs, until } from './crash-helpers.js';

/**
 * Acked means durable for slow slash commands too: a command not done within the ack window is
 * written as a job before Slack gets its 200 (CommandHandovers). Here `session add` commands are
 * held past the window (the test locks the people table the command reads before it writes),
 * Keino's real server is killed with SIGKILL as their answers begin, and started again on the
 * same database. Every acked command must have made its session once, have it announced once,
 * and be answered once through its response_url: by its first run, or by its job after the
 * restart (run again when nothing of it had committed, else a note to check).
 */
const COMMANDS = 6;
const ADMIN = 0;
const FACILITATOR = 1;

let database: TestDatabase;
let fake: FakeSlackApi;
let server: ServerProcess | undefined;

const rows = <T>(query: ReturnType<typeof sql>) => rowsIn<T>(database, query);

beforeAll(async () => {
  ({ database, fake } = await crashWorkspace('keino_acked_slow', 2));
}, 120_000);

afterAll(async () => {
  await server?.stop().catch(() => undefined);
  await fake?.close();
  await database?.drop();
});

/** The note a job gives when the first run's work had committed (in Finnish, the admin's language). */
const CHECK_NOTE = 'eikä ole varmaa';

/**
 * Six slow `session add` commands (round `round`), the server killed `when`: while they are still
 * held (nothing of theirs committed) or as soon as the first answer arrives (their sessions
 * committed, answers on their way); then restarted, and every job left to finish.
 */
async function slowCommandsKilled(round: string, when: 'held' | 'answering') {
  server ??= await startCrashServer(database, fake);
  const admin = benchUserId(ADMIN);
  expect(await acked(() => post(server!.origin, slashCommand('kanava liitä akatemia', admin, fake.responseUrl(`link-${round}`))))).toBe(true);
  const title = (index: number) => `Hidas komento ${round} ${index}`;
  const urlName = (index: number) => `slow-${round}-${index}`;
  const answersTo = (index: number) => fake.callsTo('response_url').filter((call) => call.path.endsWith(`/${urlName(index)}`));
  const answers = (index: number) => answersTo(index).length;

  // The facilitator is read from people before anything is written: a lock there holds each command past the window.
  const blocker = postgres(database.url, { max: 1 });
  const locked = blocker.begin(async (tx) => {
    await tx`lock table people in access exclusive mode`;
    await pause(4_500);
  });
  await pause(200);
  const victim = server;
  const commands = Array.from({ length: COMMANDS }, async (_, index) => {
    await pause(index * 150);
    const command = `tilaisuus lisää "${title(index)}" 2027-04-${String(1 + index).padStart(2, '0')} 10:00 vetäjä=henkilo${FACILITATOR}@bench.example`;
    const startedAt = Date.now();
    const ok = await acked(() => post(victim.origin, slashCommand(command, admin, fake.responseUrl(urlName(index)))));
    return { index, acked: ok, ackMs: Date.now() - startedAt };
  });
  const answered = () => Array.from({ length: COMMANDS }, (_, index) => answers(index)).filter((count) => count > 0).length;
  let outcomes: Awaited<(typeof commands)[number]>[];
  if (when === 'held') {
    outcomes = await Promise.all(commands);
    kill(victim);
  } else {
    const deadline = Date.now() + 60_000;
    while (answered() === 0 && Date.now() < deadline) await pause(2);
    kill(victim);
    outcomes = await Promise.all(commands);
  }
  const answeredAtKill = Array.from({ length: COMMANDS }, (_, index) => index).filter((index) => answers(index) > 0);
  await locked;
  await blocker.end();
  const jobsAtKill = await rows<{ payload: { committed?: boolean; uncertain?: boolean } }>(
    sql`select payload from jobs where kind = 'slack.command' and state = 'running'`,
  );

  server = await startCrashServer(database, fake);
  await until(async () => (await unfinishedJobs(database, 'slack.command:')) === 0, 120_000, 'every command job to be done');
  await until(async () => (await unfinishedJobs(database, 'academy:announce:')) === 0, 120_000, 'every announcement job to be done');

  const ackedCommands = outcomes.filter((outcome) => outcome.acked);
  const sessions = await rows<{ title: string; n: number }>(
    sql`select title, count(*)::int as n from academy_sessions where title like ${`Hidas komento ${round} %`} group by title`,
  );
  const made = new Map(sessions.map((session) => [session.title, session.n]));
  const posts = fake.callsTo('chat.postMessage').filter((call) => call.body.channel === BENCH_CHANNEL && call.response?.ok);
  const announcementsOf = (name: string) => posts.filter((call) => new RegExp(`${name}(?!\\d)`).test(JSON.stringify(call.body))).length;
  const rerun = jobsAtKill.filter((job) => !job.payload.committed && !job.payload.uncertain).length;
  const slowest = Math.max(...ackedCommands.map((command) => command.ackMs));
  const figure = (name: string, value: number, met: boolean) =>
    reportFigure('Acked is durable', `slow commands killed ${when === 'held' ? 'while held' : 'as they answer'}: ${name}`, value, met);
  figure(`acked (of ${COMMANDS}), the slowest ack in ms`, slowest, ackedCommands.length === COMMANDS && slowest < 3_000);
  figure(`command jobs running at the kill (${rerun} with nothing committed, run again)`, jobsAtKill.length, jobsAtKill.length > 0);
  return {
    ackedCommands,
    slowest,
    jobsAtKill,
    rerun,
    answeredAtKill,
    notMadeOnce: ackedCommands.filter((command) => made.get(title(command.index)) !== 1),
    notAnnouncedOnce: ackedCommands.filter((command) => announcementsOf(title(command.index)) !== 1),
    unanswered: ackedCommands.filter((command) => answers(command.index) === 0),
    // An answer can repeat only if the process died between Slack taking it and Keino recording it.
    repeated: ackedCommands.filter((command) => answers(command.index) > 1),
    notes: ackedCommands.filter((command) => answersTo(command.index).some((call) => JSON.stringify(call.body).includes(CHECK_NOTE))),
    figure,
  };
}

describe('slow slash commands, across a SIGKILL', () => {
  it('runs again from its job every acked command the kill caught before it committed, answering it once', async () => {
    const outcome = await slowCommandsKilled('a', 'held');
    outcome.figure(
      'acked commands not made, announced and answered exactly once',
      outcome.notMadeOnce.length + outcome.notAnnouncedOnce.length + outcome.unanswered.length + outcome.repeated.length,
      true,
    );
    expect(outcome.ackedCommands.length).toBe(COMMANDS);
    expect(outcome.rerun).toBe(COMMANDS);
    expect(outcome.notMadeOnce).toEqual([]);
    expect(outcome.notAnnouncedOnce).toEqual([]);
    expect(outcome.unanswered).toEqual([]);
    expect(outcome.repeated).toEqual([]);
    // Run again, they answer as the command does, not with the note.
    expect(outcome.notes).toEqual([]);
  }, 300_000);

  it('does not run again an acked command whose session had committed, and tells the person to check', async () => {
    const outcome = await slowCommandsKilled('b', 'answering');
    outcome.figure(`acked commands answered twice (≤ ${outcome.answeredAtKill.length} answered at the kill)`, outcome.repeated.length, true);
    expect(outcome.ackedCommands.length).toBe(COMMANDS);
    expect(outcome.jobsAtKill.length).toBeGreaterThan(0);
    expect(outcome.notMadeOnce).toEqual([]);
    expect(outcome.notAnnouncedOnce).toEqual([]);
    expect(outcome.unanswered).toEqual([]);
    expect(outcome.repeated.filter((command) => !outcome.answeredAtKill.includes(command.index))).toEqual([]);
    // Those whose work had committed and had no answer yet got the note instead.
    expect(outcome.notes.length).toBeGreaterThan(0);
  }, 300_000);
});
