import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { evaluate, faqServiceOn, readQuestions, sharedFaqFile } from '../../src/faq/faq-evaluation.js';
import { parseFaqFile } from '../../src/core/faq/faq-file.js';

/**
 * The FAQ's measured quality on the shared development questions (../shared/faq/): the build
 * fails if it drops below these floors, a little under what `npm run eval:faq` reports.
 */
const FLOOR = { top1: 0.85, refusal: 0.75 };

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

describe('the FAQ on the development questions', () => {
  it('finds the right entry for at least 85 % of the questions it should answer and refuses at least 75 % of the others', async () => {
    const faq = faqServiceOn(database);
    await faq.import(parseFaqFile(readFileSync(sharedFaqFile('corpus.yaml'), 'utf8'), 'yaml'), null, 'corpus.yaml');
    const questions = readQuestions(sharedFaqFile('questions-dev.yaml'));
    const { figures, misses } = await evaluate(faq, questions);
    expect(figures.n).toBe(questions.length);
    expect({ top1: figures.top1 >= FLOOR.top1, refusal: figures.refusal >= FLOOR.refusal, figures, misses }).toMatchObject({ top1: true, refusal: true });
  });
});
