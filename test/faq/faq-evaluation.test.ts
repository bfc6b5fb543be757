import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { QUESTION_SETS, evaluate, expectedIds, faqServiceOn, keinoCommands, readQuestions } from '../../src/faq/faq-evaluation.js';
import { shippedFaq } from '../../src/faq/starter-faq.js';
import type { FaqEntryInput } from '../../src/core/faq/faq-entry.js';

/**
 * The FAQ's measured quality on the FAQ Keino ships (the starter FAQ and its command help) and the questions kept in
 * the repository (test/faq/questions/): the build fails if it drops below these floors, a little
 * under what `npm run eval:faq` reports. Nothing outside the repository is read.
 */
const FLOOR = {
  dev: { top1: 0.9, refusal: 0.9 },
  heldOut: { top1: 0.9, refusal: 0.9 },
};

let database: TestDatabase;
let shipped: FaqEntryInput[];

beforeAll(async () => {
  database = await createTestDatabase();
  shipped = shippedFaq(keinoCommands(database));
  await faqServiceOn(database).import(shipped, null, 'starter-faq.yaml');
});
afterAll(async () => database?.drop());

describe('the FAQ Keino ships, on the questions kept in the repository', () => {
  it('every question set names only entries that exist, in Finnish, Swedish and English', () => {
    const ids = new Set(shipped.map((entry) => entry.id));
    const unknownIds = [QUESTION_SETS.starterDev, QUESTION_SETS.starterHeldOut]
      .flatMap((file) => readQuestions(file).flatMap(expectedIds))
      .filter((id) => !ids.has(id));
    expect(unknownIds).toEqual([]);
    for (const file of [QUESTION_SETS.starterDev, QUESTION_SETS.starterHeldOut]) {
      const questions = readQuestions(file);
      const unknown = questions.filter((question) => question.expected !== null && !expectedIds(question).some((id) => ids.has(id)));
      expect({ file, unknown }).toEqual({ file, unknown: [] });
      expect(new Set(questions.map((question) => question.lang ?? 'fi'))).toEqual(new Set(['fi', 'sv', 'en']));
      expect(questions.some((question) => question.expected === null)).toBe(true);
    }
  });

  it('finds the right entry first for the development questions and refuses the out-of-scope ones', async () => {
    const questions = readQuestions(QUESTION_SETS.starterDev);
    const { figures, misses } = await evaluate(faqServiceOn(database), questions);
    expect(figures.n).toBe(questions.length);
    expect({ top1: figures.top1 >= FLOOR.dev.top1, refusal: figures.refusal >= FLOOR.dev.refusal, figures, misses }).toMatchObject({
      top1: true,
      refusal: true,
    });
  });

  it('does as well on the held-out questions no change was tuned on', async () => {
    const questions = readQuestions(QUESTION_SETS.starterHeldOut);
    const { figures, misses } = await evaluate(faqServiceOn(database), questions);
    expect({ top1: figures.top1 >= FLOOR.heldOut.top1, refusal: figures.refusal >= FLOOR.heldOut.refusal, figures, misses }).toMatchObject({
      top1: true,
      refusal: true,
    });
  });
});
