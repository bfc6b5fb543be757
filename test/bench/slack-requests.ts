import { FAKE_TEAM, type FakeSlackApi } from '../helpers/fake-slack-api.js';
import { formBody, interactionBody, slackSignature, TEST_SIGNING_SECRET } from '../helpers/slack-signing.js';
import { slackFixture } from '../helpers/slack-fixtures.js';
import { unsealed } from '../helpers/sealed-values.js';

type Json = any;

export const BENCH_CHANNEL = 'C0BENCH';
export const BENCH_CHANNEL_NAME = 'kr-bench';

/** The Slack user id of the bench's person number `index`. */
export function benchUserId(index: number): string {
  return `U0B${String(index).padStart(6, '0')}`;
}

export interface SlackRequest {
  body: string;
  headers: Record<string, string>;
}

let sequence = 0;

// Read once: the load generator makes hundreds of requests a second.
const SLASH_COMMAND = slackFixture('slash-command.json') as Record<string, string>;
const BLOCK_ACTIONS = slackFixture('block-actions.json');

/**
 * Headers as Slack sends them: a fresh timestamp and the v0 signature. Every body the bench makes
 * carries a sequence number (in trigger_id), so no two requests share a signature: Keino refuses
 * a repeated one as a replay.
 */
export function signed(request: { body: string; contentType: string }): SlackRequest {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    body: request.body,
    headers: {
      'content-type': request.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(TEST_SIGNING_SECRET, timestamp, request.body),
    },
  };
}

function nextTrigger(): string {
  sequence += 1;
  return `${process.pid}${sequence}.1000000000001.${sequence.toString(16).padStart(32, '0')}`;
}

/** `/keino <text>` typed by a user in the bench channel. */
export function slashCommand(text: string, userId: string, responseUrl: string): SlackRequest {
  return signed(
    formBody({
      ...SLASH_COMMAND,
      channel_id: BENCH_CHANNEL,
      channel_name: BENCH_CHANNEL_NAME,
      user_id: userId,
      user_name: userId.toLowerCase(),
      text,
      response_url: responseUrl,
      trigger_id: nextTrigger(),
    }),
  );
}

/** A poll as Keino posted it in the channel: its ts (Slack gives one) and its blocks. */
export interface PostedPoll {
  id: number;
  ts: string;
  blocks: Json[];
}

/** The poll message's vote buttons, in option order. */
export function voteButtons(poll: PostedPoll): Json[] {
  return poll.blocks.flatMap((block: Json) => block.elements ?? []).filter((element: Json) => String(element.action_id).startsWith('polls.vote::'));
}

/** A click on the vote button of an option, as Slack posts it (block_actions). */
export function voteClick(poll: PostedPoll, option: number, userId: string, responseUrl: string): SlackRequest {
  const button = voteButtons(poll)[option];
  if (!button) throw new Error(`the poll has no option ${option}`);
  const payload = structuredClone(BLOCK_ACTIONS);
  payload.user = { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: FAKE_TEAM };
  payload.container = { type: 'message', message_ts: poll.ts, channel_id: BENCH_CHANNEL, is_ephemeral: false };
  payload.channel = { id: BENCH_CHANNEL, name: BENCH_CHANNEL_NAME };
  payload.message = { ...payload.message, ts: poll.ts, blocks: poll.blocks };
  payload.response_url = responseUrl;
  payload.trigger_id = nextTrigger();
  payload.actions = [
    { action_id: button.action_id, block_id: 'poll', text: button.text, value: button.value, type: 'button', action_ts: `${Date.now() / 1000}` },
  ];
  return signed(interactionBody(payload));
}

/** Sends a signed request to a server's /slack/events. */
export function post(origin: string, request: SlackRequest): Promise<Response> {
  return fetch(`${origin}/slack/events`, { method: 'POST', headers: request.headers, body: request.body });
}

/**
 * `/keino poll …` from a user: Keino posts the poll in the bench channel as its own message
 * (chat.postMessage, which the fake records with the ts it gave) and answers privately.
 */
export async function createPoll(origin: string, text: string, userId: string, responseUrl: string, fake: FakeSlackApi): Promise<PostedPoll> {
  const before = fake.callsTo('chat.postMessage').length;
  const response = await post(origin, slashCommand(text, userId, responseUrl));
  if (response.status !== 200) throw new Error(`/keino ${text} answered ${response.status}`);
  const posted = fake
    .callsTo('chat.postMessage')
    .slice(before)
    .find((call) => call.body.channel === BENCH_CHANNEL && call.response?.ok);
  const blocks = (posted?.body.blocks ?? []) as Json[];
  const ts = String(posted?.response?.ts ?? '');
  const [first] = voteButtons({ id: 0, ts, blocks });
  if (!first) throw new Error(`/keino ${text} did not post a poll: ${JSON.stringify(await response.json()).slice(0, 500)}`);
  return { id: Number(unsealed(String(first.value)).split(':')[0]), ts, blocks };
}

/** The text people see in a message's blocks: sections, fields and context elements, one a line. */
export function blocksText(blocks: Json[] = []): string {
  return blocks
    .flatMap((block: Json) => [
      block.text?.text,
      ...(block.fields ?? []).map((field: Json) => field.text),
      ...(block.elements ?? []).map((element: Json) => element.text?.text ?? element.text),
    ])
    .filter(Boolean)
    .join('\n');
}
