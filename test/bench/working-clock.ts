import { runningClockFrom } from '../helpers/scheduled-time.js';

/**
 * A clock that starts at 10:00 on an ordinary working Wednesday in Helsinki (2 December 2026) and
 * runs at real speed. Nudges and digests move off evenings, weekends and holidays (issue 19), so a
 * benchmark on the wall clock at 20:00 or on a Saturday would measure deferrals instead of work.
 * The date is in the past, so anything PostgreSQL compares with its own now() is due as well.
 */
export function workingMorningClock(): () => Date {
  return runningClockFrom(new Date('2026-12-02T08:00:00Z'));
}
