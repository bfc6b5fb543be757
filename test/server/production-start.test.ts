import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { repositoryRoot } from '../helpers/run-keino.js';
import { TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * `npm run serve` as an operator runs it, with NODE_ENV=production: Slack only, Teams only and
 * both start; a setting production must not have (or must have) stops the start within seconds,
 * with one line that says why, and the process ends.
 */

let database: TestDatabase;
let slack: FakeSlackApi;

beforeAll(async () => {
  database = await createTestDatabase();
  slack = await FakeSlackApi.start();
});
afterAll(async () => {
  await slack?.close();
  await database?.drop();
});

interface Started {
  /** 'listening' once the server said so; otherwise the exit code. */
  outcome: 'listening' | number | null;
  stderr: string;
  /** From the spawn (tsx compiling included) to listening or exit; the spawn is killed after three minutes (a loaded machine compiles slowly). */
  seconds: number;
  /** Which platforms the server said it mounted. */
  platforms?: string[];
}

/** Starts `src/main.ts serve` and stops it as soon as it listens (or reports how it ended). */
function serve(env: Record<string, string>): Promise<Started> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(SLACK_|MICROSOFT_|DATABASE_URL|KEINO_|NODE_ENV|LOG_LEVEL)/.test(name)) clean[name] = value;
  }
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
      cwd: repositoryRoot,
      env: { ...clean, DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let listening: Started | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server neither listened nor stopped\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, 180_000);
    // The logs (JSON lines) go to standard error, as does the reason a start failed.
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const line = stderr.split('\n').find((candidate) => candidate.includes('Keino is listening'));
      if (line && !listening) {
        listening = {
          outcome: 'listening',
          stderr,
          seconds: (Date.now() - started) / 1000,
          platforms: (JSON.parse(line) as { platforms: string[] }).platforms,
        };
        child.kill('SIGTERM');
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(listening ?? { outcome: code, stderr, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1000000000001-keino-production', SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET };
const TEAMS = {
  MICROSOFT_APP_ID: '6b65696e-6f00-4b00-8000-000000000001',
  MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
  MICROSOFT_ALLOWED_TENANTS: '7e4a0000-0000-4000-8000-00000000c0de',
};

describe('npm run serve with NODE_ENV=production', () => {
  it('starts with Slack only, Teams only, and both', async () => {
    const slackOnly = await serve({ ...SLACK, SLACK_API_URL: slack.apiUrl });
    expect(slackOnly).toMatchObject({ outcome: 'listening', platforms: ['slack'] });
    const teamsOnly = await serve(TEAMS);
    expect(teamsOnly).toMatchObject({ outcome: 'listening', platforms: ['teams'] });
    const both = await serve({ ...SLACK, SLACK_API_URL: slack.apiUrl, ...TEAMS });
    expect(both).toMatchObject({ outcome: 'listening', platforms: ['slack', 'teams'] });
  }, 720_000);

  it('refuses what production must not have with one clear line, and ends by itself', async () => {
    const refusals = [
      [{ KEINO_TEAMS_UNAUTHENTICATED: '1' }, /KEINO_TEAMS_UNAUTHENTICATED/],
      [{ MICROSOFT_APP_ID: TEAMS.MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD: 'x' }, /MICROSOFT_ALLOWED_TENANTS/],
      [{ ...SLACK, SLACK_API_URL: `${slack.origin}/not-slack/` }, /SLACK_BOT_TOKEN/],
      [{ ...SLACK, SLACK_API_URL: slack.apiUrl, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }, /database/],
    ] as const;
    for (const [env, reason] of refusals) {
      const started = await serve(env);
      expect(started.outcome, started.stderr).not.toBe('listening');
      expect(started.outcome).toBeGreaterThan(0);
      const said = started.stderr.split('\n').filter((line) => line.trim() && !line.startsWith('{'));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^Keino cannot start/);
      expect(said[0]).toMatch(reason);
    }
  }, 720_000);
});
