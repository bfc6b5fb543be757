import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../src/app/platforms.js';
import { catalogue } from '../../src/core/i18n/catalogue.js';
import { LOCALES } from '../../src/core/i18n/locale.js';
import { PhraseSection } from '../../src/core/i18n/phrase-section.js';
import { translate } from '../../src/core/i18n/translator.js';
import { generatedPhraseTypes } from '../../src/tasks/phrase-types.js';

const SOURCE_ROOT = new URL('../../src/', import.meta.url);

/** The core's catalogue and each registered platform's own phrases. */
const sections: [string, PhraseSection][] = [
  ['core', catalogue],
  ...PLATFORMS.flatMap((platform): [string, PhraseSection][] => ('phrases' in platform && platform.phrases ? [[platform.id, platform.phrases]] : [])),
];

/** The words of each platform's capabilities (its name, where Keino is absent): phrases too, kept in its definition. */
const capabilityWords: Record<string, unknown> = {
  ...Object.fromEntries(PLATFORMS.map((platform) => [`platform.${platform.id}`, platform.capabilities.name])),
  ...Object.fromEntries(
    PLATFORMS.flatMap((platform) =>
      'keinoAbsent' in platform.capabilities ? [[`platform.${platform.id}.keinoAbsent`, platform.capabilities.keinoAbsent]] : [],
    ),
  ),
};

/** Every parameter a phrase takes, as ⟦name⟧, so a rendering shows where each went. */
function sampleParams(section: PhraseSection, key: string): Record<string, string> {
  return Object.fromEntries(section.parameters('en', key).map((name) => [name, `⟦${name}⟧`]));
}

function sourceFiles(dir: URL): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir.pathname, file));
}

describe('the phrase catalogue', () => {
  it("has every phrase in Finnish, Swedish and English, none of them empty, the platforms' own included", () => {
    const missing: string[] = [];
    for (const [name, section] of sections) {
      expect(section.keys.length, name).toBeGreaterThan(0);
      for (const key of section.keys) {
        for (const locale of LOCALES) {
          let rendered: string;
          try {
            rendered = section.format(locale, key, sampleParams(section, key));
          } catch {
            rendered = '';
          }
          if (rendered.trim() === '') missing.push(`${name}: ${key} [${locale}]`);
        }
      }
    }
    for (const [key, entry] of Object.entries(capabilityWords)) {
      for (const locale of LOCALES) {
        const words = (entry as Record<string, unknown>)[locale];
        if (typeof words !== 'string' || words.trim() === '') missing.push(`${key} [${locale}]`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('uses the same parameters in every language of a phrase', () => {
    const mismatched: string[] = [];
    for (const [name, section] of sections) {
      for (const key of section.keys) {
        const used = LOCALES.map((locale) => section.parameters(locale, key).join(','));
        if (new Set(used).size > 1) mismatched.push(`${name}: ${key}: ${used.join(' | ')}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('fills in every parameter, with no bidi isolation marks around them', () => {
    const problems: string[] = [];
    for (const [name, section] of sections) {
      for (const key of section.keys) {
        const params = sampleParams(section, key);
        for (const locale of LOCALES) {
          const rendered = section.format(locale, key, params);
          if (/[\u2068\u2069]/.test(rendered)) problems.push(`${name}: ${key} [${locale}] has U+2068/U+2069`);
          if (rendered.includes('{$')) problems.push(`${name}: ${key} [${locale}] left a parameter unfilled: ${rendered}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("picks the plural form by the language's rules, and prints numbers as the code wrote them", () => {
    expect(translate('en', 'poll.summaryLine', { votes: 1, voters: 1 })).toBe('1 vote from 1 person');
    expect(translate('en', 'poll.summaryLine', { votes: 0, voters: 2 })).toBe('0 votes from 2 people');
    expect(translate('fi', 'poll.summaryLine', { votes: '1', voters: 5 })).toBe('1 ääni, 5 vastaajaa');
    expect(translate('sv', 'poll.summaryLine', { votes: 1234, voters: 1 })).toBe('1234 röster från 1 person');
    expect(translate('en', 'poll.voterNames', { names: 'Anna, Bo', more: 0 })).toBe('Anna, Bo');
    expect(translate('en', 'poll.voterNames', { names: 'Anna, Bo', more: 3 })).toBe('Anna, Bo and 3 more');
  });

  it('reads parameters by name, so an object answering any name works, and shows a missing one instead of throwing', () => {
    const anything = new Proxy({}, { get: (_target, name) => (name === 'id' ? 12 : undefined) }) as Record<string, number>;
    expect(translate('en', 'poll.closedNow', anything)).toBe('You closed poll #12. The final results are on the poll.');
    expect(translate('en', 'poll.closedNow', {})).toBe('You closed poll #{$id}. The final results are on the poll.');
  });

  it('matches the generated types (run `npm run phrases:types` after changing a phrase file)', () => {
    const stale: string[] = [];
    for (const [file, content] of generatedPhraseTypes()) {
      let onDisk = '';
      try {
        onDisk = readFileSync(new URL(file, SOURCE_ROOT), 'utf8');
      } catch {
        // Missing: stale.
      }
      if (onDisk !== content) stale.push(`src/${file}`);
    }
    expect(stale).toEqual([]);
  });

  it('refuses a file it cannot fully read, a key given twice, and a key missing in one language', () => {
    const folder = (name: string) => new URL(`../fixtures/phrases/${name}/`, import.meta.url);
    expect(() => PhraseSection.load([folder('unreadable')])).toThrow(/broken could not be read/);
    expect(() => PhraseSection.load([folder('twice')])).toThrow(/override an existing message/);
    expect(() => PhraseSection.load([folder('lacking')])).toThrow(/only-here is missing in sv, en/);
  });

  it("keeps no phrases in TypeScript: each feature's and platform's are in its phrases/<locale>.ftl", () => {
    // Phrases as code (`fi: ({ name }) => …`, `defineCatalogue`, or `{ fi: '…', sv: '…', en: '…' }` words) belong in the Fluent files.
    const notPhrases = new Set([
      'core/time/format.ts', // Luxon's locale codes and date patterns per language, not words
      'core/faq/faq-commands.ts', // the words a person types for a language, mapped to its code
    ]);
    const offenders = sourceFiles(SOURCE_ROOT).filter((file) => {
      if (notPhrases.has(path.relative(SOURCE_ROOT.pathname, file))) return false;
      const text = readFileSync(file, 'utf8');
      return /defineCatalogue|\b(fi|sv|en):\s*\(\{|\bfi:\s*(['"`])[^\n]*?\2,\s*sv:\s*['"`]|\bfi:\s*(['"`])[^\n]*\3,\n\s*sv:/.test(text);
    });
    expect(offenders.map((file) => path.relative(SOURCE_ROOT.pathname, file))).toEqual([]);
  });
});
