import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotConnector, TEAMS_FAKE_LIMITS } from '../helpers/fake-bot-connector.js';

/**
 * The fake Bot Connector itself, called as the Bot Framework REST API is
 * (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference):
 * it must refuse what Teams refuses (citations in fake-bot-connector.ts).
 */
let connector: FakeBotConnector;

const ALICE = { id: '29:alice', name: 'Alice', aadObjectId: 'aad-alice' };
const BERTIL = { id: '29:bertil', name: 'Bertil', aadObjectId: 'aad-bertil' };
const CHANNEL = '19:channel@thread.tacv2';

beforeAll(async () => {
  connector = await FakeBotConnector.start();
  connector.addMember(ALICE);
  connector.addMember(BERTIL, { installed: false });
});
afterAll(() => connector?.close());

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${connector.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const message = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'message', text, ...extra });
const send = (conversation: string, activity: unknown) => call('POST', `v3/conversations/${encodeURIComponent(conversation)}/activities`, activity);

describe('the fake Bot Connector', () => {
  it('lets the bot update and delete only the activities it sent', async () => {
    const sent = await send(CHANNEL, message('Kysely'));
    expect(sent.status).toBe(201);
    const own = sent.body.id as string;
    expect((await call('PUT', `v3/conversations/${encodeURIComponent(CHANNEL)}/activities/${own}`, message('Päivitetty'))).status).toBe(200);
    const others = connector.someoneElsesActivity();
    const refused = await call('PUT', `v3/conversations/${encodeURIComponent(CHANNEL)}/activities/${others}`, message('x'));
    expect(refused.status).toBe(403);
    expect((await call('DELETE', `v3/conversations/${encodeURIComponent(CHANNEL)}/activities/${others}`)).status).toBe(403);
    expect((await call('DELETE', `v3/conversations/${encodeURIComponent(CHANNEL)}/activities/${own}`)).status).toBe(200);
    // Deleted: no longer there to update.
    expect((await call('PUT', `v3/conversations/${encodeURIComponent(CHANNEL)}/activities/${own}`, message('x'))).status).toBe(403);
  });

  it('opens a 1:1 chat only with someone who has the app installed', async () => {
    const opened = await call('POST', 'v3/conversations', { isGroup: false, bot: { id: '28:keino' }, members: [{ id: ALICE.id }], tenantId: 't' });
    expect(opened.status).toBe(201);
    const refused = await call('POST', 'v3/conversations', { isGroup: false, bot: { id: '28:keino' }, members: [{ id: BERTIL.id }], tenantId: 't' });
    expect(refused.status).toBe(403);
    expect((await call('POST', 'v3/conversations', { isGroup: false, bot: { id: '28:keino' }, members: [{ id: '29:stranger' }], tenantId: 't' })).status).toBe(
      403,
    );
  });

  it('refuses a card whose refresh lists more than 60 user ids, and a message over 28 KB', async () => {
    const card = (userIds: string[]) => ({
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', version: '1.5', body: [], refresh: { action: { type: 'Action.Execute', verb: 'r' }, userIds } },
    });
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `29:user-${index}`);
    expect((await send('a:limits-1', message('', { attachments: [card(ids(TEAMS_FAKE_LIMITS.maxRefreshUserIds))] }))).status).toBe(201);
    const tooMany = await send('a:limits-1', message('', { attachments: [card(ids(TEAMS_FAKE_LIMITS.maxRefreshUserIds + 1))] }));
    expect(tooMany.status).toBe(400);
    const large = await send('a:limits-2', message('x'.repeat(TEAMS_FAKE_LIMITS.maxActivityBytes)));
    expect(large.status).toBe(413);
    expect(large.body.error.code).toBe('MessageSizeTooBig');
  });

  it('answers 429 past 7 sends a second in one conversation, while another conversation goes on', async () => {
    // The burst lands within one second of the fake's clock however slowly this machine sends it.
    const started = Date.now();
    connector.now = () => started;
    const statuses = await Promise.all(Array.from({ length: 9 }, (_, index) => send('a:busy', message(`${index}`)).then((answer) => answer.status)));
    connector.now = () => Date.now();
    expect(statuses.filter((status) => status === 201)).toHaveLength(7);
    expect(statuses.filter((status) => status === 429)).toHaveLength(2);
    expect((await send('a:quiet', message('hei'))).status).toBe(201);
  });
});
