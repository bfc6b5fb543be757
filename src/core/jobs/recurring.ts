import { localTimeOf, localToUtc, type LocalDate } from '../time/local-time.js';
import { nextOccurrence, type Occurrence, type Recurrence } from '../time/recurrence.js';
import type { JobTiming } from './job-definition.js';
import type { NewJob } from './job.js';
import type { Jobs } from './jobs.js';
import * as field from './payload-schemas.js';

/** What a recurring job's payload says of its occurrence: spread these into its payload schema. */
export const occurrenceFields = {
  /** The occurrence's own local date, which its key ends with. */
  occurrence: field.localDate,
  /** The occurrence's own time (ISO): a retry moves the job's due time, not this. */
  occurrenceAt: field.isoInstant,
};

export interface OccurrenceFields {
  occurrence: LocalDate;
  occurrenceAt: string;
}

export interface NextOccurrenceJob<P> {
  /** The kind (see defineJob); its key must end with the occurrence's date ("prompt:7" makes "prompt:7:2026-03-30"). */
  definition: { kind: string; job(payload: P & OccurrenceFields, timing: JobTiming): NewJob };
  rule: Recurrence;
  zone: string;
  /** The occurrence just done (or now, for the first one): the next one is strictly after it. */
  after: Date;
  payload: P;
  maxAttempts?: number;
  /**
   * Where an occurrence is sent when not on its own date (a digest on Easter Monday goes on
   * Tuesday): the local date to send on, or undefined to skip it (a summer break). The key and the
   * payload still name the occurrence's own date, so moving it never makes a second job.
   */
  sendDateOf?: (occurrence: Occurrence) => LocalDate | undefined;
}

/** Occurrences skipped in a row before giving up: more than a year of weekly ones. */
const MOST_SKIPPED = 60;

/**
 * Enqueues the next occurrence of a recurring rule as its own job, keyed by its local date. A
 * handler calls this when it has done its occurrence; a retry, a restart or another instance
 * computing the same occurrence makes no second job, and a DST change cannot either (the key is
 * the local date, the due time is 09:00 local on that date whatever the offset).
 */
export async function enqueueNextOccurrence<P extends object>(
  jobs: Jobs,
  spec: NextOccurrenceJob<P>,
): Promise<Occurrence & { created: boolean; key: string; dueAt: Date }> {
  let occurrence = nextOccurrence(spec.rule, spec.after, spec.zone);
  let sendDate = spec.sendDateOf ? spec.sendDateOf(occurrence) : occurrence.localDate;
  for (let skipped = 0; !sendDate; skipped++) {
    if (skipped >= MOST_SKIPPED)
      throw new Error(`No occurrence of ${spec.definition.kind} ${JSON.stringify(spec.payload)} to send within ${MOST_SKIPPED} occurrences`);
    occurrence = nextOccurrence(spec.rule, occurrence.at, spec.zone);
    sendDate = spec.sendDateOf!(occurrence);
  }
  const dueAt = sendDate === occurrence.localDate ? occurrence.at : localToUtc(sendDate, localTimeOf(occurrence.at, spec.zone), spec.zone);
  const payload: P & OccurrenceFields = { ...spec.payload, occurrence: occurrence.localDate, occurrenceAt: occurrence.at.toISOString() };
  const job = spec.definition.job(payload, { dueAt, ...(spec.maxAttempts === undefined ? {} : { maxAttempts: spec.maxAttempts }) });
  const { created } = await jobs.enqueue(job);
  return { ...occurrence, created, key: job.key, dueAt };
}

/** The occurrence a job made by {@link enqueueNextOccurrence} stands for (its due time may have moved for a retry). */
export function occurrenceOf(payload: OccurrenceFields): Occurrence {
  return { localDate: payload.occurrence, at: new Date(payload.occurrenceAt) };
}
