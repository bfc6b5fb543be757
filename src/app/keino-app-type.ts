import type { KeinoConfig } from '../config.js';
import type { KeinoCore } from '../core/keino.js';
import type { Logger } from '../core/ports/logger.js';
import type { DatabaseHandle } from '../db/client.js';
import type { JobScheduler } from '../jobs/job-scheduler.js';
import type { KeinoMetrics } from '../server/metrics.js';

/**
 * A built Keino, as the platforms' mount functions receive it. Kept apart from the wiring
 * (keino-app.ts), which reads the platform registry: a platform names this type without an import
 * circle back to its own definition.
 */
export interface KeinoApp {
  config: KeinoConfig;
  database: DatabaseHandle;
  core: KeinoCore;
  logger: Logger;
  /** Runs due jobs; started by the server and the console once their gateways are registered. */
  scheduler: JobScheduler;
  /** What GET /metrics serves: requests, acknowledgement times, jobs, delivery delays. */
  metrics: KeinoMetrics;
  close(): Promise<void>;
}
