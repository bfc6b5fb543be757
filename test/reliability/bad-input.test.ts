import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { spellingsOf } from '../../src/core/commands/registry.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { cardsOf, cardText } from '../helpers/adaptive-card-text.js';
import { FakeBotConnector } from '../helpers/fake-bot-connector.js';
import { FakeSlackApi, type RecordedCall } from '../helpers/fake-slack-api.js';
import { reportFigure, sized } from '../helpers/figures.js';
import { eventBody, formBody, interactionBody, postSignedToSlack, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { describeChanges, rowsWritten, snapshotTables } from '../helpers/table-counts.js';
import { teamsActivity, type ActivityJson } from '../helpers/teams-activities.js';
import { consoleCaller, consoleConversation, replyText } from '../helpers/test-core.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

type Json = any;

const SECTION = 'Bad input';
const SEED = Number(process.env.KEINO_FUZZ_SEED ?? 20261125);
const RUNS = { console: sized(100, 1_500), slash: sized(30, 300), events: sized(15, 150), teams: sized(15, 150), malformed: sized(25, 250) };
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const fixture = (name: string): Json => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
/** Request bookkeeping that any accepted request writes: receipts of Slack requests, Teams conversation references. */
const BOOKKEEPING = ['slack_event_receipts', 'teams_conversations', 'platform_identities'];

// ---------------------------------------------------------------------------------------------
// What hostile people (and broken clients) send.

const HOSTILE_PIECES = [
  '<!channel>',
  '<!here>',
  '@here',
  '@channel',
  '<@U0ALICE>',
  '<#C0GROUP|kr-sote>',
  "'; DROP TABLE people; --",
  '" OR 1=1 --',
  "1' UNION SELECT email FROM people --",
  '$1',
  '\\',
  '\\"',
  '**lihava** _kursiivi_ `koodi` ~yli~',
  '[klikkaa](javascript:alert(1))',
  '[x](https://evil.example.com)',
  '<https://evil.example.com|Slack>',
  '<script>alert(1)</script>',
  '<at>Keino</at>',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, sent as plain text on purpose.
  '${process.env.SLACK_BOT_TOKEN}',
  '%s%n%x',
  '\u202Eevil\u202C',
  '\u200F\u200E\u061C',
  '\u200B\u2060\uFEFF',
  '\uD800',
  '\uDFFF',
  '\u0000',
  '\u001B[31m',
  '\u0007',
  '\r\n',
  '\t',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'Z̴̡̛͉a̷͎͊l̸̰̀g̶̣̈o̵̱͝',
  '“',
  '”',
  '„',
  '«',
  "'",
  '"',
  '--anonymous',
  '--multi',
  '999999999999999999999',
  '-1',
  '0',
  'nan',
  '1e309',
  '31.2.2027',
  '2027-02-30',
  '25:61',
  '99999w',
];

const hostileWord = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('a'.repeat(5_000), 'ä'.repeat(4_001), '"'.repeat(2_000), '<!channel> '.repeat(400)) },
);

