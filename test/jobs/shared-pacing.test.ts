import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pacer, paceSlots } from '../../src/core/delivery/pacer.js';
import { PLATFORM_SEND_LIMITS as PLATFORM_LIMITS } from '../../src/app/platforms.js';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { DrizzleSendBudget } from '../../src/db/stores/send-budget-store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/** The most of `times` inside any window of `windowMs`. */
function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** A pacer on a clock that stands still at `now`: wait() returns when the send may go. */
function pacerOn(db: Database | undefined, clock: { now: number }): Pacer {
  return new Pacer({ now: () => clock.now, sleep: async () => {}, ...(db ? { shared: new DrizzleSendBudget(db) } : {}) });
}

/** `count` direct messages in one Slack workspace, reserved at once, spread over the pacers in turn. */
async function reserveDirectMessages(pacers: Pacer[], count: number, workspace: string): Promise<number[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) => pacers[index % pacers.length]!.wait(paceSlots(PLATFORM_LIMITS, 'slack', workspace, `dm:U${index}`))),
  );
}

function sharedBudgetTests(name: string, open: () => Promise<{ dbs: Database[]; close(): Promise<void> }>) {
  describe(`the send budget shared through ${name}`, () => {
    let dbs: Database[];
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ dbs, close } = await open());
    });
    afterAll(async () => close?.());

    it('keeps three instances sending 400 DMs together within the workspace limit, as one would', async () => {
      const clock = { now: 0 };
      const times = await reserveDirectMessages(
        dbs.map((db) => pacerOn(db, clock)),
        400,
        'T-SHARED',
      );
      const workspaceRule = PLATFORM_LIMITS.slack.perTenant.find((rule) => rule.windowMs === 60_000)!;
      expect(maxInWindow(times, 60_000)).toBe(workspaceRule.limit);
      expect(maxInWindow(times, 1_000)).toBeLessThanOrEqual(10);
      // As fast as the limits allow: the 301st send just after the first minute.
      expect(Math.max(...times)).toBeLessThan(2 * 60_000);
    }, 240_000);

    it('shows what each instance pacing only itself would do: three times the limit', async () => {
      const clock = { now: 0 };
      const times = await reserveDirectMessages([pacerOn(undefined, clock), pacerOn(undefined, clock), pacerOn(undefined, clock)], 400, 'T-OWN');
      expect(maxInWindow(times, 60_000)).toBe(400);
    });

    it('spaces posts to one channel a second apart whichever instance sends them', async () => {
      const clock = { now: 5_000_000 };
      const pacers = dbs.map((db) => pacerOn(db, clock));
      const slots = paceSlots(PLATFORM_LIMITS, 'slack', 'T-CHANNEL', 'C1');
      const waits = await Promise.all(Array.from({ length: 9 }, (_, index) => pacers[index % pacers.length]!.wait(slots)));
      expect(waits.sort((a, b) => a - b)).toEqual([0, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000]);
    });

    it('holds every instance back after a 429 one of them received', async () => {
      const clock = { now: 9_000_000 };
      const [first, second] = dbs.map((db) => pacerOn(db, clock));
      const slots = paceSlots(PLATFORM_LIMITS, 'teams', 'tenant-1', '19:busy');
      expect(await first!.wait(slots)).toBe(0);
      first!.pause(slots[0]!.key, 2_000);
      // The pause reaches the database in the background; the next reservation reads it.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await second!.wait(slots)).toBe(2_000);
    });
  });
}

let postgres: TestDatabase | undefined;
sharedBudgetTests('PostgreSQL (three instances, three connection pools)', async () => {
  postgres = await createTestDatabase('keino_shared_pacing');
  const others: DatabaseHandle[] = await Promise.all([1, 2].map(() => openDatabase({ databaseUrl: postgres!.url, dataDir: '' })));
  return {
    dbs: [postgres.db, ...others.map((handle) => handle.db)],
    close: async () => {
      await Promise.all(others.map((handle) => handle.close()));
      await postgres!.drop();
    },
  };
});

sharedBudgetTests('PGlite (one connection: reservations take turns)', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keino-pacing-'));
  const handle = await openDatabase({ dataDir });
  await applyMigrations(handle);
  return {
    dbs: [handle.db, handle.db, handle.db],
    close: async () => {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
