import { catalogue, type MessageKey } from './catalogue.js';
import type { CatalogueSection, Params } from './catalogue-types.js';
import type { Locale } from './locale.js';

export type Translate = (key: MessageKey, params?: Params) => string;

/** A phrase in one language, with {name}-style parameters already filled in by the phrase itself. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  const phrase = catalogue[key][locale];
  return typeof phrase === 'function' ? phrase(params) : phrase;
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}

/** A translator over phrases the core's catalogue does not hold: a platform adapter's own (teams-catalogue.ts). */
export function sectionTranslator<S extends CatalogueSection>(section: S, locale: Locale): (key: keyof S & string, params?: Params) => string {
  return (key, params = {}) => {
    const phrase = section[key]![locale];
    return typeof phrase === 'function' ? phrase(params) : phrase;
  };
}
