import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { repositoryRoot } from '../helpers/run-keino.js';
import { TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';

export interface ServerProcess {
  label: string;
  pid: number;
  port: number;
  origin: string;
  /** From spawn to the first GET /healthz that answered 200. */
  startupMs: number;
  /** Resident memory now (VmRSS), in MB. */
  rssMb(): number;
  /** The highest VmRSS seen while sampling. */
  startSampling(everyMs?: number): { stop(): number };
  stop(): Promise<void>;
}

/** Servers still running: killed if the bench itself ends first, so none outlives it. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** VmRSS of a process from /proc (Linux), in MB. */
export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN);
  return kilobytes / 1024;
}

/** The environment of the bench without anything that would configure Keino behind its back. */
function cleanEnvironment(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(SLACK_|MICROSOFT_|DATABASE_URL|KEINO_|PORT$|LOG_LEVEL$)/.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

/**
 * Starts a TypeScript entry point (`src/main.ts serve`, the bare Bolt app) as its own Node process,
 * run through tsx as `npm start` runs Keino, and waits until its /healthz answers 200.
 */
export async function startServerProcess(options: { label: string; args: string[]; env: Record<string, string>; timeoutMs?: number }): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // BENCH_CPU_PROFILE_DIR=<folder>: each server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE_DIR}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, '--import', 'tsx', ...options.args], {
    cwd: repositoryRoot,
    env: cleanEnvironment({ ...options.env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  let gone = false;
  void exited.then(() => (gone = true));

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (gone) throw new Error(`${options.label} exited before it answered /healthz:\n${output.join('')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.label} did not answer /healthz in time:\n${output.join('')}`);
    }
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const startupMs = performance.now() - started;
  const pid = child.pid!;
  return {
    label: options.label,
    pid,
    port,
    origin,
    startupMs,
    rssMb: () => residentMb(pid),
    startSampling(everyMs = 100) {
      let peak = residentMb(pid);
      const timer = setInterval(() => {
        try {
          peak = Math.max(peak, residentMb(pid));
        } catch {
          // exited
        }
      }, everyMs);
      return {
        stop() {
          clearInterval(timer);
          return peak;
        },
      };
    },
    async stop() {
      if (gone) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export const BENCH_BOT_TOKEN = 'xoxb-1000000000001-keino-bench';

/**
 * Keino's real server as `npm run serve` starts it (`src/main.ts serve`): on PostgreSQL when a
 * database URL is given, on the embedded PGlite in `dataDir` otherwise; Slack over HTTP against
 * the fake Web API. Logs at warn, so the child's output is not part of what is measured.
 */
export function startKeinoServer(options: { label: string; slackApiUrl: string; databaseUrl?: string; dataDir?: string }): Promise<ServerProcess> {
  return startServerProcess({
    label: options.label,
    args: ['src/main.ts', 'serve'],
    env: {
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { KEINO_DATA_DIR: options.dataDir ?? '' }),
      SLACK_BOT_TOKEN: BENCH_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: options.slackApiUrl,
      LOG_LEVEL: 'warn',
      // The benchmark's 200 people send hundreds of commands a minute each: no per-person limit.
      KEINO_RATE_LIMIT: '0',
    },
  });
}

/** The baseline: a bare Bolt app on the same receiver setup, acknowledging and nothing else. */
export function startBareBolt(options: { slackApiUrl: string }): Promise<ServerProcess> {
  return startServerProcess({
    label: 'bare Bolt app',
    args: ['test/bench/bare-bolt-app.ts'],
    env: { SLACK_BOT_TOKEN: BENCH_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: options.slackApiUrl },
  });
}
