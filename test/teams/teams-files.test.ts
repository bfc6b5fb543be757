import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chartBlock, message, personal, shared, text, type FileAttachment } from '../../src/core/messages/message.js';
import { defineCommand } from '../../src/core/commands/command.js';
import type { Chart } from '../../src/core/charts/chart.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { SignedLinks } from '../../src/core/security/signed-links.js';
import { FILE_CONSENT_CONTENT_TYPE, FILE_INFO_CONTENT_TYPE } from '../../src/platforms/teams/adaptive-card.js';
import { cardTexts } from '../../src/platforms/teams/card-texts.js';
import { renderMessage } from '../../src/platforms/teams/message-card-renderer.js';
import { TeamsAssets } from '../../src/platforms/teams/teams-assets.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import type { FakeTeamsMember } from '../helpers/fake-bot-connector.js';
import { HostileServer } from '../helpers/hostile-server.js';
import { postActivity, teamsActivity, type ActivityJson } from '../helpers/teams-activities.js';
import { startTeamsTestServer, type TeamsTestServer } from '../helpers/teams-test-server.js';

/**
 * Files too large for a Teams message, through the real server and the fake connector: the
 * file-consent card in a personal chat and the upload to the person's OneDrive (fileConsent/invoke),
 * a signed download link in a channel, a chart's picture for clients without chart elements, and
 * what a forged invoke can do (nothing).
 */

const PUBLIC_URL = 'https://keino.example.fi';
const SOTE_CHANNEL = '19:krsote00000000000000000000000000@thread.tacv2';
const ALICE = { id: '29:1AliceFilesPlaceholder0001', name: 'Alice Aaltonen', aadObjectId: 'a11ce000-0000-4000-8000-0000000f0001', email: 'alice@kunta.fi' };
const BOB = { id: '29:1BobFilesPlaceholder0002', name: 'Bob Backman', aadObjectId: 'b0b00000-0000-4000-8000-0000000f0002', email: 'bob@kunta.fi' };
const SVEN = { id: '29:1SvenFilesPlaceholder0003', name: 'Sven Strand', aadObjectId: '5e0e0000-0000-4000-8000-0000000f0003', email: 'sven@kommun.fi' };
const EMMA = { id: '29:1EmmaFilesPlaceholder0004', name: 'Emma Evans', aadObjectId: 'e22a0000-0000-4000-8000-0000000f0004', email: 'emma@city.fi' };
const LOCALE: Record<string, string> = { [ALICE.id]: 'fi-FI', [BOB.id]: 'fi-FI', [SVEN.id]: 'sv-SE', [EMMA.id]: 'en-GB' };
const chatOf = (member: FakeTeamsMember) => `a:1FilesPersonalChat-${member.aadObjectId}`;

/** A CSV of ~40 KB: too large for Teams' 16 KB inline files. */
const BIG_CSV = `\uFEFFnimi;organisaatio;tila\n${Array.from({ length: 900 }, (_, i) => `Osallistuja ${i};Kuopion kaupunki;ilmoittautunut`).join('\n')}\n`;
const bigFile = (): FileAttachment => ({ filename: 'osallistujat.csv', mimeType: 'text/csv', content: BIG_CSV });
const CHART: Chart = {
  kind: 'bar',
  title: 'Vastaukset',
  labels: ['Kyllä', 'Ei', 'Ehkä'],
  series: [{ name: 'Ääniä', values: [12, 5, 3] }],
  unit: 'ääntä',
  altText: 'Vastaukset: Kyllä 12, Ei 5, Ehkä 3',
};

let now = new Date();
let keino: TeamsTestServer;
let hostile: HostileServer;

