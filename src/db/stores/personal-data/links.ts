import { eq } from 'drizzle-orm';
import { linkAttempts, linkCodes } from '../../schema/index.js';
import { changed, type PersonalDataProvider } from './provider.js';

/** Link codes the person asked for (only their hashes are kept) and their count of wrong codes. */
export const linkData: PersonalDataProvider = {
  section: 'accountLinking',
  covers: [linkCodes.personId, linkAttempts.personId],
  async export(db, personId) {
    const [codes, attempts] = await Promise.all([
      db
        .select({ platform: linkCodes.platform, askedAt: linkCodes.createdAt, expiresAt: linkCodes.expiresAt, usedAt: linkCodes.usedAt })
        .from(linkCodes)
        .where(eq(linkCodes.personId, personId)),
      db.select({ since: linkAttempts.windowStartedAt, wrongCodes: linkAttempts.failures }).from(linkAttempts).where(eq(linkAttempts.personId, personId)),
    ]);
    return { codes, wrongCodes: attempts[0] ?? null };
  },
  async erase(tx, { person }) {
    const codes = changed(await tx.delete(linkCodes).where(eq(linkCodes.personId, person.id)).returning({ id: linkCodes.id }));
    const attempts = changed(await tx.delete(linkAttempts).where(eq(linkAttempts.personId, person.id)).returning({ id: linkAttempts.personId }));
    return { link_codes: codes, link_attempts: attempts };
  },
};
