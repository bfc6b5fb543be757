import { eq } from 'drizzle-orm';
import { downloads } from '../../schema/index.js';
import { changed, type PersonalDataProvider } from './provider.js';

/** Files kept for the person for a day at most (their export waiting for consent): listed by name, erased with them. */
export const downloadData: PersonalDataProvider = {
  section: 'downloads',
  covers: [downloads.ownerId],
  async export(db, personId) {
    return db
      .select({ filename: downloads.filename, createdAt: downloads.createdAt, expiresAt: downloads.expiresAt })
      .from(downloads)
      .where(eq(downloads.ownerId, personId));
  },
  async erase(tx, { person }) {
    return { downloads: changed(await tx.delete(downloads).where(eq(downloads.ownerId, person.id)).returning({ id: downloads.id })) };
  },
};
