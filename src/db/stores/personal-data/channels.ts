import { eq } from 'drizzle-orm';
import { channelLinks } from '../../schema/index.js';
import { changed, type PersonalDataProvider } from './provider.js';

/** Network channels the person linked (academy, experts): the links stay, without who made them. */
export const channelData: PersonalDataProvider = {
  section: 'channelLinks',
  covers: [channelLinks.linkedBy],
  export(db, personId) {
    return db
      .select({ purpose: channelLinks.purpose, platform: channelLinks.platform, channel: channelLinks.channelId, linkedAt: channelLinks.linkedAt })
      .from(channelLinks)
      .where(eq(channelLinks.linkedBy, personId));
  },
  async erase(tx, { person }) {
    return {
      channel_links: changed(
        await tx.update(channelLinks).set({ linkedBy: null }).where(eq(channelLinks.linkedBy, person.id)).returning({ id: channelLinks.id }),
      ),
    };
  },
};
