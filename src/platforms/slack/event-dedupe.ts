import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../core/ports/logger.js';
import type { SlackEventReceipts } from './slack-event-receipts.js';

/**
 * Global Bolt middleware: an Events API delivery runs only if its event_id was not taken on
 * before. Slack retries (X-Slack-Retry-Num) and the same event reaching a second instance stop
 * here, after the acknowledgement Bolt already sent and before any listener.
 */
export function dedupeEvents(receipts: SlackEventReceipts, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { type?: string; event_id?: unknown }).type === 'event_callback' ? (body as { event_id?: unknown }).event_id : undefined;
    if (typeof eventId === 'string' && eventId.length > 0) {
      if (!(await receipts.claim(eventId))) {
        logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'Slack event already taken on; not running it again');
        return;
      }
    }
    await next();
  };
}
