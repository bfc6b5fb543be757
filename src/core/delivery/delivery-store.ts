import type { SentMessage } from '../ports/platform-gateway.js';

/** A message Keino sent on its own initiative, as recorded. */
export interface DeliveryRecord extends SentMessage {
  id: number;
  /** Deduplication key of the send: a retry with the same key finds this record and sends nothing. */
  key: string | null;
  jobId: number | null;
  personId: number | null;
  sentAt: Date;
}

export type NewDelivery = Omit<DeliveryRecord, 'id'>;

/** The port for the record of sends; implemented over Drizzle in src/db/stores. */
export interface DeliveryStore {
  findByKey(key: string): Promise<DeliveryRecord | undefined>;
  /** Records a send; with a key that exists already, returns the earlier record unchanged. */
  record(delivery: NewDelivery): Promise<DeliveryRecord>;
}
