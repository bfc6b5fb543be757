import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { consoleCaller, consoleConversation, createTestCore, replyText } from '../helpers/test-core.js';
import type { KeinoCore } from '../../src/core/keino.js';

let database: TestDatabase;
let core: KeinoCore;

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: ['boss@keino.fi'] });
});
afterAll(async () => database?.drop());

const ask = (text: string, user = 'maija', profile = {}) =>
  core.handleText({ caller: consoleCaller(user, profile), conversation: consoleConversation, text, source: 'message' });

async function countRows(): Promise<number> {
  const result = await database.db.execute(
    sql`select (select count(*) from people) + (select count(*) from platform_identities) + (select count(*) from audit_log) as n`,
  );
  const rows = Array.isArray(result) ? result : (result as { rows: { n: string }[] }).rows;
  return Number((rows[0] as { n: string }).n);
}

describe('the command core', () => {
  it('answers help in Finnish by default and lists only what a member may run', async () => {
    const text = replyText(await ask('help'));
    expect(text).toContain('Näin Keino auttaa');
    expect(text).toContain('kieli fi|sv|en');
  });

  it('remembers the language a person chooses', async () => {
    expect(replyText(await ask('kieli en'))).toContain("I'll speak English");
    expect(replyText(await ask('help'))).toContain('What Keino can do for you');
    expect(replyText(await ask('lang sv'))).toContain('svenska');
    expect(replyText(await ask('whoami'))).toContain('Språk: svenska');
  });

  it('suggests the nearest command for a typo, in the person’s language', async () => {
    const text = replyText(await ask('ohej', 'ville'));
    expect(text).toContain('En tunne komentoa ”ohej”');
    expect(text).toContain('ohje');
  });

  it('makes people listed in KEINO_ADMINS admins on first contact', async () => {
    expect(replyText(await ask('whoami', 'boss', { email: 'Boss@Keino.fi' }))).toContain('Rooli: ylläpitäjä');
    expect(replyText(await ask('whoami', 'someone', { email: 'someone@kunta.fi' }))).toContain('Rooli: jäsen');
  });

  it('links the same e-mail on two platforms to one person', async () => {
    const slack = {
      identity: { platform: 'slack' as const, tenantId: 'T1', userId: 'U1' },
      loadProfile: async () => ({ name: 'Aino', email: 'aino@kunta.fi' }),
    };
    const teams = {
      identity: { platform: 'teams' as const, tenantId: 'tenant', userId: 'aad-1' },
      loadProfile: async () => ({ name: 'Aino A.', email: 'AINO@kunta.fi' }),
    };
    await Promise.all([
      core.handleText({ caller: slack, conversation: consoleConversation, text: 'whoami', source: 'command' }),
      core.handleText({ caller: teams, conversation: consoleConversation, text: 'whoami', source: 'command' }),
    ]);
    const text = replyText(await core.handleText({ caller: teams, conversation: consoleConversation, text: 'whoami', source: 'command' }));
    expect(text).toContain('Slack, Microsoft Teams');
  });

  it('answers bad input with one polite sentence and writes nothing', async () => {
    await ask('whoami', 'writer');
    const before = await countRows();
    const cases: [string, RegExp][] = [
      ['kieli "suomi', /Lainausmerkki jäi sulkematta/],
      ['x'.repeat(10_000), /liian pitkä/],
      ['kieli \u0007fi', /ohjausmerkkejä/],
      ['kieli klingon', /kieli: odotin jotakin näistä: fi, sv, en\. Kirjoita näin: kieli fi\|sv\|en/],
      ['kieli fi ylimääräinen', /En ymmärrä tätä osaa: ”ylimääräinen”/],
      ['kieli --pikaisesti fi', /Valitsinta ”--pikaisesti” ei ole/],
    ];
    for (const [input, expected] of cases) {
      const reply = await ask(input, 'writer');
      expect(reply.kind === 'message' && reply.visibility).toBe('person');
      expect(replyText(reply)).toMatch(expected);
    }
    expect(await countRows()).toBe(before);
  });

  it('treats a chat message that is not a command as a question', async () => {
    expect(replyText(await ask('mikä on kansallinen kynnysarvo?', 'kysyjä'))).toContain('En löydä tähän varmaa vastausta');
  });

  it('refuses a duplicate command name at start', async () => {
    const { CommandRegistry, DuplicateCommandError } = await import('../../src/core/commands/registry.js');
    const { helpCommand } = await import('../../src/core/help/help-command.js');
    const registry = new CommandRegistry().addCommand(helpCommand);
    expect(() => registry.addCommand({ ...helpCommand, name: 'apua' })).toThrow(DuplicateCommandError);
  });
});
