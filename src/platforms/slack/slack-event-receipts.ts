/**
 * Which Events API deliveries were already taken on. `claim` must be atomic across instances:
 * exactly one caller gets true for an event id.
 */
export interface SlackEventReceipts {
  claim(eventId: string): Promise<boolean>;
  /** Forgets receipts older than the date (Slack stops retrying after about an hour). */
  prune(olderThan: Date): Promise<number>;
}
