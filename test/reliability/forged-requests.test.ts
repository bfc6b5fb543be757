import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { reportFigure } from '../helpers/figures.js';
import { LocalBotFrameworkAuth } from '../helpers/local-bot-framework-auth.js';
import { eventBody, formBody, postSignedToSlack, slackSignature, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { describeChanges, rowsWritten, snapshotTables } from '../helpers/table-counts.js';
import { postActivity, teamsActivity, type ActivityJson } from '../helpers/teams-activities.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

const SECTION = 'Forged and replayed requests';
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
const APP_ID = '6b65696e-6f00-4b00-8000-000000000001';

let db: TestDatabase;
let slack: FakeSlackApi;
let connector: FakeBotConnector;
let botFramework: LocalBotFrameworkAuth;
let app: KeinoApp;
let server: RunningServer;
let slackUrl: string;

beforeAll(async () => {
  await import('../../src/platforms/teams/teams-platform.js');
  db = await createTestDatabase();
  slack = await FakeSlackApi.start();
  connector = await FakeBotConnector.start();
  botFramework = await LocalBotFrameworkAuth.start();
  app = await createTestApp(db.url, {
    config: {
      slack: { botToken: 'xoxb-1000000000001-keino-forged-test', signingSecret: TEST_SIGNING_SECRET, apiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
      teams: { appId: APP_ID, appPassword: 'not-a-real-secret', appType: 'MultiTenant', openIdMetadataUrl: botFramework.openIdMetadataUrl },
    },
  });
  server = await startServer(app, { port: 0 });
  slackUrl = `http://127.0.0.1:${server.port}/slack/events`;
});

afterAll(async () => {
  await server?.close();
  await app?.close();
  await botFramework?.close();
  await connector?.close();
  await slack?.close();
  await db?.drop();
});

const mallory = { user_id: 'U0MALLORY', user_name: 'mallory' };
const slashCommand = (text: string) =>
  formBody({ ...fixture('slack/slash-command.json'), ...mallory, text, trigger_id: `t-${randomUUID()}`, response_url: slack.responseUrl() });
const dmEvent = (text: string) => {
  const envelope = fixture('slack/event-message-im.json');
  return eventBody({ ...envelope, event_id: `Ev${randomUUID().slice(0, 12)}`, event: { ...envelope.event, user: 'U0MALLORY', channel: 'D0MALLORY', text } });
};

/** Sends exactly these bytes and headers again, as someone who captured the request would. */
function resend(request: { body: string; contentType: string }, headers: Record<string, string>): Promise<Response> {
  return fetch(slackUrl, { method: 'POST', headers: { 'content-type': request.contentType, ...headers }, body: request.body });
}

function signedHeaders(body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': slackSignature(TEST_SIGNING_SECRET, timestamp, body) };
}

async function settle(): Promise<void> {
  // Bolt acknowledges events before its listeners run: give anything that slipped through time to write.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe('requests that are not from Slack or Teams', () => {
  it('forged Slack and Teams requests are all refused and write nothing', async () => {
    const before = await snapshotTables(db.db);
    const outcomes: { name: string; status: number }[] = [];
    const slackCase = async (name: string, send: () => Promise<Response>) => outcomes.push({ name: `Slack: ${name}`, status: (await send()).status });

    for (const [kind, request] of [
      ['command', () => slashCommand('kieli en')],
      ['event', () => dmEvent('kieli en')],
    ] as const) {
      await slackCase(`${kind}, body changed after signing`, () => {
        const signed = request();
        const tampered = { ...signed, body: signed.body.replace('kieli', 'kuka ') };
        return postSignedToSlack(slackUrl, tampered, { signedBody: signed.body });
      });
      await slackCase(`${kind}, wrong signing secret`, () => postSignedToSlack(slackUrl, request(), { secret: 'not-the-signing-secret' }));
      await slackCase(`${kind}, unknown signature version v1`, () => {
        const signed = request();
        const timestamp = Math.floor(Date.now() / 1000);
        const v0 = slackSignature(TEST_SIGNING_SECRET, timestamp, signed.body);
        return resend(signed, { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': v0.replace(/^v0=/, 'v1=') });
      });
      await slackCase(`${kind}, timestamp 301 s old`, () => postSignedToSlack(slackUrl, request(), { timestampOffsetSeconds: -301 }));
      // Ahead by more than the window plus the time a loaded machine may take to check it: a
      // timestamp 301 s ahead is inside the window again a second after it was sent.
      await slackCase(`${kind}, timestamp 330 s ahead`, () => postSignedToSlack(slackUrl, request(), { timestampOffsetSeconds: 330 }));
      await slackCase(`${kind}, no signature`, () => resend(request(), {}));
    }

    const teamsCase = async (name: string, activity: ActivityJson, authorization?: string) =>
      outcomes.push({ name: `Teams: ${name}`, status: (await postActivity(server.port, activity, authorization ? { authorization } : {})).status });
    const message = () =>
      teamsActivity('message-personal', connector.url, {
        text: 'kieli en',
        from: { id: '29:mallory', aadObjectId: 'ma11050f-0000-4000-8000-000000000666', name: 'Mallory' },
      });
    const token = (activity: ActivityJson, changes: Partial<Parameters<LocalBotFrameworkAuth['authorization']>[0]> = {}) =>
      botFramework.authorization({ audience: APP_ID, serviceUrl: activity.serviceUrl, ...changes });
    let activity = message();
    await teamsCase('no token', activity);
    activity = message();
    await teamsCase('expired token', activity, token(activity, { expiresInSeconds: -600 }));
    activity = message();
    await teamsCase('token for another bot (audience)', activity, token(activity, { audience: '00000000-0000-4000-8000-0000000000aa' }));
    activity = message();
    await teamsCase('token from another issuer', activity, token(activity, { issuer: 'https://evil.example.com' }));
    activity = message();
    await teamsCase('token signed by another key', activity, token(activity, { signWith: LocalBotFrameworkAuth.strangerKey() }));
    activity = message();
    await teamsCase('token for another serviceUrl', activity, token({ ...activity, serviceUrl: 'https://smba.example.com/' }));
    activity = message();
    await teamsCase('not a token', activity, 'Bearer forged.token.value');

    await settle();
    const after = await snapshotTables(db.db);
    const accepted = outcomes.filter((outcome) => outcome.status < 400);
    const written = rowsWritten(before, after);
    reportFigure(SECTION, 'forged requests sent', outcomes.length, true);
    reportFigure(SECTION, 'forged accepted', accepted.length, accepted.length === 0);
    reportFigure(SECTION, 'rows written by forged requests', written, written === 0);
    const statuses = [...new Set(outcomes.map((outcome) => outcome.status))].sort().join(', ');
    reportFigure(SECTION, 'statuses answered to forged requests', statuses, accepted.length === 0);

    expect(accepted).toEqual([]);
    expect(
      outcomes.every((outcome) => outcome.status === 401),
      JSON.stringify(outcomes),
    ).toBe(true);
    expect(written, describeChanges(before, after)).toBe(0);
    expect(slack.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
    expect(connector.sent).toEqual([]);
  });

  it('a Teams activity with a valid token signed by the published key is accepted (the refusals above are not an accident)', async () => {
    const before = await snapshotTables(db.db);
    const install = teamsActivity('conversation-update-install', connector.url, { membersAdded: [{ id: '29:someone-else' }] });
    const { status } = await postActivity(server.port, install, {
      authorization: botFramework.authorization({ audience: APP_ID, serviceUrl: install.serviceUrl }),
    });
    expect(status).toBe(200);
    const after = await snapshotTables(db.db);
    expect(describeChanges(before, after)).toBe('teams_conversations 1');
  });

  it('a replayed slash command is refused; a replayed event runs once, whether replayed as is or re-signed', async () => {
    slack.addUser({ id: 'U0MALLORY', name: 'Mallory Meikäläinen', email: 'mallory@example.com' });
    // The genuine slash command: runs and writes (Mallory registered, language set).
    const command = slashCommand('kieli en');
    const commandHeaders = signedHeaders(command.body);
    const genuine = await resend(command, commandHeaders);
    expect(genuine.status).toBe(200);
    const answeredInAck = (await genuine.text()).length > 0;
    if (!answeredInAck) await slack.waitFor('response_url'); // a slow first contact answers through the response_url
    const afterGenuine = await snapshotTables(db.db);
    const replayedCommand = await resend(command, commandHeaders);
    await settle();
    const afterCommandReplay = await snapshotTables(db.db);

    // The genuine event: answered once.
    const event = dmEvent('kuka');
    const eventTimestamp = Math.floor(Date.now() / 1000);
    const eventHeaders = signedHeaders(event.body, eventTimestamp);
    expect((await resend(event, eventHeaders)).status).toBe(200);
    await slack.waitFor('chat.postMessage');
    const afterEvent = await snapshotTables(db.db);
    const replayedEvent = await resend(event, eventHeaders);
    await settle();
    const afterEventReplay = await snapshotTables(db.db);
    // Someone who could sign (or Slack retrying) sends the same event id again: the event id stops it.
    const resigned = await resend(event, { ...signedHeaders(event.body, eventTimestamp - 1), 'x-slack-retry-num': '1' });
    await settle();
    const afterReplays = await snapshotTables(db.db);

    const replays = [replayedCommand.status, replayedEvent.status];
    const replaysAccepted = replays.filter((status) => status < 400).length;
    const replies = slack.callsTo('chat.postMessage').length;
    // The re-signed delivery leaves its signature among the receipts; nothing else may change.
    const written =
      rowsWritten(afterGenuine, afterCommandReplay) +
      rowsWritten(afterEvent, afterEventReplay) +
      rowsWritten(afterEventReplay, afterReplays, { ignore: ['slack_event_receipts'] });
    reportFigure(SECTION, 'replays accepted (same signature)', replaysAccepted, replaysAccepted === 0);
    reportFigure(SECTION, 'replies to an event sent three times', replies, replies === 1);
    reportFigure(SECTION, 'rows written by replays', written, written === 0);

    expect(replays).toEqual([401, 401]);
    expect(resigned.status).toBe(200); // acknowledged, as Slack expects for a retry …
    expect(replies).toBe(1); // … and not run again
    expect((answeredInAck ? 1 : 0) + slack.callsTo('response_url').length).toBe(1); // the command was answered once
    expect(
      written,
      [describeChanges(afterGenuine, afterCommandReplay), describeChanges(afterEvent, afterEventReplay), describeChanges(afterEventReplay, afterReplays)].join(
        ' / ',
      ),
    ).toBe(0);
  });
});
