import type { Locale } from '../i18n/locale.js';
import type { Morphology } from './morphology.js';

/** How much a glossary equivalent counts against the word itself. */
export const SYNONYM_WEIGHT = 0.85;
/** How much a part of a compound counts against the whole word: one of its (usually two) parts. */
export const PART_WEIGHT = 0.5;
/** The least and most a part of a question's compound counts, by the share of the word it spells. */
const MIN_PART_WEIGHT = 0.3;
const MAX_PART_WEIGHT = 0.75;
/**
 * How much the base form of a word the spell checker suggested counts against the word as typed:
 * almost as much (a spoken form or a typo of it), less in case the suggestion is not what was meant.
 */
export const SUGGESTION_WEIGHT = 0.9;
/** Shorter unknown words are not corrected (a short word is one letter away from many others). */
const MIN_SUGGESTED = 5;

/**
 * How much a part of a question's compound counts: the share of the word it spells, so that
 * "elinkaarikustannus" says most of "elinkaarikustannuslaskelma" and "elin" little of it.
 */
export function partWeight(part: string, word: AnalysedWord): number {
  const base = [...word.lemmas, word.word].find((form) => form.includes(part)) ?? word.word;
  return Math.min(MAX_PART_WEIGHT, Math.max(MIN_PART_WEIGHT, part.length / base.length));
}

/**
 * What the search knows of words beyond PostgreSQL's stemmers: a morphological analyser for
 * Finnish (Voikko, when installed) and the glossary Keino ships (used until an admin changes the
 * network's own copy).
 */
export interface SearchLexicon {
  morphology: Morphology | null;
  shippedGlossary: readonly (readonly string[])[];
}

/** Lower case, typographic quotes and dashes made plain, nothing but letters, digits and word-inner hyphens. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[^\p{L}\p{N}\s'&-]+/gu, ' ')
    .replace(/(^|\s)[-']+|[-']+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a normalised text; hyphenated compounds give their parts ("lcc-laskuri" → lcc, laskuri). */
