import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import type { FaqService } from '../../src/core/faq/faq-service.js';
import type { FaqEntryInput } from '../../src/core/faq/faq-entry.js';
import { faqServiceOn } from '../../src/faq/faq-evaluation.js';
import { lexiconWithoutMorphology } from '../../src/faq/search-lexicon.js';
import { DrizzleFaqSearch } from '../../src/db/stores/faq-search-store.js';
import { analyseQuery } from '../../src/core/faq/query-analysis.js';
import type { Database } from '../../src/db/client.js';

let database: TestDatabase;
let faq: FaqService;

const entry = (id: string, locale: FaqEntryInput['locale'], question: string, answer: string, tags: string[] = []): FaqEntryInput => ({
  id,
  locale,
  question,
  answer,
  tags,
  alternatives: [],
});

const ENTRIES: FaqEntryInput[] = [
  entry('thresholds', 'fi', 'Mitkä ovat kansalliset kynnysarvot?', 'Tavara- ja palveluhankinnoissa kynnysarvo on 60 000 euroa.'),
  entry('supplier-day', 'fi', 'Miten järjestän toimittajatilaisuuden?', 'Kutsu kaikki toimittajat avoimesti ja jaa sama tieto kaikille.'),
  entry('care', 'fi', 'Miten sosiaali- ja terveyspalvelut kilpailutetaan?', 'Kuule palvelujen käyttäjiä ja painota laatua.'),
  entry('notices', 'fi', 'Missä hankintailmoitus julkaistaan?', 'Ilmoitus julkaistaan maksuttomassa palvelussa.'),
  entry('hansel-fi', 'fi', 'Miten Hanselin puitejärjestelyjä käytetään?', 'Hansel kilpailuttaa puitejärjestelyt valtion puolesta.'),
  entry('hansel-sv', 'sv', 'Hur använder man Hansels ramavtal?', 'Hansel konkurrensutsätter ramavtal för staten.'),
  entry('groups', 'fi', 'Miten liityn kehittäjäryhmään?', 'Kirjoita liity ja ryhmän nimi.'),
  entry(
    'employment',
    'fi',
    'Voiko toimittajan velvoittaa palkkaamaan pitkäaikaistyöttömiä?',
    'Sopimukseen voi kirjata ehdon, jolla toimittaja työllistää työttömiä.',
  ),
];

beforeAll(async () => {
  database = await createTestDatabase();
  faq = faqServiceOn(database);
  await faq.import(ENTRIES, null, 'test');
});
afterAll(async () => database?.drop());

const found = async (question: string, asker: 'fi' | 'sv' | 'en' = 'fi') => (await faq.find(question, asker)).entry?.id;

describe('the FAQ search', () => {
  it('finds a compound from one of its parts, and the parts from the compound', async () => {
    expect(await found('palveluhankinnan arvo')).toBe('thresholds');
    expect(await found('tilaisuus toimittajille')).toBe('supplier-day');
    expect(await found('toimittajatapaaminen')).toBe('supplier-day');
  });

  it('finds inflected forms Finnish stemming does not join', async () => {
    expect(await found('kynnysarvoista')).toBe('thresholds');
    expect(await found('kehittäjäryhmiin liittyminen')).toBe('groups');
  });

  it('uses the field’s synonyms: sote for health and social services, Hilma for procurement notices', async () => {
    expect(await found('sote-palveluiden kilpailutus')).toBe('care');
    expect(await found('mitä hilmaan laitetaan')).toBe('notices');
  });

  it('prefers the entry in the question’s language, and the asker’s when the question does not tell', async () => {
    expect(await found('hur fungerar hansels ramavtal')).toBe('hansel-sv');
    expect(await found('hanselin puitejärjestelyt')).toBe('hansel-fi');
    expect(await found('hansel', 'sv')).toBe('hansel-sv');
    expect(await found('hansel', 'fi')).toBe('hansel-fi');
  });

  it('does not guess when the question is about something the FAQ does not cover', async () => {
    const match = await faq.find('mikä on wifin salasana', 'fi');
    expect(match.entry).toBeUndefined();
    expect((await faq.find('tulostin ei toimi', 'fi')).entry).toBeUndefined();
  });

  it('tells apart words the stemmer makes alike by their base forms: pay (palkka) is not hiring (palkata)', async () => {
    expect(await found('palkataanko pitkäaikaistyöttömiä')).toBe('employment');
    // "palkka" and "palkata" are both `palk` to the stemmer; no entry has the base form "palkka".
    expect((await faq.find('milloin palkka maksetaan', 'fi')).entry).toBeUndefined();
    expect((await faq.find('palkan maksupäivä', 'fi')).entry).toBeUndefined();
  });

  it('stems a word once: the same question again costs one statement fewer and finds the same', async () => {
    let statements = 0;
    const counting = new Proxy(database.db, {
      get: (target, property, receiver) =>
        property === 'execute'
          ? (...args: Parameters<Database['execute']>) => {
              statements++;
              return target.execute(...args);
            }
          : Reflect.get(target, property, receiver),
    });
    const search = new DrizzleFaqSearch(counting as Database);
    const query = analyseQuery('kansalliset kynnysarvot palveluhankinnoissa', 'fi', await faq.termExpansion());
    const first = await search.search(query, 3);
    const firstStatements = statements;
    statements = 0;
    const again = await search.search(query, 3);
    expect(again.map((candidate) => [candidate.entryId, candidate.score])).toEqual(first.map((candidate) => [candidate.entryId, candidate.score]));
    expect(again[0]?.entryId).toBe('thresholds');
    expect(statements).toBe(firstStatements - 1);
  });

  it('forgets a removed entry at once', async () => {
    await faq.store.remove('groups', null);
    expect(await found('miten liityn kehittäjäryhmään')).toBeUndefined();
  });
});

describe('the FAQ search where Voikko is not installed', () => {
  let plain: TestDatabase;
  let withoutVoikko: FaqService;
  beforeAll(async () => {
    plain = await createTestDatabase();
    withoutVoikko = faqServiceOn(plain, lexiconWithoutMorphology());
    await withoutVoikko.import(ENTRIES, null, 'test');
  });
  afterAll(async () => plain?.drop());

  it('still finds inflections, compound parts, synonyms and typos, and still refuses', async () => {
    const plainly = async (question: string) => (await withoutVoikko.find(question, 'fi')).entry?.id;
    expect(await plainly('kynnysarvoista')).toBe('thresholds');
    expect(await plainly('toimittajatapaaminen')).toBe('supplier-day');
    expect(await plainly('mitä hilmaan laitetaan')).toBe('notices');
    expect(await plainly('kehittäjäryhmiin liittyminen')).toBe('groups');
    expect(await plainly('tulostin ei toimi')).toBeUndefined();
  });

  it('redoes the whole index once Voikko is there, so that every Finnish entry has its base forms', async () => {
    const withVoikko = faqServiceOn(plain);
    await withVoikko.import([entry('other', 'fi', 'Miten kysely tehdään?', 'Kirjoita kysely ja vaihtoehdot.')], null, 'test');
    expect((await withVoikko.find('kynnysarvoista', 'fi')).entry?.id).toBe('thresholds');
    expect((await withVoikko.find('palkataanko pitkäaikaistyöttömiä', 'fi')).entry?.id).toBe('employment');
  });
});
