import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { createTestCore } from '../helpers/test-core.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { generatedPlan } from '../helpers/generated-plan.js';
import { FigureSink, round } from './bench-report.js';
import { seedOrganisations, seedSlackPeople } from './seed.js';

export interface ImportOptions {
  quick: boolean;
}

const ORGANISATIONS = 10;
const KNOWN_PEOPLE = 200;

/**
 * 7. Intervention import: a Hankintaluotsi plan of 1,000 and 10,000 rows (10 organisations, a
 * fifth of the owners known, the rest new) through the import service, as the command line and a
 * file shared in chat run it, nudges planned in the same transaction: new, the same file again
 * (unchanged), and again with every tenth due date moved. Baseline: the 1,000-row file.
 * Correctness: interventions, history entries, owners and planned nudges as the file says.
 */
export async function benchImport(options: ImportOptions): Promise<FigureSink> {
  const sink = new FigureSink('7 import');
  const sizes = options.quick ? [100, 1_000] : [1_000, 10_000];
  const now = new Date('2026-12-01T08:00:00Z');
  const database = await createTestDatabase('keino_bench_import');
  try {
    await seedOrganisations(database.db, ORGANISATIONS);
    await seedSlackPeople(database.db, KNOWN_PEOPLE);
    const core = createTestCore(database.db, { clock: () => now });
    const count = async (statement: ReturnType<typeof sql>) => Number(rowsOf<{ n: number | string }>(await database.db.execute(statement))[0]!.n);
    const seconds: Record<string, number[]> = { new: [], unchanged: [], changed: [] };
    for (const size of sizes) {
      const plan = generatedPlan({ rows: size, organisations: ORGANISATIONS, knownPeople: KNOWN_PEOPLE, titlePrefix: `Koko ${size}` });
      const timed = async (content: string) => {
        const started = performance.now();
        const report = await core.services.interventions.importCsv(content, { actor: null, source: `bench-${size}.csv` }, now);
        return { report, seconds: round((performance.now() - started) / 1000, 2) };
      };
      const fresh = await timed(plan.csv);
      seconds.new!.push(fresh.seconds);
      const same = await timed(plan.csv);
      seconds.unchanged!.push(same.seconds);
      const moved = generatedPlan({ rows: size, organisations: ORGANISATIONS, knownPeople: KNOWN_PEOPLE, titlePrefix: `Koko ${size}`, laterEvery: 10 }).csv;
      const changed = await timed(moved);
      seconds.changed!.push(changed.seconds);

      const prefix = `Koko ${size} %`;
      const stored = await count(sql`select count(*) as n from interventions where title like ${prefix}`);
      const history = await count(
        sql`select count(*) as n from intervention_history h join interventions i on i.id = h.intervention_id where i.title like ${prefix}`,
      );
      // Each row's owner and organisation as the file says (owner by e-mail, organisation by name).
      const expected = JSON.stringify(plan.rows.map((row) => [row.organisation, row.title, row.ownerEmail, row.status]));
      const actual = rowsOf<{ o: string; t: string; e: string; s: string }>(
        await database.db.execute(sql`select o.name as o, i.title as t, p.email as e, i.status as s from interventions i
          join organisations o on o.id = i.organisation_id join people p on p.id = i.owner_person_id
          where i.title like ${prefix} order by i.id`),
      ).map((row) => [row.o, row.t, row.e, row.s]);
      const ownersRight = JSON.stringify(actual) === expected;
      const known = await count(sql`select count(*) as n from people p join platform_identities pi on pi.person_id = p.id
        where p.email like 'henkilo%' and p.organisation_id <> (select id from organisations where name = 'Organisaatio ' || (1 + (regexp_match(p.email, '^henkilo(\\d+)@'))[1]::int % ${ORGANISATIONS}))`);
      const changedRows = Math.ceil(size / 10);
      const correct =
        fresh.report.created === size &&
        same.report.unchanged === size &&
        changed.report.updated === changedRows &&
        stored === size &&
        history === size + changedRows &&
        ownersRight &&
        known === 0;
      sink.add({
        name: `${size.toLocaleString('en-US')} rows: stored, history, owners and organisations as the file says`,
        value: `${stored} / ${size}, ${history} / ${size + changedRows}, ${ownersRight ? 'yes' : 'no'}`,
        unit: '',
        correct,
      });
    }
    const labels: Record<string, string> = { new: 'new', unchanged: 'the same file again (unchanged)', changed: 'again, every tenth due date moved' };
    for (const [kind, [small, large]] of Object.entries(seconds)) {
      sink.add({
        name: `import ${sizes[1]!.toLocaleString('en-US')} rows, ${labels[kind]}`,
        value: large!,
        unit: 's',
        baseline: small!,
        baselineLabel: `${sizes[0]!.toLocaleString('en-US')} rows`,
        ...(kind === 'new' && !options.quick ? { aim: '< 5 s', met: large! < 5 } : {}),
      });
    }
  } finally {
    await database.drop();
  }
  return sink;
}
