import { defineCatalogue } from '../../core/i18n/catalogue-types.js';
import type { Locale } from '../../core/i18n/locale.js';
import { sectionTranslator } from '../../core/i18n/translator.js';

/**
 * The few phrases only the Teams adapter says (the rest comes from the core and features); part of
 * Teams' definition, so the catalogue test checks them in every language.
 */
export const teamsCatalogue = defineCatalogue({
  'teams.choose': { fi: 'Valitse', sv: 'Välj', en: 'Choose' },
  'teams.required': { fi: 'Tämä tieto tarvitaan.', sv: 'Det här behövs.', en: 'This is required.' },
  'teams.answeredPrivately': {
    fi: 'Vastasin sinulle yksityisesti Keinon chatissa.',
    sv: 'Jag svarade dig privat i chatten med Keino.',
    en: 'I answered you privately in your chat with Keino.',
  },
  'teams.privateReplyFailed': {
    fi: 'En saanut lähetettyä vastausta sinulle yksityisesti. Avaa chat Keinon kanssa ja kirjoita komento siellä.',
    sv: 'Jag kunde inte skicka svaret till dig privat. Öppna en chatt med Keino och skriv kommandot där.',
    en: "I couldn't send you the answer privately. Open a chat with Keino and type the command there.",
  },
  'teams.fileTooLarge': {
    fi: ({ filename }) => `Tiedosto ${filename} on liian suuri lähetettäväksi Teamsissa.`,
    sv: ({ filename }) => `Filen ${filename} är för stor för att skickas i Teams.`,
    en: ({ filename }) => `The file ${filename} is too large to send in Teams.`,
  },
});

/** The Teams adapter's own phrases in one language. */
export function teamsTranslator(locale: Locale) {
  return sectionTranslator(teamsCatalogue, locale);
}
