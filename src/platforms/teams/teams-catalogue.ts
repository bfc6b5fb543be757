import type { Locale } from '../../core/i18n/locale.js';
import { PhraseSection } from '../../core/i18n/phrase-section.js';
import { sectionTranslator } from '../../core/i18n/translator.js';
import type { PhraseParameters } from './phrases.generated.js';

/**
 * The few phrases only the Teams adapter says (the rest comes from the core and features), read
 * from phrases/<locale>.ftl; part of Teams' definition, so the catalogue test checks them in every
 * language.
 */
export const teamsCatalogue = PhraseSection.load<keyof PhraseParameters>([new URL('./phrases/', import.meta.url)]);

/** The Teams adapter's own phrases in one language. */
export function teamsTranslator(locale: Locale) {
  return sectionTranslator(teamsCatalogue, locale);
}
