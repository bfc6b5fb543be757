import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from '../../core/ports/logger.js';
import { MAX_REQUEST_BODY_BYTES, refuseUnread } from '../../server/body-limit.js';

export interface VerificationOptions {
  signingSecret: string;
  logger: Logger;
  /** Seconds a request's timestamp may differ from now, in either direction (Slack: 5 minutes). */
  windowSeconds?: number;
  now?: () => number;
  /** Bodies larger than this are refused before they are read whole. */
  limit?: string;
  /**
   * Signatures already accepted (shared by every instance): a request sent again with the same
   * signature, timestamp and body, a replay, is refused. Slack's own retries are signed anew.
   */
  replays?: ReplayGuard;
}

/** Remembers a key once: true the first time, false for every later claim (on any instance). */
export interface ReplayGuard {
  claim(key: string): Promise<boolean>;
}

/** How long the replay check may hold a request up before it lets it through unchecked (the ack is due in 3 s). */
const REPLAY_CHECK_MS = 500;

const DEFAULT_WINDOW_SECONDS = 5 * 60;

/**
 * Slack's request signing, checked before Bolt sees anything: the v0 HMAC-SHA256 of
 * "v0:<timestamp>:<body>" with the signing secret, and a timestamp within five minutes of now
 * in BOTH directions (Bolt itself only refuses old ones). Anything else gets 401 and goes no
 * further. The headers and the time window are checked before the body is read (a request
 * without them is refused unread), and a body over 1 MB is never read whole. The raw body is
 * handed on as `rawBody`, which Bolt's receiver reads.
 */
export function verifySlackRequests(options: VerificationOptions): RequestHandler[] {
  const windowSeconds = options.windowSeconds ?? DEFAULT_WINDOW_SECONDS;
  const now = options.now ?? Date.now;
  const readBody = express.raw({ type: () => true, limit: options.limit ?? MAX_REQUEST_BODY_BYTES });
  const checkHeaders = (request: Request, response: Response, next: NextFunction) => {
    const problem = headerProblem(options.signingSecret, request.headers, now() / 1000, windowSeconds);
    if (problem) {
      options.logger.warn({ problem, path: request.path }, 'refused a Slack request that failed verification');
      refuseUnread(response, 401);
      return;
    }
    next();
  };
  const check = async (request: Request, response: Response, next: NextFunction) => {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    let problem = signatureProblem(options.signingSecret, request.headers, body, now() / 1000, windowSeconds);
    if (!problem && options.replays && (await isReplay(options.replays, String(request.headers['x-slack-signature']), options.logger))) {
      problem = 'replay of a request already received';
    }
    if (problem) {
      options.logger.warn({ problem, path: request.path }, 'refused a Slack request that failed verification');
      response.status(401).end();
      return;
    }
    (request as Request & { rawBody?: Buffer }).rawBody = body;
    next();
  };
  return [checkHeaders, readBody, check];
}

/**
 * A valid signature seen before is a replay: the signature covers the timestamp and the body, so
 * only a copy of the same request repeats it within the five-minute window. When the database
 * does not answer in time the request goes on unchecked (logged): it is still Slack's, and
 * refusing it would turn a database hiccup into an error in Slack.
 */
async function isReplay(replays: ReplayGuard, signature: string, logger: Logger): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const first = await Promise.race([
      replays.claim(`signature:${signature}`),
      new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), REPLAY_CHECK_MS))),
    ]);
    if (first === 'late') {
      logger.warn({}, 'the replay check did not answer in time; the signed request goes on unchecked');
      return false;
    }
    return !first;
  } catch (error) {
    logger.warn({ err: error }, 'the replay check failed; the signed request goes on unchecked');
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** What is wrong with a request's signature headers and timestamp, before its body is read. */
function headerProblem(secret: string, headers: Record<string, string | string[] | undefined>, nowSeconds: number, windowSeconds: number): string | undefined {
  const signature = headers['x-slack-signature'];
  const timestamp = headers['x-slack-request-timestamp'];
  if (!secret) return 'no signing secret configured';
  if (typeof signature !== 'string' || typeof timestamp !== 'string') return 'signature headers missing';
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return 'signature malformed';
  if (!/^\d{1,12}$/.test(timestamp)) return 'timestamp not a number';
  if (Math.abs(nowSeconds - Number(timestamp)) > windowSeconds) return 'timestamp outside the five-minute window';
  return undefined;
}

/** Why a request is not Slack's, or undefined when it is. */
export function signatureProblem(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
  nowSeconds: number,
  windowSeconds: number = DEFAULT_WINDOW_SECONDS,
): string | undefined {
  const problem = headerProblem(secret, headers, nowSeconds, windowSeconds);
  if (problem) return problem;
  const signature = String(headers['x-slack-signature']);
  const timestamp = String(headers['x-slack-request-timestamp']);
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'signature mismatch';
  return undefined;
}
