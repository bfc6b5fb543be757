import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Platform, Role } from '../../src/core/people/person.js';
import type { Message, Reply } from '../../src/core/messages/message.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { slackChannelName } from '../../src/platforms/slack/slack-channel-name.js';
import { ChannelGateway } from './channel-gateway.js';

let database: TestDatabase;
let core: KeinoCore;
let slack: ChannelGateway;
let teams: ChannelGateway;

const SLACK_TEAM = 'T-KEINO';
const TEAMS_TENANT = 'tenant-espoo';
const slackDm = (user: string): Conversation => ({ platform: 'slack', tenantId: SLACK_TEAM, channelId: `D-${user}`, kind: 'personal' });
const teamsChat: Conversation = { platform: 'teams', tenantId: TEAMS_TENANT, channelId: 'a:personal-chat', kind: 'personal' };
const teamsChannel: Conversation = { platform: 'teams', tenantId: TEAMS_TENANT, channelId: '19:sote@thread.tacv2', kind: 'channel' };

function caller(platform: Platform, userId: string, name: string, email?: string): Caller {
  return {
    identity: { platform, tenantId: platform === 'slack' ? SLACK_TEAM : TEAMS_TENANT, userId },
    loadProfile: async () => ({ name, email }),
  };
}

const admin = caller('slack', 'UADMIN', 'Anna Admin', 'admin@keino.fi');
const fiia = caller('slack', 'UFIIA', 'Fiia Fasilitaattori', 'fiia@hansel.fi');
/** The same Fiia in Teams: one person, linked by e-mail. */
const fiiaInTeams = caller('teams', 'aad-fiia', 'Fiia Fasilitaattori', 'fiia@hansel.fi');
const adminInTeams = caller('teams', 'aad-admin', 'Anna Admin', 'admin@keino.fi');
const otto = caller('slack', 'UOTTO', 'Otto Toinen');
const maija = caller('slack', 'UMAIJA', 'Maija Meikäläinen');
const ville = caller('teams', 'aad-ville', 'Ville Virtanen');

async function person(who: Caller, role?: Role, organisation?: string) {
  const people = core.services.people;
  const found = await people.resolve(who.identity, who.loadProfile);
  if (role && role !== found.role) await people.peopleStore.setRole(found.id, role);
  if (organisation) await people.peopleStore.setOrganisation(found.id, (await people.peopleStore.ensureOrganisation(organisation)).id);
  return found;
}

function run(who: Caller, text: string, conversation?: Conversation): Promise<Reply> {
  const where = conversation ?? (who.identity.platform === 'slack' ? slackDm(who.identity.userId) : teamsChat);
  return core.handleText({ caller: who, conversation: where, text, source: 'command' });
}

async function say(who: Caller, text: string, conversation?: Conversation): Promise<string> {
  return replyText(await run(who, text, conversation));
}

async function count(table: string, where = 'true'): Promise<number> {
  return Number(rowsOf<{ n: number }>(await database.db.execute(sql.raw(`select count(*)::int as n from ${table} where ${where}`)))[0]!.n);
}

async function allRows(): Promise<number> {
  let total = 0;
  for (const table of ['groups', 'group_facilitators', 'group_memberships', 'group_channels', 'audit_log']) total += await count(table);
  return total;
}

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: ['admin@keino.fi'] });
  slack = new ChannelGateway('slack', { channels: true });
  teams = new ChannelGateway('teams');
  core.services.gateways.register(slack);
  core.services.gateways.register(teams);
  await person(admin);
  await person(fiia, 'facilitator', 'Hansel');
  await person(otto, 'facilitator', 'Motiva');
  await person(maija, 'member', 'Tampereen kaupunki');
  await person(ville, 'member', 'Espoon kaupunki');
});
afterAll(async () => database?.drop());

