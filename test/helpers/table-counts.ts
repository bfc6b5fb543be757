import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { rowsOf } from '../../src/db/stores/people-store.js';

/** Every table of Keino's schema: the sorted hashes of its rows, so inserts, updates and deletes all show. */
export type TableSnapshot = Map<string, string[]>;

/** Reads every table's rows as hashes (migrations bookkeeping left out). Meant for test-sized databases. */
export async function snapshotTables(db: Database): Promise<TableSnapshot> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' and tablename not like '%drizzle%' order by tablename`),
  ).map((row) => row.name);
  const union = tables
    // Last-seen is the request's own bookkeeping, written in batches up to a second after it
    // (src/core/people/last-seen.ts): not something a refused request wrote.
    .map(
      (name) =>
        `select '${name}' as name, coalesce(array_agg(md5((to_jsonb(t) - 'last_seen_at')::text) order by md5((to_jsonb(t) - 'last_seen_at')::text)), '{}') as rows from "${name}" t`,
    )
    .join(' union all ');
  const snapshot: TableSnapshot = new Map();
  for (const row of rowsOf<{ name: string; rows: string[] | string }>(await db.execute(sql.raw(union)))) {
    snapshot.set(row.name, Array.isArray(row.rows) ? row.rows : parsePgArray(row.rows));
  }
  return snapshot;
}

function parsePgArray(value: string): string[] {
  const inner = value.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',') : [];
}

/** Rows inserted, updated or deleted in each table between two snapshots ("people 1"); empty when nothing was written. */
export function tableChanges(before: TableSnapshot, after: TableSnapshot, options: { ignore?: string[] } = {}): Map<string, number> {
  const changes = new Map<string, number>();
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    if (options.ignore?.includes(name)) continue;
    const earlier = multiset(before.get(name) ?? []);
    const later = multiset(after.get(name) ?? []);
    let added = 0;
    let removed = 0;
    for (const [hash, n] of later) added += Math.max(0, n - (earlier.get(hash) ?? 0));
    for (const [hash, n] of earlier) removed += Math.max(0, n - (later.get(hash) ?? 0));
    // An update removes one version of a row and adds another: one row written.
    const written = Math.max(added, removed);
    if (written > 0) changes.set(name, written);
  }
  return changes;
}

/** Rows written across all tables between two snapshots. */
export function rowsWritten(before: TableSnapshot, after: TableSnapshot, options: { ignore?: string[] } = {}): number {
  let total = 0;
  for (const n of tableChanges(before, after, options).values()) total += n;
  return total;
}

/** "people 1, platform_identities 1" for an assertion message. */
export function describeChanges(before: TableSnapshot, after: TableSnapshot, options: { ignore?: string[] } = {}): string {
  return [...tableChanges(before, after, options)].map(([name, n]) => `${name} ${n}`).join(', ') || 'none';
}

function multiset(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
