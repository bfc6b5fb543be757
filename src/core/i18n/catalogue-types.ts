import type { Locale } from './locale.js';

export type Params = Record<string, string | number>;
export type Phrase = string | ((params: Params) => string);
/** One entry of the catalogue: the same phrase in every language Keino speaks. */
export type Entry = Record<Locale, Phrase>;
export type CatalogueSection = Record<string, Entry>;

/** Lets a feature declare its phrases next to its code; all sections are merged into one catalogue. */
export function defineCatalogue<T extends CatalogueSection>(section: T): T {
  return section;
}

/** Picks the singular or plural phrase, for use inside catalogue functions. */
export function plural(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}
