import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Caller } from '../../core/keino.js';
import type { PlatformProfile } from '../../core/people/person.js';
import type { Logger } from '../../core/ports/logger.js';
import { localeFromPlatform } from '../../core/i18n/locale.js';
import { identityOf } from './teams-activity.js';

/**
 * The person behind an activity. Their profile (name, e-mail, language, time zone) is looked up
 * with the Bot Connector's member API only on first contact; the e-mail links a person Keino
 * already knows from Slack or an import.
 */
export function callerOf(context: TurnContext, logger: Logger): Caller {
  const activity = context.activity;
  return {
    identity: identityOf(activity),
    loadProfile: async (): Promise<PlatformProfile> => {
      const from = activity.from;
      let member: Awaited<ReturnType<typeof TeamsInfo.getMember>> | undefined;
      try {
        member = await TeamsInfo.getMember(context, from.id);
      } catch (error) {
        // Web Chat and the Emulator have no member API; the name in the activity must do.
        logger.warn({ err: error, conversation: activity.conversation?.id }, 'Teams member lookup failed');
      }
      const email = member?.email || (member?.userPrincipalName?.includes('@') ? member.userPrincipalName : undefined);
      const locale = localeFromPlatform(activity.locale);
      const timeZone = validTimeZone(activity.localTimezone ?? clientTimeZone(activity));
      return {
        name: member?.name || from.name || from.id,
        // A member of a tenant Keino serves (others are refused before this): the tenant vouches for the address.
        ...(email ? { email, emailVerified: true } : {}),
        ...(locale ? { locale } : {}),
        ...(timeZone ? { timeZone } : {}),
      };
    },
  };
}

function clientTimeZone(activity: TurnContext['activity']): string | undefined {
  const info = activity.entities?.find((entity) => entity.type === 'clientInfo') as { timezone?: unknown } | undefined;
  return typeof info?.timezone === 'string' ? info.timezone : undefined;
}

function validTimeZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}
