import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi, SLACK_FAKE_LIMITS } from '../helpers/fake-slack-api.js';

/**
 * The fake Slack itself, driven by Slack's own Web API client: it must refuse what Slack's
 * documentation says Slack refuses, or tests against it prove nothing (see the citations in
 * fake-slack-api.ts).
 */
let fake: FakeSlackApi;
let client: webApi.WebClient;

beforeAll(async () => {
  fake = await FakeSlackApi.start();
  client = new webApi.WebClient('xoxb-1000000000001-fake-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
  fake.addChannel({ id: 'C0MEMBER', name: 'keinon-kanava' });
  fake.addChannel({ id: 'C0PUBLIC', name: 'yleinen', isMember: false });
  fake.addChannel({ id: 'C0PRIVATE', name: 'salainen', isPrivate: true, isMember: false });
  fake.addChannel({ id: 'C0OLD', name: 'vanha', archived: true });
});
afterAll(() => fake?.close());

/** The `error` of a refused call (the client throws on ok: false). */
async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return (error as { data?: { error?: string } }).data?.error ?? String((error as Error).message);
  }
  return 'ok';
}

const post = (channel: string, text = 'Hei') => client.chat.postMessage({ channel, text });

async function respond(url: string, body: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}

describe('the fake Slack Web API', () => {
  it('lets Keino chat.update only the messages it posted with chat.postMessage', async () => {
    const own = await post('C0MEMBER');
    expect(await refusal(client.chat.update({ channel: 'C0MEMBER', ts: own.ts!, text: 'Päivitetty' }))).toBe('ok');
    expect(fake.message('C0MEMBER', own.ts!)).toMatchObject({ text: 'Päivitetty', versions: 2 });

    // A slash command's in_channel response (ack body or response_url) is not Keino's to edit.
    const acknowledged = fake.postAcknowledgement('C0MEMBER', { text: 'Kysely' });
    expect(await refusal(client.chat.update({ channel: 'C0MEMBER', ts: acknowledged, text: 'x' }))).toBe('cant_update_message');
    const url = fake.responseUrl('fake-response', { channel: 'C0MEMBER' });
    expect((await respond(url, { response_type: 'in_channel', text: 'Vastaus kanavalle' })).status).toBe(200);
    const responded = fake.messagesIn('C0MEMBER').at(-1)!;
    expect(responded.author).toBe('response');
    expect(await refusal(client.chat.update({ channel: 'C0MEMBER', ts: responded.ts, text: 'x' }))).toBe('cant_update_message');
    // Nor someone else's message; and a ts with no message is message_not_found.
    expect(await refusal(client.chat.update({ channel: 'C0MEMBER', ts: fake.postAsPerson('C0MEMBER', 'Moi'), text: 'x' }))).toBe('cant_update_message');
    expect(await refusal(client.chat.update({ channel: 'C0MEMBER', ts: '1700000000.000100', text: 'x' }))).toBe('message_not_found');
  });

  it('refuses posts where Keino is not: not_in_channel (public), channel_not_found (private, unknown, a DM between people), is_archived', async () => {
    expect(await refusal(post('C0PUBLIC'))).toBe('not_in_channel');
    expect(await refusal(post('C0PRIVATE'))).toBe('channel_not_found');
    expect(await refusal(post('C0NOWHERE'))).toBe('channel_not_found');
    expect(await refusal(post('D0STRANGER'))).toBe('channel_not_found');
    expect(await refusal(post('C0OLD'))).toBe('is_archived');
    expect(await refusal(client.chat.postEphemeral({ channel: 'C0PUBLIC', user: 'U0ALICE', text: 'x' }))).toBe('not_in_channel');
    // Keino's own DM with a person it knows works.
    expect(await refusal(post('D0ALICE'))).toBe('ok');
    // With chat:write.public (not in our manifest) a public channel takes posts without joining.
    fake.scopes.add('chat:write.public');
    try {
      expect(await refusal(post('C0PUBLIC'))).toBe('ok');
    } finally {
      fake.scopes.delete('chat:write.public');
    }
  });

  it('joins public channels only, with channels:join', async () => {
    expect(await refusal(client.conversations.join({ channel: 'C0PRIVATE' }))).toBe('channel_not_found');
    expect(await refusal(client.conversations.join({ channel: 'D0ALICE' }))).toBe('method_not_supported_for_channel_type');
    expect(await refusal(client.conversations.join({ channel: 'C0OLD' }))).toBe('is_archived');
    fake.scopes.delete('channels:join');
    expect(await refusal(client.conversations.join({ channel: 'C0PUBLIC' }))).toBe('missing_scope');
    fake.scopes.add('channels:join');
    expect(await refusal(client.conversations.join({ channel: 'C0PUBLIC' }))).toBe('ok');
    expect(await refusal(post('C0PUBLIC'))).toBe('ok');
  });

  it('takes five posts to a response_url, within thirty minutes', async () => {
    const url = fake.responseUrl('five');
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++) statuses.push((await respond(url, { response_type: 'ephemeral', text: `${index}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect((await respond(`${fake.origin}/response/never-issued`, { text: 'x' })).status).toBe(404);
    expect(SLACK_FAKE_LIMITS.responseUrlLifetimeMs).toBe(30 * 60_000);
  });

  it('opens a modal with a trigger_id once, within three seconds', async () => {
    const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Testi' }, blocks: [] };
    const trigger = fake.triggerId();
    expect(await refusal(client.views.open({ trigger_id: trigger, view }))).toBe('ok');
    expect(await refusal(client.views.open({ trigger_id: trigger, view }))).toBe('exchanged_trigger_id');
    expect(await refusal(client.views.open({ trigger_id: '7712345678901.1000000000001.0f1e2d3c4b5a69788796a5b4c3d2e1f0', view }))).toBe('invalid_trigger_id');
    const late = fake.triggerId();
    await new Promise((resolve) => setTimeout(resolve, SLACK_FAKE_LIMITS.triggerLifetimeMs + 100));
    expect(await refusal(client.views.open({ trigger_id: late, view }))).toBe('expired_trigger_id');
  });

  it('answers users.info (Tier 4) and conversations.open (Tier 3) with 429 and Retry-After past their rate', async () => {
    for (let index = 0; index < 120; index++) fake.addUser({ id: `U0TIER${index}`, name: `Tier ${index}` });
    const outcomes = await Promise.allSettled(Array.from({ length: 120 }, (_, index) => client.users.info({ user: `U0TIER${index}` })));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(SLACK_FAKE_LIMITS.perMinute['users.info']!);
    const limited = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect(limited.reason.code).toBe(webApi.ErrorCode.RateLimitedError);
    expect(limited.reason.retryAfter).toBeGreaterThan(0);
    expect(limited.reason.retryAfter).toBeLessThanOrEqual(60);

    const opened = await Promise.allSettled(Array.from({ length: 60 }, (_, index) => client.conversations.open({ users: `U0TIER${index}` })));
    expect(opened.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(SLACK_FAKE_LIMITS.perMinute['conversations.open']!);
  });

  it('refuses blocks and text over Slack’s limits', async () => {
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    expect(await refusal(client.chat.postMessage({ channel: 'C0MEMBER', text: 'x', blocks }))).toBe('invalid_blocks');
    const longSection = [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }];
    expect(await refusal(client.chat.postMessage({ channel: 'C0MEMBER', text: 'x', blocks: longSection }))).toBe('invalid_blocks');
    expect(await refusal(post('C0MEMBER', 'x'.repeat(SLACK_FAKE_LIMITS.messageTextCharacters + 1)))).toBe('msg_too_long');
    expect(await refusal(client.chat.postMessage({ channel: 'C0MEMBER', text: '' }))).toBe('no_text');
  });
});
