import type { Locale } from '../i18n/locale.js';
import type { Person, PlatformIdentity, PlatformProfile, ReachableIdentity, Role } from './person.js';
import type { Sighting } from './last-seen.js';

export interface Organisation {
  id: number;
  name: string;
}

/** The port through which the core reads and writes people; implemented over Drizzle in src/db. */
export interface PeopleStore {
  findByIdentity(identity: PlatformIdentity): Promise<Person | undefined>;
  findById(id: number): Promise<Person | undefined>;
  findByEmail(email: string): Promise<Person | undefined>;
  /**
   * Links the identity to the person with the profile's e-mail, or creates the person; atomic, so
   * two first contacts at once make one person. New people get `roleIfNew`.
   */
  registerIdentity(identity: PlatformIdentity, profile: PlatformProfile, roleIfNew: Role): Promise<Person>;
  /**
   * Someone new, from what their first request carried: a member with no e-mail, and the
   * identity, in one statement. `created` is false when the identity was registered meanwhile
   * (two first clicks at once): then the person registered first is returned.
   */
  registerNewcomer(identity: PlatformIdentity, profile: Pick<PlatformProfile, 'name' | 'locale' | 'timeZone'>): Promise<{ person: Person; created: boolean }>;
  identitiesOf(personId: number): Promise<PlatformIdentity[]>;
  /** The person's identities, the one they used most recently first (where proactive messages go), with when that was as written. */
  identitiesByRecentUse(personId: number): Promise<(ReachableIdentity & { lastSeenAt: Date | null })[]>;
  /** Remembers the identity's direct conversation with Keino, so that the next send need not look it up. */
  rememberDirectConversation(identity: PlatformIdentity, conversationId: string): Promise<void>;
  /** findByIdentity, with when the identity was last seen as the database holds it. */
  findWithLastSeen(identity: PlatformIdentity): Promise<{ person: Person; lastSeenAt: Date | null } | undefined>;
  /** Writes when each identity was last used (see LastSeen), never moving one back, in one statement. */
  recordLastSeen(sightings: Sighting[]): Promise<void>;
  /**
   * Fills in a profile that arrived later: the name when given, the e-mail only where the person
   * has none, language and time zone only where the person has not chosen. Returns the person.
   */
  fillProfile(personId: number, profile: { name?: string; email?: string; locale?: Locale; timeZone?: string }): Promise<Person>;
  /**
   * One person, not two: everything of `fromId` (identities, votes, registrations …) becomes
   * `intoId`'s, where `intoId` has no such thing already, and `fromId` is removed.
   */
  mergeInto(fromId: number, intoId: number): Promise<void>;
  setLocale(personId: number, locale: Locale): Promise<void>;
  setRole(personId: number, role: Role): Promise<void>;
  setOrganisation(personId: number, organisationId: number | null): Promise<void>;
  organisation(id: number): Promise<Organisation | undefined>;
  /** Finds or creates an organisation by name (case-insensitive). */
  ensureOrganisation(name: string): Promise<Organisation>;
}
