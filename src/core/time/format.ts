import { DateTime } from 'luxon';
import type { Locale } from '../i18n/locale.js';
import type { LocalDate } from './local-time.js';
import { daysUntil } from './relative-days.js';

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

/**
 * Relative times, each language's own way: a calendar day from today ("huomenna", "om 3 dagar",
 * "3 days ago") and a span of minutes or hours ("tunnin kuluttua", "om 45 minuter", "in 2 hours").
 * Finnish says days "päästä" and hours "kuluttua", as the catalogue always has.
 */
interface RelativeWords {
  today: string;
  tomorrow: string;
  yesterday: string;
  inDays: (days: number) => string;
  daysAgo: (days: number) => string;
  inHours: (hours: number) => string;
  hoursAgo: (hours: number) => string;
  inMinutes: (minutes: number) => string;
  minutesAgo: (minutes: number) => string;
  now: string;
}

const RELATIVE: Record<Locale, RelativeWords> = {
  fi: {
    today: 'tänään',
    tomorrow: 'huomenna',
    yesterday: 'eilen',
    inDays: (days) => `${days} päivän päästä`,
    daysAgo: (days) => `${days} päivää sitten`,
    inHours: (hours) => (hours === 1 ? 'tunnin kuluttua' : `${hours} tunnin kuluttua`),
    hoursAgo: (hours) => (hours === 1 ? 'tunti sitten' : `${hours} tuntia sitten`),
    inMinutes: (minutes) => (minutes === 1 ? 'minuutin kuluttua' : `${minutes} minuutin kuluttua`),
    minutesAgo: (minutes) => (minutes === 1 ? 'minuutti sitten' : `${minutes} minuuttia sitten`),
    now: 'nyt',
  },
  sv: {
    today: 'i dag',
    tomorrow: 'i morgon',
    yesterday: 'i går',
    inDays: (days) => `om ${days} dagar`,
    daysAgo: (days) => `för ${days} dagar sedan`,
    inHours: (hours) => (hours === 1 ? 'om en timme' : `om ${hours} timmar`),
    hoursAgo: (hours) => (hours === 1 ? 'för en timme sedan' : `för ${hours} timmar sedan`),
    inMinutes: (minutes) => (minutes === 1 ? 'om en minut' : `om ${minutes} minuter`),
    minutesAgo: (minutes) => (minutes === 1 ? 'för en minut sedan' : `för ${minutes} minuter sedan`),
    now: 'nu',
  },
  en: {
    today: 'today',
    tomorrow: 'tomorrow',
    yesterday: 'yesterday',
    inDays: (days) => `in ${days} days`,
    daysAgo: (days) => `${days} days ago`,
    inHours: (hours) => (hours === 1 ? 'in an hour' : `in ${hours} hours`),
    hoursAgo: (hours) => (hours === 1 ? 'an hour ago' : `${hours} hours ago`),
    inMinutes: (minutes) => (minutes === 1 ? 'in a minute' : `in ${minutes} minutes`),
    minutesAgo: (minutes) => (minutes === 1 ? 'a minute ago' : `${minutes} minutes ago`),
    now: 'now',
  },
};

/** A calendar day as so many days from today: 0 "tänään", 1 "huomenna", -1 "eilen", 3 "3 päivän päästä", -3 "3 päivää sitten". */
export function formatRelativeDays(days: number, locale: Locale): string {
  const words = RELATIVE[locale];
  if (days === 0) return words.today;
  if (days === 1) return words.tomorrow;
  if (days === -1) return words.yesterday;
  return days > 0 ? words.inDays(days) : words.daysAgo(-days);
}

/** A calendar date as the reader's today sees it: "huomenna", "om 3 dagar", "3 days ago". */
export function formatDateFromToday(date: LocalDate, now: Date, zone: string, locale: Locale): string {
  return formatRelativeDays(daysUntil(date, now, zone), locale);
}

/** An instant within the day, from now: "tunnin kuluttua", "om 45 minuter", "2 hours ago" (under an hour in minutes). */
export function formatTimeFromNow(instant: Date, now: Date, locale: Locale): string {
  const words = RELATIVE[locale];
  const minutes = Math.round((instant.getTime() - now.getTime()) / 60_000);
  if (minutes === 0) return words.now;
  if (Math.abs(minutes) < 60) return minutes > 0 ? words.inMinutes(minutes) : words.minutesAgo(-minutes);
  const hours = Math.round(Math.abs(minutes) / 60);
  return minutes > 0 ? words.inHours(hours) : words.hoursAgo(hours);
}
