import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Block, Message, Reply } from '../../src/core/messages/message.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { reportFigure } from '../helpers/figures.js';
import { personColumns } from '../helpers/person-columns.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

const SECTION = 'Privacy (GDPR)';
let db: TestDatabase;
let core: KeinoCore;
const now = new Date('2026-05-04T09:00:00Z');

const channel: Conversation = { platform: 'slack', tenantId: 'T-KEINO', channelId: 'C-SOTE', kind: 'channel' };
const person = (userId: string, name: string, email: string): Caller => ({
  identity: { platform: 'slack', tenantId: 'T-KEINO', userId },
  loadProfile: async () => ({ name, email }),
});
const ada = person('UADA', 'Ada Admin', 'ada@keino.fi');
const carl = person('UCARL', 'Carl Coordinator', 'carl@kuopio.fi');
const alice = person('UALICE', 'Alice Aaltonen', 'alice.aaltonen@kuopio.fi');
const bob = person('UBOB', 'Bob Backman', 'bob.backman@kuopio.fi');

const run = async (who: Caller, text: string, source: 'command' | 'message' = 'command'): Promise<Reply> =>
  core.handleText({ caller: who, conversation: channel, text, source });
const click = (who: Caller, actionId: string, value: string) => core.handleAction({ caller: who, conversation: channel, actionId, value });
const count = async (query: ReturnType<typeof sql>): Promise<number> => Number(rowsOf<{ n: number }>(await db.db.execute(query))[0]!.n);
const buttons = (reply: Reply | undefined): { actionId: string; value?: string }[] =>
  reply?.kind === 'message' ? reply.blocks.flatMap((block: Block) => (block.type === 'buttons' ? block.buttons : [])) : [];

let aliceId: number;
let sessionId: number;
let namedPoll: number;
let anonymousPoll: number;
let interventionId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  core = createTestCore(db.db, { admins: ['ada@keino.fi'], clock: () => now });
  // Where Keino posts the polls created here (in Slack, as its own messages).
  core.services.gateways.register(new RecordingGateway('slack'));
  for (const who of [ada, carl, alice, bob]) await run(who, 'kuka');
  for (const [who, role] of [
    ['carl@kuopio.fi', 'koordinaattori'],
    ['alice.aaltonen@kuopio.fi', 'jäsen'],
    ['bob.backman@kuopio.fi', 'jäsen'],
  ]) {
    expect(replyText(await run(ada, `ylläpito rooli ${who} ${role} --org "Kuopion kaupunki"`))).toMatch(/on nyt/);
  }
  aliceId = (await core.services.people.peopleStore.findByEmail('alice.aaltonen@kuopio.fi'))!.id;

  // Alice's life in Keino: a group, a session (the only place; Bob waits), two polls, an intervention, a question, a pause.
  await run(ada, 'ryhmä luo sote "SOTE-hankinnat"');
  await run(alice, 'liity sote');
  await run(ada, 'tilaisuus lisää "Strateginen johtaminen" 2026-06-10 09:00 2h paikat=1');
  sessionId = await count(sql`select max(id) as n from academy_sessions`);
  await run(alice, `ilmoittaudu ${sessionId} kyllä`);
  await run(bob, `ilmoittaudu ${sessionId} kyllä`);
  await run(bob, 'kysely "Kahvi vai tee?" "Kahvi" "Tee"');
  namedPoll = await count(sql`select max(id) as n from polls`);
  await run(bob, 'kysely "Salainen: onko strategia ajan tasalla?" "Kyllä" "Ei" --anonymous');
  anonymousPoll = await count(sql`select max(id) as n from polls`);
  await click(alice, 'polls.vote', `${namedPoll}:0`);
  await click(bob, 'polls.vote', `${namedPoll}:1`);
  await click(alice, 'polls.vote', `${anonymousPoll}:1`);
  await click(bob, 'polls.vote', `${anonymousPoll}:0`);
  await run(carl, 'tehtävä lisää "Hiilijalanjälki kriteeriksi kuljetuksiin" alice.aaltonen@kuopio.fi 2026-12-31');
  interventionId = await count(sql`select max(id) as n from interventions`);
  await run(carl, `valmis ${interventionId}`);
  await run(alice, 'Miten kilpailutan siivouspalvelut vastuullisesti?', 'message');
  await run(alice, 'ryhmä tauko 2vk');
  await run(alice, 'kieli en');
});

afterAll(async () => {
  core?.services.polls.refresher.stop();
  await db?.drop();
});

