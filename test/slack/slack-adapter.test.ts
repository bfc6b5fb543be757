import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { defineCommand, defineForm } from '../../src/core/commands/command.js';
import { heading, personal, text, type Block, type Form } from '../../src/core/messages/message.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { blockKitViolations, viewViolations } from '../helpers/block-kit-limits.js';
import { slackFixture } from '../helpers/slack-fixtures.js';
import type { FakeSlackApi, RecordedCall } from '../helpers/fake-slack-api.js';
import { eventBody, formBody, interactionBody, postSignedToSlack } from '../helpers/slack-signing.js';
import { startSlackTestServer, type SlackTestServer } from '../helpers/slack-test-server.js';
import { sealedFor, unsealed } from '../helpers/sealed-values.js';
import type { TestDatabase } from '../helpers/test-database.js';

type Json = any;

const fixture = slackFixture;

const BOT_TOKEN = 'xoxb-1000000000001-keino-test-token';

/** A form only this test file registers: the modal path, end to end, without depending on a feature. */
const sessionForm = (errors?: Record<string, string>): Form => ({
  kind: 'form',
  formId: 'test.session',
  title: 'Uusi tilaisuus',
  submitLabel: 'Tallenna',
  fields: [
    { name: 'title', label: 'Otsikko', kind: 'text', required: true },
    { name: 'date', label: 'Päivä', kind: 'date', required: true },
  ],
  ...(errors ? { errors } : {}),
});

let slowCommandGate: Promise<void> = Promise.resolve();
let slowFormGate: Promise<void> = Promise.resolve();

function registerTestCommands(app: KeinoApp): void {
  const registry = app.core.registry;
  registry.addCommand(
    defineCommand({
      name: 'testform',
      alias: 'testilomake',
      summaryKey: 'command.help.summary',
      usageKey: 'command.help.usage',
      args: {},
      run: async () => personal([text('Avaa lomake ilman argumentteja.')]),
      form: async () => sessionForm(),
    }),
  );
  registry.addForm(
    defineForm({
      id: 'test.session',
      submit: async (_context, values) =>
        (values.date ?? '') < '2025-01-01'
          ? sessionForm({ date: 'Päivä on jo mennyt.' })
          : personal([text(`Tilaisuus **${values.title}** tallennettu ${values.date}.`)]),
    }),
  );
  registry.addCommand(
    defineCommand({
      name: 'testslowform',
      alias: 'testihidaslomake',
      summaryKey: 'command.help.summary',
      usageKey: 'command.help.usage',
      args: {},
      run: async () => personal([text('Avaa lomake ilman argumentteja.')]),
      form: async () => {
        await slowFormGate;
        return sessionForm();
      },
    }),
  );
  registry.addCommand(
    defineCommand({
      name: 'testslow',
      alias: 'testihidas',
      summaryKey: 'command.help.summary',
      usageKey: 'command.help.usage',
      args: {},
      run: async () => {
        await slowCommandGate;
        return personal([text('Valmista tuli, hitaasti.')]);
      },
    }),
  );
  registry.addCommand(
    defineCommand({
      name: 'testslowfailure',
      alias: 'testihidasvirhe',
      summaryKey: 'command.help.summary',
      usageKey: 'command.help.usage',
      args: {},
      run: async () => {
        await slowCommandGate;
        throw new Error('a bug in a slow command');
      },
    }),
  );
  registry.addCommand(
    defineCommand({
      name: 'testlong',
      alias: 'testipitkä',
      summaryKey: 'command.help.summary',
      usageKey: 'command.help.usage',
      args: {},
      run: async () => {
        const items = Array.from({ length: 120 }, (_, index) => `Interventio ${index + 1}: hankintastrategian päivitys`);
        return personal([heading('Organisaation interventiot'), ...items.map((item): Block => ({ type: 'text', text: item }))]);
      },
    }),
  );
}

let slack: SlackTestServer;
let db: TestDatabase;
let fake: FakeSlackApi;
let app: KeinoApp;
let endpoint: string;

beforeAll(async () => {
  slack = await startSlackTestServer({
    // No trailing slash on purpose: the adapter adds the one the Web API client needs.
    slack: (fake) => ({ botToken: BOT_TOKEN, apiUrl: fake.apiUrl.replace(/\/$/, '') }),
    prepare: registerTestCommands,
  });
  ({ database: db, fake, app, endpoint } = slack);
  // The fixtures' channel, with Keino in it.
  fake.addChannel({ id: 'C0GROUP', name: 'kr-sote' });
});

