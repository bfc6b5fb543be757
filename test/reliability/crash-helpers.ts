import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/db/stores/people-store.js';
import type { TestDatabase } from '../helpers/test-database.js';
import { BENCH_BOT_TOKEN, startServerProcess, type ServerProcess } from '../bench/server-process.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { seedOrganisations, seedSlackPeople } from '../bench/seed.js';
import { BENCH_CHANNEL, BENCH_CHANNEL_NAME, benchUserId } from '../bench/slack-requests.js';
import { TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';

/** What the SIGKILL tests share: killing, waiting, reading the database, counting acks. */
export const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** SIGKILL: no shutdown, no flush; whatever was not committed is gone. */
export function kill(victim: ServerProcess): void {
  process.kill(victim.pid, 'SIGKILL');
}

export async function rows<T>(database: TestDatabase, query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await database.db.execute(query));
}

export async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(200);
  }
}

/** Sends a request; "acked" when Slack would have had its 200. A killed server's requests fail. */
export async function acked(send: () => Promise<Response>, counter?: { acked: number }): Promise<boolean> {
  try {
    const response = await send();
    await response.arrayBuffer();
    if (response.status === 200 && counter) counter.acked += 1;
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Jobs of a kind (or key prefix) not done yet. */
export async function unfinishedJobs(database: TestDatabase, keyPrefix: string): Promise<number> {
  return Number((await rows<{ n: number }>(database, sql`select count(*)::int as n from jobs where key like ${`${keyPrefix}%`} and state <> 'done'`))[0]!.n);
}

/** Keino's real server in its own process (crash-server.ts: a 3-second lease) on the test database, Slack faked. */
export function startCrashServer(database: TestDatabase, fake: FakeSlackApi, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServerProcess({
    label: 'Keino',
    args: ['test/reliability/crash-server.ts'],
    env: {
      DATABASE_URL: database.url,
      SLACK_BOT_TOKEN: BENCH_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'fatal',
      ...env,
    },
    timeoutMs: 120_000,
  });
}

/**
 * A database and a fake Slack with the bench channel and three people Keino knows (bench users 0–2,
 * in `organisations` organisations); bench user 0 is an admin.
 */
export async function crashWorkspace(name: string, organisations: number): Promise<{ database: TestDatabase; fake: FakeSlackApi }> {
  const database = await createTestDatabase(name);
  const fake = await FakeSlackApi.start();
  fake.addChannel({ id: BENCH_CHANNEL, name: BENCH_CHANNEL_NAME });
  for (let index = 0; index <= 2; index++) fake.addUser({ id: benchUserId(index), name: `Henkilö ${index}` });
  await seedOrganisations(database.db, organisations);
  await seedSlackPeople(database.db, 3);
  await database.db.execute(sql`update people set role = 'admin' where email = 'henkilo0@bench.example'`);
  return { database, fake };
}
