import { describe, expect, it } from 'vitest';
import { parseClosingTime } from '../../src/core/polls/poll-closing.js';

const HELSINKI = 'Europe/Helsinki';
// Monday 4 May 2026, 12:00 in Helsinki (UTC+3).
const now = new Date('2026-05-04T09:00:00Z');
const iso = (value: string) => parseClosingTime(value, now, HELSINKI)?.toISOString();

describe('when a poll closes, as people write it', () => {
  it('reads durations in English and Finnish', () => {
    expect(iso('90m')).toBe('2026-05-04T10:30:00.000Z');
    expect(iso('2h')).toBe('2026-05-04T11:00:00.000Z');
    expect(iso('3pv')).toBe('2026-05-07T09:00:00.000Z');
    expect(iso('1vk')).toBe('2026-05-11T09:00:00.000Z');
  });

  it('reads a date as the end of that day in the person’s time zone', () => {
    expect(iso('8.5.2026')).toBe('2026-05-08T20:59:00.000Z');
    expect(iso('2026-05-08')).toBe('2026-05-08T20:59:00.000Z');
  });

  it('reads a time as today, or tomorrow when it has passed', () => {
    expect(iso('16:00')).toBe('2026-05-04T13:00:00.000Z');
    expect(iso('9.30')).toBe('2026-05-05T06:30:00.000Z');
  });

  it('reads a date and a time together, also across a daylight-saving change', () => {
    expect(iso('8.5.2026 16:00')).toBe('2026-05-08T13:00:00.000Z');
    expect(iso('2026-05-08T16:00')).toBe('2026-05-08T13:00:00.000Z');
    expect(iso('8.5.2026 klo 16.00')).toBe('2026-05-08T13:00:00.000Z');
    // Winter time (UTC+2) after the change on 25 October.
    expect(iso('30.10.2026 16:00')).toBe('2026-10-30T14:00:00.000Z');
  });

  it('gives nothing for what is not a time', () => {
    for (const value of ['huomenna', '', '32.1.2026', '25:00', '1.1.2026 10:00 extra']) expect(iso(value)).toBeUndefined();
  });
});
