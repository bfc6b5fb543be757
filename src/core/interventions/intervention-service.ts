import type { AuditLog } from '../audit/audit-log.js';
import { KeinoError } from '../errors.js';
import type { Organisation, PeopleStore } from '../people/people-store.js';
import type { Person } from '../people/person.js';
import { withoutTransactions, type Transactions } from '../ports/transactions.js';
import { addDays, localDateOf, weekdayOf } from '../time/local-time.js';
import { changeSinceLastWeek, type WeeklyChange } from './intervention-charts.js';
import { FileTooLarge } from '../files/shared-file.js';
import { MAX_BYTES, parseInterventionCsv, type CsvProblem } from './intervention-csv.js';
import { rejectionLines } from './intervention-render.js';
import type { ChangeResult, ImportOutcome, InterventionStore, StoredPatch } from './intervention-store.js';
import type { ImportReport, Overview } from './intervention-reports.js';
import { accessTo, isOpen, OPEN_STATUSES, type HistoryEntry, type Intervention, type NudgeSchedule } from './intervention.js';

/**
 * Told when interventions were created or changed (the nudge planner listens), inside the change's
 * transaction: the jobs it plans are written with the change or not at all.
 */
export type { ImportReport, Overview } from './intervention-reports.js';

export type InterventionListener = (interventionIds: number[], now: Date) => Promise<void>;

/** A file that cannot be imported: every problem, each with its line and column. Nothing was written. */
export class ImportRejected extends KeinoError {
  constructor(readonly problems: CsvProblem[]) {
    super('interventions.import_rejected', 'interventions.import.rejected', { count: problems.length }, (t) => rejectionLines(t, problems).join('\n'));
    this.name = 'ImportRejected';
  }
}

const UPCOMING_DAYS = 14;
const COORDINATING: Person['role'][] = ['coordinator', 'admin'];

/**
 * Hankintaluotsi interventions: who may see and change which, every change with its history,
 * the file import. Knows no platform and no database; talks to the store port.
 */
export class InterventionService {
  private readonly listeners: InterventionListener[] = [];

  constructor(
    private readonly store: InterventionStore,
    private readonly people: PeopleStore,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions = withoutTransactions,
  ) {}

  /** Called with the ids of interventions after they are created or changed. */
  onChange(listener: InterventionListener): void {
    this.listeners.push(listener);
  }

  /** Plans every open intervention of the organisation again (its days off changed). */
  async replanOrganisation(organisationId: number, now: Date): Promise<void> {
    const open = await this.store.listForOrganisation(organisationId, OPEN_STATUSES);
    await this.changed(
      open.map((intervention) => intervention.id),
      now,
    );
  }

