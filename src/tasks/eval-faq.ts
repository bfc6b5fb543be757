import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseFaqFile } from '../core/faq/faq-file.js';
import type { FaqEntryInput } from '../core/faq/faq-entry.js';
import { commandHelpEntries } from '../core/faq/command-help.js';
import {
  QUESTION_SETS,
  evaluate,
  faqServiceOn,
  fillerEntries,
  fitsCorpus,
  keinoCommands,
  openEvaluationDatabase,
  readQuestions,
  type EvaluationFigures,
  type EvaluationQuestion,
} from '../faq/faq-evaluation.js';
import { readStarterFaq, STARTER_FAQ_FILE } from '../faq/starter-faq.js';
import { lexiconWithoutMorphology, searchLexicon } from '../faq/search-lexicon.js';

/**
 * npm run eval:faq -- [--corpus corpus.yaml] [--questions questions.yaml] [--held-out file.yaml]
 *                     [--entries 10000] [--rounds 3]
 *
 * With no options it measures the FAQ Keino ships (the starter FAQ) on the question sets kept in
 * the repository: test/faq/questions/starter-dev.yaml (dev) and held-out-starter.yaml (held out).
 * --corpus measures another FAQ file instead, on --questions (its dev questions) and, when every
 * id it expects is in that corpus, test/faq/questions/held-out-corpus.yaml (held out). Each set
 * runs on a fresh database (a temporary database on TEST_DATABASE_URL or DATABASE_URL when set,
 * PGlite otherwise); the misses are printed and the last line is one JSON object of figures.
 * Keino's command help entries are in the FAQ too, as in the bot (--without-command-help leaves
 * them out). --without-voikko measures the search as it is where Voikko is not installed. The
 * held-out questions' misses are not listed unless --show-held-out-misses. --entries fills the FAQ up to that many entries to measure speed.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      corpus: { type: 'string' },
      questions: { type: 'string' },
      'held-out': { type: 'string' },
      'without-command-help': { type: 'boolean', default: false },
      'without-voikko': { type: 'boolean', default: false },
      'show-held-out-misses': { type: 'boolean', default: false },
      entries: { type: 'string' },
      rounds: { type: 'string' },
    },
  });
  const corpusFile = values.corpus ?? STARTER_FAQ_FILE;
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const database = await openEvaluationDatabase(serverUrl);
  // Keino's command help is part of every FAQ Keino runs, so it is measured with the corpus.
  const help = values['without-command-help'] ? [] : commandHelpEntries(keinoCommands(database));
  const corpus: FaqEntryInput[] = [...(values.corpus ? parseFaqFile(readFileSync(values.corpus, 'utf8'), 'yaml') : readStarterFaq()), ...help];
  const ids = new Set(corpus.map((entry) => entry.id));
  const devFile = values.questions ?? positionals[0] ?? (values.corpus ? undefined : QUESTION_SETS.starterDev);
  const heldOutFile = values['held-out'] ?? (values.corpus ? QUESTION_SETS.corpusHeldOut : QUESTION_SETS.starterHeldOut);

  const sets: { name: 'dev' | 'held_out'; file: string; questions: EvaluationQuestion[] }[] = [];
  if (devFile) sets.push({ name: 'dev', file: devFile, questions: readQuestions(devFile) });
  const heldOut = readQuestions(heldOutFile);
  if (values['held-out'] || fitsCorpus(heldOut, ids)) sets.push({ name: 'held_out', file: heldOutFile, questions: heldOut });
  else process.stderr.write(`${heldOutFile} is written for another corpus; no held-out figures for ${corpusFile}\n`);
  if (sets.length === 0) {
    await database.dispose();
    throw new Error('No questions: give --questions <file.yaml> for this corpus');
  }

  const target = Number(values.entries ?? 0);
  const filler = target > corpus.length ? fillerEntries(target - corpus.length) : [];
  const figures: Partial<Record<'dev' | 'held_out', EvaluationFigures>> = {};
  try {
    const lexicon = values['without-voikko'] ? lexiconWithoutMorphology() : searchLexicon();
    const faq = faqServiceOn(database, lexicon);
    await faq.import([...corpus, ...filler], null, 'evaluation');
    process.stderr.write(
      `${corpusFile}: ${corpus.length + filler.length} entries (${help.length} command help, ${filler.length} filler), on ${serverUrl ? 'PostgreSQL' : 'PGlite'}, morphology: ${lexicon.morphology?.name ?? 'none'}\n`,
    );
    for (const set of sets) {
      const result = await evaluate(faq, set.questions, { rounds: Number(values.rounds ?? 1) });
      process.stdout.write(`== ${set.name} (${set.file}): ${set.questions.length} questions\n`);
      // The held-out questions' misses stay hidden unless asked for: nobody tunes on what they do not see.
      const shown = set.name === 'dev' || values['show-held-out-misses'] ? result.misses : [];
      if (shown.length < result.misses.length)
        process.stdout.write(`(${result.misses.length} misses not listed: held out; --show-held-out-misses lists them)\n`);
      for (const miss of shown) {
        const what = miss.answered ? `answered ${miss.answered}` : `refused (best ${miss.best ?? 'none'})`;
        const expected = miss.expected === null ? 'refusal' : [miss.expected].flat().join('|');
        process.stdout.write(`MISS expected ${expected}, ${what}, confidence ${miss.confidence.toFixed(2)}: ${miss.question}\n`);
      }
      figures[set.name] = result.figures;
    }
    process.stdout.write(`${JSON.stringify({ entries: corpus.length + filler.length, morphology: lexicon.morphology?.name ?? 'none', ...figures })}\n`);
  } finally {
    await database.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
