import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { KeinoApp } from '../../src/app/keino-app.js';
import type { Reply } from '../../src/core/messages/message.js';
import { createTestApp } from '../helpers/test-app.js';
import { buttonsOf } from '../helpers/faq-fixtures.js';
import { consoleCaller, consoleConversation, replyText } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

// Three instances of Keino on one database, each keeping the people it met in memory: what one
// changes about a person, every instance (itself and the two others) sees on that person's very
// next request (no waiting).
let database: TestDatabase;
let first: KeinoApp;
let second: KeinoApp;
let third: KeinoApp;

const boss = consoleCaller('boss', { name: 'Pomo', email: 'boss@kunta.fi' });
const paula = consoleCaller('paula', { name: 'Paula', email: 'paula@kunta.fi' });

async function ask(app: KeinoApp, who: typeof paula, text: string): Promise<Reply> {
  return app.core.handleText({ caller: who, conversation: consoleConversation, text, source: 'command' });
}

beforeAll(async () => {
  database = await createTestDatabase();
  first = await createTestApp(database.url, { config: { admins: ['boss@kunta.fi'] } });
  second = await createTestApp(database.url, { config: { admins: ['boss@kunta.fi'] } });
  third = await createTestApp(database.url, { config: { admins: ['boss@kunta.fi'] } });
});

/** Paula's `whoami` on every instance in turn (each has her in memory from the test before). */
async function whoamiEverywhere(): Promise<string[]> {
  const texts: string[] = [];
  for (const app of [first, second, third]) texts.push(replyText(await ask(app, paula, 'whoami')));
  return texts;
}

afterAll(async () => {
  await first?.close();
  await second?.close();
  await third?.close();
  await database?.drop();
});

describe('people kept in memory by three instances on one database', () => {
  it('answers a known person from memory: a change made behind Keino’s back (no notification) is not seen', async () => {
    await ask(first, boss, 'whoami');
    expect(replyText(await ask(second, paula, 'whoami'))).toContain('Rooli: jäsen');
    // Triggers off for this one statement's session: the instances are not told, so what they
    // answer comes from memory. (Everything Keino itself changes goes through the triggers.)
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update people set name = 'Paula Piilossa' where email = 'paula@kunta.fi'`);
    });
    expect(replyText(await ask(second, paula, 'whoami'))).toContain('Hei, Paula!');
    await database.db.execute(sql`update people set name = 'Paula' where email = 'paula@kunta.fi'`);
  });

  it('sees a role changed on one instance on the next request on every instance', async () => {
    for (const text of await whoamiEverywhere()) expect(text).toContain('Rooli: jäsen');
    expect(replyText(await ask(first, boss, 'admin role paula@kunta.fi coordinator'))).toContain('koordinaattori');
    for (const text of await whoamiEverywhere()) expect(text).toContain('Rooli: koordinaattori');
  });

  it('sees a language changed on one instance on the next request on every instance', async () => {
    for (const text of await whoamiEverywhere()) expect(text).toContain('Kieli');
    expect(replyText(await ask(second, paula, 'lang en'))).toContain('English');
    for (const text of await whoamiEverywhere()) {
      expect(text).toContain('Hello, Paula!');
      expect(text).toContain('Role: coordinator');
    }
  });

  it('sees an erasure made on one instance on the next request on every instance: the person is someone new', async () => {
    for (const text of await whoamiEverywhere()) expect(text).toContain('Role: coordinator');
    const [confirm] = buttonsOf(await ask(third, paula, 'privacy delete'));
    const erased = await third.core.handleAction({ caller: paula, conversation: consoleConversation, actionId: confirm!.actionId, value: confirm!.value! });
    expect(replyText(erased.update ?? erased.reply!)).toMatch(/erased/);
    // Met anew on each instance: a member again, in the network's language.
    for (const text of await whoamiEverywhere()) {
      expect(text).toContain('Hei, Paula!');
      expect(text).toContain('Rooli: jäsen');
    }
  });
});
