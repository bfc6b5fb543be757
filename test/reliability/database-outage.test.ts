import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { deliverToPerson } from '../../src/core/delivery/delivery-jobs.js';
import { translate } from '../../src/core/i18n/translator.js';
import { personal, text } from '../../src/core/messages/message.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.js';
import { reportFigure, sized } from '../helpers/figures.js';
import { eventBody, formBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { createTestApp } from '../helpers/test-app.js';
import { runningClockFrom } from '../helpers/scheduled-time.js';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

const SECTION = 'Database outage';
const OUTAGE_MS = sized(5_000, 30_000);
/** Reminders due while the database is away, spread over the outage. */
const REMINDERS = sized(8, 40);
const ACK_LIMIT_MS = 3_000;
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
const TRY_AGAIN = translate('fi', 'errors.unavailable');

/** A working Tuesday at 10:00 in Helsinki, whenever the test runs: at night a reminder would wait for the morning. */
const clock = runningClockFrom(new Date('2026-12-01T08:00:00Z'));
let db: TestDatabase;
let proxy: TcpProxy;
let slack: FakeSlackApi;
let app: KeinoApp;
let server: RunningServer;
let origin: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const target = new URL(TEST_DATABASE_URL);
  proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
  slack = await FakeSlackApi.start();
  app = await createTestApp(proxy.url(db.url), {
    clock,
    config: {
      slack: { botToken: 'xoxb-1000000000001-keino-outage-test', signingSecret: TEST_SIGNING_SECRET, apiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    },
    // A one-second tick; a lease long enough that nothing is taken over during the test.
    jobs: { tickSeconds: 1, leaseMs: 120_000 },
  });
  server = await startServer(app, { port: 0 });
  await app.scheduler.start();
  origin = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await app?.scheduler.stop();
  await server?.close();
  await app?.close();
  await slack?.close();
  await proxy?.close();
  await db?.drop();
});

const textOf = (body: Json): string =>
  [body.text, ...(body.blocks ?? []).flatMap((block: Json) => [block.text?.text, ...(block.elements ?? []).map((element: Json) => element.text)])]
    .filter((part) => typeof part === 'string')
    .join('\n');

interface CommandOutcome {
  status: number;
  ackMs: number;
  /** The answer the person saw: in the acknowledgement, or posted to the response_url afterwards. */
  answer?: string;
}

/** `/keino kuka` as Alice; waits for the answer wherever it comes. */
async function slashCommand(): Promise<CommandOutcome> {
  const responseName = `r-${randomUUID()}`;
  const started = Date.now();
  const response = await postSignedToSlack(
    `${origin}/slack/events`,
    formBody({ ...fixture('slash-command.json'), text: 'kuka', trigger_id: `t-${randomUUID()}`, response_url: slack.responseUrl(responseName) }),
  );
  const ackMs = Date.now() - started;
  const body = await response.text();
  if (body) return { status: response.status, ackMs, answer: textOf(JSON.parse(body)) };
  const later = await slack.waitFor('response_url', (call) => call.path === `/response/${responseName}`, 15_000).catch(() => undefined);
  return { status: response.status, ackMs, answer: later ? textOf(later.body) : undefined };
}

/** A direct message to Keino as Alice; the answer is a post in her direct messages. */
async function directMessage(): Promise<{ status: number; answer?: string }> {
  const envelope = fixture('event-message-im.json');
  const marker = randomUUID();
  const sent = slack.calls.length;
  const response = await postSignedToSlack(
    `${origin}/slack/events`,
    eventBody({ ...envelope, event_id: `Ev${marker.slice(0, 12)}`, event: { ...envelope.event, text: 'kuka', ts: `${Date.now() / 1000}` } }),
  );
  const reply = await waitForCall(
    (call, index) => index >= sent && (call.method === 'chat.postMessage' || call.method === 'chat.postEphemeral') && call.body.channel === 'D0ALICE',
    15_000,
  );
  return { status: response.status, answer: reply ? textOf(reply.body) : undefined };
}

async function waitForCall(matches: (call: RecordedCall, index: number) => boolean, timeoutMs: number): Promise<RecordedCall | undefined> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await pause(50)) {
    const found = slack.calls.find(matches);
    if (found) return found;
  }
  return undefined;
}

