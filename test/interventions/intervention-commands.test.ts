import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Message, Reply } from '../../src/core/messages/message.js';
import { dueInWords } from '../../src/core/interventions/intervention-render.js';
import { translator } from '../../src/core/i18n/translator.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { daysUntil } from '../../src/core/time/relative-days.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { becomes } from '../helpers/scheduled-time.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { repositoryRoot } from '../helpers/run-keino.js';

let database: TestDatabase;
let core: KeinoCore;
const MONDAY = new Date('2027-01-18T08:00:00Z'); // Monday 18 January 2027, 10:00 in Helsinki
let now = MONDAY;
const ids: Record<string, number> = {};

const slackDm: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'D1', kind: 'personal' };
function slackPerson(userId: string, name: string, email: string): Caller {
  return { identity: { platform: 'slack', tenantId: 'T1', userId }, loadProfile: async () => ({ name, email }) };
}
function teamsPerson(userId: string, name: string, email: string): Caller {
  return { identity: { platform: 'teams', tenantId: 'tenant', userId }, loadProfile: async () => ({ name, email, locale: 'en' as const }) };
}

const maija = slackPerson('UMAIJA', 'Maija Meikäläinen', 'maija.meikalainen@kuopio.fi');
const matti = teamsPerson('aad-matti', 'Matti Virtanen', 'matti.virtanen@kuopio.fi');
const kaisa = slackPerson('UKAISA', 'Kaisa Koordinaattori', 'kaisa@kuopio.fi'); // coordinator, Kuopio
const ville = slackPerson('UVILLE', 'Ville Kollega', 'ville@kuopio.fi'); // member, Kuopio, owns nothing
const aino = slackPerson('UAINO', 'Aino Nieminen', 'aino.nieminen@pirha.fi'); // member, Pirkanmaa
const pekka = slackPerson('UPEKKA', 'Pekka Pirhalainen', 'pekka@pirha.fi'); // coordinator, Pirkanmaa
const admin = slackPerson('UADMIN', 'Anna Admin', 'admin@keino.fi');

const say = (caller: Caller, text: string) => core.handleText({ caller, conversation: slackDm, text, source: 'command' });
const click = (caller: Caller, actionId: string, value: string) =>
  core.handleAction({ caller, conversation: slackDm, actionId, value, source: { platform: 'slack', conversation: slackDm, messageId: '1700000000.000100' } });

async function query<T>(statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await database.db.execute(statement));
}

async function state(id: number): Promise<{ status: string; snoozed_until: string | null; owner: string; history: number }> {
  const [row] = await query<{ status: string; snoozed_until: string | null; owner: string; history: string }>(sql`
    select i.status, to_char(i.snoozed_until at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as snoozed_until, p.email as owner, (select count(*) from intervention_history h where h.intervention_id = i.id) as history
    from interventions i join people p on p.id = i.owner_person_id where i.id = ${id}`);
  return { ...row!, history: Number(row!.history) };
}

async function writes(): Promise<string> {
  const [row] = await query<Record<string, string>>(sql`select (select count(*) from interventions) as i, (select count(*) from intervention_history) as h,
    (select max(updated_at) from interventions)::text as u, (select count(*) from people) as p`);
  return JSON.stringify(row);
}

function buttonsOf(reply: Reply | undefined): { label: string; actionId: string; value?: string }[] {
  if (reply?.kind !== 'message') return [];
  return reply.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : []));
}

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { clock: () => now, admins: ['admin@keino.fi'] });
  await core.services.interventions.importCsv(
    new Uint8Array(await readFile(path.join(repositoryRoot, 'test/fixtures/interventions/example.csv'))),
    { actor: null, source: 'example.csv' },
    now,
  );
  for (const row of await query<{ id: number; title: string }>(sql`select id, title from interventions`)) ids[row.title.split(/[ ;,]/)[0]!] = row.id;
  await becomes(core, kaisa, 'coordinator', 'Kuopion kaupunki');
  await becomes(core, ville, 'member', 'Kuopion kaupunki');
  await becomes(core, pekka, 'coordinator', 'Pirkanmaan hyvinvointialue');
  await say(admin, 'whoami');
});
afterAll(async () => database?.drop());
beforeEach(() => {
  now = MONDAY;
});

const reader = (locale: Locale) => ({ t: translator(locale), locale });

