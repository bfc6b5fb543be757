import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestApp } from '../helpers/test-app.js';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { importFaqTask } from '../../src/tasks/faq-tasks.js';
import { loadStarterFaqIfEmpty } from '../../src/faq/starter-faq.js';
import { rowsOf } from '../../src/db/stores/people-store.js';

let database: TestDatabase;
let app: KeinoApp;
let folder: string;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database.url);
  folder = mkdtempSync(path.join(os.tmpdir(), 'keino-faq-import-'));
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string, content: string): string {
  const target = path.join(folder, name);
  writeFileSync(target, content);
  return target;
}

async function importFile(target: string): Promise<string> {
  let output = '';
  await importFaqTask.run(app, [target], {
    write: (chunk: string) => {
      output += chunk;
      return true;
    },
  } as unknown as NodeJS.WritableStream);
  return output;
}

async function entries(): Promise<{ id: string; question: string; tags: string[] }[]> {
  return rowsOf(await database.db.execute(sql`select id, question, tags from faq_entries where removed_at is null order by id`));
}

const ask = async (question: string) => (await app.core.services.faq.find(question, 'fi')).entry?.id;

const YAML = `
- id: k-01
  locale: fi
  question: "Mikä on kynnysarvo?"
  answer: "Raja, jonka ylittävät hankinnat kilpailutetaan hankintalain mukaan."
  tags: [kynnysarvot]
- id: k-02
  locale: sv
  question: "Vad är ett ramavtal?"
  answer: "Ett avtal som fastställer villkoren för avrop under en viss period."
  tags: [ramavtal]
`;

