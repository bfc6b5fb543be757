import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../client.js';

/** The person being erased, as they were before anything changed. */
export interface ErasedPerson {
  id: number;
  name: string;
  email: string | null;
  organisationId: number | null;
}

/** Shared by the providers during one erasure (one transaction). */
export interface ErasureContext {
  person: ErasedPerson;
  now: Date;
  /** Interventions handed to someone else (null: to nobody, the person's row stays as a placeholder). */
  handedOver: { interventionId: number; toPersonId: number | null }[];
  /** Set by a provider that still needs the person's row (as an anonymous placeholder). */
  keepPersonRow: boolean;
}

/**
 * One feature's share of `privacy export` and `privacy delete`: what it holds about a person and
 * how it erases or anonymises that. Each feature's tables are read only by its own provider; every
 * column that refers to a person must be listed in some provider's `covers` (a test checks this
 * against the schema, so a new table cannot be forgotten).
 */
export interface PersonalDataProvider {
  /** The section of the export: "groups", "polls" … */
  section: string;
  /** Every column of this feature that refers to a person (people.id, or a person id in a JSON payload). */
  covers: AnyPgColumn[];
  export(db: Executor, personId: number): Promise<unknown>;
  /** Erases or anonymises in the caller's transaction; returns rows changed by table. */
  erase(tx: Executor, context: ErasureContext): Promise<Record<string, number>>;
}

/** Rows changed by a statement with `returning`. */
export function changed(rows: unknown[]): number {
  return rows.length;
}

/** The string a value is written as inside JSON, to find and replace it in JSON text. */
export function jsonString(value: string): string {
  return JSON.stringify(value);
}

/** The word that replaces a name or an e-mail address in kept records. */
export const ERASED = '(poistettu henkilö)';
