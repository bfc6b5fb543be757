import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockKitViolations } from '../helpers/block-kit-limits.js';
import { slackFixture } from '../helpers/slack-fixtures.js';
import type { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { FakeSocketMode } from '../helpers/fake-socket-mode.js';
import { formBody, postSignedToSlack } from '../helpers/slack-signing.js';
import { startSlackTestServer, type SlackTestServer } from '../helpers/slack-test-server.js';

const fixture = slackFixture;
const APP_TOKEN = 'xapp-1-A0KEINO-1000000000001-sockettest';

let slack: SlackTestServer;
let fake: FakeSlackApi;
let socket: FakeSocketMode;

beforeAll(async () => {
  socket = await FakeSocketMode.start();
  slack = await startSlackTestServer({
    slack: (fake) => {
      fake.socketModeUrl = socket.url;
      return { signingSecret: '', appToken: APP_TOKEN };
    },
  });
  fake = slack.fake;
  await socket.connected();
});

afterAll(async () => {
  await slack?.close();
  await socket?.close();
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
    // Alice is known by the user name her first command carried (no scheduler runs here to fetch her profile).
    expect(fake.callsTo('chat.postMessage').map((call) => call.body.blocks[0].text.text)).toEqual(['Hei, alice!', 'Näin Keino auttaa']);
  });

  it('serves no HTTP route for Slack', async () => {
    const response = await postSignedToSlack(slack.endpoint, formBody(fixture('slash-command.json')));
    expect(response.status).toBe(404);
  });
});
