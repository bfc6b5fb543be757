import { catalogue, type MessageKey } from './catalogue.js';
import type { Params, PhraseSection } from './phrase-section.js';
import type { Locale } from './locale.js';

export type Translate = (key: MessageKey, params?: Params) => string;

/** A phrase in one language, with its {$name} parameters filled in (Fluent, from the feature's phrases/<locale>.ftl). */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  return catalogue.format(locale, key, params);
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return catalogue.has(key);
}

/** A translator over phrases the core's catalogue does not hold: a platform adapter's own (src/platforms/teams/phrases). */
export function sectionTranslator<Key extends string>(section: PhraseSection<Key>, locale: Locale): (key: Key, params?: Params) => string {
  return (key, params = {}) => section.format(locale, key, params);
}
