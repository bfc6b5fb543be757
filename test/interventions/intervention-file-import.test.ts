import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { slackIdentity } from '../../src/platforms/slack/slack-people.js';
import { mayCarryBotToken } from '../../src/platforms/slack/slack-shared-file.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import { FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { FAKE_BOT_USER, FAKE_TEAM, type RecordedCall } from '../helpers/fake-slack-api.js';
import { slackFixture } from '../helpers/slack-fixtures.js';
import { eventBody, postSignedToSlack } from '../helpers/slack-signing.js';
import { startSlackTestServer, type SlackTestServer } from '../helpers/slack-test-server.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { describeChanges, rowsWritten, snapshotTables } from '../helpers/table-counts.js';

type Json = any;

/**
 * A Hankintaluotsi CSV shared with Keino in chat, on the real server and real PostgreSQL: in a
 * Slack direct message (Slack's signed file_shared event, files.info and the download against the
 * fake Web API) and in a Teams personal chat (the file's download info, fetched from the fake
 * connector's host). In Slack Alice coordinates Kuopio and Bertil is a member who writes Swedish;
 * in Teams Teemu coordinates Kuopio and Tiina is a member.
 */
const BOT_TOKEN = 'xoxb-1000000000001-keino-files';
const KUOPIO_PLAN = [
  '\uFEFForganisation;title;owner_email;due_date;status;policy;category',
  'Kuopion kaupunki;Hiilijalanjälki kriteeriksi;maija.meikalainen@kuopio.fi;15.1.2027;suunniteltu;Hiilineutraalius;Kuljetuspalvelut',
  'Kuopion kaupunki;Markkinavuoropuhelu;alice.aaltonen@example.com;2027-02-28;käynnissä;Innovatiiviset hankinnat;',
].join('\r\n');

let keino: SlackTestServer;
let connector: FakeBotConnector;
const TEEMU = {
  id: '29:1TeemuTeamsUserIdForFileImports',
  aadObjectId: 'feed0000-0000-4000-8000-000000000001',
  name: 'Teemu Tiainen',
  email: 'teemu@kuopio.fi',
};
const TIINA = {
  id: '29:1TiinaTeamsUserIdForFileImports',
  aadObjectId: 'feed0000-0000-4000-8000-000000000002',
  name: 'Tiina Tuominen',
  email: 'tiina@kuopio.fi',
};
const TENANT = '7e4a0000-0000-4000-8000-00000000c0de';

beforeAll(async () => {
  connector = await FakeBotConnector.start();
  keino = await startSlackTestServer({
    slack: { botToken: BOT_TOKEN },
    config: { teams: { appType: 'MultiTenant', unauthenticated: true, fileOrigins: [connector.url] } },
  });
  keino.fake.addUser({ id: 'U0BERTIL', name: 'Bertil Berg', email: 'bertil@vasa.fi', locale: 'sv-SE' });
  await becomes('U0ALICE', 'coordinator', 'Kuopion kaupunki');
  await becomes('U0BERTIL', 'member', 'Vaasan kaupunki');
  for (const member of [TEEMU, TIINA]) connector.addMember(member);
  await becomesInTeams(TEEMU, 'coordinator');
  await becomesInTeams(TIINA, 'member');
}, 60_000);
afterAll(async () => {
  await keino?.close();
  await connector?.close();
});
beforeEach(() => {
  keino.fake.reset();
  connector.clear();
});

async function becomesInTeams(member: typeof TEEMU, role: 'coordinator' | 'member'): Promise<void> {
  const store = keino.app.core.services.people.peopleStore;
  const person = await keino.app.core.services.people.resolve({ platform: 'teams', tenantId: TENANT, userId: member.aadObjectId }, async () => ({
    name: member.name,
    email: member.email,
  }));
  await store.setRole(person.id, role);
  await store.setOrganisation(person.id, (await store.ensureOrganisation('Kuopion kaupunki')).id);
}

/** Someone sends Keino a file in their personal chat in Teams. */
async function sendInTeams(member: typeof TEEMU, name: string, content: string): Promise<void> {
  const activity = teamsActivity('message-personal', connector.url, {
    text: '',
    from: { id: member.id, name: member.name, aadObjectId: member.aadObjectId },
    conversation: { id: `a:personal-${member.aadObjectId}` },
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.file.download.info',
        contentUrl: `https://kuopio-my.sharepoint.com/personal/files/${name}`,
        name,
        content: { downloadUrl: connector.serveFile(name, content), uniqueId: randomUUID(), fileType: name.split('.').pop() },
      },
    ],
  });
  expect((await postActivity(keino.server.port, activity)).status).toBe(200);
}

