import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { EXTENSION_COMMAND, htmlToText, QUESTION_INPUT, SEARCH_PARAMETER } from '../../src/platforms/teams/message-extension.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import type { FakeTeamsMember } from '../helpers/fake-bot-connector.js';
import { importTestFaq } from '../helpers/faq-fixtures.js';
import { postActivity, teamsActivity, type ActivityJson } from '../helpers/teams-activities.js';
import { startTeamsTestServer, type TeamsTestServer } from '../helpers/teams-test-server.js';

/**
 * Keino's message extension through the real server and the fake connector: the compose box's FAQ
 * search (composeExtension/query) and "Ask Keino" on a message (composeExtension/fetchTask, then
 * submitAction), in Finnish, Swedish and English, and what a sender can put in these invokes.
 */

const TENANT = '7e4a0000-0000-4000-8000-00000000c0de';
const SOTE_CHANNEL = '19:krsote00000000000000000000000000@thread.tacv2';
const EXPERTS_CHANNEL = '19:asiantuntijat000000000000000000@thread.tacv2';
const ALICE = { id: '29:1AliceExtensionPlaceholder0001', name: 'Alice Aaltonen', aadObjectId: 'a11ce000-0000-4000-8000-0000000e0001', email: 'alice@kunta.fi' };
const SVEN = { id: '29:1SvenExtensionPlaceholder0002', name: 'Sven Strand', aadObjectId: '5e0e0000-0000-4000-8000-0000000e0002', email: 'sven@kommun.fi' };
const EMMA = { id: '29:1EmmaExtensionPlaceholder0003', name: 'Emma Evans', aadObjectId: 'e22a0000-0000-4000-8000-0000000e0003', email: 'emma@city.fi' };
const CLIENT_LOCALE: Record<string, string> = { [ALICE.id]: 'fi-FI', [SVEN.id]: 'sv-SE', [EMMA.id]: 'en-GB' };

let keino: TeamsTestServer;

beforeAll(async () => {
  keino = await startTeamsTestServer();
  await importTestFaq(keino.app.core.services.faq);
  for (const member of [ALICE, SVEN, EMMA]) keino.connector.addMember(member);
});
afterAll(async () => keino?.close());
beforeEach(() => keino.connector.clear());

const post = (activity: ActivityJson) => postActivity(keino.server.port, activity);
const client = (from: FakeTeamsMember) => ({
  from,
  locale: CLIENT_LOCALE[from.id],
  entities: [{ locale: CLIENT_LOCALE[from.id], country: 'FI', platform: 'Web', timezone: 'Europe/Helsinki', type: 'clientInfo' }],
});
const search = (typed: unknown, from: FakeTeamsMember = ALICE) =>
  teamsActivity('invoke-compose-query', keino.connector.url, {
    ...client(from),
    value: { commandId: EXTENSION_COMMAND.search, parameters: [{ name: SEARCH_PARAMETER, value: typed }], queryOptions: { skip: 0, count: 25 } },
  });
