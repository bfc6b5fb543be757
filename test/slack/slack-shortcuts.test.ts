import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { WHERE_BLOCK } from '../../src/platforms/slack/form-modal.js';
import { SHORTCUT_CALLBACK } from '../../src/platforms/slack/shortcuts.js';
import { viewViolations } from '../helpers/block-kit-limits.js';
import type { RecordedCall } from '../helpers/fake-slack-api.js';
import { importTestFaq } from '../helpers/faq-fixtures.js';
import { formBody, interactionBody, postSignedToSlack } from '../helpers/slack-signing.js';
import { startSlackTestServer, type SlackTestServer } from '../helpers/slack-test-server.js';

type Json = any;

/**
 * Keino's Slack shortcuts through the real server and the fake Slack: "New poll" (global),
 * "Ask Keino about this" and "Send to experts" (on a message), signed as Slack signs them, in
 * Finnish, Swedish and English; and what a sender can do with them.
 */

const ALICE = { id: 'U0ALICE', name: 'alice' };
const SVEN = { id: 'U0SVEN', name: 'sven' };
const EMMA = { id: 'U0EMMA', name: 'emma' };
const PEOPLE = [
  { who: ALICE, lang: 'fi' },
  { who: SVEN, lang: 'sv' },
  { who: EMMA, lang: 'en' },
] as const;

let slack: SlackTestServer;

beforeAll(async () => {
  slack = await startSlackTestServer();
  const { fake, app } = slack;
  fake.addUser({ id: SVEN.id, name: 'Sven Strand', locale: 'sv-SE' });
  fake.addUser({ id: EMMA.id, name: 'Emma Evans', locale: 'en-GB' });
  fake.addChannel({ id: 'C0GROUP', name: 'kr-sote' });
  fake.addChannel({ id: 'C0EXPERTS', name: 'asiantuntijat' });
  fake.addChannel({ id: 'C0OPEN', name: 'yleinen', isMember: false });
  fake.addChannel({ id: 'G0SECRET', name: 'salainen', isPrivate: true, isMember: false });
  await importTestFaq(app.core.services.faq);
  for (const { who, lang } of PEOPLE) {
    const response = await postSignedToSlack(
      slack.endpoint,
      formBody({
        team_id: 'T0KEINO',
        channel_id: 'C0GROUP',
        channel_name: 'kr-sote',
        user_id: who.id,
        user_name: who.name,
        command: '/keino',
        text: `lang ${lang}`,
        trigger_id: fake.triggerId(),
        response_url: fake.responseUrl(`lang-${who.id}`),
      }),
    );
    expect(response.status).toBe(200);
  }
});
afterAll(() => slack?.close());
beforeEach(() => slack.fake.reset());

