import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { heading, shared, text, type Message } from '../../src/core/messages/message.js';
import { DeliveryError, type PlatformGateway } from '../../src/core/ports/platform-gateway.js';
import { channelName } from '../../src/platforms/slack/slack-gateway.js';
import { mountSlack } from '../../src/platforms/slack/mount-slack.js';
import { blockKitViolations } from '../helpers/block-kit-limits.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

const alice = { platform: 'slack' as const, tenantId: 'T0KEINO', userId: 'U0ALICE' };
const group = { platform: 'slack' as const, tenantId: 'T0KEINO', channelId: 'C0GROUP', kind: 'channel' as const };
const reminder: Message = shared([heading('Muistutus'), text('Akatemian tilaisuus alkaa huomenna klo 9.')]);

let db: TestDatabase;
let fake: FakeSlackApi;
let app: KeinoApp;
let gateway: PlatformGateway;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await FakeSlackApi.start();
  app = await createTestApp(db.url, {
    config: { slack: { botToken: 'xoxb-gateway-test', signingSecret: TEST_SIGNING_SECRET, apiUrl: fake.apiUrl, retryConfig: { retries: 0 } } },
  });
  gateway = (await mountSlack(app, express()))!.gateway;
});

afterAll(async () => {
  await app?.close();
  await fake?.close();
  await db?.drop();
});

beforeEach(() => {
  fake.reset();
  fake.addChannel({ id: 'C0GROUP', name: 'kr-sote' });
});

const failure = (promise: Promise<unknown>): Promise<DeliveryError> =>
  promise.then(
    () => {
      throw new Error('expected the send to fail');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(DeliveryError);
      return error as DeliveryError;
    },
  );

describe('Keino’s own messages in Slack', () => {
  it('a reminder to a person arrives in their direct messages', async () => {
    const sent = await gateway.sendToPerson(alice, reminder);
    expect(fake.callsTo('conversations.open')[0]!.body.users).toBe('U0ALICE');
    const [post] = fake.callsTo('chat.postMessage');
    expect(post!.body).toMatchObject({ channel: 'D0ALICE', text: 'Muistutus' });
    expect(blockKitViolations(post!.body.blocks, 'message')).toEqual([]);
    expect(sent).toEqual({
      platform: 'slack',
      conversation: { platform: 'slack', tenantId: 'T0KEINO', channelId: 'D0ALICE', kind: 'personal' },
      messageId: expect.stringMatching(/^\d+\.\d+$/),
    });
  });

  it('a person whose direct conversation Keino knows gets the message there without conversations.open; one Slack says is gone is looked up again', async () => {
    const known = await gateway.sendToPerson({ ...alice, directConversationId: 'D0ALICE' }, reminder);
    expect(fake.callsTo('conversations.open')).toHaveLength(0);
    expect(fake.callsTo('chat.postMessage')[0]!.body.channel).toBe('D0ALICE');
    expect(known.conversation.channelId).toBe('D0ALICE');

    fake.reset();
    fake.failNext('chat.postMessage', 'channel_not_found');
    const found = await gateway.sendToPerson({ ...alice, directConversationId: 'D0GONE' }, reminder);
    expect(fake.callsTo('conversations.open')).toHaveLength(1);
    expect(fake.callsTo('chat.postMessage').map((call) => call.body.channel)).toEqual(['D0GONE', 'D0ALICE']);
    expect(found.conversation.channelId).toBe('D0ALICE');
  });

  it('a post to a channel can later be updated in place (poll results)', async () => {
    const sent = await gateway.sendToConversation({ ...group, threadId: '1741000000.000100' }, reminder);
    expect(fake.callsTo('chat.postMessage')[0]!.body).toMatchObject({ channel: 'C0GROUP', thread_ts: '1741000000.000100' });
    await gateway.updateMessage(sent, shared([text('Tilaisuus on peruttu.')]));
    expect(fake.callsTo('chat.update')[0]!.body).toMatchObject({ channel: 'C0GROUP', ts: sent.messageId, text: 'Tilaisuus on peruttu.' });
  });

  it('a calendar invitation goes along as a file uploaded to the same place', async () => {
    await gateway.sendToPerson(alice, {
      ...reminder,
      attachments: [{ filename: 'tilaisuus.ics', mimeType: 'text/calendar', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', title: 'Kutsu' }],
    });
    const [asked] = fake.callsTo('files.getUploadURLExternal');
    expect(asked!.body).toMatchObject({ filename: 'tilaisuus.ics', length: '32' });
    const uploads = fake.callsTo('file_upload');
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.body.bytes).toBeGreaterThanOrEqual(32); // the file itself, sent to the upload URL Slack gave
    const [completed] = fake.callsTo('files.completeUploadExternal');
    expect(completed!.body.channel_id).toBe('D0ALICE');
    expect(completed!.body.files).toEqual([{ id: expect.stringMatching(/^F0FILE/), title: 'Kutsu' }]);
  });

  it('when Slack says to slow down (429), the send fails with Slack’s Retry-After, for the scheduler to retry', async () => {
    fake.rateLimitNext('chat.postMessage', 7);
    const error = await failure(gateway.sendToPerson(alice, reminder));
    expect(error.retryAfterMs).toBe(7000);
    expect(error.permanent).toBe(false);
    expect(error.options.status).toBe(429);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1); // not waited out inside the client
  });

  it.each(['channel_not_found', 'is_archived', 'account_inactive', 'user_not_found'])('a send Slack refuses with %s is not retried', async (code) => {
    fake.failNext('chat.postMessage', code);
    const error = await failure(gateway.sendToConversation(group, reminder));
    expect(error).toMatchObject({ permanent: true, options: { code } });
  });

  it('a passing Slack failure may be retried later', async () => {
    fake.failNext('chat.postMessage', 'internal_error');
    expect(await failure(gateway.sendToConversation(group, reminder))).toMatchObject({ permanent: false, options: { code: 'internal_error' } });
  });
});

