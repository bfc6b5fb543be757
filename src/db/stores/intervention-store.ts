import { and, asc, eq, exists, inArray, sql } from 'drizzle-orm';
import type { Organisation } from '../../core/people/people-store.js';
import type {
  ChangeResult,
  Decide,
  ImportOutcome,
  ImportRow,
  InterventionStore,
  NewIntervention,
  StoredPatch,
} from '../../core/interventions/intervention-store.js';
import {
  DEFAULT_NUDGE_SCHEDULE,
  INTERVENTION_STATUSES,
  type HistoryEntry,
  type Intervention,
  type InterventionStatus,
  type NudgeSchedule,
} from '../../core/interventions/intervention.js';
import type { Database } from '../client.js';
import {
  interventionHistory,
  interventionNudgeSettings,
  interventions,
  organisations,
  people,
  platformIdentities,
  procurementCategories,
  procurementPolicies,
} from '../schema/index.js';
import { DrizzlePeopleStore, rowsOf } from './people-store.js';

type Tx = Database;

/** What a change compares and records: the fields people see. */
const TRACKED = ['title', 'description', 'owner', 'dueDate', 'status', 'policy', 'category', 'completedAt', 'snoozedUntil'] as const;
type Tracked = (typeof TRACKED)[number];
type Snapshot = Record<Tracked, string | null>;

function snapshot(intervention: Intervention): Snapshot {
  return {
    title: intervention.title,
    description: intervention.description,
    owner: intervention.owner.email ?? intervention.owner.name,
    dueDate: intervention.dueDate,
    status: intervention.status,
    policy: intervention.policyName,
    category: intervention.categoryName,
    completedAt: intervention.completedAt?.toISOString() ?? null,
    snoozedUntil: intervention.snoozedUntil?.toISOString() ?? null,
  };
}

function difference(before: Snapshot, after: Snapshot): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of TRACKED) if (before[field] !== after[field]) changes[field] = [before[field], after[field]];
  return changes;
}

/** A readable name for a person known only by e-mail: maija.meikalainen@kunta.fi → Maija Meikalainen. */
function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  const words = local.split(/[._-]+/).filter(Boolean);
  return words.length > 0 ? words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ') : email;
}

export class DrizzleInterventionStore implements InterventionStore {
  constructor(private readonly db: Database) {}

  private select(db: Tx = this.db) {
    return db
      .select({
        intervention: interventions,
        organisationName: organisations.name,
        policyName: procurementPolicies.name,
        categoryName: procurementCategories.name,
        categoryPriority: procurementCategories.priority,
        owner: { id: people.id, name: people.name, email: people.email, locale: people.locale, timeZone: people.timeZone, organisationId: people.organisationId },
        ownerReachable: exists(db.select({ one: sql`1` }).from(platformIdentities).where(eq(platformIdentities.personId, interventions.ownerPersonId))),
      })
      .from(interventions)
      .innerJoin(organisations, eq(organisations.id, interventions.organisationId))
      .innerJoin(people, eq(people.id, interventions.ownerPersonId))
      .leftJoin(procurementPolicies, eq(procurementPolicies.id, interventions.policyId))
      .leftJoin(procurementCategories, eq(procurementCategories.id, interventions.categoryId));
  }

  private toIntervention(row: Awaited<ReturnType<DrizzleInterventionStore['select']>>[number]): Intervention {
    const { intervention } = row;
    return {
      id: intervention.id,
      organisationId: intervention.organisationId,
      organisationName: row.organisationName,
      title: intervention.title,
      description: intervention.description,
      policyName: row.policyName,
      categoryName: row.categoryName,
      categoryPriority: row.categoryPriority,
      owner: row.owner,
      ownerReachable: Boolean(row.ownerReachable),
      dueDate: intervention.dueDate,
      status: intervention.status,
      completedAt: intervention.completedAt,
      snoozedUntil: intervention.snoozedUntil,
      updatedAt: intervention.updatedAt,
    };
  }

