import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKFLOW_STEP } from '../../src/platforms/slack/workflow-steps.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { FAKE_TEAM, type RecordedCall } from '../helpers/fake-slack-api.js';
import { eventBody, formBody, postSignedToSlack } from '../helpers/slack-signing.js';
import { startSlackTestServer, type SlackTestServer } from '../helpers/slack-test-server.js';

type Json = any;

const CHANNEL = 'C0WORKFLOW';
const PRIVATE = 'G0SECRET';
let slack: SlackTestServer;

beforeAll(async () => {
  slack = await startSlackTestServer();
  slack.fake.addChannel({ id: CHANNEL, name: 'kr-tyopajat', isMember: false });
  slack.fake.addChannel({ id: PRIVATE, name: 'salainen', isPrivate: true, isMember: false });
  slack.fake.addUser({ id: 'U0SVEA', name: 'Svea Svensson', locale: 'sv-SE' });
  slack.fake.addUser({ id: 'U0EMMA', name: 'Emma English', locale: 'en-GB' });
  slack.fake.addUser({ id: 'U0OTHER', name: 'Otto Muualla', teamId: 'T0ELSEWHERE' });
  slack.fake.addUser({ id: 'U0ROBOT', name: 'Robotti', isBot: true });
  // Svea and Emma choose their language as people do, with a signed /keino lang.
  for (const [user, lang] of [
    ['U0SVEA', 'sv'],
    ['U0EMMA', 'en'],
  ] as const) {
    const response = await postSignedToSlack(
      slack.endpoint,
      formBody({
        command: '/keino',
        text: `lang ${lang}`,
        team_id: FAKE_TEAM,
        user_id: user,
        user_name: user,
        channel_id: `D${user.slice(1)}`,
        channel_name: 'directmessage',
        response_url: slack.fake.responseUrl(`lang-${user}`),
        trigger_id: slack.fake.triggerId(),
      }),
    );
    expect(response.status).toBe(200);
  }
});
afterAll(async () => slack?.close());

/** Slack runs a step: the signed function_executed event, then Keino's completeSuccess or completeError for that run. */
async function runStep(callbackId: string, inputs: Json, options: { teamId?: string } = {}): Promise<{ call: RecordedCall; envelope: Json }> {
  const envelope = slack.fake.functionExecuted(callbackId, inputs, options);
  const response = await postSignedToSlack(slack.endpoint, eventBody(envelope));
  expect(response.status).toBe(200);
  const execution = envelope.event.function_execution_id;
  const call = await Promise.race([
    slack.fake.waitFor('functions.completeSuccess', (c) => c.body.function_execution_id === execution),
    slack.fake.waitFor('functions.completeError', (c) => c.body.function_execution_id === execution),
  ]);
  return { call, envelope };
}

async function count(table: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await slack.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)));
  return row!.n;
}

const pollInputs = (overrides: Json = {}): Json => ({
  owner: 'U0ALICE',
  channel: CHANNEL,
  question: 'Mihin aikaan työpaja?',
  options: ['Aamupäivällä', 'Iltapäivällä'],
  anonymous: false,
  closes: '3d',
  ...overrides,
});

describe('Workflow Builder step "Create a Keino poll"', () => {
  it('posts the poll in the channel as /keino poll does (joining a public channel) and completes with its id and link', async () => {
    const { call, envelope } = await runStep(WORKFLOW_STEP.createPoll, pollInputs());
    expect(call.method).toBe('functions.completeSuccess');
    // Bolt completes with the run's own token, as Slack's docs describe.
    expect(call.token).toBe(envelope.event.bot_access_token);
    expect(call.response).toEqual({ ok: true });
    const { poll_id: pollId, message_link: link } = call.body.outputs;
    expect(Number.isInteger(pollId)).toBe(true);
    const [post] = slack.fake.messagesIn(CHANNEL);
    expect(post).toMatchObject({ author: 'keino' });
    expect(JSON.stringify(post!.blocks)).toContain('Mihin aikaan työpaja?');
    expect(link).toBe(`https://keino-network.slack.com/archives/${CHANNEL}/p${post!.ts.replace('.', '')}`);
    expect(slack.fake.callsTo('conversations.join').map((join) => join.body.channel)).toContain(CHANNEL);
    const poll = await slack.app.core.services.polls.find(pollId);
    expect(poll).toMatchObject({ question: 'Mihin aikaan työpaja?', options: ['Aamupäivällä', 'Iltapäivällä'], anonymous: false });
    expect(poll!.closesAt).toBeInstanceOf(Date);
    expect(slack.fake.executions.get(envelope.event.function_execution_id)).toMatchObject({ state: 'completed' });
  });

  it("fails with the owner's language when the poll itself is wrong (sv), and writes nothing", async () => {
    const before = await count('polls');
    const { call } = await runStep(WORKFLOW_STEP.createPoll, pollInputs({ owner: 'U0SVEA', options: ['Bara ett alternativ'] }));
    expect(call.method).toBe('functions.completeError');
    expect(call.body.error).toMatch(/alternativ/i);
    expect(call.body.error).not.toMatch(/\*\*/);
    expect(await count('polls')).toBe(before);
  });

  it('fails in English for Emma where Keino is not in a private channel, and leaves no poll behind', async () => {
    const before = await count('polls');
    const { call } = await runStep(WORKFLOW_STEP.createPoll, pollInputs({ owner: 'U0EMMA', channel: PRIVATE }));
    expect(call.method).toBe('functions.completeError');
    expect(call.body.error).toContain('Keino is not in this conversation');
    expect(await count('polls')).toBe(before);
  });

  it('refuses inputs that are no inputs of the step (in the network language, fi), naming them', async () => {
    const before = await count('polls');
    const { call } = await runStep(WORKFLOW_STEP.createPoll, pollInputs({ options: 'Kyllä, Ei', channel: 'general', anonymous: 'yes' }));
    expect(call.method).toBe('functions.completeError');
    expect(call.body.error).toContain('Vaiheen syötteet eivät ole sellaisia');
    expect(call.body.error).toContain('channel, options, anonymous');
    expect(await count('polls')).toBe(before);
  });

  it('refuses an owner of another workspace, or a bot, and never registers them', async () => {
    const people = await count('people');
    for (const owner of ['U0OTHER', 'U0ROBOT', 'U0NOBODY']) {
      const { call } = await runStep(WORKFLOW_STEP.createPoll, pollInputs({ owner }));
      expect(call.method, owner).toBe('functions.completeError');
      expect(call.body.error).toBe('Vaiheelle annettu henkilö ei ole tässä työtilassa.');
    }
    expect(await count('people')).toBe(people);
  });
});

