import { daysBetween, localDateOf, type LocalDate } from './local-time.js';

/**
 * Whole calendar days from today (in the time zone) to the date: 0 today, 1 tomorrow, -3 three
 * days ago. Calendar days, so a 23- or 25-hour day at a DST change is still one day.
 */
export function daysUntil(date: LocalDate, now: Date, timeZone: string): number {
  return daysBetween(localDateOf(now, timeZone), date);
}
