import type { TeamsChannelAccount, TurnContext } from 'botbuilder';
import type { Caller } from '../../core/keino.js';
import type { PlatformProfile } from '../../core/people/person.js';
import { localeFromPlatform } from '../../core/i18n/locale.js';
import { baseConversationId, identityOf } from './teams-activity.js';

/**
 * The person behind an activity, as the activity names them: name, language and time zone come
 * with it. Their e-mail needs the Bot Connector's member API, a platform call that never runs on
 * a person's request: someone new is registered at once and the profile job looks the member up
 * in this conversation, paced.
 */
export function callerOf(context: TurnContext): Caller {
  const activity = context.activity;
  return {
    identity: identityOf(activity),
    loadProfile: async (): Promise<PlatformProfile> => activityProfile(activity),
    profileLater: { seenIn: baseConversationId(activity.conversation?.id ?? '') || undefined },
  };
}

/** What an activity tells about its sender: name, client language and time zone (no e-mail). */
export function activityProfile(activity: TurnContext['activity']): PlatformProfile {
  const locale = localeFromPlatform(activity.locale);
  const timeZone = validTimeZone(activity.localTimezone ?? clientTimeZone(activity));
  return {
    name: activity.from?.name || activity.from?.id || 'Teams',
    ...(locale ? { locale } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
}

/** A member as the Bot Connector's member API describes them: their e-mail counts (the tenant vouches for it). */
export function memberProfile(member: TeamsChannelAccount, fallbackName: string): PlatformProfile {
  const email = member.email || (member.userPrincipalName?.includes('@') ? member.userPrincipalName : undefined);
  return {
    name: member.name || fallbackName,
    // A member of a tenant Keino serves (others are refused before they are met): the tenant vouches for the address.
    ...(email ? { email, emailVerified: true } : {}),
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
