/**
 * Keino's reliability figures at full size: `npm run test:reliability`.
 *
 * 1. The reliability and privacy tests (test/reliability, test/privacy, the calendars') at full size:
 *    forged and replayed requests, a storm of 200 Slack events delivered four times each, a
 *    30-second database outage, the bad-input fuzzer with ten times the runs, authorisation,
 *    privacy and retention, anonymous polls, injected links and mentions, private calendars,
 *    request bodies and /metrics, outgoing fetches, limits, logs and metrics. Each test reports its
 *    figures into a file this script reads.
 * 2. Crash and takeover: 10,000 jobs due at once, three instances as separate processes, one killed
 *    with SIGKILL mid-run. Pass another size as the first argument: `npm run test:reliability -- 20000`.
 *
 * Ends with one table of every figure; exits 1 when a test failed or a figure broke its promise.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Figure } from '../helpers/figures.js';
import { repositoryRoot } from '../helpers/run-keino.js';
import { runTakeoverScenario } from './takeover-scenario.js';

const jobs = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(jobs) || jobs < 100) {
  process.stderr.write('usage: npm run test:reliability -- [number of jobs, at least 100]\n');
  process.exit(2);
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'keino-reliability-'));
const figuresFile = path.join(folder, 'figures.jsonl');
writeFileSync(figuresFile, '');
const started = Date.now();

/** The vitest run at full size; its output is kept, and shown when something failed. */
function runTests(): Promise<{ passed: boolean; summary: string[]; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        'node_modules/vitest/vitest.mjs',
        'run',
        '--config',
        'test/vitest.config.ts',
        'test/reliability',
        'test/privacy',
        'test/academy/academy-calendar.test.ts',
      ],
      {
        cwd: repositoryRoot,
        env: { ...process.env, KEINO_RELIABILITY_FULL: '1', KEINO_FIGURES_FILE: figuresFile, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    // Progress: each test file as it finishes.
    createInterface({ input: child.stdout }).on('line', (raw) => {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC starts the terminal colour codes this strips.
      const line = raw.replace(/\u001b\[[0-9;]*m/g, '');
      output += `${line}\n`;
      if (/^ (✓|×|❯) test\//.test(line)) process.stdout.write(`  ${line.trim()}\n`);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const summary = output.split('\n').filter((line) => /^\s*(Test Files|Tests)\s/.test(line));
      resolve({ passed: code === 0, summary, output });
    });
  });
}

process.stdout.write('Reliability, security and privacy tests at full size …\n');
const tests = await runTests();
for (const line of tests.summary) process.stdout.write(`${line}\n`);
if (!tests.passed) process.stdout.write(`\nThe tests failed; their output:\n${tests.output.split('\n').slice(-200).join('\n')}\n`);

process.stdout.write(`\nCrash and takeover: ${jobs} jobs, three instances, one killed …\n`);
const takeover = await runTakeoverScenario({ jobs, instances: 3, leaseMs: 5_000, timeoutMs: 900_000, log: (line) => process.stdout.write(`  ${line}\n`) });
const section = 'Crash and takeover';
const figures: Figure[] = readFileSync(figuresFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Figure);
figures.push(
  { section, name: 'jobs due at once, instances (processes)', value: `${takeover.jobs}, ${takeover.instances}`, ok: true },
  { section, name: 'in flight in the killed instance', value: takeover.inFlightAtKill, ok: takeover.inFlightAtKill > 0 },
  { section, name: 'taken over after the lease', value: takeover.takenOver, ok: takeover.takenOver >= takeover.inFlightAtKill },
  { section, name: 'delivered', value: takeover.delivered, ok: takeover.delivered === takeover.jobs },
  { section, name: 'lost', value: takeover.lost, ok: takeover.lost === 0 },
  { section, name: 'duplicates (≤ in flight at the kill)', value: takeover.duplicates, ok: takeover.duplicates <= takeover.inFlightAtKill },
  { section, name: 'left unfinished', value: takeover.notDone, ok: takeover.notDone === 0 },
  { section, name: 'seconds', value: takeover.seconds, ok: true },
);
rmSync(folder, { recursive: true, force: true });

/** The promises in the order docs/security.md tells them. */
const ORDER = [
  'Forged and replayed requests',
  'Who is asking (identity and rights)',
  'Slack retry storm',
  'Crash and takeover',
  'Acked is durable',
  'Database outage',
  'Bad input',
  'Authorisation',
  'Privacy (GDPR)',
  'Retention',
  'Anonymous polls',
  'Text from people',
  'Calendars',
  'Request bodies and /metrics',
  'Outgoing fetches (SSRF)',
  'Limits',
  'Logs and metrics',
];
const sections = [...new Set(figures.map((figure) => figure.section))].sort(
  (a, b) => (ORDER.indexOf(a) + 1 || ORDER.length + 1) - (ORDER.indexOf(b) + 1 || ORDER.length + 1),
);
const width = Math.max(...figures.map((figure) => figure.name.length));
process.stdout.write('\nKeino reliability, security and privacy: the figures\n');
for (const name of sections) {
  process.stdout.write(`\n${name}\n`);
  for (const figure of figures.filter((candidate) => candidate.section === name)) {
    process.stdout.write(`  ${figure.ok ? 'ok ' : 'BAD'}  ${figure.name.padEnd(width)}  ${figure.value}\n`);
  }
}
for (const missing of ORDER.filter((name) => !sections.includes(name))) process.stdout.write(`\n${missing}\n  BAD  no figures (the test did not run)\n`);
const bad = [...figures.filter((figure) => !figure.ok), ...ORDER.filter((name) => !sections.includes(name))];
process.stdout.write(
  `\n${figures.length} figures, ${bad.length} bad; tests ${tests.passed ? 'passed' : 'FAILED'}; ${Math.round((Date.now() - started) / 1000)} s\n`,
);
process.exitCode = tests.passed && bad.length === 0 ? 0 : 1;
