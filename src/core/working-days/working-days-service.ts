import type { AuditLog } from '../audit/audit-log.js';
import { KeinoError } from '../errors.js';
import type { InterventionService } from '../interventions/intervention-service.js';
import type { Person } from '../people/person.js';
import type { Transactions } from '../ports/transactions.js';
import { daysBetween, localDateOf, type LocalDate } from '../time/local-time.js';
import { WorkingCalendar, type DateRange, type OrganisationDaysOff } from '../time/working-days.js';
import type { WorkingDaysStore } from './working-days-store.js';

/** A summer break longer than this is a typing mistake (a year for a month). */
const LONGEST_SUMMER_DAYS = 92;
/** How far ahead one's own time off may reach. */
const LONGEST_AWAY_DAYS = 366;

/**
 * The days an organisation's nudges and digests keep clear of (its own days off and summer break,
 * on top of weekends and Finnish holidays), and people's own time off. A change plans the
 * organisation's open interventions again at once, in the same transaction.
 */
export class WorkingDaysService {
  constructor(
    private readonly store: WorkingDaysStore,
    private readonly interventions: InterventionService,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async calendarOf(organisationId: number): Promise<WorkingCalendar> {
    return new WorkingCalendar(await this.store.daysOff(organisationId));
  }

  async daysOffOf(person: Person, organisationName: string | undefined): Promise<{ organisation: string; daysOff: OrganisationDaysOff }> {
    const organisation = await this.interventions.organisationFor(person, organisationName);
    return { organisation: organisation.name, daysOff: await this.store.daysOff(organisation.id) };
  }

  /** Adds (or with `remove`, takes away) one of the organisation's own days off; false when nothing changed. */
  async changeDayOff(
    person: Person,
    organisationName: string | undefined,
    date: LocalDate,
    change: 'add' | 'remove',
    now: Date,
  ): Promise<{ organisation: string; changed: boolean }> {
    requireCoordinator(person);
    const organisation = await this.interventions.organisationFor(person, organisationName);
    const changed = await this.transactions.atomically(async () => {
      const done = change === 'add' ? await this.store.addDayOff(organisation.id, date, person.id) : await this.store.removeDayOff(organisation.id, date);
      if (!done) return false;
      await this.audit.record({ actorPersonId: person.id, action: `organisation.day-off.${change}`, target: organisation.name, details: { date } });
      await this.interventions.replanOrganisation(organisation.id, now);
      return true;
    });
    return { organisation: organisation.name, changed };
  }

  /** Sets the summer break of the range's year, or with no range removes the given year's. */
  async setSummer(
    person: Person,
    organisationName: string | undefined,
    summer: DateRange | { off: number },
    now: Date,
  ): Promise<{ organisation: string; changed: boolean }> {
    requireCoordinator(person);
    const organisation = await this.interventions.organisationFor(person, organisationName);
    if ('from' in summer) {
      if (summer.from.slice(0, 4) !== summer.to.slice(0, 4) || daysBetween(summer.from, summer.to) > LONGEST_SUMMER_DAYS) {
        throw new KeinoError('working_days.summer_too_long', 'workingDays.summerTooLong', { days: LONGEST_SUMMER_DAYS });
      }
    }
    const changed = await this.transactions.atomically(async () => {
      if ('from' in summer) await this.store.setSummer(organisation.id, summer, person.id);
      else if (!(await this.store.removeSummer(organisation.id, summer.off))) return false;
      await this.audit.record({ actorPersonId: person.id, action: 'organisation.summer', target: organisation.name, details: { ...summer } });
      await this.interventions.replanOrganisation(organisation.id, now);
      return true;
    });
    return { organisation: organisation.name, changed };
  }

  away(person: Person): Promise<DateRange | undefined> {
    return this.store.away(person.id);
  }

  async setAway(person: Person, range: DateRange, now: Date, timeZone: string): Promise<void> {
    if (range.to < localDateOf(now, timeZone)) throw new KeinoError('working_days.away_past', 'workingDays.awayPast');
    if (daysBetween(localDateOf(now, timeZone), range.to) > LONGEST_AWAY_DAYS) throw new KeinoError('working_days.away_too_far', 'workingDays.awayTooFar');
    await this.transactions.atomically(async () => {
      await this.store.setAway(person.id, range);
      await this.audit.record({ actorPersonId: person.id, action: 'person.away', target: String(person.id), details: { ...range } });
    });
  }

  async clearAway(person: Person): Promise<boolean> {
    return this.transactions.atomically(async () => {
      const cleared = await this.store.clearAway(person.id);
      if (cleared) await this.audit.record({ actorPersonId: person.id, action: 'person.away.off', target: String(person.id) });
      return cleared;
    });
  }

  /** Of these people, who is away on the date (their own local date), with their range. */
  awayOn(personIds: number[], date: LocalDate): Promise<Map<number, DateRange>> {
    return this.store.awayOn(personIds, date);
  }
}

function requireCoordinator(person: Person): void {
  if (person.role !== 'coordinator' && person.role !== 'admin') throw new KeinoError('auth.forbidden', 'interventions.coordinatorsOnly');
}
