import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { consoleCaller, consoleConversation, createTestCore, replyText } from '../helpers/test-core.js';
import { buttonsOf, importTestFaq } from '../helpers/faq-fixtures.js';
import type { KeinoCore } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import { rowsOf } from '../../src/db/stores/people-store.js';

let database: TestDatabase;
let core: KeinoCore;

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db);
  await importTestFaq(core.services.faq);
});
afterAll(async () => database?.drop());

const say = (text: string, user = 'maija', conversation: Conversation = consoleConversation) =>
  core.handleText({ caller: consoleCaller(user), conversation, text, source: 'message' });
const click = (actionId: string, value: string, user = 'maija') =>
  core.handleAction({ caller: consoleCaller(user), conversation: consoleConversation, actionId, value });

async function count(query: string): Promise<number> {
  return Number(rowsOf<{ n: string }>(await database.db.execute(sql.raw(query)))[0]!.n);
}

describe('asking the FAQ', () => {
  it('answers a Finnish question typed as a plain message, with its language and feedback buttons', async () => {
    const reply = await say('mikä on kansallinen kynnysarvo palveluille?');
    const text = replyText(reply);
    expect(text).toContain('Mitkä ovat kansalliset kynnysarvot?');
    expect(text).toContain('60 000 €');
    expect(text).toContain('kieli: suomi');
    expect(buttonsOf(reply).map((button) => button.label)).toEqual(['👍 Auttoi', '👎 Ei auttanut', '🙋 Kysy asiantuntijalta']);
    expect(reply.kind === 'message' && reply.visibility).toBe('person');
  });

  it('answers the ask command (kysy) the same way', async () => {
    expect(replyText(await say('kysy miten liityn kehittäjäryhmään'))).toContain('Mitä kehittäjäryhmät ovat ja miten liityn?');
  });

  it('finds the Swedish and the English entry for questions in those languages, and says when the answer is in another language', async () => {
    const swedish = replyText(await say('hur avropar man från ramavtalet?'));
    expect(swedish).toContain('Hur avropar vi från ett ramavtal?');
    expect(swedish).toContain('kieli: ruotsi');
    expect(swedish).toContain('vastaus vain kielellä ruotsi');
    const english = replyText(await say('can we buy refurbished furniture instead of new?'));
    expect(english).toContain('How can procurement support the circular economy?');
    expect(english).toContain('kieli: englanti');
  });

  it('answers a question that only starts with a command word ("kuka" is whoami)', async () => {
    expect(replyText(await say('kuka on muutosagentti meidän alueella'))).toContain('Keitä muutosagentit ovat?');
    expect(replyText(await say('kuka'))).toContain('Hei, maija!');
  });

  it('still finds the entry when a word is misspelt', async () => {
    expect(replyText(await say('innovaatiokumpanuus'))).toContain('Mikä on innovaatiokumppanuus?');
    expect(replyText(await say('markkinavuoropuhleu ennen tarjouspyyntöä'))).toContain('Miten markkinavuoropuhelu järjestetään?');
  });

  it('says it does not know an out-of-scope question and offers the two best candidates as buttons', async () => {
    const reply = await say('miten varaan kokoushuoneen hilma-koulutukseen?', 'ville');
    expect(replyText(reply)).toContain('En löydä tähän varmaa vastausta, joten en arvaa.');
    const candidates = buttonsOf(reply).filter((button) => button.actionId === 'faq.pick');
    expect(candidates).toHaveLength(2);
    // Picking one shows its answer, with feedback buttons, and is remembered for the admins.
    const picked = await click('faq.pick', candidates[0]!.value!, 'ville');
    expect(buttonsOf(picked.reply!).map((button) => button.label)).toEqual(['👍 Auttoi', '👎 Ei auttanut', '🙋 Kysy asiantuntijalta']);
    const [row] = rowsOf<{ entry_id: string; answered: boolean }>(
      await database.db.execute(sql`select entry_id, answered from faq_questions where text = 'miten varaan kokoushuoneen hilma-koulutukseen?'`),
    );
    expect(row).toEqual({ entry_id: candidates[0]!.value!.split(':')[1], answered: false });
  });

  it('answers a mention in a channel to the whole channel', async () => {
    const channel: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'C1', kind: 'channel' };
    const reply = await core.handleText({
      caller: { identity: { platform: 'slack', tenantId: 'T1', userId: 'U1' }, loadProfile: async () => ({ name: 'Aino' }) },
      conversation: channel,
      text: 'mikä on hankintaluotsi',
      source: 'message',
    });
    expect(replyText(reply)).toContain('Mikä on Hankintaluotsi?');
    expect(reply.kind === 'message' && reply.visibility).toBe('conversation');
  });

  it('stores helpful and not helpful votes, one per person and question', async () => {
    const reply = await say('miten vaihdan botin kielen', 'liisa');
    const [helpful, notHelpful] = buttonsOf(reply);
    expect(replyText((await click(helpful!.actionId, helpful!.value!, 'liisa')).reply!)).toContain('Kiitos palautteesta!');
    await click(notHelpful!.actionId, notHelpful!.value!, 'liisa');
    await click(helpful!.actionId, helpful!.value!, 'pekka');
    const questionId = Number(helpful!.value!.split(':')[0]);
    const votes = rowsOf<{ helpful: boolean; entry_id: string }>(
      await database.db.execute(sql`select helpful, entry_id from faq_feedback where question_id = ${questionId} order by helpful`),
    );
    expect(votes).toEqual([
      { helpful: false, entry_id: 'botti-kieli' },
      { helpful: true, entry_id: 'botti-kieli' },
    ]);
  });

  it('answers a feedback or pick value that is none of its action’s politely, storing nothing', async () => {
    const reply = await say('miten vaihdan botin kielen', 'olli');
    const questionId = Number(buttonsOf(reply)[0]!.value!.split(':')[0]);
    for (const [actionId, value] of [
      ['faq.feedback', `${questionId}:maybe`],
      ['faq.feedback', `${questionId}`],
      ['faq.feedback', `${questionId}:yes:1`],
      ['faq.feedback', `x${questionId}:yes`],
      ['faq.pick', `${questionId}`],
      ['faq.pick', `-${questionId}:botti-kieli`],
      ['faq.expert.ask', `${questionId}x`],
    ] as const) {
      const outcome = await click(actionId, value, 'olli');
      expect(replyText(outcome.reply!), `${actionId} ${value}`).toBe('Tämä painike ei ole enää käytössä. Kokeile komentoa uudelleen.');
    }
    const stored = rowsOf(await database.db.execute(sql`select 1 from faq_feedback where question_id = ${questionId}`));
    expect(stored).toEqual([]);
  });

  it('records every question with what was answered', async () => {
    const before = await count('select count(*) as n from faq_questions');
    await say('mitä hilmassa julkaistaan');
    await say('mitä tänään on lounaaksi');
    const rows = rowsOf<{ text: string; entry_id: string | null; answered: boolean; locale: string }>(
      await database.db.execute(sql`select text, entry_id, answered, locale from faq_questions order by id desc limit 2`),
    );
    expect(rows).toEqual([
      { text: 'mitä tänään on lounaaksi', entry_id: null, answered: false, locale: 'fi' },
      { text: 'mitä hilmassa julkaistaan', entry_id: 'hilma', answered: true, locale: 'fi' },
    ]);
    expect(await count('select count(*) as n from faq_questions')).toBe(before + 2);
  });
});
