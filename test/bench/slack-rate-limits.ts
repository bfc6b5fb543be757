import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** At most `limit` calls in any `windowMs`, counted per channel or per workspace. */
export interface RateRule {
  method: string;
  scope: 'channel' | 'workspace';
  limit: number;
  windowMs: number;
}

/**
 * What Slack documents for posting (docs.slack.dev, "Rate limits" and chat.postMessage):
 * chat.postMessage is in the special tier, about one message a second per channel, and a
 * workspace-wide limit Slack describes as "several hundred messages a minute"; read as 300 a
 * minute, the figure Keino's pacer keeps to. Other methods are not limited here.
 */
export const SLACK_POSTING_RULES: RateRule[] = [
  { method: 'chat.postMessage', scope: 'channel', limit: 1, windowMs: 1_000 },
  { method: 'chat.postMessage', scope: 'workspace', limit: 300, windowMs: 60_000 },
];

/** The rules on a clock `scale` times faster: each window `scale` times shorter. */
export function scaledRules(rules: RateRule[], scale: number): RateRule[] {
  return rules.map((rule) => ({ ...rule, windowMs: rule.windowMs / scale }));
}

/**
 * The least time (ms) in which `messages` posts to distinct channels can pass the workspace rules,
 * bursting up to each window's limit: the fastest any sender could go.
 */
export function fastestDrainMs(rules: RateRule[], method: string, messages: number): number {
  return Math.max(
    0,
    ...rules.filter((rule) => rule.method === method && rule.scope === 'workspace').map((rule) => Math.floor((messages - 1) / rule.limit) * rule.windowMs),
  );
}

/**
 * Sliding-window limits as Slack enforces them: a call over a rule is refused with 429 and a
 * Retry-After (whole seconds, of the scaled clock when `scale` is given) until the window frees.
 */
export class SlackRateLimits {
  private readonly windows = new Map<string, number[]>();

  constructor(
    private readonly rules: RateRule[],
    private readonly scale = 1,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Undefined when the call may pass (and it is counted); otherwise the seconds to wait. */
  check(method: string, channel: string | undefined): number | undefined {
    const at = this.now();
    const applying = this.rules.filter((rule) => rule.method === method);
    let waitMs = 0;
    for (const rule of applying) {
      const times = this.window(rule, channel, at);
      if (times.length >= rule.limit) waitMs = Math.max(waitMs, times[times.length - rule.limit]! + rule.windowMs - at);
    }
    if (waitMs > 0) return Math.max(1, Math.ceil((waitMs * this.scale) / 1000));
    for (const rule of applying) this.window(rule, channel, at).push(at);
    return undefined;
  }

  private window(rule: RateRule, channel: string | undefined, at: number): number[] {
    const key = `${rule.method}:${rule.scope === 'channel' ? (channel ?? '') : '*'}:${rule.limit}/${rule.windowMs}`;
    let times = this.windows.get(key);
    if (!times) {
      times = [];
      this.windows.set(key, times);
    }
    // Only what is still inside the window matters.
    let expired = 0;
    while (expired < times.length && times[expired]! <= at - rule.windowMs) expired++;
    if (expired > 0) times.splice(0, expired);
    return times;
  }
}

export interface RateLimitCounts {
  /** Calls let through, by method. */
  passed: Record<string, number>;
  /** Calls answered 429, by method. */
  limited: Record<string, number>;
}

function channelOf(raw: string, contentType: string): string | undefined {
  if (contentType.includes('application/json')) {
    try {
      return (JSON.parse(raw) as { channel?: string }).channel;
    } catch {
      return undefined;
    }
  }
  return new URLSearchParams(raw).get('channel') ?? undefined;
}

/**
 * Slack's limits in front of a fake Web API: an HTTP proxy that answers 429 + Retry-After for a
 * call over a limit and hands every other call on unchanged.
 */
export class RateLimitedSlackProxy {
  readonly counts: RateLimitCounts = { passed: {}, limited: {} };

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(target: string, limits: SlackRateLimits): Promise<RateLimitedSlackProxy> {
    let proxy: RateLimitedSlackProxy | undefined;
    const server = createServer((request, response) => {
      void proxy!.handle(request, target, limits).then(
        (answer) => {
          response.writeHead(answer.status, answer.headers);
          response.end(answer.body);
        },
        (error: unknown) => {
          response.writeHead(502, { 'content-type': 'text/plain' });
          response.end(String(error));
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new RateLimitedSlackProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return proxy;
  }

  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(
    request: IncomingMessage,
    target: string,
    limits: SlackRateLimits,
  ): Promise<{ status: number; headers: Record<string, string>; body: string | Buffer }> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = request.headers['content-type'] ?? '';
    const path = request.url ?? '/';
    const method = path.startsWith('/api/') ? path.slice(5).split('?')[0]! : path;
    const retryAfter = limits.check(method, channelOf(raw.toString('utf8'), contentType));
    if (retryAfter !== undefined) {
      this.counts.limited[method] = (this.counts.limited[method] ?? 0) + 1;
      return {
        status: 429,
        headers: { 'retry-after': String(retryAfter), 'content-type': 'application/json' },
        body: JSON.stringify({ ok: false, error: 'ratelimited' }),
      };
    }
    this.counts.passed[method] = (this.counts.passed[method] ?? 0) + 1;
    const headers: Record<string, string> = { 'content-type': contentType };
    if (request.headers.authorization) headers.authorization = request.headers.authorization;
    const answer = await fetch(`${target}${path}`, { method: request.method ?? 'POST', headers, ...(raw.length > 0 ? { body: raw } : {}) });
    return {
      status: answer.status,
      headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' },
      body: Buffer.from(await answer.arrayBuffer()),
    };
  }
}
