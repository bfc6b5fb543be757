import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { reportFigure } from '../helpers/figures.js';
import { eventBody, formBody, postSignedToSlack } from '../helpers/slack-signing.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

/**
 * The logs at their most talkative (LOG_LEVEL=trace): Bolt and the Web API client print request
 * and response bodies, the Bot Framework SDK prints errors to the console. None of it may carry an
 * e-mail address, a message text or a token.
 */
const SECTION = 'Logs and metrics';
const BOT_TOKEN = `xoxb-1000000000001-${randomUUID().replace(/-/g, '')}`;
const SIGNING_SECRET = `signing-${randomUUID().replace(/-/g, '')}`;
const BEARER = `eyJhbGciOiJSUzI1NiJ9.${randomUUID().replace(/-/g, '')}.forged`;
const MARKERS = Array.from({ length: 6 }, (_, index) => `viesti${index}x${randomUUID().slice(0, 8)}`);
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

let db: TestDatabase;
let slack: FakeSlackApi;
let connector: FakeBotConnector;
let app: KeinoApp;
let server: RunningServer;
let slackUrl: string;
const logLines: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  slack = await FakeSlackApi.start();
  connector = await FakeBotConnector.start();
  connector.addMember({
    id: '29:debug-teams-user',
    aadObjectId: 'deb00000-0000-4000-8000-000000000001',
    name: 'Teija Teams',
    email: 'teija.teams@example.org',
  });
  const logger = createLogger('trace', { write: (line: string) => void logLines.push(line) });
  app = await createTestApp(db.url, {
    config: {
      teams: { appType: 'MultiTenant', unauthenticated: true },
      slack: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
      logLevel: 'trace',
    },
    logger,
  });
  server = await startServer(app, { port: 0 });
  slackUrl = `http://127.0.0.1:${server.port}/slack/events`;
}, 60_000);
afterAll(async () => {
  await server?.close();
  await app?.close();
  await connector?.close();
  await slack?.close();
  await db?.drop();
});

const slash = (commandText: string) =>
  postSignedToSlack(
    slackUrl,
    formBody({ ...fixture('slash-command.json'), text: commandText, trigger_id: `t-${randomUUID()}`, response_url: slack.responseUrl(randomUUID()) }),
    { secret: SIGNING_SECRET },
  );

describe('logs at trace level', () => {
  it('hold no e-mail address, message text or token, from Keino, Bolt, the Web API client or the Bot Framework SDK', async () => {
    expect((await slash(`kysy ${MARKERS[0]} miten kilpailutan?`)).status).toBe(200);
    expect((await slash(`kysely "${MARKERS[1]}?" "Kyllä" "Ei"`)).status).toBe(200);
    const envelope = fixture('event-message-im.json');
    await postSignedToSlack(
      slackUrl,
      eventBody({ ...envelope, event_id: `Ev${randomUUID().slice(0, 10)}`, event: { ...envelope.event, text: `${MARKERS[2]} hei` } }),
      { secret: SIGNING_SECRET },
    );
    await slack.waitFor('chat.postEphemeral').catch(() => undefined);
    await slack.waitFor('chat.postMessage').catch(() => undefined);

    const from = { id: '29:debug-teams-user', name: 'Teija Teams', aadObjectId: 'deb00000-0000-4000-8000-000000000001' };
    expect((await postActivity(server.port, teamsActivity('message-personal', connector.url, { text: `kysy ${MARKERS[3]}`, from }))).status).toBe(200);
    await postActivity(server.port, teamsActivity('message-personal', connector.url, { text: `kuka ${MARKERS[4]}`, from }), {
      authorization: `Bearer ${BEARER}`,
    });
    // What the Bot Framework SDK writes to the console goes through the same log.
    console.error(`Error finding key for token ${BEARER} of teija.teams@example.org: {"text":"${MARKERS[5]}"}`);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const output = logLines.join('');
    const secrets = {
      'the bot token': BOT_TOKEN,
      'the signing secret': SIGNING_SECRET,
      'a bearer token': BEARER,
      ...Object.fromEntries(MARKERS.map((marker, index) => [`message text ${index + 1}`, marker])),
    };
    const found = Object.entries(secrets)
      .filter(([, secret]) => output.includes(secret))
      .map(([name]) => name);
    const emails = logLines.filter((line) => EMAIL.test(line));
    const fromSdks = logLines.filter(
      (line) => /"component":"(slack|bolt-app|web-api|teams-sdk)/.test(line) || /WebClient|http request|http response/i.test(line),
    );
    reportFigure(SECTION, 'log lines at trace level (of them from the SDKs)', `${logLines.length} (${fromSdks.length})`, logLines.length > 0);
    reportFigure(SECTION, 'e-mail addresses, message texts and tokens at trace level', found.length + emails.length, found.length + emails.length === 0);
    expect(fromSdks.length).toBeGreaterThan(0);
    expect(logLines.some((line) => line.includes('teams-sdk'))).toBe(true);
    expect(found).toEqual([]);
    expect(emails.map((line) => line.slice(0, 300))).toEqual([]);
  }, 60_000);
});
