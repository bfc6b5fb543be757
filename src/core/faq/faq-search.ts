import type { Locale } from '../i18n/locale.js';
import type { FaqEntry } from './faq-entry.js';
import type { AnalysedQuery } from './query-analysis.js';

/** An entry the search found for a question, with how well it matches. */
export interface FaqCandidate {
  /** The entry itself, fetched with the ranking (no second round trip). */
  entry: FaqEntry;
  entryId: string;
  locale: Locale;
  /** The rarity-weighted evidence the entry has for the question's words. */
  score: number;
  /** Share of the question's evidence the entry explains, 0..1: comparable across languages. */
  coverage: number;
  /** The coverage, lowered for an entry in another language than the question's: what ranks. */
  confidence: number;
}

/**
 * The port of the FAQ search, implemented in Postgres (src/db/stores/faq-search-store.ts):
 * stemming in each language's text search configuration, compound parts, prefixes, typos
 * (pg_trgm) and the synonyms the query analysis adds. Best candidates first, at most `limit`.
 */
export interface FaqSearch {
  search(query: AnalysedQuery, limit: number): Promise<FaqCandidate[]>;
}