describe('due dates in words', () => {
  it('says "in 7 days", "tomorrow" and "3 päivää myöhässä", counting calendar days across a DST change', () => {
    expect(dueInWords(reader('en'), 7)).toBe('in 7 days');
    expect(dueInWords(reader('en'), 1)).toBe('tomorrow');
    expect(dueInWords(reader('fi'), -3)).toBe('3 päivää myöhässä');
    expect(dueInWords(reader('fi'), -1)).toBe('1 päivä myöhässä');
    expect(dueInWords(reader('sv'), 0)).toBe('i dag');
    // Helsinki moves its clocks on 28 March 2027: still whole days.
    expect(daysUntil('2027-03-29', new Date('2027-03-27T22:30:00Z'), 'Europe/Helsinki')).toBe(1);
    expect(daysUntil('2027-03-26', new Date('2027-03-28T21:30:00Z'), 'Europe/Helsinki')).toBe(-3);
  });
});

describe('tasks: my interventions', () => {
  it('lists my open interventions soonest first, the overdue one marked, each with buttons', async () => {
    const reply = await say(maija, 'tehtävät');
    const text = replyText(reply);
    expect(text).toContain('Sinun toimenpiteesi');
    expect(text.indexOf('Hiilijalanjälki')).toBeLessThan(text.indexOf('Työllisyysehto'));
    expect(text).toContain(
      `#${ids.Hiilijalanjälki} Hiilijalanjälki kriteeriksi kuljetuspalveluiden kilpailutuksiin — ⚠️ 3 päivää myöhässä (määräaika pe 15.1.2027)`,
    );
    expect(text).toContain('Hankinnoilla kohti hiilineutraaliutta · Kuljetuspalvelut');
    expect(text).toContain('määräaika 102 päivän päästä (pe 30.4.2027)');
    expect(text).not.toContain('Markkinavuoropuhelu'); // Matti's
    expect(buttonsOf(reply).map((button) => button.label)).toEqual(['Valmis', 'Työn alla', 'Lykkää viikolla', 'Valmis', 'Työn alla', 'Lykkää viikolla']);
  });

  it('speaks English to Matti on Teams: "in 7 days", in progress', async () => {
    now = new Date('2027-02-21T08:00:00Z');
    // Matti was imported before he first wrote to Keino; his Teams profile says English.
    const text = replyText(await say(matti, 'tasks'));
    expect(text).toContain('Your interventions');
    expect(text).toContain('due in 7 days (Sun 28 Feb 2027) · in progress');
  });
});