  private async findIn(db: Tx, id: number): Promise<Intervention | undefined> {
    const [row] = await this.select(db).where(eq(interventions.id, id)).limit(1);
    return row ? this.toIntervention(row) : undefined;
  }

  find(id: number): Promise<Intervention | undefined> {
    return this.findIn(this.db, id);
  }

  async listForOwner(personId: number, statuses: readonly InterventionStatus[]): Promise<Intervention[]> {
    const rows = await this.select()
      .where(and(eq(interventions.ownerPersonId, personId), inArray(interventions.status, [...statuses])))
      .orderBy(asc(interventions.dueDate), asc(interventions.id));
    return rows.map((row) => this.toIntervention(row));
  }

  async listForOrganisation(organisationId: number, statuses: readonly InterventionStatus[]): Promise<Intervention[]> {
    const rows = await this.select()
      .where(and(eq(interventions.organisationId, organisationId), inArray(interventions.status, [...statuses])))
      .orderBy(asc(interventions.dueDate), asc(interventions.id));
    return rows.map((row) => this.toIntervention(row));
  }

  async countsByStatus(organisationId: number): Promise<Record<InterventionStatus, number>> {
    const rows = await this.db
      .select({ status: interventions.status, count: sql<number>`count(*)::int` })
      .from(interventions)
      .where(eq(interventions.organisationId, organisationId))
      .groupBy(interventions.status);
    const counts = Object.fromEntries(INTERVENTION_STATUSES.map((status) => [status, 0])) as Record<InterventionStatus, number>;
    for (const row of rows) counts[row.status] = Number(row.count);
    return counts;
  }

  change(id: number, actorPersonId: number | null, action: string, decide: Decide, now: Date): Promise<ChangeResult | undefined> {
    return this.db.transaction(async (tx) => {
      const locked = await tx.select({ id: interventions.id }).from(interventions).where(eq(interventions.id, id)).for('update');
      if (locked.length === 0) return undefined;
      const before = (await this.findIn(tx, id))!;
      const patch = decide(before);
      if (!patch) return { before, after: before, changed: false };
      const after = await this.apply(tx, before, patch, actorPersonId, action, now);
      return { before, after, changed: after !== before };
    });
  }

  /** Writes the patch and its history entry, when it changes anything; returns `before` otherwise. */
  private async apply(tx: Tx, before: Intervention, patch: StoredPatch, actorPersonId: number | null, action: string, now: Date): Promise<Intervention> {
    const { ownerEmail, ...fields } = patch;
    const values: Partial<typeof interventions.$inferInsert> = { ...fields };
    if (ownerEmail !== undefined) values.ownerPersonId = (await this.ensureOwner(tx, ownerEmail, before.organisationId)).id;
    if (Object.keys(values).length > 0) await tx.update(interventions).set(values).where(eq(interventions.id, before.id));
    const after = (await this.findIn(tx, before.id))!;
    const changes = difference(snapshot(before), snapshot(after));
    // Writing the same values again changes nothing people see: no history, updated_at kept.
    if (Object.keys(changes).length === 0) return before;
    await tx.update(interventions).set({ updatedAt: now }).where(eq(interventions.id, before.id));
    await tx.insert(interventionHistory).values({ interventionId: before.id, at: now, actorPersonId, action, changes });
    return { ...after, updatedAt: now };
  }

  create(input: NewIntervention, actorPersonId: number | null, now: Date): Promise<Intervention | undefined> {
    return this.db.transaction(async (tx) => {
      const owner = await this.ensureOwner(tx, input.ownerEmail, input.organisationId);
      const policyId = input.policy ? await this.ensurePolicy(tx, input.organisationId, input.policy) : null;
      const categoryId = input.category ? await this.ensureCategory(tx, input.organisationId, input.category, undefined) : null;
      const inserted = await tx
        .insert(interventions)
        .values({
          organisationId: input.organisationId,
          title: input.title,
          description: input.description ?? null,
          ownerPersonId: owner.id,
          dueDate: input.dueDate,
          policyId,
          categoryId,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: interventions.id });
      if (inserted.length === 0) return undefined;
      const created = (await this.findIn(tx, inserted[0]!.id))!;
      await tx.insert(interventionHistory).values({ interventionId: created.id, at: now, actorPersonId, action: 'created', changes: difference(emptySnapshot, snapshot(created)) });
      return created;
    });
  }

