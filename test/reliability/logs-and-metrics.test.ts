import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { deliverToPerson } from '../../src/core/delivery/delivery-jobs.js';
import { personal, text } from '../../src/core/messages/message.js';
import { createLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { reportFigure } from '../helpers/figures.js';
import { eventBody, formBody, postSignedToSlack } from '../helpers/slack-signing.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { createTestApp } from '../helpers/test-app.js';
import { runningClockFrom } from '../helpers/scheduled-time.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

const SECTION = 'Logs and metrics';
const BOT_TOKEN = `xoxb-1000000000001-${randomUUID().replace(/-/g, '')}`;
const SIGNING_SECRET = `signing-${randomUUID().replace(/-/g, '')}`;
const BEARER = `eyJhbGciOiJSUzI1NiJ9.${randomUUID().replace(/-/g, '')}.forged`;
/** What people wrote: none of it may reach the log at the default level. */
const MARKERS = Array.from({ length: 8 }, (_, index) => `salaisuus${index}x${randomUUID().slice(0, 8)}`);
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));

/** A working Tuesday at 10:00 in Helsinki, whenever the test runs: at night a reminder would wait for the morning. */
const clock = runningClockFrom(new Date('2026-12-01T08:00:00Z'));
let db: TestDatabase;
let slack: FakeSlackApi;
let connector: FakeBotConnector;
let app: KeinoApp;
let server: RunningServer;
let slackUrl: string;
const logLines: string[] = [];

beforeAll(async () => {
  await import('../../src/platforms/teams/teams-platform.js');
  db = await createTestDatabase();
  slack = await FakeSlackApi.start();
  connector = await FakeBotConnector.start();
  // The logger Keino runs with, at the default level, writing into this test.
  const logger = createLogger('info', { write: (line: string) => void logLines.push(line) });
  app = await createTestApp(db.url, {
    clock,
    config: {
      teams: { appType: 'MultiTenant', unauthenticated: true },
      slack: { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    },
    logger,
    jobs: { tickSeconds: 1 },
  });
  server = await startServer(app, { port: 0 });
  await app.scheduler.start();
  slackUrl = `http://127.0.0.1:${server.port}/slack/events`;
});

afterAll(async () => {
  await app?.scheduler.stop();
  await server?.close();
  await app?.close();
  await connector?.close();
  await slack?.close();
  await db?.drop();
});

const slash = (commandText: string, secret = SIGNING_SECRET) =>
  postSignedToSlack(
    slackUrl,
    formBody({ ...fixture('slash-command.json'), text: commandText, trigger_id: `t-${randomUUID()}`, response_url: slack.responseUrl(randomUUID()) }),
    { secret },
  );
const directMessage = (messageText: string) => {
  const envelope = fixture('event-message-im.json');
  return postSignedToSlack(slackUrl, eventBody({ ...envelope, event_id: `Ev${randomUUID().slice(0, 10)}`, event: { ...envelope.event, text: messageText } }), {
    secret: SIGNING_SECRET,
  });
};
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** "name{labels} value" lines of the Prometheus text format, summed over the lines that match. */
function metric(body: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of body.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    if (!Object.entries(labels).every(([key, value]) => match[2]?.includes(`${key}="${value}"`))) continue;
    sum += Number(match[3]);
  }
  return sum;
}

describe('a full run, logged at the default level', () => {
  it('leaves no token, secret or message text in the logs, and every line about a request carries its request id', async () => {
    // Slack: commands (one a question, one a poll, one nobody knows), a direct message, a forged request, a reply that fails.
    expect((await slash('kuka')).status).toBe(200);
    expect((await slash(`kysy ${MARKERS[0]} miten kilpailutan?`)).status).toBe(200);
    expect((await slash(`kysely "${MARKERS[1]}?" "Kyllä" "Ei"`)).status).toBe(200);
    expect((await slash(`${MARKERS[2]} ${MARKERS[2]}`)).status).toBe(200);
    expect((await slash(`kieli ${MARKERS[3]}`, 'not-the-secret')).status).toBe(401);
    slack.failNext('chat.postMessage', 'internal_error');
    expect((await directMessage(`${MARKERS[4]} mitä kuuluu?`)).status).toBe(200);
    await slack.waitFor('chat.postEphemeral').catch(() => undefined); // the apology

    // Teams: a message, one whose reply fails, and one with a bearer token in its headers.
    const alice = { id: '29:alice', name: 'Alice Aaltonen', aadObjectId: 'a11ce000-0000-4000-8000-000000000001' };
    expect((await postActivity(server.port, teamsActivity('message-personal', connector.url, { text: `kysy ${MARKERS[5]}` }))).status).toBe(200);
    connector.failNext(1, { status: 500 });
    expect((await postActivity(server.port, teamsActivity('message-personal', connector.url, { text: `${MARKERS[6]} hei`, from: alice }))).status).toBeLessThan(
      600,
    );
    await postActivity(server.port, teamsActivity('message-personal', connector.url, { text: `kuka ${MARKERS[7]}` }), { authorization: `Bearer ${BEARER}` });

    // Scheduled work: a reminder due now, sent by the scheduler.
    const person = await app.core.services.people.peopleStore.findByEmail('alice.aaltonen@example.com');
    await app.core.services.jobs.enqueue(
      deliverToPerson(person!.id, personal([text(`Muistutus ${MARKERS[0]}`)]), { key: `logs:reminder:${randomUUID()}`, dueAt: clock() }),
    );
    for (let waited = 0; waited < 10_000 && !slack.callsTo('chat.postMessage').some((call) => JSON.stringify(call.body).includes('Muistutus')); waited += 100)
      await pause(100);
    await pause(500);

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
    const entries = logLines.map((line) => JSON.parse(line) as Json);
    const aboutRequests = entries.filter((entry) =>
      /Slack request|Teams (request|activity)|refused a|database unavailable|command failed/.test(entry.msg ?? ''),
    );
    const withRequestId = aboutRequests.filter((entry) => typeof entry.requestId === 'string');

    reportFigure(SECTION, 'log lines written (default level)', entries.length, entries.length > 0);
    reportFigure(SECTION, 'tokens, secrets and message texts in the logs', found.length, found.length === 0);
    reportFigure(
      SECTION,
      'lines about a request that carry its request id',
      `${withRequestId.length} of ${aboutRequests.length}`,
      withRequestId.length === aboutRequests.length,
    );

    expect(entries.length).toBeGreaterThan(5);
    expect(found).toEqual([]);
    expect(aboutRequests.length).toBeGreaterThan(0);
    expect(aboutRequests.filter((entry) => typeof entry.requestId !== 'string').map((entry) => entry.msg)).toEqual([]);
    // The forged request was logged, with its request id and nothing of what it carried.
    expect(entries.find((entry) => entry.msg === 'refused a Slack request that failed verification')).toMatchObject({
      requestId: expect.any(String),
      platform: 'slack',
    });
  }, 60_000);
});

