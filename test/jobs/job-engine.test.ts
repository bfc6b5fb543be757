import { jobChartSince } from '../../src/core/jobs/job-charts.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import type { KeinoCore } from '../../src/core/keino.js';
import cron from 'node-cron';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { JobScheduler, tickExpression } from '../../src/jobs/job-scheduler.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { DeliveryError } from '../../src/core/ports/platform-gateway.js';
import { deliverToPerson } from '../../src/core/delivery/delivery-jobs.js';
import { personal, text } from '../../src/core/messages/message.js';
import { DuplicateJobKindError } from '../../src/core/jobs/jobs.js';
import { JobPostponed, PermanentJobError } from '../../src/core/jobs/job.js';
import { backoffMs } from '../../src/core/jobs/retry-policy.js';
import { defineJob } from '../../src/core/jobs/job-definition.js';
import { z } from 'zod';
import { rowsOf } from '../../src/db/stores/people-store.js';
import type { Person } from '../../src/core/people/person.js';

let database: TestDatabase;
let core: KeinoCore;
let now: Date;
const clock = () => now;
let teams: RecordingGateway;
let aino: Person;
let runner: JobRunner;

const at = (iso: string) => new Date(iso);
const plus = (date: Date, milliseconds: number) => new Date(date.getTime() + milliseconds);
const teamsCaller = (userId: string, email: string) => ({
  identity: { platform: 'teams' as const, tenantId: 'tenant-1', userId },
  loadProfile: async () => ({ name: userId, email }),
});

async function job(key: string) {
  const found = await core.services.jobs.find(key);
  if (!found) throw new Error(`no job ${key}`);
  return found;
}

