import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { webApi } from '@slack/bolt';
import { buildServices } from '../../src/app/build-services.js';
import { Delivery } from '../../src/core/delivery/delivery.js';
import { Pacer } from '../../src/core/delivery/pacer.js';
import { Jobs } from '../../src/core/jobs/jobs.js';
import { registerInterventionNudges } from '../../src/core/interventions/nudges.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { localDateOf } from '../../src/core/time/local-time.js';
import { workingMorningClock } from './working-clock.js';
import { DrizzleDeliveryStore } from '../../src/db/stores/delivery-store.js';
import { DrizzleJobStore } from '../../src/db/stores/job-store.js';
import { DrizzlePeopleStore, rowsOf } from '../../src/db/stores/people-store.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { boltLogger } from '../../src/platforms/slack/bolt-logger.js';
import { webClientOptions } from '../../src/platforms/slack/create-bolt-app.js';
import { SlackGateway } from '../../src/platforms/slack/slack-gateway.js';
import { SlackMessenger } from '../../src/platforms/slack/slack-messenger.js';
import { repositoryRoot } from '../helpers/run-keino.js';
import { TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { FigureSink, round } from './bench-report.js';
import type { FakeSlackSummary } from './fake-slack-process.js';
import { seedInterventionsWithNudges, seedOrganisations, seedSlackPeople } from './seed.js';
import { BENCH_BOT_TOKEN } from './server-process.js';
import { fastestDrainMs, scaledRules, SLACK_POSTING_RULES } from './slack-rate-limits.js';
import { PLATFORM_SEND_LIMITS } from '../../src/app/platforms.js';

export interface DeliveryOptions {
  quick: boolean;
}

const ZONE = 'Europe/Helsinki';
/**
 * Slack's limits and Keino's pacer both run on a clock this many times faster than real time:
 * 10,000 nudges at 300 a minute take 33 minutes of real Slack time, here 1/SCALE of it.
 */
export const DELIVERY_TIME_SCALE = 20;
const AIM_SHARE = 0.9;

/** Keino's pacer on a clock `scale` times faster, counting the sends it held back. */
class CountingPacer extends Pacer {
  heldBack = 0;
  constructor(scale: number) {
    const epoch = Date.now();
    super({ now: () => epoch + (Date.now() - epoch) * scale, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / scale)) });
  }

  override async wait(slots: Parameters<Pacer['wait']>[0]): Promise<number> {
    const waited = await super.wait(slots);
    if (waited > 0) this.heldBack += 1;
    return waited;
  }
}

interface FakeSlack {
  apiUrl: string;
  summary(): Promise<FakeSlackSummary>;
  stop(): Promise<void>;
}

export function startFakeSlack(users: number, scale: number): Promise<FakeSlack> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'test/bench/fake-slack-process.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, BENCH_SLACK_USERS: String(users), BENCH_SLACK_SCALE: String(scale) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (\S+)/.exec(output);
      if (!ready) return;
      resolve({
        apiUrl: ready[1]!,
        summary: () =>
          new Promise((answer) => {
            child.once('message', (message) => answer((message as { summary: FakeSlackSummary }).summary));
            child.send('summary');
          }),
        stop: async () => {
          child.send('stop');
          await exited;
        },
      });
    });
    void exited.then(() => reject(new Error(`the fake Slack stopped before it was ready: ${output}`)));
  });
}

/**
 * 3. Delivery: N nudges due at once, each to a different person's DM, sent by the real job engine,
 * nudger, Delivery (with its pacer) and SlackGateway (Bolt's Web API client) to a fake Slack that
 * enforces Slack's posting limits with 429 + Retry-After. Both clocks run SCALE times faster.
 */
