import { sql } from 'drizzle-orm';
import { buildServices } from '../../src/app/build-services.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { localDateOf } from '../../src/core/time/local-time.js';
import { workingMorningClock } from './working-clock.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { DEFAULT_CLAIM_BATCH, JobRunner } from '../../src/jobs/job-runner.js';
import { FigureSink, median, round } from './bench-report.js';
import { seedInterventionsWithNudges, seedOrganisations } from './seed.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

export interface TickOptions {
  quick: boolean;
}

const ZONE = 'Europe/Helsinki';
const ORGANISATIONS = 300;
const OWNERS = 3_000;
const AIM_MS = 100;
/** A whole tick of 1,000 nudges takes seconds: once a size. */
const TICKS = 1;

/** Puts the due jobs back as they were (pending, never tried) and drops the nudges the tick planned. */
async function resetDue(database: TestDatabase, lastSeededJob: number): Promise<void> {
  await database.db.execute(sql`delete from deliveries`);
  await database.db.execute(sql`delete from jobs where id > ${lastSeededJob}`);
  await database.db.execute(sql`
    update jobs set state = 'pending', attempts = 0, lease_until = null, locked_by = null, finished_at = null, last_error = null
    where state <> 'pending' and id <= ${lastSeededJob}`);
}

/**
 * 2. Scheduler tick: the claim of what is due, and a whole tick (claim, the nudge handler that
 * checks each intervention and plans its next nudge, done), with 1,000 due among 10,000, 100,000
 * and 1,000,000 interventions. The 10,000 case is the baseline: the cost should follow what is
 * due, not what is stored.
 */
export async function benchSchedulerTick(options: TickOptions): Promise<FigureSink> {
  const sink = new FigureSink('2 scheduler tick');
  const sizes = options.quick ? [2_000, 20_000] : [10_000, 100_000, 1_000_000];
  const due = options.quick ? 200 : 1_000;
  const repeats = options.quick ? 2 : 5;
  const database = await createTestDatabase('keino_bench_tick');
  try {
    const clock = workingMorningClock();
    const now = clock();
    const today = localDateOf(now, ZONE);
    await seedOrganisations(database.db, ORGANISATIONS);
    await database.db.execute(sql`
      insert into people (name, email, organisation_id)
      select 'Omistaja ' || p, 'omistaja' || p || '@bench.example', (select min(id) from organisations) + p % ${ORGANISATIONS}
      from generate_series(0, ${OWNERS - 1}::int) as p`);
    // Owners have no chat account here: the tick decides and plans; sending is benchmark 3.
    const { services } = buildServices(database.db, { admins: [], timeZone: ZONE }, { clock, logger: silentLogger });
    const store = services.jobs.store;

    let stored = 0;
    const claims: number[] = [];
    const singles: number[] = [];
    const ticks: number[] = [];
    for (const size of sizes) {
      const insertStarted = performance.now();
      await seedInterventionsWithNudges(database.db, { from: stored, to: size, due, today, now });
      sink.note(
        `${size.toLocaleString('en-US')} interventions with a pending nudge each: ${round((performance.now() - insertStarted) / 1000)} s to insert ${(size - stored).toLocaleString('en-US')} by generate_series and vacuum`,
      );
      stored = size;
      const lastSeededJob = Number(rowsOf<{ id: number }>(await database.db.execute(sql`select max(id) as id from jobs`))[0]!.id);

      // The claim as the runner makes it, batches of DEFAULT_CLAIM_BATCH until fewer come back; and
      // the same jobs in one statement, which shows what the database itself spends.
      const claimTimes: number[] = [];
      const singleTimes: number[] = [];
      for (let repeat = 0; repeat < repeats; repeat++) {
        let claimed = 0;
        let started = performance.now();
        for (;;) {
          const batch = await store.claim(DEFAULT_CLAIM_BATCH, 300_000, 'bench', clock());
          claimed += batch.length;
          if (batch.length < DEFAULT_CLAIM_BATCH) break;
        }
        claimTimes.push(performance.now() - started);
        if (claimed !== due) throw new Error(`claimed ${claimed} jobs, expected ${due}`);
        await resetDue(database, lastSeededJob);
        started = performance.now();
        const all = await store.claim(due, 300_000, 'bench', clock());
        singleTimes.push(performance.now() - started);
        if (all.length !== due) throw new Error(`claimed ${all.length} jobs in one statement, expected ${due}`);
        await resetDue(database, lastSeededJob);
      }

      const tickTimes: number[] = [];
      for (let repeat = 0; repeat < TICKS; repeat++) {
        const runner = new JobRunner({ jobs: services.jobs, clock, logger: silentLogger, instanceId: 'bench' });
        const started = performance.now();
        const report = await runner.tick();
        tickTimes.push(performance.now() - started);
        if (report.done !== due) throw new Error(`the tick finished ${report.done} jobs (${JSON.stringify(report)}), expected ${due}`);
        const planned = Number(rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from jobs where id > ${lastSeededJob}`))[0]!.n);
        if (planned !== due) throw new Error(`the tick planned ${planned} next nudges, expected ${due}`);
        await resetDue(database, lastSeededJob);
      }
      claims.push(median(claimTimes));
      singles.push(median(singleTimes));
      ticks.push(median(tickTimes));
    }

    const label = `${sizes[0]!.toLocaleString('en-US')} stored`;
    const of = (size: number) => `${due.toLocaleString('en-US')} due of ${size.toLocaleString('en-US')}`;
    /** One row a size, each read against the smallest; the aim judged on the largest. */
    const rows = (
      name: (size: number) => string,
      values: number[],
      digits: number,
      aim?: { text: string; met: (largest: number, smallest: number) => boolean },
    ) =>
      sizes.forEach((size, index) => {
        const largest = index === sizes.length - 1;
        sink.add({
          name: name(size),
          value: round(values[index]!, digits),
          unit: 'ms',
          ...(index === 0 ? {} : { baseline: round(values[0]!, digits), baselineLabel: label }),
          ...(largest && aim ? { aim: aim.text, met: aim.met(values[index]!, values[0]!) } : {}),
        });
      });
    rows((size) => `claim ${of(size)} (batches of ${DEFAULT_CLAIM_BATCH}, as a tick)`, claims, 1, {
      text: `< ${AIM_MS} ms, < 2× smallest`,
      met: (largest, smallest) => largest < AIM_MS && largest < 2 * smallest,
    });
    rows((size) => `claim ${of(size)} in one statement`, singles, 1);
    rows((size) => `whole tick: claim, check, plan next nudge, done (${of(size)})`, ticks, 0, {
      text: '< 2× smallest',
      met: (largest, smallest) => largest < 2 * smallest,
    });
    sink.note(
      `medians of ${repeats} claims and ${TICKS} tick a size; the tick runs the real nudge handler (concurrency 8) for owners with no chat account, so nothing is sent`,
    );
    return sink;
  } finally {
    await database.drop();
  }
}
