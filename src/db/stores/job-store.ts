import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { ClaimedJob, Job, JobClaim, JobCounts, JobFailure, NewJob } from '../../core/jobs/job.js';
import { JOB_STATES } from '../../core/jobs/job.js';
import type { JobStore } from '../../core/jobs/job-store.js';
import { DEFAULT_MAX_ATTEMPTS } from '../../core/jobs/retry-policy.js';
import type { Executor } from '../client.js';
import { jobs } from '../schema/index.js';
import { rowsOf } from './people-store.js';
import { jsonRows, slices, timestampOf } from './json-rows.js';

type JobRow = typeof jobs.$inferSelect;

function toJob(row: JobRow): Job {
  return { ...row, payload: row.payload as unknown };
}

/** The claim of a job: same id and same attempt number, still running. */
function sameClaim(claim: JobClaim) {
  return and(eq(jobs.id, claim.id), eq(jobs.attempts, claim.attempts), eq(jobs.state, 'running'));
}

/** The row of a new job. */
function newRow(job: NewJob, now: Date): typeof jobs.$inferInsert {
  return {
    kind: job.kind,
    key: job.key,
    payload: job.payload ?? {},
    dueAt: job.dueAt,
    maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    createdAt: now,
    updatedAt: now,
  };
}

/** Escapes LIKE's wildcards so that a key prefix is taken literally. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export class DrizzleJobStore implements JobStore {
  constructor(private readonly db: Executor) {}

  async enqueue(job: NewJob, now: Date): Promise<{ id: number; created: boolean }> {
    const inserted = await this.db.insert(jobs).values(newRow(job, now)).onConflictDoNothing({ target: jobs.key }).returning({ id: jobs.id });
    if (inserted[0]) return { id: inserted[0].id, created: true };
    const [existing] = await this.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.key, job.key));
    return { id: existing!.id, created: false };
  }

  async insertClaimed(job: NewJob, leaseUntil: Date, instanceId: string, now: Date): Promise<JobClaim | undefined> {
    const [inserted] = await this.db
      .insert(jobs)
      .values({ ...newRow(job, now), state: 'running', attempts: 1, leaseUntil, lockedBy: instanceId })
      .onConflictDoNothing({ target: jobs.key })
      .returning({ id: jobs.id, attempts: jobs.attempts });
    return inserted;
  }

  async markClaimed(claim: JobClaim, fields: Record<string, unknown>, now: Date): Promise<boolean> {
    const marked = await this.db
      .update(jobs)
      .set({ payload: sql`${jobs.payload} || ${JSON.stringify(fields)}::jsonb`, updatedAt: now })
      .where(sameClaim(claim))
      .returning({ id: jobs.id });
    return marked.length > 0;
  }

  async reschedule(key: string, dueAt: Date, now: Date): Promise<boolean> {
    const moved = await this.db
      .update(jobs)
      // Attempts are kept: they only ever grow, which is what lets a first attempt skip the
      // look-up of earlier sends (see Delivery.forJob).
      .set({ dueAt, state: 'pending', finishedAt: null, updatedAt: now })
      .where(and(eq(jobs.key, key), inArray(jobs.state, ['pending', 'cancelled'])))
      .returning({ id: jobs.id });
    return moved.length > 0;
  }

  async enqueueMany(many: NewJob[], now: Date): Promise<Set<string>> {
    const created = new Set<string>();
    for (const slice of slices(many)) {
      const rows = slice.map((job) => ({
        kind: job.kind,
        key: job.key,
        payload: job.payload ?? {},
        due_at: job.dueAt.toISOString(),
        max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      }));
      const result = await this.db.execute(sql`
        insert into jobs (kind, key, payload, due_at, max_attempts, created_at, updated_at)
        select j.kind, j.key, j.payload, j.due_at, j.max_attempts, ${timestampOf(now)}, ${timestampOf(now)}
        from jsonb_to_recordset(${jsonRows(rows)}) as j(kind text, key text, payload jsonb, due_at timestamptz, max_attempts int)
        on conflict (key) do nothing
        returning key`);
      for (const row of rowsOf<{ key: string }>(result)) created.add(row.key);
    }
    return created;
  }

  async rescheduleMany(moves: { key: string; dueAt: Date }[], now: Date): Promise<Set<string>> {
    const moved = new Set<string>();
    for (const slice of slices(moves)) {
      // Attempts kept, as in reschedule.
      const result = await this.db.execute(sql`
        update jobs set due_at = m.due_at, state = 'pending', finished_at = null, updated_at = ${timestampOf(now)}
        from jsonb_to_recordset(${jsonRows(slice.map((move) => ({ key: move.key, due_at: move.dueAt.toISOString() })))}) as m(key text, due_at timestamptz)
        where jobs.key = m.key and jobs.state in ('pending', 'cancelled')
        returning jobs.key`);
      for (const row of rowsOf<{ key: string }>(result)) moved.add(row.key);
    }
    return moved;
  }

  async cancel(selector: string | { prefix: string } | { prefixes: string[] }, now: Date): Promise<number> {
    if (typeof selector !== 'string' && 'prefixes' in selector) return this.cancelPrefixes(selector.prefixes, now);
    const match = typeof selector === 'string' ? eq(jobs.key, selector) : sql`${jobs.key} like ${likePrefix(selector.prefix)}`;
    const cancelled = await this.db
      .update(jobs)
      .set({ state: 'cancelled', finishedAt: now, updatedAt: now })
      .where(and(match, eq(jobs.state, 'pending')))
      .returning({ id: jobs.id });
    return cancelled.length;
  }

  /**
   * Each prefix as a key range (`~>=~`, `~<~`: the text_pattern_ops operators of jobs_key_key), so
   * that thousands of prefixes are thousands of index look-ups, not a scan per prefix.
   */
  private async cancelPrefixes(prefixes: string[], now: Date): Promise<number> {
    let cancelled = 0;
    for (const slice of slices(prefixes)) {
      const ranges = slice.map((prefix) => ({ prefix, below: prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1) }));
      const result = await this.db.execute(sql`
        update jobs set state = 'cancelled', finished_at = ${timestampOf(now)}, updated_at = ${timestampOf(now)}
        from jsonb_to_recordset(${jsonRows(ranges)}) as p(prefix text, below text)
        where jobs.key ~>=~ p.prefix and jobs.key ~<~ p.below and left(jobs.key, length(p.prefix)) = p.prefix
          and jobs.state = 'pending'
        returning jobs.id`);
      cancelled += rowsOf(result).length;
    }
    return cancelled;
  }

  async claim(batchSize: number, leaseMs: number, instanceId: string, now: Date): Promise<ClaimedJob[]> {
    const claimed = await this.claimQuery(batchSize, leaseMs, instanceId, now);
    return claimed.map((row) => toJob(row) as ClaimedJob).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id);
  }

  /** The claim as one statement (not yet run): tests EXPLAIN it on a large table. */
  claimQuery(batchSize: number, leaseMs: number, instanceId: string, now: Date) {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    // Both candidate sets come from a partial index (pending by due_at, running by lease_until),
    // so a claim costs the same with a thousand rows or a million. SKIP LOCKED: rows another
    // instance is claiming at this moment are left to it, never waited for, never taken twice.
    return this.db
      .update(jobs)
      .set({ state: 'running', attempts: sql`${jobs.attempts} + 1`, leaseUntil, lockedBy: instanceId, updatedAt: now })
      .where(
        sql`${jobs.id} in (
          with expired as materialized (${expiredLeasesQuery(now, batchSize)}),
               due as materialized (${dueJobsQuery(now, batchSize)})
          select id from expired union all select id from due limit ${batchSize}
        )`,
      )
      .returning();
  }

  async extendLeases(claims: JobClaim[], leaseUntil: Date, instanceId: string, now: Date): Promise<number> {
    if (claims.length === 0) return 0;
    const extended = await this.db
      .update(jobs)
      .set({ leaseUntil, updatedAt: now })
      .where(
        and(
          inArray(
            jobs.id,
            claims.map((claim) => claim.id),
          ),
          eq(jobs.state, 'running'),
          eq(jobs.lockedBy, instanceId),
        ),
      )
      .returning({ id: jobs.id });
    return extended.length;
  }

  async complete(claim: JobClaim, now: Date): Promise<boolean> {
    const done = await this.db
      .update(jobs)
      .set({ state: 'done', leaseUntil: null, finishedAt: now, updatedAt: now })
      .where(sameClaim(claim))
      .returning({ id: jobs.id });
    return done.length > 0;
  }

  async retryLater(claim: JobClaim, at: Date, error: string, now: Date): Promise<boolean> {
    const moved = await this.db
      .update(jobs)
      .set({ state: 'pending', dueAt: at, leaseUntil: null, lockedBy: null, lastError: error, updatedAt: now })
      .where(sameClaim(claim))
      .returning({ id: jobs.id });
    return moved.length > 0;
  }

  async postpone(claim: JobClaim, at: Date, now: Date): Promise<boolean> {
    const moved = await this.db
      .update(jobs)
      .set({ state: 'pending', dueAt: at, attempts: sql`${jobs.attempts} - 1`, leaseUntil: null, lockedBy: null, updatedAt: now })
      .where(sameClaim(claim))
      .returning({ id: jobs.id });
    return moved.length > 0;
  }

  async fail(claim: JobClaim, error: string, now: Date): Promise<boolean> {
    const failed = await this.db
      .update(jobs)
      .set({ state: 'failed', leaseUntil: null, lastError: error, finishedAt: now, updatedAt: now })
      .where(sameClaim(claim))
      .returning({ id: jobs.id });
    return failed.length > 0;
  }

  async release(claims: JobClaim[], now: Date): Promise<number> {
    let released = 0;
    for (const claim of claims) {
      const rows = await this.db
        .update(jobs)
        .set({ state: 'pending', attempts: sql`${jobs.attempts} - 1`, leaseUntil: null, lockedBy: null, updatedAt: now })
        .where(sameClaim(claim))
        .returning({ id: jobs.id });
      released += rows.length;
    }
    return released;
  }

  async findByKey(key: string): Promise<Job | undefined> {
    const [row] = await this.db.select().from(jobs).where(eq(jobs.key, key));
    return row ? toJob(row) : undefined;
  }

  async counts(): Promise<JobCounts> {
    const rows = await this.db.select({ state: jobs.state, count: sql<number>`count(*)::int` }).from(jobs).groupBy(jobs.state);
    const counts = Object.fromEntries(JOB_STATES.map((state) => [state, 0])) as JobCounts;
    for (const row of rows) counts[row.state] = Number(row.count);
    return counts;
  }

  async overdue(before: Date): Promise<{ count: number; oldestDueAt: Date | null }> {
    const [row] = await this.db
      .select({ count: sql<number>`count(*)::int`, oldestDueAt: sql<Date | null>`min(${jobs.dueAt})`.mapWith(jobs.dueAt) })
      .from(jobs)
      .where(and(eq(jobs.state, 'pending'), lt(jobs.dueAt, before)));
    return { count: Number(row?.count ?? 0), oldestDueAt: row?.oldestDueAt ?? null };
  }

  async endedPerDay(since: Date, timeZone: string): Promise<{ day: string; state: 'done' | 'failed' | 'cancelled'; count: number }[]> {
    const day = sql<string>`to_char(${jobs.finishedAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
    const rows = await this.db
      .select({ day, state: jobs.state, count: sql<number>`count(*)::int` })
      .from(jobs)
      .where(and(inArray(jobs.state, ['done', 'failed', 'cancelled']), gte(jobs.finishedAt, since)))
      // By position: the day expression carries its zone as a parameter, which a repeated expression would not match.
      .groupBy(sql`1`, sql`2`);
    return rows.map((row) => ({ day: row.day, state: row.state as 'done' | 'failed' | 'cancelled', count: Number(row.count) }));
  }

  async latestFailures(limit: number): Promise<JobFailure[]> {
    return this.db
      .select({
        id: jobs.id,
        kind: jobs.kind,
        key: jobs.key,
        attempts: jobs.attempts,
        maxAttempts: jobs.maxAttempts,
        lastError: jobs.lastError,
        failedAt: jobs.finishedAt,
      })
      .from(jobs)
      .where(eq(jobs.state, 'failed'))
      .orderBy(desc(jobs.finishedAt), desc(jobs.id))
      .limit(limit);
  }
}

/**
 * Running jobs whose instance stopped renewing the lease. Reads the partial index on lease_until
 * in order, so the LIMIT stops the scan early; SKIP LOCKED leaves rows another claimer holds.
 */
export function expiredLeasesQuery(now: Date, limit: number): SQL {
  return sql`select id from jobs where state = 'running' and lease_until < ${now.toISOString()}::timestamptz
    order by lease_until limit ${limit} for update skip locked`;
}

/** Pending jobs that are due, oldest first, from the partial index on due_at. */
export function dueJobsQuery(now: Date, limit: number): SQL {
  return sql`select id from jobs where state = 'pending' and due_at <= ${now.toISOString()}::timestamptz
    order by due_at limit ${limit} for update skip locked`;
}
