import { describe, expect, it } from 'vitest';
import { addDays, localDateOf, localTimeOf, localToUtc, TimeError } from '../../src/core/time/local-time.js';
import { nextOccurrence, occurrencesBetween } from '../../src/core/time/recurrence.js';

const HELSINKI = 'Europe/Helsinki';
const iso = (date: Date) => date.toISOString();

describe('local time in a zone with daylight saving', () => {
  it('turns 09:00 Helsinki time into UTC in winter and in summer', () => {
    expect(iso(localToUtc('2026-01-15', '09:00', HELSINKI))).toBe('2026-01-15T07:00:00.000Z');
    expect(iso(localToUtc('2026-07-15', '09:00', HELSINKI))).toBe('2026-07-15T06:00:00.000Z');
  });

  it('keeps 09:00 at 09:00 on both days the clocks change', () => {
    expect(iso(localToUtc('2026-03-29', '09:00', HELSINKI))).toBe('2026-03-29T06:00:00.000Z');
    expect(iso(localToUtc('2026-10-25', '09:00', HELSINKI))).toBe('2026-10-25T07:00:00.000Z');
  });

  it('moves a time that does not exist (03:30 on 2026-03-29) to the next valid minute, 04:00', () => {
    const at = localToUtc('2026-03-29', '03:30', HELSINKI);
    expect(iso(at)).toBe('2026-03-29T01:00:00.000Z');
    expect(localTimeOf(at, HELSINKI)).toBe('04:00');
    expect(iso(localToUtc('2026-03-29', '02:59', HELSINKI))).toBe('2026-03-29T00:59:00.000Z');
  });

  it('takes the first of a time that exists twice (03:30 on 2026-10-25)', () => {
    const at = localToUtc('2026-10-25', '03:30', HELSINKI);
    expect(iso(at)).toBe('2026-10-25T00:30:00.000Z'); // 03:30 +03:00, not 03:30 +02:00 an hour later
    expect(localTimeOf(at, HELSINKI)).toBe('03:30');
  });

  it('handles other zones and a whole skipped day', () => {
    expect(iso(localToUtc('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(localToUtc('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    // Samoa skipped 30 December 2011: the next valid minute is midnight of the 31st, +14:00.
    expect(iso(localToUtc('2011-12-30', '10:00', 'Pacific/Apia'))).toBe('2011-12-30T10:00:00.000Z');
  });

  it('refuses impossible dates, times and zones', () => {
    expect(() => localToUtc('2026-02-30', '09:00', HELSINKI)).toThrow(TimeError);
    expect(() => localToUtc('2026-02-01', '24:00', HELSINKI)).toThrow(TimeError);
    expect(() => localToUtc('2026-02-01', '9:00', HELSINKI)).toThrow(TimeError);
    expect(() => localToUtc('2026-02-01', '09:00', 'Europe/Nowhere')).toThrow(TimeError);
  });

  it('reads the local date of an instant, which can differ from the UTC date', () => {
    expect(localDateOf(new Date('2026-06-30T22:30:00Z'), HELSINKI)).toBe('2026-07-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('recurring rules', () => {
  it('gives a daily 09:00 every day of 2026 at 09:00 Helsinki time, 365 times', () => {
    const all = occurrencesBetween({ every: 'day', time: '09:00' }, new Date('2025-12-31T22:00:00Z'), new Date('2026-12-31T22:00:00Z'), HELSINKI);
    expect(all).toHaveLength(365);
    expect(new Set(all.map((occurrence) => occurrence.localDate)).size).toBe(365);
    expect(all.every((occurrence) => localTimeOf(occurrence.at, HELSINKI) === '09:00')).toBe(true);
  });

  it('fires a daily 03:30 once on the autumn night and at 04:00 on the spring night', () => {
    const rule = { every: 'day' as const, time: '03:30' };
    const autumn = occurrencesBetween(rule, new Date('2026-10-24T12:00:00Z'), new Date('2026-10-26T12:00:00Z'), HELSINKI);
    expect(autumn.map((occurrence) => iso(occurrence.at))).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
    const spring = nextOccurrence(rule, new Date('2026-03-28T12:00:00Z'), HELSINKI);
    expect(spring).toEqual({ at: new Date('2026-03-29T01:00:00Z'), localDate: '2026-03-29' });
  });

  it('finds the next Monday 09:00, and every second Tuesday counted from an anchor', () => {
    const monday = nextOccurrence({ every: 'week', weekday: 1, time: '09:00' }, new Date('2026-03-25T12:00:00Z'), HELSINKI);
    expect(monday).toEqual({ at: new Date('2026-03-30T06:00:00Z'), localDate: '2026-03-30' });
    const rule = { every: 'week' as const, weekday: 2, time: '13:00', interval: 2, anchor: '2026-01-06' };
    const dates = occurrencesBetween(rule, new Date('2026-01-01T00:00:00Z'), new Date('2026-02-28T00:00:00Z'), HELSINKI).map((o) => o.localDate);
    expect(dates).toEqual(['2026-01-06', '2026-01-20', '2026-02-03', '2026-02-17']);
  });

  it('gives the occurrence strictly after the instant, so a fired occurrence is never computed again', () => {
    const first = nextOccurrence({ every: 'day', time: '09:00' }, new Date('2026-05-01T05:00:00Z'), HELSINKI);
    expect(first.localDate).toBe('2026-05-01');
    expect(nextOccurrence({ every: 'day', time: '09:00' }, first.at, HELSINKI).localDate).toBe('2026-05-02');
  });
});
