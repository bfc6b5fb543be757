import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import type { FakeTeamsMember } from '../helpers/fake-bot-connector.js';
import { FakeGraph } from '../helpers/fake-graph.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { startTeamsTestServer, type TeamsTestServer } from '../helpers/teams-test-server.js';

/**
 * `group create` in a team creates the group's standard channel in that team through Microsoft
 * Graph (app-only token, Channel.Create.Group consented by the team's owner), through the real
 * server, the fake connector and a fake Graph that checks the token, the consent and the payload;
 * without consent Keino says so in one sentence and tells how to link a channel, in fi, sv and en.
 */
const TENANT = '7e4a0000-0000-4000-8000-00000000c0de';
const APP = { appId: '6b65696e-6f00-4b00-8000-000000000001', appPassword: 'graph-secret-for-tests' };
const TEAM = '19:keinoteam0000000000000000000000@thread.tacv2';
const TEAM_GROUP = '0a0b0c0d-0000-4000-8000-00000000beef';
const OTHER_TEAM = '19:otherteam000000000000000000000@thread.tacv2';
const OTHER_GROUP = '0a0b0c0d-0000-4000-8000-00000000dead';
const CHANNEL = '19:krsote00000000000000000000000000@thread.tacv2';
const OTHER_CHANNEL = '19:otherchannel0000000000000000000@thread.tacv2';
const PRIVATE_CHANNEL = '19:privatechannel00000000000000000@thread.tacv2';
const ALICE = { id: '29:1AliceGraphPlaceholder0001', name: 'Alice Aaltonen', aadObjectId: 'a11ce000-0000-4000-8000-0000000a0001', email: 'alice@kunta.fi' };
const SVEN = { id: '29:1SvenGraphPlaceholder0002', name: 'Sven Strand', aadObjectId: '5e0e0000-0000-4000-8000-0000000a0002', email: 'sven@kommun.fi' };
const EMMA = { id: '29:1EmmaGraphPlaceholder0003', name: 'Emma Evans', aadObjectId: 'e22a0000-0000-4000-8000-0000000a0003', email: 'emma@city.fi' };
const LOCALE: Record<string, string> = { [ALICE.id]: 'fi-FI', [SVEN.id]: 'sv-SE', [EMMA.id]: 'en-GB' };

let graph: FakeGraph;
let keino: TeamsTestServer;

beforeAll(async () => {
  graph = await FakeGraph.start(APP);
  graph.consent(TEAM_GROUP);
  graph.addChannel(TEAM_GROUP, PRIVATE_CHANNEL, 'private');
  keino = await startTeamsTestServer({
    config: { teams: { appType: 'MultiTenant', unauthenticated: true, graphApiUrl: graph.graphApiUrl, loginUrl: graph.url, graphApp: APP } },
  });
  keino.connector.addTeam(TEAM, TEAM_GROUP);
  keino.connector.addTeam(OTHER_TEAM, OTHER_GROUP, 'Toinen tiimi');
  for (const member of [ALICE, SVEN, EMMA]) keino.connector.addMember(member);
  // Everyone here may create groups.
  for (const member of [ALICE, SVEN, EMMA]) await mention('whoami', member);
  await keino.database.db.execute(sql`update people set role = 'facilitator'`);
});
afterAll(async () => {
  await keino?.close();
  await graph?.close();
});
beforeEach(() => keino.connector.clear());

async function mention(command: string, from: FakeTeamsMember, channel = CHANNEL, team = TEAM) {
  const id = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return postActivity(
    keino.server.port,
    teamsActivity('message-channel-mention', keino.connector.url, {
      id,
      from,
      locale: LOCALE[from.id],
      entities: [{ locale: LOCALE[from.id], country: 'FI', platform: 'Web', timezone: 'Europe/Helsinki', type: 'clientInfo' }],
      text: `<at>Keino</at> ${command}`,
      conversation: { id: `${channel};messageid=${id}` },
      channelData: { teamsChannelId: channel, teamsTeamId: team, channel: { id: channel }, team: { id: team }, tenant: { id: TENANT } },
    }),
  );
}
/** What Keino told the person (privately, in their personal chat). */
const told = () =>
  keino.connector.sent
    .filter((entry) => entry.conversationId.startsWith('a:'))
    .map((entry) => cardsOf(entry.activity).map(cardText).join('\n'))
    .join('\n');
const linkedChannels = async (slug: string) =>
  rowsOf<{ channel_id: string; platform: string }>(
    await keino.database.db.execute(sql`select c.channel_id, c.platform from group_channels c join groups g on g.id = c.group_id where g.slug = ${slug}`),
  );

