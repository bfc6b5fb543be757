import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { defineAction, defineCommand, defineForm } from '../../src/core/commands/command.js';
import { heading, personal, shared, text, type Form } from '../../src/core/messages/message.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import type { FakeTeamsMember } from '../helpers/fake-bot-connector.js';
import { postActivity, teamsActivity, type ActivityJson } from '../helpers/teams-activities.js';
import { startTeamsTestServer, type TeamsTestServer } from '../helpers/teams-test-server.js';
import { sealedFor } from '../helpers/sealed-values.js';

const TENANT = '7e4a0000-0000-4000-8000-00000000c0de';
const BOT = '28:6b65696e-6f00-4b00-8000-000000000001';
const ALICE = {
  id: '29:1AliceAaltonenPlaceholderTeamsUserIdK3inoNetworkTest0000000000000000000000000000000001',
  name: 'Alice Aaltonen',
  aadObjectId: 'a11ce000-0000-4000-8000-000000000001',
  email: 'alice.aaltonen@kunta.fi',
};
const BOB = { id: '29:1BobBackmanPlaceholderTeamsUserId0002', name: 'Bob Backman', aadObjectId: 'b0b00000-0000-4000-8000-000000000002', email: 'bob@kunta.fi' };
const CAROL = { id: '29:1CarolCarlsonPlaceholderTeamsUserId0003', name: 'Carol Carlson', aadObjectId: 'ca201000-0000-4000-8000-000000000003' };
const DORA = {
  id: '29:1DoraDahlPlaceholderTeamsUserId0004',
  name: 'Dora Dahl',
  aadObjectId: 'd0a00000-0000-4000-8000-000000000004',
  userPrincipalName: 'Dora.Dahl@Kunta.fi',
};
const ALICE_CHAT = 'a:1KeinoPersonalChatWithAlicePlaceholderConversationId000000000000000000000000000000001';
const SOTE_CHANNEL = '19:krsote00000000000000000000000000@thread.tacv2';
const TEAM = '19:keinoteam0000000000000000000000@thread.tacv2';

const feedbackForm = (errors?: Record<string, string>): Form => ({
  kind: 'form',
  formId: 'test.feedback',
  title: 'Palaute',
  submitLabel: 'Lähetä',
  context: 'session-7',
  fields: [
    { name: 'topic', label: 'Aihe', kind: 'text', required: true },
    { name: 'day', label: 'Päivä', kind: 'date' },
    { name: 'stars', label: 'Tähdet', kind: 'number', required: true, hint: '1–5' },
  ],
  ...(errors ? { errors } : {}),
});

let keino: TeamsTestServer;
const submittedContexts: (string | undefined)[] = [];

beforeAll(async () => {
  keino = await startTeamsTestServer({
    // Test-only command, button and form, until features bring their own.
    prepare: ({ core }) => {
      core.registry.addCommand(
        defineCommand({
          name: 'feedbacktest',
          alias: 'palautetesti',
          summaryKey: 'command.help.summary',
          usageKey: 'command.help.usage',
          args: {},
          run: async () => personal([text('ok')]),
          form: async () => feedbackForm(),
        }),
      );
      core.registry.addCommand(
        defineCommand({
          name: 'slowtest',
          alias: 'hidastesti',
          summaryKey: 'command.help.summary',
          usageKey: 'command.help.usage',
          args: {},
          // Longer than teams-ai's one-second typing timer.
          run: async () => new Promise((resolve) => setTimeout(() => resolve(personal([text('valmis')])), 1_500)),
        }),
      );
      core.registry.addForm(
        defineForm({
          id: 'test.feedback',
          async submit(_context, values, formContext) {
            submittedContexts.push(formContext);
            const stars = Number(values.stars);
            if (!Number.isInteger(stars) || stars < 1 || stars > 5) return feedbackForm({ stars: 'Anna 1–5 tähteä.' });
            return shared([text(`Kiitos palautteesta: ${values.topic}, ${stars} tähteä.`)]);
          },
        }),
      );
      core.registry.addAction(
        defineAction({
          id: 'test.count',
          async run(_context, value) {
            const next = Number(value) + 1;
            return {
              update: shared([heading(`Laskuri: ${next}`), { type: 'buttons', buttons: [{ label: '+1', actionId: 'test.count', value: String(next) }] }]),
            };
          },
        }),
      );
    },
  });
  for (const member of [ALICE, BOB, CAROL, DORA]) keino.connector.addMember(member);
});
afterAll(async () => keino?.close());
beforeEach(() => keino.connector.clear());

