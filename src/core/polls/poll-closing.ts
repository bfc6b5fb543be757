import { parseDurationMinutes, parseLocalDate, parseLocalTime } from '../commands/argument-types.js';
import { addDays, localDateOf, localToUtc } from '../time/local-time.js';

/** A poll stays open at most this long. */
export const MAX_OPEN_DAYS = 90;

/**
 * When a poll closes, from what a person wrote after --closes, read in their time zone:
 * a duration (90m, 2h, 3pv, 1vk), a date (31.12.2026, 2026-12-31: the end of that day, 23:59),
 * a time (16:00, 16.00: today, or tomorrow when that has passed) or a date and a time
 * ("31.12.2026 16:00", 2026-12-31T16:00). Undefined when it is none of these.
 */
export function parseClosingTime(value: string, now: Date, timeZone: string): Date | undefined {
  const written = value.trim();
  const minutes = parseDurationMinutes(written);
  if (minutes) return new Date(now.getTime() + minutes * 60_000);

  const parts = written.split(/\s+(?:klo\s+|kl\.?\s+|at\s+)?|T/i).filter((part) => part !== '');
  if (parts.length === 1) {
    const date = parseLocalDate(parts[0]!);
    if (date) return localToUtc(date, '23:59', timeZone);
    const time = parseLocalTime(parts[0]!);
    if (!time) return undefined;
    const today = localDateOf(now, timeZone);
    const candidate = localToUtc(today, time, timeZone);
    return candidate.getTime() > now.getTime() ? candidate : localToUtc(addDays(today, 1), time, timeZone);
  }
  if (parts.length === 2) {
    const date = parseLocalDate(parts[0]!);
    const time = parseLocalTime(parts[1]!);
    return date && time ? localToUtc(date, time, timeZone) : undefined;
  }
  return undefined;
}
