import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import { blockKitViolations } from '../helpers/block-kit-limits.js';
import { FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.js';
import { formBody, interactionBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { createTestApp } from '../helpers/test-app.js';
import { nextPendingDue } from '../helpers/scheduled-time.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

/**
 * The real server with Slack (against the fake Web API) and Teams (against the fake Bot Framework
 * connector) mounted at once, a controlled clock, and the job runner ticking on it. Alice uses
 * Slack, Teemu Teams; both own an intervention due just after Helsinki's clocks go forward on
 * 28 March 2027.
 */
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
const TEEMU = {
  id: '29:1AliceAaltonenPlaceholderTeamsUserIdK3inoNetworkTest0000000000000000000000000000000001',
  aadObjectId: 'a11ce000-0000-4000-8000-000000000001',
};
const TEEMU_CHAT = 'a:1KeinoPersonalChatWithAlicePlaceholderConversationId000000000000000000000000000000001';
const PLAN = [
  'organisation;title;owner_email;due_date;status;policy;category',
  'Kuopion kaupunki;Hiilijalanjälki kriteeriksi;alice.aaltonen@example.com;29.3.2027;suunniteltu;Hiilineutraalius;Kuljetuspalvelut',
  'Kuopion kaupunki;Markkinavuoropuhelu;teemu@kuopio.fi;30.3.2027;käynnissä;Innovatiiviset hankinnat;',
].join('\n');

let database: TestDatabase;
let slack: FakeSlackApi;
let connector: FakeBotConnector;
let app: KeinoApp;
let server: RunningServer;
let runner: JobRunner;
let now = new Date('2027-03-15T08:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  slack = await FakeSlackApi.start();
  connector = await FakeBotConnector.start();
  connector.addMember({ ...TEEMU, name: 'Teemu', email: 'teemu@kuopio.fi' });
  app = await createTestApp(database.url, {
    clock: () => now,
    config: {
      teams: { appType: 'MultiTenant', unauthenticated: true },
      slack: { botToken: 'xoxb-1000000000001-keino-nudges', signingSecret: TEST_SIGNING_SECRET, apiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    },
  });
  server = await startServer(app, { port: 0 });
  runner = new JobRunner({ jobs: app.core.services.jobs, clock: () => now, logger: silentLogger, instanceId: 'chat-nudges' });
  await app.core.services.interventions.importCsv(PLAN, { actor: null, source: 'plan.csv' }, now);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await app?.close();
  await slack?.close();
  await connector?.close();
  await database?.drop();
});

const slackEndpoint = () => `http://127.0.0.1:${server.port}/slack/events`;
const slash = (text: string) =>
  postSignedToSlack(slackEndpoint(), formBody({ ...fixture('slash-command.json'), text, response_url: slack.responseUrl('command') }));
const teamsSays = (text: string) =>
  postActivity(server.port, teamsActivity('message-personal', connector.url, { text, attachments: [{ contentType: 'text/html', content: `<p>${text}</p>` }] }));

const blocksText = (blocks: Json[]): string =>
  blocks
    .flatMap((block) => [
      block.text?.text,
      ...(block.fields ?? []).map((field: Json) => field.text),
      ...(block.elements ?? []).map((element: Json) => element.text?.text ?? element.text),
    ])
    .filter(Boolean)
    .join('\n');

async function runUntil(until: Date): Promise<void> {
  for (;;) {
    const due = await nextPendingDue(database.db);
    if (!due || due > until) break;
    if (due > now) now = due;
    await runner.tick();
  }
  now = until;
}

const nudgesInSlack = (): RecordedCall[] => slack.callsTo('chat.postMessage').filter((call) => blocksText(call.body.blocks).includes('Hiilijalanjälki'));
const nudgesInTeams = () =>
  connector.sentTo(TEEMU_CHAT).filter((sent) => cardsOf(sent.activity).some((card) => /(Reminder|Overdue): #2 Markkinavuoropuhelu/.test(cardText(card))));

describe('nudges in Slack and Teams', () => {
  it('lists my interventions in Slack and in Teams, each person their own', async () => {
    // Alice and Teemu meet Keino; their profiles (the e-mails the import named as owners) follow.
    expect((await slash('kuka')).status).toBe(200);
    expect((await teamsSays('kuka')).status).toBe(200);
    await runner.tick();
    const reply = (await (await slash('tehtävät')).json()) as Json;
    expect(blockKitViolations(reply.blocks, 'message')).toEqual([]);
    const text = blocksText(reply.blocks);
    expect(text).toContain('Hiilijalanjälki kriteeriksi');
    expect(text).toContain('14 päivän päästä');
    expect(text).not.toContain('Markkinavuoropuhelu');

    expect((await teamsSays('lang en')).status).toBe(200);
    expect((await teamsSays('tasks')).status).toBe(200);
    const cards = await vi.waitFor(() => {
      const found = connector
        .sentTo(TEEMU_CHAT)
        .flatMap((sent) => cardsOf(sent.activity))
        .map(cardText)
        .filter((card) => card.includes('Your interventions'));
      expect(found).toHaveLength(1);
      return found;
    });
    expect(cards[0]).toContain('Markkinavuoropuhelu — due in 15 days (Tue 30 Mar 2027) · in progress');
    expect(cards[0]).not.toContain('Hiilijalanjälki');
  });

  it('delivers the nudges the schedule says, at 09:00 Helsinki time before and after the clocks change, on each person’s platform', async () => {
    await runUntil(new Date('2027-03-30T12:00:00Z'));
    const delivered = rowsOf<{ key: string; platform: string; sent_at: string }>(
      await database.db.execute(
        sql`select key, platform, to_char(sent_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as sent_at from deliveries where key like 'nudge:%' order by sent_at, key`,
      ),
    ).map((row) => `${row.sent_at} ${row.platform} ${row.key.replace(/#.*/, '')}`);
    expect(delivered).toEqual([
      '2027-03-16 07:00 teams nudge:2:2027-03-16', // 14 days before 30 March (Alice's 14-day nudge was due before the import)
      '2027-03-22 07:00 slack nudge:1:2027-03-22', // 7 days before, 09:00 EET
      '2027-03-23 07:00 teams nudge:2:2027-03-23',
      // Alice's due date is Easter Monday: the day before (Sunday) and the day itself both move to
      // Thursday 25 March (Good Friday is off too), where one nudge goes, keyed by the later date.
      '2027-03-25 07:00 slack nudge:1:2027-03-29',
      '2027-03-25 07:00 teams nudge:2:2027-03-29', // the day before Bob's due date, Easter Monday: Thursday
      '2027-03-30 06:00 teams nudge:2:2027-03-30', // on the day, 09:00 EEST: the clocks went forward on the 28th
    ]);
    const posted = nudgesInSlack();
    expect(posted).toHaveLength(2);
    for (const call of posted) expect(blockKitViolations(call.body.blocks, 'message')).toEqual([]);
    expect(posted[0]!.body.channel).toMatch(/^D/);
    expect(blocksText(posted[0]!.body.blocks)).toContain('7 päivän päästä (ma 29.3.2027)');
    expect(blocksText(posted[0]!.body.blocks)).toContain('Hiilineutraalius');
    const teamsCards = nudgesInTeams().map((sent) => cardText(cardsOf(sent.activity)[0]));
    expect(teamsCards).toHaveLength(4);
    expect(teamsCards[1]).toContain('Reminder: #2 Markkinavuoropuhelu');
    expect(teamsCards[1]).toContain('Due: in 7 days (Tue 30 Mar 2027)');
    expect(teamsCards[1]).toContain('[Done]');
    expect(teamsCards[3]).toContain('Due: today (Tue 30 Mar 2027)');
  }, 120_000);

  it('a Done click in Slack replaces the nudge’s buttons with the outcome, once', async () => {
    const nudge = nudgesInSlack().at(-1)!;
    // Where the nudge went and under which ts: Keino recorded it when it sent it.
    const [sent] = rowsOf<{ channel_id: string; message_id: string }>(
      await database.db.execute(sql`select channel_id, message_id from deliveries where key like 'nudge:1:2027-03-29#%'`),
    );
    const { channel_id: channel, message_id: ts } = sent!;
    const actions = nudge.body.blocks.find((block: Json) => block.type === 'actions');
    const button = actions.elements.find((element: Json) => element.text.text === 'Valmis');
    const payload = fixture('block-actions.json');
    payload.container = { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: false };
    payload.channel = { id: channel, name: 'directmessage' };
    payload.message = { ...payload.message, ts, blocks: nudge.body.blocks };
    payload.actions = [
      { action_id: button.action_id, block_id: actions.block_id, value: button.value, type: 'button', text: button.text, action_ts: '1743000000.000001' },
    ];
    payload.response_url = slack.responseUrl('click');
    slack.reset();
    expect((await postSignedToSlack(slackEndpoint(), interactionBody(payload))).status).toBe(200);
    const update = await slack.waitFor('chat.update');
    expect(update.body.channel).toBe(channel);
    expect(blocksText(update.body.blocks)).toMatch(/✅ #1 Hiilijalanjälki kriteeriksi on valmis/);
    expect(update.body.blocks.some((block: Json) => block.type === 'actions')).toBe(false);

    slack.reset();
    await postSignedToSlack(slackEndpoint(), interactionBody(payload));
    const second = await slack.waitFor('chat.update');
    expect(blocksText(second.body.blocks)).toContain('oli jo merkitty valmiiksi');
    const [history] = rowsOf<{ n: string }>(
      await database.db.execute(sql`select count(*) as n from intervention_history where intervention_id = 1 and action = 'completed'`),
    );
    expect(Number(history!.n)).toBe(1);
  });

  it('a Snooze a week click in Teams answers with the nudge card showing the outcome, and no more nudges come until then', async () => {
    const nudge = nudgesInTeams().at(-1)!;
    // The button's data as it is on the card (sealed by Keino for this chat).
    const data = JSON.parse(JSON.stringify(cardsOf(nudge.activity)[0]).match(/"verb":"interventions\.snoozeWeek","data":(\{[^}]*\})/)![1]!);
    const invoke = teamsActivity('invoke-adaptive-card-action', connector.url, {
      replyToId: nudge.id,
      value: { action: { type: 'Action.Execute', title: 'Snooze a week', verb: 'interventions.snoozeWeek', data }, trigger: 'manual' },
    });
    const { status, body } = await postActivity(server.port, invoke);
    expect(status).toBe(200);
    const card = cardText(body?.value);
    expect(card).toContain('#2 Markkinavuoropuhelu: reminders snoozed until Tue 6 Apr 2027, 09:00');
    expect(card).not.toContain('[Done]');
    const [row] = rowsOf<{ snoozed: string }>(
      await database.db.execute(sql`select to_char(snoozed_until at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as snoozed from interventions where id = 2`),
    );
    expect(row!.snoozed).toBe('2027-04-06 06:00');

    const before = nudgesInTeams().length;
    await runUntil(new Date('2027-04-06T05:00:00Z'));
    expect(nudgesInTeams()).toHaveLength(before);
    await runUntil(new Date('2027-04-06T07:00:00Z'));
    expect(nudgesInTeams()).toHaveLength(before + 1); // the snooze ended: 7 days overdue now
    expect(cardText(cardsOf(nudgesInTeams().at(-1)!.activity)[0])).toContain('Overdue: #2 Markkinavuoropuhelu');
  }, 60_000);
});
