import os from 'node:os';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore } from '../helpers/test-core.js';
import { createTestApp } from '../helpers/test-app.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import { runKeino } from '../helpers/run-keino.js';
import type { KeinoCore } from '../../src/core/keino.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { DeliveryError } from '../../src/core/ports/platform-gateway.js';
import { deliverToConversation, deliverToPerson } from '../../src/core/delivery/delivery-jobs.js';
import { methodSlots, Pacer, paceSlots, type RateRule } from '../../src/core/delivery/pacer.js';
import { PLATFORM_SEND_LIMITS as PLATFORM_LIMITS } from '../../src/app/platforms.js';
import { personal, shared, text } from '../../src/core/messages/message.js';
import type { Platform } from '../../src/core/people/person.js';
import { ConsoleAdapter } from '../../src/platforms/console/console-adapter.js';
import { ConsoleGateway } from '../../src/platforms/console/console-gateway.js';
import { rowsOf } from '../../src/db/stores/people-store.js';

let database: TestDatabase;
let core: KeinoCore;
let slack: RecordingGateway;
let teams: RecordingGateway;
let runner: JobRunner;
const TUESDAY_NINE = new Date('2026-04-14T06:00:00Z'); // 09:00 in Helsinki
let now = TUESDAY_NINE;
const clock = () => now;

const identity = (platform: Platform, userId: string) => ({ platform, tenantId: platform === 'slack' ? 'T1' : 'tenant-1', userId });
async function person(platform: Platform, userId: string, email: string, locale?: 'fi' | 'sv' | 'en') {
  return core.services.people.resolve(identity(platform, userId), async () => ({ name: userId, email, locale }));
}
async function job(key: string) {
  return (await core.services.jobs.find(key))!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { clock });
  slack = new RecordingGateway('slack', clock);
  teams = new RecordingGateway('teams', clock);
  core.services.gateways.register(slack);
  core.services.gateways.register(teams);
  runner = new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'delivery' });
});
afterAll(async () => database?.drop());

