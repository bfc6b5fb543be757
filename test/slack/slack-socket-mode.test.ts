import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { blockKitViolations } from '../helpers/block-kit-limits.js';
import { slackFixture } from '../helpers/slack-fixtures.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { FakeSocketMode } from '../helpers/fake-socket-mode.js';
import { formBody, postSignedToSlack } from '../helpers/slack-signing.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const fixture = slackFixture;
const APP_TOKEN = 'xapp-1-A0KEINO-1000000000001-sockettest';

let db: TestDatabase;
let fake: FakeSlackApi;
let socket: FakeSocketMode;
let app: KeinoApp;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await FakeSlackApi.start();
  socket = await FakeSocketMode.start();
  fake.socketModeUrl = socket.url;
  app = await createTestApp(db.url, {
    config: { slack: { botToken: 'xoxb-socket-test', signingSecret: '', appToken: APP_TOKEN, apiUrl: fake.apiUrl, retryConfig: { retries: 0 } } },
  });
  server = await startServer(app, { port: 0 });
  await socket.connected();
});

afterAll(async () => {
  await server?.close();
  await app?.close();
  await socket?.close();
  await fake?.close();
  await db?.drop();
});

describe('Keino over Slack Socket Mode (no public address)', () => {
  it('connects with the app-level token and answers /keino help in its acknowledgement', async () => {
    expect(fake.callsTo('apps.connections.open')[0]!.token).toBe(APP_TOKEN);
    const ack = await socket.send('slash_commands', { ...fixture('slash-command.json'), response_url: fake.responseUrl() });
    // In the acknowledgement when done in time; through the response_url on a busy machine.
    const reply = ack.payload ?? (await fake.waitFor('response_url')).body;
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.blocks[0].text.text).toBe('Näin Keino auttaa');
    expect(blockKitViolations(reply.blocks, 'message')).toEqual([]);
  });

  it('answers a direct message once, even when Slack delivers it again', async () => {
    const envelope = { ...fixture('event-message-im.json'), event_id: `Ev${randomUUID().slice(0, 8)}` };
    envelope.event = { ...envelope.event, text: 'kuka' };
    await socket.send('events_api', envelope, { retry_attempt: 0, retry_reason: '' });
    await fake.waitFor('chat.postMessage');
    await socket.send('events_api', envelope, { retry_attempt: 1, retry_reason: 'timeout' });
    const later = { ...envelope, event_id: `Ev${randomUUID().slice(0, 8)}`, event: { ...envelope.event, text: 'ohje' } };
    await socket.send('events_api', later, { retry_attempt: 0, retry_reason: '' });
    let replies = 0;
    await fake.waitFor('chat.postMessage', () => ++replies >= 2);
    expect(fake.callsTo('chat.postMessage').map((call) => call.body.blocks[0].text.text)).toEqual(['Hei, Alice Aaltonen!', 'Näin Keino auttaa']);
  });

  it('serves no HTTP route for Slack', async () => {
    const response = await postSignedToSlack(`http://127.0.0.1:${server.port}/slack/events`, formBody(fixture('slash-command.json')));
    expect(response.status).toBe(404);
  });
});
