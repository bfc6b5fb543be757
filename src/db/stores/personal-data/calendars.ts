import { eq } from 'drizzle-orm';
import { calendarFeeds } from '../../schema/index.js';
import { changed, type PersonalDataProvider } from './provider.js';

/** The person's private calendar address: exported as the day it was made (the token is a secret), erased with them. */
export const calendarData: PersonalDataProvider = {
  section: 'calendar',
  covers: [calendarFeeds.personId],
  async export(db, personId) {
    const rows = await db.select({ addressMadeAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.personId, personId));
    return rows[0] ?? null;
  },
  async erase(tx, { person }) {
    return { calendar_feeds: changed(await tx.delete(calendarFeeds).where(eq(calendarFeeds.personId, person.id)).returning({ id: calendarFeeds.personId })) };
  },
};
