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
  activity: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface UpdatedActivity {
  conversationId: string;
  activityId: string;
  activity: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** When the update arrived (Date.now()), for counting updates per second. */
  at: number;
}

export interface CreatedConversation {
  id: string;
  parameters: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

interface Failure {
  status: number;
  retryAfterSeconds?: number;
  code?: string;
}

/**
 * A local Bot Framework connector: the `serviceUrl` of the activities a test posts to Keino. It
 * records what Keino sends (replies, proactive messages, updates, created conversations),
 * answers member lookups from a table of test members, accepts any activity id, and can answer
 * the next sends with an error (429 with Retry-After, 403 …).
 */
export class FakeBotConnector {
  readonly sent: SentActivity[] = [];
  readonly updates: UpdatedActivity[] = [];
  readonly created: CreatedConversation[] = [];
  readonly memberLookups: { conversationId: string; userId: string }[] = [];
  /** The files fetched from serveFile's addresses, in order (their names). */
  readonly downloads: string[] = [];
  private readonly members = new Map<string, FakeTeamsMember>();
  private readonly files = new Map<string, { name: string; content: Buffer }>();
  private readonly failures: Failure[] = [];
  private nextId = 1;

  private constructor(
    private readonly server: Server,
    /** With the trailing slash, as Teams sends serviceUrl. */
    readonly url: string,
  ) {}

  static async start(): Promise<FakeBotConnector> {
    const app = express();
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

  addMember(member: FakeTeamsMember): void {
    this.members.set(member.id, member);
    this.members.set(member.aadObjectId, member);
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

  /** The next `count` activity sends and updates are answered with this error instead. */
  failNext(count: number, failure: Failure): void {
    for (let index = 0; index < count; index++) this.failures.push(failure);
  }

  /** What Keino posted into one conversation (a channel's threads included). */
  sentTo(conversationId: string): SentActivity[] {
    return this.sent.filter((entry) => entry.conversationId === conversationId || entry.conversationId.startsWith(`${conversationId};`));
  }

  clear(): void {
    this.sent.length = 0;
    this.updates.length = 0;
    this.created.length = 0;
    this.memberLookups.length = 0;
    this.downloads.length = 0;
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
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return next();
    const [, , conversationId, collection, itemId, extra] = parts;

    if (request.method === 'POST' && conversationId === undefined) {
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
    if (collection === 'activities' && (request.method === 'POST' || request.method === 'PUT')) {
      const failure = this.failures.shift();
      if (failure) {
        if (failure.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(failure.retryAfterSeconds));
        response.status(failure.status).json({ error: { code: failure.code ?? `Status${failure.status}`, message: 'The fake connector said no' } });
        return;
      }
      if (request.method === 'PUT' && itemId) {
        this.updates.push({ conversationId: conversationId!, activityId: itemId, activity: request.body, at: Date.now() });
        response.json({ id: itemId });
        return;
      }
      const id = `fake-activity-${this.nextId++}`;
      this.sent.push({ conversationId: conversationId!, ...(itemId ? { replyToId: itemId } : {}), id, activity: request.body });
      response.status(201).json({ id });
      return;
    }
    response.status(404).json({ error: { code: 'NotFound', message: `${request.method} ${request.path} is not faked` } });
  }
}
