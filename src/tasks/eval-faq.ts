import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseFaqFile } from '../core/faq/faq-file.js';
import { evaluate, faqServiceOn, fillerEntries, openEvaluationDatabase, readQuestions, sharedFaqFile } from '../faq/faq-evaluation.js';

/**
 * npm run eval:faq -- [questions.yaml] [--corpus corpus.yaml] [--entries 10000] [--rounds 3]
 *
 * Imports the corpus into a fresh database (a temporary database on TEST_DATABASE_URL or
 * DATABASE_URL when set, PGlite otherwise), asks every question, prints the misses and ends with
 * one JSON line of figures. --entries fills the FAQ up to that many entries to measure speed.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { corpus: { type: 'string' }, entries: { type: 'string' }, rounds: { type: 'string' } },
  });
  const questionsFile = positionals[0] ?? sharedFaqFile('questions-dev.yaml');
  const corpusFile = values.corpus ?? sharedFaqFile('corpus.yaml');
  const questions = readQuestions(questionsFile);
  const corpus = parseFaqFile(readFileSync(corpusFile, 'utf8'), 'yaml');
  const target = Number(values.entries ?? 0);
  const filler = target > corpus.length ? fillerEntries(target - corpus.length) : [];

  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const database = await openEvaluationDatabase(serverUrl);
  try {
    const faq = faqServiceOn(database);
    await faq.import([...corpus, ...filler], null, 'evaluation');
    process.stderr.write(
      `${questions.length} questions, ${corpus.length + filler.length} entries (${filler.length} filler), on ${serverUrl ? 'PostgreSQL' : 'PGlite'}\n`,
    );
    const { figures, misses } = await evaluate(faq, questions, { rounds: Number(values.rounds ?? 1) });
    for (const miss of misses) {
      const what = miss.answered ? `answered ${miss.answered}` : `refused (best ${miss.best ?? 'none'})`;
      process.stdout.write(`MISS expected ${miss.expected ?? 'refusal'}, ${what}, confidence ${miss.confidence.toFixed(2)}: ${miss.question}\n`);
    }
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    await database.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
