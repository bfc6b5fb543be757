import { randomUUID } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { FileUnavailable } from '../../src/core/files/shared-file.js';
import { downloadSharedFile } from '../../src/platforms/file-download.js';
import { isPublicAddress } from '../../src/platforms/outgoing-address.js';
import { slackSharedFile } from '../../src/platforms/slack/slack-shared-file.js';
import { sharedFileOf } from '../../src/platforms/teams/teams-shared-file.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import { reportFigure } from '../helpers/figures.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { startTeamsTestServer, type TeamsTestServer } from '../helpers/teams-test-server.js';

/**
 * A shared file's download address comes from a client: a hostile one points Keino at the
 * machine's own services (cloud metadata at 169.254.169.254, an admin port on 127.0.0.1) directly,
 * through a redirect, or through a name that resolves inside. A "trap" listener on loopback counts
 * every connection that reaches it: none may.
 */
const SECTION = 'Outgoing fetches (SSRF)';
let trap: net.Server;
let trapConnections = 0;
let trapPort: number;
/** A configured file host (as a test's fake is) that redirects wherever it is told. */
let redirector: http.Server;
let redirectorUrl: string;
let keino: TeamsTestServer;
const TEEMU = { id: '29:1TeemuSsrfUser', aadObjectId: 'feed0000-0000-4000-8000-00000000ss01', name: 'Teemu Tiainen', email: 'teemu@kuopio.fi' };
const TENANT = '7e4a0000-0000-4000-8000-00000000c0de';