async function health(): Promise<number> {
  return (await fetch(`${origin}/healthz`)).status;
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
const reminderText = (index: number) => `Muistutus ${index}: katselmointi huomenna`;
const remindersPosted = () => slack.callsTo('chat.postMessage').filter((call) => /Muistutus \d+:/.test(textOf(call.body)));

describe('PostgreSQL away for a while', () => {
  it(`commands get a polite “try again” within Slack's 3 s during a ${OUTAGE_MS / 1000} s outage; reminders due meanwhile go out after it, once`, async () => {
    // Before: Alice is known, the server is healthy, the reminders are scheduled into the outage.
    const before = await slashCommand();
    // Met with this command, under the user name it carried; her profile follows from its job.
    expect(before.answer).toContain('alice');
    expect(await health()).toBe(200);
    const alice = (await app.core.services.people.peopleStore.findByIdentity({
      platform: 'slack',
      tenantId: fixture('slash-command.json').team_id,
      userId: 'U0ALICE',
    }))!;
    const outageStarts = Date.now() + 1_000;
    for (let index = 0; index < REMINDERS; index++) {
      // Keino's clock runs on a working day: the moment of the outage on it.
      const dueAt = new Date(clock().getTime() - Date.now() + outageStarts + 500 + Math.floor((index * (OUTAGE_MS - 1_000)) / REMINDERS));
      await app.core.services.jobs.enqueue(deliverToPerson(alice.id, personal([text(reminderText(index))]), { key: `outage:reminder:${index}`, dueAt }));
    }
    await pause(outageStarts - Date.now());

    proxy.cut();
    const cutAt = Date.now();
    const pendingCommands: Promise<CommandOutcome>[] = [];
    const pendingMessages: Promise<{ status: number; answer?: string }>[] = [];
    const pendingHealth: Promise<number>[] = [];
    // A command, a direct message and a health check every half second, each answered in its own time.
    while (Date.now() - cutAt < OUTAGE_MS - 1_000) {
      pendingCommands.push(slashCommand());
      pendingMessages.push(directMessage());
      pendingHealth.push(health());
      await pause(500);
    }
    const healthDuring = await Promise.all(pendingHealth);
    const commands = await Promise.all(pendingCommands);
    const messages = await Promise.all(pendingMessages);
    await pause(cutAt + OUTAGE_MS - Date.now());
    const postedBeforeRestore = remindersPosted().length;
    proxy.restore();
    const restoredAt = Date.now();

    // After: healthy again, and every reminder delivered once.
    let healthyAfterMs = -1;
    for (let waited = 0; waited < 20_000; waited += 250) {
      if ((await health()) === 200) {
        healthyAfterMs = Date.now() - restoredAt;
        break;
      }
      await pause(250);
    }
    // Sends to one person are paced at about one a second (Slack's limit per conversation).
    for (let waited = 0; remindersPosted().length < REMINDERS && waited < REMINDERS * 1_500 + 15_000; waited += 200) await pause(200);
    await pause(2_000); // a duplicate would show up now
    const after = await slashCommand();

    const posted = remindersPosted().map((call) => textOf(call.body));
    const delivered = new Set(posted);
    const duplicates = posted.length - delivered.size;
    const lost = Array.from({ length: REMINDERS }, (_, index) => reminderText(index)).filter(
      (reminder) => ![...delivered].some((text) => text.includes(reminder)),
    ).length;
    const slowAcks = commands.filter((command) => command.ackMs > ACK_LIMIT_MS).length;
    const polite = [...commands, ...messages].filter((outcome) => outcome.answer?.includes(TRY_AGAIN)).length;
    const errors5xx = [...commands, ...messages].filter((outcome) => outcome.status >= 500).length;
    const maxAck = Math.max(...commands.map((command) => command.ackMs));

    reportFigure(SECTION, 'outage (connections cut and refused)', `${OUTAGE_MS / 1000} s, ${proxy.refused} connections refused`, proxy.refused > 0);
    reportFigure(SECTION, 'requests during the outage', commands.length + messages.length, commands.length > 0);
    reportFigure(
      SECTION,
      'answered with a polite “try again”',
      `${polite} of ${commands.length + messages.length}`,
      polite === commands.length + messages.length,
    );
    reportFigure(SECTION, 'slash commands acknowledged later than 3 s', `${slowAcks} (slowest ${maxAck} ms)`, slowAcks === 0);
    reportFigure(SECTION, '5xx answers during the outage', errors5xx, errors5xx === 0);
    reportFigure(
      SECTION,
      '/healthz during the outage',
      [...new Set(healthDuring)].join(', '),
      healthDuring.every((status) => status === 503),
    );
    reportFigure(SECTION, '/healthz back to 200 after the outage', `${healthyAfterMs} ms`, healthyAfterMs >= 0);
    reportFigure(SECTION, 'reminders due during the outage', REMINDERS, true);
    reportFigure(SECTION, 'reminders sent during the outage', postedBeforeRestore, postedBeforeRestore === 0);
    reportFigure(SECTION, 'reminders delivered after it', delivered.size, delivered.size === REMINDERS);
    reportFigure(SECTION, 'reminders lost', lost, lost === 0);
    reportFigure(SECTION, 'reminders duplicated', duplicates, duplicates === 0);

    expect(commands.length).toBeGreaterThan(0);
    expect(commands.every((command) => command.status === 200)).toBe(true);
    expect(slowAcks).toBe(0);
    expect(messages.every((message) => message.status === 200)).toBe(true);
    expect(commands.map((command) => command.answer)).toEqual(commands.map(() => expect.stringContaining(TRY_AGAIN)));
    expect(messages.map((message) => message.answer)).toEqual(messages.map(() => expect.stringContaining(TRY_AGAIN)));
    expect(new Set(healthDuring)).toEqual(new Set([503]));
    expect(healthyAfterMs).toBeGreaterThanOrEqual(0);
    expect(postedBeforeRestore).toBe(0);
    expect(lost).toBe(0);
    expect(duplicates).toBe(0);
    expect(after.answer).toContain('Alice Aaltonen');
  }, 300_000);
});
