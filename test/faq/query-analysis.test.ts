import { describe, expect, it } from 'vitest';
import { analyseQuery, detectLanguage, termMatches } from '../../src/core/faq/query-analysis.js';
import { matchStrength, prefixRange } from '../../src/db/stores/faq-search-store.js';

const alternativesOf = (question: string, word: string) =>
  analyseQuery(question, 'fi')
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

  it('adds the field’s synonyms, also to inflected words and phrases', () => {
    expect(alternativesOf('sote-palveluiden hankinta', 'sote')).toEqual(expect.arrayContaining(['sosiaali', 'terveyspalvelut']));
    expect(alternativesOf('mitä hilmassa julkaistaan', 'hilmassa')).toEqual(expect.arrayContaining(['hankintailmoitus']));
    expect(alternativesOf('sosiaali- ja terveyspalvelujen hankinnat', 'terveyspalvelujen')).toEqual(expect.arrayContaining(['sote']));
    expect(termMatches('kynnysarvoja', 'kynnysarvo')).toBe(true);
    expect(termMatches('arvo', 'kynnysarvo')).toBe(false);
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