describe('privacy export', () => {
  it('sends Alice one JSON file with everything Keino holds about her, and nothing of anyone else', async () => {
    const reply = (await run(alice, 'privacy export')) as Message;
    expect(reply.visibility).toBe('person');
    const [file] = reply.attachments ?? [];
    expect(file).toMatchObject({ mimeType: 'application/json', filename: 'keino-2026-05-04.json' });
    const data: Json = JSON.parse(String(file!.content));

    expect(data.person).toMatchObject({
      name: 'Alice Aaltonen',
      email: 'alice.aaltonen@kuopio.fi',
      locale: 'en',
      organisation: 'Kuopion kaupunki',
      role: 'member',
    });
    expect(data.person.chatAccounts).toEqual([expect.objectContaining({ platform: 'slack', workspace: 'T-KEINO', userId: 'UALICE' })]);
    expect(data.groups.memberships).toEqual([expect.objectContaining({ group: 'sote', leftAt: null })]);
    expect(data.groups.pairingPausedUntil).not.toBeNull();
    expect(data.academy.registrations).toEqual([expect.objectContaining({ title: 'Strateginen johtaminen', answer: 'going' })]);
    expect(data.polls.votes).toEqual([expect.objectContaining({ question: 'Kahvi vai tee?', option: 'Kahvi' })]);
    expect(data.polls.anonymous).toEqual([expect.objectContaining({ question: 'Salainen: onko strategia ajan tasalla?' })]);
    expect(data.interventions.owned).toEqual([
      expect.objectContaining({ title: 'Hiilijalanjälki kriteeriksi kuljetuksiin', status: 'done', organisation: 'Kuopion kaupunki' }),
    ]);
    expect(data.faq.questions).toEqual([expect.objectContaining({ question: 'Miten kilpailutan siivouspalvelut vastuullisesti?' })]);
    // What others recorded about her: the admin giving her a role, the coordinator's changes to her intervention.
    expect(data.auditLog.aboutYou).toEqual([expect.objectContaining({ action: 'people.role', target: `person:${aliceId}` })]);
    expect(data.interventions.historyAboutYou.map((line: Json) => line.action)).toEqual(expect.arrayContaining(['created']));
    expect(data.interventions.historyAboutYou.length).toBeGreaterThanOrEqual(2);
    reportFigure(
      SECTION,
      'records about her written by others, in her export',
      data.auditLog.aboutYou.length + data.interventions.historyAboutYou.length,
      true,
    );

    const text = JSON.stringify(data);
    for (const other of ['bob.backman@kuopio.fi', 'Bob Backman', 'carl@kuopio.fi', 'ada@keino.fi', 'UBOB']) expect(text).not.toContain(other);
    // Which option Alice chose in the anonymous poll is not stored readably, so it is not exported either.
    expect(data.polls.anonymous[0]).not.toHaveProperty('option');
  });
});