/** What Keino answered in the person's personal chat in Teams (the cards' text). */
function teamsReplyTo(member: typeof TEEMU): string {
  return connector
    .sentTo(`a:personal-${member.aadObjectId}`)
    .flatMap((sent) => cardsOf(sent.activity).map(cardText))
    .join('\n');
}

async function becomes(userId: string, role: 'coordinator' | 'member', organisation: string): Promise<void> {
  const people = keino.app.core.services.people;
  const { fake } = keino;
  const person = await people.resolve(slackIdentity(FAKE_TEAM, userId), async () => {
    const { user } = (await (await fetch(`${fake.apiUrl}users.info`, { method: 'POST', body: new URLSearchParams({ user: userId }) })).json()) as Json;
    return { name: user.real_name, email: user.profile.email, ...(user.locale === 'sv-SE' ? { locale: 'sv' as const } : {}) };
  });
  await people.peopleStore.setRole(person.id, role);
  await people.peopleStore.setOrganisation(person.id, (await people.peopleStore.ensureOrganisation(organisation)).id);
}

/** Someone shares a file in their direct message with Keino: Slack sends file_shared. */
function shareFile(file: { user?: string; channel?: string; name: string; content: string | Buffer; mimetype?: string; filetype?: string }): Json {
  const id = `F0${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`;
  const user = file.user ?? 'U0ALICE';
  keino.fake.addFile({ id, name: file.name, content: file.content, user, mimetype: file.mimetype, filetype: file.filetype });
  const envelope = slackFixture('event-file-shared.json');
  return {
    ...envelope,
    event_id: `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`,
    event: { ...envelope.event, user_id: user, channel_id: file.channel ?? `D${user.slice(1)}`, file_id: id, file: { id } },
  };
}

const send = (envelope: Json, headers: Record<string, string> = {}) => postSignedToSlack(keino.endpoint, eventBody(envelope), { headers });

async function replyTo(channel: string): Promise<string> {
  const call: RecordedCall = await keino.fake.waitFor('chat.postMessage', (candidate) => candidate.body.channel === channel);
  return textOf(call.body.blocks);
}

const textOf = (blocks: Json[]): string =>
  blocks
    .flatMap((block) => [block.text?.text, ...(block.elements ?? []).map((element: Json) => element.text?.text ?? element.text)])
    .filter(Boolean)
    .join('\n');

async function interventionTitles(): Promise<string[]> {
  return rowsOf<{ title: string }>(await keino.database.db.execute(sql`select title from interventions order by title`)).map((row) => row.title);
}

const RECEIPTS = ['slack_event_receipts'];

