import { PhraseSection } from '../../core/i18n/phrase-section.js';
import type { PhraseParameters } from './phrases.generated.js';

/** The words only the Console platform says (its name), read from phrases/<locale>.ftl. */
export const consoleCatalogue = PhraseSection.load<keyof PhraseParameters>([new URL('./phrases/', import.meta.url)]);
