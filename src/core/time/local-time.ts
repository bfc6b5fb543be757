import { DateTime, IANAZone } from 'luxon';

/**
 * Local wall-clock time to UTC and back, right across daylight-saving changes. Everything Keino
 * schedules is computed here and stored as UTC; node-cron only ticks.
 *
 * - A local time that does not exist (the spring-forward gap: 03:30 on 2026-03-29 in Helsinki)
 *   moves to the first valid minute after it (04:00).
 * - A local time that exists twice (the autumn fall-back: 03:30 on 2026-10-25 in Helsinki) means
 *   its first occurrence (03:30 +03:00), so it fires once.
 */

/** 'YYYY-MM-DD', a date on the calendar of some time zone. */
export type LocalDate = string;
/** 'HH:MM', 24-hour. */
export type LocalTime = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** No zone skips more than a day (Samoa skipped 2011-12-30 whole). */
const LONGEST_GAP_MINUTES = 25 * 60;
const DAY_MS = 86_400_000;

export class TimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeError';
  }
}

function parseDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new TimeError(`"${date}" is not a YYYY-MM-DD date`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = DateTime.fromObject({ year, month, day }, { zone: 'UTC' });
  if (!probe.isValid) throw new TimeError(`"${date}" is not a date on the calendar`);
  return { year, month, day };
}

function parseTime(time: LocalTime): { hour: number; minute: number } {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new TimeError(`"${time}" is not an HH:MM time`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

export function assertTimeZone(zone: string): void {
  if (!DateTime.now().setZone(zone).isValid) throw new TimeError(`"${zone}" is not an IANA time zone`);
}

/**
 * The instants at which the zone's clocks show this wall time (given as milliseconds of a naive,
 * zone-less clock): none in a gap, one normally, two in an overlap.
 */
function instantsShowing(naiveMs: number, zone: IANAZone): number[] {
  const offsets = new Set([zone.offset(naiveMs - DAY_MS), zone.offset(naiveMs), zone.offset(naiveMs + DAY_MS)]);
  const instants: number[] = [];
  for (const offset of offsets) {
    const instant = naiveMs - offset * 60_000;
    if (zone.offset(instant) === offset) instants.push(instant);
  }
  return instants;
}

/** UTC instant of a local date and time in a zone; gaps move forward, overlaps take the first occurrence. */
export function localToUtc(date: LocalDate, time: LocalTime, zone: string): Date {
  assertTimeZone(zone);
  const { year, month, day } = parseDate(date);
  const { hour, minute } = parseTime(time);
  const ianaZone = IANAZone.create(zone);
  let naiveMs = Date.UTC(year, month - 1, day, hour, minute);
  for (let step = 0; step <= LONGEST_GAP_MINUTES; step++) {
    const instants = instantsShowing(naiveMs, ianaZone);
    if (instants.length > 0) return new Date(Math.min(...instants));
    naiveMs += 60_000; // in a gap: the next wall-clock minute
  }
  throw new TimeError(`No valid time after ${date} ${time} in ${zone}`);
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(instant: Date, zone: string): LocalDate {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** The local wall time of an instant in a zone, 'HH:MM'. */
export function localTimeOf(instant: Date, zone: string): LocalTime {
  return DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm');
}

/** A calendar date plus some days (calendar arithmetic, no time zone involved). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseDate(date);
  return DateTime.fromObject({ year, month, day }, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** ISO weekday of a calendar date: 1 Monday … 7 Sunday. */
export function weekdayOf(date: LocalDate): number {
  const { year, month, day } = parseDate(date);
  return DateTime.fromObject({ year, month, day }, { zone: 'UTC' }).weekday;
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  const a = parseDate(from);
  const b = parseDate(to);
  return Math.round(DateTime.fromObject(b, { zone: 'UTC' }).diff(DateTime.fromObject(a, { zone: 'UTC' }), 'days').days);
}
