import type { webApi } from '@slack/bolt';
import type { Conversation } from '../../core/commands/conversation.js';
import { localeFromPlatform } from '../../core/i18n/locale.js';
import type { Caller } from '../../core/keino.js';
import type { PlatformIdentity, PlatformProfile } from '../../core/people/person.js';
import type { SlackMessenger } from './slack-messenger.js';

export function slackIdentity(teamId: string, userId: string): PlatformIdentity {
  return { platform: 'slack', tenantId: teamId, userId };
}

/**
 * The person acting in Slack, as the request names them: the workspace, the user id and (where
 * the payload carries one) their name. Their profile (users.info: e-mail, language, time zone) is
 * Tier 4, about 100 a minute a workspace, so it never runs on a person's request: someone new is
 * registered with what the request carries and the profile job fetches the rest, paced.
 */
export function slackCaller(teamId: string, userId: string, seen: { name?: string; channelId?: string } = {}): Caller {
  return {
    identity: slackIdentity(teamId, userId),
    loadProfile: async () => ({ name: seen.name?.trim() || userId }),
    profileLater: seen.channelId ? { seenIn: seen.channelId } : {},
  };
}

/** users.info for the profile job; undefined when Slack does not know the person (any more). */
export async function lookupSlackProfile(messenger: SlackMessenger, userId: string): Promise<PlatformProfile | undefined> {
  const result = await messenger.call(() => messenger.client.users.info({ user: userId, include_locale: true }));
  return profileOf(result.user, userId);
}

type SlackUser = NonNullable<webApi.UsersInfoResponse['user']>;

export function profileOf(user: SlackUser | undefined, userId: string): PlatformProfile {
  const profile = user?.profile;
  const name = profile?.real_name || profile?.display_name || user?.real_name || user?.name || userId;
  return {
    name,
    ...(profile?.email ? { email: profile.email, emailVerified: user?.is_email_confirmed === true } : {}),
    ...(localeFromPlatform(user?.locale) ? { locale: localeFromPlatform(user?.locale)! } : {}),
    ...(user?.tz ? { timeZone: user.tz } : {}),
  };
}

/** Slack's kinds of conversation in Keino's terms. */
export function conversationKind(channelId: string, channelType?: string, channelName?: string): Conversation['kind'] {
  if (channelType === 'im' || channelType === 'directmessage' || channelName === 'directmessage' || channelId.startsWith('D')) return 'personal';
  if (channelType === 'mpim' || channelName?.startsWith('mpdm-')) return 'group';
  return 'channel';
}

export function slackConversation(
  teamId: string,
  channelId: string,
  details: { channelType?: string; channelName?: string; threadTs?: string } = {},
): Conversation {
  return {
    platform: 'slack',
    tenantId: teamId,
    channelId,
    kind: conversationKind(channelId, details.channelType, details.channelName),
    ...(details.threadTs ? { threadId: details.threadTs } : {}),
  };
}
