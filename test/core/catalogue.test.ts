import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/i18n/catalogue.js';
import { LOCALES } from '../../src/core/i18n/locale.js';
import { PLATFORMS } from '../../src/app/platforms.js';

/** The core's catalogue, each registered platform's own phrases, and the words of its capabilities (its name, where Keino is absent). */
const everyPhrase: Record<string, unknown> = {
  ...catalogue,
  ...Object.assign({}, ...PLATFORMS.map((platform) => ('phrases' in platform ? platform.phrases : {}))),
  ...Object.fromEntries(PLATFORMS.map((platform) => [`platform.${platform.id}`, platform.capabilities.name])),
  ...Object.fromEntries(
    PLATFORMS.flatMap((platform) =>
      'keinoAbsent' in platform.capabilities ? [[`platform.${platform.id}.keinoAbsent`, platform.capabilities.keinoAbsent]] : [],
    ),
  ),
};

const sampleParams = new Proxy({}, { get: (_target, name) => (typeof name === 'string' ? `⟦${name}⟧` : undefined) }) as Record<string, string>;

describe('the phrase catalogue', () => {
  it("has every phrase in Finnish, Swedish and English, none of them empty, the platforms' own included", () => {
    const missing: string[] = [];
    for (const [key, entry] of Object.entries(everyPhrase)) {
      for (const locale of LOCALES) {
        const phrase = (entry as Record<string, unknown>)[locale];
        const rendered = typeof phrase === 'function' ? (phrase as (p: object) => string)(sampleParams) : phrase;
        if (typeof rendered !== 'string' || rendered.trim() === '') missing.push(`${key} [${locale}]`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('uses the same parameters in every language of a phrase', () => {
    const mismatched: string[] = [];
    for (const [key, entry] of Object.entries(everyPhrase)) {
      const used = LOCALES.map((locale) => {
        const phrase = (entry as Record<string, unknown>)[locale];
        const rendered = typeof phrase === 'function' ? (phrase as (p: object) => string)(sampleParams) : String(phrase);
        return [...rendered.matchAll(/⟦(\w+)⟧/g)]
          .map((match) => match[1])
          .sort()
          .join(',');
      });
      if (new Set(used).size > 1) mismatched.push(`${key}: ${used.join(' | ')}`);
    }
    expect(mismatched).toEqual([]);
  });
});