beforeAll(async () => {
  hostile = await HostileServer.start();
  keino = await startTeamsTestServer({
    trustConnectorFiles: true,
    clock: () => now,
    config: { publicUrl: PUBLIC_URL },
    prepare: ({ core }) => {
      const command = (name: string, reply: () => ReturnType<typeof personal>) =>
        core.registry.addCommand(
          defineCommand({ name, alias: `${name}-fi`, summaryKey: 'command.help.summary', usageKey: 'command.help.usage', args: {}, run: async () => reply() }),
        );
      command('bigfiletest', () => ({ ...personal([text('Osallistujat')]), attachments: [bigFile()] }));
      command('bigsharetest', () => ({ ...shared([text('Osallistujat kaikille')]), attachments: [bigFile()] }));
      command('charttest', () => shared([chartBlock(CHART)]));
    },
  });
  for (const member of [ALICE, BOB, SVEN, EMMA]) keino.connector.addMember(member);
});
afterAll(async () => {
  await keino?.close();
  await hostile?.close();
});
beforeEach(() => {
  keino.connector.clear();
  hostile.requests.length = 0;
  now = new Date();
});

const post = (activity: ActivityJson) => postActivity(keino.server.port, activity);
const client = (from: FakeTeamsMember) => ({
  from,
  locale: LOCALE[from.id],
  entities: [{ locale: LOCALE[from.id], country: 'FI', platform: 'Web', timezone: 'Europe/Helsinki', type: 'clientInfo' }],
});
const say = (textValue: string, from: FakeTeamsMember) =>
  post(teamsActivity('message-personal', keino.connector.url, { ...client(from), text: textValue, conversation: { id: chatOf(from) } }));
const mention = (textValue: string, from: FakeTeamsMember = ALICE) => {
  const id = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return post(
    teamsActivity('message-channel-mention', keino.connector.url, {
      ...client(from),
      id,
      text: `<at>Keino</at> ${textValue}`,
      conversation: { id: `${SOTE_CHANNEL};messageid=${id}` },
    }),
  );
};
/** The consent card Keino sent into someone's personal chat. */
function consentCardIn(member: FakeTeamsMember): { activityId: string; attachment: ActivityJson } {
  for (const entry of keino.connector.sentTo(chatOf(member))) {
    const attachment = (entry.activity.attachments ?? []).find((candidate: ActivityJson) => candidate.contentType === FILE_CONSENT_CONTENT_TYPE);
    if (attachment) return { activityId: entry.id, attachment };
  }
  throw new Error('no consent card');
}
const consent = (from: FakeTeamsMember, value: ActivityJson, conversation: ActivityJson = { id: chatOf(from) }) =>
  post(teamsActivity('invoke-file-consent', keino.connector.url, { ...client(from), conversation: { conversationType: 'personal', ...conversation }, value }));
const textsSentTo = (conversationId: string) =>
  keino.connector.sentTo(conversationId).map((entry) => entry.activity.text ?? cardsOf(entry.activity).map(cardText).join('\n'));

