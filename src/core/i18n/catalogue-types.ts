import type { PhraseSection } from './phrase-section.js';

export type { Params } from './phrase-section.js';

/** A set of phrases loaded from Fluent files: the core's catalogue, or a platform adapter's own. */
export type CatalogueSection = PhraseSection;
