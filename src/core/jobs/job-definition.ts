import type { z } from 'zod';
import { type ClaimedJob, type JobContext, type NewJob, PermanentJobError } from './job.js';

/** When a job runs, and how often it may be tried. */
export interface JobTiming {
  dueAt: Date;
  /** Attempts before the job is marked failed (default 8). */
  maxAttempts?: number;
}

/**
 * One kind of scheduled work: its name, the shape of its payload (a zod schema) and how a job's
 * deduplication key follows from the payload (and from what else names the occasion, `By`: the
 * person a profile is looked up for, the key a caller chose for a plain delivery). Features enqueue
 * through `job(…)`, whose payload the compiler checks, and register their handler with
 * `Jobs.handle(…)`, which hands it the payload parsed by the same schema: a row written by an older
 * version, or edited by hand, that does not fit fails for good instead of reaching the handler
 * half-formed.
 */
export interface JobDefinition<Schema extends z.ZodType = z.ZodType, By extends unknown[] = never[]> {
  readonly kind: string;
  readonly payload: Schema;
  /** A job of this kind, keyed by its payload (and `by`). */
  job(payload: z.input<Schema>, timing: JobTiming, ...by: By): NewJob<z.input<Schema>>;
  /** The deduplication key the job for this payload has (to find, move or cancel it). */
  key(payload: z.input<Schema>, ...by: By): string;
  /** The job with its payload parsed; PermanentJobError when the payload does not fit. */
  parse(job: ClaimedJob): ClaimedJob<z.output<Schema>>;
}

/** Does one job of a definition's kind, with its parsed payload (see JobHandler for the rules). */
export type TypedJobHandler<Schema extends z.ZodType> = (job: ClaimedJob<z.output<Schema>>, context: JobContext) => Promise<void>;

interface JobSpec<Schema extends z.ZodType, By extends unknown[]> {
  /** Names the handler: lower case, dots and dashes ("poll.close"). Stored in every job row. */
  kind: string;
  payload: Schema;
  /** The deduplication key: enqueueing a job with a key that exists changes nothing (see NewJob.key). */
  key: (payload: z.input<Schema>, ...by: By) => string;
  maxAttempts?: number;
}

/** A kind of scheduled work (see JobDefinition). */
export function defineJob<Schema extends z.ZodType, By extends unknown[] = []>(spec: JobSpec<Schema, By>): JobDefinition<Schema, By> {
  const { kind } = spec;
  if (!/^[a-z][a-z0-9_.-]{0,99}$/.test(kind)) throw new Error(`"${kind}" is not a job kind (lower case, dots, dashes)`);
  return {
    kind,
    payload: spec.payload,
    key: spec.key,
    job: (payload, timing, ...by) => ({
      kind,
      key: spec.key(payload, ...by),
      payload,
      ...(spec.maxAttempts === undefined ? {} : { maxAttempts: spec.maxAttempts }),
      ...timing,
    }),
    parse: (job) => {
      const parsed = spec.payload.safeParse(job.payload);
      if (!parsed.success) {
        const where = parsed.error.issues.map((issue) => issue.path.join('.') || 'payload').join(', ');
        throw new PermanentJobError(`job ${job.key} carries no valid ${kind} payload (${where})`);
      }
      return { ...job, payload: parsed.data };
    },
  };
}
