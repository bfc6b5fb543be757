/**
 * Keino's server as `npm run serve` runs it (configuration from the environment, the real
 * adapters, scheduler and database), with the job engine ticking every second and a 3-second
 * lease, so that a test sees the work of a killed instance taken over in seconds, not minutes.
 *
 *   DATABASE_URL=… SLACK_BOT_TOKEN=… SLACK_SIGNING_SECRET=… PORT=… node --import tsx test/reliability/crash-server.ts
 */
import { buildKeinoApp } from '../../src/app/keino-app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startServer } from '../../src/server/start-server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const app = await buildKeinoApp(config, { logger, jobs: { tickSeconds: 1, leaseMs: 3_000 } });
const server = await startServer(app);
await app.scheduler.start();
process.once('SIGTERM', () => {
  void (async () => {
    await app.scheduler.stop();
    await server.close();
    await app.close();
    process.exit(0);
  })();
});
