import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { consoleCaller, consoleConversation, createTestCore, replyText } from '../helpers/test-core.js';
import { buttonsOf, importTestFaq } from '../helpers/faq-fixtures.js';
import type { KeinoCore } from '../../src/core/keino.js';
import type { Form, Reply } from '../../src/core/messages/message.js';
import { rowsOf } from '../../src/db/stores/people-store.js';

let database: TestDatabase;
let core: KeinoCore;
const ADMIN = 'admin';

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: ['admin@keino.fi'] });
  await importTestFaq(core.services.faq);
});
afterAll(async () => database?.drop());

const caller = (user: string) => consoleCaller(user, user === ADMIN ? { email: 'admin@keino.fi' } : {});
const say = (text: string, user = ADMIN) => core.handleText({ caller: caller(user), conversation: consoleConversation, text, source: 'message' });
const submit = (form: Form, values: Record<string, string>, user = ADMIN) =>
  core.handleForm({ caller: caller(user), conversation: consoleConversation, formId: form.formId, values, context: form.context });

function asForm(reply: Reply): Form {
  expect(reply.kind).toBe('form');
  return reply as Form;
}

async function auditActions(): Promise<string[]> {
  return rowsOf<{ action: string; target: string }>(await database.db.execute(sql`select action, target from audit_log order by id`)).map(
    (row) => `${row.action} ${row.target}`,
  );
}

