/**
 * Keino's reliability figures at full size: `npm run test:reliability`.
 * Crash and takeover: 10,000 jobs due at once, three instances as separate processes, one killed
 * with SIGKILL mid-run. Pass another size as the first argument: `npm run test:reliability -- 20000`.
 */
import { runTakeoverScenario } from './takeover-scenario.js';

const jobs = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(jobs) || jobs < 100) {
  process.stderr.write('usage: npm run test:reliability -- [number of jobs, at least 100]\n');
  process.exit(2);
}

const figures = await runTakeoverScenario({ jobs, instances: 3, leaseMs: 5_000, timeoutMs: 900_000, log: (line) => process.stdout.write(`  ${line}\n`) });
const checks: [string, string, boolean][] = [
  ['jobs due at once', String(figures.jobs), true],
  ['instances (processes)', String(figures.instances), true],
  ['in flight in the killed instance', String(figures.inFlightAtKill), figures.inFlightAtKill > 0],
  ['taken over after the lease', String(figures.takenOver), figures.takenOver >= figures.inFlightAtKill],
  ['delivered', String(figures.delivered), figures.delivered === figures.jobs],
  ['lost', String(figures.lost), figures.lost === 0],
  ['duplicates (≤ in flight)', String(figures.duplicates), figures.duplicates <= figures.inFlightAtKill],
  ['left unfinished', String(figures.notDone), figures.notDone === 0],
  ['seconds', String(figures.seconds), true],
];
process.stdout.write('\nCrash and takeover\n');
for (const [name, value, ok] of checks) process.stdout.write(`  ${ok ? 'ok ' : 'BAD'}  ${name.padEnd(36)} ${value}\n`);
const failed = checks.filter(([, , ok]) => !ok);
process.exitCode = failed.length === 0 ? 0 : 1;