const listen = (server: net.Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

beforeAll(async () => {
  trap = net.createServer((socket) => {
    trapConnections++;
    socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/csv\r\ncontent-length: 27\r\n\r\nsecret;metadata;credentials');
  });
  trapPort = await listen(trap);
  redirector = http.createServer((request, response) => {
    const target = new URL(request.url ?? '/', 'http://x').searchParams.get('to') ?? '';
    response.writeHead(302, { location: target }).end();
  });
  redirectorUrl = `http://127.0.0.1:${await listen(redirector)}/`;
  keino = await startTeamsTestServer({ config: { teams: { appType: 'MultiTenant', fileOrigins: [redirectorUrl] } } });
  keino.connector.addMember(TEEMU);
  const people = keino.app.core.services.people;
  const person = await people.resolve({ platform: 'teams', tenantId: TENANT, userId: TEEMU.aadObjectId }, async () => ({
    name: TEEMU.name,
    email: TEEMU.email,
  }));
  await people.peopleStore.setRole(person.id, 'coordinator');
  await people.peopleStore.setOrganisation(person.id, (await people.peopleStore.ensureOrganisation('Kuopion kaupunki')).id);
}, 60_000);
afterAll(async () => {
  await keino?.close();
  trap?.close();
  redirector?.close();
});

const hostileAddresses = () => [
  `http://127.0.0.1:${trapPort}/latest/meta-data/iam/security-credentials/`,
  `https://127.0.0.1:${trapPort}/plan.csv`,
  `http://localhost:${trapPort}/plan.csv`,
  `https://[::ffff:127.0.0.1]:${trapPort}/plan.csv`,
  `${redirectorUrl}?to=${encodeURIComponent(`http://127.0.0.1:${trapPort}/latest/meta-data/`)}`,
  `${redirectorUrl}?to=${encodeURIComponent(`https://127.0.0.1:${trapPort}/plan.csv`)}`,
  `${redirectorUrl}?to=${encodeURIComponent(`${redirectorUrl}?to=${encodeURIComponent(`http://localhost:${trapPort}/`)}`)}`,
  `https://evil.example.sharepoint.com.attacker.example/plan.csv`,
  `file:///etc/passwd`,
];

describe('a download address that came from a client', () => {
  it('in Teams: none of the hostile addresses is fetched, and the person hears one neutral sentence', async () => {
    const before = trapConnections;
    const replies = new Set<string>();
    for (const address of hostileAddresses()) {
      keino.connector.clear();
      const activity = teamsActivity('message-personal', keino.connector.url, {
        text: '',
        from: { id: TEEMU.id, name: TEEMU.name, aadObjectId: TEEMU.aadObjectId },
        conversation: { id: `a:personal-${TEEMU.aadObjectId}` },
        attachments: [
          {
            contentType: 'application/vnd.microsoft.teams.file.download.info',
            name: 'plan.csv',
            content: { downloadUrl: address, uniqueId: randomUUID(), fileType: 'csv' },
          },
        ],
      });
      expect((await postActivity(keino.server.port, activity)).status).toBe(200);
      const reply = keino.connector
        .sentTo(`a:personal-${TEEMU.aadObjectId}`)
        .flatMap((sent) => cardsOf(sent.activity).map(cardText))
        .join('\n');
      replies.add(reply);
      expect(reply).not.toContain('secret');
    }
    const reached = trapConnections - before;
    reportFigure(SECTION, 'hostile Teams download addresses tried (direct, redirect, name)', hostileAddresses().length, true);
    reportFigure(SECTION, 'connections that reached the loopback listener', reached, reached === 0);
    reportFigure(SECTION, 'different replies to the person', replies.size, replies.size === 1);
    expect(reached).toBe(0);
    expect([...replies]).toEqual(['En saanut tiedostoa haettua, eikä mitään tallennettu. Jaa tiedosto uudelleen hetken päästä.']);
  });

  it('the activity’s own serviceUrl is no file host', async () => {
    const before = trapConnections;
    const file = sharedFileOf(
      {
        serviceUrl: `http://127.0.0.1:${trapPort}/`,
        attachments: [
          { contentType: 'application/vnd.microsoft.teams.file.download.info', content: { downloadUrl: `http://127.0.0.1:${trapPort}/download/1` } },
        ],
      },
      silentLogger,
    );
    await expect(file!.read(1024)).rejects.toBeInstanceOf(FileUnavailable);
    expect(trapConnections - before).toBe(0);
  });

  it('a platform host name that resolves to loopback is refused after the lookup, before connecting', async () => {
    const before = trapConnections;
    // As if localhost were a SharePoint host: the name passes, its address does not.
    const policy = { classify: () => 'platform' as const };
    for (const address of [`https://localhost:${trapPort}/plan.csv`, `https://127.0.0.1:${trapPort}/`, `https://[::1]:${trapPort}/`]) {
      await expect(downloadSharedFile(address, { policy, maxBytes: 1024, platform: 'test', logger: silentLogger })).rejects.toBeInstanceOf(FileUnavailable);
    }
    expect(trapConnections - before).toBe(0);
  });

  it('in Slack: a file address off Slack’s hosts gets no request and no token', async () => {
    const before = trapConnections;
    const client = { slackApiUrl: 'https://slack.com/api/', token: 'xoxb-1-secret' } as unknown as Parameters<typeof slackSharedFile>[0];
    for (const address of [
      `http://127.0.0.1:${trapPort}/files-pri/x`,
      `https://files.slack.com.127.0.0.1.nip.io:${trapPort}/x`,
      `https://localhost:${trapPort}/x`,
    ]) {
      const file = slackSharedFile(client, { id: 'F1', name: 'plan.csv', url_private_download: address }, silentLogger);
      await expect(file.read(1024)).rejects.toBeInstanceOf(FileUnavailable);
    }
    expect(trapConnections - before).toBe(0);
  });

  it('every internal address range is refused, public ones pass', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      'fc12::3',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '64:ff9b::a9fe:a9fe',
      '2002:7f00:1::',
      'ff02::1',
      '224.0.0.1',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ['13.107.136.9', '52.96.0.1', '2603:1026::1', '::ffff:13.107.136.9']) expect(isPublicAddress(address), address).toBe(true);
  });
});