afterAll(() => slack?.close());

beforeEach(async () => {
  fake.reset();
  await db.db.execute(sql`update people set locale = null`);
});

const slash = (text: string, overrides: Record<string, string> = {}) =>
  postSignedToSlack(endpoint, formBody({ ...fixture('slash-command.json'), text, response_url: fake.responseUrl('command'), ...overrides }));

let asked = 0;

/**
 * A command and the reply the person sees: in the acknowledgement when the command was done within
 * the ack window, otherwise through the response_url (on a busy machine). All its pages.
 */
async function ask(text: string, pages = 1): Promise<Json[]> {
  const name = `ask${++asked}`;
  const response = await slash(text, { response_url: fake.responseUrl(name) });
  expect(response.status).toBe(200);
  const body = await response.text();
  const inAck = body ? [JSON.parse(body)] : [];
  let seen = 0;
  if (inAck.length < pages) await fake.waitFor('response_url', (call) => call.path === `/response/${name}` && ++seen >= pages - inAck.length);
  return [
    ...inAck,
    ...fake
      .callsTo('response_url')
      .filter((call) => call.path === `/response/${name}`)
      .map((call) => call.body),
  ];
}

const interact = (payload: Json) => postSignedToSlack(endpoint, interactionBody(payload));
/** A fixture's click, its value sealed as Keino seals what only the clicker sees. */
async function sealedClick(payload: Json): Promise<Json> {
  const person = { platform: 'slack' as const, tenantId: payload.team.id, userId: payload.user.id };
  for (const action of payload.actions) action.value = await sealedFor(app, action.action_id.replace(/::\d+$/, ''), action.value, { person });
  return payload;
}

const sendEvent = (envelope: Json, headers: Record<string, string> = {}) => postSignedToSlack(endpoint, eventBody(envelope), { headers });

/** A fixture event with an id of its own, so tests do not see each other's receipts. */
const freshEvent = (name: string, event: Json = {}): Json => {
  const envelope = fixture(name);
  return { ...envelope, event_id: `Ev${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`, event: { ...envelope.event, ...event } };
};

const textOf = (blocks: Json[]): string =>
  blocks
    .flatMap((block) => [
      block.text?.text,
      ...(block.fields ?? []).map((field: Json) => field.text),
      ...(block.elements ?? []).map((element: Json) => element.text?.text ?? element.text),
    ])
    .filter(Boolean)
    .join('\n');

const count = async (query: ReturnType<typeof sql>): Promise<number> => Number(rowsOf<{ n: number }>(await db.db.execute(query))[0]!.n);

