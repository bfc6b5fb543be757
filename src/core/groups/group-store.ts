import type { Conversation } from '../commands/conversation.js';
import type { Locale } from '../i18n/locale.js';
import type { Group, GroupListing, GroupMember, GroupPrompt, LocalizedText } from './group.js';

export interface NewGroup {
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  language: Locale;
  createdBy: number;
}

/** Why linking a channel did not happen. */
export type LinkOutcome = { linked: true; replaced: Conversation | undefined } | { linked: false; takenBy: Group };

/** The port through which the groups feature reads and writes; implemented over Drizzle in src/db. */
export interface GroupStore {
  /** Creates the group with its creator as facilitator; undefined (nothing written) when the slug exists. */
  create(group: NewGroup): Promise<Group | undefined>;
  findBySlug(slug: string): Promise<Group | undefined>;
  findById(id: number): Promise<Group | undefined>;
  /** Every slug, for suggestions. */
  slugs(): Promise<{ slug: string; state: Group['state'] }[]>;
  /** Active groups with member counts and whether this person is in each. */
  listActive(personId: number): Promise<GroupListing[]>;
  /** Returns false when the group was already archived. */
  archive(groupId: number, at: Date): Promise<boolean>;
  isFacilitator(groupId: number, personId: number): Promise<boolean>;
  /**
   * Opens a membership if the group is active and the person has none open: 'joined', or why not.
   * Atomic: a double click makes one membership.
   */
  /** `rejoined`: joined again within a day of an earlier joining (already welcomed then). */
  join(groupId: number, personId: number, at: Date): Promise<'joined' | 'rejoined' | 'already' | 'archived'>;
  /** Closes the open membership (history kept); false when there was none. */
  leave(groupId: number, personId: number, at: Date): Promise<boolean>;
  isMember(groupId: number, personId: number): Promise<boolean>;
  /** Current members, by name. */
  members(groupId: number): Promise<GroupMember[]>;
  /** The active groups a person is in now. */
  groupsOf(personId: number): Promise<Group[]>;
  /**
   * Makes this conversation the group's channel on its platform (one per platform per group; a
   * new link replaces the old). A channel belongs to one group: linking another group's channel is refused.
   */
  linkChannel(groupId: number, conversation: Conversation, linkedBy: number): Promise<LinkOutcome>;
  channels(groupId: number): Promise<Conversation[]>;
  createPrompt(prompt: Omit<GroupPrompt, 'id' | 'cancelledAt'>, createdBy: number): Promise<GroupPrompt>;
  prompt(id: number): Promise<GroupPrompt | undefined>;
  /** The group's prompts that are not cancelled, oldest first. */
  prompts(groupId: number): Promise<GroupPrompt[]>;
  /** False when it was cancelled already. */
  cancelPrompt(id: number, at: Date): Promise<boolean>;
}
