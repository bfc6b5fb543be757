import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Block, Message } from '../../src/core/messages/message.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { silentLogger } from '../../src/core/ports/logger.js';

let database: TestDatabase;
let core: KeinoCore;
let slack: RecordingGateway;
let runner: JobRunner;
let now = new Date('2026-05-04T09:00:00Z');
const clock = () => now;

const channel: Conversation = { platform: 'slack', tenantId: 'T-KEINO', channelId: 'C-AKATEMIA', kind: 'channel' };
const caller = (userId: string, name: string): Caller => ({
  identity: { platform: 'slack', tenantId: 'T-KEINO', userId },
  loadProfile: async () => ({ name }),
});
const aino = caller('UAINO', 'Aino Aloittaja');
const pekka = caller('UPEKKA', 'Pekka Peer');

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { clock });
  slack = new RecordingGateway('slack', clock);
  core.services.gateways.register(slack);
  runner = new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'polls-test' });
});
afterAll(async () => {
  await runner?.stop();
  core?.services.polls.refresher.stop();
  await database?.drop();
});

function pollIdOf(message: Message): number {
  const buttons = message.blocks.flatMap((block: Block) => (block.type === 'buttons' ? block.buttons : []));
  return Number(buttons.find((button) => button.actionId === 'polls.vote')!.value!.split(':')[0]);
}

/** `poll …`: Keino posts the poll in the channel (the recording gateway); the poll number and that message's id. */
const create = async (text: string): Promise<{ id: number; messageId: string }> => {
  const before = slack.sent.length;
  await core.handleText({ caller: aino, conversation: channel, text, source: 'command' });
  const posted = slack.sent.slice(before).at(-1)!;
  return { id: pollIdOf(posted.message), messageId: posted.messageId };
};
const vote = (who: Caller, value: string, messageId: string) =>
  core.handleAction({ caller: who, conversation: channel, actionId: 'polls.vote', value, source: { platform: 'slack', conversation: channel, messageId } });

describe('a poll with a closing time', () => {
  it('closes on time through the scheduler and posts the final results once', async () => {
    const { id, messageId } = await create('poll "Seuraavan tapaamisen teema?" "Markkinavuoropuhelu" "Kilpailutus" --closes 2h');
    await vote(pekka, `${id}:0`, messageId);
    const posted = slack.sent.length;
    const job = await core.services.jobs.find(`poll-close:${id}`);
    expect(job?.dueAt.toISOString()).toBe('2026-05-04T11:00:00.000Z');

    now = new Date('2026-05-04T10:59:59Z');
    await runner.tick();
    expect((await core.services.polls.find(id))?.state).toBe('open');
    expect(slack.sent).toHaveLength(posted);

    // The tick after the closing time (ticks are a minute apart in production).
    now = new Date('2026-05-04T11:00:40Z');
    await runner.tick();
    const poll = (await core.services.polls.find(id))!;
    expect(poll.state).toBe('closed');
    expect(poll.closedAt?.toISOString()).toBe('2026-05-04T11:00:00.000Z');
    expect(poll.closedBy).toBeNull();

    const announced = slack.to(channel).slice(posted);
    expect(announced).toHaveLength(1);
    expect(announced[0]!.text).toContain('Kysely ”Seuraavan tapaamisen teema?” on päättynyt');
    expect(
      announced[0]!.message.blocks.some(
        (block) =>
          block.type === 'chart' &&
          block.chart.labels.includes('Markkinavuoropuhelu') &&
          block.chart.series[0]!.values[block.chart.labels.indexOf('Markkinavuoropuhelu')] === 1 &&
          block.chart.altText.includes('Markkinavuoropuhelu 1'),
      ),
    ).toBe(true);

    // The poll message itself shows the final results, without vote buttons.
    await core.services.polls.refresher.idle();
    const update = slack.updates.filter((entry) => entry.sent.messageId === messageId).at(-1)!;
    expect(update.message.blocks.some((block) => block.type === 'note' && block.text.includes('Suljettu ma 4.5.2026 klo 14.00'))).toBe(true);
    expect(update.message.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : [])).map((button) => button.actionId)).toEqual([
      'polls.export',
    ]);

    // Running it again (a retry, another instance) changes nothing.
    await core.services.jobs.enqueue({ kind: 'poll.close', key: `poll-close:${id}`, payload: { pollId: id }, dueAt: now });
    await runner.tick();
    expect(slack.to(channel)).toHaveLength(posted + 1);
    expect(replyText((await vote(pekka, `${id}:1`, messageId)).reply!)).toContain('päättynyt');
  });

  it('is not announced again when the creator closed it before its time', async () => {
    const { id } = await create('kysely "Aikainen?" "Kyllä" "Ei" --sulkeutuu 30m');
    const before = slack.to(channel).length;
    await core.handleText({ caller: aino, conversation: channel, text: `poll close ${id}`, source: 'command' });
    expect((await core.services.jobs.find(`poll-close:${id}`))?.state).toBe('cancelled');
    now = new Date(now.getTime() + 31 * 60_000);
    await runner.tick();
    expect(slack.to(channel)).toHaveLength(before);
    expect((await core.services.polls.find(id))?.closedBy).not.toBeNull();
  });
});
