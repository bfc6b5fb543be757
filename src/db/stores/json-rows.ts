import { sql, type SQL } from 'drizzle-orm';

/**
 * Many rows as one parameter, for set-based statements (`from jsonb_to_recordset(…) as r(…)`):
 * one JSON text cast to jsonb reads the same on postgres.js and on PGlite, where array
 * parameters do not.
 */
export function jsonRows(rows: readonly unknown[]): SQL {
  return sql`${JSON.stringify(rows)}::jsonb`;
}

/** The rows a set-based statement takes at most: a few hundred kilobytes of JSON. */
export const SLICE = 2_000;

/** Rows in slices of at most `size`, so that no single statement carries a whole large file. */
export function slices<T>(rows: readonly T[], size = SLICE): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}

/** The instant as PostgreSQL reads it whichever the driver. */
export function timestampOf(at: Date): SQL {
  return sql`${at.toISOString()}::timestamptz`;
}
