import type { Logger } from '../../core/ports/logger.js';

/**
 * Microsoft Graph as Keino calls it, app-only: a token from Microsoft Entra's client-credentials
 * flow for the bot's own app registration (scope https://graph.microsoft.com/.default; per tenant,
 * kept until a minute before it expires), then the call. Keino asks for no tenant-wide Graph
 * permission: creating a channel rests on the resource-specific consent `Channel.Create.Group`
 * that a team's owner gives when adding Keino to the team
 * (https://learn.microsoft.com/microsoftteams/platform/graph-api/rsc/resource-specific-consent);
 * without it Graph answers 403 and Keino falls back to linking a channel by hand.
 */
export const GRAPH_API_URL = 'https://graph.microsoft.com/v1.0';
export const LOGIN_URL = 'https://login.microsoftonline.com';
const TIMEOUT_MS = 15_000;

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GraphError';
  }

  /** The team's owner has not consented (RSC) to what the call needs. */
  get missingConsent(): boolean {
    return this.status === 403;
  }
}

export interface GraphChannel {
  id: string;
  displayName: string;
  webUrl?: string;
}

export interface GraphClientOptions {
  appId: string;
  appPassword: string;
  graphApiUrl?: string;
  loginUrl?: string;
  logger: Logger;
}

export class GraphClient {
  private readonly tokens = new Map<string, { value: string; until: number }>();

  constructor(private readonly options: GraphClientOptions) {}

  /**
   * A standard channel in the team (the team's Microsoft 365 group id):
   * https://learn.microsoft.com/graph/api/channel-post (Channel.Create.Group as RSC, application).
   */
  async createChannel(tenantId: string, teamGroupId: string, channel: { displayName: string; description?: string }): Promise<GraphChannel> {
    const created = await this.call(tenantId, 'POST', `/teams/${encodeURIComponent(teamGroupId)}/channels`, {
      displayName: channel.displayName,
      ...(channel.description ? { description: channel.description } : {}),
      membershipType: 'standard',
    });
    const { id, displayName, webUrl } = (created ?? {}) as Partial<GraphChannel>;
    if (typeof id !== 'string' || !id) throw new GraphError(502, 'BadResponse', 'Graph answered a channel without an id');
    return { id, displayName: typeof displayName === 'string' ? displayName : channel.displayName, ...(typeof webUrl === 'string' ? { webUrl } : {}) };
  }

  /** A channel's kind: https://learn.microsoft.com/graph/api/channel-get (ChannelSettings.Read.Group as RSC). */
  async channelMembership(tenantId: string, teamGroupId: string, channelId: string): Promise<'standard' | 'private' | 'shared' | undefined> {
    const channel = (await this.call(tenantId, 'GET', `/teams/${encodeURIComponent(teamGroupId)}/channels/${encodeURIComponent(channelId)}`)) as
      | { membershipType?: unknown }
      | undefined;
    const kind = channel?.membershipType;
    return kind === 'standard' || kind === 'private' || kind === 'shared' ? kind : undefined;
  }

  /** Adds a person to a private channel: https://learn.microsoft.com/graph/api/channel-post-members (ChannelMember.ReadWrite.Group as RSC). */
  async addChannelMember(tenantId: string, teamGroupId: string, channelId: string, userObjectId: string): Promise<void> {
    await this.call(tenantId, 'POST', `/teams/${encodeURIComponent(teamGroupId)}/channels/${encodeURIComponent(channelId)}/members`, {
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      roles: [],
      'user@odata.bind': `https://graph.microsoft.com/v1.0/users('${encodeURIComponent(userObjectId)}')`,
    });
  }

  /**
   * Takes a person off a private channel: their membership found in the channel's members
   * (https://learn.microsoft.com/graph/api/channel-list-members), then deleted
   * (https://learn.microsoft.com/graph/api/channel-delete-members). Not a member: nothing to do.
   */
  async removeChannelMember(tenantId: string, teamGroupId: string, channelId: string, userObjectId: string): Promise<void> {
    const path = `/teams/${encodeURIComponent(teamGroupId)}/channels/${encodeURIComponent(channelId)}/members`;
    const members = (await this.call(tenantId, 'GET', path)) as { value?: { id?: unknown; userId?: unknown }[] } | undefined;
    const membership = members?.value?.find((member) => member.userId === userObjectId)?.id;
    if (typeof membership === 'string') await this.call(tenantId, 'DELETE', `${path}/${encodeURIComponent(membership)}`);
  }

  private async call(tenantId: string, method: string, path: string, body?: unknown): Promise<unknown> {
    const base = this.options.graphApiUrl ?? GRAPH_API_URL;
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.token(tenantId)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    const json = text ? (safeJson(text) as { error?: { code?: string; message?: string } } | undefined) : undefined;
    if (!response.ok) {
      if (response.status === 401) this.tokens.delete(tenantId);
      throw new GraphError(response.status, json?.error?.code ?? `Status${response.status}`, json?.error?.message ?? `Graph answered ${response.status}`);
    }
    return json;
  }

  private async token(tenantId: string): Promise<string> {
    const known = this.tokens.get(tenantId);
    if (known && known.until > Date.now()) return known.value;
    if (!/^[0-9a-zA-Z.-]{1,100}$/.test(tenantId)) throw new GraphError(400, 'BadTenant', 'not a tenant id');
    const response = await fetch(`${this.options.loginUrl ?? LOGIN_URL}/${tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: this.options.appId,
        client_secret: this.options.appPassword,
        scope: 'https://graph.microsoft.com/.default',
        grant_type: 'client_credentials',
      }),
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const json = safeJson(await response.text()) as { access_token?: unknown; expires_in?: unknown } | undefined;
    if (!response.ok || typeof json?.access_token !== 'string') {
      this.options.logger.warn({ status: response.status, tenantId }, 'no app-only token for Microsoft Graph');
      throw new GraphError(response.status === 200 ? 502 : response.status, 'NoToken', 'no app-only token for Graph');
    }
    const seconds = typeof json.expires_in === 'number' ? json.expires_in : 3600;
    this.tokens.set(tenantId, { value: json.access_token, until: Date.now() + Math.max(0, seconds - 60) * 1000 });
    return json.access_token;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
