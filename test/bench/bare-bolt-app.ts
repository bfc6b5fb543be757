/**
 * The baseline of the acknowledgement benchmark: a bare Bolt app on the same ExpressReceiver setup
 * as Keino's (one Express server, POST /slack/events, GET /healthz), whose listeners only
 * acknowledge. Whatever Keino adds on top of Bolt shows as the difference.
 *
 *   PORT=… SLACK_BOT_TOKEN=… SLACK_SIGNING_SECRET=… SLACK_API_URL=… node --import tsx test/bench/bare-bolt-app.ts
 */
import express from 'express';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';

const { PORT, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL } = process.env;
if (!PORT || !SLACK_BOT_TOKEN || !SLACK_SIGNING_SECRET || !SLACK_API_URL) {
  process.stderr.write('bare-bolt-app needs PORT, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and SLACK_API_URL\n');
  process.exit(2);
}

const receiver = new ExpressReceiver({
  signingSecret: SLACK_SIGNING_SECRET,
  endpoints: '/slack/events',
  processBeforeResponse: false,
  logLevel: LogLevel.ERROR,
});
const bolt = new App({
  token: SLACK_BOT_TOKEN,
  receiver,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: SLACK_API_URL.endsWith('/') ? SLACK_API_URL : `${SLACK_API_URL}/`, retryConfig: { retries: 0 } },
  deferInitialization: true,
});
bolt.command('/keino', async ({ ack }) => {
  await ack();
});
bolt.action(/.*/, async ({ ack }) => {
  await ack();
});
await bolt.init();

const http = express();
http.get('/healthz', (_request, response) => {
  response.status(200).json({ status: 'ok' });
});
http.use(receiver.router);
const server = http.listen(Number(PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
