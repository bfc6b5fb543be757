import { lt } from 'drizzle-orm';
import type { SlackEventReceipts } from '../../platforms/slack/slack-event-receipts.js';
import type { Executor } from '../client.js';
import { slackEventReceipts } from '../schema/slack.js';

export class DrizzleSlackEventReceipts implements SlackEventReceipts {
  constructor(private readonly db: Executor) {}

  /** Insert-or-nothing: the one insert that lands owns the event. */
  async claim(eventId: string): Promise<boolean> {
    const inserted = await this.db
      .insert(slackEventReceipts)
      .values({ eventId })
      .onConflictDoNothing({ target: slackEventReceipts.eventId })
      .returning({ eventId: slackEventReceipts.eventId });
    return inserted.length === 1;
  }

  async prune(olderThan: Date): Promise<number> {
    const deleted = await this.db
      .delete(slackEventReceipts)
      .where(lt(slackEventReceipts.receivedAt, olderThan))
      .returning({ eventId: slackEventReceipts.eventId });
    return deleted.length;
  }
}