/** Text that is not a command (its first word is not a command's): must never write anything. */
const hostileText = fc
  .array(hostileWord, { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '))
  .filter((text) => !startsWithCommand(text));

let commandSpellings: string[] = [];
function startsWithCommand(text: string): boolean {
  const first = text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return commandSpellings.some((spelling) => spelling.split(' ')[0] === first);
}

/** A real command with hostile arguments: it may be valid (then it may write), never impolite. */
const hostileCommand = () =>
  fc.tuple(fc.constantFrom(...commandSpellings), fc.array(hostileWord, { maxLength: 5 })).map(([command, words]) => [command, ...words].join(' '));

// ---------------------------------------------------------------------------------------------
// What counts as a polite answer.

/** Problems with a reply a person would read; the input itself is taken out first (Keino may quote it). */
function impoliteness(reply: string | undefined, input = ''): string[] {
  if (reply === undefined) return ['no answer'];
  let shown = reply;
  for (const part of input.split(/\s+/).filter((word) => word.length >= 3)) shown = shown.split(part).join('');
  const problems: string[] = [];
  if (reply.trim().length === 0) problems.push('empty');
  if (/\bundefined\b|\[object Object\]|\bNaN\b/.test(shown)) problems.push('leaks undefined/NaN/[object Object]');
  if (/\n\s+at .+:\d+:\d+|node_modules|\.ts:\d+|Error: /.test(shown)) problems.push('stack trace');
  return problems;
}

/**
 * A server error. 501 is not one here: it is Bot Framework's answer to an invoke kind a bot does
 * not offer (Keino offers Action.Execute only), and it is counted on its own.
 */
function isServerError(status: number): boolean {
  return status >= 500 && status !== 501;
}

/** Slack mrkdwn that would ping a channel or link to a script: people's text must come out inert. */
function slackInjection(mrkdwn: string | undefined): string[] {
  return mrkdwn && /<!(channel|here|everyone)\b|<javascript:/i.test(mrkdwn) ? ['pings or script links in Slack mrkdwn'] : [];
}

/** What an HTTP answer must never look like: a 5xx, or an error page with a stack trace. */
function httpProblems(status: number, body: string): string[] {
  const problems: string[] = [];
  if (isServerError(status)) problems.push(`status ${status}`);
  if (/\n\s+at .+:\d+:\d+|node_modules|<pre>/.test(body)) problems.push('stack trace in the response');
  return problems;
}

// ---------------------------------------------------------------------------------------------

let db: TestDatabase;
let slack: FakeSlackApi;
let connector: FakeBotConnector;
let app: KeinoApp;
let server: RunningServer;
let slackUrl: string;
let teamsUrl: string;
const findings: { where: string; input: string; problems: string[] }[] = [];
const totals = { requests: 0, status5xx: 0, notImplemented: 0, replies: 0, hostileTextRows: 0, crashes: 0 };
const countCrash = () => totals.crashes++;

beforeAll(async () => {
  await import('../../src/platforms/teams/teams-platform.js');
  process.on('uncaughtException', countCrash);
  process.on('unhandledRejection', countCrash);
  db = await createTestDatabase();
  slack = await FakeSlackApi.start();
  slack.addChannel({ id: 'C0GROUP', name: 'kr-sote' });
  connector = await FakeBotConnector.start();
  app = await createTestApp(db.url, {
    config: {
      teams: { appType: 'MultiTenant', unauthenticated: true },
      slack: { botToken: 'xoxb-1000000000001-keino-fuzz-test', signingSecret: TEST_SIGNING_SECRET, apiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    },
  });
  server = await startServer(app, { port: 0 });
  slackUrl = `http://127.0.0.1:${server.port}/slack/events`;
  teamsUrl = `http://127.0.0.1:${server.port}/api/messages`;
  commandSpellings = [...new Set(app.core.registry.commands.flatMap((command) => spellingsOf(command)))];
  // The people who send the hostile input are known already: their first contact is not what is counted.
  await app.core.handleText({ caller: consoleCaller('fuzzer'), conversation: consoleConversation, text: 'kuka', source: 'command' });
  await slashCommand('kuka');
});

afterAll(async () => {
  process.off('uncaughtException', countCrash);
  process.off('unhandledRejection', countCrash);
  await server?.close();
  await app?.close();
  await connector?.close();
  await slack?.close();
  await db?.drop();
});

function record(where: string, input: string, problems: string[]): void {
  if (problems.length > 0) findings.push({ where, input: JSON.stringify(input).slice(0, 200), problems });
}

const textOfBlocks = (body: Json): string =>
  [
    ...(body?.blocks ?? []).flatMap((block: Json) => [
      block.text?.text,
      ...(block.fields ?? []).map((field: Json) => field.text),
      ...(block.elements ?? []).map((element: Json) => element.text?.text ?? element.text),
    ]),
  ]
    .filter((part) => typeof part === 'string')
    .join('\n') || (typeof body?.text === 'string' ? body.text : '');

async function waitForCall(matches: (call: RecordedCall) => boolean, timeoutMs = 15_000): Promise<RecordedCall | undefined> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 25))) {
    const found = slack.calls.find(matches);
    if (found) return found;
  }
  return undefined;
}

/** `/keino <text>` as Alice: the answer in the acknowledgement, through the response_url, or a modal. */
async function slashCommand(text: string): Promise<{ status: number; body: string; answer?: string }> {
  const name = `fuzz-${randomUUID()}`;
  const trigger = slack.triggerId();
  const response = await postSignedToSlack(
    slackUrl,
    formBody({ ...fixture('slack/slash-command.json'), text, trigger_id: trigger, response_url: slack.responseUrl(name) }),
  );
  const body = await response.text();
  totals.requests++;
  if (response.status !== 200) return { status: response.status, body };
  if (body) return { status: response.status, body, answer: textOfBlocks(JSON.parse(body)) };
  const later = await waitForCall((call) => call.path === `/response/${name}` || (call.method === 'views.open' && call.body.trigger_id === trigger));
  if (later?.method === 'views.open') return { status: response.status, body, answer: later.body.view?.title?.text ?? 'form' };
  return { status: response.status, body, answer: later ? textOfBlocks(later.body) : undefined };
}

