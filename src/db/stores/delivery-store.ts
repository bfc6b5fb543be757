import { eq } from 'drizzle-orm';
import type { DeliveryRecord, DeliveryStore, NewDelivery } from '../../core/delivery/delivery-store.js';
import type { Executor } from '../client.js';
import { deliveries } from '../schema/index.js';

type DeliveryRow = typeof deliveries.$inferSelect;

function toRecord(row: DeliveryRow): DeliveryRecord {
  return {
    id: row.id,
    key: row.key,
    jobId: row.jobId,
    personId: row.personId,
    platform: row.platform,
    conversation: {
      platform: row.platform,
      tenantId: row.tenantId,
      channelId: row.channelId,
      kind: row.conversationKind,
      ...(row.threadId ? { threadId: row.threadId } : {}),
    },
    messageId: row.messageId,
    sentAt: row.sentAt,
  };
}

export class DrizzleDeliveryStore implements DeliveryStore {
  constructor(private readonly db: Executor) {}

  async findByKey(key: string): Promise<DeliveryRecord | undefined> {
    const [row] = await this.db.select().from(deliveries).where(eq(deliveries.key, key));
    return row ? toRecord(row) : undefined;
  }

  async record(delivery: NewDelivery): Promise<DeliveryRecord> {
    const { conversation } = delivery;
    const [row] = await this.db
      .insert(deliveries)
      .values({
        key: delivery.key,
        jobId: delivery.jobId,
        personId: delivery.personId,
        platform: delivery.platform,
        tenantId: conversation.tenantId,
        channelId: conversation.channelId,
        conversationKind: conversation.kind,
        threadId: conversation.threadId ?? null,
        messageId: delivery.messageId,
        sentAt: delivery.sentAt,
      })
      .onConflictDoNothing({ target: deliveries.key })
      .returning();
    if (row) return toRecord(row);
    // The same key recorded meanwhile (two claimers after a lease ran out): keep the first.
    return (await this.findByKey(delivery.key!))!;
  }
}