describe('privacy delete', () => {
  it('asks first; a confirmation button made for someone else, or an old one, erases nothing', async () => {
    const asked = await run(alice, 'privacy delete');
    const [confirm] = buttons(asked);
    expect(confirm).toMatchObject({ actionId: 'privacy.delete' });
    expect(await count(sql`select count(*) as n from people where id = ${aliceId}`)).toBe(1);

    // Bob clicks a copy of Alice's button: Bob's data is not erased, Alice's neither.
    const byBob = await click(bob, 'privacy.delete', confirm!.value!);
    expect(replyText(byBob.reply!)).toMatch(/no longer valid|ei ole enää voimassa/);
    const aliceStale = await click(alice, 'privacy.delete', `${aliceId}:${Math.floor(now.getTime() / 1000) - 3600}`);
    expect(replyText(aliceStale.reply!)).toMatch(/no longer valid/);
    // Values the button's codec cannot read (cut, lengthened, not numbers) are refused before anything runs.
    for (const altered of [`${aliceId}`, `${aliceId}:${Math.floor(now.getTime() / 1000)}:1`, `${aliceId}:soon`, `x:${Math.floor(now.getTime() / 1000)}`]) {
      const outcome = await click(alice, 'privacy.delete', altered);
      expect(replyText(outcome.reply!)).toMatch(/no longer in use/);
    }
    expect(await count(sql`select count(*) as n from people where email in ('alice.aaltonen@kuopio.fi', 'bob.backman@kuopio.fi')`)).toBe(2);
  });

  it('erases Alice: nothing in any table leads to her, anonymous votes stay counted, her intervention goes to the coordinator, the waiting list moves up, and the audit log says so', async () => {
    const anonymousBefore = rowsOf<{ option: number; n: number }>(
      await db.db.execute(sql`select option, votes as n from poll_anonymous_counts where poll_id = ${anonymousPoll} and votes > 0 order by option`),
    );
    const namedBefore = await count(sql`select count(*) as n from poll_votes where poll_id = ${namedPoll}`);
    const [confirm] = buttons(await run(alice, 'tietosuoja poista'));
    const outcome = await click(alice, 'privacy.delete', confirm!.value!);
    expect(replyText(outcome.update!)).toMatch(/Your data has been erased from Keino.*1 intervention was handed to your organisation’s coordinator/s);

    // Every column that refers to a person: none refers to Alice any more.
    const leftovers: string[] = [];
    for (const column of personColumns()) {
      const [table, name] = column.split('.');
      const n = await count(sql`select count(*) as n from ${sql.identifier(table!)} where ${sql.identifier(name!)} = ${aliceId}`);
      if (n > 0) leftovers.push(`${column}: ${n}`);
    }
    const scheduled = await count(sql`select count(*) as n from jobs where payload->>'personId' = ${String(aliceId)}`);
    // Her name and e-mail address appear nowhere in the database, in any row of any table.
    const mentions: string[] = [];
    const tables = rowsOf<{ name: string }>(
      await db.db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' and tablename not like '%drizzle%'`),
    );
    for (const { name } of tables) {
      const n = await count(
        sql`select count(*) as n from ${sql.identifier(name)} t where t::text ilike '%alice.aaltonen%' or t::text ilike '%Alice Aaltonen%'`,
      );
      if (n > 0) mentions.push(`${name}: ${n}`);
    }
    // What she wrote herself is gone too, not only her name: her question's words.
    const herWords = await count(sql`select count(*) as n from faq_questions where text ilike '%siivouspalvelut vastuullisesti%'`);
    reportFigure(SECTION, 'her own words left in the database', herWords, herWords === 0);
    expect(herWords).toBe(0);
    reportFigure(SECTION, 'rows still referring to the erased person', leftovers.length + scheduled, leftovers.length + scheduled === 0);
    reportFigure(SECTION, 'tables still holding her name or e-mail', mentions.length, mentions.length === 0);
    expect(leftovers).toEqual([]);
    expect(scheduled).toBe(0);
    expect(mentions).toEqual([]);
    expect(await count(sql`select count(*) as n from people where id = ${aliceId}`)).toBe(0);

    const anonymousAfter = rowsOf<{ option: number; n: number }>(
      await db.db.execute(sql`select option, votes as n from poll_anonymous_counts where poll_id = ${anonymousPoll} and votes > 0 order by option`),
    );
    reportFigure(
      SECTION,
      'anonymous votes still counted after erasure',
      `${anonymousAfter.reduce((sum, row) => sum + row.n, 0)} of ${anonymousBefore.reduce((sum, row) => sum + row.n, 0)}`,
      true,
    );
    expect(anonymousAfter).toEqual(anonymousBefore);
    expect(await count(sql`select count(*) as n from poll_votes where poll_id = ${namedPoll}`)).toBe(namedBefore - 1);

    const owner = rowsOf<{ email: string }>(
      await db.db.execute(sql`select p.email from interventions i join people p on p.id = i.owner_person_id where i.id = ${interventionId}`),
    )[0];
    expect(owner?.email).toBe('carl@kuopio.fi');
    const history = replyText(await run(carl, `tehtävä historia ${interventionId}`));
    expect(history).toMatch(/siirretty: vastuuhenkilö: \(poistettu henkilö\) → carl@kuopio.fi/);
    expect(
      await count(
        sql`select count(*) as n from academy_registrations r join people p on p.id = r.person_id where r.session_id = ${sessionId} and p.email = 'bob.backman@kuopio.fi' and r.status = 'going'`,
      ),
    ).toBe(1);

    const audit = replyText(await run(ada, 'ylläpito loki'));
    expect(audit).toMatch(/henkilö itse \(tiedot poistettu\) · privacy\.delete person:\d+/);
    expect(audit).toMatch(/Ada Admin · people\.role person:\d+/);
    expect(audit).not.toMatch(/alice/i);
  });

  it('Alice can come back: she starts afresh as a new person', async () => {
    expect(replyText(await run(alice, 'kuka'))).toContain('Alice Aaltonen');
    const ids = rowsOf<{ id: number }>(await db.db.execute(sql`select id from people where email = 'alice.aaltonen@kuopio.fi'`));
    expect(ids).toHaveLength(1);
    expect(ids[0]!.id).not.toBe(aliceId);
    expect(JSON.parse(String(((await run(alice, 'privacy export')) as Message).attachments![0]!.content)).groups.memberships).toEqual([]);
  });
});

describe('an intervention nobody can take over', () => {
  it('stays with a nameless placeholder owner; the person is otherwise erased', async () => {
    const dora = person('UDORA', 'Dora Dahl', 'dora@joensuu.fi');
    await run(dora, 'kuka');
    await run(ada, 'ylläpito rooli dora@joensuu.fi jäsen --org "Joensuun kaupunki"');
    // Only Ada could take it, and Ada is the one who leaves here.
    await run(ada, 'tehtävä lisää "Ruokahävikki puoleen" ada@keino.fi 2026-11-30 --org "Joensuun kaupunki"');
    const adaId = (await core.services.people.peopleStore.findByEmail('ada@keino.fi'))!.id;
    await core.services.people.peopleStore.setRole(adaId, 'member');
    const reply = await run(ada, 'tietosuoja poista vahvista');
    expect(replyText(reply)).toMatch(/nimettömälle paikanpitäjälle/);
    const placeholder = rowsOf<Json>(await db.db.execute(sql`select name, email, role from people where id = ${adaId}`));
    expect(placeholder).toEqual([{ name: '(poistettu henkilö)', email: null, role: 'member' }]);
    expect(await count(sql`select count(*) as n from platform_identities where person_id = ${adaId}`)).toBe(0);
    expect(await count(sql`select count(*) as n from interventions where owner_person_id = ${adaId}`)).toBe(1);
  });
});
