import { and, eq } from 'drizzle-orm';
import type { ChannelLinkStore } from '../../core/channels/channel-link-store.js';
import type { Conversation } from '../../core/commands/conversation.js';
import type { Executor } from '../client.js';
import { channelLinks } from '../schema/index.js';

export class DrizzleChannelLinkStore implements ChannelLinkStore {
  constructor(private readonly db: Executor) {}

  async link(purpose: string, conversation: Conversation, linkedBy: number | null): Promise<void> {
    await this.db
      .insert(channelLinks)
      .values({
        purpose,
        platform: conversation.platform,
        tenantId: conversation.tenantId,
        channelId: conversation.channelId,
        kind: conversation.kind,
        linkedBy,
      })
      .onConflictDoNothing();
  }

  async unlink(purpose: string, conversation: Conversation): Promise<boolean> {
    const removed = await this.db
      .delete(channelLinks)
      .where(and(eq(channelLinks.purpose, purpose), ...this.matches(conversation)))
      .returning({ id: channelLinks.id });
    return removed.length > 0;
  }

  async channelsFor(purpose: string): Promise<Conversation[]> {
    const rows = await this.db.select().from(channelLinks).where(eq(channelLinks.purpose, purpose)).orderBy(channelLinks.id);
    return rows.map((row) => ({ platform: row.platform, tenantId: row.tenantId, channelId: row.channelId, kind: row.kind }));
  }

  async purposesOf(conversation: Conversation): Promise<string[]> {
    const rows = await this.db
      .select({ purpose: channelLinks.purpose })
      .from(channelLinks)
      .where(and(...this.matches(conversation)));
    return rows.map((row) => row.purpose);
  }

  private matches(conversation: Conversation) {
    return [
      eq(channelLinks.platform, conversation.platform),
      eq(channelLinks.tenantId, conversation.tenantId),
      eq(channelLinks.channelId, conversation.channelId),
    ];
  }
}
