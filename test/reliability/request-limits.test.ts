import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { reportFigure, sized } from '../helpers/figures.js';
import { slackSignature, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { startSlackTestServer, type SlackTestServer } from '../helpers/slack-test-server.js';
import { createTestApp } from '../helpers/test-app.js';
import type { KeinoApp } from '../../src/app/keino-app.js';

/**
 * What an anonymous sender can make Keino read and show: bodies it must refuse unread, and
 * /metrics, which tells about Keino's traffic and work.
 */
const SECTION = 'Request bodies and /metrics';
const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';
let keino: SlackTestServer;
let guarded: { app: KeinoApp; server: RunningServer };

beforeAll(async () => {
  keino = await startSlackTestServer();
  const app = await createTestApp(keino.database.url, { config: { metricsToken: METRICS_TOKEN } });
  guarded = { app, server: await startServer(app, { port: 0 }) };
}, 60_000);
afterAll(async () => {
  await guarded?.server.close();
  await guarded?.app.close();
  await keino?.close();
});

/**
 * Sends only the head of a POST that declares a body of `length` bytes, and waits for Keino's
 * answer: an answer at all proves the body was refused unread, since not a byte of it was sent.
 */
function headOnly(port: number, path: string, length: number, headers: Record<string, string> = {}): Promise<{ status: number; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer without the body: Keino waited to read it'));
    }, 5_000);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? 0), closed: true });
    });
    socket.on('error', reject);
    const lines = [
      `POST ${path} HTTP/1.1`,
      'Host: 127.0.0.1',
      'Content-Type: application/json',
      `Content-Length: ${length}`,
      ...Object.entries(headers).map(([key, value]) => `${key}: ${value}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}

describe('request bodies', () => {
  it('an unsigned 4 MB body to Slack is refused before a byte of it is read', async () => {
    const count = sized(10, 40);
    const answers = await Promise.all(Array.from({ length: count }, () => headOnly(keino.server.port, '/slack/events', 4 * 1024 * 1024)));
    const refused = answers.filter((answer) => answer.status === 401 || answer.status === 413).length;
    reportFigure(SECTION, 'unsigned 4 MB Slack bodies answered before they were sent', `${refused} of ${count}`, refused === count);
    expect(refused).toBe(count);
  });

  it('a signed body over 1 MB is refused unread, and so is one whose signature headers are missing or stale', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signed = { 'X-Slack-Request-Timestamp': String(timestamp), 'X-Slack-Signature': slackSignature(TEST_SIGNING_SECRET, timestamp, 'x') };
    expect((await headOnly(keino.server.port, '/slack/events', 1024 * 1024 + 1, signed)).status).toBe(413);
    expect((await headOnly(keino.server.port, '/api/messages', 2 * 1024 * 1024)).status).toBe(413);
    // A timestamp an hour old: refused on the headers, the 100 KB body never read.
    const stale = { 'X-Slack-Request-Timestamp': String(timestamp - 3600), 'X-Slack-Signature': slackSignature(TEST_SIGNING_SECRET, timestamp - 3600, 'x') };
    expect((await headOnly(keino.server.port, '/slack/events', 100_000, stale)).status).toBe(401);
    expect((await headOnly(keino.server.port, '/slack/events', 100_000, { 'X-Slack-Signature': 'v0=nothex' })).status).toBe(401);
  });
});

describe('/metrics', () => {
  it('with METRICS_TOKEN: 401 without the bearer token or with a wrong one, the figures with it', async () => {
    const url = `http://127.0.0.1:${guarded.server.port}/metrics`;
    const without = await fetch(url);
    const wrong = await fetch(url, { headers: { authorization: 'Bearer not-the-token-but-long-enough' } });
    const right = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    reportFigure(SECTION, 'GET /metrics without the token (METRICS_TOKEN set)', without.status, without.status === 401);
    expect(without.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await without.text()).toBe('');
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('keino_requests_total');
  });

  it('without METRICS_TOKEN: only on this machine, not through a proxy', async () => {
    const url = `http://127.0.0.1:${keino.server.port}/metrics`;
    expect((await fetch(url)).status).toBe(200);
    const proxied = await fetch(url, { headers: { 'x-forwarded-for': '198.51.100.7' } });
    const forwarded = await fetch(url, { headers: { forwarded: 'for=198.51.100.7' } });
    reportFigure(SECTION, 'GET /metrics from elsewhere (no METRICS_TOKEN)', proxied.status, proxied.status === 404);
    expect(proxied.status).toBe(404);
    expect(forwarded.status).toBe(404);
  });
});
