import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/stores/people-store.js';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { FakeSlackApi, FAKE_TEAM, type FakeUpload, type RecordedCall } from '../helpers/fake-slack-api.js';
import { formBody, interactionBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { unsealed } from '../helpers/sealed-values.js';

type Json = any;

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));

const CHANNEL = 'C0POLLS';
const CREATOR = 'U0ALICE'; // the fixture user, Alice Aaltonen
const STORM = 500;

let database: TestDatabase;
let fake: FakeSlackApi;
let app: KeinoApp;
let server: RunningServer;
let endpoint: string;
let clockOffsetMs = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  fake = await FakeSlackApi.start();
  fake.addChannel({ id: CHANNEL, name: 'kr-hankinnat' });
  for (let index = 0; index < STORM; index++) fake.addUser({ id: voterId(index), name: `Vastaaja ${index}` });
  fake.addUser({ id: 'U0PEKKA', name: 'Pekka Peer' });
  app = await createTestApp(database.url, {
    // Real time moved on by the test when it needs a poll's closing time to come.
    clock: () => new Date(Date.now() + clockOffsetMs),
    config: { slack: { botToken: 'xoxb-1000000000001-keino-polls', signingSecret: TEST_SIGNING_SECRET, apiUrl: fake.apiUrl, retryConfig: { retries: 0 } } },
  });
  server = await startServer(app, { port: 0 });
  endpoint = `http://127.0.0.1:${server.port}/slack/events`;
});

afterAll(async () => {
  app?.core.services.polls.refresher.stop();
  await server?.close();
  await app?.close();
  await fake?.close();
  await database?.drop();
});

function voterId(index: number): string {
  return `U0V${String(index).padStart(4, '0')}`;
}

const textOf = (blocks: Json[] = []): string =>
  blocks
    .flatMap((block) => [
      block.text?.text,
      ...(block.fields ?? []).map((field: Json) => field.text),
      ...(block.elements ?? []).map((element: Json) => element.text?.text ?? element.text),
    ])
    .filter(Boolean)
    .join('\n');

let posted = 0;

/**
 * `/keino <text>` in the polls channel. Keino posts the poll as its own message (chat.postMessage,
 * so that it can chat.update it later) and answers the command with a private confirmation.
 */
async function postPoll(text: string, user = CREATOR): Promise<{ ts: string; blocks: Json[]; id: number }> {
  const before = fake.callsTo('chat.postMessage').length;
  const response = await postSignedToSlack(
    endpoint,
    formBody({
      ...fixture('slash-command.json'),
      channel_id: CHANNEL,
      channel_name: 'kr-hankinnat',
      user_id: user,
      text,
      response_url: fake.responseUrl(`poll-${posted}`, { channel: CHANNEL }),
    }),
  );
  expect(response.status).toBe(200);
  // Within the ack window the confirmation is the ack's body; past it (a loaded machine), it comes through the response_url.
  const acked = await response.text();
  const body = (acked ? JSON.parse(acked) : (await fake.waitFor('response_url', (call) => call.path === `/response/poll-${posted}`)).body) as Json;
  expect(body.response_type).toBe('ephemeral');
  const post = fake
    .callsTo('chat.postMessage')
    .slice(before)
    .find((call) => call.body.channel === CHANNEL)!;
  expect(post.response.ok).toBe(true);
  const button = (post.body.blocks as Json[])
    .flatMap((block) => block.elements ?? [])
    .find((element: Json) => String(element.action_id).startsWith('polls.vote::'));
  const id = Number(unsealed(String(button.value)).split(':')[0]);
  expect(textOf(body.blocks) || body.text).toContain(`Kysely #${id} on julkaistu`);
  posted += 1;
  return { ts: post.response.ts, blocks: post.body.blocks, id };
}

