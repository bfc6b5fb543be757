import { asc, eq } from 'drizzle-orm';
import { academyRegistrations, academySessions } from '../../schema/index.js';
import { changed, type PersonalDataProvider } from './provider.js';

/**
 * The person's registrations for academy sessions, and sessions they facilitate or scheduled.
 * (Upcoming registrations are declined through the academy first, so the waiting list moves up.)
 */
export const academyData: PersonalDataProvider = {
  section: 'academy',
  covers: [academyRegistrations.personId, academySessions.facilitatorPersonId, academySessions.createdBy],
  async export(db, personId) {
    const [registrations, facilitated, scheduled] = await Promise.all([
      db
        .select({
          session: academySessions.id,
          title: academySessions.title,
          startsAt: academySessions.startsAt,
          answer: academyRegistrations.status,
          waitingPosition: academyRegistrations.waitingPosition,
          registeredAt: academyRegistrations.registeredAt,
          changedAt: academyRegistrations.updatedAt,
        })
        .from(academyRegistrations)
        .innerJoin(academySessions, eq(academySessions.id, academyRegistrations.sessionId))
        .where(eq(academyRegistrations.personId, personId))
        .orderBy(asc(academySessions.startsAt)),
      db.select({ session: academySessions.id, title: academySessions.title }).from(academySessions).where(eq(academySessions.facilitatorPersonId, personId)),
      db.select({ session: academySessions.id, title: academySessions.title }).from(academySessions).where(eq(academySessions.createdBy, personId)),
    ]);
    return { registrations, facilitated, scheduled };
  },
  async erase(tx, { person }) {
    const registrations = changed(
      await tx.delete(academyRegistrations).where(eq(academyRegistrations.personId, person.id)).returning({ id: academyRegistrations.id }),
    );
    const facilitated = changed(
      await tx
        .update(academySessions)
        .set({ facilitatorPersonId: null })
        .where(eq(academySessions.facilitatorPersonId, person.id))
        .returning({ id: academySessions.id }),
    );
    const scheduled = changed(
      await tx.update(academySessions).set({ createdBy: null }).where(eq(academySessions.createdBy, person.id)).returning({ id: academySessions.id }),
    );
    return { academy_registrations: registrations, academy_sessions: facilitated + scheduled };
  },
};
