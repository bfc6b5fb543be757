import type { Person, Role } from '../people/person.js';

/** The dashboard's pages; each is open to some roles only (PAGE_ROLES). */
export const DASHBOARD_PAGES = ['overview', 'organisations', 'groups', 'academy', 'faq', 'polls'] as const;
export type DashboardPageId = (typeof DASHBOARD_PAGES)[number];

const EVERYONE: readonly Role[] = ['admin', 'coordinator', 'facilitator', 'member'];
export const PAGE_ROLES: Record<DashboardPageId, readonly Role[]> = {
  overview: EVERYONE,
  organisations: ['admin', 'coordinator'],
  groups: EVERYONE,
  academy: EVERYONE,
  faq: ['admin', 'coordinator'],
  polls: ['admin', 'coordinator', 'facilitator'],
};

/**
 * What a person may see on the dashboard, the same rules as in chat:
 * - `network`: an admin, the whole network, or one organisation when they filter by it;
 * - `organisation`: a coordinator, their own organisation only;
 * - `facilitator`: the groups and sessions they facilitate;
 * - `person`: a member (or a coordinator with no organisation): their own tasks, groups and sessions.
 * Every store query takes the scope and filters in SQL; nothing is filtered after reading.
 */
export type DashboardScope =
  | { kind: 'network'; organisationId?: number }
  | { kind: 'organisation'; organisationId: number }
  | { kind: 'facilitator'; personId: number }
  | { kind: 'person'; personId: number };

/** The organisation a network or organisation scope is narrowed to; undefined: every one. */
export type OrganisationFilter = { organisationId?: number };

export class DashboardRefusal extends Error {
  constructor(readonly status: 403 | 404) {
    super(status === 403 ? 'not open to this role' : 'not found');
  }
}

/** The scope of a person, narrowed to `organisationId` when they ask for one (admins: any; coordinators: their own). */
export function scopeOf(person: Person, organisationId?: number): DashboardScope {
  switch (person.role) {
    case 'admin':
      return organisationId === undefined ? { kind: 'network' } : { kind: 'network', organisationId };
    case 'coordinator':
      if (person.organisationId === null) return personScope(person, organisationId);
      if (organisationId !== undefined && organisationId !== person.organisationId) throw new DashboardRefusal(403);
      return { kind: 'organisation', organisationId: person.organisationId };
    case 'facilitator':
      if (organisationId !== undefined) throw new DashboardRefusal(403);
      return { kind: 'facilitator', personId: person.id };
    default:
      return personScope(person, organisationId);
  }
}

function personScope(person: Person, organisationId: number | undefined): DashboardScope {
  if (organisationId !== undefined) throw new DashboardRefusal(403);
  return { kind: 'person', personId: person.id };
}

/** Refuses a page the person's role may not open. */
export function assertPageOpen(person: Person, page: DashboardPageId): void {
  if (!PAGE_ROLES[page].includes(person.role)) throw new DashboardRefusal(403);
}

/** The organisations a scope reads network-wide figures for, or undefined when it reads none (facilitators, members). */
export function organisationFilterOf(scope: DashboardScope): OrganisationFilter | undefined {
  if (scope.kind === 'network') return { organisationId: scope.organisationId };
  if (scope.kind === 'organisation') return { organisationId: scope.organisationId };
  return undefined;
}
