import { addDays, daysBetween, localDateOf, localToUtc, weekdayOf, type LocalDate, type LocalTime } from './local-time.js';

/**
 * A rule that repeats on a person's or a group's wall clock: "daily at 09:00", "Mondays at 09:00",
 * "every 2 weeks on Tuesday at 13:00". Each occurrence is computed in the zone with
 * {@link localToUtc}, so 09:00 stays 09:00 across daylight-saving changes.
 */
export type Recurrence =
  | { every: 'day'; time: LocalTime }
  | {
      every: 'week';
      /** ISO weekday: 1 Monday … 7 Sunday. */
      weekday: number;
      time: LocalTime;
      /** Every n weeks (default 1), counted from the week of `anchor`. */
      interval?: number;
      /** A date in the first week of the rule; only matters when interval > 1. */
      anchor?: LocalDate;
    };

export interface Occurrence {
  /** When it happens (UTC). */
  at: Date;
  /**
   * The local date it belongs to: part of every deduplication key, so a DST change, a restart or
   * a second instance computing the same occurrence never makes a second job.
   */
  localDate: LocalDate;
}

/** The Monday of the week 1970-01-05; counting "every n weeks" needs a fixed start all instances share. */
const EPOCH_MONDAY = '1970-01-05';

function occursOn(rule: Recurrence, date: LocalDate): boolean {
  if (rule.every === 'day') return true;
  if (weekdayOf(date) !== rule.weekday) return false;
  const interval = rule.interval ?? 1;
  if (interval === 1) return true;
  const anchor = rule.anchor ?? EPOCH_MONDAY;
  const anchorMonday = addDays(anchor, 1 - weekdayOf(anchor));
  const weeks = Math.floor(daysBetween(anchorMonday, date) / 7);
  return ((weeks % interval) + interval) % interval === 0;
}

export function validateRecurrence(rule: Recurrence): void {
  if (rule.every === 'week') {
    if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) throw new RangeError(`weekday ${rule.weekday} is not 1–7`);
    const interval = rule.interval ?? 1;
    if (!Number.isInteger(interval) || interval < 1 || interval > 52) throw new RangeError(`interval ${interval} is not 1–52 weeks`);
  }
}

/** The first occurrence of the rule strictly after `after`, in `zone`. */
export function nextOccurrence(rule: Recurrence, after: Date, zone: string): Occurrence {
  validateRecurrence(rule);
  const span = rule.every === 'day' ? 3 : 7 * (rule.interval ?? 1) + 2;
  // Start a day early: a time in a gap late on the previous date may land after `after`.
  let date = addDays(localDateOf(after, zone), -1);
  for (let day = 0; day <= span; day++, date = addDays(date, 1)) {
    if (!occursOn(rule, date)) continue;
    const at = localToUtc(date, rule.time, zone);
    if (at.getTime() > after.getTime()) return { at, localDate: date };
  }
  throw new Error(`No occurrence of ${JSON.stringify(rule)} after ${after.toISOString()} in ${zone}`);
}

/** Every occurrence in [from, to), for previews and tests. */
export function occurrencesBetween(rule: Recurrence, from: Date, to: Date, zone: string): Occurrence[] {
  const found: Occurrence[] = [];
  let cursor = new Date(from.getTime() - 1);
  for (;;) {
    const next = nextOccurrence(rule, cursor, zone);
    if (next.at.getTime() >= to.getTime()) return found;
    found.push(next);
    cursor = next.at;
  }
}