const post = (activity: ActivityJson) => postActivity(keino.server.port, activity);
const personalMessage = (textValue: string, from: FakeTeamsMember = ALICE, conversationId = ALICE_CHAT) =>
  teamsActivity('message-personal', keino.connector.url, { text: textValue, from, conversation: { id: conversationId } });
const channelMention = (command: string, from: FakeTeamsMember = ALICE) => {
  const id = String(Date.now()) + Math.floor(Math.random() * 1000);
  return teamsActivity('message-channel-mention', keino.connector.url, {
    id,
    text: `<at>Keino</at> ${command}`,
    from,
    conversation: { id: `${SOTE_CHANNEL};messageid=${id}` },
  });
};
/** A click on a card Keino sent earlier (the fixture's replyToId): Teams lets the bot edit only its own cards. Its value (or a form's context) sealed as Keino seals what only the clicker sees. */
async function click(verb: string, data: ActivityJson, conversation: ActivityJson = { id: ALICE_CHAT }, from: FakeTeamsMember = ALICE) {
  const person = { platform: 'teams' as const, tenantId: TENANT, userId: from.aadObjectId };
  const sealed = { ...data };
  if (typeof data.value === 'string') sealed.value = await sealedFor(keino.app, verb, data.value, { person });
  if (typeof data.formContext === 'string') sealed.formContext = await sealedFor(keino.app, verb.replace(/^form:/, ''), data.formContext, { person });
  const activity = teamsActivity('invoke-adaptive-card-action', keino.connector.url, {
    from,
    conversation,
    value: { action: { type: 'Action.Execute', title: 'x', verb, data: sealed }, trigger: 'manual' },
  });
  keino.connector.botSentEarlier(String(conversation.id), String(activity.replyToId));
  return activity;
}

async function query<T>(statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await keino.database.db.execute(statement));
}

