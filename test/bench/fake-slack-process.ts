/**
 * The fake Slack Web API of the delivery benchmark, in a process of its own so that it does not
 * take the event loop of the Keino under test: the recording fake (test/helpers/fake-slack-api.ts)
 * behind a proxy that enforces Slack's posting limits on a clock BENCH_SLACK_SCALE times faster.
 * Prints "ready <api url>"; answers the IPC message "summary" with what Slack received.
 *
 *   BENCH_SLACK_USERS=10000 BENCH_SLACK_SCALE=20 node --import tsx test/bench/fake-slack-process.ts
 */
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { benchUserId } from './slack-requests.js';
import { RateLimitedSlackProxy, scaledRules, SlackRateLimits, SLACK_POSTING_RULES, type RateLimitCounts } from './slack-rate-limits.js';

export interface FakeSlackSummary extends RateLimitCounts {
  /** chat.postMessage calls that reached Slack (passed the limits). */
  posts: number;
  /** Distinct channels posted to. */
  channels: number;
  /** The most posts one channel received. */
  mostInOneChannel: number;
  firstPostAt: number | null;
  lastPostAt: number | null;
}

const users = Number(process.env.BENCH_SLACK_USERS ?? 0);
const scale = Number(process.env.BENCH_SLACK_SCALE ?? 1);

const fake = await FakeSlackApi.start();
// The posting limits are the proxy's (on the scaled clock); conversations.open is not limited
// here, and the benchmark's figures say so.
fake.tierLimits = false;
for (let index = 0; index < users; index++) fake.addUser({ id: benchUserId(index), name: `Henkilö ${index}` });
const proxy = await RateLimitedSlackProxy.start(fake.origin, new SlackRateLimits(scaledRules(SLACK_POSTING_RULES, scale), scale));

function summary(): FakeSlackSummary {
  const posts = fake.callsTo('chat.postMessage');
  const perChannel = new Map<string, number>();
  for (const post of posts) perChannel.set(String(post.body.channel), (perChannel.get(String(post.body.channel)) ?? 0) + 1);
  return {
    ...proxy.counts,
    posts: posts.length,
    channels: perChannel.size,
    mostInOneChannel: Math.max(0, ...perChannel.values()),
    firstPostAt: posts[0]?.at ?? null,
    lastPostAt: posts.at(-1)?.at ?? null,
  };
}

process.on('message', (message) => {
  if (message === 'summary') process.send!({ summary: summary() });
  if (message === 'stop') void Promise.all([proxy.close(), fake.close()]).then(() => process.exit(0));
});
// The bench that started it is gone: so is the fake.
process.on('disconnect', () => process.exit(0));
process.stdout.write(`ready ${proxy.apiUrl}\n`);
