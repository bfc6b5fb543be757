import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { blockKitViolations, viewViolations } from '../helpers/block-kit-limits.js';
import { FakeSlackApi } from '../helpers/fake-slack-api.js';
import { formBody, interactionBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));

let database: TestDatabase;
let fake: FakeSlackApi;
let app: KeinoApp;
let server: RunningServer;
let endpoint: string;
let now = new Date('2026-09-01T06:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  fake = await FakeSlackApi.start();
  // The fixtures' channel, with Keino in it: it becomes the academy channel.
  fake.addChannel({ id: 'C0GROUP', name: 'kr-sote' });
  app = await createTestApp(database.url, {
    clock: () => now,
    config: {
      // Alice of the fixtures is the admin who schedules.
      admins: ['alice.aaltonen@example.com'],
      slack: { botToken: 'xoxb-1000000000001-keino-academy', signingSecret: TEST_SIGNING_SECRET, apiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    },
  });
  server = await startServer(app, { port: 0 });
  endpoint = `http://127.0.0.1:${server.port}/slack/events`;
});
afterAll(async () => {
  await server?.close();
  await app?.close();
  await fake?.close();
  await database?.drop();
});
beforeEach(() => fake.reset());

/** `/keino <text>` typed by Alice in #kr-sote (C0GROUP), as Slack posts it. */
const slash = (text: string) =>
  postSignedToSlack(endpoint, formBody({ ...fixture('slash-command.json'), text, response_url: fake.responseUrl('command'), trigger_id: fake.triggerId() }));

const textOf = (blocks: Json[]): string =>
  blocks
    .flatMap((block) => [
      block.text?.text,
      ...(block.fields ?? []).map((field: Json) => field.text),
      ...(block.elements ?? []).map((element: Json) => element.text?.text ?? element.text),
    ])
    .filter(Boolean)
    .join('\n');

function submission(view: Json, values: Record<string, Json>): Json {
  const payload = fixture('view-submission.json');
  payload.view.callback_id = view.callback_id;
  payload.view.private_metadata = view.private_metadata;
  payload.view.state.values = Object.fromEntries(Object.entries(values).map(([name, state]) => [name, { [name]: state }]));
  return payload;
}

describe('the academy in Slack', () => {
  it('an admin schedules a session in the Slack modal: a past date comes back on the date field, a good one is announced in the academy channel', async () => {
    // Linking: the admin hears privately, the channel from Keino's own post.
    expect(((await (await slash('kanava liitä akatemia')).json()) as Json).response_type).toBe('ephemeral');
    expect(textOf(fake.messagesIn('C0GROUP').at(-1)!.blocks ?? [])).toContain('akatemian ilmoitukset');
    await slash('tilaisuus lisää');
    const opened = await fake.waitFor('views.open');
    expect(opened.response.ok).toBe(true);
    const view = opened.body.view;
    expect(viewViolations(view)).toEqual([]);
    expect(view.title.text).toBe('Uusi akatemian tilaisuus');

    const values = (date: string) => ({
      title: { type: 'plain_text_input', value: 'Strateginen johtaminen' },
      date: { type: 'datepicker', selected_date: date },
      time: { type: 'timepicker', selected_time: '10:00' },
      end: { type: 'timepicker', selected_time: '13:00' },
      capacity: { type: 'number_input', value: '20' },
    });
    const refused = await postSignedToSlack(endpoint, interactionBody(submission(view, values('2026-08-20'))));
    expect(await refused.json()).toEqual({
      response_action: 'errors',
      errors: { date: 'Tämä aika on jo mennyt; tilaisuuden voi lisätä vain tulevaisuuteen.' },
    });

    const accepted = await postSignedToSlack(endpoint, interactionBody(submission(view, values('2026-10-26'))));
    expect(await accepted.text()).toBe('');
    const confirmation = await fake.waitFor('chat.postEphemeral');
    expect(textOf(confirmation.body.blocks)).toContain('Strateginen johtaminen* on lisätty: ma 26.10.2026 klo 10.00–13.00.');

    await new JobRunner({ jobs: app.core.services.jobs, clock: () => now, logger: silentLogger, instanceId: 'slack-academy' }).tick();
    const announcement = await fake.waitFor(
      'chat.postMessage',
      (call) => call.body.channel === 'C0GROUP' && textOf(call.body.blocks ?? []).includes('Uusi KEINO-akatemian'),
    );
    expect(announcement.response.ok).toBe(true);
    expect(blockKitViolations(announcement.body.blocks, 'message')).toEqual([]);
    expect(textOf(announcement.body.blocks)).toContain('Uusi KEINO-akatemian tilaisuus');
    expect(JSON.stringify(announcement.body.blocks)).toContain('rsvp 1 yes');
  });

  it('rsvp in Slack answers only the person, and the calendar invitation arrives as a file in their direct messages', async () => {
    const response = await slash('ilmoittaudu 1 kyllä');
    const reply = (await response.json()) as Json;
    expect(reply.response_type).toBe('ephemeral');
    expect(textOf(reply.blocks)).toContain('Olet ilmoittautunut: *Strateginen johtaminen*, ma 26.10.2026 klo 10.00–13.00. Kalenterikutsu on liitteenä.');

    const completed = await fake.waitFor('files.completeUploadExternal');
    const [requested] = fake.callsTo('files.getUploadURLExternal');
    expect(requested!.body.filename).toBe('keino-session-1.ics');
    expect(fake.callsTo('conversations.open')[0]!.body.users).toBe('U0ALICE');
    expect(completed.body.channel_id).toMatch(/^D/);
    expect(fake.callsTo('file_upload')[0]!.body.bytes).toBeGreaterThan(200);

    // The announcement in the academy channel is Keino's own message: its places are updated.
    now = new Date(now.getTime() + 11_000);
    await new JobRunner({ jobs: app.core.services.jobs, clock: () => now, logger: silentLogger, instanceId: 'slack-academy' }).tick();
    const announcement = fake.messagesIn('C0GROUP').find((message) => textOf(message.blocks ?? []).includes('Uusi KEINO-akatemian tilaisuus'))!;
    const update = await fake.waitFor('chat.update', (call) => call.body.ts === announcement.ts);
    expect(update.response.ok).toBe(true);
    expect(textOf(fake.message('C0GROUP', announcement.ts)!.blocks ?? [])).toContain('19/20 vapaana');
  });

  it('the sessions list fits Slack’s limits and shows Alice’s own answer', async () => {
    const reply = (await (await slash('tilaisuudet')).json()) as Json;
    expect(blockKitViolations(reply.blocks, 'message')).toEqual([]);
    const text = textOf(reply.blocks);
    expect(text).toContain('19/20 vapaana');
    expect(text).toContain('tulossa');
  });
});