describe('a file too large for a message, in a personal chat', () => {
  it('comes as a file-consent card; allowed, Keino uploads it whole to the OneDrive upload session and shows the file', async () => {
    expect((await say('bigfiletest', ALICE)).status).toBe(200);
    const { attachment } = consentCardIn(ALICE);
    expect(attachment.name).toBe('osallistujat.csv');
    expect(attachment.content.sizeInBytes).toBe(Buffer.byteLength(BIG_CSV));
    expect(attachment.content.description).toBe('Keino tallentaa tiedoston osallistujat.csv OneDriveesi, kun sallit sen.');
    expect(attachment.content.acceptContext).toEqual(attachment.content.declineContext);
    // No inline copy and no "too large" note.
    const sent = JSON.stringify(keino.connector.sentTo(chatOf(ALICE)));
    expect(sent).not.toContain('data:text/csv');
    expect(sent).not.toContain('liian suuri');

    const session = keino.connector.uploadSession('osallistujat.csv');
    const { status } = await consent(ALICE, { type: 'fileUpload', action: 'accept', context: attachment.content.acceptContext, uploadInfo: session });
    expect(status).toBe(200);
    expect(textsSentTo(chatOf(ALICE)).join(' | ')).toContain('Tallensin tiedoston osallistujat.csv OneDriveesi.');
    expect(keino.connector.uploads).toHaveLength(1);
    expect(keino.connector.uploads[0]!.content.equals(Buffer.from(BIG_CSV, 'utf8'))).toBe(true);
    expect(keino.connector.uploads[0]!.headers['content-range']).toBe(`bytes 0-${Buffer.byteLength(BIG_CSV) - 1}/${Buffer.byteLength(BIG_CSV)}`);
    const fileCard = keino.connector
      .sentTo(chatOf(ALICE))
      .flatMap((entry) => entry.activity.attachments ?? [])
      .find((candidate: ActivityJson) => candidate.contentType === FILE_INFO_CONTENT_TYPE);
    expect(fileCard).toMatchObject({ name: 'osallistujat.csv', contentUrl: session.contentUrl, content: { uniqueId: session.uniqueId, fileType: 'csv' } });
    expect(textsSentTo(chatOf(ALICE))).toContain('Tallensin tiedoston osallistujat.csv OneDriveesi.');
  });

  it('declined, nothing is uploaded and Keino says so, in Swedish and English too', async () => {
    for (const [member, said] of [
      [SVEN, 'Okej, jag sparade inte filen osallistujat.csv.'],
      [EMMA, 'All right, I did not save the file osallistujat.csv.'],
    ] as const) {
      keino.connector.clear();
      await say('bigfiletest', member);
      const { attachment } = consentCardIn(member);
      expect(attachment.content.description).toMatch(member === SVEN ? /sparar filen/ : /saves the file/);
      await consent(member, { type: 'fileUpload', action: 'decline', context: attachment.content.declineContext });
      expect(keino.connector.uploads).toEqual([]);
      expect(textsSentTo(chatOf(member))).toContain(said);
    }
  });

  it('is uploaded for no one else, to no other address, from no other conversation, and not after its day', async () => {
    await say('bigfiletest', ALICE);
    const { attachment } = consentCardIn(ALICE);
    const context = attachment.content.acceptContext;
    const refused = 'Tätä tiedostoa ei voi tallentaa tässä. Pyydä se Keinolta uudelleen omassa chatissasi.';

    // Bob replays Alice's card in his own chat.
    await say('whoami', BOB);
    keino.connector.clear();
    await consent(BOB, { type: 'fileUpload', action: 'accept', context, uploadInfo: keino.connector.uploadSession('alice.csv') });
    expect(textsSentTo(chatOf(BOB))).toEqual([refused]);

    // A made-up or altered token, a context that is no object.
    for (const forged of [{ download: 'AAAAAAAAAAAAAAAAAAAAAA.zzzz.AAAAAAAAAAAAAAAAAAAAAA' }, { download: `${context.download.slice(0, -2)}xx` }, 'x', null]) {
      await consent(ALICE, { type: 'fileUpload', action: 'accept', context: forged, uploadInfo: keino.connector.uploadSession('x.csv') });
    }
    // Alice's own card, but the upload address is not on Microsoft's file hosts.
    await consent(ALICE, {
      type: 'fileUpload',
      action: 'accept',
      context,
      uploadInfo: { ...keino.connector.uploadSession('x.csv'), uploadUrl: `${hostile.url}upload` },
    });
    await consent(ALICE, {
      type: 'fileUpload',
      action: 'accept',
      context,
      uploadInfo: { ...keino.connector.uploadSession('x.csv'), uploadUrl: 'http://kunta-my.sharepoint.com/upload' },
    });
    // Alice's own card, invoked as if from a channel.
    await consent(
      ALICE,
      { type: 'fileUpload', action: 'accept', context, uploadInfo: keino.connector.uploadSession('x.csv') },
      { id: SOTE_CHANNEL, conversationType: 'channel' },
    );
    expect(keino.connector.uploads).toEqual([]);
    expect(hostile.requests).toEqual([]);
    expect(textsSentTo(chatOf(ALICE)).filter((said) => said === refused)).toHaveLength(6);

    // A day and an hour later the file is gone.
    now = new Date(now.getTime() + 25 * 60 * 60 * 1000);
    keino.connector.clear();
    await consent(ALICE, { type: 'fileUpload', action: 'accept', context, uploadInfo: keino.connector.uploadSession('x.csv') });
    expect(keino.connector.uploads).toEqual([]);
    expect(textsSentTo(chatOf(ALICE))).toEqual(['Tämä tiedosto ei ole enää tallessa. Pyydä se Keinolta uudelleen.']);
  });
});

