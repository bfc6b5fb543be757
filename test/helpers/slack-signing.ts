import { createHash, createHmac } from 'node:crypto';

export const TEST_SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

/** Slack's v0 signature: "v0=" + HMAC-SHA256(secret, "v0:<timestamp>:<body>") in hex. */
export function slackSignature(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** A slash command as Slack posts it: form-encoded fields. */
export function formBody(fields: Record<string, string>): { body: string; contentType: string } {
  return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** Interactivity (block_actions, view_submission) as Slack posts it: the JSON in a `payload` field. */
export function interactionBody(payload: unknown): { body: string; contentType: string } {
  return formBody({ payload: JSON.stringify(payload) });
}

/** An Events API envelope as Slack posts it: JSON. */
export function eventBody(envelope: unknown): { body: string; contentType: string } {
  return { body: JSON.stringify(envelope), contentType: 'application/json' };
}

export interface SignedPostOptions {
  secret?: string;
  /** Seconds added to now for the X-Slack-Request-Timestamp header (negative: in the past). */
  timestampOffsetSeconds?: number;
  /** Sign this body but send `request.body` (a tampered request). */
  signedBody?: string;
  /** Replaces the computed signature. */
  signature?: string;
  headers?: Record<string, string>;
}

const signedAlready = new Set<string>();

/**
 * Slack signs each request it sends anew, so two requests never share a signature, and Keino
 * refuses a signature it has seen (a replay). A test that posts the same body twice within a
 * second gets the second one signed a second earlier, as a distinct request from Slack would be.
 */
function freshTimestamp(body: string): number {
  let timestamp = Math.floor(Date.now() / 1000);
  const digest = createHash('sha256').update(body).digest('hex');
  while (signedAlready.has(`${timestamp}:${digest}`)) timestamp -= 1;
  signedAlready.add(`${timestamp}:${digest}`);
  return timestamp;
}

/** POSTs a body to Keino's Slack endpoint, signed exactly as Slack signs it. */
export async function postSignedToSlack(url: string, request: { body: string; contentType: string }, options: SignedPostOptions = {}): Promise<Response> {
  const timestamp =
    options.timestampOffsetSeconds === undefined ? freshTimestamp(request.body) : Math.floor(Date.now() / 1000) + options.timestampOffsetSeconds;
  const signature = options.signature ?? slackSignature(options.secret ?? TEST_SIGNING_SECRET, timestamp, options.signedBody ?? request.body);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': request.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
      ...options.headers,
    },
    body: request.body,
  });
}
