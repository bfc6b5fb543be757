import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { defineCommand } from '../../src/core/commands/command.js';
import { personal, text } from '../../src/core/messages/message.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { reportFigure, sized } from '../helpers/figures.js';
import { eventBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

const SECTION = 'Slack retry storm';
const EVENTS = sized(50, 200);
const DELIVERIES = 4; // the original and Slack's three retries
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');
const envelopeFixture: any = JSON.parse(readFileSync(path.join(fixtures, 'event-message-im.json'), 'utf8'));

let db: TestDatabase;
let slack: FakeSlackApi;
let app: KeinoApp;
let server: RunningServer;
let endpoint: string;
/** Runs of the command itself: the side effect Keino must not repeat. */
let runs = 0;
/** By the person's Slack user id, which is also their name in Keino until their profile comes (a message event names nobody): when the original delivery was acknowledged, when its command finished, when the retries were acknowledged. */
const originalAt = new Map<string, number>();
const finishedAt = new Map<string, number>();
const retriedAt = new Map<string, number[]>();

const userOf = (index: number) => `U0STORM${String(index).padStart(4, '0')}`;

beforeAll(async () => {
  db = await createTestDatabase();
  slack = await FakeSlackApi.start();
  for (let index = 0; index < EVENTS; index++) slack.addUser({ id: userOf(index), name: userOf(index) });
  app = await createTestApp(db.url, {
    config: {
      slack: { botToken: 'xoxb-1000000000001-keino-storm-test', signingSecret: TEST_SIGNING_SECRET, apiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    },
  });
  app.core.registry.addCommand(
    defineCommand({
      name: 'stormtest',
      alias: 'myrskytesti',
      summaryKey: 'command.help.summary',
      usageKey: 'command.help.usage',
      args: {},
      run: async (context) => {
        runs++;
        // Long enough that Slack's first retries arrive while the original is still being handled.
        await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 250));
        finishedAt.set(context.person.name, Date.now());
        return personal([text('Myrsky ohi.')]);
      },
    }),
  );
  server = await startServer(app, { port: 0 });
  endpoint = `http://127.0.0.1:${server.port}/slack/events`;
});

afterAll(async () => {
  await server?.close();
  await app?.close();
  await slack?.close();
  await db?.drop();
});

function envelope(index: number) {
  const user = userOf(index);
  return {
    ...envelopeFixture,
    event_id: `Ev0STORM${String(index).padStart(6, '0')}`,
    event: { ...envelopeFixture.event, user, channel: `D${user.slice(1)}`, text: 'myrskytesti', ts: `1741000400.${String(index).padStart(6, '0')}` },
  };
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** One event as Slack delivers it when it thinks Keino was too slow: the original and three retries. */
async function deliver(index: number): Promise<number[]> {
  const body = eventBody(envelope(index));
  const acknowledged: number[] = [];
  retriedAt.set(userOf(index), acknowledged);
  const retry = async (n: number) => {
    const response = await postSignedToSlack(endpoint, body, { headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' } });
    acknowledged.push(Date.now());
    return response;
  };
  // The first retry arrives while the original is still being handled; the others later.
  const [original, first] = await Promise.all([
    postSignedToSlack(endpoint, body).then((response) => {
      originalAt.set(userOf(index), Date.now());
      return response;
    }),
    pause(Math.random() * 100).then(() => retry(1)),
  ]);
  await pause(Math.random() * 300);
  const [second, third] = await Promise.all([retry(2), pause(Math.random() * 200).then(() => retry(3))]);
  return [original.status, first.status, second.status, third.status];
}

describe('a storm of Slack retries', () => {
  it(`${EVENTS} events each delivered ${DELIVERIES} times are each answered exactly once`, async () => {
    const statuses: number[] = [];
    const queue = Array.from({ length: EVENTS }, (_, index) => index);
    // 25 events in the air at a time: up to 100 deliveries at once.
    await Promise.all(
      Array.from({ length: 25 }, async () => {
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) statuses.push(...(await deliver(index)));
      }),
    );
    // Every delivery was acknowledged; now let the last listeners finish.
    for (let waited = 0; slack.callsTo('chat.postMessage').length < EVENTS && waited < 60_000; waited += 100) await pause(100);
    await pause(1_000);

    const replies = slack.callsTo('chat.postMessage');
    const repliesByChannel = new Map<string, number>();
    for (const reply of replies) repliesByChannel.set(reply.body.channel, (repliesByChannel.get(reply.body.channel) ?? 0) + 1);
    const receipts = Number(
      rowsOf<{ n: number }>(await db.db.execute(sql`select count(*)::int as n from slack_event_receipts where event_id like 'Ev0STORM%'`))[0]!.n,
    );

    // Retries Keino acknowledged while the original delivery's command was still running.
    let overlapping = 0;
    for (const [name, times] of retriedAt) {
      const from = originalAt.get(name) ?? Infinity;
      const to = finishedAt.get(name) ?? -Infinity;
      overlapping += times.filter((at) => at >= from && at <= to).length;
    }

    reportFigure(SECTION, 'events × deliveries', `${EVENTS} × ${DELIVERIES} = ${statuses.length}`, statuses.length === EVENTS * DELIVERIES);
    reportFigure(
      SECTION,
      'deliveries acknowledged with 200',
      statuses.filter((status) => status === 200).length,
      statuses.every((status) => status === 200),
    );
    reportFigure(SECTION, 'retries acknowledged while the original was running', overlapping, overlapping > 0);
    reportFigure(SECTION, 'side effects (replies posted)', replies.length, replies.length === EVENTS);
    reportFigure(SECTION, 'side effects (command runs)', runs, runs === EVENTS);

    expect(statuses).toHaveLength(EVENTS * DELIVERIES);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(overlapping).toBeGreaterThan(0);
    expect(runs).toBe(EVENTS);
    expect(replies).toHaveLength(EVENTS);
    expect(repliesByChannel.size).toBe(EVENTS);
    expect([...repliesByChannel.values()].every((count) => count === 1)).toBe(true);
    expect(receipts).toBe(EVENTS);
  }, 180_000);
});