/** A click on a button of the poll message, as Slack posts it. */
function click(user: string, poll: { ts: string; blocks: Json[] }, label: string, responseName: string): Promise<Response> {
  const elements = poll.blocks.flatMap((block) => block.elements ?? []);
  const button = elements.find((element: Json) => element.type === 'button' && element.text?.text === label);
  if (!button) throw new Error(`no button "${label}"`);
  const payload = fixture('block-actions.json');
  payload.user = { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: FAKE_TEAM };
  payload.container = { type: 'message', message_ts: poll.ts, channel_id: CHANNEL, is_ephemeral: false };
  payload.channel = { id: CHANNEL, name: 'kr-hankinnat' };
  payload.message = { ...payload.message, ts: poll.ts, blocks: poll.blocks };
  payload.response_url = fake.responseUrl(responseName);
  payload.actions = [
    { action_id: button.action_id, block_id: 'poll', text: button.text, value: button.value, type: 'button', action_ts: `${Date.now() / 1000}` },
  ];
  return postSignedToSlack(endpoint, interactionBody(payload));
}

/** The private answer to one click (posted to its response_url). */
async function answerTo(responseName: string): Promise<string> {
  const answer = await fake.waitFor('response_url', (call) => call.path === `/response/${responseName}`);
  return textOf(answer.body.blocks) || answer.body.text;
}

