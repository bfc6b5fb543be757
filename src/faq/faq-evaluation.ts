import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { FaqService } from '../core/faq/faq-service.js';
import type { FaqEntryInput } from '../core/faq/faq-entry.js';
import type { Locale } from '../core/i18n/locale.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { applyMigrations } from '../db/migrate.js';
import { DrizzleAuditLog } from '../db/stores/audit-log-store.js';
import { DrizzleFaqSearch } from '../db/stores/faq-search-store.js';
import { DrizzleFaqStore } from '../db/stores/faq-store.js';
import { DrizzleExpertRequestStore } from '../db/stores/expert-request-store.js';
import { buildServices } from '../app/build-services.js';
import { DrizzleGlossaryStore } from '../db/stores/faq-glossary-store.js';
import { searchLexicon } from './search-lexicon.js';
import type { SearchLexicon } from '../core/faq/term-expansion.js';
import type { AnyCommand } from '../core/commands/registry.js';

/**
 * One question of an evaluation set: as people type it, and the entry it should find (null: none;
 * a list when any of those entries answers it, e.g. a starter entry and the command's own help).
 */
export interface EvaluationQuestion {
  q: string;
  lang?: Locale;
  expected: string | string[] | null;
}

export interface EvaluationMiss {
  question: string;
  expected: string | string[] | null;
  /** What Keino answered (null: it said it does not know). */
  answered: string | null;
  /** Its best guess, answered or not. */
  best: string | null;
  confidence: number;
}

/** The figures `npm run eval:faq` prints as its last line. */
export interface EvaluationFigures {
  n: number;
  /** Share of the questions that have an answer where Keino answered with that entry. */
  top1: number;
  /** Share of the out-of-scope questions where Keino said it does not know. */
  refusal: number;
  p50_ms: number;
  p95_ms: number;
}

const questionsSchema = z.array(
  z.object({
    q: z.string().min(1),
    lang: z.enum(['fi', 'sv', 'en']).optional(),
    expected: z.union([z.string(), z.array(z.string()).min(1)]).nullable(),
  }),
);

export function readQuestions(file: string): EvaluationQuestion[] {
  return questionsSchema.parse(parse(readFileSync(file, 'utf8')));
}

/** The repository's folder (the one with package.json). */
export const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The question sets kept in the repository (test/faq/questions/): the development questions for
 * the FAQ Keino ships (starter FAQ and command help), and the held-out sets that no change is
 * tuned on, one for that FAQ and one for the shared evaluation corpus (used only when given).
 */
export const QUESTION_SETS = {
  starterDev: path.join(REPOSITORY, 'test/faq/questions/starter-dev.yaml'),
  starterHeldOut: path.join(REPOSITORY, 'test/faq/questions/held-out-starter.yaml'),
  corpusHeldOut: path.join(REPOSITORY, 'test/faq/questions/held-out-corpus.yaml'),
} as const;

/** The ids a question accepts as right (empty: it should be refused). */
export function expectedIds(question: EvaluationQuestion): string[] {
  if (question.expected === null) return [];
  return Array.isArray(question.expected) ? question.expected : [question.expected];
}

/** Whether every entry a question set expects is in the FAQ: a set written for another corpus is not. */
export function fitsCorpus(questions: EvaluationQuestion[], ids: ReadonlySet<string>): boolean {
  return questions.every((question) => question.expected === null || expectedIds(question).some((id) => ids.has(id)));
}

/**
 * Asks every question through the same service the bot uses (the asker's language is the
 * network default, Finnish, so the question's own language has to be detected) and measures the
 * time of each search. A first untimed round warms the database up, as a running bot is.
 */
