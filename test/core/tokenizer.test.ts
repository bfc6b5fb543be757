import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkInput, quote, tokenize } from '../../src/core/commands/tokenizer.js';
import { KeinoError } from '../../src/core/errors.js';

const words = (input: string) => tokenize(input).map((token) => token.text);

describe('reading a command line', () => {
  it('groups quoted words with straight and typographic quotes', () => {
    expect(words('group create sote "SOTE-hankinnat" “Sosiaali- ja terveyspalvelut”')).toEqual([
      'group',
      'create',
      'sote',
      'SOTE-hankinnat',
      'Sosiaali- ja terveyspalvelut',
    ]);
    expect(words('kysely ”Mikä päivä?” ”Maanantai” „Tiistai“ ‘Keskiviikko’ ’Torstai’')).toEqual([
      'kysely',
      'Mikä päivä?',
      'Maanantai',
      'Tiistai',
      'Keskiviikko',
      'Torstai',
    ]);
  });

  it('keeps apostrophes inside words and Finnish letters intact', () => {
    expect(words("ask what's Hankintaluotsi's äöå ÄÖÅ")).toEqual(['ask', "what's", "Hankintaluotsi's", 'äöå', 'ÄÖÅ']);
  });

  it('honours backslash escapes inside and outside quotes', () => {
    expect(words('say "a \\"quoted\\" word" back\\ slash')).toEqual(['say', 'a "quoted" word', 'back slash']);
  });

  it('marks quoted tokens so that they never count as command names', () => {
    expect(tokenize('"help" me')).toEqual([
      { text: 'help', quoted: true },
      { text: 'me', quoted: false },
    ]);
  });

  it('refuses an unterminated quote with a translated error', () => {
    expect(() => tokenize('poll "Mikä päivä?')).toThrowError(KeinoError);
  });

  it('refuses control characters and over-long input but accepts line breaks and tabs', () => {
    expect(() => checkInput('help\u0000')).toThrowError(KeinoError);
    expect(() => checkInput('x'.repeat(10_000))).toThrowError(KeinoError);
    expect(() => checkInput('\ud800 lone surrogate')).toThrowError(KeinoError);
    expect(() => checkInput('faq add\tline one\nline two')).not.toThrow();
  });

  it('never crashes on thousands of random strings: it reads them or refuses politely', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        try {
          checkInput(input);
          tokenize(input);
        } catch (error) {
          expect(error).toBeInstanceOf(KeinoError);
        }
      }),
      { numRuns: 5000 },
    );
  }, 120_000);

  it('reads back any list of quoted arguments unchanged', () => {
    const argument = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 40 }).map((value) => value.normalize('NFC'));
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 8 }), (argumentsList) => {
        const line = argumentsList.map(quote).join(' ');
        expect(tokenize(line).map((token) => token.text)).toEqual(argumentsList);
      }),
      { numRuns: 3000 },
    );
  });
});