describe('FAQ upkeep by admins', () => {
  it('refuses members every admin command and writes nothing', async () => {
    const entries = rowsOf<{ n: string }>(await database.db.execute(sql`select count(*) as n from faq_entries`))[0]!.n;
    for (const command of ['ukk lisää', 'faq add "Kysymys?" "Vastaus."', 'ukk muokkaa hilma', 'faq remove hilma', 'ukk vastaamattomat', 'faq stats']) {
      expect(replyText(await say(command, 'jäsen'))).toContain('Tämä komento on vain seuraaville: ylläpitäjä');
    }
    const form = asForm(await say('faq add'));
    expect(replyText(await submit(form, { question: 'Q?', answer: 'A.', locale: 'fi' }, 'jäsen'))).toContain('vain seuraaville');
    expect(rowsOf<{ n: string }>(await database.db.execute(sql`select count(*) as n from faq_entries`))[0]!.n).toBe(entries);
  });

  it('adds an entry with the form; a missing answer shows the form again with the problem', async () => {
    const form = asForm(await say('ukk lisää'));
    expect(form.fields.map((field) => field.name)).toEqual(['question', 'answer', 'alternatives', 'tags', 'locale']);
    const again = asForm(await submit(form, { question: 'Miten tilaan kokoustarjoilun?', answer: ' ', locale: 'fi' }));
    expect(again.errors).toEqual({ answer: 'Tämä kenttä tarvitaan.' });
    const saved = replyText(
      await submit(form, {
        question: 'Miten tilaan kokoustarjoilun?',
        answer: 'Tilaa tarjoilu sopimustoimittajalta vähintään kolme päivää ennen kokousta.',
        alternatives: 'Mistä saa kahvit palaveriin?',
        tags: 'kokoukset, tarjoilu',
        locale: 'fi',
      }),
    );
    expect(saved).toContain('Lisätty UKK:hon tunnuksella miten-tilaan-kokoustarjoilun');
    // The new entry answers at once, also through its alternative phrasing.
    expect(replyText(await say('mistä saa kahvit palaveriin', 'kysyjä'))).toContain('Tilaa tarjoilu sopimustoimittajalta');
    expect(await auditActions()).toContain('faq.add miten-tilaan-kokoustarjoilun');
  });

  it('adds an entry with the text form of the command too', async () => {
    const reply = replyText(await say('faq add "Where is the network calendar?" "On the KEINO website." --tags calendar --locale en'));
    expect(reply).toContain('where-is-the-network-calendar');
    expect(replyText(await say('where can i find the network calendar', 'kysyjä'))).toContain('On the KEINO website.');
  });

  it('edits an entry in a form filled in with it, and the change is audited', async () => {
    const form = asForm(await say('ukk muokkaa hilma'));
    expect(form.context).toBe('hilma');
    const values = Object.fromEntries(form.fields.map((field) => [field.name, field.initial ?? '']));
    expect(values.question).toBe('Miten hankinnasta ilmoitetaan Hilmassa?');
    const reply = replyText(await submit(form, { ...values, answer: 'Hilma on hankintailmoitusten palvelu osoitteessa hankintailmoitukset.fi.' }));
    expect(reply).toContain('Päivitetty: hilma');
    expect(reply).toContain('Viimeksi muokannut admin');
    expect(replyText(await say('missä hankintailmoitukset julkaistaan', 'kysyjä'))).toContain('Hilma on hankintailmoitusten palvelu');
    expect(await auditActions()).toContain('faq.edit hilma');
  });

  it('removes an entry from the answers', async () => {
    expect(replyText(await say('faq remove suorahankinta'))).toContain('Poistettu UKK:sta: suorahankinta');
    expect(replyText(await say('milloin suorahankinta on sallittu', 'kysyjä'))).not.toContain('Suorahankinta ilman kilpailutusta on poikkeus');
    expect(replyText(await say('faq remove suorahankinta'))).toContain('UKK:ssa ei ole vastausta tunnuksella ”suorahankinta”');
    expect(await auditActions()).toContain('faq.remove suorahankinta');
  });

  it('lists unanswered questions, the most frequent first, and shows the statistics', async () => {
    await say('kuka voitti jääkiekon mm-kisat', 'a'); // "kuka" alone is whoami; with more words, a question
    await say('Mikä on wifin salasana?', 'a');
    await say('mikä on wifin salasana', 'b');
    await say('  MIKÄ ON WIFIN SALASANA ', 'c');
    const unanswered = await say('ukk vastaamattomat');
    const items = unanswered.kind === 'message' ? unanswered.blocks.find((block) => block.type === 'list') : undefined;
    expect(items?.type === 'list' && items.items[0]).toMatch(/wifin salasana.*— 3 kertaa/i);
    expect(items?.type === 'list' && items.items[1]).toContain('jääkiekon mm-kisat” — 1 kerta');

    const answered = await say('mikä on kansallinen kynnysarvo', 'd');
    const helpful = buttonsOf(answered)[0]!;
    await core.handleAction({ caller: caller('d'), conversation: consoleConversation, actionId: helpful.actionId, value: helpful.value! });
    const statsReply = await say('ukk tilastot');
    const stats = replyText(statsReply);
    const asked = rowsOf<{ n: string; answered: string }>(
      await database.db.execute(sql`select count(*) as n, count(*) filter (where answered) as answered from faq_questions`),
    )[0]!;
    expect(stats).toContain(`Kysymyksiä: ${asked.n}`);
    expect(stats).toContain(`Vastattu: ${Math.round((100 * Number(asked.answered)) / Number(asked.n))} % (${asked.answered}/${asked.n})`);
    expect(stats).toContain('Auttoi: 100 % (1/1)');
    // Every question was asked this week: the weekly chart's last bar has them all, the seven before none.
    const [weekly, unansweredChart] = statsReply.kind === 'message' ? statsReply.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : [])) : [];
    expect(weekly!.labels).toHaveLength(8);
    expect(weekly!.labels.at(-1)).toMatch(/^vk \d+$/);
    const unansweredCount = Number(asked.n) - Number(asked.answered);
    expect(weekly!.series.map((series) => series.values)).toEqual([
      [0, 0, 0, 0, 0, 0, 0, Number(asked.answered)],
      [0, 0, 0, 0, 0, 0, 0, unansweredCount],
    ]);
    expect(weekly!.altText).toContain(`${asked.answered} vastattu, ${unansweredCount} ilman vastausta.`);
    expect(unansweredChart).toMatchObject({ title: 'Useimmin kysytyt ilman vastausta', series: [{ values: expect.arrayContaining([3, 1]) }] });
    expect(unansweredChart!.altText).toMatch(/”MIKÄ ON WIFIN SALASANA” 3, ”kuka voitti jääkiekon mm-kisat” 1/i);
  });
});
