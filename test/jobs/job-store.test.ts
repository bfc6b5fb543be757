import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { consoleCaller, createTestCore } from '../helpers/test-core.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { DrizzleJobStore } from '../../src/db/stores/job-store.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { Jobs } from '../../src/core/jobs/jobs.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { deliverToPerson } from '../../src/core/delivery/delivery-jobs.js';
import { personal, text } from '../../src/core/messages/message.js';

let database: TestDatabase;
let crowd: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  // Fifty connections of their own, like fifty instances enqueueing at once.
  crowd = await openDatabase({ databaseUrl: database.url, dataDir: '', maxConnections: 50 });
});
afterAll(async () => {
  await crowd?.close();
  await database?.drop();
});

const count = async (query: ReturnType<typeof sql>) => Number(rowsOf<{ n: number }>(await database.db.execute(query))[0]!.n);

describe('enqueueing', () => {
  it('makes one job and one message of the same key enqueued 50 times at once on separate connections', async () => {
    const now = new Date('2026-09-01T06:00:00Z');
    const core = createTestCore(database.db, { clock: () => now });
    const gateway = new RecordingGateway('console', () => now);
    core.services.gateways.register(gateway);
    const person = await core.services.people.resolve(consoleCaller('ville').identity, consoleCaller('ville').loadProfile);
    const job = deliverToPerson(person.id, personal([text('Tilaisuus alkaa tunnin kuluttua')]), { key: 'session:9:reminder:hour', dueAt: now });

    // Fifty enqueuers at once, each in a transaction of its own and so on a connection of its own.
    const results = await Promise.all(
      Array.from({ length: 50 }, () => crowd.db.transaction(async (tx) => new Jobs(new DrizzleJobStore(tx as never), () => now).enqueue(job))),
    );
    const backends = await count(sql`select count(*)::int as n from pg_stat_activity where datname = current_database()`);
    expect(backends).toBeGreaterThan(10);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(await count(sql`select count(*)::int as n from jobs where key = 'session:9:reminder:hour'`)).toBe(1);

    // Three runners tick at once: the one job is claimed by one of them.
    const runners = ['a', 'b', 'c'].map((id) => new JobRunner({ jobs: core.services.jobs, clock: () => now, logger: silentLogger, instanceId: id }));
    const reports = await Promise.all(runners.map((runner) => runner.tick()));
    expect(reports.map((report) => report.claimed).sort()).toEqual([0, 0, 1]);
    expect(gateway.sent.map((send) => send.text)).toEqual(['Tilaisuus alkaa tunnin kuluttua']);
  });

  it('never gives the same job to two claimers, however many claim at once', async () => {
    const now = new Date('2026-09-02T06:00:00Z');
    await database.db.execute(sql`
      insert into jobs (kind, key, due_at)
      select 'test.noop', 'burst:' || i, ${now.toISOString()}::timestamptz - (i || ' seconds')::interval from generate_series(1, 600) as i`);
    const store = new DrizzleJobStore(crowd.db);
    const claims = await Promise.all(Array.from({ length: 30 }, (_, index) => store.claim(25, 60_000, `claimer-${index}`, now)));
    const ids = claims.flat().map((job) => job.id);
    expect(ids).toHaveLength(600);
    expect(new Set(ids).size).toBe(600);
    await database.db.execute(sql`delete from jobs where key like 'burst:%'`);
  });
});

describe('claiming at scale', () => {
  it('claims through the partial indexes only, with 200,000 finished jobs and 50,000 future ones in the table', async () => {
    const now = new Date('2026-09-03T06:00:00Z');
    await database.db.execute(sql`
      insert into jobs (kind, key, due_at, state, finished_at)
      select 'test.old', 'old:' || i, ${now.toISOString()}::timestamptz - interval '30 days', 'done', ${now.toISOString()}::timestamptz
      from generate_series(1, 200000) as i`);
    await database.db.execute(sql`
      insert into jobs (kind, key, due_at)
      select 'test.future', 'future:' || i, ${now.toISOString()}::timestamptz + (i || ' minutes')::interval from generate_series(1, 50000) as i`);
    await database.db.execute(sql`
      insert into jobs (kind, key, due_at) select 'test.now', 'now:' || i, ${now.toISOString()}::timestamptz from generate_series(1, 30) as i`);
    await database.db.execute(sql`analyze jobs`);

    const query = new DrizzleJobStore(database.db).claimQuery(20, 60_000, 'planner', now).toSQL();
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      const [row] = await client.unsafe(`explain (format json) ${query.sql}`, query.params as never[]);
      const plan = JSON.stringify(row!['QUERY PLAN']);
      expect(plan).not.toContain('Seq Scan');
      expect(plan).not.toContain('"Sort"');
      expect(plan).toContain('"Index Name":"jobs_pending_due_idx"');
      expect(plan).toContain('"Index Name":"jobs_running_lease_idx"');
      expect(plan).toContain('"Index Name":"jobs_pkey"'); // the update finds the claimed rows by id
    } finally {
      await client.end();
    }
    const claimed = await new DrizzleJobStore(database.db).claim(20, 60_000, 'planner', now);
    expect(claimed).toHaveLength(20);
    expect(claimed.every((job) => job.kind === 'test.now')).toBe(true);
  });
});
