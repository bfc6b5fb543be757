import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { PLATFORMS } from '../../src/app/platforms.js';
import { COMMAND_ACTION } from '../../src/core/commands/command.js';
import { personal, text } from '../../src/core/messages/message.js';
import type { Person, Platform, PlatformIdentity } from '../../src/core/people/person.js';
import { sealingGateway } from '../../src/core/security/platform-edge.js';
import { faqEntries } from '../../src/db/schema/faq.js';
import { ConsoleAdapter } from '../../src/platforms/console/console-adapter.js';
import { ConsoleGateway } from '../../src/platforms/console/console-gateway.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { sealedFor } from '../helpers/sealed-values.js';
import { formBody, interactionBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { postActivity } from '../helpers/teams-activities.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The adapter contract: every registered platform (src/app/platforms.ts) is run over the same
 * scenarios, from its own saved payloads (test/fixtures/<scenario>/<platform>), and must reach the
 * same domain outcome. A platform added to the registry without a driver here does not compile.
 */

type Json = any;
type Scenario = 'command' | 'click' | 'form';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

function fixture(scenario: Scenario, file: string): string {
  return readFileSync(path.join(fixtures, scenario, file), 'utf8');
}

/** How the contract reaches one platform: its payloads in, and what it shows the person out. */
interface PlatformDriver {
  /** The person of the fixtures on this platform. */
  identity: PlatformIdentity;
  /** Delivers the scenario's saved payload as the platform would, and waits until Keino has answered. */
  deliver(scenario: Scenario): Promise<void>;
  /** The texts the person was shown on Keino's own initiative (sends and updates), newest last. */
  shown(): string[];
  updated(): string[];
}

let database: TestDatabase;
let slackApi: FakeSlackApi;
let connector: FakeBotConnector;
let app: KeinoApp;
let server: RunningServer;
let drivers: Record<Platform, PlatformDriver>;

function slackDriver(): PlatformDriver {
  const identity: PlatformIdentity = { platform: 'slack', tenantId: 'T0KEINO', userId: 'U0ALICE' };
  const endpoint = () => `http://127.0.0.1:${server.port}/slack/events`;
  return {
    identity,
    async deliver(scenario) {
      const payload = JSON.parse(fixture(scenario, 'slack.json')) as Json;
      if (scenario === 'command') {
        const response = await postSignedToSlack(endpoint(), formBody({ ...payload, response_url: slackApi.responseUrl('command') }));
        expect(response.status).toBe(200);
      } else if (scenario === 'click') {
        const action = payload.actions[0];
        // The button as Keino sealed it for this person when it showed it.
        action.value = await sealedFor(app, COMMAND_ACTION, action.value, { person: identity });
        const answered = slackApi.waitFor('response_url', (call) => call.path === '/response/click');
        const response = await postSignedToSlack(endpoint(), interactionBody({ ...payload, response_url: slackApi.responseUrl('click') }));
        expect(response.status).toBe(200);
        await answered;
      } else {
        const response = await postSignedToSlack(endpoint(), interactionBody(payload));
        expect(response.status).toBe(200);
      }
    },
    shown: () => slackApi.callsTo('chat.postMessage').map((call) => String(call.body.text)),
    updated: () => slackApi.callsTo('chat.update').map((call) => String(call.body.text)),
  };
}

function teamsDriver(): PlatformDriver {
  const identity: PlatformIdentity = { platform: 'teams', tenantId: '7e4a0000-0000-4000-8000-00000000c0de', userId: 'a11ce000-0000-4000-8000-000000000001' };
  const textOf = (activity: Json): string => JSON.stringify(activity);
  return {
    identity,
    async deliver(scenario) {
      const activity = JSON.parse(fixture(scenario, 'teams.json')) as Json;
      activity.serviceUrl = connector.url;
      activity.timestamp = new Date().toISOString();
      if (scenario === 'click') {
        const action = activity.value.action;
        action.data.value = await sealedFor(app, action.verb, action.data.value, { person: identity });
      }
      const response = await postActivity(server.port, activity);
      expect(response.status).toBe(200);
    },
    shown: () => connector.sent.map((sent) => textOf(sent.activity)),
    updated: () => connector.updates.map((updated) => textOf(updated.activity)),
  };
}

function consoleDriver(): PlatformDriver {
  const identity: PlatformIdentity = { platform: 'console', tenantId: 'local', userId: 'alice' };
  const notifications: string[] = [];
  app.core.services.gateways.register(sealingGateway(new ConsoleGateway((message) => notifications.push(message.summary ?? '')), app.core.services.seal));
  return {
    identity,
    async deliver(scenario) {
      // The console reads its input line by line until it ends, as `printf … | npm start` does.
      const input = new PassThrough();
      const output = new PassThrough();
      output.resume();
      input.end(fixture(scenario, 'console.txt'));
      await new ConsoleAdapter(app.core.edge, { input, output, userName: identity.userId }).run();
    },
    shown: () => [...notifications],
    updated: () => [...notifications],
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  slackApi = await FakeSlackApi.start();
  connector = await FakeBotConnector.start();
  // One Keino with every platform: Slack and Teams mounted on its server, the console beside them.
  app = await createTestApp(database.url, {
    config: {
      slack: { botToken: 'xoxb-1000000000001-keino-test', signingSecret: TEST_SIGNING_SECRET, apiUrl: slackApi.apiUrl, retryConfig: { retries: 0 } },
      teams: { appType: 'MultiTenant', unauthenticated: true },
    },
  });
  server = await startServer(app, { port: 0 });
  drivers = { slack: slackDriver(), teams: teamsDriver(), console: consoleDriver() };
}, 120_000);

afterAll(async () => {
  await server?.close();
  await app?.close();
  await connector?.close();
  await slackApi?.close();
  await database?.drop();
});

async function personOf(identity: PlatformIdentity): Promise<Person> {
  const person = await app.core.services.people.peopleStore.findByIdentity(identity);
  if (!person) throw new Error(`nobody is known as ${identity.platform}:${identity.userId}`);
  return person;
}

describe.each(PLATFORMS.map((platform) => platform.id))('the adapter contract on %s', (platform) => {
  const driver = () => drivers[platform];

  it('has a driver and saved payloads for every scenario', () => {
    expect(drivers[platform], `test/platforms/contract.test.ts has no driver for ${platform}`).toBeDefined();
    const extension = platform === 'console' ? 'txt' : 'json';
    for (const scenario of ['command', 'click', 'form'] as const) expect(() => fixture(scenario, `${platform}.${extension}`)).not.toThrow();
  });

  it('command: the typed command changes the language of the person who typed it', async () => {
    await driver().deliver('command');
    expect((await personOf(driver().identity)).locale).toBe('en');
  });

  it('click: the clicked button runs its command for the person who clicked', async () => {
    await driver().deliver('click');
    expect((await personOf(driver().identity)).locale).toBe('sv');
  });

  it('form: the submitted form writes what was filled in, as its submitter', async () => {
    const person = await personOf(driver().identity);
    // Adding to the FAQ is an admin's: the console's local person is one already.
    await app.core.services.people.peopleStore.setRole(person.id, 'admin');
    await driver().deliver('form');
    const written = await app.database.db
      .select({ answer: faqEntries.answer })
      .from(faqEntries)
      .where(and(eq(faqEntries.question, 'Mikä on hankintalinjaus?'), eq(faqEntries.updatedBy, person.id)));
    expect(written).toEqual([{ answer: 'Organisaation periaatteet hankinnoille.' }]);
  });

  it('proactive send and update: Keino reaches the person on its own and edits what it sent', async () => {
    const person = await personOf(driver().identity);
    const key = `contract:${platform}`;
    const delivered = await app.core.services.delivery.sendToPerson(person.id, personal([text(`Muistutus ${platform}`)], `Muistutus ${platform}`), { key });
    expect(delivered).toMatchObject({ platform, personId: person.id, repeated: false });
    expect(
      driver()
        .shown()
        .some((shown) => shown.includes(`Muistutus ${platform}`)),
    ).toBe(true);
    // Sent once: the same key again is the record, not a second message.
    expect(await app.core.services.delivery.sendToPerson(person.id, personal([text('toinen')]), { key })).toMatchObject({ repeated: true });
    expect(await app.core.services.delivery.update(key, personal([text(`Päivitetty ${platform}`)], `Päivitetty ${platform}`))).toBe(true);
    expect(
      driver()
        .updated()
        .some((updated) => updated.includes(`Päivitetty ${platform}`)),
    ).toBe(true);
  });
});
