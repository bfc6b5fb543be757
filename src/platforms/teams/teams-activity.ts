import type { Activity, ChannelAccount } from 'botbuilder';
import type { Conversation } from '../../core/commands/conversation.js';
import { localeFromPlatform, type Locale } from '../../core/i18n/locale.js';
import type { PlatformIdentity } from '../../core/people/person.js';

/** What Keino reads from an incoming Teams activity, as the core's neutral values. */

const THREAD_SUFFIX = ';messageid=';

/** A channel message's conversation id carries its thread (";messageid=…"); this is the channel. */
export function baseConversationId(conversationId: string): string {
  const at = conversationId.indexOf(THREAD_SUFFIX);
  return at === -1 ? conversationId : conversationId.slice(0, at);
}

export function threadIdOf(conversationId: string): string | undefined {
  const at = conversationId.indexOf(THREAD_SUFFIX);
  return at === -1 ? undefined : conversationId.slice(at + THREAD_SUFFIX.length) || undefined;
}

export function threadConversationId(conversation: Pick<Conversation, 'channelId' | 'threadId'>): string {
  return conversation.threadId ? `${conversation.channelId}${THREAD_SUFFIX}${conversation.threadId}` : conversation.channelId;
}

export function tenantIdOf(activity: Partial<Activity>): string {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id ?? 'unknown';
}

export function teamIdOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { team?: { id?: string } } | undefined;
  return channelData?.team?.id;
}

export function conversationKindOf(activity: Partial<Activity>): Conversation['kind'] {
  switch (activity.conversation?.conversationType) {
    case 'personal':
      return 'personal';
    case 'channel':
      return 'channel';
    case 'groupChat':
      return 'group';
    default:
      // The Emulator and Web Chat send no type: a 1:1 chat unless marked as a group.
      return activity.conversation?.isGroup ? 'group' : 'personal';
  }
}

export function conversationOf(activity: Partial<Activity>): Conversation {
  const id = activity.conversation?.id ?? '';
  const threadId = threadIdOf(id);
  return {
    platform: 'teams',
    tenantId: tenantIdOf(activity),
    channelId: baseConversationId(id),
    kind: conversationKindOf(activity),
    ...(threadId ? { threadId } : {}),
  };
}

/** The person on Keino's side: the Azure AD object id, stable across chats (the Teams id where there is none). */
export function identityOf(activity: Partial<Activity>): PlatformIdentity {
  const from = activity.from as (ChannelAccount & { aadObjectId?: string }) | undefined;
  return { platform: 'teams', tenantId: tenantIdOf(activity), userId: from?.aadObjectId || from?.id || 'unknown' };
}

/** The language of the person's Teams client, for the adapter's own words before Keino knows them. */
export function localeOf(activity: Partial<Activity>, fallback: Locale): Locale {
  return localeFromPlatform(activity.locale) ?? fallback;
}

/**
 * The command in a message: the text after Keino's @mention (teams-ai strips the mention Teams
 * marks; a leading <at>…</at> left by other clients goes too). Other people's mentions stay as
 * their names.
 */
export function commandTextOf(text: string | undefined): string {
  return (text ?? '')
    .replace(/^\s*(<at>[^<]*<\/at>\s*)+/i, '')
    .replace(/<at>([^<]*)<\/at>/gi, '$1')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .trim();
}

/** True when Keino itself is among the members an update adds or removes. */
export function includesBot(members: ChannelAccount[] | undefined, activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return Boolean(botId && members?.some((member) => member.id === botId));
}
