import { addDays, localDateOf, localTimeOf, localToUtc } from './local-time.js';
import { FINNISH_WORKING_DAYS } from './working-days.js';

/** Nothing scheduled reaches a person from 18:00 to 08:00 their time (academy session reminders excepted). */
export const QUIET_FROM = '18:00';
export const QUIET_UNTIL = '08:00';

/**
 * When the quiet hours `at` falls in end, in the zone: 08:00 of the next working day (a send kept
 * from Friday evening waits for Monday, not Saturday); undefined outside them.
 */
export function endOfQuietHours(at: Date, zone: string): Date | undefined {
  const time = localTimeOf(at, zone);
  const today = localDateOf(at, zone);
  if (time >= QUIET_UNTIL && time < QUIET_FROM) return undefined;
  const morning = time >= QUIET_FROM ? addDays(today, 1) : today;
  return localToUtc(FINNISH_WORKING_DAYS.workingDayOnOrAfter(morning), QUIET_UNTIL, zone);
}