describe('/keino in Slack', () => {
  it('/keino help shows a help list only the person sees, in Block Kit Slack accepts', async () => {
    const [reply] = await ask('help');
    expect(reply.response_type).toBe('ephemeral');
    expect(blockKitViolations(reply.blocks, 'message')).toEqual([]);
    expect(reply.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Näin Keino auttaa' } });
    expect(textOf(reply.blocks)).toContain('`kieli fi|sv|en`');
    expect(reply.text).toBe('Näin Keino auttaa');

    // First contact: answered from what the command carried (her user name), no users.info on the way.
    expect(fake.callsTo('users.info')).toEqual([]);
    expect(rowsOf<Json>(await db.db.execute(sql`select name, email, time_zone from people`))).toEqual([{ name: 'alice', email: null, time_zone: null }]);
    // Her profile follows from the profile job: users.info once, with the bot token.
    await app.scheduler.runner.tick();
    const [lookup] = fake.callsTo('users.info');
    expect(lookup).toMatchObject({ token: BOT_TOKEN, body: { user: 'U0ALICE', include_locale: 'true' } });
    await ask('help');
    await app.scheduler.runner.tick();
    expect(fake.callsTo('users.info')).toHaveLength(1);
    const people = rowsOf<Json>(await db.db.execute(sql`select name, email, time_zone from people`));
    expect(people).toEqual([{ name: 'Alice Aaltonen', email: 'alice.aaltonen@example.com', time_zone: 'Europe/Helsinki' }]);
  });

  it('/keino kieli en switches to English, and help then comes in English', async () => {
    const [switched] = await ask('kieli en');
    expect(textOf(switched.blocks)).toBe("Done! I'll speak English with you from now on.");
    const [help] = await ask('help');
    expect(help.blocks[0].text.text).toBe('What Keino can do for you');
    expect(textOf(help.blocks)).toContain('`lang fi|sv|en`');
  });

  it('a slow command is acknowledged at once and its answer arrives through the response_url', async () => {
    let release!: () => void;
    slowCommandGate = new Promise((resolve) => (release = resolve));
    const response = await slash('testihidas');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    release();
    const answer = await fake.waitFor('response_url');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(answer.body.blocks)).toBe('Valmista tuli, hitaasti.');
  });

  it('a slow command is written as a job before the ack, and the job is done once its answer is sent', async () => {
    let release!: () => void;
    slowCommandGate = new Promise((resolve) => (release = resolve));
    const trigger = fake.triggerId();
    const response = await slash('testihidas', { trigger_id: trigger });
    expect(response.status).toBe(200);
    const key = `slack.command:${fixture('slash-command.json').team_id}:${trigger}`;
    const [held] = rowsOf<{ state: string; locked_by: string }>(await db.db.execute(sql`select state, locked_by from jobs where key = ${key}`));
    // Held by the run that goes on (its lease renewed), not waiting for the job runner.
    expect(held?.state).toBe('running');
    expect(held?.locked_by).toMatch(/:commands$/);
    release();
    await fake.waitFor('response_url');
    await expect.poll(async () => rowsOf<{ state: string }>(await db.db.execute(sql`select state from jobs where key = ${key}`))[0]?.state).toBe('done');
    expect(fake.callsTo('response_url')).toHaveLength(1);
  });

  it('a slow command that fails is answered with a polite apology in the person’s language, through its response_url', async () => {
    await slash('kieli sv');
    fake.reset();
    let release!: () => void;
    slowCommandGate = new Promise((resolve) => (release = resolve));
    const response = await slash('testihidasvirhe');
    expect(response.status).toBe(200);
    release();
    const answer = await fake.waitFor('response_url');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral' });
    expect(textOf(answer.body.blocks)).toBe('Något gick fel och ingenting sparades. Försök igen om en stund.');
    // The failure is the answer: the job is done, not run again.
    await expect
      .poll(
        async () => rowsOf<{ state: string }>(await db.db.execute(sql`select state from jobs where kind = 'slack.command' order by id desc limit 1`))[0]?.state,
      )
      .toBe('done');
    expect(fake.callsTo('response_url')).toHaveLength(1);
  });

  it('a form that takes longer than the trigger’s 3 seconds is offered as a button instead of a modal Slack would refuse', async () => {
    let release!: () => void;
    slowFormGate = new Promise((resolve) => (release = resolve));
    const trigger = fake.triggerId();
    const response = await slash('testihidaslomake', { trigger_id: trigger });
    expect(await response.text()).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 3200));
    release();
    const answer = await fake.waitFor('response_url');
    expect(fake.callsTo('views.open').map((call) => call.response.error)).toEqual(['expired_trigger_id']);
    expect(answer.body.response_type).toBe('ephemeral');
    const button = (answer.body.blocks as Json[]).flatMap((block) => block.elements ?? []).find((element: Json) => element.type === 'button');
    expect(button.text.text).toBe('Uusi tilaisuus');
  });

  it('a reply of 120 paragraphs arrives as several messages, each within Slack’s limits, nothing lost', async () => {
    const pages = await ask('testipitkä', 3);
    for (const page of pages) {
      expect(page.response_type).toBe('ephemeral');
      expect(blockKitViolations(page.blocks, 'message')).toEqual([]);
    }
    expect(pages.map((page) => page.blocks.length)).toEqual([50, 50, 21]);
    const all = pages.map((page) => textOf(page.blocks)).join('\n');
    expect(all.match(/Interventio \d+:/g)).toHaveLength(120);
    expect(all).toContain('Interventio 120:');
  });

  it('/keino with a form command opens the modal; a past date is shown on the date field; a good one closes it with a confirmation', async () => {
    const trigger = fake.triggerId();
    const ack = await slash('testilomake', { trigger_id: trigger });
    expect(await ack.text()).toBe('');
    const opened = await fake.waitFor('views.open');
    expect(opened.body.trigger_id).toBe(trigger);
    expect(opened.response.ok).toBe(true);
    const view = opened.body.view;
    expect(viewViolations(view)).toEqual([]);
    expect(view).toMatchObject({ type: 'modal', callback_id: 'keino:form:test.session', title: { text: 'Uusi tilaisuus' } });
    expect(JSON.parse(view.private_metadata)).toEqual({ form: 'test.session', channel_id: 'C0GROUP' });

    const submission = (title: string, date: string): Json => {
      const payload = fixture('view-submission.json');
      payload.view.callback_id = view.callback_id;
      payload.view.private_metadata = view.private_metadata;
      payload.view.state.values = { title: { title: { type: 'plain_text_input', value: title } }, date: { date: { type: 'datepicker', selected_date: date } } };
      return payload;
    };
    const refused = await interact(submission('Strateginen johtaminen', '2024-03-12'));
    expect(refused.status).toBe(200);
    expect(await refused.json()).toEqual({ response_action: 'errors', errors: { date: 'Päivä on jo mennyt.' } });
    expect(fake.callsTo('chat.postEphemeral')).toHaveLength(0);

    const accepted = await interact(submission('Strateginen johtaminen', '2025-03-12'));
    expect(await accepted.text()).toBe(''); // an empty acknowledgement closes the modal
    const confirmation = await fake.waitFor('chat.postEphemeral');
    expect(confirmation.body).toMatchObject({ channel: 'C0GROUP', user: 'U0ALICE' });
    expect(textOf(confirmation.body.blocks)).toBe('Tilaisuus *Strateginen johtaminen* tallennettu 2025-03-12.');
  });

  it('when Slack fails to open the modal, the person gets a polite apology only they see', async () => {
    fake.failNext('views.open', 'internal_error');
    await slash('testilomake');
    const apology = await fake.waitFor('response_url');
    expect(apology.body).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'Jotain meni vikaan, eikä mitään tallennettu. Yritä hetken päästä uudelleen.',
    });
    // Keino still answers the next request.
    expect((await slash('help')).status).toBe(200);
  });
});