describe('a file too large for a message, in a channel', () => {
  it('comes as a signed link to download it from Keino, for a day', async () => {
    await mention('bigsharetest');
    const [sent] = keino.connector.sentTo(SOTE_CHANNEL);
    const card = cardsOf(sent!.activity)[0];
    const json = JSON.stringify(card);
    expect(json).not.toContain(FILE_CONSENT_CONTENT_TYPE);
    const url = /"url":"(https:\/\/keino\.example\.fi\/files\/[^"]+)"/.exec(json)?.[1];
    expect(url).toBeDefined();
    expect(cardText(card)).toContain('Lataa osallistujat.csv');
    expect(cardText(card)).toContain('Linkki toimii 24 tuntia.');
    const response = await fetch(url!.replace(PUBLIC_URL, `http://127.0.0.1:${keino.server.port}`));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(BIG_CSV, 'utf8'))).toBe(true);
    // The same link a day later: refused.
    now = new Date(now.getTime() + 25 * 60 * 60 * 1000);
    expect((await fetch(url!.replace(PUBLIC_URL, `http://127.0.0.1:${keino.server.port}`))).status).toBe(410);
  });

  it('says it was too large where Keino has no public address (no KEINO_PUBLIC_URL)', async () => {
    const links = new SignedLinks(
      { save: async () => undefined, get: async () => undefined },
      async () => Buffer.alloc(32, 7),
      () => now,
    );
    const assets = new TeamsAssets(links, { findByIdentity: async () => undefined }, silentLogger);
    const reply = { ...message('conversation', [text('x')]), attachments: [bigFile()] };
    const prepared = await assets.prepare(reply, { kind: 'channel' });
    expect(prepared.files.size).toBe(0);
    expect(prepared.chartImages.size).toBe(0);
    const [activity] = renderMessage(reply, { texts: cardTexts('sv'), assets: prepared });
    expect(cardText(activity!.attachments[0]!.content)).toContain('Filen osallistujat.csv är för stor för att skickas i Teams.');
  });
});

describe('a chart, for Teams clients that draw no chart elements (iOS, Android)', () => {
  it('falls back to its picture served by Keino under a signed link, with the alt text', async () => {
    await mention('charttest');
    const [sent] = keino.connector.sentTo(SOTE_CHANNEL);
    const card = cardsOf(sent!.activity)[0];
    const chart = card.body.find((element: ActivityJson) => element.type.startsWith('Chart.'));
    expect(chart.type).toBe('Chart.VerticalBar');
    const image = chart.fallback.items[0];
    expect(image).toMatchObject({ type: 'Image', altText: 'Vastaukset: Kyllä 12, Ei 5, Ehkä 3' });
    expect(image.url).toMatch(/^https:\/\/keino\.example\.fi\/files\/chart-[0-9a-f]+\.[0-9a-z]+\.[A-Za-z0-9_-]{22}\/keino-chart\.png$/);
    // Where even the picture cannot be shown, the numbers as text.
    expect(cardText({ body: [image.fallback] })).toContain('Kyllä');
    expect(Buffer.byteLength(JSON.stringify(sent!.activity))).toBeLessThan(28 * 1024);
    const response = await fetch(image.url.replace(PUBLIC_URL, `http://127.0.0.1:${keino.server.port}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(1, 4)
        .toString('latin1'),
    ).toBe('PNG');
  });

  it('keeps its numbers as the fallback without a public address', () => {
    const [activity] = renderMessage(shared([chartBlock(CHART)]), { texts: cardTexts('fi') });
    const chart = (activity!.attachments[0]!.content as ActivityJson).body[0];
    expect(chart.fallback.type).toBe('Container');
    expect(JSON.stringify(chart.fallback)).not.toContain('"Image"');
    expect(cardText({ body: [chart.fallback] })).toContain('Kyllä');
  });
});
