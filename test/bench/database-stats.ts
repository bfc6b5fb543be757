import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { parentPid } from './cpu-time.js';

/**
 * How long to wait before reading transaction counts that other connections' work should be in:
 * a busy backend reports its statistics at most once a second, an idle one only after 10 s
 * (PostgreSQL 15's PGSTAT_IDLE_INTERVAL). After a 1.5 s wait, a run of 50 read-only commands was
 * counted as 25 transactions, which cannot be (each writes its replay receipt).
 */
export const STATISTICS_SETTLE_MS = 11_000;

/**
 * Transactions committed or rolled back in this database so far (an autocommit statement is one),
 * from pg_stat_database. Wait {@link STATISTICS_SETTLE_MS} after the work before the second reading.
 */
export async function transactionCount(db: Database): Promise<number> {
  return Number(
    rowsOf<{ n: number | string }>(
      await db.execute(sql`select (xact_commit + xact_rollback)::bigint as n from pg_stat_database where datname = current_database()`),
    )[0]!.n,
  );
}

/**
 * The process id of the PostgreSQL server (its postmaster) behind this database, when it runs on
 * this machine: the parent of this connection's backend. Undefined when it cannot be told.
 */
export async function postmasterPidOf(db: Database): Promise<number | undefined> {
  try {
    const backend = Number(rowsOf<{ pid: number | string }>(await db.execute(sql`select pg_backend_pid() as pid`))[0]!.pid);
    const postmaster = parentPid(backend);
    return Number.isFinite(postmaster) ? postmaster : undefined;
  } catch {
    return undefined;
  }
}
