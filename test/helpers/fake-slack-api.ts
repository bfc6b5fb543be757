import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { blockKitViolations, viewViolations } from './block-kit-limits.js';

type Json = any;

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

/** A message in the fake workspace, and who posted it (which decides who may chat.update it). */
export interface FakeMessage {
  channel: string;
  ts: string;
  /** "keino": chat.postMessage with Keino's token; "response": a command's or click's response; "person": someone else. */
  author: 'keino' | 'response' | 'person';
  text?: string;
  blocks?: Json[];
  /** Every version the message had, oldest first (chat.update adds one). */
  versions: number;
}

type Injected = { kind: 'error'; error: string } | { kind: 'rate-limit'; retryAfterSeconds: number };

interface IssuedResponseUrl {
  issuedAt: number;
  posts: number;
  channel?: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '../fixtures/slack');
const manifestPath = path.resolve(here, '../../manifests/slack/manifest.yaml');

/**
 * Documented limits the fake holds Keino to. Each cites where Slack says so.
 */
export const SLACK_FAKE_LIMITS = {
  /**
   * "You can use a response_url to post up to 5 times within 30 minutes of receiving the payload"
   * (https://api.slack.com/interactivity/handling#message_responses). After that Slack answers the
   * post with HTTP 404 and `used_url` / `expired_url`.
   */
  responseUrlPosts: 5,
  responseUrlLifetimeMs: 30 * 60_000,
  /**
   * "trigger_id … expires in 3 seconds" (https://api.slack.com/interactivity/handling#modal_responses);
   * views.open answers `expired_trigger_id`, and a trigger used once answers `exchanged_trigger_id`
   * (https://api.slack.com/methods/views.open#errors).
   */
  triggerLifetimeMs: 3000,
  /**
   * Web API tiers, per method per workspace per app (https://api.slack.com/apis/rate-limits):
   * Tier 3 "50+ per minute", Tier 4 "100+ per minute"; over the limit Slack answers HTTP 429 with
   * a Retry-After header in seconds. users.info is Tier 4
   * (https://api.slack.com/methods/users.info), conversations.open, conversations.join and
   * chat.update Tier 3 (https://api.slack.com/methods/conversations.open, …/conversations.join,
   * …/chat.update).
   */
  perMinute: { 'users.info': 100, 'conversations.open': 50, 'conversations.join': 50, 'chat.update': 50 } as Record<string, number>,
  /**
   * chat.postMessage: "msg_too_long: Message text is too long"; Slack truncates text over 40,000
   * characters (https://api.slack.com/methods/chat.postMessage#truncating).
   */
  messageTextCharacters: 40_000,
  /**
   * An image block's slack_file names a file by id or url, not both; "only png, jpg, jpeg, and gif
   * Slack image files are supported" and "the user posting these blocks must have access to this
   * file" (https://docs.slack.dev/reference/block-kit/composition-objects/slack-file-object).
   */
  slackFileImageTypes: ['png', 'jpg', 'jpeg', 'gif'],
} as const;

/**
 * A file uploaded the external way (https://docs.slack.dev/reference/methods/files.getUploadURLExternal):
 * files.getUploadURLExternal (filename and length required) hands out an upload URL and a file id,
 * the bytes are POSTed there (raw or multipart; Slack answers 200), and files.completeUploadExternal
 * finishes it: shared into channel_id, or private to the uploader when there is none
 * (https://docs.slack.dev/reference/methods/files.completeUploadExternal).
 */
export interface FakeUpload {
  id: string;
  filename: string;
  /** The length files.getUploadURLExternal was told. */
  length: number;
  altText?: string;
  /** The file's bytes as received at the upload URL (the multipart file part, when multipart). */
  content?: Buffer;
  completed: boolean;
  title?: string;
  /** Where it was shared; none: private to Keino. */
  channel?: string;
}

/** The bot scopes our manifest asks for: the token the fake hands Keino has exactly these. */
export function manifestBotScopes(): string[] {
  const manifest = parseYaml(readFileSync(manifestPath, 'utf8')) as { oauth_config: { scopes: { bot: string[] } } };
  return manifest.oauth_config.scopes.bot;
}

