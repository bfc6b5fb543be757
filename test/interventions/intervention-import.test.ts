import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoCore } from '../../src/core/keino.js';
import { ImportRejected } from '../../src/core/interventions/intervention-service.js';
import type { KeinoError } from '../../src/core/errors.js';
import { translator } from '../../src/core/i18n/translator.js';
import { importReportLines } from '../../src/core/interventions/intervention-render.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { createTestCore } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { repositoryRoot, runKeino } from '../helpers/run-keino.js';
import { generatedPlan } from '../helpers/generated-plan.js';
import { seedOrganisations, seedSlackPeople } from '../bench/seed.js';

const EXAMPLE = path.join(repositoryRoot, 'test/fixtures/interventions/example.csv');
const fi = translator('fi');

let database: TestDatabase;
let core: KeinoCore;
const now = new Date('2026-12-20T08:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { clock: () => now });
});
afterAll(async () => database?.drop());

const importFile = (content: string | Uint8Array, source = 'plan.csv') =>
  core.services.interventions.importCsv(typeof content === 'string' ? content : new Uint8Array(content), { actor: null, source }, now);

async function query<T>(statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await database.db.execute(statement));
}

/** Every table an import writes to, counted. */
async function footprint(): Promise<string> {
  const [row] = await query<Record<string, string>>(sql`select
    (select count(*) from interventions) as interventions, (select count(*) from intervention_history) as history,
    (select count(*) from people) as people, (select count(*) from organisations) as organisations,
    (select count(*) from procurement_policies) as policies, (select count(*) from procurement_categories) as categories,
    (select count(*) from audit_log) as audit, (select count(*) from jobs) as jobs`);
  return JSON.stringify(row);
}

async function rejection(content: string): Promise<ImportRejected> {
  try {
    await importFile(content);
  } catch (error) {
    if (error instanceof ImportRejected) return error;
    throw error;
  }
  throw new Error('the file was imported');
}

