import type { Locale } from '../../core/i18n/locale.js';
import { teamsTranslator } from './teams-catalogue.js';

/** The adapter's own words on a card, in one language. */
export interface CardTexts {
  choose: string;
  required: string;
  fileTooLarge(filename: string): string;
  fileConsent(filename: string): string;
  downloadFile(filename: string): string;
  linkLifetime(hours: number): string;
}

export function cardTexts(locale: Locale): CardTexts {
  const t = teamsTranslator(locale);
  return {
    choose: t('teams.choose'),
    required: t('teams.required'),
    fileTooLarge: (filename) => t('teams.fileTooLarge', { filename }),
    fileConsent: (filename) => t('teams.file.consent', { filename }),
    downloadFile: (filename) => t('teams.file.download', { filename }),
    linkLifetime: (hours) => t('teams.file.linkLifetime', { hours }),
  };
}