describe('Keino in a Teams personal chat', () => {
  it('answers "help" with an Adaptive Card in Finnish, as a reply to the message', async () => {
    const activity = personalMessage('help');
    const { status } = await post(activity);
    expect(status).toBe(200);

    const [reply] = keino.connector.sentTo(ALICE_CHAT);
    expect(reply?.replyToId).toBe(activity.id);
    const [card] = cardsOf(reply!.activity);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(cardText(card)).toContain('Näin Keino auttaa');
    expect(cardText(card)).toContain('kieli fi|sv|en');
    expect(reply!.activity.summary).toBe('Näin Keino auttaa');
    expect(keino.connector.sent).toHaveLength(1);
  });

  it('shows no typing indicator while it works, only the answer', async () => {
    await post(personalMessage('hidastesti'));
    expect(keino.connector.sentTo(ALICE_CHAT).map((entry) => entry.activity.type)).toEqual(['message']);
  });

  it('learns who the person is from Teams after first contact, once, and keeps the chat for later', async () => {
    // Alice first wrote in the "help" test, answered without a member lookup; her profile job looks her up once.
    expect(keino.connector.memberLookups).toEqual([]);
    await keino.app.scheduler.runner.tick();
    expect(keino.connector.memberLookups).toEqual([{ conversationId: ALICE_CHAT, userId: ALICE.aadObjectId }]);
    await post(personalMessage('whoami', ALICE));
    const text = cardText(cardsOf(keino.connector.sentTo(ALICE_CHAT)[0]!.activity)[0]);
    expect(text).toContain('Nimi: Alice Aaltonen');
    expect(text).toContain('Sähköposti: alice.aaltonen@kunta.fi');
    expect(text).toContain('Yhdistetyt alustat: Microsoft Teams');
    await keino.app.scheduler.runner.tick();
    expect(keino.connector.memberLookups).toHaveLength(1);

    const [stored] = await query<{ kind: string; user_id: string; person_id: number | null; service_url: string }>(
      sql`select kind, user_id, person_id, service_url from teams_conversations where conversation_id = ${ALICE_CHAT}`,
    );
    expect(stored).toMatchObject({ kind: 'personal', user_id: ALICE.aadObjectId, service_url: keino.connector.url });
    expect(stored!.person_id).not.toBeNull();
  });

  it('shows a form as a card, keeps what was typed and shows the error under the field', async () => {
    await post(personalMessage('palautetesti'));
    const [formCard] = cardsOf(keino.connector.sentTo(ALICE_CHAT)[0]!.activity);
    const types = formCard.body.map((element: ActivityJson) => element.type);
    expect(types).toEqual(expect.arrayContaining(['Input.Text', 'Input.Date', 'Input.Number']));
    expect(formCard.actions[0]).toMatchObject({
      type: 'Action.Execute',
      verb: 'form:test.feedback',
      data: { formContext: expect.stringMatching(/^k1\..*\.session-7$/) },
    });

    const { status, body } = await post(await click('form:test.feedback', { formContext: 'session-7', topic: 'Hankinnat', day: '2026-03-04', stars: '9' }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const card = body!.value;
    const topic = card.body.find((element: ActivityJson) => element.id === 'topic');
    expect(topic.value).toBe('Hankinnat');
    const starsAt = card.body.findIndex((element: ActivityJson) => element.id === 'stars');
    const error = card.body.slice(starsAt + 1).find((element: ActivityJson) => element.color === 'attention');
    expect(error.text).toBe('Anna 1–5 tähteä.');
    expect(submittedContexts).toContain('session-7');

    const fixed = await post(await click('form:test.feedback', { formContext: 'session-7', topic: 'Hankinnat', stars: '4' }));
    expect(cardText(fixed.body!.value)).toContain('Kiitos palautteesta: Hankinnat, 4 tähteä.');
  });

  it('refreshes a card in place when a button is clicked', async () => {
    const activity = await click('test.count', { value: '1' });
    const { status, body } = await post(activity);
    expect(status).toBe(200);
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardText(body!.value)).toContain('Laskuri: 2');
    expect(body!.value.body.find((element: ActivityJson) => element.type === 'ActionSet').actions[0]).toMatchObject({
      type: 'Action.Execute',
      verb: 'test.count',
      data: { value: expect.stringMatching(/^k1\..*\.2$/) },
    });
    // In a personal chat the message itself is updated too, so the card stays refreshed.
    expect(keino.connector.updates).toHaveLength(1);
    expect(keino.connector.updates[0]).toMatchObject({ conversationId: ALICE_CHAT, activityId: activity.replyToId });
  });

  it('runs a command button and answers with a new message, leaving the card as it was', async () => {
    const { body } = await post(await click('command', { value: 'kuka' }));
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    const [reply] = keino.connector.sentTo(ALICE_CHAT);
    expect(cardText(cardsOf(reply!.activity)[0])).toContain('Hei, Alice Aaltonen!');
    expect(keino.connector.updates).toEqual([]);
  });

  it('greets a person who adds Keino for themselves with their home card', async () => {
    const chat = 'a:1KeinoPersonalChatWithCarol';
    const install = teamsActivity('conversation-update-install', keino.connector.url, {
      from: { id: CAROL.id, aadObjectId: CAROL.aadObjectId },
      conversation: { id: chat, conversationType: 'personal', isGroup: undefined, name: undefined },
      channelData: { team: undefined, settings: undefined, eventType: undefined },
    });
    expect((await post(install)).status).toBe(200);
    // The install names nobody: the greeting goes out at once, her name follows with her profile.
    const [greeting] = keino.connector.sentTo(chat);
    expect(cardText(cardsOf(greeting!.activity)[0])).toContain(`Hei, ${CAROL.id}!`);
    const [stored] = await query<{ kind: string; user_id: string }>(sql`select kind, user_id from teams_conversations where conversation_id = ${chat}`);
    expect(stored).toEqual({ kind: 'personal', user_id: CAROL.aadObjectId });
    await keino.app.scheduler.runner.tick();
    const [carol] = await query<{ name: string }>(
      sql`select name from people join platform_identities on person_id = people.id where user_id = ${CAROL.aadObjectId}`,
    );
    expect(carol!.name).toBe('Carol Carlson');
  });

  it('handles a click on an older card that posts its data as a message', async () => {
    const submit = teamsActivity('message-personal', keino.connector.url, {
      text: undefined,
      replyToId: '1740989800777',
      value: {
        verb: 'test.count',
        value: await sealedFor(keino.app, 'test.count', '5', { person: { platform: 'teams', tenantId: TENANT, userId: ALICE.aadObjectId } }),
      },
    });
    keino.connector.botSentEarlier(String(submit.conversation.id), '1740989800777');
    expect((await post(submit)).status).toBe(200);
    expect(keino.connector.updates).toHaveLength(1);
    expect(keino.connector.updates[0]!.activityId).toBe('1740989800777');
    expect(cardText(cardsOf(keino.connector.updates[0]!.activity)[0])).toContain('Laskuri: 6');
  });

  it('treats a person known by e-mail from Slack as the same person', async () => {
    await keino.app.core.services.people.resolve({ platform: 'slack', tenantId: 'T0KEINO', userId: 'U0DORA' }, async () => ({
      name: 'Dora Dahl',
      email: 'dora.dahl@kunta.fi',
    }));
    await post(personalMessage('whoami', DORA, 'a:1KeinoPersonalChatWithDora'));
    // Linked once Teams has told her e-mail (the profile job), not on the request's word.
    expect(cardText(cardsOf(keino.connector.sentTo('a:1KeinoPersonalChatWithDora')[0]!.activity)[0])).toContain('Yhdistetyt alustat: Microsoft Teams');
    await keino.app.scheduler.runner.tick();
    await post(personalMessage('whoami', DORA, 'a:1KeinoPersonalChatWithDora'));
    const text = cardText(cardsOf(keino.connector.sentTo('a:1KeinoPersonalChatWithDora')[1]!.activity)[0]);
    expect(text).toContain('Yhdistetyt alustat: Slack, Microsoft Teams');
    const [count] = await query<{ n: string }>(sql`select count(*) as n from people where lower(email) = 'dora.dahl@kunta.fi'`);
    expect(Number(count!.n)).toBe(1);
  });
});

describe('Keino in a Teams channel', () => {
  it('answers an @mention: the mention is stripped, a private answer goes to the personal chat', async () => {
    const activity = channelMention('kieli en', BOB);
    const { status } = await post(activity);
    expect(status).toBe(200);

    // Bob had no personal chat with Keino: one was created for him.
    expect(keino.connector.created).toHaveLength(1);
    const [created] = keino.connector.created;
    expect(created!.parameters).toMatchObject({ isGroup: false, tenantId: TENANT, bot: { id: BOT }, members: [{ id: BOB.id }] });
    const [privately] = keino.connector.sentTo(created!.id);
    expect(cardText(cardsOf(privately!.activity)[0])).toContain("I'll speak English with you from now on.");

    // The thread gets a one-line pointer, as a reply in the same thread.
    const [pointer] = keino.connector.sentTo(SOTE_CHANNEL);
    expect(pointer!.conversationId).toBe(activity.conversation.id);
    expect(pointer!.activity.text).toBe('Vastasin sinulle yksityisesti Keinon chatissa.');

    const [stored] = await query<{ kind: string }>(sql`select kind from teams_conversations where conversation_id = ${SOTE_CHANNEL}`);
    expect(stored?.kind).toBe('channel');
  });

  it('reuses the personal chat it opened before', async () => {
    await post(channelMention('whoami', BOB));
    expect(keino.connector.created).toEqual([]);
    const [privately] = keino.connector.sent.filter((entry) => entry.conversationId.startsWith('a:fake-personal-'));
    expect(cardText(cardsOf(privately!.activity)[0])).toContain('Name: Bob Backman');
  });

  it('shows a refreshed card to everyone when the update is for the whole channel', async () => {
    const activity = await click('test.count', { value: '41' }, { id: `${SOTE_CHANNEL};messageid=1740990000999`, conversationType: 'channel', isGroup: true });
    const { body } = await post(activity);
    expect(cardText(body!.value)).toContain('Laskuri: 42');
    expect(keino.connector.updates).toHaveLength(1);
    expect(keino.connector.updates[0]!.conversationId).toBe(`${SOTE_CHANNEL};messageid=1740990000999`);
  });

  it('stores the channel reference when Keino is installed in a team, and forgets it when removed', async () => {
    const install = teamsActivity('conversation-update-install', keino.connector.url);
    expect((await post(install)).status).toBe(200);
    const [stored] = await query<{ kind: string; team_id: string; tenant_id: string; reference: ActivityJson }>(
      sql`select kind, team_id, tenant_id, reference from teams_conversations where conversation_id = ${TEAM}`,
    );
    expect(stored).toMatchObject({ kind: 'channel', team_id: TEAM, tenant_id: TENANT });
    expect(stored!.reference).toMatchObject({ serviceUrl: keino.connector.url, bot: { id: BOT }, conversation: { id: TEAM } });
    expect(stored!.reference.user).toBeUndefined();
    // Nobody is greeted in a channel.
    expect(keino.connector.sent).toEqual([]);

    const removal = teamsActivity('conversation-update-install', keino.connector.url, {
      membersAdded: undefined,
      membersRemoved: [{ id: BOT }],
      channelData: { eventType: 'teamMemberRemoved' },
    });
    await post(removal);
    expect(await query(sql`select 1 from teams_conversations where team_id = ${TEAM} or conversation_id = ${TEAM}`)).toEqual([]);
    await post(install);
  });
});

describe('when something goes wrong in Teams', () => {
  it('answers with an apology when Teams refuses the answer, and keeps answering', async () => {
    keino.connector.failNext(1, { status: 400, code: 'BadArgument' });
    const { status } = await post(personalMessage('help'));
    expect(status).toBe(200);
    const [apology] = keino.connector.sentTo(ALICE_CHAT);
    expect(apology!.activity.text).toBe('Jotain meni vikaan, eikä mitään tallennettu. Yritä hetken päästä uudelleen.');

    await post(personalMessage('help'));
    expect(cardText(cardsOf(keino.connector.sentTo(ALICE_CHAT)[1]!.activity)[0])).toContain('Näin Keino auttaa');
  });

  it('answers a click that fails with an apology in place of the card', async () => {
    keino.connector.failNext(1, { status: 400 });
    const { status, body } = await post(await click('test.count', { value: '1' }));
    expect(status).toBe(200);
    expect(body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('Jotain meni vikaan') });
  });

  it('refuses a body that is not an activity without stopping', async () => {
    const response = await fetch(`http://127.0.0.1:${keino.server.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect((await post(personalMessage('help'))).status).toBe(200);
  });
});

describe('the Teams command menu', () => {
  it('offers only commands Keino knows, in every scope and in each language of the app package', () => {
    const read = (name: string) => JSON.parse(readFileSync(new URL(`../../manifests/teams/${name}`, import.meta.url), 'utf8'));
    const manifest = read('manifest.json');
    const unknown: string[] = [];
    for (const [index, list] of manifest.bots[0].commandLists.entries()) {
      for (const [at, command] of list.commands.entries()) {
        const titles = [command.title, ...['sv.json', 'en.json'].map((file) => read(file)[`bots[0].commandLists[${index}].commands[${at}].title`])];
        const known = titles.map((title) => keino.app.core.registry.byName(title));
        if (known.some((found) => !found) || new Set(known).size !== 1) unknown.push(`${list.scopes.join('/')}: ${titles.join(' / ')}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