describe('group create in a Teams team', () => {
  it('creates the group’s standard channel in that team through Graph, links it and posts there', async () => {
    await mention('group create sote "SOTE-hankinnat"', ALICE);
    expect(graph.channels).toHaveLength(1);
    const [created] = graph.channels;
    expect(created).toMatchObject({ tenantId: TENANT, teamGroupId: TEAM_GROUP, body: { displayName: 'kr-sote', membershipType: 'standard' } });
    expect(told()).toContain('Loin ryhmälle kanavan tähän tiimiin');
    expect(await linkedChannels('sote')).toEqual([{ channel_id: created!.id, platform: 'teams' }]);
    // Keino can post into the new channel at once (its reference is kept like the team's other channels).
    keino.connector.clear();
    await mention('group archive sote', ALICE);
    expect(keino.connector.sentTo(created!.id).length).toBeGreaterThan(0);
  });

  it('without the team owner’s consent says so in one sentence and how to link a channel, in Finnish, Swedish and English', async () => {
    for (const [member, slug, said] of [
      [ALICE, 'kestava', 'Tämän tiimin omistaja ei ole antanut Keinolle lupaa luoda kanavia (Channel.Create.Group), joten en luonut ryhmälle kanavaa.'],
      [SVEN, 'upphandling', 'Teamets ägare har inte gett Keino lov att skapa kanaler (Channel.Create.Group), så jag skapade ingen kanal för gruppen.'],
      [EMMA, 'circular', "This team's owner has not allowed Keino to create channels (Channel.Create.Group), so I did not create a channel for the group."],
    ] as const) {
      keino.connector.clear();
      const refusalsBefore = graph.refusals.length;
      await mention(`group create ${slug} "Ryhmä ${slug}"`, member, OTHER_CHANNEL, OTHER_TEAM);
      expect(graph.refusals.slice(refusalsBefore)).toEqual([{ path: `/v1.0/teams/${OTHER_GROUP}/channels`, status: 403, code: 'Forbidden' }]);
      expect(told()).toContain(said);
      expect(told()).toContain(slug);
      expect(await linkedChannels(slug)).toEqual([]);
    }
    expect(graph.channels.filter((channel) => channel.teamGroupId === OTHER_GROUP)).toEqual([]);
  });

  it('says in the team’s words when Graph fails for another reason, and links nothing', async () => {
    graph.failNext(503, 'ServiceUnavailable');
    await mention('group create hiccup "Katkos"', ALICE);
    expect(told()).toContain('En saanut luotua ryhmälle kanavaa tähän tiimiin.');
    expect(told()).not.toContain('Slack');
    expect(await linkedChannels('hiccup')).toEqual([]);
  });

  it('creates nothing from a team the connector does not know (a forged team id), nor from a personal chat', async () => {
    const before = graph.channels.length;
    await mention('group create forged "Väärennetty"', ALICE, '19:forged0000000000000000000000000@thread.tacv2', '19:forgedteam@thread.tacv2');
    expect(told()).toContain('Anna ryhmälle kanava');
    keino.connector.clear();
    await postActivity(
      keino.server.port,
      teamsActivity('message-personal', keino.connector.url, { from: ALICE, text: 'group create yksin "Yksin"', conversation: { id: 'a:1GraphAliceChat' } }),
    );
    expect(graph.channels.length).toBe(before);
    expect(await linkedChannels('forged')).toEqual([]);
    expect(await linkedChannels('yksin')).toEqual([]);
  });
});

describe('join and leave in Teams', () => {
  it('add and remove the person in a private channel linked to the group, through Graph; a standard channel needs nothing', async () => {
    const personalChat = (text: string, from: FakeTeamsMember) =>
      postActivity(
        keino.server.port,
        teamsActivity('message-personal', keino.connector.url, { from, text, conversation: { id: `a:1GraphChat-${from.aadObjectId}` } }),
      );
    await personalChat('group create salainen "Salainen ryhmä"', ALICE);
    await mention('group link salainen', ALICE, PRIVATE_CHANNEL);
    expect(await linkedChannels('salainen')).toEqual([{ channel_id: PRIVATE_CHANNEL, platform: 'teams' }]);

    await personalChat('join salainen', SVEN);
    expect(graph.membersOf(PRIVATE_CHANNEL)).toContain(SVEN.aadObjectId);
    await personalChat('leave salainen', SVEN);
    expect(graph.membersOf(PRIVATE_CHANNEL)).not.toContain(SVEN.aadObjectId);

    // A standard channel: every member of the team sees it; Graph is asked for its kind only.
    await mention('group create avoin "Avoin ryhmä"', ALICE);
    const [open] = await linkedChannels('avoin');
    const refusals = graph.refusals.length;
    await personalChat('join avoin', EMMA);
    expect(graph.members.get(open!.channel_id)).toBeUndefined();
    expect(graph.refusals.length).toBe(refusals);
  });
});
