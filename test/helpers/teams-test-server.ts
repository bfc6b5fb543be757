import type { KeinoApp } from '../../src/app/keino-app.js';
import type { KeinoConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FakeBotConnector } from './fake-bot-connector.js';
import { createTestApp } from './test-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TeamsTestServer {
  database: TestDatabase;
  app: KeinoApp;
  server: RunningServer;
  connector: FakeBotConnector;
  close(): Promise<void>;
}

/**
 * Keino's real server on a random port with Teams mounted (unauthenticated, as `npm run serve`
 * runs it with KEINO_TEAMS_UNAUTHENTICATED=1), on a database of its own, and a fake Bot Framework connector for the
 * activities' serviceUrl. `prepare` runs before the server starts (register test-only commands).
 */
export async function startTeamsTestServer(
  options: {
    config?: Partial<KeinoConfig>;
    prepare?: (app: KeinoApp) => void;
    /** Files on the fake connector's host count as Microsoft's (shared files, OneDrive upload sessions). */
    trustConnectorFiles?: boolean;
    clock?: () => Date;
  } = {},
): Promise<TeamsTestServer> {
  const database = await createTestDatabase();
  const connector = await FakeBotConnector.start();
  const fileOrigins = options.trustConnectorFiles ? { fileOrigins: [connector.url] } : {};
  const app = await createTestApp(database.url, {
    config: { ...options.config, teams: { appType: 'MultiTenant', unauthenticated: true, ...fileOrigins, ...options.config?.teams } },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  options.prepare?.(app);
  const server = await startServer(app, { port: 0 });
  return {
    database,
    app,
    server,
    connector,
    async close() {
      await server.close();
      await connector.close();
      await app.close();
      await database.drop();
    },
  };
}
