import { asc, eq } from 'drizzle-orm';
import { organisations, people, platformIdentities } from '../../schema/index.js';
import { ERASED, changed, type PersonalDataProvider } from './provider.js';

/** The person and their chat accounts. Runs last: the row goes, or stays as a nameless placeholder. */
export const peopleData: PersonalDataProvider = {
  section: 'person',
  covers: [platformIdentities.personId],
  async export(db, personId) {
    const [person] = await db
      .select({
        name: people.name,
        email: people.email,
        locale: people.locale,
        timeZone: people.timeZone,
        role: people.role,
        organisation: organisations.name,
        createdAt: people.createdAt,
      })
      .from(people)
      .leftJoin(organisations, eq(organisations.id, people.organisationId))
      .where(eq(people.id, personId));
    const accounts = await db
      .select({
        platform: platformIdentities.platform,
        workspace: platformIdentities.tenantId,
        userId: platformIdentities.userId,
        since: platformIdentities.createdAt,
        lastUsed: platformIdentities.lastSeenAt,
        directConversation: platformIdentities.directConversationId,
      })
      .from(platformIdentities)
      .where(eq(platformIdentities.personId, personId))
      .orderBy(asc(platformIdentities.id));
    return { ...person, chatAccounts: accounts };
  },
  async erase(tx, context) {
    const { id } = context.person;
    const identities = changed(await tx.delete(platformIdentities).where(eq(platformIdentities.personId, id)).returning({ id: platformIdentities.id }));
    if (context.keepPersonRow) {
      await tx.update(people).set({ name: ERASED, email: null, locale: null, timeZone: null, role: 'member', updatedAt: context.now }).where(eq(people.id, id));
      return { platform_identities: identities, people: 1 };
    }
    const removed = changed(await tx.delete(people).where(eq(people.id, id)).returning({ id: people.id }));
    return { platform_identities: identities, people: removed };
  },
};