const fetchTask = (content: unknown, from: FakeTeamsMember = ALICE, contentType = 'html') => {
  const activity = teamsActivity('invoke-compose-fetch-task', keino.connector.url, client(from));
  activity.value.messagePayload.body = { contentType, content };
  return activity;
};
const submit = (data: unknown, from: FakeTeamsMember = ALICE) => {
  const activity = teamsActivity('invoke-compose-submit-action', keino.connector.url, client(from));
  activity.value.data = data;
  return activity;
};
const count = async (table: string) => Number(rowsOf<{ n: number }>(await keino.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
/** What Keino sent into someone's personal chat (created by the send, the fake's 'a:fake-personal-…'). */
const personalChatOf = (member: FakeTeamsMember) => keino.connector.created.find((created) => created.parameters.members?.[0]?.id === member.id)?.id;

describe('the manifest', () => {
  it('declares the two commands this code handles, the search with its one parameter and the action on messages', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../manifests/teams/manifest.json', import.meta.url), 'utf8'));
    const [extension] = manifest.composeExtensions;
    expect(extension.botId).toBe('{{MICROSOFT_APP_ID}}');
    const [searchCommand, askCommand] = extension.commands;
    expect(searchCommand).toMatchObject({ id: EXTENSION_COMMAND.search, type: 'query', initialRun: false });
    expect(searchCommand.parameters.map((parameter: ActivityJson) => parameter.name)).toEqual([SEARCH_PARAMETER]);
    expect(askCommand).toMatchObject({ id: EXTENSION_COMMAND.ask, type: 'action', context: ['message'], fetchTask: true });
    const en = JSON.parse(readFileSync(new URL('../../manifests/teams/en.json', import.meta.url), 'utf8'));
    expect(en['composeExtensions[0].commands[1].title']).toBe('Ask Keino');
  });
});

describe('searching the FAQ from the compose box', () => {
  it('lists the entries for what is typed, each with its answer as a card in the searcher’s language; nothing is recorded', async () => {
    const questionsBefore = await count('faq_questions');
    const { status, body } = await post(search('EU-kynnysarvot'));
    expect(status).toBe(200);
    const result = body!.composeExtension;
    expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(result.attachments.length).toBeGreaterThan(0);
    expect(result.attachments.length).toBeLessThanOrEqual(10);
    const [first] = result.attachments;
    expect(first.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(first.preview.content.title).toBe('Mitkä ovat EU-kynnysarvot?');
    expect(first.preview.content.text.length).toBeLessThanOrEqual(120);
    expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(first.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const text = cardText(first.content);
    expect(text).toContain('Mitkä ovat EU-kynnysarvot?');
    // Inserted for everyone: no buttons, whose values Keino could seal for no one.
    expect(JSON.stringify(first.content)).not.toContain('Action.');
    expect(Buffer.byteLength(JSON.stringify(first.content))).toBeLessThan(24 * 1024);
    // Nothing was sent and no question was recorded: typing is no asking.
    expect(keino.connector.sent).toEqual([]);
    expect(await count('faq_questions')).toBe(questionsBefore);
  });

  it('answers in Swedish and in English for people whose Teams is in those languages', async () => {
    const sv = (await post(search('avropa från ramavtal', SVEN))).body!.composeExtension;
    expect(sv.attachments[0].preview.content.title).toBe('Hur avropar vi från ett ramavtal?');
    expect(cardText(sv.attachments[0].content)).toMatch(/svenska/i);

    const en = (await post(search('circular economy', EMMA))).body!.composeExtension;
    expect(en.attachments[0].preview.content.title).toBe('How can procurement support the circular economy?');
    expect(cardText(en.attachments[0].content)).toMatch(/English/);

    // A Finnish entry found by a Swedish speaker says, in Swedish, that it is in Finnish.
    const other = (await post(search('EU-kynnysarvot', SVEN))).body!.composeExtension;
    expect(cardText(other.attachments[0].content)).toMatch(/finska/i);
  });

  it('asks for words when too little is typed, and says so when nothing is found, in the person’s language', async () => {
    expect((await post(search(''))).body!.composeExtension).toEqual({ type: 'message', text: expect.stringContaining('Kirjoita kysymys') });
    expect((await post(search('a', SVEN))).body!.composeExtension.text).toContain('Skriv en fråga');
    expect((await post(search('zzqxw vvbnm', EMMA))).body!.composeExtension).toEqual({ type: 'message', text: expect.stringContaining('The FAQ has nothing') });
  });

  it('answers a value that is no text, or far too much of it, politely and keeps serving', async () => {
    for (const value of [{ $where: 'x' }, ['kynnysarvot'], 42, null]) {
      const { status, body } = await post(search(value));
      expect(status).toBe(200);
      expect(body!.composeExtension.type).toBe('message');
    }
    const huge = await post(search('kynnysarvo '.repeat(2_000)));
    expect(huge.status).toBe(200);
    expect(huge.body!.composeExtension).toEqual({ type: 'message', text: expect.any(String) });
    expect(huge.body!.composeExtension.text).not.toMatch(/error|stack|undefined/i);
    expect((await post(search('EU-kynnysarvot'))).body!.composeExtension.type).toBe('result');
  });

  it('does not answer a command it does not have', async () => {
    const activity = search('EU-kynnysarvot');
    activity.value.commandId = 'deleteEverything';
    const { status, body } = await post(activity);
    expect(body?.composeExtension?.attachments).toBeUndefined();
    expect(status).not.toBe(500);
    expect((await post(search('EU-kynnysarvot'))).status).toBe(200);
  });
});

describe('"Ask Keino" on a message', () => {
  it('opens a dialog with the message’s text as the question, in the person’s language', async () => {
    const fi = (await post(teamsActivity('invoke-compose-fetch-task', keino.connector.url, client(ALICE)))).body!;
    expect(fi.task.type).toBe('continue');
    expect(fi.task.value.title).toBe('Kysy Keinolta');
    const card = fi.task.value.card.content;
    expect(fi.task.value.card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const input = card.body.find((element: ActivityJson) => element.type === 'Input.Text');
    expect(input).toMatchObject({ id: QUESTION_INPUT, value: 'Mitkä ovat EU-kynnysarvot tänä vuonna?', isRequired: true });
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.Submit', title: 'Kysy' })]);

    const sv = (await post(fetchTask('<p>Hur avropar vi?</p>', SVEN))).body!;
    expect(sv.task.value.title).toBe('Fråga Keino');
    const en = (await post(fetchTask('How does <b>reuse</b> work?', EMMA, 'text'))).body!;
    expect(en.task.value.title).toBe('Ask Keino');
    expect(en.task.value.card.content.body[1].value).toBe('How does <b>reuse</b> work?');
  });

  it('reads a message’s HTML as its words (tags out, entities decoded) and a body that is no text as nothing', async () => {
    expect(htmlToText('<p>A &amp; B &lt;3<br>toinen&nbsp;rivi</p><img src=x onerror=alert(1)>')).toBe('A & B <3\ntoinen rivi');
    const { body } = await post(fetchTask({ content: 'not a string' }));
    expect(body!.task.value.card.content.body[1].value).toBe('');
  });

  it('sends the answer to the asker’s chat with Keino and closes the dialog with a note', async () => {
    const questionsBefore = await count('faq_questions');
    const { status, body } = await post(teamsActivity('invoke-compose-submit-action', keino.connector.url, client(ALICE)));
    expect(status).toBe(200);
    expect(body).toEqual({ task: { type: 'message', value: 'Vastasin sinulle yksityisesti Keinon chatissa.' } });
    const chat = personalChatOf(ALICE);
    expect(chat).toBeDefined();
    const [answer] = keino.connector.sentTo(chat!);
    expect(cardText(cardsOf(answer!.activity)[0])).toContain('Mitkä ovat EU-kynnysarvot?');
    // Nothing in the channel where the message was.
    expect(keino.connector.sentTo(SOTE_CHANNEL)).toEqual([]);
    expect(await count('faq_questions')).toBe(questionsBefore + 1);
  });

  it('passes a question the FAQ cannot answer to the experts, in Swedish and English too', async () => {
    await keino.app.core.services.channels.link('experts', { platform: 'teams', tenantId: TENANT, channelId: EXPERTS_CHANNEL, kind: 'channel' }, null);
    try {
      for (const [from, question, said] of [
        [SVEN, 'Hur bokar vi ett mötesrum i Kuopio?', 'skickade frågan till experterna'],
        [EMMA, 'Where can I park my bicycle at the Kuopio office?', 'passed the question to the experts'],
      ] as const) {
        keino.connector.clear();
        const { body } = await post(submit({ [QUESTION_INPUT]: question }, from));
        expect(body!.task.type).toBe('message');
        const chat = personalChatOf(from);
        const sent = chat ? keino.connector.sentTo(chat) : keino.connector.sent;
        expect(sent.map((entry) => cardsOf(entry.activity).map(cardText).join('\n')).join('\n')).toContain(said);
        const rows = rowsOf<{ routed_to: string; text: string }>(
          await keino.database.db.execute(
            sql`select r.routed_to, q.text from faq_expert_requests r join faq_questions q on q.id = r.question_id where q.text = ${question}`,
          ),
        );
        expect(rows).toEqual([{ routed_to: 'experts', text: question }]);
      }
    } finally {
      await keino.app.core.services.channels.unlink('experts', { platform: 'teams', tenantId: TENANT, channelId: EXPERTS_CHANNEL, kind: 'channel' });
    }
  });

  it('refuses data that is no question, politely and in the person’s language, writing nothing', async () => {
    const questionsBefore = await count('faq_questions');
    const requestsBefore = await count('faq_expert_requests');
    for (const data of [{}, { [QUESTION_INPUT]: { $ne: '' } }, { [QUESTION_INPUT]: '   ' }, { [QUESTION_INPUT]: 'x'.repeat(5_000) }, null, 'kysymys']) {
      keino.connector.clear();
      const { status, body } = await post(submit(data));
      expect(status).toBe(200);
      expect(body!.task.type).toBe('message');
      const said = keino.connector.sent.map((entry) => cardsOf(entry.activity).map(cardText).join('\n')).join('\n');
      expect(said).toMatch(/Viestissä ei ole tekstiä|liian pitkä/);
    }
    expect(await count('faq_questions')).toBe(questionsBefore);
    expect(await count('faq_expert_requests')).toBe(requestsBefore);
  });
});
