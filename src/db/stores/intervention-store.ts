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
  type PlanCounts,
} from '../../core/interventions/intervention.js';
import type { Executor } from '../client.js';
import {
  interventionHistory,
  interventionNudgeSettings,
  interventions,
  organisations,
  people,
  planWeeks,
  platformIdentities,
  procurementCategories,
  procurementPolicies,
} from '../schema/index.js';
import { rowsOf } from './people-store.js';
import { jsonRows, SLICE, slices, timestampOf } from './json-rows.js';

type Tx = Executor;

interface ImportedOwner {
  id: number;
  name: string;
  email: string | null;
  created: boolean;
  reachable: boolean;
}

interface ExistingIntervention {
  intervention: Intervention;
  policyId: number | null;
  categoryId: number | null;
}

type UpdatedColumn = 'title' | 'description' | 'ownerPersonId' | 'dueDate' | 'status' | 'completedAt' | 'snoozedUntil' | 'policyId' | 'categoryId';

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
  constructor(private readonly db: Executor) {}

  private select(db: Tx = this.db) {
    return db
      .select({
        intervention: interventions,
        organisationName: organisations.name,
        policyName: procurementPolicies.name,
        categoryName: procurementCategories.name,
        categoryPriority: procurementCategories.priority,
        owner: {
          id: people.id,
          name: people.name,
          email: people.email,
          locale: people.locale,
          timeZone: people.timeZone,
          organisationId: people.organisationId,
        },
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

  async findMany(ids: number[]): Promise<Intervention[]> {
    const found: Intervention[] = [];
    for (const slice of slices(ids)) {
      const rows = await this.select()
        .where(sql`${interventions.id} in (select value::int from jsonb_array_elements_text(${jsonRows(slice)}))`)
        .orderBy(asc(interventions.id));
      found.push(...rows.map((row) => this.toIntervention(row)));
    }
    return found;
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
      await tx
        .insert(interventionHistory)
        .values({ interventionId: created.id, at: now, actorPersonId, action: 'created', changes: difference(emptySnapshot, snapshot(created)) });
      return created;
    });
  }

  /**
   * The whole file in a few set-based statements, in one transaction: organisations, owners,
   * policies and categories upserted a set each; the existing interventions locked and read at
   * once; what is new inserted, what changed updated, and every history entry written, each in
   * slices of a few thousand rows. What a row changes is decided here, as `apply` decides it for
   * one intervention: only a change people see is written and goes into the history.
   */
  importPlan(rows: ImportRow[], actorPersonId: number | null, now: Date): Promise<ImportOutcome> {
    return this.db.transaction(async (tx) => {
      const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0, organisations: [], newOwners: [], unreachableOwners: [], changedIds: [] };
      const organisationOf = await this.ensureOrganisations(
        tx,
        rows.map((row) => row.organisation),
      );
      for (const organisation of new Map(rows.map((row) => [organisationOf(row.organisation).id, organisationOf(row.organisation)])).values()) {
        outcome.organisations.push(organisation.name);
      }
      const ownerOf = await this.ensureOwners(
        tx,
        rows.map((row) => ({ email: row.ownerEmail, organisationId: organisationOf(row.organisation).id })),
      );
      for (const email of new Set(rows.map((row) => row.ownerEmail))) {
        const owner = ownerOf(email);
        if (owner.created) outcome.newOwners.push(email);
        if (!owner.reachable) outcome.unreachableOwners.push(email);
      }
      const policyOf = await this.ensureNamed(
        tx,
        'procurement_policies',
        rows.flatMap((row) => (row.policy ? [{ organisationId: organisationOf(row.organisation).id, name: row.policy }] : [])),
      );
      const categoryOf = await this.ensureNamed(
        tx,
        'procurement_categories',
        rows.flatMap((row) =>
          row.category ? [{ organisationId: organisationOf(row.organisation).id, name: row.category, priority: row.categoryPriority }] : [],
        ),
      );
      const existing = await this.lockExisting(
        tx,
        rows.map((row) => ({ organisationId: organisationOf(row.organisation).id, title: row.title })),
      );

      const inserts: (typeof interventions.$inferInsert & { line: number })[] = [];
      const updates: { id: number; values: Required<Pick<typeof interventions.$inferInsert, UpdatedColumn>> }[] = [];
      const history: { id: number; changes: Record<string, [unknown, unknown]> }[] = [];
      const insertedSnapshots = new Map<string, Snapshot>();
      rows.forEach((row, index) => {
        const organisationId = organisationOf(row.organisation).id;
        const owner = ownerOf(row.ownerEmail);
        // undefined: the file has no such column (kept as it is); null: an empty cell.
        const policy = row.policy === undefined || row.policy === null ? row.policy : policyOf(organisationId, row.policy);
        const category = row.category === undefined || row.category === null ? row.category : categoryOf(organisationId, row.category);
        const before = existing.get(index);
        if (!before) {
          const status = row.status ?? 'planned';
          const completedAt = status === 'done' ? now : null;
          inserts.push({
            line: row.line,
            organisationId,
            title: row.title,
            description: row.description ?? null,
            ownerPersonId: owner.id,
            dueDate: row.dueDate,
            status,
            completedAt,
            policyId: policy?.id ?? null,
            categoryId: category?.id ?? null,
          });
          insertedSnapshots.set(`${organisationId}\u0000${row.title}`, {
            title: row.title,
            description: row.description ?? null,
            owner: owner.email ?? owner.name,
            dueDate: row.dueDate,
            status,
            policy: policy?.name ?? null,
            category: category?.name ?? null,
            completedAt: completedAt?.toISOString() ?? null,
            snoozedUntil: null,
          });
          return;
        }
        const { intervention, policyId, categoryId } = before;
        const statusChanges = row.status !== undefined && row.status !== intervention.status;
        const status = statusChanges ? row.status! : intervention.status;
        const completedAt = statusChanges ? (status === 'done' ? now : null) : intervention.completedAt;
        const snoozedUntil = statusChanges && (status === 'done' || status === 'cancelled') ? null : intervention.snoozedUntil;
        const description = row.description !== undefined ? row.description : intervention.description;
        const after: Snapshot = {
          title: row.title,
          description,
          owner: owner.email ?? owner.name,
          dueDate: row.dueDate,
          status,
          policy: policy === undefined ? intervention.policyName : (policy?.name ?? null),
          category: category === undefined ? intervention.categoryName : (category?.name ?? null),
          completedAt: completedAt?.toISOString() ?? null,
          snoozedUntil: snoozedUntil?.toISOString() ?? null,
        };
        const changes = difference(snapshot(intervention), after);
        // Writing the same values again changes nothing people see: no write, no history, updated_at kept.
        if (Object.keys(changes).length === 0) {
          outcome.unchanged++;
          return;
        }
        updates.push({
          id: intervention.id,
          values: {
            title: row.title,
            description,
            ownerPersonId: owner.id,
            dueDate: row.dueDate,
            status,
            completedAt,
            snoozedUntil,
            policyId: policy === undefined ? policyId : (policy?.id ?? null),
            categoryId: category === undefined ? categoryId : (category?.id ?? null),
          },
        });
        history.push({ id: intervention.id, changes });
        outcome.updated++;
      });

      const insertedIds = await this.insertInterventions(tx, inserts, now);
      await this.updateInterventions(tx, updates, now);
      const changedIds = new Map<number, number>(); // line → id, for the file's order
      for (const insert of inserts) {
        const key = `${insert.organisationId}\u0000${insert.title}`;
        const id = insertedIds.get(key)!;
        changedIds.set(insert.line, id);
        history.push({ id, changes: difference(emptySnapshot, insertedSnapshots.get(key)!) });
      }
      outcome.created = inserts.length;
      const updatedLines = new Map(updates.map((update) => [update.id, 0]));
      rows.forEach((row, index) => {
        const id = existing.get(index)?.intervention.id;
        if (id !== undefined && updatedLines.has(id)) changedIds.set(row.line, id);
      });
      outcome.changedIds = [...changedIds.entries()].sort(([a], [b]) => a - b).map(([, id]) => id);
      const historyOrder = new Map(outcome.changedIds.map((id, position) => [id, position]));
      history.sort((a, b) => historyOrder.get(a.id)! - historyOrder.get(b.id)!);
      await this.insertHistory(tx, history, actorPersonId, now);
      return outcome;
    });
  }

  /** Every organisation the file names, created when new; a look-up by the name as written. */
  private async ensureOrganisations(tx: Tx, names: string[]): Promise<(name: string) => Organisation> {
    const distinct = [...new Map(names.map((name) => [name.trim().toLowerCase(), name.trim()])).values()];
    const result = await tx.execute(sql`
      with named as (select * from jsonb_to_recordset(${jsonRows(distinct.map((name, n) => ({ n, name })))}) as r(n int, name text)),
        upserted as (
          insert into organisations (name)
          select distinct on (lower(name)) name from named order by lower(name), n
          on conflict ((lower(name))) do update set name = organisations.name
          returning id, name)
      select named.name as asked, upserted.id, upserted.name from named join upserted on lower(upserted.name) = lower(named.name)`);
    const byName = new Map(
      rowsOf<{ asked: string; id: number; name: string }>(result).map((row) => [row.asked.toLowerCase(), { id: Number(row.id), name: row.name }]),
    );
    return (name) => byName.get(name.trim().toLowerCase())!;
  }

  /**
   * The owners, created (known by e-mail only, in the organisation of their first row) when new.
   * Someone Keino knows keeps their organisation (an admin without one included): an import only
   * places new people.
   */
  private async ensureOwners(tx: Tx, owners: { email: string; organisationId: number }[]): Promise<(email: string) => ImportedOwner> {
    const byEmail = new Map<string, ImportedOwner>();
    const first = [...new Map([...owners].reverse().map((owner) => [owner.email.toLowerCase(), owner])).values()];
    for (const slice of slices(first)) {
      const result = await tx.execute(sql`
        with wanted as (select * from jsonb_to_recordset(${jsonRows(slice.map((owner, n) => ({ n, name: nameFromEmail(owner.email), email: owner.email.toLowerCase(), organisation_id: owner.organisationId })))}) as r(n int, name text, email text, organisation_id int)),
          upserted as (
            insert into people (name, email, organisation_id)
            select distinct on (lower(email)) name, email, organisation_id from wanted order by lower(email), n
            on conflict ((lower(email))) do update set email = people.email
            returning id, name, email, (xmax = 0) as created,
              exists (select 1 from platform_identities where platform_identities.person_id = people.id) as reachable)
        select wanted.email as asked, upserted.* from wanted join upserted on lower(upserted.email) = lower(wanted.email)`);
      for (const row of rowsOf<{ asked: string; id: number; name: string; email: string | null; created: boolean; reachable: boolean }>(result)) {
        byEmail.set(row.asked, { id: Number(row.id), name: row.name, email: row.email, created: Boolean(row.created), reachable: Boolean(row.reachable) });
      }
    }
    return (email) => byEmail.get(email.toLowerCase())!;
  }

  /**
   * An organisation's policies or categories, created as they appear (first spelling kept). A
   * category's priority is the one its last row gives; left as it is when the file has no such column.
   */
  private async ensureNamed(
    tx: Tx,
    table: 'procurement_policies' | 'procurement_categories',
    named: { organisationId: number; name: string; priority?: number | null }[],
  ): Promise<(organisationId: number, name: string) => { id: number; name: string }> {
    const keyOf = (organisationId: number, name: string) => `${organisationId}\u0000${name.toLowerCase()}`;
    const distinct = new Map<string, { organisation_id: number; name: string; priority: number | null; keep: boolean }>();
    for (const entry of named) {
      const key = keyOf(entry.organisationId, entry.name);
      const spelling = distinct.get(key)?.name ?? entry.name;
      distinct.set(key, { organisation_id: entry.organisationId, name: spelling, priority: entry.priority ?? null, keep: entry.priority === undefined });
    }
    const byKey = new Map<string, { id: number; name: string }>();
    for (const slice of slices([...distinct.values()])) {
      const rows = jsonRows(slice.map((entry, n) => ({ n, ...entry })));
      const upsert =
        table === 'procurement_policies'
          ? sql`insert into procurement_policies (organisation_id, name)
              select distinct on (organisation_id, lower(name)) organisation_id, name from wanted order by organisation_id, lower(name), n
              on conflict (organisation_id, (lower(name))) do update set name = procurement_policies.name
              returning id, organisation_id, name`
          : sql`insert into procurement_categories (organisation_id, name, priority)
              select distinct on (organisation_id, lower(name)) organisation_id, name, priority from wanted order by organisation_id, lower(name), n
              on conflict (organisation_id, (lower(name))) do update
                set priority = case when ${slice.every((entry) => entry.keep)} then procurement_categories.priority else excluded.priority end
              returning id, organisation_id, name`;
      const result = await tx.execute(sql`
        with wanted as (select * from jsonb_to_recordset(${rows}) as r(n int, organisation_id int, name text, priority int)),
          upserted as (${upsert})
        select wanted.organisation_id, wanted.name as asked, upserted.id, upserted.name from wanted
        join upserted on upserted.organisation_id = wanted.organisation_id and lower(upserted.name) = lower(wanted.name)`);
      for (const row of rowsOf<{ organisation_id: number; asked: string; id: number; name: string }>(result)) {
        byKey.set(keyOf(Number(row.organisation_id), row.asked), { id: Number(row.id), name: row.name });
      }
    }
    return (organisationId, name) => byKey.get(keyOf(organisationId, name))!;
  }

  /** The file's interventions that exist already (by organisation and title, any case), locked: row index → as stored. */
  private async lockExisting(tx: Tx, wanted: { organisationId: number; title: string }[]): Promise<Map<number, ExistingIntervention>> {
    const indexOfId = new Map<number, number>();
    for (const [sliceNumber, slice] of slices(wanted).entries()) {
      const result = await tx.execute(sql`
        select r.n, i.id from jsonb_to_recordset(${jsonRows(slice.map((row, n) => ({ n, organisation_id: row.organisationId, title: row.title })))}) as r(n int, organisation_id int, title text)
        join interventions i on i.organisation_id = r.organisation_id and lower(i.title) = lower(r.title)
        order by i.id
        for update of i`);
      for (const row of rowsOf<{ n: number; id: number }>(result)) indexOfId.set(Number(row.id), sliceNumber * SLICE + Number(row.n));
    }
    const existing = new Map<number, ExistingIntervention>();
    for (const slice of slices([...indexOfId.keys()])) {
      const found = await this.select(tx).where(sql`${interventions.id} in (select value::int from jsonb_array_elements_text(${jsonRows(slice)}))`);
      for (const row of found) {
        existing.set(indexOfId.get(row.intervention.id)!, {
          intervention: this.toIntervention(row),
          policyId: row.intervention.policyId,
          categoryId: row.intervention.categoryId,
        });
      }
    }
    return existing;
  }

  /** New interventions, in the file's order: (organisation, title) → id. */
  private async insertInterventions(tx: Tx, inserts: (typeof interventions.$inferInsert & { line: number })[], now: Date): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const slice of slices(inserts)) {
      const rows = slice.map((insert) => ({
        line: insert.line,
        organisation_id: insert.organisationId,
        title: insert.title,
        description: insert.description,
        owner_person_id: insert.ownerPersonId,
        due_date: insert.dueDate,
        status: insert.status,
        completed_at: insert.completedAt?.toISOString() ?? null,
        policy_id: insert.policyId,
        category_id: insert.categoryId,
      }));
      const result = await tx.execute(sql`
        insert into interventions (organisation_id, title, description, owner_person_id, due_date, status, completed_at, policy_id, category_id, created_at, updated_at)
        select organisation_id, title, description, owner_person_id, due_date, status, completed_at, policy_id, category_id, ${timestampOf(now)}, ${timestampOf(now)}
        from jsonb_to_recordset(${jsonRows(rows)}) as r(line int, organisation_id int, title text, description text, owner_person_id int, due_date date, status text,
          completed_at timestamptz, policy_id int, category_id int)
        order by line
        returning id, organisation_id, title`);
      for (const row of rowsOf<{ id: number; organisation_id: number; title: string }>(result))
        ids.set(`${Number(row.organisation_id)}\u0000${row.title}`, Number(row.id));
    }
    return ids;
  }

  private async updateInterventions(
    tx: Tx,
    updates: { id: number; values: Required<Pick<typeof interventions.$inferInsert, UpdatedColumn>> }[],
    now: Date,
  ): Promise<void> {
    for (const slice of slices(updates)) {
      const rows = slice.map(({ id, values }) => ({
        id,
        title: values.title,
        description: values.description,
        owner_person_id: values.ownerPersonId,
        due_date: values.dueDate,
        status: values.status,
        completed_at: values.completedAt?.toISOString() ?? null,
        snoozed_until: values.snoozedUntil?.toISOString() ?? null,
        policy_id: values.policyId,
        category_id: values.categoryId,
      }));
      await tx.execute(sql`
        update interventions i set title = r.title, description = r.description, owner_person_id = r.owner_person_id, due_date = r.due_date,
          status = r.status, completed_at = r.completed_at, snoozed_until = r.snoozed_until, policy_id = r.policy_id, category_id = r.category_id,
          updated_at = ${timestampOf(now)}
        from jsonb_to_recordset(${jsonRows(rows)}) as r(id int, title text, description text, owner_person_id int, due_date date, status text,
          completed_at timestamptz, snoozed_until timestamptz, policy_id int, category_id int)
        where i.id = r.id`);
    }
  }

  private async insertHistory(
    tx: Tx,
    entries: { id: number; changes: Record<string, [unknown, unknown]> }[],
    actorPersonId: number | null,
    now: Date,
  ): Promise<void> {
    for (const slice of slices(entries)) {
      await tx.execute(sql`
        insert into intervention_history (intervention_id, at, actor_person_id, action, changes)
        select r.id, ${timestampOf(now)}, ${actorPersonId}::int, 'imported', r.changes
        from jsonb_to_recordset(${jsonRows(slice.map((entry, n) => ({ n, ...entry })))}) as r(n int, id int, changes jsonb)
        order by r.n`);
    }
  }

  /**
   * The rows whose owner Keino knows in another organisation than the row's (none known by that
   * name counts as another): `task assign` refuses such an owner, and so does the import.
   */
  async ownersElsewhere(rows: { line: number; organisation: string; ownerEmail: string }[]): Promise<{ line: number; ownerEmail: string }[]> {
    const elsewhere: { line: number; ownerEmail: string }[] = [];
    for (const slice of slices(rows)) {
      const result = await this.db.execute(sql`
        select r.line, r.email from jsonb_to_recordset(${jsonRows(slice.map((row) => ({ line: row.line, organisation: row.organisation, email: row.ownerEmail })))})
          as r(line int, organisation text, email text)
        join people p on lower(p.email) = lower(r.email)
        left join organisations o on lower(o.name) = lower(trim(r.organisation))
        where p.organisation_id is not null and p.organisation_id is distinct from o.id
        order by r.line`);
      elsewhere.push(...rowsOf<{ line: number; email: string }>(result).map((row) => ({ line: Number(row.line), ownerEmail: row.email })));
    }
    return elsewhere;
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

  async recordWeek(organisationId: number, weekOf: string, counts: PlanCounts): Promise<void> {
    await this.db
      .insert(planWeeks)
      .values({ organisationId, weekOf, ...counts })
      .onConflictDoNothing();
  }

  async recordedWeek(organisationId: number, weekOf: string): Promise<PlanCounts | undefined> {
    const [row] = await this.db
      .select({ done: planWeeks.done, onTime: planWeeks.onTime, dueSoon: planWeeks.dueSoon, overdue: planWeeks.overdue })
      .from(planWeeks)
      .where(and(eq(planWeeks.organisationId, organisationId), eq(planWeeks.weekOf, weekOf)));
    return row;
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