export async function benchDelivery(options: DeliveryOptions): Promise<FigureSink> {
  const sink = new FigureSink('3 delivery');
  const nudges = options.quick ? 600 : 10_000;
  const scale = DELIVERY_TIME_SCALE;
  const database = await createTestDatabase('keino_bench_delivery');
  const fake = await startFakeSlack(nudges, scale);
  try {
    const clock = workingMorningClock();
    const today = localDateOf(clock(), ZONE);
    await seedOrganisations(database.db, 100);
    await seedSlackPeople(database.db, nudges);
    await seedInterventionsWithNudges(database.db, { from: 0, to: nudges, due: nudges, today, now: clock() });
    const lastSeededJob = Number(rowsOf<{ id: number }>(await database.db.execute(sql`select max(id) as id from jobs`))[0]!.id);

    const { services } = buildServices(database.db, { admins: [], timeZone: ZONE }, { clock, logger: silentLogger });
    // The gateway as mountSlack makes it: its own Web API client that hands 429s to the scheduler.
    const slackConfig = { botToken: BENCH_BOT_TOKEN, signingSecret: TEST_SIGNING_SECRET, apiUrl: fake.apiUrl };
    const client = new webApi.WebClient(BENCH_BOT_TOKEN, webClientOptions(slackConfig, boltLogger(silentLogger)));
    services.gateways.register(new SlackGateway(new SlackMessenger(client, { rateLimit: 'reject', logger: silentLogger }), silentLogger));
    // Keino's own Delivery and nudger, with its pacer on the same faster clock as the fake Slack.
    const pacer = new CountingPacer(scale);
    const jobs = new Jobs(new DrizzleJobStore(database.db), clock);
    const delivery = new Delivery({
      gateways: services.gateways,
      people: new DrizzlePeopleStore(database.db),
      store: new DrizzleDeliveryStore(database.db),
      clock,
      defaults: { locale: 'fi', timeZone: ZONE },
      pacer,
      limits: PLATFORM_SEND_LIMITS,
    });
    registerInterventionNudges({ ...services, jobs, delivery }, { timeZone: ZONE });
    const runner = new JobRunner({ jobs, clock, logger: silentLogger, instanceId: 'bench-delivery' });

    // The engine ticks back to back (in production a tick comes at least every minute): what is
    // measured is the pacing, not the wait for the next tick.
    const open = async () =>
      Number(
        rowsOf<{ n: number }>(
          await database.db.execute(sql`select count(*)::int as n from jobs where id <= ${lastSeededJob} and state in ('pending', 'running')`),
        )[0]!.n,
      );
    const started = performance.now();
    const deadline = Date.now() + (options.quick ? 120_000 : 480_000);
    let retried = 0;
    for (;;) {
      const report = await runner.tick();
      retried += report.retried;
      if ((await open()) === 0) break;
      if (Date.now() > deadline) throw new Error(`${await open()} nudges still not sent at the deadline`);
      if (report.claimed === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const drainMs = performance.now() - started;
    const summary = await fake.summary();
    const failed = Number(
      rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from jobs where id <= ${lastSeededJob} and state = 'failed'`))[0]!.n,
    );

    const fastestMs = fastestDrainMs(scaledRules(SLACK_POSTING_RULES, scale), 'chat.postMessage', nudges);
    const share = fastestMs / drainMs;
    const lost = nudges - summary.channels;
    const duplicated = summary.posts - summary.channels;
    sink.add({
      name: `time to drain ${nudges.toLocaleString('en-US')} nudges (×${scale} clock)`,
      value: round(drainMs / 1000),
      unit: 's',
      baseline: round(fastestMs / 1000),
      baselineLabel: 'fastest the limits allow',
    });
    sink.add({
      name: 'in Slack time (real seconds)',
      value: round((drainMs * scale) / 1000, 0),
      unit: 's',
      baseline: round((fastestMs * scale) / 1000, 0),
      baselineLabel: 'fastest the limits allow',
    });
    sink.add({ name: 'share of the allowed rate', value: round(share * 100), unit: '%', aim: `≥ ${AIM_SHARE * 100} %`, met: share >= AIM_SHARE });
    sink.add({ name: '429s received (chat.postMessage)', value: summary.limited['chat.postMessage'] ?? 0, unit: '', note: `${retried} jobs retried` });
    sink.add({ name: 'lost', value: lost, unit: '', aim: '0', met: lost === 0, correct: lost === 0 });
    sink.add({ name: 'duplicated', value: duplicated, unit: '', aim: '0', met: duplicated === 0, correct: duplicated === 0 });
    sink.add({ name: 'jobs failed', value: failed, unit: '', correct: failed === 0 });
    sink.add({ name: 'sends the pacer held back (the rest found the limits free)', value: pacer.heldBack, unit: '', baseline: nudges, baselineLabel: 'sends' });
    sink.add({
      name: 'conversations.open calls (not limited here; Slack Tier 3: 50+/min)',
      value: summary.passed['conversations.open'] ?? 0,
      unit: '',
      baseline: nudges,
      baselineLabel: 'people, each new to Keino',
    });
    const remembered = Number(
      rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from platform_identities where direct_conversation_id is not null`))[0]!.n,
    );
    sink.add({ name: 'people whose next nudge needs no conversations.open', value: remembered, unit: '', baseline: nudges, baselineLabel: 'people reached' });
    sink.note(
      `the fake enforces chat.postMessage at 1 a second per channel and 300 a minute per workspace, on a clock ${scale}× faster (windows of ${1000 / scale} ms and ${60 / scale} s); Keino's pacer runs on the same clock. Retry-After is whole seconds of that clock; a job retried after a 429 waits its real second. Each nudge goes to another person's DM, so the workspace limit binds`,
    );
    return sink;
  } finally {
    await fake.stop();
    await database.drop();
  }
}
