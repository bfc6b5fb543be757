import { OVERDUE_GRACE_MS } from '../core/jobs/jobs.js';
import { sql } from 'drizzle-orm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Platform } from '../core/people/person.js';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/stores/people-store.js';

export type RequestOutcome = 'ok' | 'refused' | 'bad_request' | 'error';

/** How long a job stays cached between scrapes: Prometheus scraping every few seconds costs one query. */
const JOB_COUNTS_TTL_MS = 5_000;

/**
 * Keino's health for Prometheus (GET /metrics): requests by platform and outcome, how fast Slack
 * and Teams were answered, scheduled work by state (read from the database when scraped), and how
 * late due work went out. One registry an app, so tests and several apps in one process do not mix.
 */
export class KeinoMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'platform' | 'outcome'>;
  private readonly ackSeconds: Histogram<'platform'>;
  private readonly jobsFinished: Counter<'kind' | 'outcome'>;
  private readonly deliveryDelay: Histogram<'kind'>;
  private readonly boundRequests = new Map<string, Counter.Internal>();
  private readonly boundAcks = new Map<string, Histogram.Internal<'platform'>>();

  /** `clock`: the time Keino's scheduler keeps (the injected one in tests), against which work is late. */
  constructor(
    database?: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'keino_' });
    this.requests = new Counter({
      name: 'keino_requests_total',
      help: 'Requests from Slack and Teams by outcome: ok (2xx), refused (401/403: forged or unauthorised), bad_request (other 4xx), error (5xx)',
      labelNames: ['platform', 'outcome'],
      registers: [this.registry],
    });
    this.ackSeconds = new Histogram({
      name: 'keino_ack_seconds',
      help: 'Time from a Slack request or Teams activity arriving to Keino answering it (Slack gives up after 3 s)',
      labelNames: ['platform'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
      registers: [this.registry],
    });
    this.jobsFinished = new Counter({
      name: 'keino_jobs_finished_total',
      help: 'Attempts of scheduled work finished by this instance: done, retried later, failed',
      labelNames: ['kind', 'outcome'],
      registers: [this.registry],
    });
    this.deliveryDelay = new Histogram({
      name: 'keino_delivery_delay_seconds',
      help: 'From when scheduled work was due to when this instance had done it (sent): reminders, nudges, notices',
      labelNames: ['kind'],
      buckets: [1, 5, 15, 30, 60, 120, 300, 900, 3600],
      registers: [this.registry],
    });
    if (database) this.watchJobs(database);
  }

  request(platform: Platform, status: number, seconds: number): void {
    const outcome = outcomeOf(status);
    // Label sets bound once: prom-client would otherwise hash the labels on every request.
    const key = `${platform}:${outcome}`;
    const counter = this.boundRequests.get(key) ?? this.requests.labels({ platform, outcome });
    this.boundRequests.set(key, counter);
    const timer = this.boundAcks.get(platform) ?? this.ackSeconds.labels({ platform });
    this.boundAcks.set(platform, timer);
    counter.inc();
    timer.observe(seconds);
  }

  /** Called by the job runner when an attempt ends. */
  jobFinished(job: { kind: string; dueAt: Date }, outcome: 'done' | 'retried' | 'failed', at: Date): void {
    this.jobsFinished.inc({ kind: job.kind, outcome });
    if (outcome === 'done') this.deliveryDelay.observe({ kind: job.kind }, Math.max(0, (at.getTime() - job.dueAt.getTime()) / 1000));
  }

  metrics(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Waiting, running and failed work and what is late, from the jobs table's small partial indexes. */
  private watchJobs(database: Database): void {
    let cached: { at: number; counts?: Record<string, number> } = { at: 0 };
    const read = async (): Promise<Record<string, number> | undefined> => {
      if (Date.now() - cached.at < JOB_COUNTS_TTL_MS) return cached.counts;
      try {
        const [row] = rowsOf<Record<string, number | string>>(
          await database.execute(sql`select
            (select count(*) from jobs where state = 'pending') as pending,
            (select count(*) from jobs where state = 'running') as running,
            (select count(*) from jobs where state = 'failed') as failed,
            (select count(*) from jobs where state = 'pending' and due_at < ${new Date(this.clock().getTime() - OVERDUE_GRACE_MS).toISOString()}::timestamptz) as overdue`),
        );
        cached = { at: Date.now(), counts: Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)])) };
      } catch {
        cached = { at: Date.now(), counts: undefined };
      }
      return cached.counts;
    };
    new Gauge({
      name: 'keino_jobs',
      help: 'Scheduled work by state (pending, running, failed), and pending work over two minutes late (overdue)',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const counts = await read();
        if (!counts) return;
        for (const [state, value] of Object.entries(counts)) this.set({ state }, value);
      },
    });
    new Gauge({
      name: 'keino_database_up',
      help: '1 when the database answered the last scrape, 0 when it did not',
      registers: [this.registry],
      async collect() {
        this.set((await read()) ? 1 : 0);
      },
    });
  }
}

function outcomeOf(status: number): RequestOutcome {
  if (status < 400) return 'ok';
  if (status === 401 || status === 403) return 'refused';
  if (status < 500) return 'bad_request';
  return 'error';
}