  importPlan(rows: ImportRow[], actorPersonId: number | null, now: Date): Promise<ImportOutcome> {
    return this.db.transaction(async (tx) => {
      const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0, organisations: [], newOwners: [], unreachableOwners: [], changedIds: [] };
      const organisationIds = new Map<string, number>();
      const owners = new Map<string, { id: number; created: boolean; reachable: boolean }>();
      for (const row of rows) {
        const organisationKey = row.organisation.toLowerCase();
        let organisationId = organisationIds.get(organisationKey);
        if (organisationId === undefined) {
          const organisation = await new DrizzlePeopleStore(tx).ensureOrganisation(row.organisation);
          organisationId = organisation.id;
          organisationIds.set(organisationKey, organisationId);
          outcome.organisations.push(organisation.name);
        }
        let owner = owners.get(row.ownerEmail);
        if (!owner) {
          owner = await this.ensureOwner(tx, row.ownerEmail, organisationId);
          owners.set(row.ownerEmail, owner);
          if (owner.created) outcome.newOwners.push(row.ownerEmail);
          if (!owner.reachable) outcome.unreachableOwners.push(row.ownerEmail);
        }
        const policyId = row.policy === undefined ? undefined : row.policy === null ? null : await this.ensurePolicy(tx, organisationId, row.policy);
        const categoryId =
          row.category === undefined ? undefined : row.category === null ? null : await this.ensureCategory(tx, organisationId, row.category, row.categoryPriority);

        const [existing] = await tx
          .select({ id: interventions.id })
          .from(interventions)
          .where(and(eq(interventions.organisationId, organisationId), sql`lower(${interventions.title}) = ${row.title.toLowerCase()}`))
          .for('update');
        if (!existing) {
          const status = row.status ?? 'planned';
          const [inserted] = await tx
            .insert(interventions)
            .values({
              organisationId,
              title: row.title,
              description: row.description ?? null,
              ownerPersonId: owner.id,
              dueDate: row.dueDate,
              status,
              completedAt: status === 'done' ? now : null,
              policyId: policyId ?? null,
              categoryId: categoryId ?? null,
              createdAt: now,
              updatedAt: now,
            })
            .returning({ id: interventions.id });
          const created = (await this.findIn(tx, inserted!.id))!;
          await tx.insert(interventionHistory).values({ interventionId: created.id, at: now, actorPersonId, action: 'imported', changes: difference(emptySnapshot, snapshot(created)) });
          outcome.created++;
          outcome.changedIds.push(created.id);
          continue;
        }
        const before = (await this.findIn(tx, existing.id))!;
        const values: Partial<typeof interventions.$inferInsert> = { title: row.title, ownerPersonId: owner.id, dueDate: row.dueDate };
        if (row.description !== undefined) values.description = row.description;
        if (policyId !== undefined) values.policyId = policyId;
        if (categoryId !== undefined) values.categoryId = categoryId;
        if (row.status !== undefined && row.status !== before.status) {
          values.status = row.status;
          values.completedAt = row.status === 'done' ? now : null;
          if (row.status === 'done' || row.status === 'cancelled') values.snoozedUntil = null;
        }
        const after = await this.apply(tx, before, values, actorPersonId, 'imported', now);
        if (after === before) {
          outcome.unchanged++;
        } else {
          outcome.updated++;
          outcome.changedIds.push(before.id);
        }
      }
      return outcome;
    });
  }

  /** The person with the e-mail, created (known by e-mail only) when new; placed in the organisation if they have none. */
  private async ensureOwner(tx: Tx, email: string, organisationId: number): Promise<{ id: number; created: boolean; reachable: boolean }> {
    const result = await tx.execute(sql`
      insert into people (name, email, organisation_id)
      values (${nameFromEmail(email)}, ${email.toLowerCase()}, ${organisationId})
      -- Someone Keino knows keeps their organisation (an admin without one included): an import only places new people.
      on conflict ((lower(email))) do update set email = people.email
      returning id, (xmax = 0) as created,
        exists (select 1 from platform_identities where platform_identities.person_id = people.id) as reachable`);
    const row = rowsOf<{ id: number; created: boolean; reachable: boolean }>(result)[0]!;
    return { id: Number(row.id), created: Boolean(row.created), reachable: Boolean(row.reachable) };
  }

  private async ensurePolicy(tx: Tx, organisationId: number, name: string): Promise<number> {
    const result = await tx.execute(sql`
      insert into procurement_policies (organisation_id, name) values (${organisationId}, ${name})
      on conflict (organisation_id, (lower(name))) do update set name = procurement_policies.name
      returning id`);
    return Number(rowsOf<{ id: number }>(result)[0]!.id);
  }

  private async ensureCategory(tx: Tx, organisationId: number, name: string, priority: number | null | undefined): Promise<number> {
    const result = await tx.execute(sql`
      insert into procurement_categories (organisation_id, name, priority) values (${organisationId}, ${name}, ${priority ?? null})
      on conflict (organisation_id, (lower(name))) do update
        set priority = case when ${priority === undefined} then procurement_categories.priority else excluded.priority end
      returning id`);
    return Number(rowsOf<{ id: number }>(result)[0]!.id);
  }

  async history(id: number): Promise<HistoryEntry[]> {
    return this.db
      .select({
        at: interventionHistory.at,
        actorPersonId: interventionHistory.actorPersonId,
        actorName: people.name,
        action: interventionHistory.action,
        changes: interventionHistory.changes,
      })
      .from(interventionHistory)
      .leftJoin(people, eq(people.id, interventionHistory.actorPersonId))
      .where(eq(interventionHistory.interventionId, id))
      .orderBy(asc(interventionHistory.at), asc(interventionHistory.id));
  }

  async organisationByName(name: string): Promise<Organisation | undefined> {
    const [row] = await this.db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(sql`lower(${organisations.name}) = ${name.trim().toLowerCase()}`)
      .limit(1);
    return row;
  }

  async organisationsWithInterventions(): Promise<Organisation[]> {
    return this.db
      .selectDistinct({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .innerJoin(interventions, eq(interventions.organisationId, organisations.id))
      .orderBy(asc(organisations.name));
  }

  async coordinators(organisationId: number): Promise<number[]> {
    const rows = await this.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organisationId, organisationId), eq(people.role, 'coordinator')))
      .orderBy(asc(people.id));
    return rows.map((row) => row.id);
  }

  async nudgeSchedule(organisationId: number): Promise<NudgeSchedule> {
    const [row] = await this.db.select().from(interventionNudgeSettings).where(eq(interventionNudgeSettings.organisationId, organisationId));
    if (!row) return { ...DEFAULT_NUDGE_SCHEDULE, daysBefore: [...DEFAULT_NUDGE_SCHEDULE.daysBefore] };
    return {
      daysBefore: [...row.daysBefore].sort((a, b) => b - a),
      onDueDate: row.onDueDate,
      sendAt: row.sendAt,
      overdueEveryDays: row.overdueEveryDays,
      escalateAfterDays: row.escalateAfterDays,
      digestWeekday: row.digestWeekday,
      digestAt: row.digestAt,
    };
  }

  async saveNudgeSchedule(organisationId: number, schedule: NudgeSchedule, actorPersonId: number | null): Promise<void> {
    const values = { ...schedule, updatedAt: new Date(), updatedBy: actorPersonId };
    await this.db
      .insert(interventionNudgeSettings)
      .values({ organisationId, ...values })
      .onConflictDoUpdate({ target: interventionNudgeSettings.organisationId, set: values });
  }
}

const emptySnapshot: Snapshot = Object.fromEntries(TRACKED.map((field) => [field, null])) as Snapshot;
