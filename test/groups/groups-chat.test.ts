import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { localTimeOf } from '../../src/core/time/local-time.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import { FakeBotConnector, type FakeTeamsMember } from '../helpers/fake-bot-connector.js';
import { FakeSlackApi, FAKE_TEAM } from '../helpers/fake-slack-api.js';
import { formBody, interactionBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

/**
 * Developer groups end to end: Keino's real server with Slack and Teams mounted, a fake Slack Web
 * API and a fake Bot Framework connector at the HTTP boundary, real PostgreSQL underneath, and the
 * job engine ticked on a controlled clock.
 */
const BOT_TOKEN = 'xoxb-1000000000001-keino-groups-token';
const TENANT = '7e4a0000-0000-4000-8000-00000000c0de';
const SOTE_CHANNEL = '19:krsote00000000000000000000000000@thread.tacv2';
const TIINA: FakeTeamsMember = { id: '29:1TiinaTeamsUser', name: 'Tiina Teams', aadObjectId: '7111a000-0000-4000-8000-000000000001', email: 'tiina@keino.fi' };
const VILLE: FakeTeamsMember = {
  id: '29:1VilleTeamsUser',
  name: 'Ville Virtanen',
  aadObjectId: '5111e000-0000-4000-8000-000000000002',
  email: 'ville@espoo.fi',
};

let database: TestDatabase;
let slack: FakeSlackApi;
let connector: FakeBotConnector;
let app: KeinoApp;
let server: RunningServer;
let now = new Date('2026-03-04T10:00:00Z');
let groupChannel: string;

const textOf = (blocks: Json[]): string =>
  (blocks ?? [])
    .flatMap((block: Json) => [block.text?.text, ...(block.elements ?? []).map((element: Json) => element.text?.text ?? element.text)])
    .filter(Boolean)
    .join('\n');

/** `/keino <text>` from a Slack user; the answer whether it came in the acknowledgement or through the response_url. */
async function slash(user: string, text: string, channel = { id: 'D0DM', name: 'directmessage' }): Promise<string> {
  const responseUrl = slack.responseUrl(`${user}-${Date.now()}-${Math.random()}`);
  const response = await postSignedToSlack(
    `http://127.0.0.1:${server.port}/slack/events`,
    formBody({
      token: 'x',
      team_id: FAKE_TEAM,
      team_domain: 'keino',
      channel_id: channel.id,
      channel_name: channel.name,
      user_id: user,
      user_name: user,
      command: '/keino',
      text,
      api_app_id: 'A0KEINO',
      response_url: responseUrl,
      trigger_id: '1.2.3',
    }),
  );
  const body = await response.text();
  if (body) return textOf((JSON.parse(body) as Json).blocks);
  const later = await slack.waitFor('response_url', (call) => call.path === new URL(responseUrl).pathname);
  return textOf(later.body.blocks);
}

/** A message to Keino from Teams: in the personal chat, or an @mention in the SOTE channel. */
async function teams(from: FakeTeamsMember, text: string, where: 'personal' | 'channel' = 'personal'): Promise<string> {
  connector.clear();
  const activity =
    where === 'personal'
      ? teamsActivity('message-personal', connector.url, { text, from, conversation: { id: `a:1KeinoPersonalChat-${from.aadObjectId}`, tenantId: TENANT } })
      : teamsActivity('message-channel-mention', connector.url, {
          text: `<at>Keino</at> ${text}`,
          from,
          conversation: { id: `${SOTE_CHANNEL};messageid=${Date.now()}` },
        });
  expect((await postActivity(server.port, activity)).status).toBe(200);
  return connector.sent.map((sent) => cardsOf(sent.activity).map(cardText).join('\n') || sent.activity.text).join('\n');
}

async function count(query: ReturnType<typeof sql>): Promise<number> {
  return Number(rowsOf<{ n: number }>(await database.db.execute(query))[0]!.n);
}

/** Runs the job engine at the next due job of a kind (with the clock there), as the node-cron tick would. */
async function runNext(kind: string): Promise<Date> {
  const [row] = rowsOf<{ due: string }>(await database.db.execute(sql`select min(due_at) as due from jobs where state = 'pending' and kind = ${kind}`));
  now = new Date(row!.due);
  await app.scheduler.runner.tick();
  return now;
}

beforeAll(async () => {
  database = await createTestDatabase();
  slack = await FakeSlackApi.start();
  connector = await FakeBotConnector.start();
  for (const member of [TIINA, VILLE]) connector.addMember(member);
  slack.addUser({ id: 'U0FIIA', name: 'Fiia Fasilitaattori', email: 'fiia@hansel.fi' });
  slack.addUser({ id: 'U0MAIJA', name: 'Maija Meikäläinen', email: 'maija@tampere.fi' });
  // Somebody's old channel already has the name Keino would give the group's channel.
  slack.addChannel({ id: 'C0OLDSOTE', name: 'kr-sote', isMember: false });
  app = await createTestApp(database.url, {
    config: {
      admins: ['fiia@hansel.fi', 'tiina@keino.fi'],
      teams: { appType: 'MultiTenant', unauthenticated: true },
      slack: { botToken: BOT_TOKEN, signingSecret: TEST_SIGNING_SECRET, apiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    },
    clock: () => now,
  });
  server = await startServer(app, { port: 0 });
});
afterAll(async () => {
  await server?.close();
  await app?.close();
  await slack?.close();
  await connector?.close();
  await database?.drop();
});

describe('developer groups in Slack and Teams', () => {
  it('creates the group’s Slack channel under a free kr- name and brings the creator in', async () => {
    const reply = await slash('U0FIIA', 'ryhmä luo sote "SOTE-hankinnat" "Sosiaali- ja terveyspalvelujen hankinnat"');
    expect(reply).toContain('Perustin ryhmän SOTE-hankinnat (tunnus sote).');
    expect(reply).toContain('Loin ryhmälle Slack-kanavan');
    const created = slack.callsTo('conversations.create');
    expect(created.map((call) => call.body.name)).toEqual(['kr-sote', 'kr-sote-2']);
    groupChannel = rowsOf<{ channel_id: string }>(await database.db.execute(sql`select channel_id from group_channels where platform = 'slack'`))[0]!
      .channel_id;
    expect(slack.channel(groupChannel)!.name).toBe('kr-sote-2');
    expect([...slack.channel(groupChannel)!.members]).toEqual(['U0FIIA']);
  });

  it('joins from Slack: a member row, an invitation to the channel and a welcome posted there', async () => {
    // Maija has used Keino before: her profile (name, e-mail) is in.
    await slash('U0MAIJA', 'kuka');
    await app.scheduler.runner.tick();
    slack.reset();
    const reply = await slash('U0MAIJA', 'liity sote');
    expect(reply).toBe('Tervetuloa ryhmään SOTE-hankinnat! Lisäsin sinut ryhmän kanavalle (Slack).');
    expect(
      await count(
        sql`select count(*)::int as n from group_memberships m join people p on p.id = m.person_id where p.email = 'maija@tampere.fi' and m.left_at is null`,
      ),
    ).toBe(1);
    expect(slack.callsTo('conversations.invite').map((call) => call.body)).toEqual([expect.objectContaining({ channel: groupChannel, users: 'U0MAIJA' })]);
    const welcome = slack.callsTo('chat.postMessage').find((call) => call.body.channel === groupChannel)!;
    expect(textOf(welcome.body.blocks)).toBe(
      'Tervetuloa ryhmään SOTE-hankinnat, *Maija Meikäläinen*! Kerro muille, millaisen hankintahaasteen parissa työskentelet.',
    );
  });

  it('joins from Teams into the same group, and the welcome reaches the Slack and the Teams channel', async () => {
    expect(await teams(TIINA, 'ryhmä liitä sote', 'channel')).toContain('Tämä on nyt ryhmän SOTE-hankinnat kanava.');
    slack.reset();
    expect(await teams(VILLE, 'liity sote')).toContain('Tervetuloa ryhmään SOTE-hankinnat!');
    const groups = rowsOf<{ slug: string; platforms: string }>(
      await database.db.execute(sql`select g.slug, string_agg(distinct i.platform, ',' order by i.platform) as platforms
        from group_memberships m join groups g on g.id = m.group_id join platform_identities i on i.person_id = m.person_id
        where m.left_at is null group by g.slug`),
    );
    expect(groups).toEqual([{ slug: 'sote', platforms: 'slack,teams' }]);
    expect(textOf(slack.callsTo('chat.postMessage').find((call) => call.body.channel === groupChannel)!.body.blocks)).toContain('Ville Virtanen');
    const inTeams = connector.sentTo(SOTE_CHANNEL).map((sent) => cardsOf(sent.activity).map(cardText).join('\n'));
    expect(inTeams.some((text) => text.includes('Tervetuloa ryhmään SOTE-hankinnat, Ville Virtanen!'))).toBe(true);
    expect(await slash('U0MAIJA', 'group members sote')).toContain('Ville Virtanen');
  });

  it('introduces a peer group across Slack and Teams, asks a week later, and keeps the answer', async () => {
    await slash('U0FIIA', 'liity sote');
    expect(await slash('U0FIIA', 'ryhmä parit sote joka 2vk')).toContain('seuraava ma 9.3.2026 klo 9.00');
    slack.reset();
    connector.clear();
    const due = await runNext('groups.pairing-round');
    expect(localTimeOf(due, 'Europe/Helsinki')).toBe('09:00');
    // Three members: one trio. Fiia and Maija in Slack direct messages, Ville in his Teams chat.
    const slackIntroductions = slack.callsTo('chat.postMessage').filter((call) => String(call.body.channel).startsWith('D'));
    expect(slackIntroductions.map((call) => call.body.channel).sort()).toEqual(['D0FIIA', 'D0MAIJA']);
    expect(textOf(slackIntroductions[0]!.body.blocks)).toContain('Tällä kierroksella olette kolmen hengen ryhmä');
    const villeIntroduction = connector.sent.map((sent) => cardsOf(sent.activity).map(cardText).join('\n')).join('\n');
    expect(villeIntroduction).toContain('Fiia Fasilitaattori');
    expect(villeIntroduction).toContain('Maija Meikäläinen');

    slack.reset();
    await runNext('groups.pairing-checkin');
    const question = slack.callsTo('chat.postMessage').find((call) => call.body.channel === 'D0MAIJA')!;
    const buttons = question.body.blocks.find((block: Json) => block.type === 'actions').elements;
    const yes = buttons.find((button: Json) => button.text.text === 'Tapasimme');
    const click = await postSignedToSlack(
      `http://127.0.0.1:${server.port}/slack/events`,
      interactionBody({
        type: 'block_actions',
        user: { id: 'U0MAIJA', team_id: FAKE_TEAM },
        team: { id: FAKE_TEAM },
        api_app_id: 'A0KEINO',
        container: { type: 'message', message_ts: question.response.ts, channel_id: 'D0MAIJA', is_ephemeral: false },
        channel: { id: 'D0MAIJA', name: 'directmessage' },
        message: { ts: question.response.ts, text: 'x' },
        trigger_id: '1.2.3',
        response_url: slack.responseUrl('met'),
        actions: [{ type: 'button', action_id: yes.action_id, value: yes.value, block_id: 'b', action_ts: '1' }],
      }),
    );
    expect(click.status).toBe(200);
    const replaced = await slack.waitFor('chat.update');
    expect(replaced.response.ok).toBe(true);
    expect(textOf(replaced.body.blocks)).toBe('Kiitos! Vastauksesi: Tapasimme.');
    expect(await slash('U0FIIA', 'ryhmä parit sote')).toMatch(
      /Kierros 1 \(ma 9\.3\.2026 klo 9\.00\): 1 tapaaminen – tapasivat 1, sovittu 0, eivät tavanneet 0, ei vastausta 2/,
    );
  });

  it('posts a group prompt to the Slack and the Teams channel at 09:00 on the day, once', async () => {
    expect(await slash('U0FIIA', 'ryhmä kysymys sote "Mikä hankinta opetti sinulle jotain tällä viikolla?" joka maanantai 09:00')).toContain('Ajastettu (#1)');
    slack.reset();
    connector.clear();
    const due = await runNext('groups.prompt');
    await app.scheduler.runner.tick();
    expect(localTimeOf(due, 'Europe/Helsinki')).toBe('09:00');
    const posts = slack.callsTo('chat.postMessage').filter((call) => call.body.channel === groupChannel);
    expect(posts.map((call) => textOf(call.body.blocks))).toEqual(['SOTE-hankinnat · kysymys ryhmälle\nMikä hankinta opetti sinulle jotain tällä viikolla?']);
    expect(connector.sentTo(SOTE_CHANNEL)).toHaveLength(1);
  });

  it('leaves from Slack: the membership is closed and Keino takes the person off the channel', async () => {
    slack.reset();
    expect(await slash('U0MAIJA', 'eroa sote')).toBe(
      'Erosit ryhmästä SOTE-hankinnat. Voit liittyä takaisin milloin vain. Poistin sinut ryhmän kanavalta (Slack).',
    );
    expect(slack.callsTo('conversations.kick').map((call) => call.body)).toEqual([expect.objectContaining({ channel: groupChannel, user: 'U0MAIJA' })]);
    expect(slack.channel(groupChannel)!.members.has('U0MAIJA')).toBe(false);
    expect(await count(sql`select count(*)::int as n from group_memberships where left_at is not null`)).toBe(1);
  });
});
