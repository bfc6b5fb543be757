import { PhraseSection } from '../../core/i18n/phrase-section.js';
import type { PhraseParameters } from './phrases.generated.js';

/** The words only the Slack platform says (its name, how to add Keino where it is not), read from phrases/<locale>.ftl. */
export const slackCatalogue = PhraseSection.load<keyof PhraseParameters>([new URL('./phrases/', import.meta.url)]);
