export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Maps a platform locale such as "sv-FI" or "en_US" to one of Keino's languages, if any. */
export function localeFromPlatform(value: string | undefined | null): Locale | undefined {
  const language = value?.toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}
