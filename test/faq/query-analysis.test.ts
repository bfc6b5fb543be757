import { describe, expect, it } from 'vitest';
import { analyseQuery, detectLanguage, termMatches } from '../../src/core/faq/query-analysis.js';
import { matchStrength, prefixRange } from '../../src/db/stores/faq-search-store.js';
import { editDistance, SUGGESTION_WEIGHT, TermExpansion } from '../../src/core/faq/term-expansion.js';
import { VERB_WEIGHT } from '../../src/core/faq/query-analysis.js';
import { searchLexicon } from '../../src/faq/search-lexicon.js';

const shipped = new TermExpansion(searchLexicon().shippedGlossary, null);
const alternativesOf = (question: string, word: string, expansion = shipped) =>
  analyseQuery(question, 'fi', expansion)
    .slots.find((slot) => slot.word === word)
    ?.alternatives.map((alternative) => alternative.text);

describe('reading a question', () => {
  it('tells Finnish, Swedish and English apart, and falls back to the asker’s language when the words do not tell', () => {
    expect(detectLanguage('miten liityn kehittäjäryhmään', 'en')).toBe('fi');
    expect(detectLanguage('hur byter jag språk', 'fi')).toBe('sv');
    expect(detectLanguage('how do we reduce emissions in construction', 'fi')).toBe('en');
    expect(detectLanguage('lcc', 'sv')).toBe('sv');
  });

  it('keeps the words that carry the topic, not chat filler', () => {
    expect(analyseQuery('miten mulla oikeesti toimii tää kynnysarvo', 'fi').slots.map((slot) => slot.word)).toEqual(['kynnysarvo']);
    expect(analyseQuery('lcc-laskuri?', 'fi').slots.map((slot) => slot.word)).toEqual(['lcc', 'laskuri']);
  });

  it('adds the glossary’s equivalents, also to inflected words and phrases, and across languages', () => {
    expect(alternativesOf('sote-palveluiden hankinta', 'sote')).toEqual(expect.arrayContaining(['sosiaalipalvelut', 'terveyspalvelut']));
    expect(alternativesOf('mitä hilmassa julkaistaan', 'hilmassa')).toEqual(expect.arrayContaining(['hankintailmoitus']));
    expect(alternativesOf('sosiaali- ja terveyspalvelujen hankinnat', 'terveyspalvelujen')).toEqual(expect.arrayContaining(['sote']));
    expect(alternativesOf('när är direktupphandling tillåten', 'direktupphandling')).toEqual(expect.arrayContaining(['suorahankinta']));
    expect(alternativesOf('pcp', 'pcp')).toEqual(expect.arrayContaining(['pcp']));
    // A phrase's words one by one would match other phrases: "tröskelvärde" is in the national and the EU threshold.
    expect(alternativesOf('kansallinen kynnysarvo', 'kansallinen')).not.toContain('tröskelvärde');
    expect(alternativesOf('lcc', 'lcc', new TermExpansion([], null))).toEqual(['lcc']);
    expect(termMatches('kynnysarvoja', 'kynnysarvo')).toBe(true);
    expect(termMatches('arvo', 'kynnysarvo')).toBe(false);
    // An acronym's plural is the acronym; another word that starts with it is not.
    expect(alternativesOf('how to get smes to bid', 'smes')).toEqual(expect.arrayContaining(['sme', 'pienyritys']));
    expect(termMatches('smes', 'sme')).toBe(true);
    expect(termMatches('smex', 'sme')).toBe(false);
    expect(termMatches('pcpt', 'pcp')).toBe(false);
  });

  it('with Voikko, searches a Finnish word by its base form and compound parts too', () => {
    const voikko = searchLexicon().morphology;
    expect(voikko, 'Voikko (apt-get install libvoikko1 voikko-fi) is installed by .ci/run').not.toBeNull();
    const withVoikko = new TermExpansion([], voikko);
    const slot = analyseQuery('kokouspalveluiden kilpailutus', 'fi', withVoikko).slots[0]!;
    expect(slot.alternatives).toEqual(
      expect.arrayContaining([
        { text: 'kokouspalvelu', weight: 1, recognised: true },
        // A part counts by the share of the word it spells.
        { text: 'kokous', weight: 6 / 13, part: true },
        { text: 'palvelu', weight: 7 / 13, part: true },
      ]),
    );
    const laskelma = analyseQuery('elinkaarikustannuslaskelma', 'fi', withVoikko).slots[0]!.alternatives;
    const weightOf = (text: string) => laskelma.find((alternative) => alternative.text === text)?.weight ?? 0;
    expect(weightOf('elinkaarikustannus')).toBeGreaterThan(weightOf('laskelma'));
    expect(weightOf('elin')).toBeGreaterThanOrEqual(0.3);
    expect(analyseQuery('kärkikategoriat', 'fi', withVoikko).slots[0]!.alternatives.map((alternative) => alternative.text)).toEqual(
      expect.arrayContaining(['kärkikategoria', 'kategoria']),
    );
    // A word Voikko does not know is searched as it is (and guessed at as a typo by the search).
    expect(analyseQuery('slackiin', 'fi', withVoikko).slots[0]!.alternatives).toEqual([{ text: 'slackiin', weight: 1 }]);
  });

  it('with Voikko, reads a spoken form or a typo in a Finnish question as the word its spell checker suggests', () => {
    const withVoikko = new TermExpansion(searchLexicon().shippedGlossary, searchLexicon().morphology);
    const alternatives = (question: string) => analyseQuery(question, 'fi', withVoikko).slots.map((slot) => slot.alternatives);
    // Typed as is (1), and the suggestion's base form a little less, known as a word (no guessing by its letters).
    expect(alternatives('innovaatiokumpanuus')[0]).toEqual(
      expect.arrayContaining([
        { text: 'innovaatiokumpanuus', weight: 1 },
        { text: 'innovaatiokumppanuus', weight: SUGGESTION_WEIGHT, recognised: true },
        // … which the glossary then knows too.
        expect.objectContaining({ text: 'innovationspartnerskap' }),
      ]),
    );
    expect(alternatives('ilmottaudun akatemiaan')[0]).toEqual(expect.arrayContaining([{ text: 'ilmoittautua', weight: SUGGESTION_WEIGHT, recognised: true }]));
    expect(alternatives('hankinnoist')[0]).toEqual(expect.arrayContaining([{ text: 'hankinta', weight: SUGGESTION_WEIGHT, recognised: true }]));
    // A spoken form of a filler word is filler.
    expect(analyseQuery('tällanen kynnysarvo', 'fi', withVoikko).slots.map((slot) => slot.word)).toEqual(['kynnysarvo']);
    // Not a word two letters away, nor one that starts otherwise ("botti" is no "bitti" or "potti"), nor in a Swedish question.
    expect(alternatives('botti')[0]!.map((alternative) => alternative.text)).not.toContain('bitti');
    expect(analyseQuery('hur anmäler jag mig till akademins tillfälle', 'fi', withVoikko).slots.flatMap((slot) => slot.alternatives)).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ weight: SUGGESTION_WEIGHT })]),
    );
    expect(editDistance('hankinnoist', 'hankinnoista')).toBe(1);
    expect(editDistance('kilpailtuus', 'kilpailutus')).toBe(1); // two letters swapped
    expect(editDistance('kokous', 'kokoukset')).toBe(3);
  });

  it('with Voikko, drops forms of chat filler and counts a verb that is no term of the field less than the topic', () => {
    const withVoikko = new TermExpansion(searchLexicon().shippedGlossary, searchLexicon().morphology);
    const slots = analyseQuery('miten kärkikategoriat valitaan, saan apua', 'fi', withVoikko).slots;
    expect(slots.map((slot) => slot.word)).toEqual(['kärkikategoriat', 'valitaan']); // "saan" is a form of "saada"
    expect(slots.map((slot) => slot.weight)).toEqual([1, VERB_WEIGHT]);
    // Leaving a group is what the question asks: a verb of the glossary keeps its weight.
    expect(analyseQuery('miten eroan ryhmästä', 'fi', withVoikko).slots.map((slot) => slot.weight)).toEqual([1, 1]);
    // Without a morphology every word counts the same.
    expect(analyseQuery('miten valitaan kärkikategoriat', 'fi', shipped).slots.map((slot) => slot.weight)).toEqual([1, 1]);
  });

  it('weighs how closely two stemmed words match: the same, an inflection, a compound part, a typo', () => {
    expect(matchStrength('kynnysarvo', 'kynnysarvo', 1)).toBe(1);
    expect(matchStrength('hankin', 'hankinno', 0.5)).toBeCloseTo(0.9);
    expect(matchStrength('arvo', 'kynnysarvo', 0.2)).toBeGreaterThan(0.6); // the compound's head
    expect(matchStrength('kynnys', 'kynnysarvo', 0.4)).toBeGreaterThan(0.5); // its first part
    expect(matchStrength('kokous', 'kokouks', 0.5)).toBeGreaterThan(0.75); // a stem that changed
    expect(matchStrength('innovaatiokumpanuus', 'innovaatiokumppanuus', 0.82)).toBeGreaterThan(0.7); // a typo
    expect(matchStrength('talo', 'kala', 0)).toBe(0);
  });

  it('turns a prefix into the byte-ordered range of the words that start with it', () => {
    expect(prefixRange('arvo')).toEqual(['arvo', 'arvp']);
    expect(prefixRange('hyvä')).toEqual(['hyvä', 'hyvå']);
  });
});
