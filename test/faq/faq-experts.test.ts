import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import { FakeBotConnector, type FakeTeamsMember } from '../helpers/fake-bot-connector.js';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.js';
import { importTestFaq } from '../helpers/faq-fixtures.js';
import { eventBody, formBody, interactionBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { postActivity, teamsActivity, type ActivityJson } from '../helpers/teams-activities.js';
import { createTestApp } from '../helpers/test-app.js';
import { runningClockFrom } from '../helpers/scheduled-time.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));

/** Alice is on Slack (the fixtures' U0ALICE, an admin); Bob and Carla are on Teams. */
const ALICE_EMAIL = 'alice.aaltonen@example.com';
const BOB: FakeTeamsMember = {
  id: '29:1BobBergExpertPlaceholderTeamsUserId0000000000000000000000000000000000002',
  name: 'Bob Berg',
  aadObjectId: 'b0b00000-0000-4000-8000-000000000002',
  email: 'bob.berg@kunta.fi',
};
const CARLA: FakeTeamsMember = {
  id: '29:1CarlaCarlsonPlaceholderTeamsUserId00000000000000000000000000000000000003',
  name: 'Carla Carlson',
  aadObjectId: 'ca71a000-0000-4000-8000-000000000003',
  email: 'carla@kunta.fi',
};
const CARLA_CHAT = 'a:1KeinoPersonalChatWithCarlaPlaceholderConversationId0000000000000000000000000000003';
const EXPERTS_CHANNEL = '19:asiantuntijat000000000000000000@thread.tacv2';

let database: TestDatabase;
let slack: FakeSlackApi;
let connector: FakeBotConnector;
let app: KeinoApp;
let server: RunningServer;
let slackEndpoint: string;
/** A working Tuesday at 10:00 in Helsinki, whenever the test runs: an answer at night would wait for the morning. */
const clock = runningClockFrom(new Date('2026-12-01T08:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  slack = await FakeSlackApi.start();
  connector = await FakeBotConnector.start();
  connector.addMember(BOB);
  connector.addMember(CARLA);
  slack.addChannel({ id: 'C0GROUP', name: 'kr-sote' });
  // Slack and Teams at once, on one server: the asker may be on one and the experts on the other.
  app = await createTestApp(database.url, {
    clock,
    config: {
      admins: [ALICE_EMAIL, BOB.email!],
      teams: { appType: 'MultiTenant', unauthenticated: true },
      slack: { botToken: 'xoxb-1000000000001-keino-faq', signingSecret: TEST_SIGNING_SECRET, apiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    },
  });
  await importTestFaq(app.core.services.faq);
  await app.core.services.faq.import(
    [
      {
        id: 'sote-laatu',
        locale: 'fi',
        question: 'Miten sote-palvelujen laatua arvioidaan hankinnassa?',
        answer: 'Laatua arvioidaan esimerkiksi asiakaspalautteella ja henkilöstön pätevyydellä.',
        tags: ['sote', 'laatu'],
        alternatives: [],
      },
    ],
    null,
    'test',
  );
  server = await startServer(app, { port: 0 });
  slackEndpoint = `http://127.0.0.1:${server.port}/slack/events`;
});
afterAll(async () => {
  await server?.close();
  await app?.close();
  await slack?.close();
  await connector?.close();
  await database?.drop();
});

/** The scheduler's tick, as every instance runs it: posts to the experts and answers to the askers go out here. */
const runJobs = () => new JobRunner({ jobs: app.core.services.jobs, clock, logger: silentLogger, instanceId: 'faq-experts' }).tick();

const slackText = (blocks: Json[]): string =>
  blocks
    .flatMap((block) => [
      block.text?.text,
      ...(block.fields ?? []).map((field: Json) => field.text),
      ...(block.elements ?? []).map((element: Json) => element.text?.text ?? element.text),
    ])
    .filter(Boolean)
    .join('\n');

function slackButton(call: RecordedCall, actionId: string): Json {
  const buttons = (call.body.blocks as Json[]).flatMap((block) => (block.type === 'actions' ? block.elements : []));
  const button = buttons.find((element: Json) => String(element.action_id).startsWith(`${actionId}::`));
  expect(button, `a ${actionId} button`).toBeDefined();
  return button;
}

let eventSequence = 0;
/** Alice writes to Keino in her direct messages. */
function directMessage(text: string) {
  const envelope = fixture('event-message-im.json');
  const n = ++eventSequence;
  envelope.event_id = `Ev0FAQ${n}`;
  envelope.event = { ...envelope.event, text, ts: `17410005${n}.000100`, event_ts: `17410005${n}.000100`, client_msg_id: `faq-${n}` };
  return postSignedToSlack(slackEndpoint, eventBody(envelope));
}

/** Alice clicks a button on a message Keino sent in a Slack channel or her direct messages. */
function slackClick(button: Json, channel: string, messageTs: string, responseName: string) {
  const payload = fixture('block-actions.json');
  payload.container = { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: false };
  payload.channel = { id: channel, name: channel.startsWith('D') ? 'directmessage' : 'kr-sote' };
  payload.message = { ...payload.message, ts: messageTs };
  payload.actions = [{ type: 'button', action_id: button.action_id, block_id: 'b1', value: button.value, text: button.text, action_ts: '1741000600.000100' }];
  payload.response_url = slack.responseUrl(responseName);
  payload.trigger_id = slack.triggerId();
  return postSignedToSlack(slackEndpoint, interactionBody(payload));
}

const teamsChannelMention = (command: string, from: FakeTeamsMember) => {
  const id = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return teamsActivity('message-channel-mention', connector.url, {
    id,
    text: `<at>Keino</at> ${command}`,
    attachments: [{ contentType: 'text/html', content: `<p><at>Keino</at> ${command}</p>` }],
    from,
    conversation: { id: `${EXPERTS_CHANNEL};messageid=${id}` },
  });
};
const teamsClick = (verb: string, data: ActivityJson, conversation: ActivityJson, from: FakeTeamsMember, replyToId?: string) =>
  teamsActivity('invoke-adaptive-card-action', connector.url, {
    from,
    conversation,
    ...(replyToId ? { replyToId } : {}),
    value: { action: { type: 'Action.Execute', title: 'x', verb, data }, trigger: 'manual' },
  });
const teamsChannel = { conversationType: 'channel', isGroup: true, tenantId: '7e4a0000-0000-4000-8000-00000000c0de', id: EXPERTS_CHANNEL };

function cardAction(card: Json, verb: string): Json {
  const actions: Json[] = [];
  const visit = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Action.Execute') actions.push(node);
    for (const key of ['body', 'items', 'columns', 'actions']) if (node[key]) visit(node[key]);
  };
  visit(card);
  const action = actions.find((candidate) => candidate.verb === verb);
  expect(action, `a ${verb} action`).toBeDefined();
  return action;
}

describe('asking an expert', () => {
  it('a question asked in Slack reaches the experts’ channel in Teams; Bob answers there, Alice gets the answer in Slack, and one click saves it in the FAQ', async () => {
    // Bob, an admin, makes a Teams channel the experts' channel.
    const linked = await postActivity(server.port, teamsChannelMention('kanava liitä asiantuntijat', BOB));
    expect(linked.status).toBe(200);
    expect(
      connector
        .sentTo(EXPERTS_CHANNEL)
        .map((entry) => cardsOf(entry.activity).map(cardText).join('\n'))
        .join('\n'),
    ).toContain('tämä kanava on nyt käytössä: asiantuntijakysymykset');
    connector.clear();

    // Alice asks something the FAQ does not cover, and passes it on to the experts.
    await directMessage('miten varaan kokoushuoneen?');
    const refusal = await slack.waitFor('chat.postMessage', (call) => call.body.channel === 'D0ALICE');
    // Alice met Keino with that message; her profile (her name) follows from its job.
    await runJobs();
    expect(slackText(refusal.body.blocks)).toContain('En löydä tähän varmaa vastausta');
    await slackClick(slackButton(refusal, 'faq.expert.ask'), 'D0ALICE', '1741000500.000100', 'ask-expert');
    const sent = await slack.waitFor('response_url', (call) => call.path === '/response/ask-expert');
    expect(slackText(sent.body.blocks)).toContain('Kysymyksesi välitettiin asiantuntijoille.');

    // The next tick posts it in the Teams channel, with an Answer button.
    await runJobs();
    const [post] = connector.sentTo(EXPERTS_CHANNEL);
    const postCard = cardsOf(post!.activity)[0];
    expect(cardText(postCard)).toContain('Kysymys asiantuntijoille');
    expect(cardText(postCard)).toContain('“miten varaan kokoushuoneen?”');
    expect(cardText(postCard)).toContain('Kysyjä: Alice Aaltonen');
    const answer = cardAction(postCard, 'faq.expert.answer');

    // Bob clicks Answer: the card turns into the answer form for him; he sends his answer.
    const opened = await postActivity(server.port, teamsClick('faq.expert.answer', answer.data, teamsChannel, BOB, post!.id));
    expect(opened.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const form = opened.body!.value;
    expect(cardText(form)).toContain('Vastaa kysymykseen');
    const submit = cardAction(form, 'form:faq.expertAnswer');
    const reply = 'Kokoushuoneet varataan Outlookin tilavarauksella; kysy tarvittaessa toimistopalveluista.';
    const submitted = await postActivity(server.port, teamsClick(submit.verb, { ...submit.data, answer: reply }, teamsChannel, BOB, post!.id));
    expect(cardText(submitted.body!.value)).toContain('Kiitos! Vastauksesi lähetetään kysyjälle.');
    const save = cardAction(submitted.body!.value, 'faq.expert.save');

    // The next tick sends the answer to Alice in her Slack direct messages and marks the post answered.
    slack.reset();
    await runJobs();
    const delivered = await slack.waitFor('chat.postMessage', (call) => slackText(call.body.blocks ?? []).includes('Asiantuntija vastasi kysymykseesi'));
    expect(delivered.body.channel).toMatch(/^D/);
    expect(slackText(delivered.body.blocks)).toContain(reply);
    expect(slackText(delivered.body.blocks)).toContain('Vastasi Bob Berg');
    await vi.waitFor(() =>
      expect(connector.updates.map((update) => cardsOf(update.activity).map(cardText).join('\n')).join('\n')).toContain('Vastattu kysymys'),
    );

    // One click saves it; Alice's next identical question is answered from the FAQ at once.
    connector.clear();
    await postActivity(server.port, teamsClick(save.verb, save.data, teamsChannel, BOB, post!.id));
    // Teams answers a click in a channel privately, in Bob's personal chat.
    expect(
      connector.sent
        .flatMap((entry) => cardsOf(entry.activity))
        .map(cardText)
        .join('\n'),
    ).toContain('Tallennettu UKK:hon tunnuksella asiantuntija-1');
    slack.reset();
    await directMessage('miten varaan kokoushuoneen?');
    const answered = await slack.waitFor('chat.postMessage', (call) => call.body.channel === 'D0ALICE');
    expect(slackText(answered.body.blocks)).toContain(reply);

    const [row] = rowsOf<{ status: string; saved_entry_id: string; routed_to: string }>(
      await database.db.execute(sql`select status, saved_entry_id, routed_to from faq_expert_requests`),
    );
    expect(row).toEqual({ status: 'answered', saved_entry_id: 'asiantuntija-1', routed_to: 'experts' });
  });

  it('a question from Teams goes to the Slack channel linked for its tag; Alice answers in a Slack modal and Carla gets the answer in Teams', async () => {
    // Alice links a Slack channel for questions about SOTE procurement.
    const link = await postSignedToSlack(
      slackEndpoint,
      formBody({ ...fixture('slash-command.json'), text: 'kanava liitä asiantuntijat sote', response_url: slack.responseUrl('link') }),
    );
    expect(link.status).toBe(200);
    const channels = await app.core.services.channels.channelsFor('experts:sote');
    expect(channels.map((channel) => `${channel.platform}:${channel.channelId}`)).toEqual(['slack:C0GROUP']);

    // Carla asks in her Teams personal chat and wants an expert's view.
    const question = 'miten sote-palvelujen laatua arvioidaan hankinnassa?';
    const asked = teamsActivity('message-personal', connector.url, {
      text: question,
      attachments: [{ contentType: 'text/html', content: `<p>${question}</p>` }],
      from: CARLA,
      conversation: { id: CARLA_CHAT },
    });
    await postActivity(server.port, asked);
    const answerCard = cardsOf(connector.sentTo(CARLA_CHAT).at(-1)!.activity)[0];
    expect(cardText(answerCard)).toContain('Laatua arvioidaan esimerkiksi asiakaspalautteella');
    const ask = cardAction(answerCard, 'faq.expert.ask');
    const clicked = await postActivity(
      server.port,
      teamsClick(ask.verb, ask.data, { conversationType: 'personal', id: CARLA_CHAT, tenantId: teamsChannel.tenantId }, CARLA),
    );
    expect(
      JSON.stringify(clicked.body ?? '') +
        connector
          .sentTo(CARLA_CHAT)
          .map((entry) => cardsOf(entry.activity).map(cardText).join('\n'))
          .join('\n'),
    ).toContain('Kysymyksesi välitettiin asiantuntijoille.');

    // The tick posts it in the Slack channel linked for "sote".
    slack.reset();
    await runJobs();
    const post = await slack.waitFor('chat.postMessage', (call) => call.body.channel === 'C0GROUP');
    expect(slackText(post.body.blocks)).toContain(`“${question}”`);
    expect(slackText(post.body.blocks)).toMatch(/Kysyjä\W+Carla Carlson/);
    expect(slackText(post.body.blocks)).toMatch(/Keinon lähin vastaus\W+Miten sote-palvelujen laatua arvioidaan hankinnassa\? \(sote-laatu\)/);

    // Alice clicks Answer: a modal opens; she submits her answer.
    await slackClick(slackButton(post, 'faq.expert.answer'), 'C0GROUP', String(post.response?.ts ?? '1741000700.000100'), 'answer');
    const modal = await slack.waitFor('views.open');
    expect(modal.body.view.title.text).toBe('Vastaa kysymykseen');
    const submission = fixture('view-submission.json');
    submission.view.callback_id = modal.body.view.callback_id;
    submission.view.private_metadata = modal.body.view.private_metadata;
    const reply = 'Sopikaa mittarit etukäteen ja seuratkaa niitä koko sopimuskauden ajan.';
    submission.view.state.values = { answer: { answer: { type: 'plain_text_input', value: reply } } };
    const accepted = await postSignedToSlack(slackEndpoint, interactionBody(submission));
    expect(await accepted.text()).toBe('');

    // The tick brings the answer to Carla's Teams personal chat and marks the Slack post answered.
    connector.clear();
    await runJobs();
    const delivered = connector
      .sentTo(CARLA_CHAT)
      .flatMap((entry) => cardsOf(entry.activity))
      .map(cardText)
      .join('\n');
    expect(delivered).toContain('Asiantuntija vastasi kysymykseesi');
    expect(delivered).toContain(reply);
    expect(delivered).toContain('Vastasi Alice Aaltonen');
    const update = await slack.waitFor('chat.update', (call) => call.body.channel === 'C0GROUP');
    expect(slackText(update.body.blocks)).toContain('Vastattu kysymys');
  });

  it('only the asker passes a question on, once; a group’s tag reaches the group; without an experts’ channel Keino says how to choose one', async () => {
    const { faq, people, channels, groups } = app.core.services;
    const conversation = { platform: 'console' as const, tenantId: 'local', channelId: 'console', kind: 'personal' as const };
    const dora = await people.resolve({ platform: 'console', tenantId: 'local', userId: 'dora' }, async () => ({ name: 'Dora' }));
    const askExpert = async (userId: string, questionId: number) =>
      JSON.stringify(
        (
          await app.core.handleAction({
            caller: { identity: { platform: 'console', tenantId: 'local', userId }, loadProfile: async () => ({ name: userId }) },
            conversation,
            actionId: 'faq.expert.ask',
            value: String(questionId),
          })
        ).reply,
      );
    await channels.link('experts', { platform: 'console', tenantId: 'local', channelId: 'experts', kind: 'channel' }, null);

    const { question } = await faq.ask(dora, 'console', 'miten varaan kokoushuoneen?', 'fi');
    expect(await askExpert('eero', question.id)).toContain('Vain kysymyksen esittäjä voi välittää sen asiantuntijoille');
    expect(await askExpert('dora', question.id)).toContain('Kysymyksesi välitettiin asiantuntijoille.');
    expect(await askExpert('dora', question.id)).toContain('Tämä kysymys on jo välitetty asiantuntijoille.');

    // A tag that names a developer group with a channel sends the question to the group's peers.
    const admin = await people.resolve({ platform: 'console', tenantId: 'local', userId: 'bob' }, async () => ({ name: 'Bob', email: BOB.email }));
    const group = await groups.create(admin, { slug: 'circular-economy', name: 'Circular economy', locale: 'en' });
    await groups.link(admin, group, { platform: 'console', tenantId: 'local', channelId: 'circular', kind: 'channel' }, 'fi');
    const circular = await faq.ask(dora, 'console', 'can we buy refurbished furniture instead of new?', 'fi');
    expect(circular.entry?.id).toBe('en-circular');
    expect(await askExpert('dora', circular.question.id)).toContain('Kysymyksesi välitettiin asiantuntijoille.');
    const routes = rowsOf<{ question_id: number; routed_to: string }>(
      await database.db.execute(
        sql`select question_id, routed_to from faq_expert_requests where question_id in (${question.id}, ${circular.question.id}) order by id`,
      ),
    );
    expect(routes.map((route) => route.routed_to)).toEqual(['experts', 'group:circular-economy']);

    for (const channel of await channels.channelsFor('experts')) await channels.unlink('experts', channel);
    const again = await faq.ask(dora, 'console', 'miten varaan kokoushuoneen, toinen kerta?', 'fi');
    expect(await askExpert('dora', again.question.id)).toContain('Asiantuntijoiden kanavaa ei ole vielä valittu');
  });
});
