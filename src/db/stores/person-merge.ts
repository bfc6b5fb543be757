import { sql, type SQL } from 'drizzle-orm';
import { getTableConfig, PgTable, type AnyPgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../schema/index.js';
import { jobs, people } from '../schema/index.js';
import type { Executor } from '../client.js';

/** A column that refers to a person, and the column sets (with it) that must stay unique. */
export interface PersonReference {
  table: string;
  column: string;
  /** For each unique key that includes the column: its other columns. */
  uniqueWith: string[][];
  /** Rows a unique key compares only when both match this (a partial unique index), for `a` and `b`. */
  conflictWhen?: (a: SQL, b: SQL) => SQL;
}

/**
 * Unique keys the schema cannot spell out for the merge. A partial unique index must be named here
 * with its condition (personReferences() refuses one it does not know), and a table may ask for a
 * wider key: a person keeps one set of choices a poll, so the survivor's votes win over the
 * absorbed person's whole set, not option by option.
 */
const PARTIAL_UNIQUE_CONDITIONS: Record<string, (a: SQL, b: SQL) => SQL> = {
  group_memberships_open_key: (a, b) => sql`${a}.left_at is null and ${b}.left_at is null`,
};
const WIDER_KEYS: Record<string, string[]> = { 'poll_votes.person_id': ['poll_id'] };

/** JSON columns that carry a person id, by the convention their provider documents. */
export const JSON_PERSON_REFERENCES = ['jobs.payload'] as const;

/**
 * Every column of the schema with a foreign key to people.id, found from the schema itself so that
 * a new table is merged without being listed; what cannot be found (a partial index's condition)
 * must be listed above, or this throws (test/people/person-merge.test.ts calls it).
 */
export function personReferences(): PersonReference[] {
  const found: PersonReference[] = [];
  for (const table of Object.values(schema)) {
    if (!(table instanceof PgTable)) continue;
    const config = getTableConfig(table);
    for (const foreignKey of config.foreignKeys) {
      const reference = foreignKey.reference();
      if (reference.foreignTable !== people) continue;
      for (const column of reference.columns) found.push(describe(config, column));
    }
  }
  return found;
}

function describe(config: ReturnType<typeof getTableConfig>, column: AnyPgColumn): PersonReference {
  const name = column.name;
  const keys: string[][] = [];
  let conflictWhen: PersonReference['conflictWhen'];
  if (column.primary || column.isUnique) keys.push([name]);
  for (const key of [...config.primaryKeys, ...config.uniqueConstraints]) keys.push(key.columns.map((candidate) => candidate.name));
  for (const index of config.indexes) {
    if (!index.config.unique) continue;
    const columns = index.config.columns.map((candidate) => ('name' in candidate && typeof candidate.name === 'string' ? candidate.name : undefined));
    // A unique index on expressions (lower(title) …) names no person column in this schema.
    if (columns.some((candidate) => candidate === undefined) || !columns.includes(name)) continue;
    if (index.config.where) {
      const condition = index.config.name ? PARTIAL_UNIQUE_CONDITIONS[index.config.name] : undefined;
      if (!condition)
        throw new Error(
          `The merge of people does not know the condition of the partial unique index ${index.config.name}: add it to PARTIAL_UNIQUE_CONDITIONS`,
        );
      conflictWhen = condition;
    }
    keys.push(columns as string[]);
  }
  const qualified = `${config.name}.${name}`;
  const wider = WIDER_KEYS[qualified];
  const uniqueWith = wider ? [wider] : keys.filter((key) => key.includes(name)).map((key) => key.filter((candidate) => candidate !== name));
  return { table: config.name, column: name, uniqueWith, ...(conflictWhen ? { conflictWhen } : {}) };
}

/**
 * Moves every reference to `absorbedId` onto `survivorId`, in the caller's transaction. Where both
 * have a row for the same thing (a registration for one session, a membership of one group, a
 * calendar address), the survivor's row stays and the absorbed one's goes; then the rest moves.
 * Scheduled work addressed to the absorbed person (jobs.payload.personId) follows them. Returns
 * rows moved and rows dropped by table.
 */
export async function mergePersonReferences(tx: Executor, absorbedId: number, survivorId: number): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  for (const reference of personReferences()) {
    const table = sql.identifier(reference.table);
    const column = sql.identifier(reference.column);
    for (const others of reference.uniqueWith) {
      const same = others.map((other) => sql`b.${sql.identifier(other)} = a.${sql.identifier(other)}`);
      const extra = reference.conflictWhen ? [reference.conflictWhen(sql.raw('a'), sql.raw('b'))] : [];
      const dropped = await tx.execute(sql`
        delete from ${table} as a where a.${column} = ${absorbedId}
          and exists (select 1 from ${table} as b where ${sql.join([sql`b.${column} = ${survivorId}`, ...same, ...extra], sql` and `)})`);
      add(changed, `${reference.table} (dropped)`, countOf(dropped));
    }
    const moved = await tx.execute(sql`update ${table} set ${column} = ${survivorId} where ${column} = ${absorbedId}`);
    add(changed, reference.table, countOf(moved));
  }
  const movedJobs = await tx.execute(sql`
    update ${jobs} set payload = jsonb_set(payload, '{personId}', to_jsonb(${survivorId}::int))
    where payload->>'personId' = ${String(absorbedId)} and state in ('pending', 'running')`);
  add(changed, 'jobs', countOf(movedJobs));
  return changed;
}

function add(changed: Record<string, number>, key: string, count: number): void {
  if (count > 0) changed[key] = (changed[key] ?? 0) + count;
}

/** Rows a statement changed, on postgres.js (count) and PGlite (affectedRows). */
function countOf(result: unknown): number {
  const value = result as { count?: number; affectedRows?: number };
  return Number(value.count ?? value.affectedRows ?? 0);
}
