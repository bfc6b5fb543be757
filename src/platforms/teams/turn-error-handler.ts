import type { TurnContext } from 'botbuilder';
import type { Locale } from '../../core/i18n/locale.js';
import { translate } from '../../core/i18n/translator.js';
import type { Logger } from '../../core/ports/logger.js';
import { localeOf } from './teams-activity.js';

const MESSAGE_RESPONSE_TYPE = 'application/vnd.microsoft.activity.message';

/**
 * The one error hook of the Teams adapter: logs what failed and answers the person politely
 * (a click gets the apology as its invoke response). It never throws, so one bad activity
 * cannot take the process down.
 */
export function turnErrorHandler(logger: Logger, defaultLocale: Locale) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const activity = context.activity;
    logger.error(
      { err: error, activityType: activity?.type, activityName: activity?.name, conversationId: activity?.conversation?.id },
      'a Teams activity failed',
    );
    try {
      const apology = translate(localeOf(activity ?? {}, defaultLocale), 'errors.internal');
      if (activity?.type === 'invoke') {
        await context.sendActivity({
          type: 'invokeResponse',
          value: { status: 200, body: { statusCode: 200, type: MESSAGE_RESPONSE_TYPE, value: apology } },
        });
      } else if (activity?.type === 'message') {
        await context.sendActivity({ type: 'message', text: apology });
      }
    } catch (answerError) {
      logger.warn({ err: answerError }, 'could not tell the person about the failure');
    }
  };
}