describe('errors in the logs', () => {
  it('a failed query, HTTP call or Web API call is logged without its parameters, headers, bodies or response', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const query = Object.assign(new Error('Failed query: insert into faq_questions …'), {
      query: 'insert into faq_questions (text) values ($1)',
      params: [MARKERS[0]],
      cause: Object.assign(new Error('connection reset'), { code: 'ECONNRESET', parameters: [MARKERS[1]] }),
    });
    const http = Object.assign(new Error('Request failed with status code 500'), {
      config: { headers: { Authorization: `Bearer ${BOT_TOKEN}` }, data: `text=${MARKERS[2]}` },
      response: { status: 500, data: { echo: MARKERS[3] } },
    });
    const wrapped = Object.assign(new Error('An API error occurred'), {
      code: 'slack_bolt_unknown_error',
      original: Object.assign(new Error('inner'), { body: { token: BOT_TOKEN, text: MARKERS[4] } }),
    });
    for (const err of [query, http, wrapped]) logger.error({ err }, 'something failed');
    const output = lines.join('');
    expect(lines).toHaveLength(3);
    for (const secret of [BOT_TOKEN, ...MARKERS.slice(0, 5)]) expect(output).not.toContain(secret);
    // What helps an operator stays: the messages, the codes, the SQL without its values.
    expect(output).toContain('ECONNRESET');
    expect(output).toContain('insert into faq_questions (text) values ($1)');
    expect(output).toContain('Request failed with status code 500');
  });
});

describe('GET /metrics', () => {
  it('shows requests by platform and outcome, acknowledgement times, jobs by state and delivery delay in Prometheus format', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await response.text();
    const slackOk = metric(body, 'keino_requests_total', { platform: 'slack', outcome: 'ok' });
    const slackRefused = metric(body, 'keino_requests_total', { platform: 'slack', outcome: 'refused' });
    const teamsOk = metric(body, 'keino_requests_total', { platform: 'teams', outcome: 'ok' });
    const acks = metric(body, 'keino_ack_seconds_count', { platform: 'slack' });
    const within3s = metric(body, 'keino_ack_seconds_bucket', { platform: 'slack', le: '3' });
    const delivered = metric(body, 'keino_delivery_delay_seconds_count', { kind: 'deliver.person' });
    reportFigure(
      SECTION,
      'GET /metrics: Slack requests ok / refused, Teams ok',
      `${slackOk} / ${slackRefused} / ${teamsOk}`,
      slackOk >= 5 && slackRefused === 1 && teamsOk >= 2,
    );
    reportFigure(SECTION, 'GET /metrics: Slack acknowledged within 3 s', `${within3s} of ${acks}`, within3s === acks);
    expect(slackOk).toBeGreaterThanOrEqual(5);
    expect(slackRefused).toBe(1);
    expect(teamsOk).toBeGreaterThanOrEqual(2);
    expect(acks).toBe(slackOk + slackRefused);
    expect(body).toMatch(/^keino_jobs\{state="pending"\} \d+$/m);
    expect(body).toMatch(/^keino_jobs\{state="overdue"\} 0$/m);
    expect(metric(body, 'keino_database_up')).toBe(1);
    expect(delivered).toBe(1);
    expect(metric(body, 'keino_jobs_finished_total', { kind: 'deliver.person', outcome: 'done' })).toBe(1);
    expect(body).toContain('keino_process_cpu_seconds_total');
  });
});