describe('importing a Hankintaluotsi plan', () => {
  it('imports the Finnish Excel example (semicolons, BOM, Finnish dates and statuses) and says which owners cannot be reached yet', async () => {
    const report = await importFile(await readFile(EXAMPLE), 'example.csv');
    expect(report).toMatchObject({ rows: 6, created: 6, updated: 0, unchanged: 0, delimiter: ';' });
    expect(report.organisations).toEqual(['Kuopion kaupunki', 'Pirkanmaan hyvinvointialue']);
    expect(report.unreachableOwners).toEqual(['maija.meikalainen@kuopio.fi', 'matti.virtanen@kuopio.fi', 'liisa.korhonen@kuopio.fi', 'aino.nieminen@pirha.fi']);

    const rows = await query<{ title: string; status: string; due_date: string; policy: string | null; category: string | null; owner: string }>(sql`
      select i.title, i.status, i.due_date::text, p.name as policy, c.name as category, o.email as owner
      from interventions i join people o on o.id = i.owner_person_id
      left join procurement_policies p on p.id = i.policy_id left join procurement_categories c on c.id = i.category_id order by i.id`);
    expect(rows.map((row) => [row.title.slice(0, 22), row.status, row.due_date])).toEqual([
      ['Hiilijalanjälki kritee', 'planned', '2027-01-15'],
      ['Markkinavuoropuhelu en', 'in_progress', '2027-02-28'],
      ['Työllisyysehto; vähint', 'planned', '2027-04-30'],
      ['Hankintojen vuosikello', 'done', '2026-12-31'],
      ['Ravitsemuspalveluiden ', 'planned', '2027-03-31'],
      ['SOTE-hankintojen yhtei', 'in_progress', '2027-06-01'],
    ]);
    expect(rows[0]).toMatchObject({ policy: 'Hankinnoilla kohti hiilineutraaliutta', category: 'Kuljetuspalvelut', owner: 'maija.meikalainen@kuopio.fi' });
    // The same policy name in two organisations is two policies.
    const [policies] = await query<{ n: string }>(sql`select count(*) as n from procurement_policies where name = 'Hankinnoilla kohti hiilineutraaliutta'`);
    expect(Number(policies!.n)).toBe(2);

    const [audit] = await core.services.audit.latest(1);
    expect(audit).toMatchObject({ action: 'interventions.import', target: 'example.csv', actorPersonId: null });
    expect(audit!.details).toMatchObject({ rows: 6, created: 6 });
  });

  it('updates by organisation and title when the plan is imported again, and never duplicates', async () => {
    const again = await importFile(await readFile(EXAMPLE));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 6 });

    const changed = (await readFile(EXAMPLE, 'utf8'))
      .replace('15.1.2027;suunniteltu', '22.1.2027;käynnissä')
      .replace('Hankintojen vuosikello julkiseksi', 'HANKINTOJEN VUOSIKELLO JULKISEKSI');
    const report = await importFile(changed);
    expect(report).toMatchObject({ created: 0, updated: 2, unchanged: 4 });
    const [count] = await query<{ n: string }>(sql`select count(*) as n from interventions`);
    expect(Number(count!.n)).toBe(6);

    const [first] = await query<{ id: number }>(sql`select id from interventions where title like 'Hiilijalanjälki%'`);
    const history = await query<{ action: string; changes: Record<string, unknown> }>(
      sql`select action, changes from intervention_history where intervention_id = ${first!.id} order by id`,
    );
    expect(history.map((entry) => entry.action)).toEqual(['imported', 'imported']);
    expect(history[1]!.changes).toEqual({ dueDate: ['2027-01-15', '2027-01-22'], status: ['planned', 'in_progress'] });
  });

  it('takes a comma-separated UTF-8 file without BOM, ISO dates and English statuses', async () => {
    const csv = [
      'organisation,title,owner_email,due_date,status,policy,category',
      'Oulun kaupunki,"Hankintastrategia, päivitys",Olli.Oululainen@ouka.fi,2027-05-31,in progress,Strateginen johtaminen,',
      'Oulun kaupunki,Kestävän kehityksen kriteeripankki,olli.oululainen@ouka.fi,2027-09-30,,,Kaikki',
    ].join('\n');
    const report = await importFile(csv);
    expect(report).toMatchObject({ created: 2, delimiter: ',', unreachableOwners: ['olli.oululainen@ouka.fi'] });
    const [row] = await query<{ title: string; status: string }>(sql`select title, status from interventions where title like 'Hankintastrategia%'`);
    expect(row).toEqual({ title: 'Hankintastrategia, päivitys', status: 'in_progress' });
  });

  it("imports Excel's plain CSV in Windows-1252 (ä, ö, å, the euro sign) as it reads it, with semicolons or commas", async () => {
    const rows = [
      'organisation;title;owner_email;due_date;status;policy;category',
      'Närpiön kaupunki;Hyvinvointialueen yhteishankinta: ruoka-ainekset;åsa.ström@narpes.fi;1.6.2027;käynnissä;Lähiruoka;Elintarvikkeet',
      'Närpiön kaupunki;Energiatehokkuus (säästö 5 000 €);åsa.ström@narpes.fi;1.9.2027;;;',
    ];
    // Excel on a Finnish Windows saves "CSV (luetteloerotin)" in Windows-1252 with CRLF: ä e4, ö f6, å e5, € 80.
    const windows1252 = (text: string) => new Uint8Array([...text].map((character) => (character === '€' ? 0x80 : character.charCodeAt(0))));
    const semicolons = windows1252(rows.join('\r\n'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(semicolons)).toThrow();
    const report = await importFile(semicolons, 'suunnitelma.csv');
    expect(report).toMatchObject({ created: 2, delimiter: ';', organisations: ['Närpiön kaupunki'], unreachableOwners: ['åsa.ström@narpes.fi'] });
    const imported = await query<{ title: string; status: string; policy: string | null }>(sql`
      select i.title, i.status, p.name as policy from interventions i left join procurement_policies p on p.id = i.policy_id
      join organisations o on o.id = i.organisation_id where o.name = 'Närpiön kaupunki' order by i.id`);
    expect(imported).toEqual([
      { title: 'Hyvinvointialueen yhteishankinta: ruoka-ainekset', status: 'in_progress', policy: 'Lähiruoka' },
      { title: 'Energiatehokkuus (säästö 5 000 €)', status: 'planned', policy: null },
    ]);
    const commas = windows1252(rows.map((row) => row.replaceAll(';', ',')).join('\r\n'));
    expect(await importFile(commas, 'suunnitelma.csv')).toMatchObject({ created: 0, unchanged: 2, delimiter: ',' });
  });

  it('writes nothing of a file with bad rows, and names each line and column', async () => {
    const before = await footprint();
    const csv = [
      '\uFEFForganisation;title;owner_email;due_date;status;policy;category',
      'Vantaan kaupunki;Hyvä rivi;hyva@vantaa.fi;1.2.2027;suunniteltu;;',
      'Vantaan kaupunki;Tuntematon tila;hyva@vantaa.fi;1.2.2027;ehkä joskus;;',
      'Vantaan kaupunki;Mahdoton päivä;hyva@vantaa.fi;31.02.2027;;;',
      'Vantaan kaupunki;Ei omistajaa;;1.2.2027;;;',
      'Vantaan kaupunki;Hyvä rivi;toinen@vantaa.fi;1.3.2027;;;',
    ].join('\r\n');
    const rejected = await rejection(csv);
    expect(rejected.problems.map((problem) => [problem.kind, problem.line, problem.column, problem.columnNumber])).toEqual([
      ['status', 3, 'status', 5],
      ['date', 4, 'due_date', 4],
      ['missing', 5, 'owner_email', 3],
      ['duplicate', 6, 'title', 2],
    ]);
    const message = rejected.describe(fi);
    expect(message).toContain('Tiedostoa ei tuotu, eikä siitä tallennettu mitään: 4 ongelmaa');
    expect(message).toContain('Rivi 3, sarake status (5): tuntematon tila ”ehkä joskus”');
    expect(message).toContain('Rivi 4, sarake due_date (4): ”31.02.2027” ei ole mahdollinen päivämäärä');
    expect(message).toContain('Rivi 5, sarake owner_email (3): arvo puuttuu');
    expect(message).toContain('on tiedostossa jo rivillä 2');
    expect(await footprint()).toBe(before);
  });

  it('refuses a file without the required columns, naming where', async () => {
    const before = await footprint();
    const missing = await rejection('organisation;title;due_date\nVantaa;Jotain;1.1.2027\n');
    expect(missing.describe(translator('en'))).toContain('Line 1, column owner_email: the header row lacks this column');
    const unclosed = await rejection('organisation;title;owner_email;due_date\nVantaa;"Auki jäänyt;a@b.fi;1.1.2027\n');
    expect(unclosed.problems[0]).toMatchObject({ kind: 'structure', line: 2 });
    expect(await footprint()).toBe(before);
  });

  it('imports a plan of 10,000 rows whole: every intervention with its owner, organisation, history entry and nudge; again, nothing changes', async () => {
    // A database of its own: the seeded people are spread over exactly these ten organisations.
    const own = await createTestDatabase();
    try {
      await seedOrganisations(own.db, 10);
      await seedSlackPeople(own.db, 200);
      const services = createTestCore(own.db, { clock: () => now }).services;
      await importLargePlan(own, services);
    } finally {
      await own.drop();
    }
  }, 300_000);

  it('refuses a file naming an owner Keino knows in another organisation, each such line named, and writes nothing', async () => {
    const people = core.services.people.peopleStore;
    const vaasa = await people.ensureOrganisation('Vaasan kaupunki');
    const ville = await core.services.people.resolve({ platform: 'console', tenantId: 'local', userId: 'ville' }, async () => ({
      name: 'Ville Vaasa',
      email: 'ville@vaasa.fi',
    }));
    await people.setOrganisation(ville.id, vaasa.id);
    const before = await footprint();
    const rejected = await rejection(
      [
        'organisation,title,owner_email,due_date',
        'Kuopion kaupunki,Oma rivi,maija.meikalainen@kuopio.fi,2027-05-01',
        'Kuopion kaupunki,Vieras omistaja,VILLE@vaasa.fi,2027-05-01',
        'Vaasan kaupunki,Oman organisaation rivi,ville@vaasa.fi,2027-05-01',
        'Uusi kaupunki,Uuden organisaation rivi,ville@vaasa.fi,2027-05-01',
      ].join('\n'),
    );
    expect(rejected.problems.map((problem) => [problem.kind, problem.line, problem.column, problem.value])).toEqual([
      ['ownerElsewhere', 3, 'owner_email', 'ville@vaasa.fi'],
      ['ownerElsewhere', 5, 'owner_email', 'ville@vaasa.fi'],
    ]);
    expect(rejected.describe(translator('en'))).toContain('Line 3');
    expect(await footprint()).toBe(before);
    expect((await people.findById(ville.id))!.organisationId).toBe(vaasa.id);
  });

  it('refuses a file over 10,000 rows or over 5 MB politely, and writes nothing of it', async () => {
    const before = await footprint();
    const tooMany = await rejection(generatedPlan({ rows: 10_001, organisations: 10, knownPeople: 200, titlePrefix: 'Liikaa' }).csv);
    expect(tooMany.problems).toEqual([{ kind: 'tooManyRows', line: 10_002 }]);
    expect(tooMany.describe(translator('en'))).toContain('Line 10002: the file has more than 10,000 rows. Split it.');
    const huge = `organisation,title,owner_email,due_date,description\n${`Vantaa,Pitkä,a@vantaa.fi,2027-01-01,${'x'.repeat(1_000)}\n`.repeat(6_000)}`;
    await expect(importFile(huge)).rejects.toSatisfy(
      (error: KeinoError) => error.describe(fi) === 'Tiedosto on liian suuri: luen enintään 5 megatavun tiedostoja. Mitään ei tallennettu.',
    );
    expect(await footprint()).toBe(before);
  });

  it('imports from the command line, and exits with the line and column of a bad row', async () => {
    const env = { DATABASE_URL: database.url, KEINO_LOCALE: 'en', LOG_LEVEL: 'silent' };
    const timeoutMs = 240_000; // Keino starting in a child process: slow on a busy machine
    const good = await runKeino(['import', 'interventions', EXAMPLE], { env, timeoutMs });
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    // The file puts back the due date and the title that the previous test changed.
    expect(good.stdout).toContain('Imported 6 rows: 0 new, 2 updated, 4 unchanged.');
    expect(good.stdout).toContain('4 owners cannot be reached yet');

    const folder = await mkdtemp(path.join(os.tmpdir(), 'keino-import-'));
    const bad = path.join(folder, 'bad.csv');
    await writeFile(bad, 'organisation,title,owner_email,due_date,status\nVantaa,Jotain,a@vantaa.fi,2027-13-01,planned\n');
    const before = await footprint();
    const failed = await runKeino(['import', 'interventions', bad], { env, timeoutMs });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Line 2, column due_date (4): "2027-13-01" is not a possible date.');
    expect(await footprint()).toBe(before);
  }, 600_000);
});