describe('done, snooze and the buttons', () => {
  it('marks an intervention done once: the second time, by command or button, nothing changes', async () => {
    const id = ids.Työllisyysehto!;
    expect(replyText(await say(maija, `valmis ${id}`))).toContain(
      `✅ #${id} Työllisyysehto; vähintään kaksi sopimusta vuodessa on valmis (merkitsi Maija Meikäläinen)`,
    );
    const after = await state(id);
    expect(after).toMatchObject({ status: 'done', history: 2 });
    const again = await click(maija, 'interventions.done', `${id}:list`);
    expect(replyText(again.update!)).toContain('oli jo merkitty valmiiksi. Mitään ei muutettu.');
    expect(replyText(await say(maija, `done #${id}`))).toContain('oli jo merkitty valmiiksi');
    expect(await state(id)).toEqual(after);
    // The history says who and what.
    const history = replyText(await say(maija, `tehtävä historia ${id}`));
    expect(history).toContain('Maija Meikäläinen · valmis: tila: suunniteltu → valmis');
    expect(history).toContain('Keino / tuonti · tuotu');
  });

  it('In progress and Snooze a week update the intervention and the list, and a second click changes nothing', async () => {
    const id = ids.Hiilijalanjälki!;
    const started = await click(maija, 'interventions.start', `${id}:list`);
    expect(replyText(started.update!)).toContain(`▶️ #${id} Hiilijalanjälki kriteeriksi kuljetuspalveluiden kilpailutuksiin on työn alla`);
    expect(buttonsOf(started.update).map((button) => button.label)).toEqual(['Valmis', 'Lykkää viikolla']);
    expect((await state(id)).status).toBe('in_progress');

    const snoozed = await click(maija, 'interventions.snoozeWeek', `${id}:list`);
    expect(replyText(snoozed.update!)).toMatch(/muistutukset lykätty ma 25\.1\.2027 klo 9\.00 asti/);
    const once = await state(id);
    expect(once.snoozed_until).toBe('2027-01-25T07:00:00.000Z'); // 09:00 in Helsinki, a week from today
    now = new Date(now.getTime() + 20_000);
    const twice = await click(maija, 'interventions.snoozeWeek', `${id}:list`);
    expect(replyText(twice.update!)).toContain('oli jo lykätty');
    expect(await state(id)).toEqual(once);
  });

  it('snoozes by command for a duration or until a date, and refuses a date in the past', async () => {
    const id = ids.Hiilijalanjälki!;
    expect(replyText(await say(maija, `lykkää ${id} 3pv`))).toMatch(/muistutukset lykätty to 21\.1\.2027/);
    expect((await state(id)).snoozed_until).toBe('2027-01-21T07:00:00.000Z');
    expect(replyText(await say(maija, `snooze ${id} 1.2.2027`))).toMatch(/lykätty ma 1\.2\.2027/);
    const before = await writes();
    expect(replyText(await say(maija, `lykkää ${id} 1.1.2027`))).toContain('Lykkäyksen pitää päättyä tulevaisuudessa');
    expect(replyText(await say(maija, `lykkää ${id} huomenna`))).toContain('odotin kestoa (3pv, 1vk) tai päivämäärää');
    expect(await writes()).toBe(before);
  });

  it('Snooze until… asks for a date in a form and snoozes to it', async () => {
    const id = ids.Hiilijalanjälki!;
    const asked = await click(maija, 'interventions.snoozeUntil', `${id}:list`);
    expect(asked.reply?.kind).toBe('form');
    const form = asked.reply as Extract<Reply, { kind: 'form' }>;
    const wrong = await core.handleForm({ caller: maija, conversation: slackDm, formId: form.formId, values: { date: '30.2.2027' }, context: form.context });
    expect(wrong.kind === 'form' && wrong.errors?.date).toContain('päivämäärää');
    const done = await core.handleForm({ caller: maija, conversation: slackDm, formId: form.formId, values: { date: '2027-02-15' }, context: form.context });
    expect(replyText(done)).toMatch(/lykätty ma 15\.2\.2027/);
    expect((await state(id)).snoozed_until).toBe('2027-02-15T07:00:00.000Z');
  });

  it('answers a button value or form context that is none of its action’s politely, changing nothing', async () => {
    const id = ids.Hiilijalanjälki!;
    const before = await state(id);
    const sorry = 'Tämä painike ei ole enää käytössä. Kokeile komentoa uudelleen.';
    for (const [actionId, value] of [
      ['interventions.done', `${id}`],
      ['interventions.done', `${id}:elsewhere`],
      ['interventions.start', `${id}:list:1`],
      ['interventions.snoozeWeek', `x${id}:list`],
      ['interventions.snoozeUntil', `-${id}:nudge`],
      ['interventions.askGroup', `${id}:LIST`],
    ] as const) {
      const outcome = await click(maija, actionId, value);
      expect(replyText(outcome.reply!), `${actionId} ${value}`).toBe(sorry);
      expect(outcome.update).toBeUndefined();
    }
    for (const context of [undefined, '', '{}', `{"id":"${id}"}`, `{"id":${id},"place":"elsewhere"}`, `{"id":${id},"source":{"platform":"slack"}}`, `${id}`]) {
      const submitted = await core.handleForm({
        caller: maija,
        conversation: slackDm,
        formId: 'interventions.snoozeUntil',
        values: { date: '2027-03-01' },
        ...(context === undefined ? {} : { context }),
      });
      expect(replyText(submitted), String(context)).toBe(sorry);
    }
    expect(await state(id)).toEqual(before);
  });
});

