import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoConfig } from '../../src/config.js';
import type { Logger } from '../../src/core/ports/logger.js';
import { startServer } from '../../src/server/start-server.js';
import { FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

let database: TestDatabase;
let connector: FakeBotConnector;

beforeAll(async () => {
  // The Teams SDK takes seconds to load; load it here rather than inside the first test.
  await import('../../src/platforms/teams/teams-platform.js');
  database = await createTestDatabase();
  connector = await FakeBotConnector.start();
});
afterAll(async () => {
  await connector?.close();
  await database?.drop();
});

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, debug() {}, info() {}, error() {}, warn: (_object, message) => warnings.push(message ?? '') };
}

async function withServer(config: Partial<KeinoConfig>, logger: Logger, run: (port: number) => Promise<void>): Promise<void> {
  const app = await createTestApp(database.url, { config, logger });
  try {
    const server = await startServer(app, { port: 0 });
    try {
      await run(server.port);
    } finally {
      await server.close();
    }
  } finally {
    await app.close();
  }
}

describe('starting Teams', () => {
  it('without an app id, /api/messages is not served at all (a Slack-only deployment has no Teams door)', async () => {
    connector.clear();
    await withServer({}, recordingLogger(), async (port) => {
      const { status } = await postActivity(port, teamsActivity('message-personal', connector.url));
      expect(status).toBe(404);
    });
    expect(connector.sent).toEqual([]);
  });

  it('with KEINO_TEAMS_UNAUTHENTICATED=1 and no app id, answers anyone and says loudly that it runs unauthenticated', async () => {
    connector.clear();
    const logger = recordingLogger();
    await withServer({ teams: { appType: 'MultiTenant', unauthenticated: true } }, logger, async (port) => {
      const { status } = await postActivity(port, teamsActivity('message-personal', connector.url));
      expect(status).toBe(200);
    });
    expect(logger.warnings.join('\n')).toMatch(/TEAMS RUNS WITHOUT AUTHENTICATION/);
    expect(connector.sent).toHaveLength(1);
  });

  it('with an app id, refuses a request that Bot Framework did not sign', async () => {
    connector.clear();
    const teams = { appId: '6b65696e-6f00-4b00-8000-000000000001', appPassword: 'not-a-real-secret', appType: 'MultiTenant' as const };
    await withServer({ teams }, recordingLogger(), async (port) => {
      const unsigned = await postActivity(port, teamsActivity('message-personal', connector.url));
      expect(unsigned.status).toBe(401);
      const forged = await postActivity(port, teamsActivity('message-personal', connector.url), { authorization: 'Bearer forged.token.value' });
      expect(forged.status).toBe(401);
    });
    expect(connector.sent).toEqual([]);
  });

  it('refuses to start Teams unauthenticated in production', async () => {
    const app = await createTestApp(database.url, { config: { production: true, teams: { appType: 'MultiTenant', unauthenticated: true } } });
    try {
      await expect(startServer(app, { port: 0 })).rejects.toThrow(/KEINO_TEAMS_UNAUTHENTICATED/);
    } finally {
      await app.close();
    }
  });

  it('refuses to start a MultiTenant bot in production without MICROSOFT_ALLOWED_TENANTS', async () => {
    const teams = { appId: '6b65696e-6f00-4b00-8000-000000000001', appPassword: 'not-a-real-secret', appType: 'MultiTenant' as const };
    const app = await createTestApp(database.url, { config: { production: true, teams } });
    try {
      await expect(startServer(app, { port: 0 })).rejects.toThrow(/MICROSOFT_ALLOWED_TENANTS/);
    } finally {
      await app.close();
    }
  });
});
