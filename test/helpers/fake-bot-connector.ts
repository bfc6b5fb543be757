import type { Server } from 'node:http';
import express from 'express';

/** A Teams user the fake connector's member API knows. */
export interface FakeTeamsMember {
  /** The Teams user id ("29:…"). */
  id: string;
  name: string;
  aadObjectId: string;
  email?: string;
  userPrincipalName?: string;
}

/** An activity Keino posted into a conversation (a reply or a proactive send). */
export interface SentActivity {
  conversationId: string;
  /** The activity id in the URL (the one replied to; any id for proactive sends). */
  replyToId?: string;
  /** The id the fake gave the new activity. */
  id: string;
  activity: Record<string, any>;
}

export interface UpdatedActivity {
  conversationId: string;
  activityId: string;
  activity: Record<string, any>;
  /** When the update arrived (Date.now()), for counting updates per second. */
  at: number;
}

export interface CreatedConversation {
  id: string;
  parameters: Record<string, any>;
}

interface Failure {
  status: number;
  retryAfterSeconds?: number;
  code?: string;
}

/**
 * What the Bot Connector refuses, per Microsoft's Teams documentation. Each limit cites its page.
 */
export const TEAMS_FAKE_LIMITS = {
  /**
   * "Per bot per thread" limits (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit#per-bot-per-thread-limit):
   * sends and updates to one conversation, 7 in 1 s, 8 in 2 s, 60 in 30 s; over them the bot gets
   * HTTP 429 Too Many Requests.
   */
  perConversation: [
    { windowMs: 1000, most: 7 },
    { windowMs: 2000, most: 8 },
    { windowMs: 30_000, most: 60 },
  ],
  /**
   * A message over the size limit is refused with 413 RequestEntityTooLarge, code MessageSizeTooBig
   * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages). The
   * documented size has been 28 KB for cards (Teams' long-standing card limit, which
   * src/platforms/teams/capabilities.ts designs for), later 40 KB and 100 KB; the fake holds to
   * the strictest, 28 KB of JSON.
   */
  maxActivityBytes: 28 * 1024,
  /**
   * An Adaptive Card's `refresh.userIds` lists at most 60 people: "Maximum 60 different users can
   * see a different version of the card"
   * (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views).
   */
  maxRefreshUserIds: 60,
} as const;

/**
 * A local Bot Framework connector: the `serviceUrl` of the activities a test posts to Keino. It
 * records what Keino sends (replies, proactive messages, updates, created conversations),
 * answers member lookups from a table of test members, accepts any activity id for a new send,
 * and can answer the next sends with an error (429 with Retry-After, 403 …).
 *
 * It refuses what Teams refuses (TEAMS_FAKE_LIMITS): updating or deleting an activity the bot did
 * not send (403: "you can update or delete only the messages your bot sent",
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/update-and-delete-bot-messages);
 * opening a 1:1 chat with someone who has not installed the app (403: "for a user to receive
 * proactive messages, install the app for the user",
 * https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages;
 * the 403 for "bot not installed in the one-on-one chat" is reported at
 * https://learn.microsoft.com/answers/questions/1513369); a card with more than 60 refresh
 * user ids; a message over 28 KB; more sends to one conversation than its rate allows (429).
 * Members added with addMember have the app installed (an organisation-wide app setup policy)
 * unless `installed: false`.
 */
