import type { Logger } from '../core/ports/logger.js';
import { KeinoCore } from '../core/keino.js';
import type { KeinoConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { applyMigrations } from '../db/migrate.js';
import { PostgresPersonChanges } from '../db/person-change-feed.js';
import { buildServices } from './build-services.js';
import { JobRunner, type JobRunnerOptions } from '../jobs/job-runner.js';
import { JobScheduler } from '../jobs/job-scheduler.js';
import { KeinoMetrics } from '../server/metrics.js';
import type { KeinoApp } from './keino-app-type.js';

export type { KeinoApp } from './keino-app-type.js';

export interface BuildOptions {
  logger: Logger;
  /** Injected so tests control time. */
  clock?: () => Date;
  /** The job engine's settings: a short tick and lease in tests and demos, the defaults in production. */
  /** How long after first contact a person's profile is looked up (default PROFILE_DELAY_MS; tests: 0). */
  profileDelayMs?: number;
  jobs?: Partial<Pick<JobRunnerOptions, 'instanceId' | 'batchSize' | 'concurrency' | 'leaseMs' | 'heartbeatMs' | 'jobTimeoutMs'>> & { tickSeconds?: number };
}

/** config → database (migrated) → services → core. Adapters and the scheduler attach to the result. */
export async function buildKeinoApp(config: KeinoConfig, options: BuildOptions): Promise<KeinoApp> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await applyMigrations(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  const clock = options.clock ?? (() => new Date());
  // On PostgreSQL every instance hears what changes people and keeps them in memory meanwhile.
  let personChanges: PostgresPersonChanges | undefined;
  try {
    if (database.kind === 'postgres' && database.url) personChanges = await PostgresPersonChanges.start(database.url, options.logger);
  } catch (error) {
    await database.close();
    throw error;
  }
  const { services, registry, answerQuestion } = buildServices(database.db, config, {
    clock,
    logger: options.logger,
    profileDelayMs: options.profileDelayMs,
    ...(options.jobs?.leaseMs ? { commandLeaseMs: options.jobs.leaseMs } : {}),
    ...(personChanges ? { personChanges } : {}),
  });
  try {
    // The signing secret exists from the first start on (KEINO_SECRET, or generated and kept).
    await services.seal.ready();
  } catch (error) {
    await personChanges?.close();
    await database.close();
    throw error;
  }
  const core = new KeinoCore({
    registry,
    services,
    defaults: { locale: config.locale, timeZone: config.timeZone },
    clock,
    logger: options.logger,
    ...(config.limits ? { limits: config.limits } : {}),
    answerQuestion,
  });
  const { tickSeconds, ...runnerOptions } = options.jobs ?? {};
  const metrics = new KeinoMetrics(database.db, clock);
  const onFinished = metrics.jobFinished.bind(metrics);
  const scheduler = new JobScheduler(new JobRunner({ jobs: services.jobs, clock, logger: options.logger, onFinished, ...runnerOptions }), {
    tickSeconds,
    logger: options.logger,
    onStart: () => services.retention.plan(),
  });
  return {
    config,
    database,
    core,
    logger: options.logger,
    scheduler,
    metrics,
    close: async () => {
      await scheduler.stop();
      await services.polls.refresher.stop();
      await services.people.lastSeen.flush();
      await personChanges?.close();
      await database.close();
    },
  };
}
