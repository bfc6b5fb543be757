import type { Locale } from '../i18n/locale.js';
import { normalise, SYNONYM_WEIGHT, wordsOf, type TermExpansion } from './term-expansion.js';

/**
 * A question taken apart for the search: its language and its content words ("slots"). Each slot
 * carries the word itself and the field synonyms it stands for; a matching entry scores each slot
 * once, by its best alternative. The database does the stemming (finnish, swedish, english).
 */
export interface AnalysedQuery {
  text: string;
  /** The language the question seems to be written in, or the asker's when it is not clear. */
  locale: Locale;
  slots: QuerySlot[];
}

export interface QuerySlot {
  /** The word as typed (normalised). */
  word: string;
  /**
   * How much the word counts, 1 unless it is a verb that is no term of the glossary: in "miten
   * valitaan kärkikategoriat" the topic is the categories, not choosing.
   */
  weight: number;
  /**
   * `part`: a part of the word's compound, which only counts where the entry has that very word.
   * `recognised`: the morphology knows the word (or this base form of it), so it is matched by its
   * forms, never guessed at as a typo or by its first letters.
   */
  alternatives: { text: string; weight: number; part?: boolean; recognised?: boolean }[];
}

export { SYNONYM_WEIGHT };
const MAX_SLOTS = 24;
/** What a verb that is no term of the field counts against a noun (a rule, not a trained weight). */
export const VERB_WEIGHT = 0.6;

/**
 * Words that carry no topic in chat questions, beyond each search configuration's own stop words:
 * question words, auxiliaries, colloquial Finnish ("mulla", "oikeesti"), greetings, days (today, next).
 */
const FILLER: Record<Locale, readonly string[]> = {
  fi: [
    'miten',
    'mitenkä',
    'miks',
    'miksi',
    'kuinka',
    'paljonko',
    'montako',
    'milloin',
    'missä',
    'mistä',
    'mihin',
    'mikä',
    'mitä',
    'mitkä',
    'onko',
    'oonko',
    'voiko',
    'voinko',
    'voiks',
    'voisiko',
    'voisitko',
    'saako',
    'saanko',
    'saaks',
    'pitääkö',
    'pitäiskö',
    'pitäisikö',
    'pitäis',
    'pitäisi',
    'pitää',
    'täytyykö',
    'tarvitseeko',
    'tarviiko',
    'kannattaako',
    'onks',
    'mitäs',
    'kukaan',
    'jos',
    'mulla',
    'mul',
    'mulle',
    'mua',
    'mä',
    'mää',
    'mie',
    'sä',
    'sulla',
    'sulle',
    'meil',
    'meijän',
    'meiän',
    'teijän',
    'mun',
    'sun',
    'oikeesti',
    'oikeastaan',
    'tosi',
    'ihan',
    'vielä',
    'jo',
    'myös',
    'sit',
    'sitten',
    'niinku',
    'siis',
    'joku',
    'jokin',
    'jotain',
    'jotenkin',
    'tällainen',
    'tällanen',
    'tällaista',
    'tommonen',
    // "mikä ihmeen", "mitä ihmettä": wonder, not a topic
    'ihmeen',
    'ihmettä',
    'sellainen',
    'semmonen',
    'tää',
    'toi',
    'noi',
    'nää',
    'hei',
    'moi',
    'moikka',
    'terve',
    'kiitos',
    'kiitti',
    'apua',
    'kysymys',
    'kysyisin',
    'haluaisin',
    'haluan',
    'tietää',
    'tiedätkö',
    'osaatko',
    'kerro',
    'kertoa',
    'olisiko',
    'esim',
    'esimerkiksi',
    'eli',
    'ns',
    'yms',
    'jne',
    'oma',
    'omaa',
    'oman',
    'omat',
    'omia',
    'tehdä',
    'tehdään',
    'tekee',
    'teen',
    'voi',
    'voida',
    'voidaan',
    'saa',
    'saada',
    'asia',
    'asiat',
    'asiaa',
    'juttu',
    'jutut',
    'toimii',
    'toimi',
    'toimia',
    'toimivat',
    'toimiiko',
    'tänään',
    'huomenna',
    'eilen',
    'seuraava',
    'seuraavan',
    'ensi',
    // spoken Finnish: "I need", "in practice", "first", "could one"
    'tarviin',
    'tarvii',
    'tarvis',
    'tarvitsen',
    'tarttis',
    'käytännössä',
    'ekana',
    'eka',
    'ekaks',
    'vois',
    'voisko',
    'voiskohan',
    'pitäiskö',
    'kannattaisko',
    'saisko',
    'onkohan',
    'mitenkäs',
    'mites',
    'nyt',
    'tota',
    'niinq',
    'vaan',
    'just',
    'oikein',
  ],
  sv: [
    'hur',
    'vad',
    'var',
    'när',
    'varför',
    'vilken',
    'vilka',
    'kan',
    'får',
    'måste',
    'ska',
    'skall',
    'bör',
    'behöver',
    'jag',
    'vi',
    'man',
    'finns',
    'någon',
    'snälla',
    'hej',
    'tack',
    'gör',
    'göra',
    'egen',
    'eget',
    'egna',
    'fungerar',
    'funkar',
    'idag',
    'imorgon',
    'igår',
    'nästa',
  ],
  en: [
    'how',
    'what',
    'when',
    'where',
    'why',
    'which',
    'who',
    'can',
    'could',
    'may',
    'might',
    'must',
    'should',
    'shall',
    'would',
    'need',
    'do',
    'does',
    'i',
    'we',
    'you',
    'my',
    'our',
    'is',
    'are',
    'there',
    'any',
    'please',
    'hi',
    'hello',
    'thanks',
    'tell',
    'me',
    'know',
    'want',
    'ok',
    'okay',
    'get',
    'us',
    'way',
    'thing',
    'things',
    'today',
    'tomorrow',
    'yesterday',
    'next',
  ],
};