describe('importing the FAQ (npm run keino -- import faq <file>)', () => {
  it('imports a YAML file, and importing it again updates the entries instead of duplicating them', async () => {
    const target = file('faq.yaml', YAML);
    expect(await importFile(target)).toBe('Imported 2 FAQ entries from faq.yaml: 2 new, 0 updated.\n');
    writeFileSync(target, YAML.replace('Mikä on kynnysarvo?', 'Mikä on hankinnan kynnysarvo?'));
    expect(await importFile(target)).toBe('Imported 2 FAQ entries from faq.yaml: 0 new, 2 updated.\n');
    expect(await entries()).toEqual([
      { id: 'k-01', question: 'Mikä on hankinnan kynnysarvo?', tags: ['kynnysarvot'] },
      { id: 'k-02', question: 'Vad är ett ramavtal?', tags: ['ramavtal'] },
    ]);
    expect(await ask('hankinnan kynnysarvo')).toBe('k-01');
    const [audit] = rowsOf<{ action: string; target: string }>(await database.db.execute(sql`select action, target from audit_log order by id desc limit 1`));
    expect(audit).toEqual({ action: 'faq.import', target: 'faq.yaml' });
  });

  it('names the line of a bad YAML entry and writes nothing of the file', async () => {
    const before = await entries();
    const bad = file(
      'bad.yaml',
      `${YAML}- id: k-03
  locale: fi
  question: "Uusi kysymys?"
  answer: "Uusi vastaus."
- id: k-04
  locale: de
  question: "Was ist das?"
  answer: "Etwas."
`,
    );
    await expect(importFile(bad)).rejects.toThrow(/bad\.yaml, line 17: locale \(entry k-04\) must be fi, sv or en\. Nothing was imported\./);
    const missing = file('missing.yaml', `- id: k-05\n  locale: fi\n  question: "Ilman vastausta?"\n  tags: [x]\n`);
    await expect(importFile(missing)).rejects.toThrow(/line 1: answer \(entry k-05\) is missing/);
    const broken = file('broken.yaml', `- id: k-06\n  locale: fi\n  question: "Rikki\n  answer: x\n`);
    await expect(importFile(broken)).rejects.toThrow(/broken\.yaml, line \d+:/);
    expect(await entries()).toEqual(before);
  });

  it('imports a CSV file written by Finnish Excel (semicolons, a BOM) and names the line of a bad row', async () => {
    const csv = file(
      'faq.csv',
      '\uFEFFid;locale;question;answer;tags;alternatives\n' +
        'c-01;fi;Miten liityn ryhmään?;Kirjoita **liity <ryhmä>**.;ryhmät, liittyminen;Miten pääsen ryhmään mukaan?\n' +
        'c-02;en;"How do I change my language?";"Type **lang en**; or lang fi.";language;\n',
    );
    expect(await importFile(csv)).toBe('Imported 2 FAQ entries from faq.csv: 2 new, 0 updated.\n');
    expect(await ask('miten pääsen ryhmään mukaan')).toBe('c-01');
    const before = await entries();
    const bad = file('bad.csv', 'id,locale,question,answer,tags\nc-03,fi,Kysymys?,Vastaus.,x\nc-04,fi,Toinen kysymys?,,y\n');
    await expect(importFile(bad)).rejects.toThrow(/bad\.csv, line 3: answer \(entry c-04\) is missing/);
    const duplicate = file('duplicate.csv', 'id,locale,question,answer\nc-05,fi,A?,B.\nc-05,fi,C?,D.\n');
    await expect(importFile(duplicate)).rejects.toThrow(/line 3: id c-05 is already used on line 2/);
    expect(await entries()).toEqual(before);
  });

  it("imports Excel's plain CSV in Windows-1252 (ä, ö, å), with semicolons or commas, as the letters it meant", async () => {
    const text = 'id;locale;question;answer;tags\r\nw-01;sv;Hur anmäler jag mig till en träff?;Skriv **anmäl <id> ja** i chatten – €0.;akademi, träffar\r\n';
    // Windows-1252 has ä, ö and å at their Latin-1 code points (one byte each; not valid UTF-8), – at 0x96 and € at 0x80.
    const windows1252 = (value: string) => Buffer.from(value.replace('–', '\u0096').replace('€', '\u0080'), 'latin1');
    const target = path.join(folder, 'svenska.csv');
    writeFileSync(target, windows1252(text));
    expect(await importFile(target)).toBe('Imported 1 FAQ entries from svenska.csv: 1 new, 0 updated.\n');
    writeFileSync(
      target,
      windows1252(
        text
          .replaceAll(';', ',')
          .replace('akademi, träffar', '"akademi, träffar"')
          .replace('Skriv **anmäl <id> ja** i chatten – €0.', '"Skriv **anmäl <id> ja**, i chatten – €0."'),
      ),
    );
    expect(await importFile(target)).toBe('Imported 1 FAQ entries from svenska.csv: 0 new, 1 updated.\n');
    const [entry] = (await entries()).filter((candidate) => candidate.id === 'w-01');
    expect(entry).toMatchObject({ question: 'Hur anmäler jag mig till en träff?', tags: ['akademi', 'träffar'] });
    const [stored] = rowsOf<{ answer: string }>(await database.db.execute(sql`select answer from faq_entries where id = 'w-01'`));
    expect(stored!.answer).toBe('Skriv **anmäl <id> ja**, i chatten – €0.');
  });

  it('loads the starter FAQ into an FAQ that has never had entries, and only then', async () => {
    const fresh = await createTestDatabase();
    const freshApp = await createTestApp(fresh.url);
    try {
      const loaded = await loadStarterFaqIfEmpty(freshApp.core.services.faq);
      expect(loaded).toBeGreaterThanOrEqual(15);
      expect(await loadStarterFaqIfEmpty(freshApp.core.services.faq)).toBe(0);
      expect((await freshApp.core.services.faq.find('mikä on hankintaluotsi', 'fi')).entry?.id).toBe('hankintaluotsi');
    } finally {
      await freshApp.close();
      await fresh.drop();
    }
    expect(await loadStarterFaqIfEmpty(app.core.services.faq)).toBe(0);
  });
});