export class FakeBotConnector {
  readonly sent: SentActivity[] = [];
  readonly updates: UpdatedActivity[] = [];
  readonly created: CreatedConversation[] = [];
  readonly memberLookups: { conversationId: string; userId: string }[] = [];
  /** The files fetched from serveFile's addresses, in order (their names). */
  readonly downloads: string[] = [];
  private readonly members = new Map<string, FakeTeamsMember>();
  /** Teams user ids and AAD object ids of the people who have the app installed personally. */
  private readonly installed = new Set<string>();
  /** "<conversation id>/<activity id>" of every activity the bot sent (it may edit those only). */
  private readonly ownActivities = new Set<string>();
  /** When each conversation's sends and updates arrived, for the per-thread rate. */
  private readonly traffic = new Map<string, number[]>();
  /** Every refusal the fake made, for tests of what Keino did with it. */
  readonly refusals: { path: string; status: number; code: string }[] = [];
  private readonly files = new Map<string, { name: string; content: Buffer }>();
  /** OneDrive upload sessions a file-consent acceptance carries, by id, and what was uploaded to them. */
  private readonly uploadSessions = new Map<string, { name: string }>();
  /** Teams Keino is in, by their thread id, with their Microsoft 365 group id (GET /v3/teams/{id}). */
  private readonly teams = new Map<string, { name: string; aadGroupId: string }>();
  readonly uploads: { name: string; content: Buffer; headers: Record<string, string | undefined> }[] = [];
  private readonly failures: Failure[] = [];
  private nextId = 1;
  /** The fake's clock for its rate windows; a test may stop it so that a slow machine cannot spread a burst over two windows. */
  now: () => number = () => Date.now();

  private constructor(
    private readonly server: Server,
    /** With the trailing slash, as Teams sends serviceUrl. */
    readonly url: string,
  ) {}

  static async start(): Promise<FakeBotConnector> {
    const app = express();
    // An upload session takes the file's bytes as they are.
    app.use('/onedrive', express.raw({ type: () => true, limit: '10mb' }));
    app.use(express.json({ limit: '5mb' }));
    let connector: FakeBotConnector | undefined;
    app.use((request, response, next) => (connector ? connector.handle(request, response, next) : next()));
    const server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    connector = new FakeBotConnector(server, `http://127.0.0.1:${port}/`);
    return connector;
  }

  addMember(member: FakeTeamsMember, options: { installed?: boolean } = {}): void {
    this.members.set(member.id, member);
    this.members.set(member.aadObjectId, member);
    if (options.installed ?? true) {
      this.installed.add(member.id);
      this.installed.add(member.aadObjectId);
    }
  }

  /**
   * A card the bot sent before the test began (a click on it arrives now): the bot may edit it.
   * The id is the activity's `replyToId` in the click.
   */
  botSentEarlier(conversationId: string, activityId: string): void {
    this.ownActivities.add(`${conversationId.split(';')[0]}/${activityId}`);
  }

  /** An activity someone else posted in a conversation (a person's message): the bot may not edit it. */
  someoneElsesActivity(): string {
    return `person-activity-${this.nextId++}`;
  }