export function wordsOf(text: string): string[] {
  return normalise(text)
    .split(' ')
    .flatMap((word) => word.split(/[-']/))
    .filter((word) => word.length > 0);
}

/** Whether a word of a question is an inflected form of a glossary term's word ("hilmassa" → "hilma"). */
export function termMatches(word: string, term: string): boolean {
  if (word === term) return true;
  // An acronym inflects by an ending of its own: "smes", "rfis" (English and Swedish plurals).
  if (term.length < 4) return word === `${term}s`;
  let common = 0;
  while (common < word.length && common < term.length && word[common] === term[common]) common++;
  return common >= Math.max(4, term.length - 2) && word.length <= term.length + 6;
}

interface GlossaryTerm {
  words: string[];
  group: number;
}

/** A word and what the analyser makes of it. */
export interface AnalysedWord {
  word: string;
  lemmas: string[];
  parts: string[];
  /** The morphology knows the word: a real Finnish word, no typo, its inflection resolved. */
  recognised: boolean;
  /** The morphology reads it as a verb only. */
  verb?: boolean;
  /** Unknown as typed: `lemmas` and `parts` are those of the spell checker's suggestion. */
  suggested?: string;
}

/**
 * A glossary and a morphology put to work: the alternatives a question's word is searched with,
 * and the text an entry is indexed with beside its own. One per glossary version; cheap to keep.
 */
export class TermExpansion {
  private readonly groups: string[][];
  /** Terms by their first word exactly (short acronyms) and by its first four letters. */
  private readonly byWord = new Map<string, GlossaryTerm[]>();
  private readonly byPrefix = new Map<string, GlossaryTerm[]>();

  constructor(
    groups: readonly (readonly string[])[],
    readonly morphology: Morphology | null,
  ) {
    this.groups = groups.map((group) => [...group]);
    this.groups.forEach((group, index) => {
      for (const term of group) {
        const words = wordsOf(term);
        if (words.length === 0) continue;
        const entry = { words, group: index };
        const first = words[0]!;
        push(this.byWord, first, entry);
        if (first.length >= 4) push(this.byPrefix, first.slice(0, 4), entry);
      }
    });
  }

  /**
   * The word with its base forms and compound parts (Finnish, when the analyser knows the word).
   * With `correct`, a word the analyser does not know takes the forms of the spell checker's
   * closest suggestion, when one is near enough (see `closeSuggestion`).
   */
  analyse(word: string, correct = false): AnalysedWord {
    const forms = this.morphology?.analyse(word);
    if (!forms) {
      const suggestion = correct ? this.closeSuggestion(word) : undefined;
      const suggested = suggestion ? this.morphology?.analyse(suggestion) : undefined;
      if (!suggestion || !suggested) return { word, lemmas: [], parts: [], recognised: false };
      return {
        word,
        lemmas: suggested.lemmas.filter((lemma) => lemma !== word),
        parts: suggested.parts.filter((part) => part !== word),
        recognised: false,
        suggested: suggestion,
        ...(suggested.verb ? { verb: true } : {}),
      };
    }
    return {
      word,
      lemmas: forms.lemmas.filter((lemma) => lemma !== word),
      parts: forms.parts.filter((part) => part !== word),
      recognised: true,
      ...(forms.verb ? { verb: true } : {}),
    };
  }

  /**
   * The first suggestion of the spell checker that is a plausible spoken form or typo of the word:
   * one word, lower case, starting with the same two letters, at most one edit away (two for a
   * word of eight letters or more: "hankinnoist", "innovaatiokumpanuus"). Nothing for names.
   */
  private closeSuggestion(word: string): string | undefined {
    if (!this.morphology?.suggest || word.length < MIN_SUGGESTED || !/^\p{Ll}+$/u.test(word)) return undefined;
    const allowed = word.length >= 8 ? 2 : 1;
    return this.morphology
      .suggest(word)
      .find((suggestion) => suggestion.slice(0, 2) === word.slice(0, 2) && /^\p{Ll}+$/u.test(suggestion) && editDistance(word, suggestion) <= allowed);
  }

  /** The groups of the glossary terms that an occurrence at `index` belongs to (by the words or their base forms). */
  groupsAt(words: AnalysedWord[], index: number): Set<number> {
    const found = new Set<number>();
    const candidates = new Set<GlossaryTerm>();
    // A term the word at `index` is part of starts at most a few words before it.
    for (let start = Math.max(0, index - 4); start <= index; start++) {
      for (const form of formsOf(words[start]!)) {
        for (const term of this.byWord.get(form) ?? []) candidates.add(term);
        if (form.length <= 4 && form.endsWith('s')) for (const term of this.byWord.get(form.slice(0, -1)) ?? []) candidates.add(term);
        for (const term of this.byPrefix.get(form.slice(0, 4)) ?? []) candidates.add(term);
      }
    }
    for (const term of candidates) {
      if (found.has(term.group)) continue;
      for (let offset = 0; offset < term.words.length; offset++) {
        const start = index - offset;
        if (start < 0 || start + term.words.length > words.length) continue;
        if (term.words.every((part, position) => matchesTermWord(words[start + position]!, part))) {
          found.add(term.group);
          break;
        }
      }
    }
    return found;
  }

  /** The words of the glossary terms of these groups (only of one-word terms, if `singleWord`). */
  termWordsOf(groups: Iterable<number>, singleWord = false): string[] {
    return [...groups].flatMap((group) =>
      this.groups[group]!.map((term) => wordsOf(term)).flatMap((words) => (singleWord && words.length > 1 ? [] : words.filter((word) => word.length > 1))),
    );
  }

  /**
   * The alternatives a question's word is searched with: itself and its base forms (1), the parts
   * of a compound (PART_WEIGHT) and the glossary's one-word equivalents of the term it belongs to
   * (SYNONYM_WEIGHT), less the question's own words. A phrase's words, taken one by one, would
   * match other phrases they are part of ("tröskelvärde" of both the national and the EU
   * threshold): phrases work from the index side, where an entry that uses a term is indexed with
   * every word of its equivalents.
   */
  queryAlternatives(words: AnalysedWord[], index: number, skip: (word: string) => boolean): Map<string, number> {
    const word = words[index]!;
    const alternatives = new Map<string, number>([[word.word, 1]]);
    const guessed = word.suggested ? SUGGESTION_WEIGHT : 1;
    for (const lemma of word.lemmas) if (!alternatives.has(lemma)) alternatives.set(lemma, guessed);
    for (const part of word.parts) if (!alternatives.has(part)) alternatives.set(part, guessed * partWeight(part, word));
    const ownWords = new Set(words.flatMap(formsOf));
    for (const synonymWord of this.termWordsOf(this.groupsAt(words, index), true)) {
      if (!alternatives.has(synonymWord) && !ownWords.has(synonymWord) && !skip(synonymWord)) alternatives.set(synonymWord, SYNONYM_WEIGHT);
    }
    return alternatives;
  }

  /**
   * The base forms of the Finnish words of a text as the morphology reads them (every reading's),
   * for telling apart words the stemmer makes alike ("palkka", pay, and "palkata", to hire, are
   * both `palk`). Empty without a morphology or for another language.
   */
  baseForms(text: string, locale: Locale): string[] {
    if (locale !== 'fi' || !this.morphology) return [];
    const forms = new Set<string>();
    for (const word of wordsOf(text)) for (const lemma of this.morphology.analyse(word)?.lemmas ?? []) forms.add(lemma);
    return [...forms];
  }

  /**
   * What an entry's field is indexed with beside its own text: the base forms of its Finnish words
   * (at the field's weight), their compound parts (less), and, for a question or tags, the
   * glossary's equivalents of the terms it uses (less). Empty when there is nothing to add.
   */
  indexSegments(text: string, locale: Locale, weight: number, withGlossary: boolean): { text: string; weight: number }[] {
    const words = wordsOf(text).map((word) => (locale === 'fi' ? this.analyse(word) : { word, lemmas: [], parts: [], recognised: false }));
    const segments: { text: string; weight: number }[] = [];
    const lemmas = new Set(words.flatMap((word) => word.lemmas));
    const parts = new Set(words.flatMap((word) => word.parts));
    if (lemmas.size > 0) segments.push({ text: [...lemmas].join(' '), weight });
    if (parts.size > 0) segments.push({ text: [...parts].join(' '), weight: weight * PART_WEIGHT });
    if (withGlossary && this.groups.length > 0) {
      const groups = new Set<number>();
      words.forEach((_, index) => {
        for (const group of this.groupsAt(words, index)) groups.add(group);
      });
      if (groups.size > 0) segments.push({ text: [...new Set(this.termWordsOf(groups))].join(' '), weight: weight * SYNONYM_WEIGHT });
    }
    return segments;
  }
}

/**
 * Whether a word is a form of a term's word: its base form is that word (the morphology knows it),
 * or, for a word it does not know, it looks like an inflection of it ("hilmassa").
 */
function matchesTermWord(word: AnalysedWord, termWord: string): boolean {
  if (word.word === termWord || word.lemmas.includes(termWord)) return true;
  // "kokoushuoneen" is not a form of "kokous": a known word's forms are its base forms.
  if (word.recognised) return termMatches(word.word, termWord) && word.lemmas.length === 0;
  return termMatches(word.word, termWord);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

function formsOf(word: AnalysedWord): string[] {
  return word.lemmas.length > 0 ? [word.word, ...word.lemmas] : [word.word];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
