import { DateTime } from 'luxon';
import type { Locale } from '../i18n/locale.js';
import type { LocalDate } from './local-time.js';

/**
 * The one way Keino writes dates and times, in every feature and on every platform:
 *
 * | | date | time | date and time |
 * | --- | --- | --- | --- |
 * | fi | `pe 4.12.2026` | `9.00` | `pe 4.12.2026 klo 9.00` |
 * | sv | `fre 4.12.2026` | `9.00` | `fre 4.12.2026 kl. 9.00` |
 * | en | `Fri 4 Dec 2026` | `09:00` | `Fri 4 Dec 2026, 09:00` |
 *
 * Finnish and Swedish as the Finnish language boards recommend (day.month.year, a full stop
 * between hours and minutes); English in the British order with a 24-hour clock. Weekday names
 * come from CLDR (Luxon), so Swedish Thursday is "tors".
 */
const LUXON_LOCALE: Record<Locale, string> = { fi: 'fi', sv: 'sv', en: 'en-GB' };
const DATE_FORMAT: Record<Locale, string> = { fi: 'ccc d.M.yyyy', sv: 'ccc d.M.yyyy', en: 'ccc d LLL yyyy' };
const TIME_FORMAT: Record<Locale, string> = { fi: 'H.mm', sv: 'H.mm', en: 'HH:mm' };
const JOIN: Record<Locale, (date: string, time: string) => string> = {
  fi: (date, time) => `${date} klo ${time}`,
  sv: (date, time) => `${date} kl. ${time}`,
  en: (date, time) => `${date}, ${time}`,
};

function local(instant: Date, zone: string, locale: Locale): DateTime {
  return DateTime.fromJSDate(instant, { zone }).setLocale(LUXON_LOCALE[locale]);
}

/** A calendar date: "pe 4.12.2026", "fre 4.12.2026", "Fri 4 Dec 2026". */
export function formatDate(date: LocalDate, locale: Locale): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).setLocale(LUXON_LOCALE[locale]).toFormat(DATE_FORMAT[locale]);
}

/** The local date of an instant in a zone, as {@link formatDate} writes it. */
export function formatDateOf(instant: Date, zone: string, locale: Locale): string {
  return local(instant, zone, locale).toFormat(DATE_FORMAT[locale]);
}

/** A wall-clock time: "9.00" (fi, sv), "09:00" (en). */
export function formatTime(instant: Date, zone: string, locale: Locale): string {
  return local(instant, zone, locale).toFormat(TIME_FORMAT[locale]);
}

/** An instant as a person reads it, in their zone: "pe 4.12.2026 klo 9.00", "fre 4.12.2026 kl. 9.00", "Fri 4 Dec 2026, 09:00". */
export function formatDateTime(instant: Date, zone: string, locale: Locale): string {
  return JOIN[locale](formatDateOf(instant, zone, locale), formatTime(instant, zone, locale));
}

/** A range of calendar dates: "ke 1.7.2026–pe 31.7.2026"; one day is written once. */
export function formatDateRange(from: LocalDate, to: LocalDate, locale: Locale): string {
  return from === to ? formatDate(from, locale) : `${formatDate(from, locale)}–${formatDate(to, locale)}`;
}

/** A wall-clock time given as "HH:MM" (a schedule's, a prompt's): "9.00" (fi, sv), "09:00" (en). */
export function formatClock(time: string, locale: Locale): string {
  const [hours, minutes] = time.split(':');
  return locale === 'en' ? `${hours!.padStart(2, '0')}:${minutes}` : `${Number(hours)}.${minutes}`;
}
