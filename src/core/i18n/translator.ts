import { catalogue, type MessageKey } from './catalogue.js';
import type { Params } from './catalogue-types.js';
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
