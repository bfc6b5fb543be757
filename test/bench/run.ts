/**
 * `npm run bench`: Keino's speed and scale, each figure beside a baseline measured in the same run.
 *
 *   npm run bench                      full size (under 10 minutes on 2 cores)
 *   npm run bench -- --quick           every benchmark at a tiny size (CI): fails only when a
 *                                      correctness figure is wrong, never on speed
 *   npm run bench -- --json out.json   the same figures as JSON
 *   npm run bench -- --only polls,faq  some of them (ack, tick, delivery, pacing, faq, polls, first-contact, footprint, import, charts, dashboard)
 *   npm run bench -- --faq-corpus c.yaml --faq-questions q.yaml
 *                                      the FAQ benchmark on another FAQ file and its questions
 *                                      (default: the starter FAQ and test/faq/questions/)
 *   BENCH_CPU_PROFILE_DIR=/tmp/p …     the server processes write V8 CPU profiles there
 *
 * Needs PostgreSQL at TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * each benchmark makes and drops its own database.
 */
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { renderTable, writeJson, type BenchFigure, type BenchRun, type FigureSink, type MachineInfo } from './bench-report.js';
import { benchCommandAck, type MemoryUnderLoad } from './command-ack.js';
import { benchSchedulerTick } from './scheduler-tick.js';
import { benchDelivery } from './delivery.js';
import { benchSharedPacing } from './shared-pacing.js';
import { benchFaq } from './faq.js';
import { benchPolls } from './polls.js';
import { benchFirstContact } from './first-contact.js';
import { benchFootprint } from './footprint.js';
import { benchImport } from './import.js';
import { benchCharts } from './charts.js';
import { benchDashboard } from './dashboard.js';
import { TEST_DATABASE_URL } from '../helpers/test-database.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    only: { type: 'string' },
    'faq-corpus': { type: 'string' },
    'faq-questions': { type: 'string' },
  },
});
const quick = values.quick ?? false;
const only = values.only ? new Set(values.only.split(',').map((name) => name.trim())) : undefined;

async function machine(): Promise<MachineInfo> {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const client = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [row] = await client<{ server_version: string }[]>`show server_version`;
    return {
      cpus: os.availableParallelism(),
      cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      node: process.version,
      postgres: row?.server_version ?? 'unknown',
      loadAtStart: Math.round(os.loadavg()[0]! * 100) / 100,
    };
  } finally {
    await client.end({ timeout: 1 });
  }
}

interface Benchmark {
  name: string;
  run(): Promise<FigureSink>;
}

// Benchmark 1 measures the server's memory under its load; benchmark 6 reports it.
let memory: MemoryUnderLoad | undefined;

const benchmarks: Benchmark[] = [
  {
    name: 'ack',
    async run() {
      const result = await benchCommandAck({ quick });
      memory = result.memory;
      return result.sink;
    },
  },
  { name: 'tick', run: () => benchSchedulerTick({ quick }) },
  { name: 'delivery', run: () => benchDelivery({ quick }) },
  { name: 'pacing', run: () => benchSharedPacing({ quick }) },
  { name: 'faq', run: () => benchFaq({ quick, corpus: values['faq-corpus'], questions: values['faq-questions'] }) },
  { name: 'polls', run: () => benchPolls({ quick }) },
  { name: 'first-contact', run: () => benchFirstContact({ quick }) },
  { name: 'footprint', run: () => benchFootprint({ quick, memory }) },
  { name: 'import', run: () => benchImport({ quick }) },
  { name: 'charts', run: () => benchCharts({ quick }) },
  { name: 'dashboard', run: () => benchDashboard({ quick }) },
];
const unknown = [...(only ?? [])].filter((name) => !benchmarks.some((benchmark) => benchmark.name === name));
if (unknown.length > 0) {
  process.stderr.write(`unknown benchmark ${unknown.join(', ')}; there are ${benchmarks.map((benchmark) => benchmark.name).join(', ')}\n`);
  process.exit(2);
}

const started = Date.now();
const run: BenchRun = {
  mode: quick ? 'quick' : 'full',
  startedAt: new Date().toISOString(),
  seconds: 0,
  machine: await machine(),
  figures: [],
  failures: [],
  notes: [],
};
process.stdout.write(
  `Keino benchmarks (${run.mode}) on ${run.machine.cpus} × ${run.machine.cpuModel}, ${run.machine.memoryGb} GB, Node ${run.machine.node}, PostgreSQL ${run.machine.postgres}, load ${run.machine.loadAtStart}\n`,
);
for (const benchmark of benchmarks) {
  if (only && !only.has(benchmark.name)) continue;
  const benchStarted = Date.now();
  process.stdout.write(`\n▶ ${benchmark.name} …\n`);
  try {
    const sink = await benchmark.run();
    run.figures.push(...sink.figures);
    run.notes.push(...sink.notes);
    process.stdout.write(`${renderTable(sink.figures)}\n`);
  } catch (error) {
    const cause = (error as Error)?.cause;
    const described = `${(error as Error)?.stack ?? String(error)}${cause ? `\ncaused by: ${(cause as Error)?.message ?? String(cause)}` : ''}`;
    run.failures.push({ bench: benchmark.name, error: described });
    process.stdout.write(`✗ ${benchmark.name} failed: ${described}\n`);
  }
  process.stdout.write(`  (${Math.round((Date.now() - benchStarted) / 1000)} s)\n`);
}
run.seconds = Math.round((Date.now() - started) / 1000);
run.machine.loadAtEnd = Math.round(os.loadavg()[0]! * 100) / 100;

const wrong: BenchFigure[] = run.figures.filter((figure) => figure.correct === false);
process.stdout.write(`\n${renderTable(run.figures)}\n\nNotes:\n${run.notes.map((note) => `- ${note}`).join('\n')}\n`);
process.stdout.write(`\n${run.seconds} s in all; load ${run.machine.loadAtStart} at the start, ${run.machine.loadAtEnd} at the end\n`);
if (values.json) writeJson(values.json, run);
if (wrong.length > 0) process.stdout.write(`WRONG: ${wrong.map((figure) => `${figure.bench} ${figure.name}`).join('; ')}\n`);
if (run.failures.length > 0) process.stdout.write(`FAILED: ${run.failures.map((failure) => failure.bench).join(', ')}\n`);
// Exit even if a client somewhere still holds a socket: a benchmark must never hang CI.
process.exit(wrong.length > 0 || run.failures.length > 0 ? 1 : 0);
