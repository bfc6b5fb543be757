import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { FigureSink, round } from './bench-report.js';
import type { MemoryUnderLoad } from './command-ack.js';
import { startBareBolt, startKeinoServer, type ServerProcess } from './server-process.js';

export interface FootprintOptions {
  quick: boolean;
  /** From benchmark 1, when it ran. */
  memory?: MemoryUnderLoad;
}

async function timedStart(start: () => Promise<ServerProcess>, settleMs: number): Promise<{ startupMs: number; rssMb: number }> {
  const server = await start();
  try {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return { startupMs: server.startupMs, rssMb: server.rssMb() };
  } finally {
    await server.stop();
  }
}

/**
 * 6. Footprint: resident memory (VmRSS of the server process) idle and under the load of
 * benchmark 1, beside the bare Bolt app's; start-up time from spawning `src/main.ts serve` (through
 * tsx, as `npm start`) to the first /healthz 200, on PostgreSQL and on the embedded PGlite.
 */
export async function benchFootprint(options: FootprintOptions): Promise<FigureSink> {
  const sink = new FigureSink('6 footprint');
  const settleMs = 1000;
  const fake = await FakeSlackApi.start();
  const database = await createTestDatabase('keino_bench_start');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keino-bench-pglite-'));
  try {
    if (options.memory) {
      const { keino, bare } = options.memory;
      sink.add({
        name: 'resident memory, idle (PostgreSQL)',
        value: round(keino.idleMb, 0),
        unit: 'MB',
        baseline: round(bare.idleMb, 0),
        baselineLabel: 'bare Bolt',
      });
      sink.add({
        name: 'resident memory, peak under the load of 1',
        value: round(keino.peakMb, 0),
        unit: 'MB',
        baseline: round(bare.peakMb, 0),
        baselineLabel: 'bare Bolt',
      });
    }
    const bare = await timedStart(() => startBareBolt({ slackApiUrl: fake.apiUrl }), settleMs);
    const postgresStart = await timedStart(
      () => startKeinoServer({ label: 'Keino (PostgreSQL)', slackApiUrl: fake.apiUrl, databaseUrl: database.url }),
      settleMs,
    );
    // The first start on an empty folder creates the embedded database and migrates it.
    const pgliteFirst = await timedStart(() => startKeinoServer({ label: 'Keino (PGlite, first start)', slackApiUrl: fake.apiUrl, dataDir }), settleMs);
    // A restart on the same folder is the everyday case (skipped in the quick mode: the first start says it is alive).
    const pglite = options.quick
      ? undefined
      : await timedStart(() => startKeinoServer({ label: 'Keino (PGlite)', slackApiUrl: fake.apiUrl, dataDir }), settleMs);

    const startRow = (name: string, milliseconds: number) =>
      sink.add({ name, value: round(milliseconds / 1000, 2), unit: 's', baseline: round(bare.startupMs / 1000, 2), baselineLabel: 'bare Bolt' });
    const memoryRow = (name: string, megabytes: number) =>
      sink.add({ name, value: round(megabytes, 0), unit: 'MB', baseline: round(bare.rssMb, 0), baselineLabel: 'bare Bolt' });
    startRow('start-up to /healthz 200, PostgreSQL', postgresStart.startupMs);
    if (pglite) startRow('start-up, embedded PGlite', pglite.startupMs);
    startRow('first start, embedded PGlite (creates and migrates it)', pgliteFirst.startupMs);
    memoryRow('resident memory after start, PostgreSQL', postgresStart.rssMb);
    memoryRow('resident memory after start, PGlite (database in process)', (pglite ?? pgliteFirst).rssMb);
    sink.note(
      `start-up is spawn → first /healthz 200 of a process run through tsx (TypeScript compiled at start, as npm start does), on a migrated database, one start each; memory is VmRSS from /proc, ${settleMs / 1000} s after start`,
    );
    return sink;
  } finally {
    await fake.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
