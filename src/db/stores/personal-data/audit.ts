import { and, desc, eq, isNotNull, ne, or, sql } from 'drizzle-orm';
import { auditLog, people } from '../../schema/index.js';
import { ERASED, changed, jsonString, type PersonalDataProvider } from './provider.js';

/**
 * What the person did as an admin, coordinator or facilitator, and what others recorded about them
 * (a role given to them, entries naming their e-mail address). The entries stay (who did what to
 * the network is kept), without the person: no actor, no details of their own entries (free text
 * they gave), and their e-mail address taken out of everyone's details.
 */
export const auditData: PersonalDataProvider = {
  section: 'auditLog',
  covers: [auditLog.actorPersonId],
  async export(db, personId) {
    const [person] = await db.select({ email: people.email }).from(people).where(eq(people.id, personId));
    const entry = { at: auditLog.at, action: auditLog.action, target: auditLog.target, details: auditLog.details };
    const [own, aboutYou] = await Promise.all([
      db.select(entry).from(auditLog).where(eq(auditLog.actorPersonId, personId)).orderBy(desc(auditLog.at)),
      db
        .select(entry)
        .from(auditLog)
        .where(
          and(
            or(sql`${auditLog.actorPersonId} is null`, ne(auditLog.actorPersonId, personId)),
            or(
              eq(auditLog.target, `person:${personId}`),
              person?.email ? sql`strpos(lower(${auditLog.details}::text), lower(${jsonString(person.email)})) > 0` : sql`false`,
            ),
          ),
        )
        .orderBy(desc(auditLog.at)),
    ]);
    return { yourActions: own, aboutYou };
  },
  async erase(tx, { person }) {
    const unlinked = changed(
      await tx.update(auditLog).set({ actorPersonId: null, details: null }).where(eq(auditLog.actorPersonId, person.id)).returning({ id: auditLog.id }),
    );
    let scrubbed = 0;
    if (person.email) {
      const quoted = jsonString(person.email);
      scrubbed = changed(
        await tx
          .update(auditLog)
          .set({ details: sql`replace(${auditLog.details}::text, ${quoted}, ${jsonString(ERASED)})::jsonb` })
          .where(and(isNotNull(auditLog.details), sql`strpos(lower(${auditLog.details}::text), lower(${quoted})) > 0`))
          .returning({ id: auditLog.id }),
      );
    }
    return { audit_log: unlinked + scrubbed };
  },
};
