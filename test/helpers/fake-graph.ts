import type { Server } from 'node:http';
import express from 'express';

export interface CreatedChannel {
  tenantId: string;
  teamGroupId: string;
  body: Record<string, unknown>;
  id: string;
}

/**
 * A local Microsoft Graph and Microsoft Entra token endpoint for Keino's app-only calls, following
 * Microsoft's documentation:
 * - POST /<tenant>/oauth2/v2.0/token: the client-credentials grant
 *   (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow): the
 *   app's id and secret, scope https://graph.microsoft.com/.default; a wrong secret is 401
 *   invalid_client;
 * - POST /v1.0/teams/<team group id>/channels (https://learn.microsoft.com/graph/api/channel-post):
 *   the bearer token must be one this fake issued for that tenant (401 otherwise); the app must hold
 *   the resource-specific permission Channel.Create.Group for that team, consented by its owner at
 *   install (https://learn.microsoft.com/microsoftteams/platform/graph-api/rsc/resource-specific-consent),
 *   else 403; displayName is required, at most 50 characters, without ~ # % & * { } + / \ : < > ? | ' "
 *   and unique in the team (400); membershipType standard or private. 201 with the channel.
 */
export class FakeGraph {
  readonly channels: CreatedChannel[] = [];
  readonly refusals: { path: string; status: number; code: string }[] = [];
  /** The resource-specific permissions each team's owner consented to for Keino, by team group id. */
  private readonly consented = new Map<string, Set<string>>();
  /** Channels that existed before (private ones a group was linked to), by channel id. */
  private readonly existing = new Map<string, { teamGroupId: string; membershipType: 'standard' | 'private' }>();
  /** Members of private channels: membership id → user object id, by channel id. */
  readonly members = new Map<string, Map<string, string>>();
  private readonly tokens = new Map<string, string>();
  private nextId = 1;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly app: { appId: string; appPassword: string },
  ) {}

  static async start(app: { appId: string; appPassword: string }): Promise<FakeGraph> {
    const http = express();
    http.use(express.urlencoded({ extended: false }));
    http.use(express.json());
    let fake: FakeGraph | undefined;
    http.use((request, response) => fake!.handle(request, response));
    const server = await new Promise<Server>((resolve) => {
      const listening = http.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    fake = new FakeGraph(server, `http://127.0.0.1:${port}`, app);
    return fake;
  }

  private readonly failures: { status: number; code: string }[] = [];

  /** The next channel creation is answered with this error (Graph having a bad moment). */
  failNext(status: number, code: string): void {
    this.failures.push({ status, code });
  }

  /** The team's owner installed Keino and accepted its resource-specific permissions (all of the manifest's, unless named). */
  consent(teamGroupId: string, permissions = ['Channel.Create.Group', 'ChannelSettings.Read.Group', 'ChannelMember.ReadWrite.Group']): void {
    this.consented.set(teamGroupId, new Set(permissions));
  }

  /** A channel made in Teams before (a private one a group is linked to). */
  addChannel(teamGroupId: string, channelId: string, membershipType: 'standard' | 'private'): void {
    this.existing.set(channelId, { teamGroupId, membershipType });
    if (membershipType === 'private') this.members.set(channelId, new Map());
  }

  /** The user object ids of a private channel's members. */
  membersOf(channelId: string): string[] {
    return [...(this.members.get(channelId)?.values() ?? [])];
  }

  get graphApiUrl(): string {
    return `${this.url}/v1.0`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private handle(request: express.Request, response: express.Response): void {
    const parts = request.path.split('/').filter(Boolean).map(decodeURIComponent);
    if (request.method === 'POST' && parts.length === 4 && parts[1] === 'oauth2' && parts[2] === 'v2.0' && parts[3] === 'token') {
      const body = request.body as Record<string, string>;
      if (body.grant_type !== 'client_credentials' || body.scope !== 'https://graph.microsoft.com/.default') {
        this.refuse(response, request.path, 400, 'invalid_request');
        return;
      }
      if (body.client_id !== this.app.appId || body.client_secret !== this.app.appPassword) {
        this.refuse(response, request.path, 401, 'invalid_client');
        return;
      }
      const token = `graph-token-${parts[0]}-${this.nextId++}`;
      this.tokens.set(token, parts[0]!);
      response.json({ token_type: 'Bearer', expires_in: 3599, access_token: token });
      return;
    }
    if (parts[0] === 'v1.0' && parts[1] === 'teams' && parts[3] === 'channels' && parts.length >= 5) {
      this.channelRequest(request, response, parts);
      return;
    }
    if (request.method === 'POST' && parts.length === 4 && parts[0] === 'v1.0' && parts[1] === 'teams' && parts[3] === 'channels') {
      const tenantId = this.tenantOf(request, response);
      if (!tenantId) return;
      const teamGroupId = parts[2]!;
      const failure = this.failures.shift();
      if (failure) {
        this.refuse(response, request.path, failure.status, failure.code);
        return;
      }
      if (!this.consented.get(teamGroupId)?.has('Channel.Create.Group')) {
        this.refuse(response, request.path, 403, 'Forbidden');
        return;
      }
      const body = (request.body ?? {}) as Record<string, unknown>;
      const name = body.displayName;
      if (typeof name !== 'string' || name.length === 0 || name.length > 50 || /[~#%&*{}+/\\:<>?|'"]/.test(name)) {
        this.refuse(response, request.path, 400, 'BadRequest');
        return;
      }
      if (body.membershipType !== undefined && body.membershipType !== 'standard' && body.membershipType !== 'private') {
        this.refuse(response, request.path, 400, 'BadRequest');
        return;
      }
      if (this.channels.some((channel) => channel.teamGroupId === teamGroupId && String(channel.body.displayName).toLowerCase() === name.toLowerCase())) {
        this.refuse(response, request.path, 400, 'NameAlreadyExists');
        return;
      }
      const id = `19:graphchannel${this.nextId++}@thread.tacv2`;
      this.channels.push({ tenantId, teamGroupId, body, id });
      response.status(201).json({
        id,
        displayName: name,
        membershipType: body.membershipType ?? 'standard',
        webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(id)}`,
      });
      return;
    }
    this.refuse(response, request.path, 404, 'NotFound');
  }

  /** The tenant of the request's bearer token (one this fake issued), or a 401 sent. */
  private tenantOf(request: express.Request, response: express.Response): string | undefined {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const tenantId = token ? this.tokens.get(token) : undefined;
    if (!tenantId) this.refuse(response, request.path, 401, 'InvalidAuthenticationToken');
    return tenantId;
  }

  /**
   * GET a channel (https://learn.microsoft.com/graph/api/channel-get, ChannelSettings.Read.Group),
   * list, add and remove its members (channel-list-members, channel-post-members,
   * channel-delete-members; ChannelMember.ReadWrite.Group; members only in private channels).
   */
  private channelRequest(request: express.Request, response: express.Response, parts: string[]): void {
    if (!this.tenantOf(request, response)) return;
    const [, , teamGroupId, , channelId, collection, membershipId] = parts;
    const channel = this.existing.get(channelId!) ?? this.created(channelId!);
    if (!channel || channel.teamGroupId !== teamGroupId) {
      this.refuse(response, request.path, 404, 'NotFound');
      return;
    }
    const consented = this.consented.get(teamGroupId!) ?? new Set<string>();
    if (collection === undefined && request.method === 'GET') {
      if (!consented.has('ChannelSettings.Read.Group')) {
        this.refuse(response, request.path, 403, 'Forbidden');
        return;
      }
      response.json({ id: channelId, membershipType: channel.membershipType });
      return;
    }
    if (collection !== 'members' || !consented.has('ChannelMember.ReadWrite.Group')) {
      this.refuse(response, request.path, 403, 'Forbidden');
      return;
    }
    const members = this.members.get(channelId!);
    if (!members) {
      this.refuse(response, request.path, 400, 'BadRequest');
      return;
    }
    if (request.method === 'GET' && membershipId === undefined) {
      response.json({ value: [...members].map(([id, userId]) => ({ id, userId, roles: [] })) });
      return;
    }
    if (request.method === 'POST' && membershipId === undefined) {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const user = /^https:\/\/graph\.microsoft\.com\/v1\.0\/users\('([^']+)'\)$/.exec(String(body['user@odata.bind'] ?? ''))?.[1];
      if (body['@odata.type'] !== '#microsoft.graph.aadUserConversationMember' || !user) {
        this.refuse(response, request.path, 400, 'BadRequest');
        return;
      }
      const id = `membership-${this.nextId++}`;
      members.set(id, decodeURIComponent(user));
      response.status(201).json({ id, userId: decodeURIComponent(user), roles: [] });
      return;
    }
    if (request.method === 'DELETE' && membershipId && members.delete(membershipId)) {
      response.status(204).end();
      return;
    }
    this.refuse(response, request.path, 404, 'NotFound');
  }

  private created(channelId: string): { teamGroupId: string; membershipType: 'standard' | 'private' } | undefined {
    const channel = this.channels.find((candidate) => candidate.id === channelId);
    return channel ? { teamGroupId: channel.teamGroupId, membershipType: 'standard' } : undefined;
  }

  private refuse(response: express.Response, path: string, status: number, code: string): void {
    this.refusals.push({ path, status, code });
    response.status(status).json({ error: { code, message: `The fake Graph said no (${code})` } });
  }
}
