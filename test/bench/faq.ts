import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { parseFaqFile } from '../../src/core/faq/faq-file.js';
import {
  QUESTION_SETS,
  evaluate,
  faqServiceOn,
  fillerEntries,
  fitsCorpus,
  keinoCommands,
  readQuestions,
  type EvaluationFigures,
} from '../../src/faq/faq-evaluation.js';
import { readStarterFaq } from '../../src/faq/starter-faq.js';
import { commandHelpEntries } from '../../src/core/faq/command-help.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { FigureSink, percentile, round } from './bench-report.js';

export interface FaqOptions {
  quick: boolean;
  /** Another FAQ file to measure on instead of the starter FAQ (optional). */
  corpus?: string;
  /** Its development questions (optional; with no corpus, test/faq/questions/starter-dev.yaml). */
  questions?: string;
}

const AIM_P95_MS = 30;

/**
 * 4. FAQ: the FAQ engineer's evaluation (src/faq/faq-evaluation.ts, the code behind
 * `npm run eval:faq`) on the FAQ Keino ships (the starter FAQ) and the questions kept in the
 * repository, or on `--faq-corpus`/`--faq-questions` when given; alone, then filled up to 1,000 and
 * 10,000 entries with generated entries: answer time p50/p95 over the development and held-out
 * questions, and how often each set's right answer comes first. Baselines: a database round trip
 * (select 1) for the time, the FAQ alone for the accuracy.
 */
export async function benchFaq(options: FaqOptions): Promise<FigureSink> {
  const sink = new FigureSink('4 FAQ');
  const sizes = options.quick ? [200, 1_000] : [1_000, 10_000];
  const rounds = options.quick ? 1 : 3;
  const database = await createTestDatabase('keino_bench_faq');
  // Keino's command help is in every FAQ Keino runs.
  const corpus = [
    ...(options.corpus ? parseFaqFile(readFileSync(options.corpus, 'utf8'), 'yaml') : readStarterFaq()),
    ...commandHelpEntries(keinoCommands(database)),
  ];
  const ids = new Set(corpus.map((entry) => entry.id));
  const devFile = options.questions ?? QUESTION_SETS.starterDev;
  const heldOutFile = options.corpus ? QUESTION_SETS.corpusHeldOut : QUESTION_SETS.starterHeldOut;
  const sets = [{ name: 'dev', file: devFile, questions: readQuestions(devFile) }];
  const heldOut = readQuestions(heldOutFile);
  if (fitsCorpus(heldOut, ids)) sets.push({ name: 'held-out', file: heldOutFile, questions: heldOut });
  const everyQuestion = sets.flatMap((set) => set.questions);
  try {
    const faq = faqServiceOn(database);
    await faq.import(corpus, null, 'bench');
    const alone = await Promise.all(sets.map(async (set) => (await evaluate(faq, set.questions)).figures));

    const roundTrips: number[] = [];
    for (let index = 0; index < everyQuestion.length * rounds; index++) {
      const started = performance.now();
      await database.db.execute(sql`select 1`);
      roundTrips.push(performance.now() - started);
    }

    const measured: { size: number; time: EvaluationFigures; accuracy: EvaluationFigures[] }[] = [];
    for (const size of sizes) {
      const importStarted = performance.now();
      // The same seed each time: the entries of a smaller size are updated, the rest added.
      await faq.import([...corpus, ...fillerEntries(size - corpus.length)], null, 'bench');
      sink.note(`${size.toLocaleString('en-US')} entries imported in ${round((performance.now() - importStarted) / 1000)} s`);
      const time = (await evaluate(faq, everyQuestion, { rounds })).figures;
      const accuracy: EvaluationFigures[] = [];
      for (const set of sets) accuracy.push((await evaluate(faq, set.questions)).figures);
      measured.push({ size, time, accuracy });
    }

    const [smaller, larger] = measured as [(typeof measured)[number], (typeof measured)[number]];
    const roundTrip = { p50: round(percentile(roundTrips, 0.5)), p95: round(percentile(roundTrips, 0.95)) };
    const sizeLabel = (size: number) => `${size.toLocaleString('en-US')} entries`;
    sink.add({ name: `answer p50, ${sizeLabel(smaller.size)}`, value: smaller.time.p50_ms, unit: 'ms', baseline: roundTrip.p50, baselineLabel: 'select 1' });
    sink.add({
      name: `answer p95, ${sizeLabel(smaller.size)}`,
      value: smaller.time.p95_ms,
      unit: 'ms',
      baseline: roundTrip.p95,
      baselineLabel: 'select 1',
      aim: `< ${AIM_P95_MS} ms`,
      met: smaller.time.p95_ms < AIM_P95_MS,
    });
    sink.add({
      name: `answer p50, ${sizeLabel(larger.size)}`,
      value: larger.time.p50_ms,
      unit: 'ms',
      baseline: smaller.time.p50_ms,
      baselineLabel: sizeLabel(smaller.size),
    });
    sink.add({
      name: `answer p95, ${sizeLabel(larger.size)}`,
      value: larger.time.p95_ms,
      unit: 'ms',
      baseline: smaller.time.p95_ms,
      baselineLabel: sizeLabel(smaller.size),
      aim: `< ${AIM_P95_MS} ms`,
      met: larger.time.p95_ms < AIM_P95_MS,
    });
    const aloneLabel = `FAQ alone, ${corpus.length}`;
    sets.forEach((set, index) => {
      const answerable = set.questions.filter((question) => question.expected !== null).length;
      sink.add({
        name: `right answer first (${answerable} ${set.name} questions), ${sizeLabel(larger.size)}`,
        value: round(larger.accuracy[index]!.top1 * 100),
        unit: '%',
        baseline: round(alone[index]!.top1 * 100),
        baselineLabel: aloneLabel,
      });
      sink.add({
        name: `"I don't know" when out of scope (${set.name}), ${sizeLabel(larger.size)}`,
        value: round(larger.accuracy[index]!.refusal * 100),
        unit: '%',
        baseline: round(alone[index]!.refusal * 100),
        baselineLabel: aloneLabel,
      });
    });
    sink.note(
      `FAQ: ${options.corpus ?? 'the starter FAQ (src/faq/starter-faq.yaml)'} and Keino's command help (${corpus.length} entries), Finnish morphology: ${faq.lexicon.morphology?.name ?? 'none'}; ${everyQuestion.length} questions (${sets.map((set) => set.file.split('/').pop()).join(', ')}) × ${rounds} timed rounds after a warm-up round; generated entries from fillerEntries (src/faq/faq-evaluation.ts)`,
    );
    return sink;
  } finally {
    await database.drop();
  }
}
