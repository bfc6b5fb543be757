import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoCore } from '../../src/core/keino.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { ADMIN_EMAIL, admin, registrationRows, say, sessionIdOf, slackCaller } from './academy-world.js';

let database: TestDatabase;
/** A pool as wide as the crowd, so every answer runs on its own connection at the same moment. */
let wide: DatabaseHandle;
let core: KeinoCore;
const now = new Date('2026-09-01T06:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  wide = await openDatabase({ databaseUrl: database.url, dataDir: '', maxConnections: 30 });
  core = createTestCore(wide.db, { admins: [ADMIN_EMAIL], clock: () => now });
});
afterAll(async () => {
  await wide?.close();
  await database?.drop();
});

describe('the last places of a session', () => {
  it('gives 20 places to exactly 20 of 30 people who say yes at once, and queues the other 10 in order', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Suosittu" 2026-10-26 10:00 3h capacity=20'));
    const crowd = Array.from({ length: 30 }, (_, index) => slackCaller(`Osallistuja${String(index + 1).padStart(2, '0')}`));
    await Promise.all(crowd.map((caller) => say(core, caller, 'whoami')));

    const replies = await Promise.all(crowd.map((caller) => say(core, caller, `ilmoittaudu ${id} kyllä`)));
    const texts = replies.map(replyText);
    const going = texts.filter((text) => text.includes('Olet ilmoittautunut'));
    const places = texts
      .map((text) => /jonossa sijalla (\d+)/.exec(text)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(going).toHaveLength(20);
    expect(places.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    const rows = await registrationRows(database.db, id);
    expect(rows.filter((row) => row.status === 'going')).toHaveLength(20);
    const waiting = rows.filter((row) => row.status === 'waiting');
    expect(waiting.map((row) => row.waiting_position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Each person was told the place the database keeps for them.
    for (const row of waiting) {
      const told = texts[crowd.findIndex((caller) => caller.identity.userId === row.name)]!;
      expect(told).toContain(`jonossa sijalla ${row.waiting_position}`);
    }
  });

  it('moves exactly one waiting person in for each of several people cancelling at once', async () => {
    const id = sessionIdOf(await say(core, admin, 'session add "Peruutuksia" 2026-10-27 10:00 capacity=5'));
    const people = Array.from({ length: 10 }, (_, index) => slackCaller(`Peruja${index}`));
    for (const caller of people) await say(core, caller, `rsvp ${id} yes`);
    const replies = await Promise.all(people.slice(0, 3).map((caller) => say(core, caller, `rsvp ${id} no`)));
    expect(replies.every((reply) => replyText(reply).includes('Vapautunut paikka siirtyi'))).toBe(true);

    const rows = await registrationRows(database.db, id);
    expect(
      rows
        .filter((row) => row.status === 'going')
        .map((row) => row.name)
        .sort(),
    ).toEqual(['Peruja3', 'Peruja4', 'Peruja5', 'Peruja6', 'Peruja7']);
    expect(rows.filter((row) => row.status === 'waiting').map((row) => row.name)).toEqual(['Peruja8', 'Peruja9']);
  });
});
