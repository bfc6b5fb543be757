import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { nextPendingDue } from '../helpers/scheduled-time.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { ChannelGateway } from './channel-gateway.js';

/**
 * Groups with scheduled work, at the core: a database of its own, a core on a clock the test moves,
 * recording Slack and Teams gateways, and the job engine's runner to tick.
 */
export interface ScheduledWorld {
  database: TestDatabase;
  core: KeinoCore;
  slack: ChannelGateway;
  teams: ChannelGateway;
  runner: JobRunner;
  now: Date;
  /** The earliest pending job whose kind starts with the prefix. */
  nextDue(kindPrefix: string): Promise<Date | undefined>;
  /** A command typed in the person's direct messages (or the conversation given); the reply as read. */
  say(caller: Caller, text: string, conversation?: Conversation): Promise<string>;
}

export const dm = (caller: Caller): Conversation => ({
  platform: caller.identity.platform,
  tenantId: caller.identity.tenantId,
  channelId: `D-${caller.identity.userId}`,
  kind: 'personal',
});

export async function scheduledWorld(start: Date, options: { admins?: string[] } = {}): Promise<ScheduledWorld> {
  const database = await createTestDatabase();
  const world = { now: start } as ScheduledWorld;
  const clock = () => world.now;
  const core = createTestCore(database.db, { clock, admins: options.admins ?? [] });
  const slack = new ChannelGateway('slack');
  const teams = new ChannelGateway('teams');
  core.services.gateways.register(slack);
  core.services.gateways.register(teams);
  return Object.assign(world, {
    database,
    core,
    slack,
    teams,
    runner: new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'groups-test' }),
    nextDue: (kindPrefix: string) => nextPendingDue(database.db, kindPrefix),
    async say(caller: Caller, text: string, conversation = dm(caller)) {
      return replyText(await core.handleText({ caller, conversation, text, source: 'command' }));
    },
  });
}
