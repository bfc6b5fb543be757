import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { consoleCaller, consoleConversation, createTestCore, replyText } from '../helpers/test-core.js';
import { buttonsOf } from '../helpers/faq-fixtures.js';
import { COMMAND_ACTION, type KeinoCore } from '../../src/core/keino.js';
import { commandHelpId, syncCommandHelp } from '../../src/core/faq/command-help.js';
import type { Reply } from '../../src/core/messages/message.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { parseFaqFile } from '../../src/core/faq/faq-file.js';
import { idFromQuestion } from '../../src/db/stores/faq-store.js';

let database: TestDatabase;
let core: KeinoCore;

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: ['admin@keino.fi'] });
  await syncCommandHelp(core.services.faq, core.registry.commands);
});
afterAll(async () => database?.drop());

const caller = (user: string) => consoleCaller(user, user === 'admin' ? { email: 'admin@keino.fi' } : {});
const say = (text: string, user = 'member') => core.handleText({ caller: caller(user), conversation: consoleConversation, text, source: 'message' });
const click = (value: string, user = 'member') =>
  core.handleAction({ caller: caller(user), conversation: consoleConversation, actionId: COMMAND_ACTION, value });
const runButton = (reply: Reply) => buttonsOf(reply).find((button) => button.actionId === COMMAND_ACTION);

describe("Keino's own help in the FAQ", () => {
  it('has one entry for every command, written again only when a command changes, and none for a command that is gone', async () => {
    const commands = core.registry.commands;
    const ids = await core.services.faq.store.liveIds('command-');
    expect(ids.sort()).toEqual(commands.map(commandHelpId).sort());
    expect(await syncCommandHelp(core.services.faq, commands)).toEqual({ written: 0, removed: 0 });
    await core.services.faq.import([{ id: 'command-retired', locale: 'fi', question: 'Vanha komento', alternatives: [], answer: 'x', tags: [] }], null, 'test');
    expect(await syncCommandHelp(core.services.faq, commands)).toEqual({ written: 0, removed: 1 });
  });

  it('keeps the command- ids to itself: an import naming one is refused, an added entry gets another id', async () => {
    expect(() => parseFaqFile('- {id: command-leave, locale: fi, question: "Q?", answer: "A."}', 'yaml')).toThrow(/command-/);
    expect(idFromQuestion('Command line tools?')).toBe('ukk-command-line-tools');
  });

  it('answers a question about using Keino with the command, in the asker’s language, and a button that runs it', async () => {
    const finnish = await say('miten teen kyselyn jossa voi valita monta vaihtoehtoa');
    expect(replyText(finnish)).toContain('kysely "<kysymys>"');
    expect(runButton(finnish)).toMatchObject({ actionId: COMMAND_ACTION, value: 'poll' });
    // The poll command with no words opens its form: the button "runs or opens" it.
    expect((await click('poll')).reply?.kind).toBe('form');

    await say('kieli en', 'english');
    const english = await say('how do I leave a group', 'english');
    expect(replyText(english)).toContain('leave <group>');
    // Leaving needs the group's name: the button opens the command's help rather than failing.
    expect(runButton(english)).toMatchObject({ value: 'help leave' });
    expect(replyText((await click('help leave', 'english')).reply!)).toContain('leave <group>');

    await say('kieli sv', 'swedish');
    const swedish = await say('hur byter jag språk', 'swedish');
    expect(replyText(swedish)).toContain('lang fi|sv|en');
  });

  it('still checks rights when the button of an admin command is clicked, and writes nothing', async () => {
    const reply = await say('miten lisään uuden ukk-vastauksen');
    expect(runButton(reply)?.value).toBe('faq add');
    const before = rowsOf<{ n: string }>(await database.db.execute(sql`select count(*) as n from audit_log`))[0]!.n;
    expect(replyText((await click('faq add')).reply!)).toMatch(/vain|ylläpitäj/i);
    expect(rowsOf<{ n: string }>(await database.db.execute(sql`select count(*) as n from audit_log`))[0]!.n).toBe(before);
  });
});
