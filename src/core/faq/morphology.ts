/**
 * The port of a morphological analyser (Finnish): the base forms of a word as it is written and,
 * for a compound, its parts. Implemented with Voikko (src/faq/voikko-morphology.ts) where the
 * system has it; without one, the search stems as PostgreSQL's text search does and finds
 * compound parts by prefix and suffix alone.
 */
export interface Morphology {
  /** What the analyser is, for logs and the evaluation ("voikko 4.3"). */
  readonly name: string;
  /** Undefined when the word is unknown to the analyser (a name, a typo, another language). */
  analyse(word: string): WordForms | undefined;
  /**
   * Words the analyser knows that the word may have been meant as, best first (a spell checker's
   * suggestions: "tällanen" → "tällainen", "hankinnoist" → "hankinnoista"). Optional.
   */
  suggest?(word: string): string[];
}

export interface WordForms {
  /** Base forms, lower case: "kokouspalveluiden" → ["kokouspalvelu"]. */
  lemmas: string[];
  /** Parts of a compound in base form, longer spans too: "elinkaarikustannus" → elinkaari, kustannus … */
  parts: string[];
  /** Every reading is a verb ("valitaan", "järjestetään"): the action asked about, seldom the topic. */
  verb?: boolean;
}
