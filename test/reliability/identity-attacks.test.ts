import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { reportFigure } from '../helpers/figures.js';
import { HostileServer } from '../helpers/hostile-server.js';
import { LocalBotFrameworkAuth } from '../helpers/local-bot-framework-auth.js';
import { eventBody, formBody, interactionBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { conversationBinding, personBinding } from '../../src/core/security/action-seal.js';
import { describeChanges, rowsWritten, snapshotTables, tableChanges, type TableSnapshot } from '../helpers/table-counts.js';
import { replyText } from '../helpers/test-core.js';
import type { Caller } from '../../src/core/keino.js';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { postActivity, teamsActivity, type ActivityJson } from '../helpers/teams-activities.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

/**
 * Who is asking, tried as an attacker would against the real server: a Teams door in a
 * Slack-only deployment, a serviceUrl the attacker owns, a tenant or workspace Keino does not
 * serve. Each attack is counted; none may be accepted, write a row, or make Keino call the
 * attacker's server.
 */
const SECTION = 'Who is asking (identity and rights)';
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
const APP_ID = '6b65696e-6f00-4b00-8000-000000000001';
const TENANT = '7e4a0000-0000-4000-8000-00000000c0de';
const OTHER_TENANT = '0bad0000-0000-4000-8000-0000000000ee';
const ADMIN_EMAIL = 'admin@keino.fi';

interface Deployment {
  database: TestDatabase;
  app: KeinoApp;
  server: RunningServer;
}

let hostile: HostileServer;
let slack: FakeSlackApi;
let connector: FakeBotConnector;
let botFramework: LocalBotFrameworkAuth;
let slackOnly: Deployment;
let both: Deployment;

async function deploy(config: NonNullable<Parameters<typeof createTestApp>[1]>['config']): Promise<Deployment> {
  const database = await createTestDatabase();
  const app = await createTestApp(database.url, { config: { admins: [ADMIN_EMAIL], ...config } });
  const server = await startServer(app, { port: 0 });
  return { database, app, server };
}

const slackConfig = () => ({
  botToken: 'xoxb-1000000000001-keino-attacks',
  signingSecret: TEST_SIGNING_SECRET,
  apiUrl: slack.apiUrl,
  retryConfig: { retries: 0 },
});

beforeAll(async () => {
  await import('../../src/platforms/teams/teams-platform.js');
  hostile = await HostileServer.start(ADMIN_EMAIL);
  slack = await FakeSlackApi.start();
  connector = await FakeBotConnector.start();
  botFramework = await LocalBotFrameworkAuth.start();
  slackOnly = await deploy({ slack: slackConfig() });
  both = await deploy({
    slack: slackConfig(),
    teams: {
      appId: APP_ID,
      appPassword: 'not-a-real-secret',
      appType: 'MultiTenant',
      openIdMetadataUrl: botFramework.openIdMetadataUrl,
      allowedTenants: [TENANT],
    },
  });
});

afterAll(async () => {
  for (const deployment of [slackOnly, both]) {
    await deployment?.server.close();
    await deployment?.app.close();
    await deployment?.database.drop();
  }
  await botFramework?.close();
  await connector?.close();
  await slack?.close();
  await hostile?.close();
});

/** Every attack tried, whether Keino accepted it. */
const attacks: { name: string; accepted: boolean }[] = [];
let rowsWrittenByAttacks = 0;
/** Rows of the wrong-code counter (link_attempts) that refused link codes wrote: the brute-force guard, one a person. */
let wrongCodeCounters = 0;

/** Runs attacks against a deployment and adds up the rows they wrote (none may). */
async function attack(deployment: Deployment, run: () => Promise<void>, options: { countsWrongCodes?: boolean } = {}): Promise<void> {
  const before: TableSnapshot = await snapshotTables(deployment.database.db);
  await run();
  // Slack's events are acknowledged before their listeners run: give anything that slipped through time to write.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await snapshotTables(deployment.database.db);
  // Every request Slack signed leaves its signature in the replay guard's ledger before anything
  // reads it (pruned after a day): that is how a replay is refused, not something the attack wrote.
  // A wrong link code is counted against the person who typed it (one row a person and window):
  // that is how guessing is stopped, not something the attack achieved; it is reported apart.
  const ignore = ['slack_event_receipts', ...(options.countsWrongCodes ? ['link_attempts'] : [])];
  if (options.countsWrongCodes) wrongCodeCounters += tableChanges(before, after).get('link_attempts') ?? 0;
  const written = rowsWritten(before, after, { ignore });
  rowsWrittenByAttacks += written;
  expect(written, describeChanges(before, after, { ignore })).toBe(0);
}

function record(name: string, accepted: boolean): void {
  attacks.push({ name, accepted });
}

const mallory = { id: '29:mallory', aadObjectId: 'ma11050f-0000-4000-8000-000000000666', name: 'Network Admin' };
const teamsMessage = (text: string, serviceUrl: string, changes: ActivityJson = {}) =>
  teamsActivity('message-personal', serviceUrl, { text, from: mallory, ...changes });

describe('where requests may come from', () => {
  it('a Slack-only deployment has no Teams route: a forged activity is 404, and its serviceUrl is never called', async () => {
    await attack(slackOnly, async () => {
      for (const text of ['kuka', 'ryhmä luo hostile "Hostile"']) {
        const { status } = await postActivity(slackOnly.server.port, teamsMessage(text, hostile.url));
        expect(status).toBe(404);
        record(`Slack-only: forged Teams activity "${text}"`, status < 400);
      }
    });
    expect(hostile.requests).toEqual([]);
  });

  it('an authenticated activity whose serviceUrl is not the one Bot Framework signed is refused, and that serviceUrl never called', async () => {
    await attack(both, async () => {
      const activity = teamsMessage('kuka', hostile.url);
      const authorization = botFramework.authorization({ audience: APP_ID, serviceUrl: connector.url });
      const { status } = await postActivity(both.server.port, activity, { authorization });
      expect(status).toBe(401);
      record('Teams: serviceUrl other than the token claims', status < 400);
    });
    expect(hostile.requests).toEqual([]);
  });

  it('a tenant not in MICROSOFT_ALLOWED_TENANTS gets one polite sentence and writes nothing', async () => {
    await attack(both, async () => {
      for (const text of ['kuka', 'liity sote']) {
        const activity = teamsMessage(text, connector.url, { conversation: { tenantId: OTHER_TENANT }, channelData: { tenant: { id: OTHER_TENANT } } });
        const { status } = await postActivity(both.server.port, activity, {
          authorization: botFramework.authorization({ audience: APP_ID, serviceUrl: connector.url }),
        });
        expect(status).toBe(200);
        record(`Teams: tenant not served, "${text}"`, false);
      }
      const card = teamsActivity('invoke-adaptive-card-action', connector.url, {
        from: mallory,
        conversation: { tenantId: OTHER_TENANT },
        channelData: { tenant: { id: OTHER_TENANT } },
      });
      const clicked = await postActivity(both.server.port, card, {
        authorization: botFramework.authorization({ audience: APP_ID, serviceUrl: connector.url }),
      });
      expect(clicked.body?.value).toMatch(/Keino ei palvele/);
      record('Teams: tenant not served, a card action', false);
    });
  });

  it('a workspace other than the bot token’s gets a polite refusal and writes nothing', async () => {
    const endpoint = `http://127.0.0.1:${both.server.port}/slack/events`;
    await attack(both, async () => {
      const command = formBody({
        ...fixture('slack/slash-command.json'),
        team_id: 'T0OTHER',
        user_id: 'U0MALLORY',
        text: 'kuka',
        response_url: slack.responseUrl(),
      });
      const response = await postSignedToSlack(endpoint, command);
      const answer = (await response.json()) as { text?: string };
      expect(answer.text).toMatch(/Keino ei palvele/);
      record('Slack: slash command from another workspace', false);
      const envelope = fixture('slack/event-message-im.json');
      const event = eventBody({
        ...envelope,
        team_id: 'T0OTHER',
        event_id: `Ev${randomUUID().slice(0, 12)}`,
        event: { ...envelope.event, user: 'U0MALLORY', text: 'kuka' },
      });
      const delivered = await postSignedToSlack(endpoint, event);
      expect(delivered.status).toBe(200);
      record('Slack: event from another workspace', false);
    });
    expect(slack.calls.filter((call) => !['auth.test'].includes(call.method))).toEqual([]);
  });
});

describe('button values and form contexts', () => {
  const CHANNEL = 'C0GROUP';
  const here = { platform: 'slack' as const, tenantId: 'T0KEINO', channelId: CHANNEL, kind: 'channel' as const };
  const elsewhere = { ...here, channelId: 'C0PRIVATE' };
  const endpoint = () => `http://127.0.0.1:${both.server.port}/slack/events`;
  let sequence = 0;

  /** A click on a message in #kr-sote by someone Keino has never met, carrying this value. */
  async function clickWith(actionId: string, value: string): Promise<string> {
    const name = `attack-${++sequence}`;
    const payload = fixture('slack/block-actions.json');
    payload.user = { id: 'U0MALLORY', username: 'mallory', name: 'mallory', team_id: 'T0KEINO' };
    payload.container = { type: 'message', message_ts: '1741000000.000100', channel_id: CHANNEL, is_ephemeral: false };
    payload.channel = { id: CHANNEL, name: 'kr-sote' };
    payload.response_url = slack.responseUrl(name);
    payload.actions = [
      { action_id: `${actionId}::0`, block_id: 'b', text: { type: 'plain_text', text: 'x' }, value, type: 'button', action_ts: `${Date.now() / 1000}` },
    ];
    expect((await postSignedToSlack(endpoint(), interactionBody(payload))).status).toBe(200);
    const answer = await slack.waitFor('response_url', (call) => call.path === `/response/${name}`);
    return JSON.stringify(answer.body);
  }

  /** A submitted modal of a form with this context, as Slack posts it. */
  async function submitWith(formId: string, context: string): Promise<void> {
    const payload = fixture('slack/view-submission.json');
    payload.user = { id: 'U0MALLORY', username: 'mallory', name: 'mallory', team_id: 'T0KEINO' };
    payload.view.callback_id = `keino:form:${formId}`;
    payload.view.private_metadata = JSON.stringify({ form: formId, channel_id: CHANNEL, context });
    payload.view.state = { values: {} };
    const response = await postSignedToSlack(endpoint(), interactionBody(payload));
    expect(response.status).toBe(200);
  }

  it('a forged, altered, expired, unsealed or copied value of every action is refused politely and writes nothing', async () => {
    const seal = both.app.core.services.seal;
    const actionIds = ['command', ...both.app.core.registry.actionIds];
    const kinds: [string, (actionId: string) => Promise<string>][] = [
      ['unsealed', async () => '1'],
      ['forged', async () => `k1.${(Math.floor(Date.now() / 1000) + 3600).toString(36)}.AAAAAAAAAAAAAAAAAAAAAA.1`],
      ['altered', async (actionId) => (await seal.seal(actionId, '1', conversationBinding(here))).replace(/\.1$/, '.2')],
      ['expired', async (actionId) => seal.seal(actionId, '1', conversationBinding(here), new Date(Date.now() - 1000))],
      ['copied from another conversation', async (actionId) => seal.seal(actionId, '1', conversationBinding(elsewhere))],
      ['made for another person', async (actionId) => seal.seal(actionId, '1', personBinding({ platform: 'slack', tenantId: 'T0KEINO', userId: 'U0ALICE' }))],
    ];
    slack.reset();
    await attack(both, async () => {
      for (const actionId of actionIds) {
        for (const [kind, make] of kinds) {
          const answer = await clickWith(actionId, await make(actionId));
          const refused = /Tätä painiketta ei voi käyttää täällä|Tämä painike on vanhentunut/.test(answer);
          expect(refused, `${actionId} ${kind}: ${answer}`).toBe(true);
          record(`button ${actionId}, ${kind}`, !refused);
        }
      }
    });
    // Nothing but the private refusals went to Slack: no message edited, posted or looked up.
    expect(slack.calls.filter((call) => call.method !== 'response_url')).toEqual([]);
  });

  it('a form context that Keino did not seal for the person (the snooze form pointing at another message …) is refused and writes nothing', async () => {
    const seal = both.app.core.services.seal;
    const pointingElsewhere = JSON.stringify({ id: 1, place: 'nudge', source: { platform: 'slack', conversation: elsewhere, messageId: '1741000000.999999' } });
    slack.reset();
    await attack(both, async () => {
      for (const formId of both.app.core.registry.formIds) {
        for (const [kind, context] of [
          ['unsealed', pointingElsewhere],
          ['sealed for someone else', await seal.seal(formId, pointingElsewhere, personBinding({ platform: 'slack', tenantId: 'T0KEINO', userId: 'U0ALICE' }))],
          [
            'expired',
            await seal.seal(
              formId,
              pointingElsewhere,
              personBinding({ platform: 'slack', tenantId: 'T0KEINO', userId: 'U0MALLORY' }),
              new Date(Date.now() - 1000),
            ),
          ],
        ] as const) {
          await submitWith(formId, context);
          const answer = await slack.waitFor('chat.postEphemeral', (call) => JSON.stringify(call.body).includes('painike'));
          const refused = /Tätä painiketta ei voi käyttää täällä|Tämä painike on vanhentunut/.test(JSON.stringify(answer.body));
          record(`form ${formId}, ${kind}`, !refused);
          slack.reset();
        }
      }
    });
    expect(slack.calls.filter((call) => call.method === 'chat.update')).toEqual([]);
  });
});

describe('rights where the action lands', () => {
  const member = {
    identity: { platform: 'slack' as const, tenantId: 'T0KEINO', userId: 'U0MEMBER' },
    loadProfile: async () => ({ name: 'Mikko Member', email: 'mikko@kunta.fi' }),
  };
  const lobby = { platform: 'slack' as const, tenantId: 'T0KEINO', channelId: 'C0LOBBY', kind: 'channel' as const };
  const experts = { platform: 'slack' as const, tenantId: 'T0KEINO', channelId: 'C0EXPERTS', kind: 'channel' as const };

  it('an expert answer from a member outside the experts’ channel, and a save into the FAQ by a non-admin, are refused and write nothing', async () => {
    const { core } = both.app;
    const services = core.services;
    const asker = await services.people.resolve(member.identity, member.loadProfile);
    await services.channels.link('experts', experts, null);
    const question = await services.faq.store.recordQuestion({
      personId: asker.id,
      platform: 'slack',
      text: 'Miten kilpailutan siivouksen?',
      locale: 'fi',
      entryId: null,
      score: 0,
      answered: false,
    });
    const { request } = await services.faq.experts.open({ questionId: question.id, askerId: asker.id, platform: 'slack', routedTo: 'experts' });
    await attack(both, async () => {
      const opened = await core.handleAction({ caller: member, conversation: lobby, actionId: 'faq.expert.answer', value: String(request.id) });
      const openedText = JSON.stringify(opened);
      record('expert answer form opened by a member elsewhere', !/asiantuntijat, joille se lähetettiin/.test(openedText));
      const answered = await core.handleForm({
        caller: member,
        conversation: lobby,
        formId: 'faq.expertAnswer',
        values: { answer: 'Näin.' },
        context: String(request.id),
      });
      record('expert answer submitted by a member elsewhere', !/asiantuntijat, joille se lähetettiin|En tunne/.test(JSON.stringify(answered)));
      const saved = await core.handleAction({ caller: member, conversation: experts, actionId: 'faq.expert.save', value: String(request.id) });
      record(
        'expert answer saved into the FAQ by a member',
        /tallennettu/i.test(JSON.stringify(saved)) && !/vain UKK:n ylläpitäjä|ei löydy|not found/i.test(JSON.stringify(saved)),
      );
    });
  });

  it('a vote sealed for the voter alone (a card refreshed for them) counts only from the poll’s own conversation', async () => {
    const { core } = both.app;
    const pollChannel = { platform: 'slack' as const, tenantId: 'T0KEINO', channelId: 'C0POLLS', kind: 'channel' as const };
    slack.addChannel({ id: 'C0POLLS', name: 'kyselyt', isMember: true });
    await core.handleText({ caller: member, conversation: pollChannel, text: 'kysely "Kahvia vai teetä?" "Kahvia" "Teetä"', source: 'command' });
    const [poll] = rowsOf<{ id: number }>(await both.database.db.execute(sql`select id from polls where question = 'Kahvia vai teetä?'`));
    const sealed = await core.services.seal.seal('polls.vote', `${poll!.id}:0`, personBinding(member.identity));
    const votes = async () =>
      rowsOf<{ n: number }>(await both.database.db.execute(sql`select count(*)::int as n from poll_votes where poll_id = ${poll!.id}`))[0]!.n;
    await attack(both, async () => {
      const outcome = await core.edge.handleAction({ caller: member, conversation: lobby, actionId: 'polls.vote', value: sealed });
      const refused = /Tätä painiketta ei voi käyttää täällä/.test(JSON.stringify(outcome));
      expect(refused, JSON.stringify(outcome)).toBe(true);
      record('a vote sealed for the voter, clicked outside the poll’s conversation', !refused || (await votes()) > 0);
    });
    // The same value from the poll's own conversation counts: only the place is refused.
    await core.edge.handleAction({ caller: member, conversation: pollChannel, actionId: 'polls.vote', value: sealed });
    expect(await votes()).toBe(1);
  });

  it('a CSV naming an owner of another organisation is refused whole; an admin keeps having no organisation', async () => {
    const { core } = both.app;
    const services = core.services;
    const admin = await services.people.resolve({ platform: 'slack', tenantId: 'T0KEINO', userId: 'U0ADMIN' }, async () => ({
      name: 'Network Admin',
      email: ADMIN_EMAIL,
    }));
    const vaasa = await services.people.peopleStore.ensureOrganisation('Vaasan kaupunki');
    const kuopio = await services.people.peopleStore.ensureOrganisation('Kuopion kaupunki');
    const coordinator = await services.people.resolve({ platform: 'slack', tenantId: 'T0KEINO', userId: 'U0COORD' }, async () => ({
      name: 'Kaisa Koordinaattori',
      email: 'kaisa@kuopio.fi',
    }));
    await services.people.peopleStore.setOrganisation(coordinator.id, kuopio.id);
    await services.people.peopleStore.setRole(coordinator.id, 'coordinator');
    const vaasalainen = await services.people.resolve({ platform: 'slack', tenantId: 'T0KEINO', userId: 'U0VAASA' }, async () => ({
      name: 'Ville Vaasa',
      email: 'ville@vaasa.fi',
    }));
    await services.people.peopleStore.setOrganisation(vaasalainen.id, vaasa.id);
    const kaisa = (await services.people.peopleStore.findById(coordinator.id))!;
    await attack(both, async () => {
      const csv =
        'organisation,title,owner_email,due_date\nKuopion kaupunki,Siivous,ville@vaasa.fi,2027-05-01\nKuopion kaupunki,Ruoka,network.admin@keino.fi,2027-05-01\n';
      let refused = false;
      try {
        await services.interventions.importCsv(csv, { actor: kaisa, source: 'attack.csv' }, new Date());
      } catch (error) {
        refused = /ownerElsewhere|ImportRejected/.test(String((error as Error).name) + JSON.stringify(error));
      }
      record('CSV owner of another organisation', !refused);
    });
    // An import may name an admin as an owner, but never moves them into an organisation.
    await services.interventions.importCsv(
      `organisation,title,owner_email,due_date\nKuopion kaupunki,Hankintastrategia,${ADMIN_EMAIL},2027-05-01\n`,
      { actor: kaisa, source: 'plan.csv' },
      new Date(),
    );
    expect((await services.people.peopleStore.findById(admin.id))!.organisationId).toBeNull();
    record('CSV import moving an admin into an organisation', (await services.people.peopleStore.findById(admin.id))!.organisationId !== null);
  });
});

describe('identities linked only when proven', () => {
  it('a Slack account with an unconfirmed e-mail claiming an admin’s address is neither linked to the admin nor made admin', async () => {
    const { services } = both.app.core;
    const admin = await services.people.resolve({ platform: 'console', tenantId: 'local', userId: 'real-admin' }, async () => ({
      name: 'Network Admin',
      email: ADMIN_EMAIL,
    }));
    expect(admin.role).toBe('admin');
    slack.addUser({ id: 'U0IMPOSTOR', name: 'Network Admin', email: ADMIN_EMAIL, emailConfirmed: false });
    const command = formBody({ ...fixture('slack/slash-command.json'), user_id: 'U0IMPOSTOR', text: 'kuka', response_url: slack.responseUrl('impostor') });
    const response = await postSignedToSlack(`http://127.0.0.1:${both.server.port}/slack/events`, command);
    expect(response.status).toBe(200);
    // The profile (users.info, with is_email_confirmed false) arrives through the profile job.
    await both.app.scheduler.runner.tick();
    expect(slack.callsTo('users.info').filter((call) => call.body.user === 'U0IMPOSTOR')).toHaveLength(1);
    const impostor = await services.people.peopleStore.findByIdentity({ platform: 'slack', tenantId: 'T0KEINO', userId: 'U0IMPOSTOR' });
    expect(impostor).toBeDefined();
    expect(impostor!.id).not.toBe(admin.id);
    expect(impostor!.role).toBe('member');
    expect(impostor!.email).toBeNull();
    record('unconfirmed Slack e-mail claiming an admin', impostor!.id === admin.id || impostor!.role === 'admin');
  });

  it('a first click grants nothing on its own word; the admin’s confirmed Slack address links them to the admin when their profile arrives', async () => {
    const { services } = both.app.core;
    const admin = (await services.people.peopleStore.findByEmail(ADMIN_EMAIL))!;
    slack.addUser({ id: 'U0REALADMIN', name: 'Network Admin', email: ADMIN_EMAIL.toUpperCase(), emailConfirmed: true });
    // The payload's user name claims to be the admin: it names the person, nothing more.
    const command = formBody({
      ...fixture('slack/slash-command.json'),
      user_id: 'U0REALADMIN',
      user_name: 'admin@keino.fi',
      text: 'kuka',
      response_url: slack.responseUrl('real-admin'),
    });
    expect((await postSignedToSlack(`http://127.0.0.1:${both.server.port}/slack/events`, command)).status).toBe(200);
    const identity = { platform: 'slack' as const, tenantId: 'T0KEINO', userId: 'U0REALADMIN' };
    const met = (await services.people.peopleStore.findByIdentity(identity))!;
    expect(met.id).not.toBe(admin.id);
    expect(met.role).toBe('member');
    record('first contact granted a role before the platform vouched', met.role !== 'member' || met.id === admin.id);

    await both.app.scheduler.runner.tick();
    const linked = (await services.people.peopleStore.findByIdentity(identity))!;
    expect(linked.id).toBe(admin.id);
    expect(linked.role).toBe('admin');
    expect(await services.people.peopleStore.findById(met.id)).toBeUndefined();
  });
});

describe('one-time link codes', () => {
  const slackAccount = (userId: string): Caller => ({
    identity: { platform: 'slack', tenantId: 'T0KEINO', userId },
    loadProfile: async () => ({ name: userId }),
  });
  const teamsAccount = (userId: string): Caller => ({
    identity: { platform: 'teams', tenantId: TENANT, userId },
    loadProfile: async () => ({ name: userId, emailVerified: true }),
  });
  const type = async (who: Caller, text: string) =>
    replyText(
      await both.app.core.handleText({
        caller: who,
        conversation: { ...who.identity, channelId: `D-${who.identity.userId}`, kind: 'personal' },
        text,
        source: 'command',
      }),
    );
  const personId = async (who: Caller) => (await both.app.core.services.people.peopleStore.findByIdentity(who.identity))?.id;
  const linked = async (a: Caller, b: Caller) => (await personId(a)) === (await personId(b));
  const codeIn = (reply: string) => /\b([A-Z2-9]{4}-[A-Z2-9]{4})\b/.exec(reply)?.[1];
  const guess = () => Array.from({ length: 8 }, () => 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 31)]).join('');
  const linda = { slack: 'U0LINDA', teams: { id: '29:linda', name: 'Linda Linkki', aadObjectId: '11da0000-0000-4000-8000-000000000011' } };
  let usedCode = '';

  it('the real thing works through both routes: a code from /keino yhdistä in Slack, typed to Keino in Teams, links the two accounts', async () => {
    slack.addUser({ id: linda.slack, name: 'Linda Linkki', email: 'linda@kunta.fi', emailConfirmed: true });
    connector.addMember(linda.teams);
    const command = formBody({ ...fixture('slack/slash-command.json'), user_id: linda.slack, text: 'yhdistä', response_url: slack.responseUrl('linda') });
    const response = await postSignedToSlack(`http://127.0.0.1:${both.server.port}/slack/events`, command);
    const code = codeIn(JSON.stringify(await response.json()));
    expect(code).toBeDefined();
    usedCode = code!;
    const conversationId = 'a:1KeinoPersonalChatWithLinda';
    const activity = teamsActivity('message-personal', connector.url, { text: `yhdistä ${code}`, from: linda.teams, conversation: { id: conversationId } });
    const { status } = await postActivity(both.server.port, activity, {
      authorization: botFramework.authorization({ audience: APP_ID, serviceUrl: connector.url }),
    });
    expect(status).toBeLessThan(300);
    // (This deployment's replies to Teams need a token from Microsoft's login service, which a test cannot reach: the database tells.)
    const people = rowsOf<{ n: number }>(
      await both.database.db.execute(
        sql`select count(distinct person_id)::int as n from platform_identities where user_id in (${linda.slack}, ${linda.teams.aadObjectId}, ${linda.teams.id})`,
      ),
    );
    expect(people[0]!.n).toBe(1);
  });

  it('a wrong, expired, reused, replaced or same-platform code, another person’s code typed by an admin or by an account already linked, and guessing are refused and link nobody', async () => {
    const { services } = both.app.core;
    const alice = slackAccount('U0ALICE-LINK');
    const eve = slackAccount('U0EVE-LINK');
    const mallorySlack = slackAccount('U0MALLORY-LINK');
    const malloryTeams = teamsAccount('mallory-link');
    const adminTeams = teamsAccount('admin-link');
    const lindaTeams = teamsAccount(linda.teams.aadObjectId);
    const guesser = teamsAccount('guesser-link');
    for (const who of [alice, eve, mallorySlack, malloryTeams, adminTeams, guesser]) await type(who, 'kuka');
    await services.people.peopleStore.setRole((await personId(adminTeams))!, 'admin');
    // A code Eve asked for eleven minutes ago.
    const expired = await services.links.issue(
      (await services.people.peopleStore.findByIdentity(eve.identity))!,
      eve.identity,
      new Date(Date.now() - 11 * 60 * 1000),
    );
    const replaced = codeIn(await type(alice, 'yhdistä'))!;
    const aliceCode = codeIn(await type(alice, 'yhdistä'))!;
    const malloryCode = codeIn(await type(mallorySlack, 'link'))!;
    expect(expired.code).not.toBe(aliceCode);

    await attack(
      both,
      async () => {
        const tries: [string, Caller, string, Caller, RegExp][] = [
          ['a code nobody made', malloryTeams, guess(), alice, /En tunnista/],
          ['an expired code', malloryTeams, expired.code, eve, /vanhentunut/],
          ['a code already used', malloryTeams, usedCode, lindaTeams, /on jo käytetty/],
          ['a code its maker replaced with a new one', malloryTeams, replaced, alice, /En tunnista/],
          ['a code typed in the platform that gave it', mallorySlack, aliceCode, alice, /toisessa palvelussa kuin/],
          ['another person’s code typed by an admin (rights would flow to its maker)', adminTeams, malloryCode, mallorySlack, /Tee toisin päin/],
          ['another person’s code typed from an account already linked', lindaTeams, malloryCode, mallorySlack, /yhdistetty toiseen/],
        ];
        for (const [name, typer, code, maker, refusal] of tries) {
          const answer = await type(typer, `yhdistä ${code}`);
          expect(answer, name).toMatch(refusal);
          record(`link code: ${name}`, await linked(typer, maker));
        }
        // Guessing: after five wrong codes even the right one is refused, and so is every guess after it.
        for (let attempt = 0; attempt < 5; attempt += 1) await type(guesser, `yhdistä ${guess()}`);
        const right = await type(guesser, `yhdistä ${aliceCode}`);
        expect(right).toMatch(/Liian monta väärää koodia/);
        let guessesAccepted = 0;
        for (let attempt = 0; attempt < 20; attempt += 1) if (!/Liian monta/.test(await type(guesser, `yhdistä ${guess()}`))) guessesAccepted += 1;
        record('link code: the right code after five wrong ones', await linked(guesser, alice));
        record('link code: 20 guesses past the limit', guessesAccepted > 0);
      },
      { countsWrongCodes: true },
    );
    expect(await linked(alice, mallorySlack)).toBe(false);
    expect((await services.people.peopleStore.findByIdentity(mallorySlack.identity))!.role).toBe('member');
  });
});

describe('the figures', () => {
  it('no attack was accepted, wrote a row, or reached the attacker’s server', () => {
    const accepted = attacks.filter((tried) => tried.accepted);
    reportFigure(SECTION, 'attacks tried', attacks.length, attacks.length > 0);
    reportFigure(SECTION, 'attacks accepted', accepted.length, accepted.length === 0);
    reportFigure(SECTION, 'rows written by attacks', rowsWrittenByAttacks, rowsWrittenByAttacks === 0);
    // At most one counter row for each of the three accounts that typed wrong link codes.
    reportFigure(SECTION, 'wrong-code counter rows (the guard against guessing)', wrongCodeCounters, wrongCodeCounters <= 3);
    reportFigure(SECTION, 'calls to the attacker’s server', hostile.requests.length, hostile.requests.length === 0);
    expect(accepted).toEqual([]);
    expect(rowsWrittenByAttacks).toBe(0);
    expect(hostile.requests).toEqual([]);
  });
});
