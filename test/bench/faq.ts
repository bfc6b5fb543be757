import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { parseFaqFile } from '../../src/core/faq/faq-file.js';
import { evaluate, faqServiceOn, fillerEntries, readQuestions, sharedFaqFile, type EvaluationFigures } from '../../src/faq/faq-evaluation.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { FigureSink, percentile, round } from './bench-report.js';

export interface FaqOptions {
  quick: boolean;
}

const AIM_P95_MS = 30;

/**
 * 4. FAQ: the FAQ engineer's evaluation (src/faq/faq-evaluation.ts, the code behind
 * `npm run eval:faq`) on the shared corpus alone, then filled up to 1,000 and 10,000 entries with
 * its generated entries: answer time p50/p95 and the accuracy of the development questions.
 * Baselines: a database round trip (select 1) for the time, the corpus alone for the accuracy.
 */
export async function benchFaq(options: FaqOptions): Promise<FigureSink> {
  const sink = new FigureSink('4 FAQ');
  const sizes = options.quick ? [200, 1_000] : [1_000, 10_000];
  const rounds = options.quick ? 1 : 3;
  const corpus = parseFaqFile(readFileSync(sharedFaqFile('corpus.yaml'), 'utf8'), 'yaml');
  const questions = readQuestions(sharedFaqFile('questions-dev.yaml'));
  const database = await createTestDatabase('keino_bench_faq');
  try {
    const faq = faqServiceOn(database);
    await faq.import(corpus, null, 'bench');
    const alone = await evaluate(faq, questions, { rounds });

    const roundTrips: number[] = [];
    for (let index = 0; index < questions.length * rounds; index++) {
      const started = performance.now();
      await database.db.execute(sql`select 1`);
      roundTrips.push(performance.now() - started);
    }

    const measured: { size: number; figures: EvaluationFigures }[] = [];
    for (const size of sizes) {
      const importStarted = performance.now();
      // The same seed each time: the entries of a smaller size are updated, the rest added.
      await faq.import([...corpus, ...fillerEntries(size - corpus.length)], null, 'bench');
      sink.note(`${size.toLocaleString('en-US')} entries imported in ${round((performance.now() - importStarted) / 1000)} s`);
      measured.push({ size, figures: (await evaluate(faq, questions, { rounds })).figures });
    }

    const [smaller, larger] = measured as [(typeof measured)[number], (typeof measured)[number]];
    const roundTrip = { p50: round(percentile(roundTrips, 0.5)), p95: round(percentile(roundTrips, 0.95)) };
    const sizeLabel = (size: number) => `${size.toLocaleString('en-US')} entries`;
    sink.add({ name: `answer p50, ${sizeLabel(smaller.size)}`, value: smaller.figures.p50_ms, unit: 'ms', baseline: roundTrip.p50, baselineLabel: 'select 1' });
    sink.add({ name: `answer p95, ${sizeLabel(smaller.size)}`, value: smaller.figures.p95_ms, unit: 'ms', baseline: roundTrip.p95, baselineLabel: 'select 1' });
    sink.add({ name: `answer p50, ${sizeLabel(larger.size)}`, value: larger.figures.p50_ms, unit: 'ms', baseline: smaller.figures.p50_ms, baselineLabel: sizeLabel(smaller.size) });
    sink.add({
      name: `answer p95, ${sizeLabel(larger.size)}`,
      value: larger.figures.p95_ms,
      unit: 'ms',
      baseline: smaller.figures.p95_ms,
      baselineLabel: sizeLabel(smaller.size),
      aim: `< ${AIM_P95_MS} ms`,
      met: larger.figures.p95_ms < AIM_P95_MS,
    });
    const corpusLabel = `corpus alone, ${corpus.length}`;
    sink.add({ name: `right answer first (${questions.filter((q) => q.expected !== null).length} dev questions), ${sizeLabel(larger.size)}`, value: round(larger.figures.top1 * 100), unit: '%', baseline: round(alone.figures.top1 * 100), baselineLabel: corpusLabel });
    sink.add({ name: `"I don't know" when out of scope, ${sizeLabel(larger.size)}`, value: round(larger.figures.refusal * 100), unit: '%', baseline: round(alone.figures.refusal * 100), baselineLabel: corpusLabel });
    sink.note(`${questions.length} questions (questions-dev.yaml) × ${rounds} rounds after a warm-up round; generated entries from fillerEntries (src/faq/faq-evaluation.ts)`);
    return sink;
  } finally {
    await database.drop();
  }
}
