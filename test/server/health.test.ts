import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp, listen } from '../../src/server/http-server.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { openDatabase } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestCore, consoleCaller, consoleConversation, replyText } from '../helpers/test-core.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

describe('GET /healthz', () => {
  it('answers 200 while the database answers and 503 when it does not', async () => {
    let reachable = true;
    const app = createHttpApp({
      ping: async () => {
        if (!reachable) throw new Error('connection refused');
        await database.ping();
      },
      logger: silentLogger,
    });
    const server = await listen(app, 0);
    const port = (server.address() as { port: number }).port;
    try {
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      reachable = false;
      const down = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'database unavailable' });
    } finally {
      server.close();
    }
  });
});

describe('the embedded database', () => {
  it('takes the same migrations and runs the same commands as PostgreSQL', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'keino-pglite-'));
    const handle = await openDatabase({ dataDir });
    try {
      expect(handle.kind).toBe('pglite');
      await applyMigrations(handle);
      await applyMigrations(handle); // a second start applies nothing twice
      const core = createTestCore(handle.db);
      const reply = await core.handleText({ caller: consoleCaller('pglite-user'), conversation: consoleConversation, text: 'lang sv', source: 'message' });
      expect(replyText(reply)).toContain('svenska');
      expect(
        replyText(await core.handleText({ caller: consoleCaller('pglite-user'), conversation: consoleConversation, text: 'whoami', source: 'message' })),
      ).toContain('Språk: svenska');
    } finally {
      await handle.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // PGlite applies every migration in one process: about 35 s alone at load 14, past a minute in the full suite on a shared 2-core machine.
  }, 180_000);
});
