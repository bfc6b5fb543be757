import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n/translator.js';
import { blockKitViolations, viewViolations } from '../helpers/block-kit-limits.js';
import { slackFixture } from '../helpers/slack-fixtures.js';
import { formBody, postSignedToSlack } from '../helpers/slack-signing.js';
import { startSlackTestServer, type SlackTestServer } from '../helpers/slack-test-server.js';

type Json = any;

const slashFixture = slackFixture('slash-command.json');
const apology = translator('fi')('errors.internal');

let slack: SlackTestServer;

beforeAll(async () => {
  // Alice is a network admin, so every command is hers to try.
  slack = await startSlackTestServer({ config: { admins: ['alice.aaltonen@example.com'] } });
});

afterAll(() => slack?.close());

describe('every Keino command through /keino', () => {
  it('answers each command typed bare, as an admin, with Block Kit or a modal that Slack accepts', async () => {
    const { app, fake, endpoint } = slack;
    const names = app.core.registry.commands.map((command) => command.name);
    expect(names).toEqual(expect.arrayContaining(['help', 'lang', 'whoami']));
    for (const [index, name] of names.entries()) {
      const trigger = fake.triggerId();
      const response = await postSignedToSlack(
        endpoint,
        formBody({ ...slashFixture, text: name, trigger_id: trigger, response_url: fake.responseUrl(`c${index}`) }),
      );
      expect(response.status, name).toBe(200);
      const body = await response.text();
      if (body) {
        const reply = JSON.parse(body) as Json;
        expect(blockKitViolations(reply.blocks ?? [], 'message'), name).toEqual([]);
        expect(reply.text, name).toBeTruthy();
      } else {
        // Acknowledged empty: a modal opens, or the answer comes through the response_url.
        const opened = fake.waitFor('views.open', (call) => call.body.trigger_id === trigger);
        const answered = fake.waitFor('response_url', (call) => call.path === `/response/c${index}`);
        const call = await Promise.race([opened, answered]);
        if (call.method === 'views.open') expect(viewViolations(call.body.view), name).toEqual([]);
        else expect(blockKitViolations(call.body.blocks ?? [], 'message'), name).toEqual([]);
        opened.catch(() => undefined);
        answered.catch(() => undefined);
      }
    }
    expect(fake.callsTo('views.open').length).toBeGreaterThan(0); // some commands have forms (session add, faq add …)
    const apologies = fake.callsTo('response_url').filter((call) => call.body.text === apology);
    expect(apologies.map((call) => call.path)).toEqual([]);
  });
});
