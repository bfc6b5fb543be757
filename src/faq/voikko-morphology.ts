import koffi from 'koffi';
import type { Morphology, WordForms } from '../core/faq/morphology.js';

/** The shared library of Debian's libvoikko1 (with the voikko-fi dictionary). */
const LIBRARY = 'libvoikko.so.1';
/** Parts shorter than this say little ("n", "ta") and match too much. */
const MIN_PART = 3;
/** Analyses kept, so that a word repeated over an import is analysed once. */
const CACHE_SIZE = 50_000;
const ANALYSES_KEPT = 3;
/** Voikko's CLASS of verbs. */
const VERB_CLASS = 'teonsana';

interface VoikkoFunctions {
  analyse(word: string): unknown;
  suggest(word: string): string[];
  decodeAnalyses(list: unknown): unknown[];
  value(analysis: unknown, key: string): string | null;
  freeAnalyses(list: unknown): void;
}

/**
 * Finnish morphology from Voikko (https://voikko.puimula.org), called through the koffi FFI:
 * `voikkoAnalyzeWordCstr` gives each reading's BASEFORM and STRUCTURE, whose `=` marks where the
 * parts of a compound begin. Returns null when the library or the Finnish dictionary is not
 * installed (`apt-get install libvoikko1 voikko-fi`): the search then works without it.
 */
export function loadVoikko(): Morphology | null {
  let functions: VoikkoFunctions;
  try {
    const lib = koffi.load(LIBRARY);
    const handleType = koffi.pointer('VoikkoHandle', koffi.opaque());
    // Strings Voikko allocates for us go back to Voikko once copied into JavaScript.
    const freeValue = lib.func('void voikko_free_mor_analysis_value_cstr(void *value)');
    const ownedString = koffi.disposable('VoikkoString', 'const char *', freeValue);
    const init = lib.func('voikkoInit', handleType, [koffi.out(koffi.pointer('const char *')), 'const char *', 'const char *']);
    const analyse = lib.func('voikkoAnalyzeWordCstr', 'void **', [handleType, 'const char *']);
    const value = lib.func('voikko_mor_analysis_value_cstr', ownedString, ['void *', 'const char *']);
    const freeAnalyses = lib.func('void voikko_free_mor_analysis(void **analysis)');
    const suggest = lib.func('voikkoSuggestCstr', 'void **', [handleType, 'const char *']);
    const freeStrings = lib.func('void voikkoFreeCstrArray(void **array)');
    const error: (string | null)[] = [null];
    const handle = init(error, 'fi', null);
    if (!handle) return null;
    functions = {
      analyse: (word) => analyse(handle, word),
      suggest(word) {
        const list = suggest(handle, word);
        if (!list) return [];
        const words: string[] = [];
        try {
          for (let index = 0; ; index++) {
            const suggestion = koffi.decode(list, index * koffi.sizeof('void *'), 'const char *') as string | null;
            if (!suggestion) return words;
            words.push(suggestion);
          }
        } finally {
          freeStrings(list);
        }
      },
      decodeAnalyses(list) {
        const analyses: unknown[] = [];
        for (let index = 0; ; index++) {
          const analysis = koffi.decode(list, index * koffi.sizeof('void *'), 'void *');
          if (!analysis) return analyses;
          analyses.push(analysis);
        }
      },
      value: (analysis, key) => value(analysis, key) as string | null,
      freeAnalyses: (list) => freeAnalyses(list),
    };
  } catch {
    return null;
  }
  return new VoikkoMorphology(functions);
}

class VoikkoMorphology implements Morphology {
  readonly name = 'voikko';
  private readonly cache = new Map<string, WordForms | undefined>();
  private readonly suggestions = new Map<string, string[]>();

  constructor(private readonly voikko: VoikkoFunctions) {}

  analyse(word: string): WordForms | undefined {
    if (this.cache.has(word)) return this.cache.get(word);
    const forms = this.read(word);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(word, forms);
    return forms;
  }

  /** Voikko's spelling suggestions (voikkoSuggestCstr), kept like the analyses. */
  suggest(word: string): string[] {
    const kept = this.suggestions.get(word);
    if (kept) return kept;
    const words = /^[\p{L}-]+$/u.test(word) ? this.voikko.suggest(word) : [];
    if (this.suggestions.size >= CACHE_SIZE) this.suggestions.delete(this.suggestions.keys().next().value!);
    this.suggestions.set(word, words);
    return words;
  }

  private read(word: string): WordForms | undefined {
    if (!/^[\p{L}-]+$/u.test(word)) return undefined;
    const list = this.voikko.analyse(word);
    if (!list) return undefined;
    const lemmas = new Set<string>();
    const parts = new Set<string>();
    let verb = true;
    try {
      for (const analysis of this.voikko.decodeAnalyses(list).slice(0, ANALYSES_KEPT)) {
        const baseform = this.voikko.value(analysis, 'BASEFORM')?.toLowerCase();
        if (!baseform) continue;
        lemmas.add(baseform);
        if (this.voikko.value(analysis, 'CLASS') !== VERB_CLASS) verb = false;
        for (const part of compoundParts(baseform, this.voikko.value(analysis, 'STRUCTURE') ?? '')) parts.add(part);
      }
    } finally {
      this.voikko.freeAnalyses(list);
    }
    if (lemmas.size === 0) return undefined;
    for (const lemma of lemmas) parts.delete(lemma);
    return { lemmas: [...lemmas], parts: [...parts], ...(verb ? { verb } : {}) };
  }
}

/**
 * The parts of a compound base form from Voikko's STRUCTURE of the written word ("=pppppp=ppppp…":
 * each `=` starts a part). Only the last part inflects, so the others keep their length in the
 * base form. Every run of adjacent parts counts ("elinkaari" and "kustannus" of
 * "elinkaarikustannus"), not only single parts.
 */
export function compoundParts(baseform: string, structure: string): string[] {
  const starts: number[] = [];
  let position = 0;
  for (const mark of structure) {
    if (mark === '=') starts.push(position);
    else position++;
  }
  const offsets = starts.filter((start) => start > 0 && start < baseform.length);
  if (offsets.length === 0) return [];
  const bounds = [0, ...offsets, baseform.length];
  const parts: string[] = [];
  for (let first = 0; first < bounds.length - 1; first++) {
    for (let last = first + 1; last < bounds.length; last++) {
      if (first === 0 && last === bounds.length - 1) continue;
      const part = baseform.slice(bounds[first], bounds[last]).replace(/^-|-$/g, '');
      if (part.length >= MIN_PART) parts.push(part);
    }
  }
  return parts;
}