/** Words that say which language a question is in (function words, not topics). */
const MARKERS: Record<Locale, ReadonlySet<string>> = {
  fi: new Set([
    ...FILLER.fi,
    'ja',
    'tai',
    'on',
    'ei',
    'ole',
    'kun',
    'että',
    'se',
    'ne',
    'me',
    'te',
    'meidän',
    'meillä',
    'meille',
    'teidän',
    'minä',
    'sinä',
    'tämä',
    'tämän',
    'tätä',
    'niin',
    'nyt',
    'kanssa',
    'ilman',
    'jälkeen',
    'ennen',
    'aina',
    'kaikki',
    'vain',
    'kuka',
    'ketkä',
    'keitä',
    'pitää',
    'voi',
    'saa',
    'täytyy',
    'tarvitaan',
    'ovat',
    'oli',
    'olla',
    'mukaan',
    'kautta',
    'vai',
    'jotta',
  ]),
  sv: new Set([
    ...FILLER.sv,
    'och',
    'att',
    'det',
    'som',
    'en',
    'ett',
    'är',
    'på',
    'med',
    'för',
    'till',
    'av',
    'om',
    'inte',
    'har',
    'de',
    'den',
    'mellan',
    'utan',
    'eller',
    'vid',
    'från',
    'också',
    'alla',
    'blir',
    'bli',
    'skillnad',
    'i',
    'mig',
    'min',
    'mitt',
    'vår',
    'våra',
    'vårt',
    'oss',
  ]),
  en: new Set([
    ...FILLER.en,
    'the',
    'and',
    'or',
    'of',
    'to',
    'in',
    'on',
    'for',
    'with',
    'a',
    'an',
    'it',
    'that',
    'this',
    'be',
    'from',
    'by',
    'at',
    'as',
    'not',
    'if',
    'have',
    'has',
    'instead',
    'about',
    'between',
    'into',
    'work',
    'does',
    'use',
    'using',
    'new',
    'best',
    'in',
  ]),
};

const FILLER_WORDS = new Set(Object.values(FILLER).flat());

/** Whether a word is chat filler or a function word of one of the languages (no topic). */
export function isFiller(word: string): boolean {
  return FILLER_WORDS.has(word) || MARKERS.fi.has(word) || MARKERS.sv.has(word) || MARKERS.en.has(word);
}

