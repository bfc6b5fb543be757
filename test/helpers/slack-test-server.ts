import type { KeinoApp } from '../../src/app/keino-app.js';
import type { KeinoConfig, SlackConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FakeSlackApi } from './fake-slack-api.js';
import { TEST_SIGNING_SECRET } from './slack-signing.js';
import { createTestApp, type TestAppOptions } from './test-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface SlackTestServer {
  database: TestDatabase;
  fake: FakeSlackApi;
  app: KeinoApp;
  server: RunningServer;
  /** POST /slack/events of the running server. */
  endpoint: string;
  close(): Promise<void>;
}

export interface SlackTestServerOptions {
  config?: Partial<KeinoConfig>;
  /** Replaces parts of the Slack settings (the fake's URL, the test signing secret, no retries). */
  slack?: Partial<SlackConfig> | ((fake: FakeSlackApi) => Partial<SlackConfig>);
  clock?: TestAppOptions['clock'];
  /** Runs before the server starts: register test-only commands … */
  prepare?: (app: KeinoApp, fake: FakeSlackApi) => void;
}

/**
 * Keino's real server on a random port with Slack mounted, on a database of its own, talking to a
 * recording fake Slack Web API with no retries.
 */
export async function startSlackTestServer(options: SlackTestServerOptions = {}): Promise<SlackTestServer> {
  const database = await createTestDatabase();
  const fake = await FakeSlackApi.start();
  const slack = typeof options.slack === 'function' ? options.slack(fake) : options.slack;
  const app = await createTestApp(database.url, {
    clock: options.clock,
    config: {
      ...options.config,
      slack: { botToken: 'xoxb-1000000000001-keino-test', signingSecret: TEST_SIGNING_SECRET, apiUrl: fake.apiUrl, retryConfig: { retries: 0 }, ...slack },
    },
  });
  options.prepare?.(app, fake);
  const server = await startServer(app, { port: 0 });
  return {
    database,
    fake,
    app,
    server,
    endpoint: `http://127.0.0.1:${server.port}/slack/events`,
    async close() {
      await server.close();
      await app.close();
      await fake.close();
      await database.drop();
    },
  };
}
