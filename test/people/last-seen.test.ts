import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { LastSeen, type Sighting } from '../../src/core/people/last-seen.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { DrizzlePeopleStore, rowsOf } from '../../src/db/stores/people-store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

let database: TestDatabase;
let store: DrizzlePeopleStore;
const identity = (userId: string) => ({ platform: 'slack' as const, tenantId: 'T1', userId });

async function lastSeenOf(userId: string): Promise<Date | null> {
  const [row] = rowsOf<{ at: Date | string | null }>(
    await database.db.execute(sql`select last_seen_at as at from platform_identities where user_id = ${userId}`),
  );
  return row?.at ? new Date(row.at) : null;
}

beforeAll(async () => {
  database = await createTestDatabase();
  store = new DrizzlePeopleStore(database.db);
  for (const userId of ['U-A', 'U-B', 'U-C']) await store.registerNewcomer(identity(userId), { name: userId });
  await database.db.execute(sql`update platform_identities set last_seen_at = null`);
});
afterAll(async () => database?.drop());

describe('last seen', () => {
  it('is written at most once a minute per identity, the sightings of a moment in one statement', async () => {
    let now = Date.parse('2026-12-03T10:00:00Z');
    const writes: Sighting[][] = [];
    const counted = {
      recordLastSeen: (sightings: Sighting[]) => {
        writes.push(sightings);
        return store.recordLastSeen(sightings);
      },
    };
    const lastSeen = new LastSeen(counted, { logger: silentLogger, now: () => now, batchMs: 60_000 });

    // 30 requests from three people within a few seconds: one write, of all three.
    for (let request = 0; request < 30; request++) {
      lastSeen.saw(identity(['U-A', 'U-B', 'U-C'][request % 3]!));
      now += 100;
    }
    await lastSeen.flush();
    expect(writes.map((batch) => batch.map((sighting) => sighting.identity.userId).sort())).toEqual([['U-A', 'U-B', 'U-C']]);
    expect(await lastSeenOf('U-A')).toEqual(new Date('2026-12-03T10:00:02.700Z'));

    // More requests within the minute write nothing; after it, the latest sighting is written.
    lastSeen.saw(identity('U-A'));
    await lastSeen.flush();
    expect(writes).toHaveLength(1);
    now += 60_000;
    lastSeen.saw(identity('U-A'));
    await lastSeen.flush();
    expect(writes.map((batch) => batch.length)).toEqual([3, 1]);
    expect(await lastSeenOf('U-A')).toEqual(new Date(now));
    // What this instance saw last is known before it is written (delivery reads it).
    expect(lastSeen.latest(identity('U-B'))).toEqual(new Date('2026-12-03T10:00:02.800Z'));
  });

  it('never moves a later time back (another instance wrote a later one)', async () => {
    await database.db.execute(sql`update platform_identities set last_seen_at = '2026-12-03T12:00:00Z' where user_id = 'U-C'`);
    await store.recordLastSeen([{ identity: identity('U-C'), at: new Date('2026-12-03T11:00:00Z') }]);
    expect(await lastSeenOf('U-C')).toEqual(new Date('2026-12-03T12:00:00Z'));
  });
});
