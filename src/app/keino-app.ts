import type { Logger } from '../core/ports/logger.js';
import { KeinoCore } from '../core/keino.js';
import type { KeinoConfig } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { applyMigrations } from '../db/migrate.js';
import { buildServices } from './build-services.js';

export interface KeinoApp {
  config: KeinoConfig;
  database: DatabaseHandle;
  core: KeinoCore;
  logger: Logger;
  close(): Promise<void>;
}

export interface BuildOptions {
  logger: Logger;
  /** Injected so tests control time. */
  clock?: () => Date;
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
  const services = buildServices(database.db, config);
  const core = new KeinoCore({
    registry: services.commands,
    services,
    defaults: { locale: config.locale, timeZone: config.timeZone },
    clock: options.clock ?? (() => new Date()),
    logger: options.logger,
  });
  return {
    config,
    database,
    core,
    logger: options.logger,
    close: () => database.close(),
  };
}