describe('buttons in Slack', () => {
  it('clicking “englanti” under a message runs the command and answers only the clicker, in English', async () => {
    await ask('help'); // Alice is known
    const payload = await sealedClick(fixture('block-actions.json'));
    payload.response_url = fake.responseUrl('click');
    const response = await interact(payload);
    expect(response.status).toBe(200);
    const answer = await fake.waitFor('response_url');
    expect(answer.path).toBe('/response/click');
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(answer.body.blocks)).toBe("Done! I'll speak English with you from now on.");
    expect(await count(sql`select count(*) as n from people where locale = 'en'`)).toBe(1);
  });

  it('clicking a language button on the App Home answers in the direct messages and shows the home again in that language', async () => {
    const response = await interact(await sealedClick(fixture('block-actions-home.json')));
    expect(response.status).toBe(200);
    const answer = await fake.waitFor('chat.postMessage');
    expect(answer.body.channel).toBe('D0ALICE');
    expect(textOf(answer.body.blocks)).toBe("Done! I'll speak English with you from now on.");
    const home = await fake.waitFor('views.publish');
    expect(home.body.user_id).toBe('U0ALICE');
    expect(home.body.view.blocks[0].text.text).toBe('Hello, Alice Aaltonen!');
    expect(viewViolations(home.body.view)).toEqual([]);
  });
});

