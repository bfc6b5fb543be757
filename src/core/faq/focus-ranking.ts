import type { FaqCandidate } from './faq-search.js';
import type { AnalysedQuery } from './query-analysis.js';
import { termMatches, wordsOf, type TermExpansion } from './term-expansion.js';

/**
 * How much the entry's focus counts: an entry whose own question is about little else than what was
 * asked beats one that mentions it beside another topic ("Mikä KEINO on?" before "Mikä on
 * KEINO-akatemia?" for "mikä keino on"). A rule, not a trained weight: it moves near ties only.
 */
export const FOCUS_WEIGHT = 0.15;
/** Words shorter than this in an entry's question are function words, not its topic. */
const MIN_TOPIC_WORD = 3;

/**
 * Ranks the search's candidates by their confidence and their focus: the share of the topic words
 * of the entry's question (or of its closest other phrasing) that the question asked covers.
 * `isFiller` tells the chat words that carry no topic.
 */
export function rankByFocus(query: AnalysedQuery, candidates: FaqCandidate[], expansion: TermExpansion, isFiller: (word: string) => boolean): FaqCandidate[] {
  const asked = query.slots.flatMap((slot) => slot.alternatives.map((alternative) => alternative.text));
  const covers = (word: string) => {
    const forms = [word, ...expansion.analyse(word).lemmas];
    return forms.some((form) => asked.some((text) => termMatches(form, text) || termMatches(text, form)));
  };
  return candidates
    .map((candidate) => {
      const phrasings = [candidate.entry.question, ...candidate.entry.alternatives];
      const focus = Math.max(
        0,
        ...phrasings.map((phrasing) => {
          const topic = [...new Set(wordsOf(phrasing))].filter((word) => word.length >= MIN_TOPIC_WORD && !isFiller(word));
          return topic.length === 0 ? 0 : topic.filter(covers).length / topic.length;
        }),
      );
      return { ...candidate, confidence: candidate.confidence * (1 - FOCUS_WEIGHT + FOCUS_WEIGHT * focus) };
    })
    .sort((a, b) => b.confidence - a.confidence || a.entryId.localeCompare(b.entryId));
}
