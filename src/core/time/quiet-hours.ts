import { addDays, localDateOf, localTimeOf, localToUtc, type LocalDate } from './local-time.js';
import type { WorkingCalendar } from './working-days.js';

/** Nothing reaches a person from 18:00 to 08:00 their time (academy session reminders excepted). */
export const QUIET_FROM = '18:00';
export const QUIET_UNTIL = '08:00';

/**
 * How a send keeps the person's time, by what caused it:
 *
 * - `scheduled`: Keino's own schedule (nudges, escalations, digests, summaries, pairing rounds and
 *   check-ins). Not in quiet hours and not on a day off of the person's organisation (weekends,
 *   Finnish holidays, its own days off): it waits for their next working day, at the same time
 *   when that is within their hours, else at 08:00. Nothing to a person who is away or whose
 *   organisation is on its summer break (a summary follows the break).
 * - `notification`: something someone else did (an expert answered, a session was moved or
 *   cancelled, a place opened up). Not in quiet hours: it waits for the next 08:00, whatever the
 *   day, since the person may have asked on a Saturday.
 *
 * A reply to what the person just did, and a session's own reminders, keep no hours.
 */
export type PersonalHours = 'scheduled' | 'notification';

export type Hold = { send: 'now' } | { send: 'later'; at: Date } | { send: 'never'; why: 'summer' };

/** Where a send at `at` goes for a person in `zone`; `calendar` is their organisation's for scheduled sends. */
export function holdFor(at: Date, zone: string, calendar?: WorkingCalendar): Hold {
  const time = localTimeOf(at, zone);
  const today = localDateOf(at, zone);
  const withinHours = time >= QUIET_UNTIL && time < QUIET_FROM;
  const firstDay = time >= QUIET_FROM ? addDays(today, 1) : today;
  if (!calendar) return withinHours ? { send: 'now' } : { send: 'later', at: localToUtc(firstDay, QUIET_UNTIL, zone) };
  const sendDay = calendar.workingDayOnOrAfter(firstDay);
  // A summer break on the way: what was meant for before it is not sent a month late.
  for (let day: LocalDate = today; day <= sendDay; day = addDays(day, 1)) if (calendar.summerOf(day)) return { send: 'never', why: 'summer' };
  if (sendDay === today && withinHours) return { send: 'now' };
  return { send: 'later', at: localToUtc(sendDay, withinHours ? time : QUIET_UNTIL, zone) };
}