  /**
   * Serves a file as OneDrive serves the pre-authorised downloadUrl of a file sent to a bot;
   * returns that address (on this fake's host).
   */
  serveFile(name: string, content: string | Buffer): string {
    const id = `file-${this.nextId++}`;
    this.files.set(id, { name, content: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8') });
    return `${this.url}download/${id}?tempauth=fake`;
  }

  /**
   * The `uploadInfo` of a `fileConsent/invoke` when the person accepts: an upload session in their
   * OneDrive, which takes the whole file in one PUT as Microsoft Graph's upload sessions do
   * (https://learn.microsoft.com/graph/api/driveitem-createuploadsession#upload-bytes-to-the-upload-session:
   * Content-Range of the bytes sent, no Authorization header, 201 with the driveItem when the last
   * bytes arrive; https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4 for the invoke).
   */
  uploadSession(name: string): { name: string; uploadUrl: string; contentUrl: string; uniqueId: string; fileType: string } {
    const id = `session-${this.nextId++}`;
    this.uploadSessions.set(id, { name });
    return {
      name,
      uploadUrl: `${this.url}onedrive/upload/${id}`,
      contentUrl: `${this.url}onedrive/personal/Documents/Applications/Keino/${encodeURIComponent(name)}`,
      uniqueId: `unique-${id}`,
      fileType: name.split('.').pop() ?? '',
    };
  }

  /**
   * A team the connector describes (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/get-teams-context#get-team-details:
   * GET /v3/teams/{teamId} → id, name, aadGroupId).
   */
  addTeam(teamId: string, aadGroupId: string, name = 'KEINO'): void {
    this.teams.set(teamId, { name, aadGroupId });
  }

  /** The next `count` activity sends and updates are answered with this error instead. */
  failNext(count: number, failure: Failure): void {
    for (let index = 0; index < count; index++) this.failures.push(failure);
  }

  /** What Keino posted into one conversation (a channel's threads included). */
  sentTo(conversationId: string): SentActivity[] {
    return this.sent.filter((entry) => entry.conversationId === conversationId || entry.conversationId.startsWith(`${conversationId};`));
  }

  clear(): void {
    this.refusals.length = 0;
    this.traffic.clear();
    this.sent.length = 0;
    this.updates.length = 0;
    this.created.length = 0;
    this.memberLookups.length = 0;
    this.downloads.length = 0;
    this.uploads.length = 0;
    this.failures.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private handle(request: express.Request, response: express.Response, next: express.NextFunction): void {
    const parts = request.path.split('/').filter(Boolean).map(decodeURIComponent);
    const file = parts[0] === 'download' && request.method === 'GET' ? this.files.get(parts[1] ?? '') : undefined;
    if (file) {
      this.downloads.push(file.name);
      response.setHeader('content-type', 'application/octet-stream');
      response.send(file.content);
      return;
    }
    if (parts[0] === 'onedrive' && parts[1] === 'upload' && request.method === 'PUT') {
      this.upload(parts[2] ?? '', request, response);
      return;
    }
    if (parts[0] === 'v3' && parts[1] === 'teams' && request.method === 'GET' && parts.length === 3) {
      const team = this.teams.get(parts[2]!);
      if (!team) response.status(404).json({ error: { code: 'NotFound', message: 'The bot is not in this team' } });
      else response.json({ id: parts[2], name: team.name, aadGroupId: team.aadGroupId });
      return;
    }
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') {
      next();
      return;
    }
    const [, , conversationId, collection, itemId, extra] = parts;

    if (request.method === 'POST' && conversationId === undefined) {
      const members = (request.body?.members ?? []) as { id?: string }[];
      const personal = request.body?.isGroup !== true;
      if (personal && members.some((member) => !member.id || !this.installed.has(member.id))) {
        this.refuse(response, request.path, 403, 'Forbidden', 'The bot is not part of the conversation roster.');
        return;
      }
      const id = `a:fake-personal-${this.nextId++}`;
      this.created.push({ id, parameters: request.body });
      response.status(201).json({ id, serviceUrl: this.url });
      return;
    }
    if (request.method === 'GET' && collection === 'members' && itemId && extra === undefined) {
      this.memberLookups.push({ conversationId: conversationId!, userId: itemId });
      const member = this.members.get(itemId);
      if (!member) {
        response.status(404).json({ error: { code: 'MemberNotFoundInConversation', message: 'The user is not a member' } });
        return;
      }
      response.json({ ...member, tenantId: 'from-fake', userRole: 'user' });
      return;
    }
    if (collection === 'activities' && (request.method === 'POST' || request.method === 'PUT' || request.method === 'DELETE')) {
      const failure = this.failures.shift();
      if (failure) {
        if (failure.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(failure.retryAfterSeconds));
        response.status(failure.status).json({ error: { code: failure.code ?? `Status${failure.status}`, message: 'The fake connector said no' } });
        return;
      }
      const base = conversationId!.split(';')[0]!;
      if ((request.method === 'PUT' || request.method === 'DELETE') && itemId && !this.ownActivities.has(`${base}/${itemId}`)) {
        this.refuse(response, request.path, 403, 'Forbidden', 'The bot can only update or delete activities it sent.');
        return;
      }
      if (request.method !== 'DELETE') {
        const problem = this.contentProblem(request.body);
        if (problem) {
          this.refuse(response, request.path, problem.status, problem.code, problem.message);
          return;
        }
      }
      if (this.overRate(base)) {
        this.refuse(response, request.path, 429, 'TooManyRequests', 'Too many requests to this conversation.');
        return;
      }
      if (request.method === 'DELETE') {
        this.ownActivities.delete(`${base}/${itemId}`);
        response.status(200).json({});
        return;
      }
      if (request.method === 'PUT' && itemId) {
        this.updates.push({ conversationId: conversationId!, activityId: itemId, activity: request.body, at: Date.now() });
        response.json({ id: itemId });
        return;
      }
      const id = `fake-activity-${this.nextId++}`;
      this.ownActivities.add(`${base}/${id}`);
      this.sent.push({ conversationId: conversationId!, ...(itemId ? { replyToId: itemId } : {}), id, activity: request.body });
      response.status(201).json({ id });
      return;
    }
    response.status(404).json({ error: { code: 'NotFound', message: `${request.method} ${request.path} is not faked` } });
  }

  private upload(sessionId: string, request: express.Request, response: express.Response): void {
    const session = this.uploadSessions.get(sessionId);
    if (!session) {
      response.status(404).json({ error: { code: 'itemNotFound', message: 'The upload session does not exist' } });
      return;
    }
    // "Including the Authorization header when issuing the PUT call might result in an HTTP 401 Unauthorized response."
    if (request.headers.authorization) {
      response.status(401).json({ error: { code: 'unauthenticated', message: 'The upload URL is pre-authenticated' } });
      return;
    }
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(request.headers['content-range'] ?? '');
    if (
      !range ||
      Number(request.headers['content-length']) !== body.length ||
      Number(range[1]) !== 0 ||
      Number(range[2]) !== body.length - 1 ||
      Number(range[3]) !== body.length ||
      body.length === 0
    ) {
      response.status(416).json({ error: { code: 'invalidRange', message: 'The Content-Range does not match the bytes sent' } });
      return;
    }
    this.uploadSessions.delete(sessionId);
    this.uploads.push({
      name: session.name,
      content: body,
      headers: { 'content-range': request.headers['content-range'], 'content-length': request.headers['content-length'] },
    });
    response.status(201).json({ id: `item-${sessionId}`, name: session.name, size: body.length, file: {} });
  }

  private refuse(response: express.Response, path: string, status: number, code: string, message: string): void {
    this.refusals.push({ path, status, code });
    response.status(status).json({ error: { code, message } });
  }

  /** A message too large for Teams, or a card whose refresh lists too many people. */
  private contentProblem(activity: unknown): { status: number; code: string; message: string } | undefined {
    const bytes = Buffer.byteLength(JSON.stringify(activity ?? {}), 'utf8');
    if (bytes > TEAMS_FAKE_LIMITS.maxActivityBytes) return { status: 413, code: 'MessageSizeTooBig', message: `The message is ${bytes} bytes.` };
    const attachments = (activity as { attachments?: { content?: { refresh?: { userIds?: unknown[] } } }[] })?.attachments ?? [];
    for (const attachment of attachments) {
      const userIds = attachment.content?.refresh?.userIds;
      if (Array.isArray(userIds) && userIds.length > TEAMS_FAKE_LIMITS.maxRefreshUserIds) {
        return { status: 400, code: 'BadArgument', message: `refresh.userIds lists ${userIds.length} users; at most ${TEAMS_FAKE_LIMITS.maxRefreshUserIds}.` };
      }
    }
    return undefined;
  }

  /** Counts this send or update against the conversation's rate; true when it is over. */
  private overRate(conversationId: string): boolean {
    const now = this.now();
    const longest = Math.max(...TEAMS_FAKE_LIMITS.perConversation.map((limit) => limit.windowMs));
    const recent = (this.traffic.get(conversationId) ?? []).filter((at) => now - at < longest);
    this.traffic.set(conversationId, recent);
    if (TEAMS_FAKE_LIMITS.perConversation.some((limit) => recent.filter((at) => now - at < limit.windowMs).length >= limit.most)) return true;
    recent.push(now);
    return false;
  }
}