export async function evaluate(
  faq: FaqService,
  questions: EvaluationQuestion[],
  options: { rounds?: number; fallback?: Locale } = {},
): Promise<{ figures: EvaluationFigures; misses: EvaluationMiss[] }> {
  const fallback = options.fallback ?? 'fi';
  for (const question of questions) await faq.find(question.q, fallback);
  const timings: number[] = [];
  const misses: EvaluationMiss[] = [];
  let correct = 0;
  let refused = 0;
  for (let round = 0; round < Math.max(1, options.rounds ?? 1); round++) {
    for (const question of questions) {
      const started = performance.now();
      const match = await faq.find(question.q, fallback);
      timings.push(performance.now() - started);
      if (round > 0) continue;
      const answered = match.entry?.id ?? null;
      const expected = expectedIds(question);
      if (expected.length === 0 ? answered === null : answered !== null && expected.includes(answered)) {
        if (question.expected === null) refused++;
        else correct++;
      } else {
        misses.push({ question: question.q, expected: question.expected, answered, best: match.bestId ?? null, confidence: match.confidence });
      }
    }
  }
  const inScope = questions.filter((question) => question.expected !== null).length;
  const outOfScope = questions.length - inScope;
  timings.sort((a, b) => a - b);
  const percentile = (share: number) => round1(timings[Math.min(timings.length - 1, Math.ceil(share * timings.length) - 1)] ?? 0);
  return {
    figures: {
      n: questions.length,
      top1: round3(inScope > 0 ? correct / inScope : 1),
      refusal: round3(outOfScope > 0 ? refused / outOfScope : 1),
      p50_ms: percentile(0.5),
      p95_ms: percentile(0.95),
    },
    misses,
  };
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** Keino's commands, for their help entries (the registry is built as the bot builds it). */
export function keinoCommands(database: DatabaseHandle): readonly AnyCommand[] {
  return buildServices(database.db, { admins: [] }).registry.commands;
}

/** The FAQ service as the bot builds it, on this database (the lexicon: Voikko if installed, the shipped glossary). */
export function faqServiceOn(database: DatabaseHandle, lexicon: SearchLexicon = searchLexicon()): FaqService {
  return new FaqService(
    new DrizzleFaqStore(database.db, lexicon),
    new DrizzleFaqSearch(database.db),
    new DrizzleAuditLog(database.db),
    new DrizzleExpertRequestStore(database.db),
    new DrizzleGlossaryStore(database.db, lexicon),
    lexicon,
  );
}

/**
 * A fresh, migrated database for one evaluation: a temporary database on the PostgreSQL server of
 * `serverUrl` (TEST_DATABASE_URL or DATABASE_URL), or an embedded PGlite in a temporary folder.
 */
export async function openEvaluationDatabase(serverUrl: string | undefined): Promise<DatabaseHandle & { dispose(): Promise<void> }> {
  if (serverUrl) {
    const { default: postgres } = await import('postgres');
    const name = `keino_faq_eval_${process.pid}_${Date.now().toString(36)}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database "${name}"`);
    } finally {
      await admin.end();
    }
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
    await applyMigrations(handle);
    return {
      ...handle,
      async dispose() {
        await handle.close();
        const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
        try {
          await dropper.unsafe(`drop database if exists "${name}" with (force)`);
        } finally {
          await dropper.end();
        }
      },
    };
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'keino-faq-eval-'));
  const handle = await openDatabase({ dataDir: folder });
  await applyMigrations(handle);
  return {
    ...handle,
    async dispose() {
      await handle.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Entries that fill the FAQ up to a size for measuring speed: pseudo-words in a Zipf-like
 * distribution mixed with the field's common words, so that the vocabulary and the rarity of
 * words look like a large real FAQ. Deterministic.
 */
const VOCABULARY = 60_000;

export function fillerEntries(count: number, seed = 20_26): FaqEntryInput[] {
  let state = seed >>> 0;
  // mulberry32: a small seeded generator, so the filler is the same on every run.
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  const zipf = (size: number) => Math.min(size - 1, Math.floor(size ** random()) - 1);
  const syllables = [
    'ka',
    'lo',
    'tu',
    'vi',
    'ne',
    'sä',
    'ri',
    'mo',
    'pa',
    'ke',
    'hu',
    'jä',
    'sy',
    'ta',
    'il',
    'ra',
    'kö',
    'en',
    'us',
    'ol',
    'mi',
    'su',
    'va',
    'le',
  ];
  const endings = ['', '', 'n', 't', 'ssa', 'sta', 'lla', 'ksi', 'a', 'ja', 'en', 'lle'];
  // Word i of an open vocabulary: its syllables are the digits of i in base 24.
  const wordAt = (index: number) => {
    let word = '';
    for (let rest = index + 24 * 25, parts = 0; rest > 0 || parts < 2; rest = Math.floor(rest / syllables.length), parts++) {
      word += syllables[rest % syllables.length];
    }
    return word;
  };
  const common: Record<Locale, string[]> = {
    fi: [
      'hankinta',
      'hankinnat',
      'hankinnassa',
      'sopimus',
      'palvelu',
      'palvelut',
      'toimittaja',
      'tarjous',
      'kunta',
      'organisaatio',
      'kestävä',
      'ympäristö',
      'kustannus',
      'laatu',
      'ryhmä',
      'botti',
      'tilaisuus',
      'hankintayksikkö',
      'kriteerit',
      'vaatimus',
    ],
    sv: ['upphandling', 'avtal', 'tjänster', 'leverantör', 'anbud', 'kommun', 'hållbar', 'kostnad', 'kvalitet', 'krav'],
    en: ['procurement', 'contract', 'services', 'supplier', 'tender', 'municipality', 'sustainable', 'cost', 'quality', 'requirement'],
  };
  const words = (locale: Locale, length: number) =>
    Array.from({ length }, () => {
      const roll = random();
      if (roll < 0.25) return common[locale][zipf(common[locale].length)]!;
      // Frequent words (Zipf-like) and a long tail of rare ones, as in a large real FAQ.
      const index = roll < 0.65 ? zipf(VOCABULARY) : Math.floor(random() * VOCABULARY);
      return wordAt(index) + endings[Math.floor(random() * endings.length)]!;
    }).join(' ');
  return Array.from({ length: count }, (_, index) => {
    const roll = random();
    const locale: Locale = roll < 0.8 ? 'fi' : roll < 0.9 ? 'sv' : 'en';
    return {
      id: `filler-${index + 1}`,
      locale,
      question: `${words(locale, 6 + Math.floor(random() * 6))}?`,
      alternatives: [],
      answer: words(locale, 40 + Math.floor(random() * 60)),
      tags: words(locale, 3).split(' '),
    };
  });
}