/** Waits until Keino has taken in these events (their receipts are written before the listeners run). */
async function receiptsOf(eventIds: string[]): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const rows = rowsOf<{ n: number }>(
      await keino.database.db.execute(
        sql`select count(*)::int as n from slack_event_receipts where event_id in (${sql.join(
          eventIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      ),
    );
    if (rows[0]!.n === eventIds.length) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('Keino never took in the events');
}

describe('a Hankintaluotsi CSV shared with Keino in a Slack direct message', () => {
  it('a coordinator’s file is imported, and she is told what changed and who cannot be reached', async () => {
    expect((await send(shareFile({ name: 'kuopio-suunnitelma.csv', content: KUOPIO_PLAN }))).status).toBe(200);
    const reply = await replyTo('D0ALICE');
    expect(reply).toContain('Tuotu 2 riviä: 2 uutta, 0 päivitetty, 0 ennallaan.');
    expect(reply).toContain('Organisaatiot: Kuopion kaupunki.');
    // Maija has never written to Keino in Slack or Teams: no nudge can reach her yet.
    expect(reply).toContain('1 vastuuhenkilöä ei ole vielä tavoitettavissa');
    expect(reply).toContain('maija.meikalainen@kuopio.fi');
    expect(await interventionTitles()).toEqual(['Hiilijalanjälki kriteeriksi', 'Markkinavuoropuhelu']);
    // The file was fetched from Slack with the bot token, once.
    const downloads = keino.fake.callsTo('file_download');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.token).toBe(BOT_TOKEN);
  });

  it('sharing the same plan again updates nothing and duplicates nothing', async () => {
    await send(shareFile({ name: 'kuopio-suunnitelma.csv', content: KUOPIO_PLAN }));
    expect(await replyTo('D0ALICE')).toContain('Tuotu 2 riviä: 0 uutta, 0 päivitetty, 2 ennallaan.');
    expect(await interventionTitles()).toHaveLength(2);
  });

  it('Slack retrying the event imports the file and answers once', async () => {
    const changed = KUOPIO_PLAN.replace('15.1.2027', '16.1.2027');
    const envelope = shareFile({ name: 'kuopio-v2.csv', content: changed });
    await send(envelope);
    await send(envelope, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(await replyTo('D0ALICE')).toContain('0 uutta, 1 päivitetty, 1 ennallaan');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(keino.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(keino.fake.callsTo('file_download')).toHaveLength(1);
  });

  it('a bad row is named by its line and column, and nothing of the file is written', async () => {
    const bad = [KUOPIO_PLAN, 'Kuopion kaupunki;Uusi toimenpide;alice.aaltonen@example.com;31.2.2027;suunniteltu;;'].join('\r\n');
    const before = await snapshotTables(keino.database.db);
    await send(shareFile({ name: 'kuopio-rikki.csv', content: bad }));
    const reply = await replyTo('D0ALICE');
    expect(reply).toContain('Tiedostoa ei tuotu, eikä siitä tallennettu mitään: 1 ongelma.');
    expect(reply).toContain('Rivi 4, sarake due_date (4): ”31.2.2027” ei ole mahdollinen päivämäärä.');
    const after = await snapshotTables(keino.database.db);
    expect(rowsWritten(before, after, { ignore: RECEIPTS }), describeChanges(before, after, { ignore: RECEIPTS })).toBe(0);
  });

  it('a coordinator may not import another organisation’s interventions', async () => {
    const foreign = [KUOPIO_PLAN, 'Pirkanmaan hyvinvointialue;Kiertotalous;pekka@pirha.fi;1.3.2027;;;'].join('\n');
    const before = await snapshotTables(keino.database.db);
    await send(shareFile({ name: 'kaikki.csv', content: foreign }));
    expect(await replyTo('D0ALICE')).toContain(
      'Rivi 4, sarake organisation: voit tuoda vain oman organisaatiosi toimenpiteitä, et organisaation ”Pirkanmaan hyvinvointialue”.',
    );
    const after = await snapshotTables(keino.database.db);
    expect(rowsWritten(before, after, { ignore: RECEIPTS }), describeChanges(before, after, { ignore: RECEIPTS })).toBe(0);
  });

  it('a member is refused politely in their language, and the file is never fetched', async () => {
    const before = await snapshotTables(keino.database.db);
    await send(shareFile({ user: 'U0BERTIL', name: 'vasa.csv', content: KUOPIO_PLAN }));
    expect(await replyTo('D0BERTIL')).toBe('Bara dessa kan importera filer till Keino: koordinator, administratör. Ingenting sparades.');
    expect(keino.fake.callsTo('file_download')).toHaveLength(0);
    const after = await snapshotTables(keino.database.db);
    expect(rowsWritten(before, after, { ignore: RECEIPTS }), describeChanges(before, after, { ignore: RECEIPTS })).toBe(0);
  });

  it('a file that is no CSV is answered with what Keino reads, and not fetched', async () => {
    await send(shareFile({ name: 'kuva.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]), mimetype: 'image/png', filetype: 'png' }));
    const reply = await replyTo('D0ALICE');
    expect(reply).toContain('En osaa käsitellä tiedostoa ”kuva.png”.');
    expect(reply).toContain('Hankintaluotsin toimenpiteet (CSV-tiedosto');
    expect(keino.fake.callsTo('file_download')).toHaveLength(0);
  });

  it('a file larger than an import takes is refused before it is fetched', async () => {
    await send(shareFile({ name: 'valtava.csv', content: Buffer.alloc(6 * 1024 * 1024, 'a') }));
    expect(await replyTo('D0ALICE')).toBe('Tiedosto on liian suuri: luen enintään 5 megatavun tiedostoja. Mitään ei tallennettu.');
    expect(keino.fake.callsTo('file_download')).toHaveLength(0);
  });

  it('files shared in channels, and Keino’s own uploads, are left be', async () => {
    const inChannel = shareFile({ channel: 'C0SOTE', name: 'kuopio.csv', content: KUOPIO_PLAN });
    const ownUpload = shareFile({ user: FAKE_BOT_USER, name: 'keino-akatemia.ics', content: 'BEGIN:VCALENDAR' });
    for (const envelope of [inChannel, ownUpload]) expect((await send(envelope)).status).toBe(200);
    await receiptsOf([inChannel.event_id, ownUpload.event_id]);
    // A file shared in the direct messages after them is answered; by then the two have been passed over.
    await send(shareFile({ name: 'kuva.png', content: 'x', mimetype: 'image/png', filetype: 'png' }));
    await replyTo('D0ALICE');
    expect(keino.fake.callsTo('files.info')).toHaveLength(1);
    expect(keino.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});

describe('the bot token and a shared file’s address', () => {
  it('the token goes only to Slack’s own hosts over https, or to the configured Web API host', () => {
    const api = 'https://slack.com/api/';
    expect(mayCarryBotToken('https://files.slack.com/files-pri/T0KEINO-F0PLAN/download/plan.csv', api)).toBe(true);
    expect(mayCarryBotToken('https://files.slack-gov.com/files-pri/T0KEINO-F0PLAN/plan.csv', api)).toBe(true);
    expect(mayCarryBotToken('http://files.slack.com/files-pri/T0KEINO-F0PLAN/plan.csv', api)).toBe(false);
    expect(mayCarryBotToken('https://files.slack.com.evil.example/plan.csv', api)).toBe(false);
    expect(mayCarryBotToken('https://evilslack.com/plan.csv', api)).toBe(false);
    expect(mayCarryBotToken('not a url', api)).toBe(false);
    expect(mayCarryBotToken('http://127.0.0.1:4000/files-pri/x', 'http://127.0.0.1:4000/api/')).toBe(true);
    expect(mayCarryBotToken('http://127.0.0.1:4001/files-pri/x', 'http://127.0.0.1:4000/api/')).toBe(false);
  });
});

describe('a Hankintaluotsi CSV sent to Keino in a Teams personal chat', () => {
  const TEAMS_PLAN = [
    'organisation,title,owner_email,due_date,status,policy,category',
    'Kuopion kaupunki,Kilpailutusten ympäristökriteerit,teemu@kuopio.fi,31.5.2027,planned,Hiilineutraalius,Ruokapalvelut',
  ].join('\n');

  it('a coordinator’s file is imported, and the answer comes in the same chat', async () => {
    await sendInTeams(TEEMU, 'kuopio-teams.csv', TEAMS_PLAN);
    const reply = teamsReplyTo(TEEMU);
    expect(reply).toContain('Tuotu 1 riviä: 1 uutta, 0 päivitetty, 0 ennallaan.');
    expect(reply).toContain('[tehtävät org [organisaatio]]');
    expect(connector.downloads).toEqual(['kuopio-teams.csv']);
    expect(await interventionTitles()).toContain('Kilpailutusten ympäristökriteerit');
  });

  it('a bad row is named by its line and column, and nothing of the file is written', async () => {
    const before = await snapshotTables(keino.database.db);
    await sendInTeams(TEEMU, 'rikki.csv', `${TEAMS_PLAN}\nKuopion kaupunki,Toinen,teemu@kuopio.fi,1.6.2027,ehkä,,`);
    expect(teamsReplyTo(TEEMU)).toContain('Rivi 3, sarake status (5): tuntematon tila ”ehkä”.');
    const after = await snapshotTables(keino.database.db);
    // Every Teams turn refreshes the chat's conversation reference; nothing else may change.
    const ignore = ['teams_conversations'];
    expect(rowsWritten(before, after, { ignore }), describeChanges(before, after, { ignore })).toBe(0);
  });

  it('a member is refused politely, and the file is never fetched', async () => {
    await sendInTeams(TIINA, 'kuopio.csv', TEAMS_PLAN);
    expect(teamsReplyTo(TIINA)).toBe('Tiedostoja voivat tuoda Keinoon vain seuraavat: koordinaattori, ylläpitäjä. Mitään ei tallennettu.');
    expect(connector.downloads).toEqual([]);
  });
});
