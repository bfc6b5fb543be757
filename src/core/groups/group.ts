import type { Conversation } from '../commands/conversation.js';
import type { Locale } from '../i18n/locale.js';

/** A phrase in some of the network's languages; at least the group's own language is present. */
export type LocalizedText = Partial<Record<Locale, string>>;
/** Conversation starters by language. */
export type LocalizedList = Partial<Record<Locale, string[]>>;

export type GroupState = 'active' | 'archived';

/** A developer group (kehittäjäryhmä): a standing peer group around one challenge. */
export interface Group {
  id: number;
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  /** The language the group was created in: its channel posts are written in it. */
  language: Locale;
  state: GroupState;
  /** The group's theme as conversation starters for peer pairs. */
  starters: LocalizedList;
  createdAt: Date;
  archivedAt: Date | null;
}

export interface GroupListing {
  group: Group;
  memberCount: number;
  /** Whether the person asking is a member. */
  isMember: boolean;
}

export interface GroupMember {
  personId: number;
  name: string;
  organisationId: number | null;
  organisationName: string | null;
  joinedAt: Date;
}

export interface GroupChannel {
  groupId: number;
  conversation: Conversation;
}

/** The group's name in a language, falling back to its own language, then any, then the slug. */
export function groupName(group: Pick<Group, 'name' | 'language' | 'slug'>, locale: Locale): string {
  return group.name[locale] ?? group.name[group.language] ?? Object.values(group.name).find(Boolean) ?? group.slug;
}

export function groupDescription(group: Pick<Group, 'description' | 'language'>, locale: Locale): string | undefined {
  return group.description[locale] ?? group.description[group.language] ?? Object.values(group.description).find(Boolean);
}

/** A facilitator's recurring question to the group's channels, on a weekday at a wall-clock time. */
export interface GroupPrompt {
  id: number;
  groupId: number;
  text: string;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** 'HH:MM' in `timeZone`. */
  time: string;
  timeZone: string;
  cancelledAt: Date | null;
}
