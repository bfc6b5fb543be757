import { buildKeinoApp, type BuildOptions, type KeinoApp } from '../../src/app/keino-app.js';
import type { KeinoConfig } from '../../src/config.js';
import { silentLogger, type Logger } from '../../src/core/ports/logger.js';

export interface TestAppOptions {
  /** Replaces parts of the default test configuration (no platforms, Finnish, Helsinki). */
  config?: Partial<KeinoConfig>;
  logger?: Logger;
  clock?: () => Date;
  /** The job engine's settings (a short tick and lease for tests that run the scheduler). */
  jobs?: BuildOptions['jobs'];
}

/**
 * A whole KeinoApp (migrations, services, core) on a test database, as `npm start` builds it,
 * for tests that start the real server with `startServer(app, { port: 0 })`. Close it before
 * dropping the database.
 */
export function createTestApp(databaseUrl: string, options: TestAppOptions = {}): Promise<KeinoApp> {
  const config: KeinoConfig = {
    databaseUrl,
    dataDir: '',
    port: 0,
    teams: { appType: 'MultiTenant' },
    admins: [],
    timeZone: 'Europe/Helsinki',
    locale: 'fi',
    logLevel: 'silent',
    production: false,
    ...options.config,
  };
  // A newcomer's profile job is due at once, so that a test's runner tick applies it.
  return buildKeinoApp(config, { logger: options.logger ?? silentLogger, clock: options.clock, jobs: options.jobs, profileDelayMs: 0 });
}