  private async changed(ids: number[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    for (const listener of this.listeners) await listener(ids, now);
  }

  /** An intervention the person may see and change; others are refused without saying what exists. */
  async visible(person: Person, id: number): Promise<Intervention> {
    const intervention = await this.store.find(id);
    return guard(person, id, intervention);
  }

  find(id: number): Promise<Intervention | undefined> {
    return this.store.find(id);
  }

  /** Those of the ids that exist, in one read. */
  findMany(ids: number[]): Promise<Intervention[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.store.findMany(ids);
  }

  /** The person's own open interventions, soonest first. */
  mine(person: Person): Promise<Intervention[]> {
    return this.store.listForOwner(person.id, OPEN_STATUSES);
  }

  /**
   * The organisation's overview for its coordinators (and admins, for any organisation): counts by
   * status, what is overdue, what is due in the next 14 days, owners Keino cannot reach.
   */
  async overview(person: Person, now: Date, timeZone: string, organisationName?: string): Promise<Overview> {
    return this.overviewOf(await this.organisationFor(person, organisationName), now, timeZone);
  }

  /** The overview itself, for whoever may see it (a coordinator's command, their weekly digest). */
  async overviewOf(organisation: Organisation, now: Date, timeZone: string): Promise<Overview> {
    const [counts, open, done] = await Promise.all([
      this.store.countsByStatus(organisation.id),
      this.store.listForOrganisation(organisation.id, OPEN_STATUSES),
      this.store.listForOrganisation(organisation.id, ['done']),
    ]);
    const today = localDateOf(now, timeZone);
    const horizon = addDays(today, UPCOMING_DAYS);
    return {
      organisation,
      counts,
      open,
      done,
      overdue: open.filter((intervention) => intervention.dueDate < today),
      upcoming: open.filter((intervention) => intervention.dueDate >= today && intervention.dueDate <= horizon),
      unreachableOwners: [...new Set(open.filter((intervention) => !intervention.ownerReachable).map((i) => i.owner.email ?? i.owner.name))],
      owners: [...new Map(open.map((intervention) => [intervention.owner.id, { id: intervention.owner.id, name: intervention.owner.name }])).values()],
    };
  }

  /**
   * The plan now next to last week's, for the weekly digest: this week's counts are recorded (the
   * first digest of the week keeps them) and last week's record, when there is one, is the "before".
   */
  async weeklyChange(overview: Overview, now: Date, timeZone: string): Promise<WeeklyChange> {
    const thisWeek = mondayOf(localDateOf(now, timeZone));
    const change = changeSinceLastWeek({ now, timeZone }, overview, await this.store.recordedWeek(overview.organisation.id, addDays(thisWeek, -7)));
    await this.store.recordWeek(overview.organisation.id, thisWeek, change.now);
    return change;
  }

  organisation(id: number): Promise<Organisation | undefined> {
    return this.people.organisation(id);
  }

  async hasInterventions(organisationId: number): Promise<boolean> {
    const counts = await this.store.countsByStatus(organisationId);
    return Object.values(counts).some((count) => count > 0);
  }

  /** The people who coordinate the organisation's plan: they get escalations and the weekly digest. */
  coordinatorsOf(organisationId: number): Promise<number[]> {
    return this.store.coordinators(organisationId);
  }

  /** Coordinators see their own organisation; admins any, by name. */
  async organisationFor(person: Person, name?: string): Promise<Organisation> {
    if (name && person.role === 'admin') {
      const named = await this.store.organisationByName(name);
      if (!named) throw new KeinoError('interventions.unknown_organisation', 'interventions.unknownOrganisation', { name: name.slice(0, 80) });
      return named;
    }
    if (person.organisationId === null) {
      if (person.role === 'admin') {
        const known = await this.store.organisationsWithInterventions();
        throw new KeinoError('interventions.name_organisation', 'interventions.nameOrganisation', {
          names: known.map((organisation) => organisation.name).join(', ') || '–',
        });
      }
      throw new KeinoError('interventions.no_organisation', 'interventions.noOrganisation');
    }
    const own = await this.people.organisation(person.organisationId);
    if (!own) throw new KeinoError('interventions.no_organisation', 'interventions.noOrganisation');
    if (name && own.name.toLowerCase() !== name.trim().toLowerCase()) {
      throw new KeinoError('interventions.unknown_organisation', 'interventions.unknownOrganisation', { name: name.slice(0, 80) });
    }
    return own;
  }

  complete(person: Person, id: number, now: Date): Promise<ChangeResult> {
    return this.change(person, id, 'completed', now, (current) =>
      current.status === 'done' ? undefined : { status: 'done', completedAt: now, snoozedUntil: null },
    );
  }

  start(person: Person, id: number, now: Date): Promise<ChangeResult> {
    return this.change(person, id, 'started', now, (current) => {
      if (current.status === 'in_progress') return undefined;
      if (!isOpen(current.status)) throw closed(current);
      return { status: 'in_progress' };
    });
  }

  /** Postpones the nudges until the given instant. */
  snooze(person: Person, id: number, until: Date, now: Date): Promise<ChangeResult> {
    if (until.getTime() <= now.getTime()) throw new KeinoError('interventions.snooze_past', 'interventions.snoozePast');
    return this.change(person, id, 'snoozed', now, (current) => {
      if (!isOpen(current.status)) throw closed(current);
      if (current.snoozedUntil?.getTime() === until.getTime()) return undefined;
      return { snoozedUntil: until };
    });
  }

  /** Coordinators (their organisation) and admins create one intervention in chat. */
  async add(
    person: Person,
    input: { title: string; ownerEmail: string; dueDate: string; organisation?: string; policy?: string; category?: string },
    now: Date,
  ): Promise<{ intervention: Intervention; ownerReachable: boolean }> {
    requireCoordinator(person);
    const organisation = await this.organisationFor(person, input.organisation);
    const ownerEmail = input.ownerEmail.toLowerCase();
    await this.checkOwner(ownerEmail, organisation);
    const created = await this.transactions.atomically(async () => {
      const stored = await this.store.create(
        { organisationId: organisation.id, title: input.title, ownerEmail, dueDate: input.dueDate, policy: input.policy, category: input.category },
        person.id,
        now,
      );
      if (stored) await this.changed([stored.id], now);
      return stored;
    });
    if (!created) throw new KeinoError('interventions.duplicate_title', 'interventions.duplicateTitle', { title: input.title.slice(0, 120) });
    return { intervention: created, ownerReachable: created.ownerReachable };
  }

  /** Hands an intervention to another owner (coordinators and admins). */
  async assign(person: Person, id: number, ownerEmail: string, now: Date): Promise<ChangeResult> {
    requireCoordinator(person);
    const email = ownerEmail.toLowerCase();
    const current = guard(person, id, await this.store.find(id));
    const organisation = await this.people.organisation(current.organisationId);
    if (organisation) await this.checkOwner(email, organisation);
    return this.change(person, id, 'assigned', now, (locked) => (locked.owner.email?.toLowerCase() === email ? undefined : { ownerEmail: email }));
  }

  /**
   * Imports a Hankintaluotsi file: every row or none. `actor` null: an operator on the command
   * line, who may import for any organisation; a coordinator only for their own.
   */
  async importCsv(content: string | Uint8Array, options: { actor: Person | null; source: string }, now: Date): Promise<ImportReport> {
    const { actor } = options;
    if (actor) requireCoordinator(actor);
    // The same limit on every way in (a file in chat is refused before it is fetched, one on disk before it is read).
    if ((typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength) > MAX_BYTES) throw new FileTooLarge(MAX_BYTES);
    const parsed = parseInterventionCsv(content);
    if (parsed.problems.length > 0) throw new ImportRejected(parsed.problems);
    if (parsed.rows.length === 0) throw new ImportRejected([{ kind: 'empty', line: 1 }]);
    if (actor && actor.role !== 'admin') {
      const own = actor.organisationId === null ? undefined : await this.people.organisation(actor.organisationId);
      const foreign = parsed.rows.filter((row) => row.organisation.toLowerCase() !== own?.name.toLowerCase());
      if (foreign.length > 0) {
        throw new ImportRejected(foreign.map((row) => ({ kind: 'foreignOrganisation', line: row.line, column: 'organisation', value: row.organisation })));
      }
    }
    const outcome = await this.transactions.atomically(async () => {
      // Like task assign: an owner Keino knows in another organisation is refused, each row named.
      const ownersElsewhere = await this.store.ownersElsewhere(parsed.rows);
      if (ownersElsewhere.length > 0) {
        throw new ImportRejected(ownersElsewhere.map((row) => ({ kind: 'ownerElsewhere', line: row.line, column: 'owner_email', value: row.ownerEmail })));
      }
      const imported = await this.store.importPlan(parsed.rows, actor?.id ?? null, now);
      await this.recordImport(actor, options.source, parsed.rows.length, imported);
      await this.changed(imported.changedIds, now);
      return imported;
    });
    return { ...outcome, rows: parsed.rows.length, delimiter: parsed.delimiter, ignoredColumns: parsed.ignoredColumns };
  }

  private recordImport(actor: Person | null, source: string, rows: number, outcome: ImportOutcome): Promise<void> {
    return this.audit.record({
      actorPersonId: actor?.id ?? null,
      action: 'interventions.import',
      target: source,
      details: {
        rows,
        created: outcome.created,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        organisations: outcome.organisations,
        unreachableOwners: outcome.unreachableOwners.length,
      },
    });
  }

  async history(person: Person, id: number): Promise<HistoryEntry[]> {
    await this.visible(person, id);
    return this.store.history(id);
  }

  nudgeSchedule(organisationId: number): Promise<NudgeSchedule> {
    return this.store.nudgeSchedule(organisationId);
  }

  async setNudgeSchedule(person: Person, organisationName: string | undefined, schedule: NudgeSchedule, now: Date): Promise<Organisation> {
    requireCoordinator(person);
    const organisation = await this.organisationFor(person, organisationName);
    await this.transactions.atomically(async () => {
      await this.store.saveNudgeSchedule(organisation.id, schedule, person.id);
      await this.audit.record({ actorPersonId: person.id, action: 'interventions.schedule', target: organisation.name, details: { ...schedule } });
      const open = await this.store.listForOrganisation(organisation.id, OPEN_STATUSES);
      await this.changed(
        open.map((intervention) => intervention.id),
        now,
      );
    });
    return organisation;
  }

  private async change(
    person: Person,
    id: number,
    action: string,
    now: Date,
    decide: (current: Intervention) => StoredPatch | undefined,
  ): Promise<ChangeResult> {
    const result = await this.transactions.atomically(async () => {
      const stored = await this.store.change(id, person.id, action, (current) => decide(guard(person, id, current)), now);
      if (stored?.changed) await this.changed([id], now);
      return stored;
    });
    if (!result) throw notFound(id);
    return result;
  }

  /** An owner from another organisation is refused: a coordinator plans their own organisation's work. */
  private async checkOwner(email: string, organisation: Organisation): Promise<void> {
    const owner = await this.people.findByEmail(email);
    if (owner && owner.organisationId !== null && owner.organisationId !== organisation.id) {
      throw new KeinoError('interventions.owner_elsewhere', 'interventions.ownerElsewhere', { email });
    }
  }
}

function guard(person: Person, id: number, intervention: Intervention | undefined): Intervention {
  if (!intervention) throw notFound(id);
  const access = accessTo(person, intervention);
  if (access === 'none') throw notFound(id);
  if (access === 'sameOrganisation') throw new KeinoError('interventions.not_yours', 'interventions.notYours', { id });
  return intervention;
}

function notFound(id: number): KeinoError {
  return new KeinoError('interventions.not_found', 'interventions.notFound', { id });
}

function closed(intervention: Intervention): KeinoError {
  return new KeinoError('interventions.closed', 'interventions.closed', { id: intervention.id, title: intervention.title.slice(0, 120) });
}

function requireCoordinator(person: Person): void {
  if (!COORDINATING.includes(person.role)) {
    throw new KeinoError('auth.forbidden', 'interventions.coordinatorsOnly');
  }
}

/** The Monday of the date's week. */
function mondayOf(date: string): string {
  return addDays(date, 1 - weekdayOf(date));
}
