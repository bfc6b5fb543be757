import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema/index.js';
import { withPreparedStatements } from './prepared-statements.js';

/** The one database type the stores use: the same on postgres.js and on PGlite. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** One transaction on the database: what `db.transaction(…)` hands its callback. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Where queries run: the database itself or one of its transactions. Stores and query helpers take
 * an Executor, so the same code runs inside and outside a transaction with no cast.
 */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  kind: 'postgres' | 'pglite';
  /** The server's connection string (postgres only). */
  url?: string;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** Connections in the postgres.js pool. */
  maxConnections?: number;
  /** Give up on a query that waits this long for a connection (seconds). */
  connectTimeoutSeconds?: number;
}

/**
 * A request waits at most this long for a new connection: a person in Slack is answered within its
 * three seconds ("try again") even when the database host does not answer at all.
 */
const CONNECT_TIMEOUT_SECONDS = 3;

/**
 * Seconds before postgres.js tries a failed connection again. Its default grows to 20 s after a
 * few failures, and queries wait that long before they can even fail, so after an outage Keino
 * would hang for up to 20 s; capped at one second, requests fail fast while the database is away
 * and work again within a second of its return.
 */
function reconnectBackoff(retries: number): number {
  return Math.min(0.05 * 2 ** retries, 1) * (0.5 + Math.random() / 2);
}

/**
 * The embedded database's memory, sized for what it serves (one small network, one process):
 * PostgreSQL's defaults (128 MB shared buffers, 4 MB work memory) are for a server of its own and
 * cost the Keino process about 150 MB more resident memory (measured with `npm run bench -- --only
 * footprint`).
 */
const EMBEDDED_POSTGRESQL_CONF = ['shared_buffers = 16MB', 'work_mem = 2MB', 'maintenance_work_mem = 16MB', 'wal_buffers = 1MB', 'temp_buffers = 2MB'];

/** postgres.js on a real server when a URL is given, embedded PGlite in the data folder otherwise. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const client = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      connect_timeout: options.connectTimeoutSeconds ?? CONNECT_TIMEOUT_SECONDS,
      backoff: reconnectBackoff,
      idle_timeout: 60,
      onnotice: () => {},
    });
    const db: Database = drizzle(withPreparedStatements(client), { schema });
    return {
      db,
      kind: 'postgres',
      url: options.databaseUrl,
      ping: async () => {
        await db.execute(sql`select 1`);
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  // PGlite does not create missing parent folders.
  fs.mkdirSync(options.dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await PGlite.create(path.join(options.dataDir, 'pgdata'), { extensions: { pg_trgm }, postgresqlconf: EMBEDDED_POSTGRESQL_CONF });
  const db: Database = drizzle(client, { schema });
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}
