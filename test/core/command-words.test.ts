import { describe, expect, it } from 'vitest';
import { commandWords } from '../../src/core/commands/command-words.js';
import { CommandRegistry } from '../../src/core/commands/registry.js';
import { FEATURES } from '../../src/core/features.js';
import { LOCALES } from '../../src/core/i18n/locale.js';
import { translate } from '../../src/core/i18n/translator.js';

const registry = new CommandRegistry();
for (const feature of FEATURES) feature.register?.(registry);

describe('command words', () => {
  it('are data: every usage line, in every language, begins with the words Keino shows for the command', () => {
    const mismatched: string[] = [];
    for (const command of registry.commands) {
      for (const locale of LOCALES) {
        const usage = translate(locale, command.usageKey);
        const words = commandWords(command, locale);
        if (usage !== words && !usage.startsWith(`${words} `)) mismatched.push(`${locale} ${command.name}: "${usage}" does not begin with "${words}"`);
      }
    }
    expect(registry.commands.length).toBeGreaterThan(50);
    expect(mismatched).toEqual([]);
  });

  it('are ones the command answers to', () => {
    for (const command of registry.commands) {
      for (const locale of LOCALES) expect(registry.byName(commandWords(command, locale)), `${locale} ${command.name}`).toBe(command);
    }
  });

  it('read a language’s own words where the command has them', () => {
    const link = registry.byName('link')!;
    expect([commandWords(link, 'fi'), commandWords(link, 'sv'), commandWords(link, 'en')]).toEqual(['yhdistä', 'koppla', 'link']);
  });
});