describe('developer groups', () => {
  it('lets a facilitator create a group, with a Slack channel kr-<slug>', async () => {
    const text = await say(fiia, 'ryhmä luo sote "SOTE-hankinnat" "Sosiaali- ja terveyspalvelujen hankinnat"');
    expect(text).toBe('Perustin ryhmän SOTE-hankinnat (tunnus sote). Sinä olet sen fasilitaattori. Loin ryhmälle Slack-kanavan ja lisäsin sinut sinne.');
    expect(slack.of('createChannel')).toEqual([{ method: 'createChannel', tenantId: SLACK_TEAM, name: 'kr-sote' }]);
    expect(await core.services.groups.channels((await core.services.groups.require('sote'))!)).toEqual([
      { platform: 'slack', tenantId: SLACK_TEAM, channelId: 'C-kr-sote', kind: 'channel' },
    ]);
    // The creator is brought into the new channel.
    expect(slack.of('inviteToChannel').map((call) => call.identity.userId)).toEqual(['UFIIA']);
  });

  it('creates the group even when Slack refuses the channel, and says how to link one', async () => {
    slack.refuseChannels = true;
    const text = await say(admin, 'group create tapahtumat "Kestävät tapahtumat"');
    slack.refuseChannels = false;
    expect(text).toBe(
      'Perustin ryhmän Kestävät tapahtumat (tunnus tapahtumat). Sinä olet sen fasilitaattori. En saanut luotua Slack-kanavaa. Anna ryhmälle kanava: kirjoita kanavalla /keino ryhmä liitä tapahtumat',
    );
    expect(await core.services.groups.channels(await core.services.groups.require('tapahtumat'))).toEqual([]);
  });

  it('lists active groups with member counts and a Join button each', async () => {
    await say(admin, 'group create vastuullisuus "Vastuulliset hankinnat"');
    const reply = (await run(maija, 'ryhmät')) as Message;
    const text = replyText(reply);
    expect(text).toContain('Kehittäjäryhmät');
    expect(text).toContain('SOTE-hankinnat · sote · 0 jäsentä');
    expect(text).toContain('Sosiaali- ja terveyspalvelujen hankinnat');
    const buttons = reply.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : []));
    expect(buttons.filter((button) => button.actionId === 'groups.join').map((button) => button.value)).toEqual(['sote', 'tapahtumat', 'vastuullisuus']);
  });

  it('joins from Slack: a member row, an invitation to the group’s Slack channel and a welcome there', async () => {
    slack.clear();
    const text = await say(maija, 'liity sote');
    expect(text).toContain('Tervetuloa ryhmään SOTE-hankinnat!');
    expect(text).toContain('Lisäsin sinut ryhmän kanavalle (Slack).');
    expect(await count('group_memberships', 'left_at is null')).toBe(1);
    expect(slack.of('inviteToChannel')).toEqual([
      {
        method: 'inviteToChannel',
        conversation: { platform: 'slack', tenantId: SLACK_TEAM, channelId: 'C-kr-sote', kind: 'channel' },
        identity: maija.identity,
      },
    ]);
    const [welcome] = slack.posts();
    expect(welcome!.conversation.channelId).toBe('C-kr-sote');
    expect(welcome!.text).toContain('Tervetuloa ryhmään SOTE-hankinnat, Maija Meikäläinen (Tampereen kaupunki)!');
  });

  it('puts someone joining from Teams in the same group, and posts reach every linked channel', async () => {
    expect(await say(fiiaInTeams, 'group link sote', teamsChannel)).toContain('nyt ryhmän SOTE-hankinnat kanava');
    slack.clear();
    teams.clear();
    expect(await say(ville, 'join sote')).toContain('Tervetuloa ryhmään SOTE-hankinnat!');
    const members = await say(ville, 'group members sote');
    expect(members).toContain('SOTE-hankinnat: 2 jäsentä');
    expect(members).toContain('Maija Meikäläinen — Tampereen kaupunki');
    expect(members).toContain('Ville Virtanen — Espoon kaupunki');
    // Teams cannot invite without Graph; Slack has no account for Ville: no invitations, two welcomes.
    expect(slack.of('inviteToChannel')).toHaveLength(0);
    expect(slack.posts().map((call) => call.conversation.channelId)).toEqual(['C-kr-sote']);
    expect(teams.posts().map((call) => call.conversation.channelId)).toEqual([teamsChannel.channelId]);
  });

  it('leaves: the membership is closed but kept, the person is taken off the Slack channel, and can join again', async () => {
    slack.clear();
    const text = await say(maija, 'eroa sote');
    expect(text).toContain('Erosit ryhmästä SOTE-hankinnat.');
    expect(text).toContain('Poistin sinut ryhmän kanavalta (Slack).');
    expect(slack.of('removeFromChannel').map((call) => call.identity.userId)).toEqual(['UMAIJA']);
    expect(await say(maija, 'liity sote')).toContain('Tervetuloa');
    const personId = (await person(maija)).id;
    expect(await count('group_memberships', `person_id = ${personId}`)).toBe(2);
    expect(await count('group_memberships', `person_id = ${personId} and left_at is null`)).toBe(1);
  });

  it('makes one membership of a double click', async () => {
    const outcomes = await Promise.all(
      [1, 2, 3].map(() => core.handleAction({ caller: otto, conversation: slackDm('UOTTO'), actionId: 'groups.join', value: 'vastuullisuus' })),
    );
    const replies = outcomes.map((outcome) => replyText(outcome.reply!));
    expect(replies.filter((reply) => reply.includes('Tervetuloa'))).toHaveLength(1);
    expect(replies.filter((reply) => reply.includes('Olet jo ryhmän'))).toHaveLength(2);
    // The list the button was on is refreshed by the click that joined (whichever of the three won): Otto's button is now Leave.
    const update = outcomes[replies.findIndex((reply) => reply.includes('Tervetuloa'))]!.update as Message;
    const buttons = update.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : []));
    expect(buttons.find((button) => button.value === 'vastuullisuus')!.actionId).toBe('groups.leave');
  });

  it('suggests the nearest existing groups for a slug that does not exist', async () => {
    expect(await say(maija, 'liity sotee')).toBe('En löydä ryhmää ”sotee”. Tarkoititko: sote?');
    expect(await say(maija, 'join hankintalaki')).toBe('En löydä ryhmää ”hankintalaki”. Kirjoita ryhmät nähdäksesi kaikki ryhmät.');
  });

  it('answers bad input and missing rights with one polite sentence and writes nothing', async () => {
    await say(admin, 'group create vanha "Vanha ryhmä"');
    await say(admin, 'group archive vanha');
    const before = await allRows();
    const cases: [Caller, string, string | RegExp, Conversation?][] = [
      [maija, 'liity vanha', 'Ryhmä Vanha ryhmä on arkistoitu, eikä siihen voi enää liittyä.'],
      [ville, 'eroa vastuullisuus', 'Et ole ryhmän Vastuulliset hankinnat jäsen, joten mitään ei muutettu.'],
      [maija, 'liity sote', 'Olet jo ryhmän SOTE-hankinnat jäsen.'],
      [fiia, 'ryhmä luo sote "Toinen SOTE"', 'Tunnus ”sote” on jo toisen ryhmän käytössä. Valitse toinen tunnus.'],
      [maija, 'ryhmä luo oma "Oma ryhmä"', 'Tämä komento on vain seuraaville: ylläpitäjä, fasilitaattori.'],
      [maija, 'group archive sote', 'Tämä komento on vain seuraaville: ylläpitäjä, fasilitaattori.'],
      [otto, 'group archive sote', 'Vain ryhmän SOTE-hankinnat fasilitaattorit ja ylläpitäjät voivat tehdä tämän.'],
      [
        otto,
        'group link sote',
        'Vain ryhmän SOTE-hankinnat fasilitaattorit ja ylläpitäjät voivat tehdä tämän.',
        { platform: 'slack', tenantId: SLACK_TEAM, channelId: 'C-RANDOM', kind: 'channel' },
      ],
      [fiia, 'group link sote', 'Kirjoita tämä komento sillä kanavalla, jonka haluat ryhmälle – ei yksityisviestissä.'],
      [admin, 'group archive vanha', 'Ryhmä Vanha ryhmä on jo arkistoitu.'],
      [fiia, 'ryhmä luo "Ei tunnusta"', /^ryhmän tunnus: odotin lyhyttä tunnusta/],
      [fiia, `ryhmä luo pitka "${'x'.repeat(81)}"`, /^ryhmän nimi: odotin enintään 80 merkkiä\. Kirjoita näin: ryhmä luo/],
      [fiia, 'ryhmä luo uusi "Uusi" "Kuvaus" ylimääräinen', 'En ymmärrä tätä osaa: ”ylimääräinen”. Kirjoita näin: ryhmä luo <tunnus> "<nimi>" ["<kuvaus>"]'],
    ];
    for (const [who, input, expected, where] of cases) {
      const reply = await run(who, input, where);
      expect(reply.kind === 'message' && reply.visibility, input).toBe('person');
      const text = replyText(reply);
      if (typeof expected === 'string') expect(text, input).toBe(expected);
      else expect(text, input).toMatch(expected);
    }
    expect(await allRows()).toBe(before);
  });

  it('refuses to give one channel to two groups', async () => {
    const before = await allRows();
    expect(await say(adminInTeams, 'group link vastuullisuus', teamsChannel)).toBe('Tämä kanava on jo ryhmän SOTE-hankinnat kanava, joten mitään ei muutettu.');
    expect(await allRows()).toBe(before);
  });

  it('tells a creator in Teams how to link the group’s channel', async () => {
    const teamsFacilitator = caller('teams', 'aad-fiona', 'Fiona');
    await person(teamsFacilitator, 'facilitator');
    slack.clear();
    const text = await say(teamsFacilitator, 'group create events "Sustainable events"');
    expect(text).toContain('Perustin ryhmän Sustainable events (tunnus events).');
    expect(text).toContain('Anna ryhmälle kanava: kirjoita kanavalla @Keino ryhmä liitä events');
    // Fiona has no Slack account, so no Slack workspace to make a channel in.
    expect(slack.of('createChannel')).toHaveLength(0);
  });

  it('invites the members who joined before, when a Slack channel is linked', async () => {
    slack.clear();
    const channel: Conversation = { platform: 'slack', tenantId: SLACK_TEAM, channelId: 'C-VASTUU', kind: 'channel' };
    const reply = await run(admin, 'ryhmä liitä vastuullisuus', channel);
    expect(reply.kind === 'message' && reply.visibility).toBe('conversation');
    expect(replyText(reply)).toContain('Kutsuin kanavalle 1 ryhmän jäsenen.');
    expect(slack.of('inviteToChannel').map((call) => call.identity.userId)).toEqual(['UOTTO']);
  });

  it('shows a person’s groups on their home', async () => {
    const home = replyText(await core.home(maija, slackDm('UMAIJA')));
    expect(home).toContain('Ryhmäsi');
    expect(home).toContain('SOTE-hankinnat (sote)');
    expect(home).not.toContain('Vanha ryhmä');
    expect(replyText(await core.home(admin, slackDm('UADMIN')))).toContain('Et ole vielä missään kehittäjäryhmässä.');
  });

  it('makes Slack channel names within Slack’s rules', () => {
    expect(slackChannelName('sote')).toBe('kr-sote');
    expect(slackChannelName('hyvä-työ')).toBe('kr-hyva-tyo');
    expect(slackChannelName('å-ö')).toBe('kr-a-o');
    const long = slackChannelName('x'.repeat(100));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9_-]+$/);
  });
});
