import type { Locale } from '../i18n/locale.js';

export const ROLES = ['admin', 'facilitator', 'coordinator', 'member'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The platforms Keino serves, by id ('slack', 'teams', 'console'). The core names none of them:
 * src/app/platforms.ts, the one list of platform definitions, adds each registered id here (a
 * declaration merge), so `Platform` is exactly the ids in that list and nothing in src/core has
 * to change when a platform comes or goes.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by src/app/platforms.ts (declaration merging)
export interface RegisteredPlatforms {}
export type Platform = keyof RegisteredPlatforms & string;

export interface Person {
  id: number;
  name: string;
  email: string | null;
  /** null: the network default language */
  locale: Locale | null;
  /** null: the network default time zone */
  timeZone: string | null;
  role: Role;
  organisationId: number | null;
}

/** Who a person is on one platform: Slack workspace + user, Teams tenant + AAD object id, … */
export interface PlatformIdentity {
  platform: Platform;
  tenantId: string;
  userId: string;
}

/** An identity as Keino reaches it: where its direct conversation with Keino is, once known. */
export interface ReachableIdentity extends PlatformIdentity {
  directConversationId?: string;
}

/** What a platform tells about a person on first contact. */
export interface PlatformProfile {
  name: string;
  email?: string;
  /**
   * Whether the platform vouches that the e-mail is the person's (Slack is_email_confirmed; a
   * member of a Teams tenant Keino serves). false: the e-mail links nobody and makes nobody an
   * admin. Left out by in-process callers (console, tasks), whose profile is trusted.
   */
  emailVerified?: boolean;
  locale?: Locale;
  timeZone?: string;
}

export function hasRole(person: Person, ...roles: Role[]): boolean {
  return roles.includes(person.role);
}
