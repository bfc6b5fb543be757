import type { Organisation } from '../people/people-store.js';
import type { HistoryEntry, Intervention, InterventionPatch, InterventionStatus, NudgeSchedule, PlanCounts } from './intervention.js';

/** A change as the store applies it: the patch may name the new owner by e-mail. */
export type StoredPatch = InterventionPatch & { ownerEmail?: string };

/**
 * Decides, on the locked current row, what to change; returns nothing to change nothing. May
 * throw (a KeinoError): then nothing is written.
 */
export type Decide = (current: Intervention) => StoredPatch | undefined;

export interface ChangeResult {
  before: Intervention;
  after: Intervention;
  /** False when the decision changed nothing (a second click, a repeated command). */
  changed: boolean;
}

/** One validated row of an import file. `undefined` leaves a field as it is on re-import. */
export interface ImportRow {
  line: number;
  organisation: string;
  title: string;
  ownerEmail: string;
  dueDate: string;
  status?: InterventionStatus;
  description?: string | null;
  policy?: string | null;
  category?: string | null;
  categoryPriority?: number | null;
}

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  organisations: string[];
  /** Owners created by this import (known by e-mail only). */
  newOwners: string[];
  /** Owners no chat platform knows yet. */
  unreachableOwners: string[];
  /** Interventions created or changed, whose nudges must be planned again. */
  changedIds: number[];
}

export interface NewIntervention {
  organisationId: number;
  title: string;
  ownerEmail: string;
  dueDate: string;
  description?: string | null;
  policy?: string | null;
  category?: string | null;
}

/** The port through which interventions are read and written; implemented over Drizzle in src/db. */
export interface InterventionStore {
  find(id: number): Promise<Intervention | undefined>;
  /** Those of the ids that exist, in id order. */
  findMany(ids: number[]): Promise<Intervention[]>;
  /** The person's interventions with these statuses, soonest due first. */
  listForOwner(personId: number, statuses: readonly InterventionStatus[]): Promise<Intervention[]>;
  /** The organisation's interventions with these statuses, soonest due first. */
  listForOrganisation(organisationId: number, statuses: readonly InterventionStatus[]): Promise<Intervention[]>;
  countsByStatus(organisationId: number): Promise<Record<InterventionStatus, number>>;
  /** Atomically: lock the row, decide, write the change and its history entry. undefined: no such intervention. */
  change(id: number, actorPersonId: number | null, action: string, decide: Decide, now: Date): Promise<ChangeResult | undefined>;
  /** undefined when the organisation already has an intervention with this title. */
  create(input: NewIntervention, actorPersonId: number | null, now: Date): Promise<Intervention | undefined>;
  /** The rows whose owner Keino knows in another organisation than the row's, in line order. */
  ownersElsewhere(rows: Pick<ImportRow, 'line' | 'organisation' | 'ownerEmail'>[]): Promise<{ line: number; ownerEmail: string }[]>;
  /** The whole file in one transaction: every row or none. */
  importPlan(rows: ImportRow[], actorPersonId: number | null, now: Date): Promise<ImportOutcome>;
  history(id: number): Promise<HistoryEntry[]>;
  organisationByName(name: string): Promise<Organisation | undefined>;
  /** Organisations that have interventions, for admins. */
  organisationsWithInterventions(): Promise<Organisation[]>;
  /** Ids of the organisation's coordinators. */
  coordinators(organisationId: number): Promise<number[]>;
  nudgeSchedule(organisationId: number): Promise<NudgeSchedule>;
  saveNudgeSchedule(organisationId: number, schedule: NudgeSchedule, actorPersonId: number | null): Promise<void>;
  /** Keeps the week's plan counts unless the week has them already (the week's first digest counted them). */
  recordWeek(organisationId: number, weekOf: string, counts: PlanCounts): Promise<void>;
  /** The plan counts recorded for the week beginning on weekOf (a Monday), if any. */
  recordedWeek(organisationId: number, weekOf: string): Promise<PlanCounts | undefined>;
}
