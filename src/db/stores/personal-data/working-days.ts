import { eq } from 'drizzle-orm';
import { organisationDaysOff, personAway } from '../../schema/index.js';
import { changed, type PersonalDataProvider } from './provider.js';

/** A person's own time off (erased with them) and the organisation's days off they set (kept, without their name). */
export const workingDaysData: PersonalDataProvider = {
  section: 'timeOff',
  covers: [personAway.personId, organisationDaysOff.createdBy],
  async export(db, personId) {
    const [away] = await db
      .select({ from: personAway.startsOn, to: personAway.endsOn, setAt: personAway.createdAt })
      .from(personAway)
      .where(eq(personAway.personId, personId));
    const daysOffSet = await db
      .select({ kind: organisationDaysOff.kind, from: organisationDaysOff.startsOn, to: organisationDaysOff.endsOn, setAt: organisationDaysOff.createdAt })
      .from(organisationDaysOff)
      .where(eq(organisationDaysOff.createdBy, personId));
    return { away: away ?? null, organisationDaysOffSet: daysOffSet };
  },
  async erase(tx, { person }) {
    return {
      person_away: changed(await tx.delete(personAway).where(eq(personAway.personId, person.id)).returning({ id: personAway.personId })),
      organisation_days_off: changed(
        await tx
          .update(organisationDaysOff)
          .set({ createdBy: null })
          .where(eq(organisationDaysOff.createdBy, person.id))
          .returning({ id: organisationDaysOff.id }),
      ),
    };
  },
};