export { normalise, termMatches, wordsOf } from './term-expansion.js';

/**
 * The language a question is written in: Swedish letters and the function words of each language
 * decide; `fallback` (the asker's language) when the text gives no clear sign.
 */
export function detectLanguage(text: string, fallback: Locale): Locale {
  const words = normalise(text).split(' ').filter(Boolean);
  const score: Record<Locale, number> = { fi: 0, sv: 0, en: 0 };
  for (const word of words) {
    for (const locale of ['fi', 'sv', 'en'] as const) if (MARKERS[locale].has(word)) score[locale] += 1;
    if (/å/.test(word)) score.sv += 2;
    if (/[äö]/.test(word)) {
      score.fi += 0.5;
      score.sv += 0.25;
    }
    if (/(ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|iin|aan|ään|nen|ista|istä|uus|yys|inen)$/.test(word)) score.fi += 0.5;
    if (/(tion|ment|ness|ing|ity|ship)$/.test(word) || /th|w/.test(word)) score.en += 0.5;
    if (/(ning|het|skap|ligt|arna|erna|orna)$/.test(word)) score.sv += 0.5;
  }
  const ranked = (['fi', 'sv', 'en'] as const).map((locale) => [locale, score[locale]] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best![1] === 0 || best![1] === second![1]) return fallback;
  return best![0];
}

/**
 * Splits a question into content-word slots. Each slot carries the word, its base forms and
 * compound parts (with a morphology) and the glossary's equivalents of the term it belongs to;
 * without an expansion, the word alone.
 */
export function analyseQuery(text: string, fallback: Locale, expansion?: TermExpansion): AnalysedQuery {
  const locale = detectLanguage(text, fallback);
  const words = wordsOf(text);
  // A Finnish question's words the morphology does not know may be spoken forms or typos of words
  // it does ("tällanen", "hankinnoist"): they take the forms of the spell checker's suggestion.
  const analysed = words.map((word) =>
    expansion && !FILLER_WORDS.has(word) ? expansion.analyse(word, locale === 'fi') : { word, lemmas: [], parts: [], recognised: false },
  );
  const slots: QuerySlot[] = [];
  const seen = new Set<string>();
  // A form of a filler word is filler too ("saan", "tehdään" of "saada", "tehdä"), when the
  // morphology knows no other reading of it.
  const filler = (index: number) => {
    const { word, lemmas, recognised, suggested } = analysed[index]!;
    return (
      FILLER_WORDS.has(word) ||
      (suggested !== undefined && FILLER_WORDS.has(suggested)) ||
      ((recognised || suggested !== undefined) && lemmas.length > 0 && lemmas.every((lemma) => FILLER_WORDS.has(lemma)))
    );
  };
  words.forEach((word, index) => {
    if (filler(index) || seen.has(word)) return;
    seen.add(word);
    const alternatives = expansion ? expansion.queryAlternatives(analysed, index, (candidate) => FILLER_WORDS.has(candidate)) : new Map([[word, 1]]);
    const { parts, lemmas, recognised, verb, suggested } = analysed[index]!;
    const forms = new Set([word, ...lemmas]);
    // A verb of the glossary ("liittyä", "erota", "lykätä") is what a question about Keino asks.
    const term = verb && expansion ? expansion.groupsAt(analysed, index).size > 0 : false;
    slots.push({
      word,
      weight: verb && !term ? VERB_WEIGHT : 1,
      alternatives: [...alternatives].map(([alternative, weight]) => ({
        text: alternative,
        weight,
        ...(parts.includes(alternative) && !forms.has(alternative) && weight < 1 ? { part: true } : {}),
        // The glossary's terms are base forms: with a morphology, entries are indexed by base forms too.
        ...((recognised && forms.has(alternative)) || (suggested && lemmas.includes(alternative)) || (expansion?.morphology && weight === SYNONYM_WEIGHT)
          ? { recognised: true }
          : {}),
      })),
    });
  });
  return { text, locale, slots: slots.slice(0, MAX_SLOTS) };
}