async function until(condition: () => boolean, timeoutMs = 500_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const updatesOf2 = (channel: string, ts: string) => fake.callsTo('chat.update').filter((call) => call.body.ts === ts && call.body.channel === channel);
const updatesOf = (ts: string) => fake.callsTo('chat.update').filter((call) => call.body.ts === ts && call.body.channel === CHANNEL);
/** The poll message as people in the channel see it now (the fake applies only the updates Slack accepts). */
const shownNow = (ts: string): string => textOf(fake.message(CHANNEL, ts)?.blocks);

/** The most chat.update calls for one message within any one second. */
function mostInOneSecond(calls: RecordedCall[]): number {
  let most = 0;
  for (const [index, call] of calls.entries()) {
    most = Math.max(most, calls.slice(index).filter((later) => later.at - call.at < 1000).length);
  }
  return most;
}

describe('polls in Slack', () => {
  it('500 people voting at once: every vote counted exactly once, the poll message updated at most once a second', async () => {
    const poll = await postPoll('poll "Mikä teema seuraavaan tapaamiseen?" "Markkinavuoropuhelu" "Innovaatiot" "Sote" "Vastuullisuus"');
    const labels = ['Markkinavuoropuhelu', 'Innovaatiot', 'Sote', 'Vastuullisuus'];
    // Most are people Keino knows already; the last 50 meet Keino with this click (their profile follows later).
    await Promise.all(
      Array.from({ length: STORM - 50 }, (_, index) =>
        app.core.services.people.resolve({ platform: 'slack', tenantId: FAKE_TEAM, userId: voterId(index) }, async () => ({ name: `Vastaaja ${index}` })),
      ),
    );
    const started = Date.now();
    const responses = await Promise.all(Array.from({ length: STORM }, (_, index) => click(voterId(index), poll, labels[index % 4]!, `storm-${index}`)));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    // Every voter hears privately that the vote is in.
    await until(() => fake.callsTo('response_url').filter((call) => call.path.startsWith('/response/storm-')).length === STORM);
    const stormEnded = Date.now();
    await app.core.services.polls.refresher.idle();

    const answers = fake.callsTo('response_url').filter((call) => call.path.startsWith('/response/storm-'));
    expect(answers.every((call) => call.body.response_type === 'ephemeral' && textOf(call.body.blocks).includes('Äänesi on kirjattu'))).toBe(true);

    const updates = updatesOf(poll.ts);
    const seconds = Math.max(1, (updates.at(-1)!.at - started) / 1000);
    console.info(
      `[polls] ${STORM} votes in ${((stormEnded - started) / 1000).toFixed(1)} s; chat.update ${updates.length} times over ${seconds.toFixed(1)} s; most in one second: ${mostInOneSecond(updates)}`,
    );
    expect(updates.length).toBeGreaterThanOrEqual(1);
    // The refresher starts an update of the message once a second at most (start to start); on their way
    // to Slack two may come closer by their own differing durations (as in the Teams poll test), so
    // arrivals are held to half a second apart, and the count in any one second stays under the storm's.
    for (const [index, update] of updates.entries()) {
      expect(
        updates.slice(index).filter((later) => later.at - update.at < 500),
        JSON.stringify(updates.map((later) => later.at - updates[0]!.at)),
      ).toHaveLength(1);
    }
    expect(mostInOneSecond(updates)).toBeLessThanOrEqual(2);
    // Slack took every update, and the message in the channel shows every vote: 125 for each
    // option, 500 voters, and their names.
    expect(updates.every((call) => call.response?.ok === true)).toBe(true);
    const last = shownNow(poll.ts);
    for (const label of labels) expect(last).toMatch(new RegExp(`${label}\\n\\S+ 125/500 \\(25 %\\)`));
    expect(last).toContain('500 ääntä, 500 vastaajaa');
    const poll500 = (await app.core.services.polls.find(poll.id))!;
    expect((await app.core.services.polls.tally(poll500)).counts).toEqual([125, 125, 125, 125]);
    // Clicks never replace the message one by one: no chat.update beyond the coalesced ones, no response_url replace.
    expect(answers.some((call) => call.body.replace_original === true)).toBe(false);
  }, 600_000);

  it('with no arguments opens a modal, shows a problem on the options field, and posts the poll in the channel', async () => {
    const opened = fake.callsTo('views.open').length;
    await postSignedToSlack(
      endpoint,
      formBody({
        ...fixture('slash-command.json'),
        channel_id: CHANNEL,
        channel_name: 'kr-hankinnat',
        text: 'kysely',
        response_url: fake.responseUrl('form'),
        trigger_id: fake.triggerId(),
      }),
    );
    await until(() => fake.callsTo('views.open').length > opened, 10_000);
    expect(fake.callsTo('views.open').at(-1)!.response.ok).toBe(true);
    const view = fake.callsTo('views.open').at(-1)!.body.view;
    expect((view.blocks as Json[]).map((block) => block.block_id)).toEqual(['question', 'options', 'anonymous', 'multi', 'closes']);

    const submission = (options: string): Json => {
      const payload = fixture('view-submission.json');
      payload.view.callback_id = view.callback_id;
      payload.view.private_metadata = view.private_metadata;
      payload.view.state.values = {
        question: { question: { type: 'plain_text_input', value: 'Lounaspaikka?' } },
        options: { options: { type: 'plain_text_input', value: options } },
        anonymous: { anonymous: { type: 'static_select', selected_option: { value: 'anonymous' } } },
        multi: { multi: { type: 'number_input', value: null } },
        closes: { closes: { type: 'plain_text_input', value: null } },
      };
      return payload;
    };
    const refused = await postSignedToSlack(endpoint, interactionBody(submission('Pizza\nPizza')));
    expect(await refused.json()).toEqual({
      response_action: 'errors',
      errors: { options: 'Vaihtoehto ”Pizza” on mukana kahdesti. Jokaisen vaihtoehdon pitää olla eri.' },
    });

    const before = fake.callsTo('chat.postMessage').length;
    const accepted = await postSignedToSlack(endpoint, interactionBody(submission('Pizza\nKeitto\nSalaatti')));
    expect(accepted.status).toBe(200);
    await until(
      () =>
        fake
          .callsTo('chat.postMessage')
          .slice(before)
          .some((call) => call.body.channel === CHANNEL),
      10_000,
    );
    const posted = fake
      .callsTo('chat.postMessage')
      .slice(before)
      .find((call) => call.body.channel === CHANNEL)!;
    const text = textOf(posted.body.blocks);
    expect(text).toContain('Lounaspaikka?');
    expect(text).toContain('Anonyymi kysely');
    expect(text).toContain('Salaatti');
  });

  it('toggles a vote and holds the --multi limit', async () => {
    const poll = await postPoll('kysely "Mitkä päivät sopivat?" "Ma" "Ti" "Ke" --monivalinta 2');
    await click('U0PEKKA', poll, 'Ma', 'multi-1');
    expect(await answerTo('multi-1')).toContain('Olet valinnut 1/2');
    // Pekka met Keino with this click, under his user name; his profile (users.info) follows from its job.
    await app.scheduler.runner.tick();
    await click('U0PEKKA', poll, 'Ti', 'multi-2');
    expect(await answerTo('multi-2')).toContain('Olet valinnut 2/2');
    await click('U0PEKKA', poll, 'Ke', 'multi-3');
    expect(await answerTo('multi-3')).toContain('Voit valita enintään 2 vaihtoehtoa');
    await click('U0PEKKA', poll, 'Ma', 'multi-4');
    expect(await answerTo('multi-4')).toContain('Peruit äänesi: *Ma*');
    await app.core.services.polls.refresher.idle();
    await until(() => shownNow(poll.ts).includes('1/1 (100 %)'), 5_000);
    const last = shownNow(poll.ts);
    expect(last).toMatch(/Ma\n\S+ 0\/1 \(0 %\)/);
    expect(last).toMatch(/Ti\n\S+ 1\/1 \(100 %\)/);
    expect(last).toMatch(/Ke\n\S+ 0\/1 \(0 %\)/);
    expect(last).toContain('Pekka Peer');
  });

  it('an anonymous poll shows no names, and its export for the creator has counts and no names', async () => {
    const poll = await postPoll('poll "Onko ryhmästä ollut hyötyä?" "Kyllä" "Ei" --anonymous');
    await click('U0PEKKA', poll, 'Kyllä', 'anon-1');
    await click(voterId(1), poll, 'Ei', 'anon-2');
    expect(await answerTo('anon-1')).toContain('Vastauksesi on anonyymi');
    await answerTo('anon-2');
    await app.core.services.polls.refresher.idle();
    await until(() => shownNow(poll.ts).includes('2 ääntä'), 30_000);
    const shown = shownNow(poll.ts);
    expect(shown).toContain('Anonyymi kysely');
    expect(shown).not.toContain('Pekka');

    const uploadsBefore = fake.callsTo('file_upload').length;
    const isCompletedCsv = (upload: FakeUpload) => upload.completed && upload.filename.endsWith('.csv');
    await postSignedToSlack(
      endpoint,
      formBody({ ...fixture('slash-command.json'), channel_id: CHANNEL, text: `poll results ${poll.id}`, response_url: fake.responseUrl('results') }),
    );
    await until(() => fake.callsTo('file_upload').length > uploadsBefore && [...fake.uploads.values()].some(isCompletedCsv), 30_000);
    const csv = [...fake.uploads.values()].filter(isCompletedCsv).at(-1)!.content!.toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\nKyllä;1\r\n');
    expect(csv).toContain('\r\nEi;1\r\n');
    expect(csv).not.toMatch(/Pekka|Vastaaja/);
  });

  it('closes on time through the scheduler: the poll message shows the final results and the channel is told', async () => {
    const poll = await postPoll('poll "Sulkeutuuko ajallaan?" "Kyllä" "Ei" --closes 2h');
    await click('U0PEKKA', poll, 'Kyllä', 'timed-1');
    await answerTo('timed-1');
    const job = await app.core.services.jobs.find(`poll-close:${poll.id}`);
    expect(job?.dueAt.getTime()).toBe((await app.core.services.polls.find(poll.id))!.closesAt!.getTime());

    await app.scheduler.runner.tick();
    expect((await app.core.services.polls.find(poll.id))?.state).toBe('open');

    clockOffsetMs = 2 * 3600_000 + 30_000;
    const posted = fake.callsTo('chat.postMessage').length;
    await app.scheduler.runner.tick();
    const closed = (await app.core.services.polls.find(poll.id))!;
    expect(closed.state).toBe('closed');
    expect(closed.closedAt?.getTime()).toBe(closed.closesAt?.getTime());
    const announcement = fake
      .callsTo('chat.postMessage')
      .slice(posted)
      .find((call) => call.body.channel === CHANNEL);
    expect(textOf(announcement?.body.blocks)).toContain('Kysely ”Sulkeutuuko ajallaan?” on päättynyt');
    await app.core.services.polls.refresher.idle();
    await until(() => shownNow(poll.ts).includes('lopulliset tulokset'), 5_000);
    const final = fake.message(CHANNEL, poll.ts)!.blocks as Json[];
    const buttons = final.flatMap((block) => (block.type === 'actions' ? block.elements : []));
    expect(buttons.map((button: Json) => button.text.text)).toEqual(['Tulokset (CSV)']);

    await click('U0PEKKA', poll, 'Ei', 'timed-late');
    expect(await answerTo('timed-late')).toContain('Tämä kysely on päättynyt');
    clockOffsetMs = 0;
  });

  it('in a public channel Keino is not in, Keino joins it and posts the poll there', async () => {
    fake.addChannel({ id: 'C0OUTSIDE', name: 'yleinen', isMember: false });
    const before = fake.callsTo('chat.postMessage').length;
    const response = await postSignedToSlack(
      endpoint,
      formBody({
        ...fixture('slash-command.json'),
        channel_id: 'C0OUTSIDE',
        channel_name: 'yleinen',
        text: 'kysely "Kahvia vai teetä?" "Kahvia" "Teetä"',
        response_url: fake.responseUrl('outside'),
      }),
    );
    const body = (await response.json()) as Json;
    expect(body.response_type).toBe('ephemeral');
    expect(fake.callsTo('conversations.join').map((call) => call.body.channel)).toEqual(['C0OUTSIDE']);
    expect(fake.channel('C0OUTSIDE')!.is_member).toBe(true);
    const posts = fake
      .callsTo('chat.postMessage')
      .slice(before)
      .filter((call) => call.body.channel === 'C0OUTSIDE');
    expect(posts.map((call) => call.response.error ?? 'ok')).toEqual(['not_in_channel', 'ok']);
    expect(textOf(fake.messagesIn('C0OUTSIDE').at(-1)!.blocks)).toContain('Kahvia vai teetä?');
  });

  it('in a private channel or a direct message between people Keino is not in, it says how to add it and creates nothing', async () => {
    fake.addChannel({ id: 'C0SECRET', name: 'salainen', isPrivate: true, isMember: false });
    fake.addChannel({ id: 'D0PEOPLE', name: 'directmessage', isPrivate: true, isMember: false });
    const pollsBefore = await database.db.execute(sql`select count(*)::int as n from polls`);
    for (const [channel, name] of [
      ['C0SECRET', 'salainen'],
      ['D0PEOPLE', 'directmessage'],
    ] as const) {
      const response = await postSignedToSlack(
        endpoint,
        formBody({
          ...fixture('slash-command.json'),
          channel_id: channel,
          channel_name: name,
          text: 'kysely "Salainen?" "Kyllä" "Ei"',
          response_url: fake.responseUrl(`secret-${channel}`),
        }),
      );
      const body = (await response.json()) as Json;
      expect(body.response_type).toBe('ephemeral');
      expect(textOf(body.blocks) || body.text).toContain('/invite @Keino');
      expect(fake.messagesIn(channel)).toEqual([]);
    }
    expect(fake.callsTo('conversations.join').map((call) => call.body.channel)).not.toContain('D0PEOPLE');
    const pollsAfter = await database.db.execute(sql`select count(*)::int as n from polls`);
    expect(rowsOf<{ n: number }>(pollsAfter)[0]!.n).toBe(rowsOf<{ n: number }>(pollsBefore)[0]!.n);
  });

  it('a poll message that can no longer be updated is tried once, recorded, and its results stay readable', async () => {
    fake.addChannel({ id: 'C0ENDING', name: 'paattyva' });
    const response = await postSignedToSlack(
      endpoint,
      formBody({
        ...fixture('slash-command.json'),
        channel_id: 'C0ENDING',
        channel_name: 'paattyva',
        text: 'kysely "Jatketaanko?" "Kyllä" "Ei"',
        response_url: fake.responseUrl('ending'),
      }),
    );
    expect(response.status).toBe(200);
    const message = fake.messagesIn('C0ENDING').at(-1)!;
    const id = Number(
      unsealed(
        String(
          (message.blocks as Json[]).flatMap((block) => block.elements ?? []).find((element: Json) => String(element.action_id).startsWith('polls.vote::'))
            .value,
        ),
      ).split(':')[0],
    );
    fake.archiveChannel('C0ENDING');
    const poll = { ts: message.ts, blocks: message.blocks! };
    const vote = (user: string, label: string, name: string) => {
      const elements = poll.blocks.flatMap((block: Json) => block.elements ?? []);
      const button = elements.find((element: Json) => element.type === 'button' && element.text?.text === label);
      const payload = fixture('block-actions.json');
      payload.user = { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: FAKE_TEAM };
      payload.container = { type: 'message', message_ts: poll.ts, channel_id: 'C0ENDING', is_ephemeral: false };
      payload.channel = { id: 'C0ENDING', name: 'paattyva' };
      payload.message = { ...payload.message, ts: poll.ts, blocks: poll.blocks };
      payload.response_url = fake.responseUrl(name);
      payload.actions = [
        { action_id: button.action_id, block_id: 'poll', text: button.text, value: button.value, type: 'button', action_ts: `${Date.now() / 1000}` },
      ];
      return postSignedToSlack(endpoint, interactionBody(payload));
    };
    await vote('U0PEKKA', 'Kyllä', 'ending-1');
    await answerTo('ending-1');
    await app.core.services.polls.refresher.idle();
    await until(() => updatesOf2('C0ENDING', message.ts).length === 1, 5_000);
    // More votes after the refusal: no more chat.update for that message.
    await vote(voterId(7), 'Ei', 'ending-2');
    await answerTo('ending-2');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await app.core.services.polls.refresher.idle();
    expect(updatesOf2('C0ENDING', message.ts).map((call) => call.response.error)).toEqual(['is_archived']);
    const [stored] = await app.core.services.polls.messagesOf(id);
    expect(stored!.unreachable?.reason).toBe('is_archived');
    // The creator still has the results.
    const results = await postSignedToSlack(
      endpoint,
      formBody({ ...fixture('slash-command.json'), channel_id: CHANNEL, text: `poll results ${id}`, response_url: fake.responseUrl('ending-results') }),
    );
    // Drawing the chart may outlast the ack window: the results come through the response_url.
    expect(results.status).toBe(200);
    const shown = await fake.waitFor('response_url', (call) => call.path === '/response/ending-results');
    const image = (shown.body.blocks as Json[]).find((block) => block.type === 'image');
    expect(image.alt_text).toMatch(/Kyllä 1, Ei 1/);
    expect(fake.uploads.get(image.slack_file.id)?.completed).toBe(true);
  });

  it('a click on a poll shown as a command response (which Keino cannot update) costs one refused update, not one a second', async () => {
    const poll = await postPoll('kysely "Vanha tapa?" "Kyllä" "Ei"');
    // As in Keino's earlier versions: the poll shown as the command's in_channel response.
    const responseTs = fake.postAcknowledgement(CHANNEL, { blocks: poll.blocks });
    const legacy = { ts: responseTs, blocks: poll.blocks };
    await click('U0PEKKA', legacy, 'Kyllä', 'legacy-1');
    await answerTo('legacy-1');
    await app.core.services.polls.refresher.idle();
    await until(() => updatesOf(responseTs).length === 1, 5_000);
    await click(voterId(8), legacy, 'Ei', 'legacy-2');
    await answerTo('legacy-2');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await app.core.services.polls.refresher.idle();
    expect(updatesOf(responseTs).map((call) => call.response.error)).toEqual(['cant_update_message']);
    // Keino's own message shows both votes.
    await until(() => shownNow(poll.ts).includes('2 ääntä'), 30_000);
  });
});