describe('sending to a person', () => {
  it('picks the platform the person used most recently, and records which', async () => {
    const viaSlack = await person('slack', 'U-AINO', 'aino@kunta.fi');
    const viaTeams = await person('teams', 'aad-aino', 'aino@kunta.fi');
    expect(viaTeams.id).toBe(viaSlack.id);
    // Aino used Teams an hour ago and Slack yesterday.
    await database.db.execute(sql`update platform_identities set last_seen_at = now() - interval '1 hour' where user_id = 'aad-aino'`);
    await database.db.execute(sql`update platform_identities set last_seen_at = now() - interval '1 day' where user_id = 'U-AINO'`);
    await core.services.jobs.enqueue(deliverToPerson(viaSlack.id, personal([text('Hei Aino')]), { key: 'hello:aino:1', dueAt: now }));
    await runner.tick();
    expect(teams.sent.map((send) => [send.identity?.userId, send.text])).toEqual([['aad-aino', 'Hei Aino']]);
    expect(slack.sent).toHaveLength(0);
    const recorded = await core.services.delivery.find(`hello:aino:1#person:${viaSlack.id}`);
    expect(recorded).toMatchObject({ platform: 'teams', personId: viaSlack.id, messageId: teams.sent[0]!.messageId, jobId: (await job('hello:aino:1')).id });

    // Now she writes to Keino in Slack: Slack is where the next message goes.
    await database.db.execute(sql`update platform_identities set last_seen_at = null where user_id = 'U-AINO'`);
    await person('slack', 'U-AINO', 'aino@kunta.fi');
    await core.services.jobs.enqueue(deliverToPerson(viaSlack.id, personal([text('Hei taas')]), { key: 'hello:aino:2', dueAt: now }));
    await runner.tick();
    expect(slack.sent.map((send) => [send.identity?.userId, send.text])).toEqual([['U-AINO', 'Hei taas']]);
  });

  it('remembers the direct conversation a send found, so that the next send to the person need not look it up', async () => {
    const kaisa = await person('slack', 'U-KAISA', 'kaisa@kunta.fi');
    await core.services.jobs.enqueue(deliverToPerson(kaisa.id, personal([text('Hei Kaisa')]), { key: 'hello:kaisa:1', dueAt: now }));
    await runner.tick();
    const [first] = slack.sent.filter((send) => send.identity?.userId === 'U-KAISA');
    expect(first!.identity).not.toHaveProperty('directConversationId');
    const stored = rowsOf<{ id: string }>(
      await database.db.execute(sql`select direct_conversation_id as id from platform_identities where user_id = 'U-KAISA'`),
    );
    expect(stored).toEqual([{ id: 'D-U-KAISA' }]);

    await core.services.jobs.enqueue(deliverToPerson(kaisa.id, personal([text('Hei taas')]), { key: 'hello:kaisa:2', dueAt: now }));
    await runner.tick();
    const second = slack.sent.filter((send) => send.identity?.userId === 'U-KAISA')[1];
    expect(second).toMatchObject({ text: 'Hei taas', identity: { directConversationId: 'D-U-KAISA' } });
  });

  it('falls back to the other platform when the person’s account on the first is gone', async () => {
    // Ville used Teams yesterday and Slack now (last in this instance's memory as in the database).
    await person('teams', 'aad-ville', 'ville@kunta.fi');
    const ville = await person('slack', 'U-VILLE', 'ville@kunta.fi');
    slack.failNext(new DeliveryError('account_inactive', { permanent: true, code: 'account_inactive' }));
    await database.db.execute(sql`update platform_identities set last_seen_at = now() - interval '1 day' where user_id = 'aad-ville'`);
    await core.services.jobs.enqueue(deliverToPerson(ville.id, personal([text('Hei Ville')]), { key: 'hello:ville', dueAt: now }));
    await runner.tick();
    expect(teams.sent.filter((send) => send.text === 'Hei Ville')).toHaveLength(1);
    expect(await job('hello:ville')).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('fails at once, visibly, for a person no chat platform knows; retries one whose platform this instance lacks', async () => {
    const imported = await core.services.people.peopleStore.registerIdentity(identity('console', 'only-console'), { name: 'Console only' }, 'member');
    await core.services.jobs.enqueue(deliverToPerson(imported.id, personal([text('Hei')]), { key: 'hello:console-only', dueAt: now }));
    const [row] = rowsOf<{ id: number }>(
      await database.db.execute(sql`insert into people (name, email) values ('Imported', 'imported@kunta.fi') returning id`),
    );
    await core.services.jobs.enqueue(deliverToPerson(row!.id, personal([text('Hei')]), { key: 'hello:imported', dueAt: now }));
    await runner.tick();
    expect(await job('hello:imported')).toMatchObject({ state: 'failed', lastError: expect.stringMatching(/no chat account/) });
    expect(await job('hello:console-only')).toMatchObject({ state: 'pending', lastError: expect.stringMatching(/no gateway here for console/) });
    await core.services.jobs.cancel('hello:console-only');
  });

  it('renders at send time in the person’s own language', async () => {
    const eva = await person('slack', 'U-EVA', 'eva@kunta.fi', 'sv');
    const sent = await core.services.delivery.sendToPerson(eva.id, ({ t }) => personal([text(t('jobs.heading'))]), { key: 'lang:eva' });
    expect(slack.sent.at(-1)).toMatchObject({ text: 'Schemalagda jobb', messageId: sent.messageId });
    const again = await core.services.delivery.sendToPerson(eva.id, personal([text('twice?')]), { key: 'lang:eva' });
    expect(again).toMatchObject({ repeated: true, messageId: sent.messageId });
    expect(slack.sent.filter((send) => send.text === 'twice?')).toHaveLength(0);
  });
});

describe('a person’s hours', () => {
  it('holds a planned message through the quiet hours: sent at 08:00 the next morning, a Saturday too; the console is not held', async () => {
    const ilona = await person('slack', 'U-ILONA', 'ilona@kunta.fi');
    now = new Date('2026-04-17T20:30:00Z'); // Friday 23:30 in Helsinki
    await core.services.jobs.enqueue(deliverToPerson(ilona.id, personal([text('Vastaus kysymykseesi')]), { key: 'night:ilona', dueAt: now }));
    await runner.tick();
    expect(slack.sent.filter((send) => send.text === 'Vastaus kysymykseesi')).toHaveLength(0);
    expect((await job('night:ilona')).dueAt).toEqual(new Date('2026-04-18T05:00:00Z')); // Saturday 08:00
    now = new Date('2026-04-18T05:00:00Z');
    await runner.tick();
    expect(slack.sent.filter((send) => send.text === 'Vastaus kysymykseesi').map((send) => send.at)).toEqual([now]);
    // At the terminal, the person is right there.
    const terminal = await core.services.people.resolve({ platform: 'console', tenantId: 'local', userId: 'ilona' }, async () => ({ name: 'Ilona' }));
    const terminalGateway = new RecordingGateway('console', clock);
    core.services.gateways.register(terminalGateway);
    now = new Date('2026-04-17T20:30:00Z');
    await core.services.jobs.enqueue(deliverToPerson(terminal.id, personal([text('Konsolissa')]), { key: 'night:console', dueAt: now }));
    await runner.tick();
    expect(terminalGateway.sent.map((send) => send.text)).toEqual(['Konsolissa']);
    now = TUESDAY_NINE;
  });
});

describe('sending to a channel and updating what was sent', () => {
  it('posts a scheduled message to a channel and replaces it later through its record', async () => {
    const channel = { platform: 'slack' as const, tenantId: 'T1', channelId: 'C-GROUP', kind: 'channel' as const };
    await core.services.jobs.enqueue(deliverToConversation(channel, shared([text('Kysely sulkeutuu huomenna')]), { key: 'poll:5:closing', dueAt: now }));
    await runner.tick();
    expect(slack.to(channel).map((send) => send.text)).toEqual(['Kysely sulkeutuu huomenna']);
    const key = 'poll:5:closing#slack:T1:C-GROUP';
    expect(await core.services.delivery.update(key, shared([text('Kysely on suljettu')]))).toBe(true);
    expect(slack.updates.at(-1)).toMatchObject({ sent: { messageId: slack.to(channel)[0]!.messageId, conversation: channel } });
    expect(await core.services.delivery.update('no-such-send', shared([text('x')]))).toBe(false);
  });
});

describe('pacing within the platforms’ limits', () => {
  /** Reserves `count` sends at once on a virtual clock that stands still; returns the times each may go. */
  async function burst(count: number, slotsOf: (index: number) => ReturnType<typeof paceSlots>): Promise<number[]> {
    const times: number[] = [];
    const pacer = new Pacer({ now: () => 0, sleep: async () => {} });
    await Promise.all(
      Array.from({ length: count }, async (_, index) => {
        times[index] = await pacer.wait(slotsOf(index));
      }),
    );
    return times.sort((a, b) => a - b);
  }

  function maxInWindow(times: number[], windowMs: number): number {
    let most = 0;
    for (let start = 0, end = 0; end < times.length; end++) {
      while (times[end]! - times[start]! >= windowMs) start++;
      most = Math.max(most, end - start + 1);
    }
    return most;
  }

  const within = (times: number[], rules: RateRule[]) => rules.every((rule) => maxInWindow(times, rule.windowMs) <= rule.limit);

  it('spaces posts to one Slack channel a second apart', async () => {
    const times = await burst(20, () => paceSlots(PLATFORM_LIMITS, 'slack', 'T1', 'C1'));
    expect(times.slice(0, 3)).toEqual([0, 1_000, 2_000]);
    expect(within(times, PLATFORM_LIMITS.slack.perConversation)).toBe(true);
  });

  it('keeps a thousand direct messages in one Slack workspace under the workspace limit', async () => {
    const times = await burst(1_000, (index) => paceSlots(PLATFORM_LIMITS, 'slack', 'T1', `dm:U${index}`));
    expect(within(times, PLATFORM_LIMITS.slack.perTenant)).toBe(true);
    expect(maxInWindow(times, 60_000)).toBe(300);
    expect(times.at(-1)!).toBeLessThan(4 * 60_000); // a few minutes, not an hour
  });

  it('keeps a Teams conversation within 7 a second, 8 in 2 s and 60 in 30 s', async () => {
    const times = await burst(150, () => paceSlots(PLATFORM_LIMITS, 'teams', 'tenant-1', '19:chat'));
    expect(within(times, PLATFORM_LIMITS.teams.perConversation)).toBe(true);
    expect(maxInWindow(times, 30_000)).toBe(60);
  });

  it('reserves a profile lookup only when the tier has room soon enough, and tells when it will', async () => {
    let virtual = 0;
    const pacer = new Pacer({
      now: () => virtual,
      sleep: async (ms) => {
        virtual += ms;
      },
    });
    const slots = methodSlots(PLATFORM_LIMITS, 'slack', 'T1', 'profile');
    // users.info is Tier 4: 100 a minute a workspace.
    for (let index = 0; index < 100; index++) expect(await pacer.waitAtMost(slots, 1_000)).toEqual({ reserved: true, waitedMs: 0 });
    expect(await pacer.waitAtMost(slots, 1_000)).toEqual({ reserved: false, freeAt: 60_000 });
    // Refused reservations take no place: the 101st goes when the first is a minute old.
    expect(await pacer.waitAtMost(slots, 60_000)).toEqual({ reserved: true, waitedMs: 60_000 });
  });

  it('waits out a 429’s Retry-After before the next send to that conversation', async () => {
    let virtual = 10_000;
    const pacer = new Pacer({
      now: () => virtual,
      sleep: async (ms) => {
        virtual += ms;
      },
    });
    const slots = paceSlots(PLATFORM_LIMITS, 'teams', 'tenant-1', '19:busy');
    pacer.pause(slots[0]!.key, 2_000);
    expect(await pacer.wait(slots)).toBe(2_000);
    expect(await pacer.wait(paceSlots(PLATFORM_LIMITS, 'teams', 'tenant-1', '19:quiet'))).toBe(0);
  });
});

describe('reminders in the console', () => {
  it('shows a due reminder in the console’s output, with its buttons numbered', async () => {
    const app = await createTestApp(database.url, { clock });
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
    const adapter = new ConsoleAdapter(app.core, { input, output, userName: 'demo-user' });
    app.core.services.gateways.register(new ConsoleGateway((message) => adapter.notify(message)));
    const running = adapter.run();
    input.write('whoami\n');
    while (!shown.includes('demo-user')) await new Promise((resolve) => setTimeout(resolve, 10));
    const me = await app.core.services.people.peopleStore.findByIdentity({ platform: 'console', tenantId: 'local', userId: 'demo-user' });
    await app.core.services.jobs.enqueue(
      deliverToPerson(
        me!.id,
        personal([text('Muistutus: tilaisuus alkaa klo 10'), { type: 'buttons', buttons: [{ label: 'Tulen', actionId: 'command', value: 'whoami' }] }]),
        { key: 'console:reminder', dueAt: now },
      ),
    );
    expect(await app.scheduler.runner.tick()).toMatchObject({ done: 1 });
    expect(shown).toContain('Muistutus: tilaisuus alkaa klo 10');
    expect(shown).toContain('[1] Tulen');
    input.end();
    await running;
    await app.close();
  });

  it('delivers a reminder that fell due while Keino was off as soon as `npm start` opens the console', async () => {
    const userName = os.userInfo().username || 'local';
    const owner = await core.services.people.resolve({ platform: 'console', tenantId: 'local', userId: userName }, async () => ({ name: userName }));
    await core.services.jobs.enqueue(
      deliverToPerson(owner.id, personal([text('Muistutus odotti sinua')]), { key: 'console:while-off', dueAt: new Date(Date.now() - 3_600_000) }),
    );
    const run = await runKeino([], { input: 'whoami\n', env: { DATABASE_URL: database.url }, timeoutMs: 90_000 });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Muistutus odotti sinua');
    expect((await job('console:while-off')).state).toBe('done');
  }, 120_000);
});
