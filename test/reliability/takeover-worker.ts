/**
 * One Keino instance's job engine in a process of its own, for the crash-and-takeover test: the
 * real runner, scheduler (node-cron, 1-second ticks), store and Delivery against the test
 * database. Its "platform" is a sink table that plays Slack: every send is a row there, so the
 * test counts what the platform received, duplicates included, whatever happens to this process.
 *
 *   node --import tsx test/reliability/takeover-worker.ts <database url> <instance id> <lease ms>
 */
import { sql } from 'drizzle-orm';
import type { Conversation } from '../../src/core/commands/conversation.js';
import { Delivery } from '../../src/core/delivery/delivery.js';
import { registerDeliveryJobs } from '../../src/core/delivery/delivery-jobs.js';
import { Pacer } from '../../src/core/delivery/pacer.js';
import { Jobs } from '../../src/core/jobs/jobs.js';
import type { Message } from '../../src/core/messages/message.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { PlatformGateways, type PlatformGateway, type SentMessage } from '../../src/core/ports/platform-gateway.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { DrizzleDeliveryStore } from '../../src/db/stores/delivery-store.js';
import { DrizzleJobStore } from '../../src/db/stores/job-store.js';
import { DrizzlePeopleStore } from '../../src/db/stores/people-store.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { JobScheduler } from '../../src/jobs/job-scheduler.js';

const [databaseUrl, instanceId, leaseArgument] = process.argv.slice(2);
if (!databaseUrl || !instanceId) {
  process.stderr.write('usage: takeover-worker.ts <database url> <instance id> [lease ms]\n');
  process.exit(2);
}

/** Plays Slack: a send takes a few milliseconds of "network", then the platform has the message. */
class SinkGateway implements PlatformGateway {
  readonly platform = 'slack' as const;
  constructor(private readonly db: Database) {}

  async sendToPerson(): Promise<SentMessage> {
    throw new Error('the reliability test sends to channels');
  }

  async sendToConversation(conversation: Conversation, message: Message): Promise<SentMessage> {
    await new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * 4));
    const rows = await this.db.execute(sql`insert into reliability_sink (job_key, instance) values (${message.summary}, ${instanceId}) returning id`);
    const id = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows)[0] as { id: number };
    return { platform: 'slack', conversation, messageId: `sink-${id.id}` };
  }

  async updateMessage(): Promise<void> {}
}

const handle = await openDatabase({ databaseUrl, dataDir: '', maxConnections: 4 });
const clock = () => new Date();
const gateways = new PlatformGateways();
gateways.register(new SinkGateway(handle.db));
const jobs = new Jobs(new DrizzleJobStore(handle.db), clock);
const delivery = new Delivery({
  gateways,
  people: new DrizzlePeopleStore(handle.db),
  store: new DrizzleDeliveryStore(handle.db),
  clock,
  defaults: { locale: 'fi', timeZone: 'Europe/Helsinki' },
  // The sink has no rate limits; pacing is tested on its own.
  limits: {},
  pacer: new Pacer(),
});
registerDeliveryJobs(jobs, delivery);
const leaseMs = Number(leaseArgument ?? 3_000);
const runner = new JobRunner({ jobs, clock, logger: silentLogger, instanceId, batchSize: 20, concurrency: 8, leaseMs });
const scheduler = new JobScheduler(runner, { tickSeconds: 1, logger: silentLogger });

process.once('SIGTERM', () => {
  void (async () => {
    await scheduler.stop();
    await handle.close();
    process.exit(0);
  })();
});

await scheduler.start();
process.stdout.write(`ready ${instanceId}\n`);
