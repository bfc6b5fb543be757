import Holidays from 'date-holidays';
import { addDays, weekdayOf, type LocalDate } from './local-time.js';

/**
 * Which days Keino's scheduled sends keep clear of: weekends, Finnish public holidays, Christmas
 * Eve and Midsummer Eve (not public holidays in law, but days off in Finnish workplaces), an
 * organisation's own days off and its summer break.
 *
 * date-holidays types Christmas Eve and Midsummer Eve as "bank" days, like New Year's Eve, which
 * is a working day in Finland: the two eves are chosen by their rule, not by the type.
 */

/** An inclusive range of calendar dates. */
export interface DateRange {
  from: LocalDate;
  to: LocalDate;
}

/** What an organisation has set for itself: single days off and summer breaks. */
export interface OrganisationDaysOff {
  days: LocalDate[];
  summers: DateRange[];
}

export type DayOffReason = 'weekend' | 'holiday' | 'organisation' | 'summer';

const EVES_OFF = new Set(['12-24', 'friday after 06-19']);
const finland = new Holidays('FI');
const holidaysByYear = new Map<number, Set<LocalDate>>();

function nationalHolidays(year: number): Set<LocalDate> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(
      finland
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public' || EVES_OFF.has(holiday.rule))
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

/** Finnish public holidays plus Christmas Eve and Midsummer Eve (weekends aside). */
export function isFinnishHoliday(date: LocalDate): boolean {
  return nationalHolidays(Number(date.slice(0, 4))).has(date);
}

/** No organisation's break is longer than this; a search for a working day gives up past it. */
const LONGEST_SEARCH_DAYS = 400;

export class WorkingCalendar {
  private readonly ownDays: Set<LocalDate>;

  constructor(private readonly own: OrganisationDaysOff = { days: [], summers: [] }) {
    this.ownDays = new Set(own.days);
  }

  /** Why the date is a day off, or undefined on a working day. */
  dayOffReason(date: LocalDate): DayOffReason | undefined {
    if (this.summerOf(date)) return 'summer';
    if (this.ownDays.has(date)) return 'organisation';
    if (weekdayOf(date) >= 6) return 'weekend';
    if (isFinnishHoliday(date)) return 'holiday';
    return undefined;
  }

  isDayOff(date: LocalDate): boolean {
    return this.dayOffReason(date) !== undefined;
  }

  /** The organisation's summer breaks. */
  get summers(): readonly DateRange[] {
    return this.own.summers;
  }

  /** The first working day after a summer break: its summary goes then, and nothing else that day. */
  summaryDayOf(summer: DateRange): LocalDate {
    return this.workingDayOnOrAfter(addDays(summer.to, 1));
  }

  /** The summer break the date falls in, if any. */
  summerOf(date: LocalDate): DateRange | undefined {
    return this.own.summers.find((summer) => summer.from <= date && date <= summer.to);
  }

  /** The date itself when it is a working day, else the closest working day before it. */
  workingDayOnOrBefore(date: LocalDate): LocalDate {
    return this.step(date, -1);
  }

  /** The date itself when it is a working day, else the closest working day after it. */
  workingDayOnOrAfter(date: LocalDate): LocalDate {
    return this.step(date, 1);
  }

  private step(date: LocalDate, direction: 1 | -1): LocalDate {
    let day = date;
    for (let count = 0; count < LONGEST_SEARCH_DAYS; count++, day = addDays(day, direction)) {
      if (!this.isDayOff(day)) return day;
    }
    throw new RangeError(`No working day within ${LONGEST_SEARCH_DAYS} days of ${date}`);
  }
}

/** The national calendar: weekends and Finnish holidays only. */
export const FINNISH_WORKING_DAYS = new WorkingCalendar();

/**
 * Where a send meant for `date` goes: one that comes ahead of something (a nudge before a due
 * date) to the working day before, one that follows something (an overdue nudge, an escalation, a
 * digest, a round) to the working day after. A send meant for a summer break is not moved out
 * of it: the break's summary covers it (undefined).
 */
export function moveOffDaysOff(calendar: WorkingCalendar, date: LocalDate, direction: 'earlier' | 'later'): LocalDate | undefined {
  if (calendar.summerOf(date)) return undefined;
  const moved = direction === 'later' ? calendar.workingDayOnOrAfter(date) : calendar.workingDayOnOrBefore(date);
  // Moving back across a summer break would remind before the break of what follows it; and the
  // first day after a break is the summary's: the summary covers both.
  for (let day = moved; day < date; day = addDays(day, 1)) if (calendar.summerOf(day)) return undefined;
  if (calendar.summers.some((summer) => calendar.summaryDayOf(summer) === moved)) return undefined;
  return moved;
}
