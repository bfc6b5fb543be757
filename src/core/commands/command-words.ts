import type { Locale } from '../i18n/locale.js';
import type { AnyCommand } from './command.js';

/**
 * The words a person types for a command, as Keino shows them in their language: the Finnish
 * alias in Finnish, the English name otherwise, unless the command says other words for a
 * language (`words: { sv: 'koppla' }`). Hints, suggestions and help read them here, never from
 * the translated usage line (test/core/command-words.test.ts holds the two together).
 */
export function commandWords(command: Pick<AnyCommand, 'name' | 'alias' | 'words'>, locale: Locale): string {
  return command.words?.[locale] ?? (locale === 'fi' ? command.alias : command.name);
}

/** The first of them: "ryhmä" for "ryhmä liitä", the word a family of commands shares. */
export function firstCommandWord(command: Pick<AnyCommand, 'name' | 'alias' | 'words'>, locale: Locale): string {
  return commandWords(command, locale).split(' ')[0]!;
}
