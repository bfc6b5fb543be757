import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { auditLog } from '../../schema/index.js';
import { ERASED, changed, jsonString, type PersonalDataProvider } from './provider.js';

/**
 * What the person did as an admin, coordinator or facilitator. The entries stay (who did what to
 * the network is kept), without the person: no actor, and their e-mail address taken out of the details.
 */
export const auditData: PersonalDataProvider = {
  section: 'auditLog',
  covers: [auditLog.actorPersonId],
  export(db, personId) {
    return db
      .select({ at: auditLog.at, action: auditLog.action, target: auditLog.target, details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.actorPersonId, personId))
      .orderBy(desc(auditLog.at));
  },
  async erase(tx, { person }) {
    const unlinked = changed(await tx.update(auditLog).set({ actorPersonId: null }).where(eq(auditLog.actorPersonId, person.id)).returning({ id: auditLog.id }));
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