const interact = (payload: Json) => postSignedToSlack(slack.endpoint, interactionBody(payload));
const count = async (table: string) => Number(rowsOf<{ n: number }>(await slack.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
const textOf = (value: unknown): string => JSON.stringify(value);

/** The modal the shortcut opened, once Keino has put the core's answer in it (views.update). */
async function filledModal(): Promise<{ id: string; view: Json }> {
  const opened = await slack.fake.waitFor('views.open');
  const update = await slack.fake.waitFor('views.update');
  expect(update.body.view_id).toBe(opened.response.view.id);
  expect(viewViolations(update.body.view)).toEqual([]);
  return { id: update.body.view_id, view: update.body.view };
}

const pollValues = (channel: string | undefined, question: string) => ({
  ...(channel ? { [WHERE_BLOCK]: { channel: { type: 'conversations_select', selected_conversation: channel } } } : {}),
  question: { question: { type: 'plain_text_input', value: question } },
  options: { options: { type: 'plain_text_input', value: 'Kyllä\nEi' } },
  anonymous: { anonymous: { type: 'static_select', selected_option: { value: 'named', text: { type: 'plain_text', text: 'named' } } } },
  multi: { multi: { type: 'number_input', value: null } },
  closes: { closes: { type: 'plain_text_input', value: null } },
});

describe('the manifest', () => {
  it('declares the three shortcuts with the callback ids Keino listens to', () => {
    const manifest = parseYaml(readFileSync(new URL('../../manifests/slack/manifest.yaml', import.meta.url), 'utf8'));
    const shortcuts = manifest.features.shortcuts.map(({ type, callback_id }: Json) => ({ type, callback_id }));
    expect(shortcuts).toEqual([
      { type: 'global', callback_id: SHORTCUT_CALLBACK.newPoll },
      { type: 'message', callback_id: SHORTCUT_CALLBACK.askAbout },
      { type: 'message', callback_id: SHORTCUT_CALLBACK.sendToExperts },
    ]);
    for (const shortcut of manifest.features.shortcuts) {
      // Slack's limits for a shortcut: name 24 characters, description 150.
      expect(shortcut.name.length).toBeLessThanOrEqual(24);
      expect(shortcut.description.length).toBeLessThanOrEqual(150);
    }
  });
});

describe('"New poll" (global shortcut)', () => {
  it.each([
    [ALICE, 'Uusi kysely', 'Kanava, johon kysely julkaistaan', 'Kysely #'],
    [SVEN, 'Ny omröstning', 'Kanal där omröstningen publiceras', 'Omröstning #'],
    [EMMA, 'New poll', 'Channel to post the poll in', 'Poll #'],
  ])('opens the poll form with a channel picker and posts the poll where picked (%s)', async (who, title, pickLabel, confirmation) => {
    const started = Date.now();
    const response = await interact(slack.fake.globalShortcut(SHORTCUT_CALLBACK.newPoll, who));
    expect(response.status).toBe(200);
    const opened = await slack.fake.waitFor('views.open');
    // Opened with the trigger, within its three seconds; the form follows in views.update.
    expect(opened.response.ok).toBe(true);
    expect(opened.at - started).toBeLessThan(3000);
    const { id, view } = await filledModal();
    expect(view.title.text).toBe(title);
    expect(view.blocks[0]).toMatchObject({ type: 'input', block_id: WHERE_BLOCK, label: { text: pickLabel }, element: { type: 'conversations_select' } });

    const polls = await count('polls');
    const submitted = await interact(slack.fake.viewSubmission(id, pollValues('C0GROUP', `Kahvia ${who.name}?`), who));
    expect(submitted.status).toBe(200);
    const post = await slack.fake.waitFor('chat.postMessage', (call) => call.body.channel === 'C0GROUP');
    expect(textOf(post.body.blocks)).toContain(`Kahvia ${who.name}?`);
    expect(await count('polls')).toBe(polls + 1);
    // Keino's own message, which it can update as votes come in.
    expect(slack.fake.message('C0GROUP', post.response.ts)?.author).toBe('keino');
    const confirm = await slack.fake.waitFor('chat.postEphemeral', (call) => call.body.user === who.id);
    expect(confirm.body.channel).toBe('C0GROUP');
    expect(textOf(confirm.body)).toContain(confirmation);
  });

  it('joins a public channel Keino is not in, and in a private one says how to invite Keino and creates nothing', async () => {
    await interact(slack.fake.globalShortcut(SHORTCUT_CALLBACK.newPoll, ALICE));
    const open = await filledModal();
    await interact(slack.fake.viewSubmission(open.id, pollValues('C0OPEN', 'Julkinen kysely?'), ALICE));
    await slack.fake.waitFor('chat.postMessage', (call) => call.body.channel === 'C0OPEN' && call.response?.ok === true);
    expect(slack.fake.callsTo('conversations.join').map((call) => call.body.channel)).toEqual(['C0OPEN']);

    slack.fake.reset();
    const polls = await count('polls');
    await interact(slack.fake.globalShortcut(SHORTCUT_CALLBACK.newPoll, ALICE));
    const secret = await filledModal();
    await interact(slack.fake.viewSubmission(secret.id, pollValues('G0SECRET', 'Salainen kysely?'), ALICE));
    // The ephemeral cannot show in a channel Keino is not in: the word comes in Keino's DM.
    const told = await slack.fake.waitFor('chat.postMessage', (call) => call.body.channel === 'D0ALICE');
    expect(textOf(told.body)).toContain('/invite @Keino');
    expect(await count('polls')).toBe(polls);
    expect(slack.fake.callsTo('chat.postMessage').filter((call) => call.response?.ok && call.body.channel === 'G0SECRET')).toEqual([]);
  });

  it('keeps the modal open with a note on the picker when no channel came with the submission', async () => {
    await interact(slack.fake.globalShortcut(SHORTCUT_CALLBACK.newPoll, ALICE));
    const { id } = await filledModal();
    const polls = await count('polls');
    const response = await interact(slack.fake.viewSubmission(id, pollValues(undefined, 'Minne?'), ALICE));
    expect(await response.json()).toEqual({ response_action: 'errors', errors: { [WHERE_BLOCK]: 'Valitse kanava, johon Keino kirjoittaa.' } });
    expect(await count('polls')).toBe(polls);
  });
});

describe('"Ask Keino about this" (message shortcut)', () => {
  it.each([
    [ALICE, 'Mitkä ovat EU-kynnysarvot?', 'Mitkä ovat EU-kynnysarvot?'],
    [SVEN, 'Hur avropar vi från ett ramavtal?', 'Hur avropar vi från ett ramavtal?'],
    [EMMA, 'How can procurement support the circular economy?', 'How can procurement support the circular economy?'],
  ])('answers the message’s question from the FAQ for the person alone (%s)', async (who, question, entry) => {
    const payload = slack.fake.messageShortcut(SHORTCUT_CALLBACK.askAbout, { channel: 'C0GROUP', text: question, user: who });
    const response = await interact(payload);
    expect(response.status).toBe(200);
    const answer = await slack.fake.waitFor('response_url', (call) => call.path === new URL(payload.response_url).pathname);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(textOf(answer.body.blocks)).toContain(entry);
    // Nobody else sees it: nothing posted in the channel.
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('says politely that a message without text has nothing to ask', async () => {
    const payload = slack.fake.messageShortcut(SHORTCUT_CALLBACK.askAbout, { channel: 'C0GROUP', text: '', user: EMMA });
    await interact(payload);
    const answer = await slack.fake.waitFor('response_url', (call) => call.path === new URL(payload.response_url).pathname);
    expect(answer.body.response_type).toBe('ephemeral');
    expect(textOf(answer.body)).toContain('The message has no text to ask about');
  });
});

describe('"Send to experts" (message shortcut)', () => {
  beforeAll(async () => {
    await slack.app.core.services.channels.link('experts', { platform: 'slack', tenantId: 'T0KEINO', channelId: 'C0EXPERTS', kind: 'channel' }, null);
  });

  const expertPost = (question: string) =>
    slack.fake.waitFor('chat.postMessage', (call: RecordedCall) => call.body.channel === 'C0EXPERTS' && textOf(call.body).includes(question));

  it.each([
    [ALICE, 'Saako pyöräparkin hankkia suorahankintana?', 'Lähetä asiantuntijoille', 'Kysymyksesi välitettiin asiantuntijoille'],
    [SVEN, 'Får vi köpa cykelparkeringen direkt?', 'Skicka till experterna', 'Din fråga skickades till experterna'],
    [EMMA, 'May we buy the bicycle racks directly?', 'Send to the experts', 'Your question went to the experts'],
  ])('opens the expert form with the message quoted and sends it on (%s)', async (who, question, title, sent) => {
    await interact(slack.fake.messageShortcut(SHORTCUT_CALLBACK.sendToExperts, { channel: 'C0GROUP', text: question, user: who }));
    const { id, view } = await filledModal();
    expect(view.title.text).toBe(title);
    expect(view.blocks[0].element).toMatchObject({ type: 'plain_text_input', initial_value: question });
    expect(view.blocks[0].hint.text).toContain(question);
    const requests = await count('faq_expert_requests');
    const submitted = await interact(slack.fake.viewSubmission(id, { question: { question: { type: 'plain_text_input', value: question } } }, who));
    expect(submitted.status).toBe(200);
    const told = await slack.fake.waitFor('chat.postEphemeral', (call) => call.body.user === who.id);
    expect(told.body.channel).toBe('C0GROUP');
    expect(textOf(told.body)).toContain(sent);
    expect(await count('faq_expert_requests')).toBe(requests + 1);
    await slack.app.scheduler.runner.tick();
    await expertPost(question);
  });
});

describe('attacks on shortcuts', () => {
  it('does nothing for a shortcut from a person in another workspace or organisation', async () => {
    const people = await count('people');
    for (const payload of [
      slack.fake.globalShortcut(SHORTCUT_CALLBACK.newPoll, { id: 'U0MALLORY', name: 'mallory', teamId: 'T0OTHER' }),
      slack.fake.messageShortcut(SHORTCUT_CALLBACK.askAbout, {
        channel: 'C0GROUP',
        text: 'Mitkä ovat EU-kynnysarvot?',
        user: { id: 'U0MALLORY', name: 'mallory', teamId: 'T0OTHER' },
      }),
      {
        ...slack.fake.globalShortcut(SHORTCUT_CALLBACK.newPoll, ALICE),
        team: { id: 'E0OTHERORG', domain: 'other' },
        user: { id: 'U0ALICE', username: 'alice', team_id: 'E0OTHERORG' },
      },
    ]) {
      const response = await interact(payload);
      expect(response.status).toBe(200);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.fake.callsTo('views.open')).toEqual([]);
    expect(slack.fake.callsTo('response_url')).toEqual([]);
    expect(await count('people')).toBe(people);
  });

  it('refuses an expert form whose private_metadata was altered, and sends nothing to the experts', async () => {
    await interact(slack.fake.messageShortcut(SHORTCUT_CALLBACK.sendToExperts, { channel: 'C0GROUP', text: 'Alkuperäinen viesti', user: ALICE }));
    const { id, view } = await filledModal();
    const metadata = JSON.parse(view.private_metadata);
    const forged = { ...metadata, context: metadata.context.replace(/\.[^.]*$/, '.Jotain aivan muuta') };
    slack.fake.views.get(id)!.view = { ...view, private_metadata: JSON.stringify(forged) };
    const requests = await count('faq_expert_requests');
    const questions = await count('faq_questions');
    await interact(slack.fake.viewSubmission(id, { question: { question: { type: 'plain_text_input', value: 'Alkuperäinen viesti' } } }, ALICE));
    const told = await slack.fake.waitFor('chat.postEphemeral', (call) => call.body.user === ALICE.id);
    expect(textOf(told.body)).toContain('Tätä painiketta ei voi käyttää täällä');
    expect(await count('faq_expert_requests')).toBe(requests);
    expect(await count('faq_questions')).toBe(questions);
  });
});
