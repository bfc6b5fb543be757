import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { deliverToPerson } from '../../src/core/delivery/delivery-jobs.js';
import { personal, text } from '../../src/core/messages/message.js';
import type { Logger } from '../../src/core/ports/logger.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import { FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { nextPendingDue } from '../helpers/scheduled-time.js';
import { eventBody, formBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

/**
 * Slack tells Keino it was removed from a workspace (app_uninstalled) or that its bot token was
 * revoked (tokens_revoked), as signed Events API deliveries through the real server. Alice works
 * in the workspace T0KEINO, Bob in T0OTHER (served as well, SLACK_ALLOWED_TEAMS); the network's
 * three admins use Teams, in Finnish, Swedish and English. Both owners have a nudge pending.
 */
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
const OTHER_TEAM = 'T0OTHER';
const TENANT = '7e4a0000-0000-4000-8000-00000000c0de';
const ADMINS = [
  { locale: 'fi', name: 'Anna Ylläpitäjä', email: 'anna@keino.example', n: 1 },
  { locale: 'sv', name: 'Sven Administratör', email: 'sven@keino.example', n: 2 },
  { locale: 'en', name: 'Emma Admin', email: 'emma@keino.example', n: 3 },
].map((admin) => ({
  ...admin,
  id: `29:1KeinoAdmin${admin.n}PlaceholderTeamsUserId`,
  aadObjectId: `ad000000-0000-4000-8000-00000000000${admin.n}`,
  chat: `a:1KeinoPersonalChatWithAdmin${admin.n}`,
}));
const PLAN = [
  'organisation;title;owner_email;due_date;status;policy;category',
  'Kuopion kaupunki;Hiilijalanjälki kriteeriksi;alice.aaltonen@example.com;24.3.2027;suunniteltu;;',
  'Vaasan kaupunki;Markkinavuoropuhelu;bob@vaasa.example;24.3.2027;suunniteltu;;',
].join('\n');

let database: TestDatabase;
let slack: FakeSlackApi;
let connector: FakeBotConnector;
let app: KeinoApp;
let server: RunningServer;
let runner: JobRunner;
let now = new Date('2027-03-15T08:00:00Z');
const warnings: { object: Json; message?: string }[] = [];
const logger: Logger = { ...silentLogger, warn: (object, message) => warnings.push({ object, message }) };

const slackEndpoint = () => `http://127.0.0.1:${server.port}/slack/events`;
const slash = (text: string, who: { team: string; user: string; name: string } = { team: 'T0KEINO', user: 'U0ALICE', name: 'alice' }) =>
  postSignedToSlack(
    slackEndpoint(),
    formBody({
      ...fixture('slash-command.json'),
      text,
      team_id: who.team,
      user_id: who.user,
      user_name: who.name,
      response_url: slack.responseUrl(`c${Math.random()}`),
    }),
  );
const bob = { team: OTHER_TEAM, user: 'U0BOB', name: 'bob' };
/** An event as Slack sends it now (its event_time Keino's clock), with a fresh event id unless told. */
const event = (name: string, changes: Json = {}) => ({ ...fixture(name), event_time: Math.floor(now.getTime() / 1000), ...changes });
const postEvent = (envelope: Json, headers: Record<string, string> = {}) => postSignedToSlack(slackEndpoint(), eventBody(envelope), { headers });

async function runUntil(until: Date): Promise<void> {
  for (;;) {
    const due = await nextPendingDue(database.db);
    if (!due || due > until) break;
    if (due > now) now = due;
    await runner.tick();
  }
  now = until;
}

const query = async <T>(statement: ReturnType<typeof sql>): Promise<T[]> => rowsOf<T>(await database.db.execute(statement));
const accessRows = () =>
  query<{ tenant_id: string; reason: string; lost: boolean }>(
    sql`select tenant_id, reason, (restored_at is null or restored_at < lost_at) as lost from workspace_access order by tenant_id`,
  );
const noticesTo = (chat: string) =>
  connector
    .sentTo(chat)
    .flatMap((sent) => cardsOf(sent.activity))
    .map(cardText)
    .filter((card) => card.includes('T0KEINO'));
const callsAbout = (who: RegExp, since: number) => slack.calls.slice(since).filter((call) => who.test(JSON.stringify(call.body ?? {})));

beforeAll(async () => {
  database = await createTestDatabase();
  slack = await FakeSlackApi.start();
  slack.addUser({ id: 'U0BOB', name: 'Bob Berg', email: 'bob@vaasa.example' });
  connector = await FakeBotConnector.start();
  for (const admin of ADMINS) connector.addMember({ id: admin.id, aadObjectId: admin.aadObjectId, name: admin.name, email: admin.email });
  app = await createTestApp(database.url, {
    clock: () => now,
    logger,
    config: {
      admins: ADMINS.map((admin) => admin.email),
      teams: { appType: 'MultiTenant', unauthenticated: true },
      slack: {
        botToken: 'xoxb-1000000000001-keino-lifecycle',
        signingSecret: TEST_SIGNING_SECRET,
        apiUrl: slack.apiUrl,
        retryConfig: { retries: 0 },
        allowedTeams: [OTHER_TEAM],
      },
    },
  });
  server = await startServer(app, { port: 0 });
  runner = new JobRunner({ jobs: app.core.services.jobs, clock: () => now, logger: silentLogger, instanceId: 'lifecycle' });

  expect((await slash('kuka')).status).toBe(200);
  expect((await slash('kuka', bob)).status).toBe(200);
  for (const admin of ADMINS) {
    const says = (words: string) =>
      postActivity(
        server.port,
        teamsActivity('message-personal', connector.url, {
          text: words,
          attachments: [{ contentType: 'text/html', content: `<p>${words}</p>` }],
          from: { id: admin.id, name: admin.name, aadObjectId: admin.aadObjectId },
          conversation: { conversationType: 'personal', tenantId: TENANT, id: admin.chat },
        }),
      );
    expect((await says('kuka')).status).toBe(200);
    expect((await says(`kieli ${admin.locale}`)).status).toBe(200);
  }
  // Profiles arrive: the owners' e-mails, and the admins become admins (their Teams addresses).
  await runner.tick();
  const roles = await query<{ role: string }>(sql`select role from people where lower(email) like '%@keino.example'`);
  expect(roles.map((row) => row.role)).toEqual(['admin', 'admin', 'admin']);
  await app.core.services.interventions.importCsv(PLAN, { actor: null, source: 'plan.csv' }, now);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await app?.close();
  await slack?.close();
  await connector?.close();
  await database?.drop();
});

describe('Keino removed from a Slack workspace', () => {
  let mark = 0;

  it('refuses an uninstall for a workspace Keino does not serve, and a forged one, and records nothing', async () => {
    expect((await postEvent(event('event-app-uninstalled.json', { team_id: 'T0STRANGER', event_id: 'Ev0STRANGER' }))).status).toBe(200);
    const forged = await postSignedToSlack(slackEndpoint(), eventBody(event('event-app-uninstalled.json', { event_id: 'Ev0FORGED' })), {
      secret: 'not-the-signing-secret',
    });
    expect(forged.status).toBe(401);
    // Events run after their acknowledgement: a later one's effect shows the earlier ones ran.
    expect(
      (
        await postEvent(
          event('event-tokens-revoked.json', { event_id: 'Ev0USERTOKENS', event: { type: 'tokens_revoked', tokens: { oauth: ['U0ALICE'], bot: [] } } }),
        )
      ).status,
    ).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await accessRows()).toEqual([]);
  });

  it('stops every send to the workspace at once, Slack’s retry and the token event included, and tells each admin once in Teams', async () => {
    const pending = await query<{ key: string }>(sql`select key from jobs where kind = 'interventions.nudge' and state = 'pending' order by key`);
    expect(pending).toHaveLength(2);

    expect((await postEvent(event('event-app-uninstalled.json'))).status).toBe(200);
    await vi.waitFor(async () => expect(await accessRows()).toEqual([{ tenant_id: 'T0KEINO', reason: 'uninstalled', lost: true }]));
    // Slack retries the same event (https://api.slack.com/apis/events-api#retries), and sends tokens_revoked besides, in any order.
    expect((await postEvent(event('event-app-uninstalled.json'), { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })).status).toBe(200);
    expect((await postEvent(event('event-tokens-revoked.json'))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await accessRows()).toEqual([{ tenant_id: 'T0KEINO', reason: 'uninstalled', lost: true }]);
    expect(warnings.filter((warning) => warning.object.tenantId === 'T0KEINO' && warning.object.reason)).toHaveLength(1);

    mark = slack.calls.length;
    await runUntil(new Date('2027-03-17T12:00:00Z'));

    const nudges = await query<{ owner: string; state: string; attempts: number; last_error: string | null }>(sql`
      select p.email as owner, j.state, j.attempts, j.last_error from jobs j
      join interventions i on j.key like 'nudge:' || i.id || ':%' join people p on p.id = i.owner_person_id
      where j.kind = 'interventions.nudge' and j.due_at <= '2027-03-17T12:00:00Z' order by p.email`);
    const alices = nudges.filter((nudge) => nudge.owner === 'alice.aaltonen@example.com');
    expect(alices).toHaveLength(1);
    expect(alices[0]).toMatchObject({ state: 'failed', attempts: 1 });
    expect(alices[0]!.last_error).toMatch(/access_lost.*slack workspace T0KEINO \(uninstalled/);
    // Nothing went to Slack about Alice; Bob's workspace is served as before.
    expect(callsAbout(/ALICE/, mark)).toEqual([]);
    expect(nudges.find((nudge) => nudge.owner === 'bob@vaasa.example')).toMatchObject({ state: 'done' });
    expect(slack.callsTo('chat.postMessage').filter((call) => call.body.channel === 'D0BOB')).toHaveLength(1);

    const [fi, sv, en] = ADMINS.map((admin) => noticesTo(admin.chat));
    expect([fi, sv, en].map((notices) => notices?.length)).toEqual([1, 1, 1]);
    expect(fi![0]).toContain('Keino menetti pääsyn työtilaan');
    expect(fi![0]).toContain('Keino poistettiin Slack-työtilasta T0KEINO (ma 15.3.2027 klo 10.00)');
    expect(sv![0]).toContain('Keino togs bort från Slack-arbetsytan T0KEINO (mån 15.3.2027 kl. 10.00)');
    expect(en![0]).toContain('Keino was removed from the Slack workspace T0KEINO (Mon 15 Mar 2027, 10:00)');
    expect(en![0]).toContain('install Keino in Slack again');
    const notices = await query<{ state: string }>(sql`select state from jobs where kind = 'workspace.access-lost-notice'`);
    expect(notices.map((row) => row.state)).toEqual(['done', 'done', 'done']);
  });

  it('sends there again once Slack sends a request from the workspace, and a late event from before does not undo that', async () => {
    now = new Date('2027-03-17T12:00:00Z');
    expect((await slash('kuka')).status).toBe(200);
    expect((await accessRows())[0]).toMatchObject({ tenant_id: 'T0KEINO', lost: false });
    // A retry of an event from before the reinstall, with another id: Keino stays installed.
    expect(
      (await postEvent(event('event-tokens-revoked.json', { event_id: 'Ev0LATE', event_time: Math.floor(Date.parse('2027-03-16T08:00:00Z') / 1000) }))).status,
    ).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await accessRows())[0]).toMatchObject({ lost: false });

    const [alice] = await query<{ id: number }>(sql`select id from people where email = 'alice.aaltonen@example.com'`);
    await app.core.services.jobs.enqueue(deliverToPerson(alice!.id, personal([text('Tervetuloa takaisin')]), { key: 'welcome-back', dueAt: now }));
    const before = slack.calls.length;
    await runner.tick();
    expect(callsAbout(/Tervetuloa takaisin/, before).map((call) => call.method)).toEqual(['chat.postMessage']);
    expect(ADMINS.map((admin) => noticesTo(admin.chat).length)).toEqual([1, 1, 1]);
  });

  it('tells the admins again when it is removed again after the reinstall', async () => {
    now = new Date('2027-03-18T08:00:00Z');
    expect((await postEvent(event('event-tokens-revoked.json', { event_id: 'Ev0AGAIN' }))).status).toBe(200);
    await vi.waitFor(async () => expect(await accessRows()).toEqual([{ tenant_id: 'T0KEINO', reason: 'tokens_revoked', lost: true }]));
    await runUntil(now);
    const notices = ADMINS.map((admin) => noticesTo(admin.chat));
    expect(notices.map((list) => list.length)).toEqual([2, 2, 2]);
    expect(notices[2]![1]).toContain("Keino's access token for the Slack workspace T0KEINO was revoked (Thu 18 Mar 2027, 10:00)");
  });
});