async function postRaw(url: string, body: string | Buffer, contentType: string | undefined, signed: boolean): Promise<{ status: number; body: string }> {
  totals.requests++;
  if (signed) {
    const response = await postSignedToSlack(url, { body: body.toString(), contentType: contentType ?? '' });
    return { status: response.status, body: await response.text() };
  }
  const response = await fetch(url, { method: 'POST', headers: contentType ? { 'content-type': contentType } : {}, body });
  return { status: response.status, body: await response.text() };
}

describe('hostile text', () => {
  it('through the core (as the console sends it): every reply a polite sentence, nothing written by what is no command', async () => {
    const before = await snapshotTables(db.db);
    await fc.assert(
      fc.asyncProperty(hostileText, async (input) => {
        const reply = await app.core.handleText({ caller: consoleCaller('fuzzer'), conversation: consoleConversation, text: input, source: 'command' });
        totals.replies++;
        record('console core', input, impoliteness(replyText(reply), input));
      }),
      { numRuns: RUNS.console, seed: SEED },
    );
    const after = await snapshotTables(db.db);
    const written = rowsWritten(before, after, { ignore: BOOKKEEPING });
    totals.hostileTextRows += written;
    expect(written, describeChanges(before, after, { ignore: BOOKKEEPING })).toBe(0);

    // Real commands with hostile arguments, and hostile questions: any reply, but a polite one.
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileCommand(), hostileText), fc.constantFrom('command' as const, 'message' as const), async (input, source) => {
        const reply = await app.core.handleText({ caller: consoleCaller('fuzzer'), conversation: consoleConversation, text: input, source });
        totals.replies++;
        record(`console core (${source})`, input, impoliteness(replyText(reply), input));
      }),
      { numRuns: RUNS.console, seed: SEED + 1 },
    );
    expect(findings).toEqual([]);
  }, 240_000);

  it('as signed Slack slash commands: 200, a polite answer, nothing written by what is no command', async () => {
    const inputs = fc.sample(hostileText, { numRuns: RUNS.slash, seed: SEED + 2 });
    const before = await snapshotTables(db.db);
    for (const input of inputs) {
      const outcome = await slashCommand(input);
      if (isServerError(outcome.status)) totals.status5xx++;
      totals.replies++;
      record('Slack slash command', input, [
        ...httpProblems(outcome.status, outcome.body),
        ...impoliteness(outcome.answer, input),
        ...slackInjection(outcome.answer),
      ]);
    }
    const after = await snapshotTables(db.db);
    const written = rowsWritten(before, after, { ignore: BOOKKEEPING });
    totals.hostileTextRows += written;
    expect(written, describeChanges(before, after, { ignore: BOOKKEEPING })).toBe(0);

    for (const input of fc.sample(hostileCommand(), { numRuns: RUNS.slash, seed: SEED + 3 })) {
      const outcome = await slashCommand(input);
      if (isServerError(outcome.status)) totals.status5xx++;
      totals.replies++;
      record('Slack slash command', input, [
        ...httpProblems(outcome.status, outcome.body),
        ...impoliteness(outcome.answer, input),
        ...slackInjection(outcome.answer),
      ]);
    }
    expect(findings).toEqual([]);
  }, 240_000);

  it('as Slack direct messages and Teams messages: every one answered, politely', async () => {
    const envelope = fixture('slack/event-message-im.json');
    const slackInputs = fc.sample(fc.oneof(hostileText, hostileCommand()), { numRuns: RUNS.events, seed: SEED + 4 });
    for (const [index, input] of slackInputs.entries()) {
      const user = `U0FUZZ${String(index).padStart(4, '0')}`;
      slack.addUser({ id: user, name: `Fuzz ${index}` });
      const event = {
        ...envelope,
        event_id: `Ev0FUZZ${index}${randomUUID().slice(0, 6)}`,
        event: { ...envelope.event, user, channel: `D${user.slice(1)}`, text: input },
      };
      const response = await postSignedToSlack(slackUrl, eventBody(event));
      totals.requests++;
      if (isServerError(response.status)) totals.status5xx++;
      record('Slack event', input, httpProblems(response.status, await response.text()));
    }
    const teamsInputs = fc.sample(fc.oneof(hostileText, hostileCommand()), { numRuns: RUNS.teams, seed: SEED + 5 });
    for (const [index, input] of teamsInputs.entries()) {
      const activity = teamsActivity('message-personal', connector.url, { text: input, conversation: { id: `a:fuzz-${index}` } });
      const response = await postRaw(teamsUrl, JSON.stringify(activity), 'application/json', false);
      if (isServerError(response.status)) totals.status5xx++;
      record('Teams message', input, httpProblems(response.status, response.body));
    }

    for (const [index, input] of slackInputs.entries()) {
      const channel = `D0FUZZ${String(index).padStart(4, '0')}`;
      const reply = await waitForCall(
        (call) => (call.method === 'chat.postMessage' || call.method === 'chat.postEphemeral' || call.method === 'views.open') && call.body.channel === channel,
      );
      totals.replies++;
      const answer = reply ? (reply.method === 'views.open' ? 'form' : textOfBlocks(reply.body)) : undefined;
      record('Slack event', input, [...impoliteness(answer, input), ...slackInjection(answer)]);
    }
    for (const [index, input] of teamsInputs.entries()) {
      const sent = connector.sentTo(`a:fuzz-${index}`);
      const text = sent.map((entry) => [entry.activity.text, ...cardsOf(entry.activity).map(cardText)].filter(Boolean).join('\n')).join('\n');
      totals.replies++;
      record('Teams message', input, impoliteness(sent.length > 0 ? text : undefined, input));
    }
    expect(findings).toEqual([]);
  }, 240_000);
});