describe('mentions, direct messages and the App Home', () => {
  it('a mention in a channel is read as a command and answered so only the person sees it', async () => {
    const response = await sendEvent(freshEvent('event-app-mention.json'));
    expect(response.status).toBe(200);
    const reply = await fake.waitFor('chat.postEphemeral');
    expect(reply.body).toMatchObject({ channel: 'C0GROUP', user: 'U0ALICE' });
    expect(reply.body.thread_ts).toBeUndefined();
    expect(blockKitViolations(reply.body.blocks, 'message')).toEqual([]);
    expect(reply.body.blocks[0].text.text).toBe('Näin Keino auttaa');
  });

  it('a direct message is answered in the direct messages', async () => {
    await sendEvent(freshEvent('event-message-im.json', { text: 'kuka' }));
    const reply = await fake.waitFor('chat.postMessage');
    expect(reply.body.channel).toBe('D0ALICE');
    expect(reply.body.blocks[0].text.text).toBe('Hei, Alice Aaltonen!');
    expect(blockKitViolations(reply.body.blocks, 'message')).toEqual([]);
  });

  it('Keino does not answer edits, bot posts or its own messages in direct messages', async () => {
    const ignored = [
      freshEvent('event-message-im.json', { text: 'kuka', subtype: 'message_changed' }),
      freshEvent('event-message-im.json', { text: 'kuka', bot_id: 'B0OTHER' }),
      freshEvent('event-message-im.json', { text: 'kuka', user: 'U0KEINO', bot_id: 'B0KEINO' }),
    ];
    for (const envelope of ignored) expect((await sendEvent(envelope)).status).toBe(200);
    // The edit and the other bot's post reach Keino's listeners (Bolt itself drops Keino's own post).
    await waitForReceipts(ignored.slice(0, 2).map((envelope) => envelope.event_id));
    await sendEvent(freshEvent('event-message-im.json', { text: 'ohje' }));
    await fake.waitFor('chat.postMessage');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a mention in a channel Keino is not in is answered in the direct messages instead', async () => {
    fake.failNext('chat.postEphemeral', 'not_in_channel');
    await sendEvent(freshEvent('event-app-mention.json'));
    const reply = await fake.waitFor('chat.postMessage');
    expect(reply.body.channel).toBe('D0ALICE');
    expect(reply.body.blocks[0].text.text).toBe('Näin Keino auttaa');
  });

  it('a rate-limited answer to a mention is sent once Slack’s Retry-After has passed', async () => {
    fake.rateLimitNext('chat.postEphemeral', 1);
    await sendEvent(freshEvent('event-app-mention.json'));
    await waitForCount('chat.postEphemeral', 2);
    expect(fake.callsTo('chat.postEphemeral').map((call) => call.body.user)).toEqual(['U0ALICE', 'U0ALICE']);
  });

  it('a newcomer is answered at once; their profile follows, and a rate-limited lookup is tried again after Slack’s Retry-After', async () => {
    fake.addUser({ id: 'U0BERTIL', name: 'Bertil Berg', email: 'bertil.berg@example.se', locale: 'sv-FI' });
    fake.rateLimitNext('users.info', 1);
    await sendEvent(freshEvent('event-message-im.json', { user: 'U0BERTIL', channel: 'D0BERTIL', text: 'whoami' }));
    const first = await fake.waitFor('chat.postMessage');
    expect(first.body.channel).toBe('D0BERTIL');
    // A message event names nobody: the network's language, the user id, until the profile comes.
    expect(first.body.blocks[0].text.text).toBe('Hei, U0BERTIL!');
    expect(fake.callsTo('users.info')).toEqual([]);

    await app.scheduler.runner.tick(); // the lookup meets the 429
    expect(fake.callsTo('users.info')).toHaveLength(1);
    const job = rowsOf<Json>(await db.db.execute(sql`select state, due_at from jobs where kind = 'people.profile' and key like '%U0BERTIL'`))[0];
    expect(job.state).toBe('pending');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(job.due_at).getTime() - Date.now()) + 50));
    await app.scheduler.runner.tick();
    expect(fake.callsTo('users.info')).toHaveLength(2);

    await sendEvent(freshEvent('event-message-im.json', { user: 'U0BERTIL', channel: 'D0BERTIL', text: 'whoami' }));
    await waitForCount('chat.postMessage', 2);
    expect(fake.callsTo('chat.postMessage')[1]!.body.blocks[0].text.text).toBe('Hej, Bertil Berg!'); // Swedish, from the Slack locale
  });

  it('opening the App Home shows who you are, your language and buttons for the other languages', async () => {
    await sendEvent(freshEvent('event-app-home-opened.json'));
    const published = await fake.waitFor('views.publish');
    expect(published.body.user_id).toBe('U0ALICE');
    const view = published.body.view;
    expect(viewViolations(view)).toEqual([]);
    expect(view.type).toBe('home');
    expect(JSON.parse(view.private_metadata)).toEqual({ channel_id: 'D0ALICE' });
    expect(view.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Hei, Alice Aaltonen!' } });
    expect(textOf(view.blocks)).toContain('*Kieli*\nsuomi');
    const buttons = view.blocks.find((block: Json) => block.type === 'actions').elements;
    expect(buttons.map((button: Json) => [button.text.text, button.action_id, unsealed(button.value)])).toEqual([
      ['ruotsi', 'command::0', 'lang sv'],
      ['englanti', 'command::1', 'lang en'],
    ]);
  });

  it('the same event delivered again by Slack (a retry) is answered once', async () => {
    const envelope = freshEvent('event-message-im.json', { text: 'kuka' });
    const [first, retry] = await Promise.all([sendEvent(envelope), sendEvent(envelope, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await fake.waitFor('chat.postMessage');
    await sendEvent(envelope, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    // A later, different event is answered: by then the retries have long been turned away.
    await sendEvent(freshEvent('event-message-im.json', { text: 'ohje' }));
    await waitForCount('chat.postMessage', 2);
    const replies = fake.callsTo('chat.postMessage').map((call) => call.body.blocks[0].text.text);
    expect(replies).toEqual(['Hei, Alice Aaltonen!', 'Näin Keino auttaa']);
    expect(await count(sql`select count(*) as n from slack_event_receipts where event_id = ${envelope.event_id}`)).toBe(1);
  });
});

describe('requests that are not from Slack', () => {
  const mallory = { user_id: 'U0MALLORY', user_name: 'mallory' };
  const nothingHappened = async (eventId: string) => {
    expect(fake.calls).toEqual([]);
    expect(await count(sql`select count(*) as n from platform_identities where user_id = 'U0MALLORY'`)).toBe(0);
    expect(await count(sql`select count(*) as n from slack_event_receipts where event_id = ${eventId}`)).toBe(0);
  };

  beforeAll(() => fake.addUser({ id: 'U0MALLORY', name: 'Mallory Meikäläinen', email: 'mallory@example.com' }));

  it.each([
    ['a wrong signature', { secret: 'not-the-signing-secret' }],
    ['a timestamp over five minutes old', { timestampOffsetSeconds: -301 }],
    ['a timestamp over five minutes ahead', { timestampOffsetSeconds: 301 }],
    ['no signature at all', { signature: '' }],
  ])('with %s gets 401 and nothing runs', async (_name, options) => {
    const command = formBody({ ...fixture('slash-command.json'), ...mallory, text: 'kieli en', response_url: fake.responseUrl() });
    expect((await postSignedToSlack(endpoint, command, options)).status).toBe(401);
    const envelope = freshEvent('event-message-im.json', { user: 'U0MALLORY', text: 'kuka' });
    expect((await postSignedToSlack(endpoint, eventBody(envelope), options)).status).toBe(401);
    await nothingHappened(envelope.event_id);
  });

  it('with a body changed after signing gets 401 and nothing runs', async () => {
    const envelope = freshEvent('event-message-im.json', { user: 'U0MALLORY', text: 'kuka' });
    const signed = eventBody(envelope).body;
    const tampered = eventBody({ ...envelope, event: { ...envelope.event, text: 'kieli en' } });
    expect((await postSignedToSlack(endpoint, tampered, { signedBody: signed })).status).toBe(401);
    await nothingHappened(envelope.event_id);
  });

  it('Slack’s URL verification challenge is answered when signed', async () => {
    const response = await postSignedToSlack(
      endpoint,
      eventBody({ token: 'verification-token-placeholder', challenge: 'kE1n0-ch4ll3ng3', type: 'url_verification' }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'kE1n0-ch4ll3ng3' });
  });

  it('a timestamp just inside the window is accepted', async () => {
    const response = await postSignedToSlack(endpoint, formBody({ ...fixture('slash-command.json'), text: 'help', response_url: fake.responseUrl() }), {
      timestampOffsetSeconds: 290,
    });
    expect(response.status).toBe(200);
  });
});

/** Waits until `method` was called `n` times and returns those calls. */
async function waitForCount(method: string, n: number): Promise<RecordedCall[]> {
  let seen = 0;
  await fake.waitFor(method, () => ++seen >= n);
  return fake.callsTo(method).slice(0, n);
}

async function waitForReceipts(eventIds: string[]): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = await count(
      sql`select count(*) as n from slack_event_receipts where event_id in ${sql.raw(`(${eventIds.map((id) => `'${id}'`).join(',')})`)}`,
    );
    if (found === eventIds.length) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the ignored events were never received');
}