async function deliveriesOf(key: string): Promise<number> {
  const rows = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from deliveries where key like ${`${key}#%`}`));
  return Number(rows[0]!.n);
}

beforeAll(async () => {
  database = await createTestDatabase();
  now = at('2026-05-04T06:00:00Z');
  core = createTestCore(database.db, { clock, admins: ['admin@keino.fi'] });
  teams = new RecordingGateway('teams', clock);
  core.services.gateways.register(teams);
  aino = await core.services.people.resolve(teamsCaller('aad-aino', 'aino@kunta.fi').identity, teamsCaller('aad-aino', 'aino@kunta.fi').loadProfile);
  runner = new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'test-instance', leaseMs: 60_000 });
});
afterAll(async () => {
  await runner?.stop();
  await database?.drop();
});
beforeEach(() => {
  teams.failAlways(undefined);
});

const reminder = (key: string, dueAt: Date, maxAttempts?: number) =>
  deliverToPerson(aino.id, personal([text(`Muistutus ${key}`)]), { key, dueAt, maxAttempts });

describe('retries', () => {
  it('retries a 429 at its Retry-After and a 500 with backoff, and delivers once', async () => {
    const start = now;
    await core.services.jobs.enqueue(reminder('retry:429-500', start));
    teams.failNext(new DeliveryError('rate limited', { retryAfterMs: 2_000, status: 429 }), new DeliveryError('connector error', { status: 500 }));

    expect(await runner.tick()).toMatchObject({ claimed: 1, retried: 1 });
    let state = await job('retry:429-500');
    expect(state).toMatchObject({ state: 'pending', attempts: 1 });
    expect(state.dueAt).toEqual(plus(start, 2_000)); // Retry-After, exactly
    expect(state.lastError).toMatch(/429/);

    now = plus(start, 1_999);
    expect((await runner.tick()).claimed).toBe(0); // not before Retry-After

    now = plus(start, 2_000);
    expect(await runner.tick()).toMatchObject({ claimed: 1, retried: 1 });
    state = await job('retry:429-500');
    expect(state.dueAt).toEqual(plus(start, 2_000 + backoffMs(2))); // the backoff after the 2nd attempt
    expect(backoffMs(2)).toBe(60_000);
    expect(state.lastError).toMatch(/500/);

    now = plus(start, 61_000);
    expect((await runner.tick()).claimed).toBe(0);
    now = plus(start, 62_000);
    expect(await runner.tick()).toMatchObject({ claimed: 1, done: 1 });

    expect(teams.attempts.slice(-3)).toEqual([start, plus(start, 2_000), plus(start, 62_000)]);
    expect(teams.sent.filter((send) => send.text === 'Muistutus retry:429-500')).toHaveLength(1);
    expect(await job('retry:429-500')).toMatchObject({ state: 'done', attempts: 3 });
    expect(await deliveriesOf('retry:429-500')).toBe(1);
    expect((await runner.tick()).claimed).toBe(0);
  });

  it('marks a send that always fails as failed after the last attempt, with its error', async () => {
    const start = now;
    teams.failAlways(new DeliveryError('connector error', { status: 502 }));
    await core.services.jobs.enqueue(reminder('retry:always', start, 3));
    const tried: Date[] = [];
    for (let round = 0; round < 3; round++) {
      now = (await job('retry:always')).dueAt;
      tried.push(now);
      await runner.tick();
    }
    expect(tried).toEqual([start, plus(start, backoffMs(1)), plus(start, backoffMs(1) + backoffMs(2))]);
    const failed = await job('retry:always');
    expect(failed).toMatchObject({ state: 'failed', attempts: 3, maxAttempts: 3 });
    expect(failed.lastError).toBe('DeliveryError 502: connector error');
    now = plus(now, 24 * 3_600_000);
    expect((await runner.tick()).claimed).toBe(0); // failed is final, never dropped, never rerun
  });

  it('fails at once when the platform says the failure is permanent', async () => {
    teams.failAlways(new DeliveryError('channel_not_found', { permanent: true, code: 'channel_not_found' }));
    await core.services.jobs.enqueue(reminder('retry:permanent', now));
    expect(await runner.tick()).toMatchObject({ claimed: 1, failed: 1 });
    expect(await job('retry:permanent')).toMatchObject({ state: 'failed', attempts: 1 });
  });

  it('fails a job whose payload can never work, without retrying', async () => {
    core.services.jobs.registerJobHandler('test.bad-payload', async () => {
      throw new PermanentJobError('the thing is gone');
    });
    await core.services.jobs.enqueue({ kind: 'test.bad-payload', key: 'bad:1', dueAt: now });
    await runner.tick();
    expect(await job('bad:1')).toMatchObject({ state: 'failed', attempts: 1, lastError: 'PermanentJobError: the thing is gone' });
  });

  it('hands a defined kind its payload parsed, and fails a row that does not fit at once without running the handler', async () => {
    const greeting = defineJob({
      kind: 'test.greeting',
      payload: z.object({ personId: z.number().int(), times: z.number().int().default(1) }),
      key: ({ personId }) => `greet:${personId}`,
    });
    const seen: unknown[] = [];
    core.services.jobs.handle(greeting, async (job) => {
      seen.push(job.payload);
    });
    await core.services.jobs.enqueue(greeting.job({ personId: aino.id }, { dueAt: now }));
    // A row written by hand (or by an older version) that names no person.
    await core.services.jobs.enqueue({ kind: 'test.greeting', key: 'greet:broken', payload: { personId: 'aino' }, dueAt: now });
    await runner.tick();
    expect(seen).toEqual([{ personId: aino.id, times: 1 }]);
    expect(await job(`greet:${aino.id}`)).toMatchObject({ state: 'done' });
    const broken = await job('greet:broken');
    expect(broken).toMatchObject({ state: 'failed', attempts: 1 });
    expect(broken.lastError).toMatch(/PermanentJobError: job greet:broken carries no valid test.greeting payload \(personId\)/);
  });

  it('retries a kind this instance has no handler for (a newer instance may know it)', async () => {
    await core.services.jobs.enqueue({ kind: 'test.from-the-future', key: 'future:1', dueAt: now });
    await runner.tick();
    expect(await job('future:1')).toMatchObject({ state: 'pending', attempts: 1, lastError: expect.stringMatching(/no handler/) });
    await core.services.jobs.cancel('future:1');
  });
});

describe('handlers and keys', () => {
  it('puts a job that waits for a rate budget back until then, the attempt not counted', async () => {
    let runs = 0;
    core.services.jobs.registerJobHandler('test.postponed', async (claimed) => {
      runs += 1;
      if (runs === 1) throw new JobPostponed(plus(claimed.dueAt, 30_000), 'budget full');
    });
    const woken: Date[] = [];
    const stopListening = core.services.jobs.onWake((when) => woken.push(when));
    await core.services.jobs.enqueue({ kind: 'test.postponed', key: 'postponed:1', dueAt: now, maxAttempts: 1 });
    expect(await runner.tick()).toMatchObject({ claimed: 1, done: 0, retried: 0, failed: 0 });
    expect(await job('postponed:1')).toMatchObject({ state: 'pending', attempts: 0, dueAt: plus(now, 30_000) });
    expect(woken).toEqual([plus(now, 30_000)]);
    stopListening();
    now = plus(now, 30_000);
    expect(await runner.tick()).toMatchObject({ claimed: 1, done: 1 });
    expect(runs).toBe(2);
    expect(await job('postponed:1')).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('refuses a second handler for the same kind', () => {
    core.services.jobs.registerJobHandler('test.once', async () => {});
    expect(() => core.services.jobs.registerJobHandler('test.once', async () => {})).toThrow(DuplicateJobKindError);
  });

  it('moves a waiting job and cancels jobs by key prefix, but not what already ran', async () => {
    const jobs = core.services.jobs;
    const later = plus(now, 3_600_000);
    for (const day of ['2026-06-01', '2026-06-08', '2026-06-15']) await jobs.enqueue(reminder(`nudge:77:${day}`, later));
    await jobs.enqueue(reminder('nudge:770:2026-06-01', later));
    expect(await jobs.reschedule('nudge:77:2026-06-01', plus(later, 60_000))).toBe(true);
    expect((await job('nudge:77:2026-06-01')).dueAt).toEqual(plus(later, 60_000));
    expect(await jobs.cancel({ prefix: 'nudge:77:' })).toBe(3);
    expect((await job('nudge:770:2026-06-01')).state).toBe('pending');
    expect(await jobs.cancel({ prefix: 'nudge:77:' })).toBe(0);
    expect(await jobs.reschedule('retry:429-500', later)).toBe(false); // done stays done
    await jobs.cancel('nudge:770:2026-06-01');
  });

  it('enqueues, moves and cancels many at once exactly as one by one: keys taken literally, what ran left alone', async () => {
    const jobs = core.services.jobs;
    const later = plus(now, 3_600_000);
    const created = await jobs.enqueueMany(['bulk:5:a', 'bulk:5:b', 'bulk:55:a', 'bulk:%:a', 'bulk:5_:a'].map((key) => reminder(key, later)));
    expect(created).toEqual(new Set(['bulk:5:a', 'bulk:5:b', 'bulk:55:a', 'bulk:%:a', 'bulk:5_:a']));
    expect(await jobs.enqueueMany([reminder('bulk:5:a', now), reminder('bulk:6:a', later)])).toEqual(new Set(['bulk:6:a']));
    expect((await job('bulk:5:a')).dueAt).toEqual(later); // an existing key is not changed by enqueueing it again

    expect(await jobs.cancel({ prefixes: ['bulk:5:', 'bulk:%:'] })).toBe(3);
    expect(await Promise.all(['bulk:5:a', 'bulk:5:b', 'bulk:%:a', 'bulk:55:a', 'bulk:5_:a', 'bulk:6:a'].map(async (key) => (await job(key)).state))).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'pending',
      'pending',
      'pending',
    ]);
    // A cancelled job comes back when moved; one that ran, or none, is not moved.
    const moved = await jobs.rescheduleMany([
      { key: 'bulk:5:a', dueAt: plus(later, 60_000) },
      { key: 'retry:429-500', dueAt: later },
      { key: 'bulk:none', dueAt: later },
    ]);
    expect(moved).toEqual(new Set(['bulk:5:a']));
    expect(await job('bulk:5:a')).toMatchObject({ state: 'pending', dueAt: plus(later, 60_000) });
    expect(await jobs.cancel({ prefixes: [] })).toBe(0);
    await jobs.cancel({ prefixes: ['bulk:'] });
  });
});

describe('crashes and shutdown', () => {
  it('takes over the jobs of an instance that stopped when their lease runs out', async () => {
    const start = now;
    await core.services.jobs.enqueue(reminder('crash:1', start));
    // Another instance claims it and dies before finishing: it never completes nor renews.
    const [claimed] = await core.services.jobs.store.claim(10, 60_000, 'dead-instance', start);
    expect(claimed).toMatchObject({ key: 'crash:1', lockedBy: 'dead-instance', attempts: 1 });

    now = plus(start, 59_000);
    expect((await runner.tick()).claimed).toBe(0); // the lease still holds
    now = plus(start, 60_001);
    expect(await runner.tick()).toMatchObject({ claimed: 1, done: 1 });
    expect(await job('crash:1')).toMatchObject({ state: 'done', attempts: 2, lockedBy: 'test-instance' });
    expect(teams.sent.filter((send) => send.text === 'Muistutus crash:1')).toHaveLength(1);
  });

  it('does not send again what a crashed attempt had sent before it could finish', async () => {
    const start = now;
    await core.services.jobs.enqueue(reminder('crash:2', start));
    const [claimed] = await core.services.jobs.store.claim(10, 60_000, 'dead-instance', start);
    // The dead instance got as far as sending and recording the send, not as marking the job done.
    await core.services.delivery.forJob(claimed!).sendToPerson(aino.id, personal([text('Muistutus crash:2')]));
    now = plus(start, 60_001);
    await runner.tick();
    expect(await job('crash:2')).toMatchObject({ state: 'done', attempts: 2 });
    expect(teams.sent.filter((send) => send.text === 'Muistutus crash:2')).toHaveLength(1);
  });

  it('fails a job whose last attempt was lost with its instance', async () => {
    const start = now;
    await core.services.jobs.enqueue(reminder('crash:last', start, 1));
    await core.services.jobs.store.claim(10, 60_000, 'dead-instance', start);
    now = plus(start, 60_001);
    await runner.tick();
    expect(await job('crash:last')).toMatchObject({ state: 'failed', lastError: expect.stringMatching(/lease ran out on attempt 1/) });
  });

  it('gives back claimed jobs it has not started when it stops', async () => {
    const jobs = core.services.jobs;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: string[] = [];
    jobs.registerJobHandler('test.slow', async (claimed) => {
      started.push(claimed.key);
      await gate;
    });
    for (let index = 0; index < 5; index++) await jobs.enqueue({ kind: 'test.slow', key: `slow:${index}`, dueAt: now });
    const stopping = new JobRunner({ jobs, clock, logger: silentLogger, instanceId: 'stopping', concurrency: 1, batchSize: 5 });
    const tick = stopping.tick();
    while (started.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const stopped = stopping.stop();
    release();
    await Promise.all([tick, stopped]);
    expect(started).toEqual(['slow:0']);
    const after = await Promise.all([0, 1, 2, 3, 4].map((index) => job(`slow:${index}`)));
    expect(after.map(({ state, attempts }) => `${state}/${attempts}`)).toEqual(['done/1', 'pending/0', 'pending/0', 'pending/0', 'pending/0']);
    expect((await stopping.tick()).claimed).toBe(0); // a stopped runner claims nothing
  });
});

describe('the tick', () => {
  it('runs due work as soon as the scheduler starts, then on every node-cron tick, and stops cleanly', async () => {
    const scheduler = new JobScheduler(new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'cron' }), {
      tickSeconds: 1,
      logger: silentLogger,
    });
    await core.services.jobs.enqueue(reminder('tick:at-start', now));
    await scheduler.start();
    expect(cron.getTasks().size).toBe(1);
    const deadline = Date.now() + 20_000;
    while ((await job('tick:at-start')).state !== 'done' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await job('tick:at-start')).state).toBe('done');
    // Work enqueued while it runs goes out at a following tick, with nobody calling tick().
    await core.services.jobs.enqueue(reminder('tick:later', now));
    while ((await job('tick:later')).state !== 'done' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await job('tick:later')).state).toBe('done');
    await scheduler.stop();
    expect(cron.getTasks().size).toBe(0);
    expect(scheduler.running).toBe(false);
  });

  it('ticks every minute by default and refuses a tick that does not divide the minute', () => {
    expect(tickExpression(60)).toBe('0 * * * * *');
    expect(tickExpression(15)).toBe('*/15 * * * * *');
    expect(() => tickExpression(7)).toThrow(RangeError);
  });
});

describe('admin jobs', () => {
  const admin = teamsCaller('aad-admin', 'admin@keino.fi');
  const member = teamsCaller('aad-member', 'member@kunta.fi');
  const conversation = { platform: 'teams' as const, tenantId: 'tenant-1', channelId: 'personal-chat', kind: 'personal' as const };
  const ask = (caller: typeof admin, input: string) => core.handleText({ caller, conversation, text: input, source: 'message' });

  it('shows admins the counts by state and the latest failures', async () => {
    const reply = replyText(await ask(admin, 'ylläpito työt'));
    const counts = rowsOf<{ state: string; n: number }>(await database.db.execute(sql`select state, count(*)::int as n from jobs group by state`));
    const failed = counts.find((row) => row.state === 'failed')!.n;
    expect(failed).toBeGreaterThanOrEqual(3);
    expect(reply).toContain('Ajastetut työt');
    expect(reply).toContain(`Epäonnistui: ${failed}`);
    expect(reply).toContain(`Valmis: ${counts.find((row) => row.state === 'done')!.n}`);
    expect(reply).toContain('Viimeisimmät epäonnistuneet');
    expect(reply).toMatch(/test\.bad-payload bad:1 – .*yrityksiä 1\/8: PermanentJobError: the thing is gone/);
    expect(reply).toContain('deliver.person retry:always');
    expect(reply).toContain('yrityksiä 3/3: DeliveryError 502: connector error');
    expect(replyText(await ask(admin, 'lang en'))).toContain('English');
    const english = await ask(admin, 'admin jobs');
    expect(replyText(english)).toContain('Latest failures');

    // The chart: the jobs that ended in each of the last seven days, by how they ended.
    const [chart] = english.kind === 'message' ? english.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : [])) : [];
    const since = jobChartSince(now, 'Europe/Helsinki');
    const ended = rowsOf<{ state: string; n: number }>(
      await database.db.execute(
        sql`select state, count(*)::int as n from jobs where state in ('done', 'failed', 'cancelled') and finished_at >= ${since.toISOString()}::timestamptz group by state`,
      ),
    );
    expect(chart!.labels).toHaveLength(7);
    expect(chart!.series.map((series) => series.name)).toEqual(['Done', 'Failed', 'Cancelled']);
    for (const [index, state] of ['done', 'failed', 'cancelled'].entries()) {
      const total = chart!.series[index]!.values.reduce((sum, value) => sum + value, 0);
      expect(total).toBe(ended.find((row) => row.state === state)?.n ?? 0);
    }
    expect(ended.find((row) => row.state === 'failed')!.n).toBeGreaterThan(0);
    expect(chart!.altText).toMatch(/^Jobs ended in the last 7 days: .*\d+ done, \d+ failed, \d+ cancelled\.$/);
  });

  it('refuses a member politely', async () => {
    const reply = await ask(member, 'ylläpito työt');
    expect(replyText(reply)).toMatch(/Tämä komento on vain seuraaville: ylläpitäjä/);
  });
});