export const FAKE_TEAM = 'T0KEINO';
export const FAKE_BOT_USER = 'U0KEINO';
export const FAKE_BOT_ID = 'B0KEINO';

/**
 * A local stand-in for Slack's Web API (and its response_url and upload endpoints) that records
 * every call and answers as Slack's documentation says Slack does: ts for posts, channels, views,
 * upload URLs; only Keino's own posts can be updated; a channel Keino is not in refuses its posts;
 * response URLs, trigger ids and the rate-limit tiers run out (SLACK_FAKE_LIMITS). Message and view
 * blocks are checked against Slack's limits and refused with invalid_blocks as Slack would.
 * A method can be told to fail with an `ok: false` error or HTTP 429 + Retry-After, N times.
 *
 * The workspace knows Alice (U0ALICE, the fixtures' user) and the channels a test adds. Keino's
 * direct conversation with a person the fake knows is `D` + the user id without its `U`, as
 * conversations.open hands it out.
 */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  /** The token's scopes: the manifest's bot scopes unless a test changes them. */
  readonly scopes = new Set(manifestBotScopes());
  private readonly events = new EventEmitter();
  private readonly injected = new Map<string, Injected[]>();
  private readonly users = new Map<string, Json>();
  private readonly channels = new Map<string, FakeChannel>();
  private readonly files = new Map<string, { info: Json; content: Buffer }>();
  /** Files Keino uploaded, by file id. */
  readonly uploads = new Map<string, FakeUpload>();
  private readonly messages = new Map<string, FakeMessage>();
  private readonly responseUrls = new Map<string, IssuedResponseUrl>();
  private readonly triggers = new Map<string, { issuedAt: number; used: boolean }>();
  /** Workflow step runs Slack started (functionExecuted), by function_execution_id. */
  readonly executions = new Map<string, FakeExecution>();
  /** Modals open now, by view id: what views.open or views.update made them, and their hash. */
  readonly views = new Map<string, { view: Json; hash: string }>();
  /**
   * Set when the workspace removed Keino or revoked its token: every Web API call with Keino's
   * token then answers this error, as Slack's methods list it ("account_inactive: Authentication
   * token is for a deleted user or workspace when using a bot token", "token_revoked:
   * Authentication token is for a deleted user or workspace or the app has been removed",
   * "invalid_auth: Some aspect of authentication cannot be validated",
   * https://api.slack.com/methods/chat.postMessage#errors).
   */
  revokedWith?: 'account_inactive' | 'token_revoked' | 'invalid_auth';
  private readonly recent = new Map<string, number[]>();
  private sequence = 0;
  /** What apps.connections.open hands out (a FakeSocketMode's url), for Socket Mode tests. */
  socketModeUrl?: string;
  /**
   * Whether the Tier 3/4 per-minute limits apply (SLACK_FAKE_LIMITS.perMinute). Only a benchmark
   * that measures something else and says so in its figures turns them off.
   */
  tierLimits = true;

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

  /**
   * A response_url for a payload Slack sends now (its 30 minutes and 5 posts start now, also when
   * a test names a URL again for a new payload); posts to it are recorded as "response_url". With `channel`, an in_channel response becomes a
   * message there (one Keino cannot chat.update).
   */
  responseUrl(name = 'r1', options: { channel?: string } = {}): string {
    this.responseUrls.set(name, { issuedAt: Date.now(), posts: 0, ...(options.channel ? { channel: options.channel } : {}) });
    return `${this.origin}/response/${name}`;
  }

  /** A trigger_id for a payload Slack sends now: views.open takes it once, within 3 seconds. */
  triggerId(): string {
    this.sequence += 1;
    const id = `${Date.now()}.1000000000001.${this.sequence.toString(16).padStart(32, '0')}`;
    this.triggers.set(id, { issuedAt: Date.now(), used: false });
    return id;
  }

  /**
   * A global shortcut's payload as Slack sends it (type `shortcut`: callback_id, trigger_id, user,
   * team; no channel, message or response_url), https://api.slack.com/reference/interaction-payloads/shortcuts.
   */
  globalShortcut(callbackId: string, user: { id: string; name: string; teamId?: string } = { id: 'U0ALICE', name: 'alice' }): Json {
    const team = user.teamId ?? FAKE_TEAM;
    return {
      type: 'shortcut',
      token: 'verification-token-placeholder',
      action_ts: `${Math.floor(Date.now() / 1000)}.000100`,
      team: { id: team, domain: 'keino-network' },
      user: { id: user.id, username: user.name, team_id: team },
      is_enterprise_install: false,
      enterprise: null,
      callback_id: callbackId,
      trigger_id: this.triggerId(),
    };
  }

  /**
   * A message shortcut's payload (type `message_action`): the global one's fields plus the channel,
   * the whole message and a response_url (same page). The response_url answers in that channel.
   */
  messageShortcut(
    callbackId: string,
    options: {
      channel: string;
      channelName?: string;
      text: string;
      author?: string;
      user?: { id: string; name: string; teamId?: string };
      responseUrl?: string;
    },
  ): Json {
    const user = options.user ?? { id: 'U0ALICE', name: 'alice' };
    const team = user.teamId ?? FAKE_TEAM;
    const ts = this.postAsPerson(options.channel, options.text);
    return {
      type: 'message_action',
      token: 'verification-token-placeholder',
      action_ts: `${Math.floor(Date.now() / 1000)}.000200`,
      team: { id: team, domain: 'keino-network' },
      user: { id: user.id, name: user.name, team_id: team },
      channel: { id: options.channel, name: options.channelName ?? this.channels.get(options.channel)?.name ?? 'directmessage' },
      is_enterprise_install: false,
      enterprise: null,
      callback_id: callbackId,
      trigger_id: this.triggerId(),
      response_url: this.responseUrl(options.responseUrl ?? `shortcut-${ts}`, { channel: options.channel }),
      message_ts: ts,
      message: { type: 'message', user: options.author ?? 'U0BOB', ts, text: options.text, team },
    };
  }

  /**
   * What Slack sends when a person submits a modal Keino opened (type `view_submission`,
   * https://api.slack.com/reference/interaction-payloads/views#view_submission): the view as it
   * is now, with the person's input as its state.
   */
  viewSubmission(viewId: string, values: Json, user: { id: string; name: string; teamId?: string } = { id: 'U0ALICE', name: 'alice' }): Json {
    const open = this.views.get(viewId);
    if (!open) throw new Error(`no open view ${viewId}`);
    const team = user.teamId ?? FAKE_TEAM;
    return {
      type: 'view_submission',
      team: { id: team, domain: 'keino-network' },
      user: { id: user.id, username: user.name, name: user.name, team_id: team },
      api_app_id: 'A0KEINO',
      token: 'verification-token-placeholder',
      trigger_id: this.triggerId(),
      view: { ...open.view, id: viewId, team_id: team, hash: open.hash, state: { values } },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    };
  }

  /**
   * A workflow reaching one of Keino's custom steps: the `function_executed` event in its envelope
   * as Slack sends it (https://docs.slack.dev/reference/events/function_executed/): the function's
   * definition from the manifest (its parameters as lists), the inputs, a function_execution_id and
   * a bot_access_token for this run. The run waits for functions.completeSuccess or completeError.
   */
  functionExecuted(callbackId: string, inputs: Json, options: { teamId?: string } = {}): Json {
    const definition = manifestFunctions()[callbackId];
    if (!definition) throw new Error(`the manifest declares no function ${callbackId}`);
    this.sequence += 1;
    const executionId = `Fx${String(this.sequence).padStart(10, '0')}`;
    const token = `xwfp-1000000000001-${this.sequence}-workflow-token`;
    this.executions.set(executionId, { callbackId, token, state: 'running' });
    const parameters = (set: Json) => Object.values(set ?? {});
    return {
      token: 'verification-token-placeholder',
      team_id: options.teamId ?? FAKE_TEAM,
      api_app_id: 'A0KEINO',
      type: 'event_callback',
      event_id: `Ev${String(this.sequence).padStart(10, '0')}`,
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'function_executed',
        function: {
          id: `Fn${String(this.sequence).padStart(10, '0')}`,
          callback_id: callbackId,
          title: definition.title,
          description: definition.description,
          type: 'app',
          input_parameters: parameters(definition.input_parameters),
          output_parameters: parameters(definition.output_parameters),
          app_id: 'A0KEINO',
          date_created: 1_764_800_000,
          date_updated: 1_764_800_000,
          date_deleted: 0,
        },
        inputs,
        function_execution_id: executionId,
        workflow_execution_id: `Wx${String(this.sequence).padStart(10, '0')}`,
        event_ts: `${Math.floor(Date.now() / 1000)}.000300`,
        bot_access_token: token,
      },
      authorizations: [{ team_id: options.teamId ?? FAKE_TEAM, user_id: FAKE_BOT_USER, is_bot: true, is_enterprise_install: false }],
    };
  }

  /** The last modal views.open or views.update left open, and its id. */
  lastView(): { id: string; view: Json } | undefined {
    const last = [...this.views.entries()].at(-1);
    return last ? { id: last[0], view: last[1].view } : undefined;
  }

  /**
   * What Slack does with a slash command's or interaction's in_channel acknowledgement body: it
   * posts it as the app's response, a message Keino did not post with chat.postMessage and so
   * cannot chat.update (bolt-js issue #2063). Returns its ts.
   */
  postAcknowledgement(channel: string, body: { text?: string; blocks?: Json[] }): string {
    return this.storeMessage({ channel, author: 'response', text: body.text, blocks: body.blocks });
  }

  /** A message someone else wrote in a channel. */
  postAsPerson(channel: string, text: string): string {
    return this.storeMessage({ channel, author: 'person', text });
  }

  /** The messages in a channel, oldest first, as they are now. */
  messagesIn(channel: string): FakeMessage[] {
    return [...this.messages.values()].filter((message) => message.channel === channel);
  }

  message(channel: string, ts: string): FakeMessage | undefined {
    return this.messages.get(`${channel}/${ts}`);
  }

  /** Archives a channel (Slack refuses posts and updates there with is_archived). */
  archiveChannel(id: string): void {
    const channel = this.channels.get(id);
    if (channel) channel.is_archived = true;
  }

  /** users.info answers for this person (as Slack's user object). */
  addUser(user: { id: string; name: string; email?: string; locale?: string; tz?: string; emailConfirmed?: boolean; teamId?: string; isBot?: boolean }): void {
    this.users.set(user.id, {
      id: user.id,
      team_id: user.teamId ?? FAKE_TEAM,
      // users.info says whether the person confirmed their e-mail (https://api.slack.com/types/user: is_email_confirmed).
      is_email_confirmed: user.emailConfirmed ?? true,
      name: user.name.toLowerCase().replace(/\s+/g, '.'),
      real_name: user.name,
      tz: user.tz ?? 'Europe/Helsinki',
      locale: user.locale ?? 'fi-FI',
      is_bot: user.isBot ?? false,
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
    this.recent.clear();
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Seconds until the method's tier lets another call through; undefined when it does now. */
  private tierWaitSeconds(method: string, now: number): number | undefined {
    const limit = SLACK_FAKE_LIMITS.perMinute[method];
    if (limit === undefined || !this.tierLimits) return undefined;
    const recent = (this.recent.get(method) ?? []).filter((at) => now - at < 60_000);
    this.recent.set(method, recent);
    if (recent.length >= limit) return Math.max(1, Math.ceil((recent[0]! + 60_000 - now) / 1000));
    recent.push(now);
    return undefined;
  }

  /** A post to a response_url: five within thirty minutes of the payload, as Slack allows. */
  private respond(name: string, body: Json): [number, string] {
    const issued = this.responseUrls.get(name);
    if (!issued) return [404, 'invalid_url'];
    if (Date.now() - issued.issuedAt > SLACK_FAKE_LIMITS.responseUrlLifetimeMs) return [404, 'expired_url'];
    if (issued.posts >= SLACK_FAKE_LIMITS.responseUrlPosts) return [404, 'used_url'];
    issued.posts += 1;
    const problems = blockKitViolations(body.blocks ?? [], 'message');
    if (problems.length > 0) return [400, 'invalid_blocks'];
    if (body.response_type === 'in_channel' && issued.channel)
      this.storeMessage({ channel: issued.channel, author: 'response', text: body.text, blocks: body.blocks });
    return [200, 'ok'];
  }

  private storeMessage(message: Omit<FakeMessage, 'ts' | 'versions'>): string {
    const ts = this.nextTs();
    this.messages.set(`${message.channel}/${ts}`, { ...message, ts, versions: 1 });
    return ts;
  }

  /**
   * Whether Keino may post in a channel, as chat.postMessage answers
   * (https://api.slack.com/methods/chat.postMessage#errors): `channel_not_found` for a channel
   * Keino cannot see (unknown, or private and Keino not in it: Slack does not reveal those),
   * `not_in_channel` for a public channel Keino is not in unless the token has
   * chat:write.public ("Send messages to channels your app isn't a member of",
   * https://api.slack.com/scopes/chat:write.public), `is_archived` for an archived one.
   */
  private postingProblem(channelId: string, method: 'chat.postMessage' | 'chat.postEphemeral' | 'chat.update'): string | undefined {
    if (channelId.startsWith('D') && !this.channels.has(channelId)) {
      return this.users.has(`U${channelId.slice(1)}`) ? undefined : 'channel_not_found';
    }
    const channel = this.channels.get(channelId);
    if (!channel) return 'channel_not_found';
    if (channel.is_archived) return 'is_archived';
    if (channel.is_member) return undefined;
    if (channel.is_private) return 'channel_not_found';
    if (method === 'chat.postMessage' && this.scopes.has('chat:write.public')) return undefined;
    return 'not_in_channel';
  }

  /**
   * Image blocks that name a Slack file: one Keino completed an upload of (so Keino has access to
   * it), of an image type Slack shows (SLACK_FAKE_LIMITS.slackFileImageTypes), by id or url but
   * not both.
   */
  private slackFileProblems(blocks: unknown): string[] {
    if (!Array.isArray(blocks)) return [];
    const problems: string[] = [];
    blocks.forEach((block: Json, index: number) => {
      if (block?.type !== 'image' || !block.slack_file) return;
      const { id, url } = block.slack_file;
      const upload = id !== undefined ? this.uploads.get(id) : undefined;
      const extension = upload?.filename.split('.').at(-1)?.toLowerCase() ?? '';
      if ((id === undefined) === (url === undefined)) problems.push(`blocks[${index}] slack_file needs an id or a url, not both`);
      else if (!upload?.completed) problems.push(`blocks[${index}] slack_file ${id ?? url} is no file Keino can see`);
      else if (!(SLACK_FAKE_LIMITS.slackFileImageTypes as readonly string[]).includes(extension)) problems.push(`blocks[${index}] slack_file is not an image`);
    });
    return problems;
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
      area === 'api'
        ? name!
        : area === 'response'
          ? 'response_url'
          : area === 'upload'
            ? 'file_upload'
            : area === 'files-pri'
              ? 'file_download'
              : `unknown:${url.pathname}`;
    const body =
      area === 'upload'
        ? { bytes: raw.length, fileId: name, content: raw.toString('utf8'), file: uploadedBytes(raw, request.headers['content-type'] ?? '') }
        : parseBody(raw, request.headers['content-type'] ?? '');
    const authorization = request.headers.authorization;
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7) : typeof body.token === 'string' ? body.token : undefined;
    const call: RecordedCall = { method, body, token, path: url.pathname, at: Date.now() };
    this.calls.push(call);

    const injected = this.injected.get(method)?.shift();
    const tierWait = injected ? undefined : this.tierWaitSeconds(method, call.at);
    if (injected?.kind === 'rate-limit' || tierWait !== undefined) {
      response.writeHead(429, {
        'retry-after': String(injected?.kind === 'rate-limit' ? injected.retryAfterSeconds : tierWait),
        'content-type': 'application/json',
      });
      response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      call.response = { ok: false, error: 'ratelimited', status: 429 };
      this.events.emit('call', call);
      return;
    }
    if (area === 'api' && this.revokedWith && call.token?.startsWith('xoxb-')) {
      const answer = { ok: false, error: this.revokedWith };
      call.response = answer;
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(answer));
      this.events.emit('call', call);
      return;
    }
    if (area === 'response') {
      const [status, answer] = this.respond(String(name), body);
      call.response = { status, body: answer };
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(answer);
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
      const upload = this.uploads.get(String(name));
      if (upload) upload.content = body.file;
      response.writeHead(upload ? 200 : 404, { 'content-type': 'text/plain' });
      response.end(upload ? `OK - ${raw.length}` : 'not found');
    } else {
      const answer = injected?.kind === 'error' ? { ok: false, error: injected.error } : this.answer(method, body, call.token);
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

  private answer(method: string, body: Json, token?: string): Json {
    const blocksProblem = (surface: 'message') => (body.blocks ? blockKitViolations(body.blocks, surface) : []);
    switch (method) {
      case 'functions.completeSuccess':
      case 'functions.completeError': {
        // https://docs.slack.dev/reference/methods/functions.completeSuccess/ and …/functions.completeError/:
        // function_execution_not_found for an id Slack never issued, access_denied for a token that
        // is not this run's, execution_not_in_running_state once the run was completed or failed,
        // parameter_validation_failed for outputs the manifest's output_parameters do not allow.
        const execution = this.executions.get(String(body.function_execution_id ?? ''));
        if (!execution) return { ok: false, error: 'function_execution_not_found' };
        if (token !== execution.token) return { ok: false, error: 'access_denied' };
        if (execution.state !== 'running') return { ok: false, error: 'execution_not_in_running_state' };
        if (method === 'functions.completeError') {
          if (typeof body.error !== 'string' || body.error === '') return { ok: false, error: 'invalid_arguments' };
          execution.state = 'failed';
          execution.error = body.error;
          return { ok: true };
        }
        const problems = outputProblems(manifestFunctions()[execution.callbackId]?.output_parameters ?? {}, body.outputs);
        if (problems.length > 0) return { ok: false, error: 'parameter_validation_failed', errors: problems };
        execution.state = 'completed';
        execution.outputs = body.outputs;
        return { ok: true };
      }
      case 'chat.getPermalink': {
        // https://docs.slack.dev/reference/methods/chat.getPermalink/
        const message = this.messages.get(`${body.channel}/${body.message_ts}`);
        if (!message) return { ok: false, error: this.channels.has(body.channel) ? 'message_not_found' : 'channel_not_found' };
        return {
          ok: true,
          channel: body.channel,
          permalink: `https://keino-network.slack.com/archives/${body.channel}/p${String(body.message_ts).replace('.', '')}`,
        };
      }
      case 'auth.test':
        return {
          ok: true,
          url: 'https://keino-network.slack.com/',
          team: 'KEINO',
          user: 'keino',
          team_id: FAKE_TEAM,
          user_id: FAKE_BOT_USER,
          bot_id: FAKE_BOT_ID,
          is_enterprise_install: false,
        };
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
      case 'conversations.join': {
        // https://api.slack.com/methods/conversations.join: bot tokens need channels:join; a
        // private channel, DM or group DM answers method_not_supported_for_channel_type (a bot
        // has to be invited there, bolt-js issue #1656); an archived one is_archived.
        if (!this.scopes.has('channels:join')) return { ok: false, error: 'missing_scope', needed: 'channels:join', provided: [...this.scopes].join(',') };
        const channel = this.channels.get(body.channel);
        if (!channel) return { ok: false, error: String(body.channel).startsWith('D') ? 'method_not_supported_for_channel_type' : 'channel_not_found' };
        if (channel.is_private) return { ok: false, error: channel.is_member ? 'method_not_supported_for_channel_type' : 'channel_not_found' };
        if (channel.is_archived) return { ok: false, error: 'is_archived' };
        const warning = channel.is_member ? { warning: 'already_in_channel' } : {};
        channel.is_member = true;
        return { ok: true, channel: { id: channel.id, name: channel.name, is_channel: true, is_private: false, is_member: true }, ...warning };
      }
      case 'chat.postMessage':
      case 'chat.postEphemeral':
      case 'chat.update': {
        const problems = [...blocksProblem('message'), ...this.slackFileProblems(body.blocks)];
        if (problems.length > 0) return { ok: false, error: 'invalid_blocks', errors: problems };
        if (!body.text && !body.blocks) return { ok: false, error: 'no_text' };
        if (typeof body.text === 'string' && body.text.length > SLACK_FAKE_LIMITS.messageTextCharacters) return { ok: false, error: 'msg_too_long' };
        const refused = this.postingProblem(String(body.channel ?? ''), method);
        if (refused) return { ok: false, error: refused };
        if (method === 'chat.postEphemeral') return { ok: true, message_ts: this.nextTs() };
        if (method === 'chat.update') {
          // https://api.slack.com/methods/chat.update#errors: "message_not_found: No message exists
          // with the requested timestamp", "cant_update_message: Authenticated user does not have
          // permission to update this message" — a bot updates only what it posted itself, not a
          // command's response (bolt-js issue #2063).
          const existing = this.messages.get(`${body.channel}/${body.ts}`);
          if (!existing) return { ok: false, error: 'message_not_found' };
          if (existing.author !== 'keino') return { ok: false, error: 'cant_update_message' };
          existing.text = body.text;
          if (body.blocks !== undefined) existing.blocks = body.blocks;
          existing.versions += 1;
          return {
            ok: true,
            channel: body.channel,
            ts: body.ts,
            text: body.text,
            message: { type: 'message', text: body.text, user: FAKE_BOT_USER, bot_id: FAKE_BOT_ID },
          };
        }
        const ts = this.storeMessage({ channel: body.channel, author: 'keino', text: body.text, blocks: body.blocks });
        return { ok: true, channel: body.channel, ts, message: { type: 'message', text: body.text, user: FAKE_BOT_USER, bot_id: FAKE_BOT_ID, ts } };
      }
      case 'views.update': {
        // https://api.slack.com/methods/views.update: view_id of an open view ("not_found"), and
        // with a hash, only the view as last seen ("hash_conflict").
        const open = this.views.get(String(body.view_id ?? ''));
        if (!open) return { ok: false, error: 'not_found' };
        if (body.hash !== undefined && body.hash !== open.hash) return { ok: false, error: 'hash_conflict' };
        const problems = viewViolations(body.view);
        if (problems.length > 0)
          return { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems.map((problem) => `[ERROR] ${problem}`) } };
        open.view = body.view;
        open.hash = `${Date.now()}.${++this.sequence}`;
        return { ok: true, view: { id: body.view_id, team_id: FAKE_TEAM, ...body.view, state: { values: {} }, hash: open.hash } };
      }
      case 'views.open':
      case 'views.publish': {
        if (method === 'views.open') {
          const trigger = this.triggers.get(String(body.trigger_id ?? ''));
          if (!trigger) return { ok: false, error: 'invalid_trigger_id' };
          if (trigger.used) return { ok: false, error: 'exchanged_trigger_id' };
          if (Date.now() - trigger.issuedAt > SLACK_FAKE_LIMITS.triggerLifetimeMs) return { ok: false, error: 'expired_trigger_id' };
          trigger.used = true;
        }
        const view = body.view;
        const problems = viewViolations(view);
        if (problems.length > 0)
          return { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems.map((problem) => `[ERROR] ${problem}`) } };
        const id = `V${this.sequence++}`;
        const hash = `${Date.now()}.${this.sequence}`;
        if (method === 'views.open') this.views.set(id, { view, hash });
        return { ok: true, view: { id, team_id: FAKE_TEAM, ...view, state: { values: {} }, hash } };
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
        // https://api.slack.com/methods/conversations.invite#errors: "not_in_channel: The
        // authenticated user is not in the channel."
        if (!channel.is_member) return { ok: false, error: channel.is_private ? 'channel_not_found' : 'not_in_channel' };
        const users = String(body.users).split(',');
        if (users.every((user) => channel.members.has(user))) return { ok: false, error: 'already_in_channel' };
        for (const user of users) channel.members.add(user);
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
        const length = Number(body.length);
        if (typeof body.filename !== 'string' || body.filename.length === 0 || !Number.isInteger(length) || length <= 0) {
          return { ok: false, error: 'invalid_arguments' };
        }
        const fileId = `F0FILE${++this.sequence}`;
        this.uploads.set(fileId, { id: fileId, filename: body.filename, length, altText: body.alt_text ?? body.alt_txt, completed: false });
        return { ok: true, upload_url: `${this.origin}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = (typeof body.files === 'string' ? JSON.parse(body.files) : body.files) as Json[] | undefined;
        // Only files whose bytes arrived can be completed; the fake names the failure as Slack's
        // method does for an id it does not know.
        const unknown = (files ?? []).find((file) => !this.uploads.get(file.id)?.content);
        if (!files?.length || unknown) return { ok: false, error: 'file_not_found' };
        for (const file of files) {
          const upload = this.uploads.get(file.id)!;
          upload.completed = true;
          upload.title = file.title;
          if (body.channel_id) upload.channel = body.channel_id;
        }
        return { ok: true, files: files.map((file: Json) => ({ id: file.id, title: file.title, name: this.uploads.get(file.id)!.filename })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/**
 * The file's bytes from an upload URL request: the body itself, or the file part of a
 * multipart/form-data body (what the Node SDK's files.uploadV2 sends).
 */
function uploadedBytes(raw: Buffer, contentType: string): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!contentType.startsWith('multipart/form-data') || !boundary) return raw;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let at = raw.indexOf(delimiter);
  while (at !== -1) {
    const headersEnd = raw.indexOf('\r\n\r\n', at);
    const next = raw.indexOf(delimiter, at + delimiter.length);
    if (headersEnd === -1 || next === -1) break;
    const headers = raw.subarray(at, headersEnd).toString('utf8');
    if (/filename=/i.test(headers) || /content-type/i.test(headers)) return raw.subarray(headersEnd + 4, next - 2);
    at = next;
  }
  return raw;
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

/** A workflow step run: running until Keino completes or fails it, once. */
export interface FakeExecution {
  callbackId: string;
  token: string;
  state: 'running' | 'completed' | 'failed';
  outputs?: Json;
  error?: string;
}

function manifestFunctions(): Record<string, Json> {
  return (parseYaml(readFileSync(manifestPath, 'utf8')) as { functions?: Record<string, Json> }).functions ?? {};
}

/** Outputs against the manifest's output_parameters: each required one present, each of its type. */
function outputProblems(parameters: Record<string, Json>, outputs: unknown): string[] {
  if (!outputs || typeof outputs !== 'object') return ['outputs must be an object'];
  const values = outputs as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, parameter] of Object.entries(parameters)) {
    const value = values[name];
    if (value === undefined || value === null) {
      if (parameter.is_required) problems.push(`${name} is required`);
      continue;
    }
    const fits =
      parameter.type === 'integer'
        ? Number.isInteger(value)
        : parameter.type === 'boolean'
          ? typeof value === 'boolean'
          : parameter.type === 'array'
            ? Array.isArray(value)
            : typeof value === 'string';
    if (!fits) problems.push(`${name} is not of type ${parameter.type}`);
  }
  for (const name of Object.keys(values)) if (!(name in parameters)) problems.push(`${name} is no output parameter`);
  return problems;
}
