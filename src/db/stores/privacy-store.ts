import { eq } from 'drizzle-orm';
import type { ErasureReport, PersonalData, PrivacyStore } from '../../core/privacy/privacy-store.js';
import type { Executor } from '../client.js';
import { auditLog, people } from '../schema/index.js';
import { personalDataProviders } from './personal-data/index.js';
import type { ErasureContext, PersonalDataProvider } from './personal-data/provider.js';

/** A person's data across every feature, through the providers in src/db/stores/personal-data. */
export class DrizzlePrivacyStore implements PrivacyStore {
  constructor(
    private readonly db: Executor,
    private readonly providers: readonly PersonalDataProvider[] = personalDataProviders,
  ) {}

  async exportPerson(personId: number): Promise<PersonalData> {
    const data: PersonalData = {};
    for (const provider of this.providers) data[provider.section] = await provider.export(this.db, personId);
    return data;
  }

  /**
   * One transaction: the person's row is locked, every provider erases its share, and the audit
   * log records the erasure (who asked, when, how much) without naming the person.
   */
  erasePerson(personId: number, audit: { actorPersonId: number | null; at: Date }): Promise<ErasureReport> {
    return this.db.transaction(async (tx) => {
      const [person] = await tx
        .select({ id: people.id, name: people.name, email: people.email, organisationId: people.organisationId })
        .from(people)
        .where(eq(people.id, personId))
        .for('update');
      if (!person) return { changed: {}, handedOver: [], personRemoved: false };
      const context: ErasureContext = { person, now: audit.at, handedOver: [], keepPersonRow: false };
      const changed: Record<string, number> = {};
      for (const provider of this.providers) {
        for (const [table, count] of Object.entries(await provider.erase(tx, context))) {
          if (count > 0) changed[table] = (changed[table] ?? 0) + count;
        }
      }
      const personRemoved = !context.keepPersonRow;
      await tx.insert(auditLog).values({
        at: audit.at,
        // The person asking for their own erasure is gone by now: the entry says so instead.
        actorPersonId: audit.actorPersonId === personId ? null : audit.actorPersonId,
        action: 'privacy.delete',
        target: `person:${personId}`,
        details: { self: audit.actorPersonId === personId, personRemoved, handedOver: context.handedOver.length, changed },
      });
      return { changed, handedOver: context.handedOver, personRemoved };
    });
  }
}