describe('malformed payloads', () => {
  const slashFields = (): Record<string, string> => ({
    ...fixture('slack/slash-command.json'),
    trigger_id: `t-${randomUUID()}`,
    response_url: slack.responseUrl('malformed'),
  });
  const imEvent = () => ({ ...fixture('slack/event-message-im.json'), event_id: `Ev0BAD${randomUUID().slice(0, 8)}` });

  /** Hand-made: what broken clients and attackers send. Slack's are signed (unsigned ones stop at 401, tested elsewhere). */
  const slackCases = (): [string, string | Buffer, string | undefined][] => [
    ['empty body, JSON', '', 'application/json'],
    ['empty body, form', '', 'application/x-www-form-urlencoded'],
    ['no content type', JSON.stringify(imEvent()), undefined],
    ['text/plain', JSON.stringify(imEvent()), 'text/plain'],
    ['XML', '<event><text>kuka</text></event>', 'application/xml'],
    ['binary', Buffer.from([0, 255, 1, 254, 0xc3, 0x28]), 'application/octet-stream'],
    ['truncated JSON event', JSON.stringify(imEvent()).slice(0, 57), 'application/json'],
    ['JSON array', '[1,2,3]', 'application/json'],
    ['JSON null', 'null', 'application/json'],
    ['JSON string', '"kuka"', 'application/json'],
    ['event without event', JSON.stringify({ type: 'event_callback', event_id: `Ev0BAD${randomUUID().slice(0, 6)}`, team_id: 'T0KEINO' }), 'application/json'],
    ['event that is a string', JSON.stringify({ ...imEvent(), event: 'kuka' }), 'application/json'],
    ['event text a number', JSON.stringify({ ...imEvent(), event: { ...imEvent().event, text: 42 } }), 'application/json'],
    ['event text an object', JSON.stringify({ ...imEvent(), event: { ...imEvent().event, text: { $ne: null } } }), 'application/json'],
    ['event id a number', JSON.stringify({ ...imEvent(), event_id: 12345 }), 'application/json'],
    ['event user missing', JSON.stringify({ ...imEvent(), event: { ...imEvent().event, user: undefined } }), 'application/json'],
    ['unknown envelope type', JSON.stringify({ type: 'app_rate_limited', team_id: 'T0KEINO' }), 'application/json'],
    ['url verification without challenge', JSON.stringify({ type: 'url_verification' }), 'application/json'],
    ['slash command without text', formBody({ ...slashFields(), text: '' }).body, 'application/x-www-form-urlencoded'],
    [
      'slash command without user',
      new URLSearchParams(Object.entries(slashFields()).filter(([key]) => key !== 'user_id')).toString(),
      'application/x-www-form-urlencoded',
    ],
    [
      'slash command without team',
      new URLSearchParams(Object.entries(slashFields()).filter(([key]) => key !== 'team_id')).toString(),
      'application/x-www-form-urlencoded',
    ],
    ['another slash command', formBody({ ...slashFields(), command: '/other' }).body, 'application/x-www-form-urlencoded'],
    ['slash command fields twice', `${formBody(slashFields()).body}&text=kuka&user_id=U0OTHER`, 'application/x-www-form-urlencoded'],
    [
      'interaction payload truncated',
      `payload=${encodeURIComponent(JSON.stringify(fixture('slack/block-actions.json')).slice(0, 80))}`,
      'application/x-www-form-urlencoded',
    ],
    ['interaction payload not JSON', 'payload=kuka', 'application/x-www-form-urlencoded'],
    [
      'interaction actions not a list',
      interactionBody({ ...fixture('slack/block-actions.json'), actions: 'lang en' }).body,
      'application/x-www-form-urlencoded',
    ],
    [
      'interaction action without value',
      interactionBody({ ...fixture('slack/block-actions.json'), actions: [{ action_id: 'command::0', type: 'button' }] }).body,
      'application/x-www-form-urlencoded',
    ],
    [
      'interaction unknown action',
      interactionBody({ ...fixture('slack/block-actions.json'), actions: [{ action_id: '💣', type: 'button', value: 'x' }] }).body,
      'application/x-www-form-urlencoded',
    ],
    ['interaction without user', interactionBody({ ...fixture('slack/block-actions.json'), user: undefined }).body, 'application/x-www-form-urlencoded'],
    [
      'view submission of an unknown form',
      interactionBody({
        ...fixture('slack/view-submission.json'),
        view: { ...fixture('slack/view-submission.json').view, callback_id: 'keino:form:nope', private_metadata: '{' },
      }).body,
      'application/x-www-form-urlencoded',
    ],
    [
      'view submission values wrong types',
      interactionBody({
        ...fixture('slack/view-submission.json'),
        view: { ...fixture('slack/view-submission.json').view, state: { values: { a: 5, b: [null] } } },
      }).body,
      'application/x-www-form-urlencoded',
    ],
  ];

  const teamsCases = (): [string, string, string | undefined][] => {
    const message = (changes: ActivityJson = {}) => teamsActivity('message-personal', connector.url, changes);
    return [
      ['empty body', '', 'application/json'],
      ['truncated JSON', JSON.stringify(message()).slice(0, 60), 'application/json'],
      ['text/plain', 'kuka', 'text/plain'],
      ['no content type', JSON.stringify(message()), undefined],
      ['JSON array', '[]', 'application/json'],
      ['JSON null', 'null', 'application/json'],
      ['no type', JSON.stringify(message({ type: undefined })), 'application/json'],
      ['type a number', JSON.stringify(message({ type: 5 })), 'application/json'],
      ['unknown type', JSON.stringify(message({ type: 'somethingElse' })), 'application/json'],
      ['text an object', JSON.stringify(message({ text: { $gt: '' } })), 'application/json'],
      ['text a number', JSON.stringify(message({ text: 42 })), 'application/json'],
      ['no from', JSON.stringify(message({ from: undefined })), 'application/json'],
      ['from a string', JSON.stringify(message({ from: 'alice' })), 'application/json'],
      ['no conversation', JSON.stringify(message({ conversation: undefined })), 'application/json'],
      ['conversation id a number', JSON.stringify(message({ conversation: { id: 7 } })), 'application/json'],
      ['no serviceUrl', JSON.stringify(message({ serviceUrl: undefined })), 'application/json'],
      ['serviceUrl not a URL', JSON.stringify(message({ serviceUrl: 'not a url' })), 'application/json'],
      ['channelData a list', JSON.stringify(message({ channelData: [1] })), 'application/json'],
      ['entities not a list', JSON.stringify(message({ entities: 'x' })), 'application/json'],
      ['attachments wrong', JSON.stringify(message({ attachments: [{ contentType: 5, content: null }] })), 'application/json'],
      ['value garbage on a message', JSON.stringify(message({ text: '', value: { verb: 42, data: 'x' } })), 'application/json'],
      ['card click with a string verb and no data', JSON.stringify(message({ text: '', value: { verb: 'command' } })), 'application/json'],
      [
        'invoke with garbage value',
        JSON.stringify(
          teamsActivity('invoke-adaptive-card-action', connector.url, { value: { action: { type: 'Action.Execute', verb: { x: 1 }, data: 'oops' } } }),
        ),
        'application/json',
      ],
      [
        'invoke of an unknown name',
        JSON.stringify(teamsActivity('invoke-adaptive-card-action', connector.url, { name: 'composeExtension/query', value: 5 })),
        'application/json',
      ],
      [
        'conversation update without members',
        JSON.stringify(teamsActivity('conversation-update-install', connector.url, { membersAdded: 'everyone' })),
        'application/json',
      ],
      ['installation update garbage', JSON.stringify(message({ type: 'installationUpdate', action: { remove: true } })), 'application/json'],
    ];
  };

  /** A fixture with one field replaced by any JSON value, or cut short anywhere. */
  const mutated = (base: () => Json) =>
    fc.oneof(
      fc.tuple(fc.nat(), fc.jsonValue()).map(([pick, value]) => {
        const body = base();
        const keys = Object.keys(body);
        const key = keys[pick % keys.length]!;
        const nested = body[key] && typeof body[key] === 'object' && !Array.isArray(body[key]) ? Object.keys(body[key]) : [];
        if (nested.length > 0 && pick % 2 === 0) body[key] = { ...body[key], [nested[pick % nested.length]!]: value };
        else body[key] = value;
        return JSON.stringify(body);
      }),
      fc.nat().map((cut) => {
        const text = JSON.stringify(base());
        return text.slice(0, cut % text.length);
      }),
    );

  it('to Slack and Teams: no 5xx, no stack traces, nothing crashes', async () => {
    const outcomes: { where: string; status: number }[] = [];
    // What no listener takes, Bolt answers after its three-second wait: the requests go out side by side.
    const send = async (where: string, url: string, body: string | Buffer, contentType: string | undefined, signed: boolean) => {
      const response = await postRaw(url, body, contentType, signed);
      outcomes.push({ where, status: response.status });
      record(where, typeof body === 'string' ? body : '(binary)', httpProblems(response.status, response.body));
    };
    await Promise.all([
      ...slackCases().map(([name, body, contentType]) => send(`Slack: ${name}`, slackUrl, body, contentType, true)),
      ...fc
        .sample(mutated(imEvent), { numRuns: RUNS.malformed, seed: SEED + 6 })
        .map((body) => send('Slack: mutated event', slackUrl, body, 'application/json', true)),
      ...teamsCases().map(([name, body, contentType]) => send(`Teams: ${name}`, teamsUrl, body, contentType, false)),
      ...fc
        .sample(
          mutated(() => teamsActivity('message-personal', connector.url)),
          { numRuns: RUNS.malformed, seed: SEED + 7 },
        )
        .map((body) => send('Teams: mutated activity', teamsUrl, body, 'application/json', false)),
    ]);
    totals.status5xx += outcomes.filter((outcome) => isServerError(outcome.status)).length;
    totals.notImplemented += outcomes.filter((outcome) => outcome.status === 501).length;
    // Listeners run after the acknowledgement: give them time to fail, if they would.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(outcomes.filter((outcome) => isServerError(outcome.status))).toEqual([]);
    expect(findings).toEqual([]);
  }, 240_000);
});

describe('bad input, summed up', () => {
  it('Keino is still up and answering; the figures', async () => {
    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    const stillAnswers = await slashCommand('kuka');
    if (health.status !== 200 || !stillAnswers.answer?.includes('Alice')) totals.crashes++;
    const impolite = findings.filter((finding) => finding.problems.some((problem) => !problem.startsWith('status') && !problem.includes('response'))).length;
    reportFigure(SECTION, 'inputs sent (core, Slack, Teams)', `${totals.replies} hostile texts, ${totals.requests} HTTP requests`, true);
    reportFigure(SECTION, 'crashes', totals.crashes, totals.crashes === 0);
    reportFigure(SECTION, '5xx answers', totals.status5xx, totals.status5xx === 0);
    reportFigure(SECTION, '501 to invoke kinds Keino does not offer', totals.notImplemented, true);
    reportFigure(SECTION, 'rows written by text that is no command', totals.hostileTextRows, totals.hostileTextRows === 0);
    reportFigure(SECTION, 'replies that are not a polite sentence', impolite, impolite === 0);
    if (findings.length > 0) console.log(JSON.stringify(findings.slice(0, 20), null, 2));
    expect(totals.crashes).toBe(0);
    expect(findings).toEqual([]);
  });
});
