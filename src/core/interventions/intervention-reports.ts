import type { Organisation } from '../people/people-store.js';
import type { ImportOutcome } from './intervention-store.js';
import type { Intervention, InterventionStatus } from './intervention.js';

/** What the intervention service reports: an import's outcome, and an organisation's plan as it stands. */

/** An import that went through: rows read, how the file was separated, columns Keino does not read. */
export interface ImportReport extends ImportOutcome {
  rows: number;
  delimiter: ',' | ';';
  ignoredColumns: string[];
}

/** An organisation's plan: counts by status, what is overdue and coming, who cannot be reached. */
export interface Overview {
  organisation: Organisation;
  counts: Record<InterventionStatus, number>;
  overdue: Intervention[];
  upcoming: Intervention[];
  unreachableOwners: string[];
  /** Every open intervention and every done one: what the charts count. */
  open: Intervention[];
  done: Intervention[];
  /** Everyone who owns an open intervention (the digest says who of them is away). */
  owners: { id: number; name: string }[];
}
