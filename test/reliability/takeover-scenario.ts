import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TakeoverOptions {
  /** Jobs due at once. */
  jobs: number;
  /** Instances, each a process of its own; the first is killed. */
  instances?: number;
  /** The lease: how soon the killed instance's jobs are taken over. */
  leaseMs?: number;
  /** Share of the jobs delivered when the kill comes. */
  killAt?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface TakeoverFigures {
  jobs: number;
  instances: number;
  /** Jobs the killed instance had claimed and not finished when it died. */
  inFlightAtKill: number;
  /** Messages the platform received. */
  sends: number;
  /** Jobs whose message the platform received. */
  delivered: number;
  /** Messages received more than once (sends − delivered). */
  duplicates: number;
  lost: number;
  /** Jobs not done once the survivors finished (pending, running, failed). */
  notDone: number;
  /** Jobs the survivors took over from the killed instance. */
  takenOver: number;
  seconds: number;
}

interface Worker {
  id: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  output: string[];
}

function startWorker(databaseUrl: string, id: string, leaseMs: number): Promise<Worker> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/reliability/takeover-worker.ts', databaseUrl, id, String(leaseMs)], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker ${id} did not start: ${output.join('')}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (chunk.toString().includes(`ready ${id}`)) {
        clearTimeout(timer);
        resolve({ id, child, exited, output });
      }
    });
    void exited.then((code) => reject(new Error(`worker ${id} exited (${code}) before it was ready: ${output.join('')}`)));
  });
}

async function number(database: TestDatabase, query: ReturnType<typeof sql>): Promise<number> {
  return Number(rowsOf<{ n: number | string }>(await database.db.execute(query))[0]!.n);
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * N jobs due at once; several instances (separate processes) claim them together; the first is
 * killed with SIGKILL once a share of the jobs went out. Counts what the platform received.
 */
export async function runTakeoverScenario(options: TakeoverOptions): Promise<TakeoverFigures> {
  const instances = options.instances ?? 3;
  const leaseMs = options.leaseMs ?? 3_000;
  const log = options.log ?? (() => {});
  const started = Date.now();
  const database = await createTestDatabase('keino_takeover');
  const workers: Worker[] = [];
  try {
    await database.db.execute(
      sql`create table reliability_sink (id serial primary key, job_key text not null, instance text not null, at timestamptz not null default now())`,
    );
    // Setup by SQL for speed: the engine under test is what claims and sends them. Due a second ago
    // on the workers' clock, not PostgreSQL's: the two differ when a test fakes the time (faketime).
    await database.db.execute(sql`
      insert into jobs (kind, key, payload, due_at)
      select 'deliver.conversation', 'takeover:' || i,
        jsonb_build_object(
          'conversation', jsonb_build_object('platform', 'slack', 'tenantId', 'T1', 'channelId', 'C' || (i % 97), 'kind', 'channel'),
          'message', jsonb_build_object('kind', 'message', 'visibility', 'conversation', 'summary', 'takeover:' || i,
            'blocks', jsonb_build_array(jsonb_build_object('type', 'text', 'text', 'Muistutus ' || i)))),
        ${new Date(Date.now() - 1_000).toISOString()}::timestamptz
      from generate_series(1, ${options.jobs}) as i`);
    log(`${options.jobs} jobs due; starting ${instances} instances (lease ${leaseMs} ms)`);

    workers.push(...(await Promise.all(Array.from({ length: instances }, (_, index) => startWorker(database.url, `instance-${index + 1}`, leaseMs)))));
    const [victim] = workers;

    const killAt = Math.floor(options.jobs * (options.killAt ?? 0.3));
    const deadline = Date.now() + (options.timeoutMs ?? 300_000);
    while ((await number(database, sql`select count(*)::int as n from reliability_sink`)) < killAt) {
      if (Date.now() > deadline) throw new Error('the instances did not get going');
      await pause(20);
    }
    victim!.child.kill('SIGKILL');
    await victim!.exited;
    // Let statements the dead connection had already sent finish on the server before counting.
    await pause(300);
    const inFlightAtKill = await number(database, sql`select count(*)::int as n from jobs where state = 'running' and locked_by = ${victim!.id}`);
    log(`killed ${victim!.id} with SIGKILL after ${killAt} sends; it had ${inFlightAtKill} jobs in flight`);

    for (;;) {
      const open = await number(database, sql`select count(*)::int as n from jobs where state <> 'done' and state <> 'failed'`);
      if (open === 0) break;
      if (Date.now() > deadline) throw new Error(`${open} jobs still open at the deadline`);
      await pause(100);
    }
    const survivors = workers.slice(1);
    for (const worker of survivors) worker.child.kill('SIGTERM');
    const codes = await Promise.all(survivors.map((worker) => worker.exited));
    if (codes.some((code) => code !== 0)) throw new Error(`a surviving instance did not stop cleanly: ${codes.join(', ')}`);

    const sends = await number(database, sql`select count(*)::int as n from reliability_sink`);
    const delivered = await number(database, sql`select count(distinct job_key)::int as n from reliability_sink`);
    const notDone = await number(database, sql`select count(*)::int as n from jobs where state <> 'done'`);
    const takenOver = await number(database, sql`select count(*)::int as n from jobs where attempts > 1`);
    const figures: TakeoverFigures = {
      jobs: options.jobs,
      instances,
      inFlightAtKill,
      sends,
      delivered,
      duplicates: sends - delivered,
      lost: options.jobs - delivered,
      notDone,
      takenOver,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    log(`figures: ${JSON.stringify(figures)}`);
    return figures;
  } finally {
    for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    await Promise.all(workers.map((worker) => worker.exited));
    await database.drop();
  }
}
