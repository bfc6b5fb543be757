import type { LocalDate } from '../time/local-time.js';
import type { DateRange, OrganisationDaysOff } from '../time/working-days.js';

/** An organisation's own days off and summer breaks, and people's own time off. */
export interface WorkingDaysStore {
  daysOff(organisationId: number): Promise<OrganisationDaysOff>;
  /** False when the day was off already. */
  addDayOff(organisationId: number, date: LocalDate, actorPersonId: number): Promise<boolean>;
  /** False when it was no day off of the organisation's. */
  removeDayOff(organisationId: number, date: LocalDate): Promise<boolean>;
  /** Sets the summer break of the range's year (replacing that year's earlier one). */
  setSummer(organisationId: number, range: DateRange, actorPersonId: number): Promise<void>;
  /** Removes the summer break of a year; false when there was none. */
  removeSummer(organisationId: number, year: number): Promise<boolean>;
  away(personId: number): Promise<DateRange | undefined>;
  setAway(personId: number, range: DateRange): Promise<void>;
  /** False when the person had no time off set. */
  clearAway(personId: number): Promise<boolean>;
  /** Of these people, who is away on the date, with their range. */
  awayOn(personIds: number[], date: LocalDate): Promise<Map<number, DateRange>>;
}