/** The 10,000-row case's import and checks, on a database of its own. */
async function importLargePlan(own: TestDatabase, services: KeinoCore['services']): Promise<void> {
  const importFile = (content: string) => services.interventions.importCsv(content, { actor: null, source: 'iso.csv' }, now);
  const query = async <T>(statement: ReturnType<typeof sql>): Promise<T[]> => rowsOf<T>(await own.db.execute(statement));
  const footprint = async () =>
    JSON.stringify(
      (
        await query(sql`select (select count(*) from interventions) as interventions,
    (select count(*) from intervention_history) as history, (select count(*) from people) as people, (select count(*) from jobs) as jobs,
    (select count(*) from audit_log) as audit`)
      )[0],
    );
  const plan = generatedPlan({ rows: 10_000, organisations: 10, knownPeople: 200, titlePrefix: 'Iso' });
  const report = await importFile(plan.csv);
  expect(report).toMatchObject({ rows: 10_000, created: 10_000, updated: 0, unchanged: 0 });
  expect(report.organisations).toEqual(Array.from({ length: 10 }, (_, index) => `Organisaatio ${index + 1}`));

  const stored = await query<{ organisation: string; title: string; owner: string; status: string; due_date: string }>(sql`
    select o.name as organisation, i.title, p.email as owner, i.status, i.due_date::text from interventions i
    join organisations o on o.id = i.organisation_id join people p on p.id = i.owner_person_id
    where i.title like 'Iso %' order by i.id`);
  expect(stored).toEqual(
    plan.rows.map((row) => ({ organisation: row.organisation, title: row.title, owner: row.ownerEmail, status: row.status, due_date: row.dueDate })),
  );
  // Known people kept their organisation; new owners were placed in their first row's.
  const misplaced = await query<{ email: string }>(sql`
    select p.email from people p where (p.email like 'henkilo%' or p.email like 'omistaja%')
      and p.organisation_id is distinct from (select id from organisations where name = 'Organisaatio ' || (1 + coalesce(
        (regexp_match(p.email, '^henkilo(\\d+)@'))[1]::int % 10, (regexp_match(p.email, '\\.org(\\d+)@'))[1]::int - 1)))`);
  expect(misplaced).toEqual([]);
  const newOwners = new Set(plan.rows.map((row) => row.ownerEmail).filter((email) => email.startsWith('omistaja')));
  expect(new Set(report.newOwners)).toEqual(newOwners);
  expect(new Set(report.unreachableOwners)).toEqual(newOwners);
  // The reply names twenty of them and counts the rest, so it stays readable in chat.
  const unreachableLine = importReportLines(translator('en'), report).find((line) => line.includes('cannot be reached'))!;
  expect(unreachableLine.match(/omistaja/g)).toHaveLength(20);
  expect(unreachableLine).toContain(`and ${newOwners.size - 20} more`);

  const [history] = await query<{ n: string; imported: string }>(sql`
    select count(*) as n, count(*) filter (where h.action = 'imported' and h.changes ? 'title') as imported
    from intervention_history h join interventions i on i.id = h.intervention_id where i.title like 'Iso %'`);
  expect(history).toEqual({ n: '10000', imported: '10000' });
  // Each open intervention has its next nudge waiting (all are due in 2027), a closed one none.
  const nudges = await query<{ status: string; interventions: string; nudged: string }>(sql`
    with nudged as (select distinct split_part(key, ':', 2)::int as id from jobs where key like 'nudge:%' and state = 'pending')
    select i.status, count(*) as interventions, count(nudged.id) as nudged
    from interventions i left join nudged on nudged.id = i.id where i.title like 'Iso %' group by i.status order by i.status`);
  expect(nudges).toEqual([
    { status: 'cancelled', interventions: '2000', nudged: '0' },
    { status: 'done', interventions: '2000', nudged: '0' },
    { status: 'in_progress', interventions: '2000', nudged: '2000' },
    { status: 'planned', interventions: '4000', nudged: '4000' },
  ]);

  const before = await footprint();
  const again = await importFile(plan.csv);
  expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 10_000 });
  // Only the audit entry of the import itself is new.
  expect(JSON.parse(await footprint())).toEqual({ ...JSON.parse(before), audit: String(Number(JSON.parse(before).audit) + 1) });
}