describe('group channels in Slack', () => {
  it('a new channel gets a name Slack accepts', async () => {
    const created = await gateway.createChannel!('T0KEINO', 'KR Hankinnat & Sote-palvelut', { private: false });
    expect(fake.callsTo('conversations.create')[0]!.body).toMatchObject({ name: 'kr-hankinnat-sote-palvelut', is_private: 'false' });
    expect(created).toMatchObject({ platform: 'slack', tenantId: 'T0KEINO', kind: 'channel', channelId: expect.stringMatching(/^C0NEW/) });
    expect(channelName('Ryhmä: Älykkäät hankinnat')).toBe('ryhma-alykkaat-hankinnat');
  });

  it('a name already used by a channel Keino is in means that channel', async () => {
    const found = await gateway.createChannel!('T0KEINO', 'kr-sote', { private: false });
    expect(found.channelId).toBe('C0GROUP');
  });

  it('a name used by a channel Keino cannot use gets a suffix', async () => {
    fake.addChannel({ id: 'C0OTHER', name: 'kr-talous', isMember: false });
    const created = await gateway.createChannel!('T0KEINO', 'kr-talous', { private: true });
    expect(fake.callsTo('conversations.create').map((call) => call.body.name)).toEqual(['kr-talous', 'kr-talous-2']);
    expect(created.channelId).not.toBe('C0OTHER');
  });

  it('inviting someone already in the channel, or removing someone not in it, is no failure', async () => {
    await gateway.inviteToChannel!(group, alice);
    await gateway.inviteToChannel!(group, alice);
    expect(fake.channel('C0GROUP')!.members.has('U0ALICE')).toBe(true);
    await gateway.removeFromChannel!(group, alice);
    await gateway.removeFromChannel!(group, alice);
    expect(fake.channel('C0GROUP')!.members.has('U0ALICE')).toBe(false);
    expect(fake.callsTo('conversations.kick')).toHaveLength(2);
  });

  it('inviting into a channel that is gone fails for good', async () => {
    const error = await failure(gateway.inviteToChannel!({ ...group, channelId: 'C0GONE' }, alice));
    expect(error).toMatchObject({ permanent: true, options: { code: 'channel_not_found' } });
  });
});
