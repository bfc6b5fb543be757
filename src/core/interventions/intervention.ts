import type { Person } from '../people/person.js';

export const INTERVENTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

/** Still to be worked on: nudged, listed in `tasks`. */
export const OPEN_STATUSES: readonly InterventionStatus[] = ['planned', 'in_progress'];

export function isOpen(status: InterventionStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** An intervention as people see it: with its organisation, policy, category and owner by name. */
export interface Intervention {
  id: number;
  organisationId: number;
  organisationName: string;
  title: string;
  description: string | null;
  policyName: string | null;
  categoryName: string | null;
  categoryPriority: number | null;
  owner: Pick<Person, 'id' | 'name' | 'email' | 'locale' | 'timeZone' | 'organisationId'>;
  /** The owner has no chat identity yet: Keino cannot reach them. */
  ownerReachable: boolean;
  /** A calendar date, "YYYY-MM-DD". */
  dueDate: string;
  status: InterventionStatus;
  completedAt: Date | null;
  snoozedUntil: Date | null;
  updatedAt: Date;
}

/** What a change may set; only the fields given are changed. */
export interface InterventionPatch {
  title?: string;
  description?: string | null;
  ownerPersonId?: number;
  dueDate?: string;
  status?: InterventionStatus;
  completedAt?: Date | null;
  snoozedUntil?: Date | null;
}

export interface HistoryEntry {
  at: Date;
  actorPersonId: number | null;
  actorName: string | null;
  action: string;
  /** field → [before, after] */
  changes: Record<string, [unknown, unknown]>;
}

/** An organisation's nudge schedule. */
export interface NudgeSchedule {
  /** Days before the due date on which the owner is nudged. */
  daysBefore: number[];
  onDueDate: boolean;
  /** "HH:MM" in the recipient's time zone. */
  sendAt: string;
  /** Days between nudges while overdue; 0: none. */
  overdueEveryDays: number;
  /** Days overdue after which the coordinators are told; 0: never. */
  escalateAfterDays: number;
  /** ISO weekday of the coordinators' digest (1 = Monday); null: none. */
  digestWeekday: number | null;
  digestAt: string;
}

export const DEFAULT_NUDGE_SCHEDULE: NudgeSchedule = {
  daysBefore: [14, 7, 1],
  onDueDate: true,
  sendAt: '09:00',
  overdueEveryDays: 7,
  escalateAfterDays: 7,
  digestWeekday: 1,
  digestAt: '09:00',
};

/** Fields that identify who may act on an intervention. */
export type Guarded = Pick<Intervention, 'organisationId'> & { owner: Pick<Intervention['owner'], 'id'> };

/**
 * Who may see and change an intervention: its owner, its organisation's coordinators, and admins.
 * Everyone else is refused; people of another organisation are not even told it exists.
 */
export function accessTo(person: Person, intervention: Guarded): 'full' | 'sameOrganisation' | 'none' {
  if (person.role === 'admin' || intervention.owner.id === person.id) return 'full';
  if (person.organisationId !== null && person.organisationId === intervention.organisationId) {
    return person.role === 'coordinator' ? 'full' : 'sameOrganisation';
  }
  return 'none';
}

/** Where an intervention stands on a day (see planState in intervention-charts.ts). */
export const PLAN_STATES = ['done', 'onTime', 'dueSoon', 'overdue'] as const;
export type PlanState = (typeof PLAN_STATES)[number];
export type PlanCounts = Record<PlanState, number>;
