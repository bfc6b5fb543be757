import { nextOccurrence, type Occurrence, type Recurrence } from '../time/recurrence.js';
import type { Jobs } from './jobs.js';

export interface NextOccurrenceJob<P> {
  kind: string;
  /** The key without the date: "prompt:7" makes "prompt:7:2026-03-30". */
  keyPrefix: string;
  rule: Recurrence;
  zone: string;
  /** The occurrence just done (or now, for the first one): the next one is strictly after it. */
  after: Date;
  payload: P;
  maxAttempts?: number;
}

/**
 * Enqueues the next occurrence of a recurring rule as its own job, keyed by its local date. A
 * handler calls this when it has done its occurrence; a retry, a restart or another instance
 * computing the same occurrence makes no second job, and a DST change cannot either (the key is
 * the local date, the due time is 09:00 local on that date whatever the offset).
 */
export async function enqueueNextOccurrence<P extends object>(
  jobs: Jobs,
  spec: NextOccurrenceJob<P>,
): Promise<Occurrence & { created: boolean }> {
  const occurrence = nextOccurrence(spec.rule, spec.after, spec.zone);
  const { created } = await jobs.enqueue({
    kind: spec.kind,
    key: `${spec.keyPrefix}:${occurrence.localDate}`,
    dueAt: occurrence.at,
    payload: { ...spec.payload, occurrence: occurrence.localDate, occurrenceAt: occurrence.at.toISOString() },
    maxAttempts: spec.maxAttempts,
  });
  return { ...occurrence, created };
}

/** The occurrence a job made by {@link enqueueNextOccurrence} stands for (its due time may have moved for a retry). */
export function occurrenceOf(payload: unknown): Occurrence {
  const { occurrence, occurrenceAt } = (payload ?? {}) as { occurrence?: string; occurrenceAt?: string };
  if (!occurrence || !occurrenceAt) throw new Error('The job carries no occurrence');
  return { localDate: occurrence, at: new Date(occurrenceAt) };
}
