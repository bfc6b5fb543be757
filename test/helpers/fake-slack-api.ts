import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blockKitViolations, viewViolations } from './block-kit-limits.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One request Keino made: a Web API method, a response_url post, or a file upload. */
export interface RecordedCall {
  /** "chat.postMessage", …, or "response_url" / "file_upload". */
  method: string;
  body: Json;
  /** The bot token the call carried (Authorization: Bearer, or the token field). */
  token?: string;
  /** For response_url posts and uploads: the path that was called. */
  path: string;
  /** When the call arrived (Date.now()), for counting calls per second. */
  at: number;
  /** What the fake answered a Web API method (the ts of a posted message, …). */
  response?: Json;
}

export interface FakeChannel {
  id: string;
  name: string;
  is_private: boolean;
  is_archived: boolean;
  is_member: boolean;
  members: Set<string>;
}

type Injected = { kind: 'error'; error: string } | { kind: 'rate-limit'; retryAfterSeconds: number };

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');

export const FAKE_TEAM = 'T0KEINO';
export const FAKE_BOT_USER = 'U0KEINO';
export const FAKE_BOT_ID = 'B0KEINO';

/**
 * A local stand-in for Slack's Web API (and its response_url and upload endpoints) that records
 * every call and answers as Slack does: ts for posts, channels, views, upload URLs. Message and
 * view blocks are checked against Slack's limits and refused with invalid_blocks as Slack would.
 * A method can be told to fail with an `ok: false` error or HTTP 429 + Retry-After, N times.
 */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  private readonly events = new EventEmitter();
  private readonly injected = new Map<string, Injected[]>();
  private readonly users = new Map<string, Json>();
  private readonly channels = new Map<string, FakeChannel>();
  private readonly files = new Map<string, { info: Json; content: Buffer }>();
  private sequence = 0;
  /** What apps.connections.open hands out (a FakeSocketMode's url), for Socket Mode tests. */
  socketModeUrl?: string;

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {
    const alice = JSON.parse(readFileSync(path.join(fixtures, 'users-info.json'), 'utf8')).user;
    this.users.set(alice.id, alice);
  }

  static async start(): Promise<FakeSlackApi> {
    let fake: FakeSlackApi | undefined;
    const server = createServer((request, response) => {
      void fake!.handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeSlackApi(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  /** SLACK_API_URL for Keino. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A response_url for a payload; posts to it are recorded as "response_url". */
  responseUrl(name = 'r1'): string {
    return `${this.origin}/response/${name}`;
  }

  /** users.info answers for this person (as Slack's user object). */
  addUser(user: { id: string; name: string; email?: string; locale?: string; tz?: string }): void {
    this.users.set(user.id, {
      id: user.id,
      team_id: FAKE_TEAM,
      name: user.name.toLowerCase().replace(/\s+/g, '.'),
      real_name: user.name,
      tz: user.tz ?? 'Europe/Helsinki',
      locale: user.locale ?? 'fi-FI',
      is_bot: false,
      deleted: false,
      profile: { real_name: user.name, display_name: user.name.split(' ')[0], ...(user.email ? { email: user.email } : {}) },
    });
  }

  addChannel(channel: { id: string; name: string; isPrivate?: boolean; isMember?: boolean; archived?: boolean }): void {
    this.channels.set(channel.id, {
      id: channel.id,
      name: channel.name,
      is_private: channel.isPrivate ?? false,
      is_archived: channel.archived ?? false,
      is_member: channel.isMember ?? true,
      members: new Set(),
    });
  }

  /**
   * A file someone shared: files.info describes it as Slack does, and its url_private_download
   * serves the content (recorded as "file_download" with the token it was fetched with).
   */
  addFile(file: { id: string; name: string; content: string | Buffer; user: string; mimetype?: string; filetype?: string }): void {
    const content = Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, 'utf8');
    const download = `${this.origin}/files-pri/${FAKE_TEAM}-${file.id}/download/${encodeURIComponent(file.name)}`;
    this.files.set(file.id, {
      content,
      info: {
        id: file.id,
        created: Math.floor(Date.now() / 1000),
        name: file.name,
        title: file.name,
        mimetype: file.mimetype ?? 'text/csv',
        filetype: file.filetype ?? 'csv',
        user: file.user,
        size: content.length,
        is_external: false,
        url_private: `${this.origin}/files-pri/${FAKE_TEAM}-${file.id}/${encodeURIComponent(file.name)}`,
        url_private_download: download,
      },
    });
  }

  channel(id: string): FakeChannel | undefined {
    return this.channels.get(id);
  }

  /** The next `times` calls of the method answer `{ ok: false, error }`. */
  failNext(method: string, error: string, times = 1): void {
    this.inject(method, { kind: 'error', error }, times);
  }

  /** The next `times` calls of the method answer HTTP 429 with Retry-After. */
  rateLimitNext(method: string, retryAfterSeconds: number, times = 1): void {
    this.inject(method, { kind: 'rate-limit', retryAfterSeconds }, times);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves with the first call (past or future) of the method that matches. */
  waitFor(method: string, matches: (call: RecordedCall) => boolean = () => true, timeoutMs = 10_000): Promise<RecordedCall> {
    const found = this.calls.find((call) => call.method === method && matches(call));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const listener = (call: RecordedCall) => {
        if (call.method !== method || !matches(call)) return;
        clearTimeout(timer);
        this.events.off('call', listener);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.events.off('call', listener);
        reject(new Error(`no ${method} call within ${timeoutMs} ms; calls so far: ${this.calls.map((call) => call.method).join(', ') || 'none'}`));
      }, timeoutMs);
      this.events.on('call', listener);
    });
  }

  reset(): void {
    this.calls.length = 0;
    this.injected.clear();
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private inject(method: string, answer: Injected, times: number): void {
    const queue = this.injected.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(answer);
    this.injected.set(method, queue);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', this.origin);
    const [, area, name] = url.pathname.split('/');
    const method =
      area === 'api' ? name! : area === 'response' ? 'response_url' : area === 'upload' ? 'file_upload' : area === 'files-pri' ? 'file_download' : `unknown:${url.pathname}`;
    const body = area === 'upload' ? { bytes: raw.length, fileId: name, content: raw.toString('utf8') } : parseBody(raw, request.headers['content-type'] ?? '');
    const authorization = request.headers.authorization;
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : typeof body.token === 'string' ? body.token : undefined;
    const call: RecordedCall = { method, body, token, path: url.pathname, at: Date.now() };
    this.calls.push(call);

    const injected = this.injected.get(method)?.shift();
    if (injected?.kind === 'rate-limit') {
      response.writeHead(429, { 'retry-after': String(injected.retryAfterSeconds), 'content-type': 'application/json' });
      response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      this.events.emit('call', call);
      return;
    }
    if (area === 'response') {
      const problems = blockKitViolations(body.blocks ?? [], 'message');
      response.writeHead(problems.length > 0 ? 400 : 200, { 'content-type': 'text/plain' });
      response.end(problems.length > 0 ? 'invalid_blocks' : 'ok');
    } else if (area === 'files-pri') {
      const file = this.files.get(String(name).split('-').slice(1).join('-'));
      if (file && call.token) {
        response.writeHead(200, { 'content-type': file.info.mimetype, 'content-length': String(file.content.length) });
        response.end(file.content);
      } else {
        // Without a token Slack shows its sign-in page rather than an error.
        response.writeHead(file ? 200 : 404, { 'content-type': 'text/html' });
        response.end('<html>Sign in to Slack</html>');
      }
    } else if (area === 'upload') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end(`OK - ${raw.length}`);
    } else {
      const answer = injected?.kind === 'error' ? { ok: false, error: injected.error } : this.answer(method, body);
      call.response = answer;
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(answer));
    }
    this.events.emit('call', call);
  }

  private nextTs(): string {
    this.sequence += 1;
    return `${1741100000 + this.sequence}.${String(this.sequence * 100).padStart(6, '0')}`;
  }

  private answer(method: string, body: Json): Json {
    const blocksProblem = (surface: 'message') => (body.blocks ? blockKitViolations(body.blocks, surface) : []);
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://keino-network.slack.com/', team: 'KEINO', user: 'keino', team_id: FAKE_TEAM, user_id: FAKE_BOT_USER, bot_id: FAKE_BOT_ID, is_enterprise_install: false };
      case 'apps.connections.open':
        if (!this.socketModeUrl) return { ok: false, error: 'invalid_auth' };
        return { ok: true, url: this.socketModeUrl };
      case 'users.info': {
        const user = this.users.get(body.user);
        return user ? { ok: true, user } : { ok: false, error: 'user_not_found' };
      }
      case 'conversations.open': {
        const user = String(body.users ?? '').split(',')[0] ?? '';
        if (!this.users.has(user)) return { ok: false, error: 'user_not_found' };
        return { ok: true, channel: { id: `D${user.slice(1)}` } };
      }
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update': {
        const problems = blocksProblem('message');
        if (problems.length > 0) return { ok: false, error: 'invalid_blocks', errors: problems };
        if (!body.text && !body.blocks) return { ok: false, error: 'no_text' };
        const known = this.channels.get(body.channel);
        if (known?.is_archived) return { ok: false, error: 'is_archived' };
        if (method === 'chat.postEphemeral') return { ok: true, message_ts: this.nextTs() };
        const ts = method === 'chat.update' ? body.ts : this.nextTs();
        return { ok: true, channel: body.channel, ts, message: { type: 'message', text: body.text, user: FAKE_BOT_USER, bot_id: FAKE_BOT_ID, ts } };
      }
      case 'views.open':
      case 'views.publish': {
        const view = body.view;
        const problems = viewViolations(view);
        if (problems.length > 0) return { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems.map((problem) => `[ERROR] ${problem}`) } };
        return { ok: true, view: { id: `V${this.sequence++}`, team_id: FAKE_TEAM, ...view, state: { values: {} }, hash: `${Date.now()}.abc` } };
      }
      case 'conversations.create': {
        const taken = [...this.channels.values()].some((channel) => channel.name === body.name);
        if (taken) return { ok: false, error: 'name_taken' };
        if (!/^[a-z0-9_-]{1,80}$/.test(body.name ?? '')) return { ok: false, error: 'invalid_name_specials' };
        const id = `C0NEW${String(this.channels.size + 1).padStart(3, '0')}`;
        this.addChannel({ id, name: body.name, isPrivate: body.is_private === 'true' || body.is_private === true });
        return { ok: true, channel: { id, name: body.name, is_private: this.channels.get(id)!.is_private, is_member: true } };
      }
      case 'conversations.list':
        return {
          ok: true,
          channels: [...this.channels.values()]
            .filter((channel) => !channel.is_private && !(body.exclude_archived === 'true' && channel.is_archived))
            .map(({ members: _members, ...channel }) => channel),
          response_metadata: { next_cursor: '' },
        };
      case 'conversations.invite': {
        const channel = this.channels.get(body.channel);
        if (!channel) return { ok: false, error: 'channel_not_found' };
        const users = String(body.users).split(',');
        if (users.every((user) => channel.members.has(user))) return { ok: false, error: 'already_in_channel' };
        users.forEach((user) => channel.members.add(user));
        return { ok: true, channel: { id: channel.id } };
      }
      case 'conversations.kick': {
        const channel = this.channels.get(body.channel);
        if (!channel) return { ok: false, error: 'channel_not_found' };
        if (!channel.members.delete(body.user)) return { ok: false, error: 'not_in_channel' };
        return { ok: true };
      }
      case 'files.info': {
        const file = this.files.get(body.file);
        return file ? { ok: true, file: file.info } : { ok: false, error: 'file_not_found' };
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F0FILE${++this.sequence}`;
        return { ok: true, upload_url: `${this.origin}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = typeof body.files === 'string' ? JSON.parse(body.files) : body.files;
        return { ok: true, files: (files ?? []).map((file: Json) => ({ id: file.id, title: file.title, name: file.title })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function parseBody(raw: Buffer, contentType: string): Json {
  const text = raw.toString('utf8');
  if (contentType.includes('application/json')) {
    try {
      return JSON.parse(text);
    } catch {
      return { raw: text };
    }
  }
  if (contentType.includes('application/x-www-form-urlencoded')) {
    const body: Json = {};
    for (const [key, value] of new URLSearchParams(text)) {
      body[key] = /^[[{]/.test(value) ? tryJson(value) : value;
    }
    return body;
  }
  return { raw: text };
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
