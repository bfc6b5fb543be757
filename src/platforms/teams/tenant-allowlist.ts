import type { TurnContext } from 'botbuilder';
import type { Locale } from '../../core/i18n/locale.js';
import { translate } from '../../core/i18n/translator.js';
import type { Logger } from '../../core/ports/logger.js';
import { localeOf, tenantIdOf } from './teams-activity.js';

const MESSAGE_RESPONSE_TYPE = 'application/vnd.microsoft.activity.message';

/**
 * The Microsoft 365 tenants Keino serves (MICROSOFT_ALLOWED_TENANTS). Runs after Bot Framework
 * has authenticated the request, before anything of the turn: an activity from any other tenant
 * gets one polite sentence and writes nothing (no conversation reference, no person).
 * An empty list serves every tenant (refused at start for MultiTenant in production).
 */
export function tenantGuard(allowedTenants: readonly string[], logger: Logger, defaultLocale: Locale) {
  const allowed = new Set(allowedTenants.map((tenant) => tenant.toLowerCase()));
  return async (context: TurnContext): Promise<boolean> => {
    if (allowed.size === 0) return true;
    const tenantId = tenantIdOf(context.activity).toLowerCase();
    if (allowed.has(tenantId)) return true;
    const activity = context.activity;
    logger.warn({ tenantId, activityType: activity.type }, 'refused a Teams activity from a tenant Keino does not serve');
    const refusal = translate(localeOf(activity, defaultLocale), 'access.notServed');
    if (activity.type === 'invoke') {
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: MESSAGE_RESPONSE_TYPE, value: refusal } } });
    } else if (activity.type === 'message') {
      await context.sendActivity({ type: 'message', text: refusal });
    }
    return false;
  };
}