describe('coordinators', () => {
  it('of an organisation with nothing imported yet are told how to bring the plan in: the file in chat, the command in the console', async () => {
    const kirsi = slackPerson('UKIRSI', 'Kirsi Koordinaattori', 'kirsi@tyhja.fi');
    await becomes(core, kirsi, 'coordinator', 'Tyhjä kunta');
    expect(replyText(await say(kirsi, 'tasks org'))).toContain('Tuo ne Hankintaluotsista: lähetä CSV-tiedosto minulle yksityisviestinä');
    const here: Conversation = { platform: 'console', tenantId: 'local', channelId: 'console', kind: 'personal' };
    const operator: Caller = { identity: { platform: 'console', tenantId: 'local', userId: 'operator' }, loadProfile: async () => ({ name: 'Operaattori' }) };
    await core.handleText({ caller: operator, conversation: here, text: 'whoami', source: 'command' });
    const people = core.services.people.peopleStore;
    const person = (await people.findByIdentity(operator.identity))!;
    await people.setRole(person.id, 'coordinator');
    await people.setOrganisation(person.id, (await people.ensureOrganisation('Tyhjä kunta')).id);
    const inConsole = replyText(await core.handleText({ caller: operator, conversation: here, text: 'tasks org', source: 'command' }));
    expect(inConsole).toContain('npm run keino -- import interventions <tiedosto.csv>');
    expect(inConsole).not.toContain('yksityisviestinä');
  });

  it('see their organisation: a chart of where the plan stands, counts by status, overdue, the next 14 days', async () => {
    now = new Date('2027-02-20T08:00:00Z');
    const reply = (await say(kaisa, 'tehtävät org')) as Message;
    const text = replyText(reply);
    expect(text).toContain('Kuopion kaupunki: toimenpiteet');
    const [status, ...others] = reply.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : []));
    expect(status).toMatchObject({
      kind: 'donut',
      labels: ['valmis', 'aikataulussa', 'erääntyy 14 päivässä', 'myöhässä'],
      series: [{ values: [2, 0, 1, 1] }],
      altText: 'Organisaation Kuopion kaupunki toimenpiteet: 2 valmiina, 1 myöhässä, 1 erääntyy 14 päivässä, 0 aikataulussa.',
    });
    for (const chart of others) expect(chart.altText).toMatch(/^Hankinta(kategorioittain|linjauksittain): .*\d+ valmiina/);
    expect(reply.blocks.some((block) => block.type === 'progress')).toBe(false);
    expect(text).toContain('suunniteltu: 0\nkäynnissä: 2\nvalmis: 2\nperuttu: 0\nmyöhässä: 1');
    expect(text).toMatch(/Myöhässä\n#\d+ Hiilijalanjälki.*36 päivää myöhässä.*vastuu: maija\.meikalainen@kuopio\.fi/);
    expect(text).toMatch(/Seuraavat 14 päivää\n#\d+ Markkinavuoropuhelu.*8 päivän päästä.*vastuu: matti\.virtanen@kuopio\.fi/);
    expect(text).not.toContain('Pirkanmaa');
    expect(text).not.toContain('Ravitsemuspalveluiden');
  });

  it('add an intervention for an owner no platform knows yet, and are told the owner cannot be reached', async () => {
    const reply = replyText(await say(kaisa, 'tehtävä lisää “Kilpailutusten vuosisuunnitelma” Uusi.Henkilo@kuopio.fi 31.5.2027 linjaus=Avoimuus'));
    expect(reply).toMatch(/Lisätty #\d+ Kilpailutusten vuosisuunnitelma: vastuuhenkilö uusi\.henkilo@kuopio\.fi, määräaika ma 31\.5\.2027/);
    expect(reply).toContain('uusi.henkilo@kuopio.fi ei ole vielä käyttänyt Keinoa');
    const [row] = await query<{ id: number; org: string; policy: string }>(sql`select i.id, o.name as org, p.name as policy from interventions i
      join organisations o on o.id = i.organisation_id join procurement_policies p on p.id = i.policy_id where i.title = 'Kilpailutusten vuosisuunnitelma'`);
    expect(row).toMatchObject({ org: 'Kuopion kaupunki', policy: 'Avoimuus' });
    ids.Kilpailutusten = row!.id;
    const before = await writes();
    expect(replyText(await say(kaisa, 'task add "kilpailutusten VUOSISUUNNITELMA" uusi.henkilo@kuopio.fi 2027-06-01'))).toContain('on jo toimenpide');
    expect(await writes()).toBe(before);
  });

  it('hand an intervention to another owner, recorded in its history; not to someone of another organisation', async () => {
    const id = ids.Kilpailutusten!;
    expect(replyText(await say(kaisa, `tehtävä siirrä ${id} matti.virtanen@kuopio.fi`))).toContain('on nyt henkilön matti.virtanen@kuopio.fi vastuulla');
    expect(await state(id)).toMatchObject({ owner: 'matti.virtanen@kuopio.fi', history: 2 });
    expect(replyText(await say(kaisa, `tehtävä siirrä ${id} matti.virtanen@kuopio.fi`))).toContain('Mitään ei muutettu');
    const before = await writes();
    expect(replyText(await say(kaisa, `task assign ${id} aino.nieminen@pirha.fi`))).toContain('kuuluu toiseen organisaatioon');
    expect(await writes()).toBe(before);
    expect(replyText(await say(matti, 'tasks'))).toContain('Kilpailutusten vuosisuunnitelma');
  });

  it('are the only ones besides admins who may add, assign and see the overview', async () => {
    const before = await writes();
    expect(replyText(await say(ville, 'tehtävä lisää "Luvaton" ville@kuopio.fi 1.1.2028'))).toContain(
      'Tämä komento on vain seuraaville: koordinaattori, ylläpitäjä',
    );
    expect(replyText(await say(ville, `task assign ${ids.Kilpailutusten} ville@kuopio.fi`))).toContain('vain seuraaville');
    expect(replyText(await say(ville, 'tasks org'))).toContain('vain seuraaville');
    expect(await writes()).toBe(before);
  });
});

describe('isolation between organisations', () => {
  it('never shows another organisation’s interventions, and does not even say they exist', async () => {
    const kuopio = ids.Markkinavuoropuhelu!;
    const before = await writes();
    const refusals = [
      await say(aino, `valmis ${kuopio}`),
      await say(pekka, `done ${kuopio}`),
      await say(pekka, `lykkää ${kuopio} 1vk`),
      await say(pekka, `tehtävä aloita ${kuopio}`),
      await say(pekka, `tehtävä historia ${kuopio}`),
      await say(pekka, `tehtävä siirrä ${kuopio} pekka@pirha.fi`),
      (await click(aino, 'interventions.done', `${kuopio}:nudge`)).reply!,
      (await click(pekka, 'interventions.snoozeWeek', `${kuopio}:list`)).reply!,
      (await click(pekka, 'interventions.snoozeUntil', `${kuopio}:nudge`)).reply!,
    ];
    for (const reply of refusals) {
      expect(replyText(reply)).toBe(`En löydä toimenpidettä #${kuopio} sinun organisaatiostasi. Kirjoita tehtävät nähdäksesi omasi.`);
    }
    // Someone who does not exist looks the same as someone of another organisation.
    expect(replyText(await say(pekka, 'valmis 999999'))).toBe('En löydä toimenpidettä #999999 sinun organisaatiostasi. Kirjoita tehtävät nähdäksesi omasi.');
    expect(await writes()).toBe(before);

    const pekkaOverview = replyText(await say(pekka, 'tasks org'));
    expect(pekkaOverview).toContain('Pirkanmaan hyvinvointialue');
    expect(pekkaOverview).not.toMatch(/Kuopio|Markkinavuoropuhelu|Hiilijalanjälki|maija/);
    expect(replyText(await say(pekka, 'tasks org Kuopion kaupunki'))).toContain('En löydä organisaatiota ”Kuopion kaupunki”');
    const ainoTasks = replyText(await say(aino, 'tehtävät'));
    expect(ainoTasks).toContain('Ravitsemuspalveluiden');
    expect(ainoTasks).not.toMatch(/Kuopio|Markkinavuoropuhelu|Hiilijalanjälki/);
  });

  it('lets a colleague of the same organisation see that it is not theirs, but change nothing', async () => {
    const before = await writes();
    expect(replyText(await say(ville, `valmis ${ids.Markkinavuoropuhelu}`))).toContain('ei ole sinun vastuullasi');
    expect(replyText((await click(ville, 'interventions.start', `${ids.Hiilijalanjälki}:nudge`)).reply!)).toContain('ei ole sinun vastuullasi');
    expect(await writes()).toBe(before);
  });

  it('lets a coordinator and an admin change their organisation’s interventions (admins any)', async () => {
    expect(replyText(await say(kaisa, `tehtävä aloita ${ids.Kilpailutusten}`))).toContain('on työn alla (merkitsi Kaisa Koordinaattori)');
    expect(replyText(await say(admin, `valmis ${ids['SOTE-hankintojen']}`))).toContain('on valmis (merkitsi Anna Admin)');
    expect(replyText(await say(admin, 'tasks org Pirkanmaan hyvinvointialue'))).toContain('Pirkanmaan hyvinvointialue: toimenpiteet');
    expect(replyText(await say(admin, 'tasks org'))).toContain('Kuopion kaupunki, Pirkanmaan hyvinvointialue');
  });
});
