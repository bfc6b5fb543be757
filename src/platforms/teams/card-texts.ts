import type { Locale } from '../../core/i18n/locale.js';
import { teamsTranslator } from './teams-catalogue.js';

/** The adapter's own words on a card, in one language. */
export interface CardTexts {
  choose: string;
  required: string;
  fileTooLarge(filename: string): string;
}

export function cardTexts(locale: Locale): CardTexts {
  const t = teamsTranslator(locale);
  return {
    choose: t('teams.choose'),
    required: t('teams.required'),
    fileTooLarge: (filename) => t('teams.fileTooLarge', { filename }),
  };
}