describe('Workflow Builder step "Register for an academy session"', () => {
  let sessionId: number;

  beforeAll(async () => {
    const { services } = slack.app.core;
    const admin = await services.people.resolve({ platform: 'slack', tenantId: FAKE_TEAM, userId: 'U0ADMIN' }, async () => ({ name: 'Anna Admin' }));
    const scheduled = await services.academy.schedule(
      { title: 'Innovatiiviset hankinnat', date: '2027-03-01', time: '09:00', end: '2h', capacity: '1' },
      admin,
      'Europe/Helsinki',
      new Date(),
    );
    if (!scheduled.ok) throw new Error('session not scheduled');
    sessionId = scheduled.session.id;
  });

  it('registers the person as the RSVP does: going while there is room, then on the waiting list', async () => {
    const first = await runStep(WORKFLOW_STEP.registerForSession, { person: 'U0ALICE', session: sessionId });
    expect(first.call.method).toBe('functions.completeSuccess');
    expect(first.call.body.outputs).toEqual({ session_id: sessionId, status: 'going' });
    const second = await runStep(WORKFLOW_STEP.registerForSession, { person: 'U0SVEA', session: String(sessionId) });
    expect(second.call.body.outputs).toEqual({ session_id: sessionId, status: 'waiting' });
    const alice = await slack.app.core.services.people.resolve({ platform: 'slack', tenantId: FAKE_TEAM, userId: 'U0ALICE' }, async () => ({ name: 'Alice' }));
    expect(await slack.app.core.services.academy.statusOf(sessionId, alice.id)).toBe('going');
  });

  it("fails in the person's language for a session that does not exist (en), and for a person of another workspace", async () => {
    const missing = await runStep(WORKFLOW_STEP.registerForSession, { person: 'U0EMMA', session: 999_999 });
    expect(missing.call.method).toBe('functions.completeError');
    expect(missing.call.body.error).toMatch(/999999/);
    expect(missing.call.body.error).toMatch(/session/i);
    const elsewhere = await runStep(WORKFLOW_STEP.registerForSession, { person: 'U0OTHER', session: sessionId }, { teamId: FAKE_TEAM });
    expect(elsewhere.call.body.error).toBe('Vaiheelle annettu henkilö ei ole tässä työtilassa.');
    const negative = await runStep(WORKFLOW_STEP.registerForSession, { person: 'U0ALICE', session: -1 });
    expect(negative.call.body.error).toContain('(session)');
  });
});

describe("the fake Slack's functions.* methods refuse what Slack refuses", () => {
  const complete = (method: string, token: string, body: Json) =>
    fetch(`${slack.fake.apiUrl}${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((response) => response.json() as Promise<Json>);

  it('an unknown execution, another run’s token, a second completion, outputs the manifest does not declare', async () => {
    const envelope = slack.fake.functionExecuted(WORKFLOW_STEP.createPoll, pollInputs());
    const { function_execution_id: id, bot_access_token: token } = envelope.event;
    expect(await complete('functions.completeSuccess', token, { function_execution_id: 'Fx0UNKNOWN', outputs: {} })).toEqual({
      ok: false,
      error: 'function_execution_not_found',
    });
    expect(await complete('functions.completeSuccess', 'xoxb-1000000000001-keino-test', { function_execution_id: id, outputs: {} })).toEqual({
      ok: false,
      error: 'access_denied',
    });
    expect((await complete('functions.completeSuccess', token, { function_execution_id: id, outputs: { poll_id: '7' } })).error).toBe(
      'parameter_validation_failed',
    );
    expect(await complete('functions.completeError', token, { function_execution_id: id, error: 'Ei onnistunut' })).toEqual({ ok: true });
    expect(await complete('functions.completeSuccess', token, { function_execution_id: id, outputs: { poll_id: 7, message_link: 'x' } })).toEqual({
      ok: false,
      error: 'execution_not_in_running_state',
    });
  });
});
