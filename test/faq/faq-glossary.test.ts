import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { consoleCaller, consoleConversation, createTestCore, replyText } from '../helpers/test-core.js';
import type { KeinoCore } from '../../src/core/keino.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { searchLexicon } from '../../src/faq/search-lexicon.js';
import { parseGlossaryFile, GlossaryFileError } from '../../src/core/faq/glossary.js';

let database: TestDatabase;
let core: KeinoCore;
const ADMIN = 'admin';

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: ['admin@keino.fi'] });
  await core.services.faq.import(
    [
      { id: 'snow', locale: 'fi', question: 'Miten lumityöt kilpailutetaan?', alternatives: [], answer: 'Kilpailuta talvikunnossapito alueittain.', tags: [] },
      {
        id: 'pcp',
        locale: 'en',
        question: 'What is pre-commercial procurement?',
        alternatives: [],
        answer: 'Buying research and development in stages.',
        tags: [],
      },
    ],
    null,
    'test',
  );
});
afterAll(async () => database?.drop());

const caller = (user: string) => consoleCaller(user, user === ADMIN ? { email: 'admin@keino.fi' } : {});
const say = async (text: string, user = ADMIN) =>
  replyText(await core.handleText({ caller: caller(user), conversation: consoleConversation, text, source: 'message' }));
const answered = async (question: string) => (await core.services.faq.find(question, 'fi')).entry?.id;
const glossaryRows = async () => Number(rowsOf<{ n: string }>(await database.db.execute(sql`select count(*) as n from faq_glossary`))[0]!.n);

describe('the glossary of the field', () => {
  it('ships with the field’s acronyms and their Finnish, Swedish and English equivalents, which everyone can look up', async () => {
    const shown = await say('ukk sanasto pcp', 'member');
    expect(shown).toContain('esikaupallinen hankinta');
    expect(shown).toContain('förkommersiell upphandling');
    expect(shown).toContain('Keinon mukana tuleva sanasto');
    // An acronym alone finds the entry that spells it out, and the Finnish term does too.
    expect(await answered('pcp')).toBe('pcp');
    expect(await answered('esikaupallinen hankinta')).toBe('pcp');
  });

  it('is the shipped data file, not code: every group has at least two terms', () => {
    expect(searchLexicon().shippedGlossary.length).toBeGreaterThan(50);
    expect(searchLexicon().shippedGlossary.every((group) => group.length >= 2)).toBe(true);
    expect(() => parseGlossaryFile('- [only-one]')).toThrow(GlossaryFileError);
    expect(() => parseGlossaryFile('just: text')).toThrow(GlossaryFileError);
  });

  it('refuses members who try to change it, and refuses bad input politely, writing nothing', async () => {
    expect(await say('ukk sanasto lisää auraus, lumityöt', 'member')).toMatch(/vain|ylläpitäj/i);
    expect(await say('faq glossary remove 1', 'member')).toMatch(/vain|ylläpitäj/i);
    expect(await say('ukk sanasto lisää auraus')).toContain('vähintään kaksi');
    expect(await say(`ukk sanasto lisää auraus, ${'x'.repeat(90)}`)).toContain('liian pitkä');
    expect(await say('ukk sanasto poista 1')).toContain('ei vielä ole numeroita');
    expect(await glossaryRows()).toBe(0);
  });

  it('takes an admin’s new terms at once, at index and query time, and forgets them when removed', async () => {
    expect(await answered('aurauspalvelut')).toBeUndefined();
    const added = await say('ukk sanasto lisää lumityöt, auraus, aurauspalvelu, snöröjning');
    const id = Number(/#(\d+)/.exec(added)?.[1]);
    expect(added).toContain('lumityöt · auraus · aurauspalvelu · snöröjning');
    // The first change copies the shipped glossary, so nothing of it is lost.
    expect(await glossaryRows()).toBe(searchLexicon().shippedGlossary.length + 1);
    expect(await answered('aurauspalvelut')).toBe('snow');
    expect(await answered('snöröjning')).toBe('snow');
    expect(await answered('pcp')).toBe('pcp');
    const audit = rowsOf<{ action: string }>(await database.db.execute(sql`select action from audit_log where action like 'faq.glossary%'`));
    expect(audit.map((row) => row.action)).toEqual(['faq.glossary.add']);

    expect(await say(`ukk sanasto poista ${id}`)).toContain(`#${id}`);
    expect(await answered('aurauspalvelut')).toBeUndefined();
    expect(await say(`ukk sanasto poista ${id}`)).toContain('ei ole ryhmää');
  });

  it('joins a new term to the group of a term it already has', async () => {
    const added = await say('faq glossary add pcp, r&d-upphandling');
    expect(added).toContain('esikaupallinen hankinta');
    expect(added).toContain('r&d-upphandling');
  });

  it('is replaced as a whole by an import', async () => {
    await core.services.faq.importGlossary([['lumityöt', 'talvihuolto']], null, 'oma-sanasto.yaml');
    expect(await answered('talvihuolto')).toBe('snow');
    expect(await answered('pcp')).toBeUndefined();
    expect(await say('ukk sanasto')).toContain('Sanasto (1 ryhmää)');
  });
});
