import { DateTime } from 'luxon';
import type { Locale } from '../i18n/locale.js';
import { daysBetween, localDateOf, type LocalDate } from './local-time.js';

/**
 * Whole calendar days from today (in the time zone) to the date: 0 today, 1 tomorrow, -3 three
 * days ago. Calendar days, so a 23- or 25-hour day at a DST change is still one day.
 */
export function daysUntil(date: LocalDate, now: Date, timeZone: string): number {
  return daysBetween(localDateOf(now, timeZone), date);
}

/** A calendar date as people of the language write it: 31.12.2026 (fi, sv), 31 Dec 2026 (en). */
export function formatLocalDate(date: LocalDate, locale: Locale): string {
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  return locale === 'en' ? day.toFormat('d LLL yyyy', { locale: 'en-GB' }) : day.toFormat('d.M.yyyy');
}
