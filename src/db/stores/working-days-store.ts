import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { LocalDate } from '../../core/time/local-time.js';
import type { DateRange, OrganisationDaysOff } from '../../core/time/working-days.js';
import type { WorkingDaysStore } from '../../core/working-days/working-days-store.js';
import type { Executor } from '../client.js';
import { organisationDaysOff, personAway } from '../schema/index.js';

export class DrizzleWorkingDaysStore implements WorkingDaysStore {
  constructor(private readonly db: Executor) {}

  async daysOff(organisationId: number): Promise<OrganisationDaysOff> {
    const rows = await this.db
      .select({ kind: organisationDaysOff.kind, from: organisationDaysOff.startsOn, to: organisationDaysOff.endsOn })
      .from(organisationDaysOff)
      .where(eq(organisationDaysOff.organisationId, organisationId))
      .orderBy(asc(organisationDaysOff.startsOn));
    return {
      days: rows.filter((row) => row.kind === 'day').map((row) => row.from),
      summers: rows.filter((row) => row.kind === 'summer').map(({ from, to }) => ({ from, to })),
    };
  }

  async addDayOff(organisationId: number, date: LocalDate, actorPersonId: number): Promise<boolean> {
    const added = await this.db
      .insert(organisationDaysOff)
      .values({ organisationId, kind: 'day', startsOn: date, endsOn: date, createdBy: actorPersonId })
      .onConflictDoNothing()
      .returning({ id: organisationDaysOff.id });
    return added.length > 0;
  }

  async removeDayOff(organisationId: number, date: LocalDate): Promise<boolean> {
    const removed = await this.db
      .delete(organisationDaysOff)
      .where(and(eq(organisationDaysOff.organisationId, organisationId), eq(organisationDaysOff.kind, 'day'), eq(organisationDaysOff.startsOn, date)))
      .returning({ id: organisationDaysOff.id });
    return removed.length > 0;
  }

  async setSummer(organisationId: number, range: DateRange, actorPersonId: number): Promise<void> {
    await this.removeSummer(organisationId, Number(range.from.slice(0, 4)));
    await this.db.insert(organisationDaysOff).values({ organisationId, kind: 'summer', startsOn: range.from, endsOn: range.to, createdBy: actorPersonId });
  }

  async removeSummer(organisationId: number, year: number): Promise<boolean> {
    const removed = await this.db
      .delete(organisationDaysOff)
      .where(
        and(
          eq(organisationDaysOff.organisationId, organisationId),
          eq(organisationDaysOff.kind, 'summer'),
          gte(organisationDaysOff.startsOn, `${year}-01-01`),
          lte(organisationDaysOff.startsOn, `${year}-12-31`),
        ),
      )
      .returning({ id: organisationDaysOff.id });
    return removed.length > 0;
  }

  async away(personId: number): Promise<DateRange | undefined> {
    const [row] = await this.db.select({ from: personAway.startsOn, to: personAway.endsOn }).from(personAway).where(eq(personAway.personId, personId));
    return row;
  }

  async setAway(personId: number, range: DateRange): Promise<void> {
    await this.db
      .insert(personAway)
      .values({ personId, startsOn: range.from, endsOn: range.to })
      .onConflictDoUpdate({ target: personAway.personId, set: { startsOn: range.from, endsOn: range.to } });
  }

  async clearAway(personId: number): Promise<boolean> {
    return (await this.db.delete(personAway).where(eq(personAway.personId, personId)).returning({ id: personAway.personId })).length > 0;
  }

  async awayOn(personIds: number[], date: LocalDate): Promise<Map<number, DateRange>> {
    if (personIds.length === 0) return new Map();
    const rows = await this.db
      .select({ personId: personAway.personId, from: personAway.startsOn, to: personAway.endsOn })
      .from(personAway)
      .where(and(inArray(personAway.personId, personIds), lte(personAway.startsOn, date), gte(personAway.endsOn, date)));
    return new Map(rows.map((row) => [row.personId, { from: row.from, to: row.to }]));
  }
}
