import type { TeamsConfig } from '../../config.js';

// Types only: this file decides at start whether Teams is served, and a Slack-only or console
// Keino must not load the Bot Framework SDK (about 40 MB resident) to learn that it is not.

/** The Bot Framework settings the adapter reads (botbuilder's names). */
export interface BotFrameworkSettings {
  MicrosoftAppId: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  MicrosoftAppTenantId?: string;
  /** Set together, they replace the public cloud's endpoints (see channelEndpoints). */
  ToBotFromChannelOpenIdMetadataUrl?: string;
  ToBotFromChannelTokenIssuer?: string;
  ToBotFromEmulatorOpenIdMetadataUrl?: string;
  ToChannelFromBotLoginUrl?: string;
  ToChannelFromBotOAuthScope?: string;
  OAuthUrl?: string;
  CallerId?: string;
}

/**
 * The public cloud's endpoints with the OpenID metadata (the signing keys) read from elsewhere:
 * botbuilder takes either none of these settings or all of them.
 */
function channelEndpoints(openIdMetadataUrl: string): Partial<BotFrameworkSettings> {
  return {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    CallerId: 'urn:botframework:azure',
  };
}

export type TeamsAuthentication =
  | { mode: 'authenticated'; appId: string; settings: BotFrameworkSettings }
  /** No app id: every request is accepted and nothing is signed. For the fake connector and the Emulator only. */
  | { mode: 'local-testing'; appId: ''; settings: Record<string, never> };

export class TeamsConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TeamsConfigurationError';
  }
}

/**
 * How Teams requests are authenticated. With MICROSOFT_APP_ID, as Bot Framework requires for the
 * app type (multi-tenant, single-tenant with its tenant, or a user-assigned managed identity).
 * Without it, not at all, only when KEINO_TEAMS_UNAUTHENTICATED=1 asks for it (local testing),
 * never with NODE_ENV=production. Undefined: Teams is not configured and not served.
 */
export function teamsAuthentication(teams: TeamsConfig, production: boolean): TeamsAuthentication | undefined {
  if (!teams.appId) {
    if (!teams.unauthenticated) return undefined;
    if (production) {
      throw new TeamsConfigurationError(
        'KEINO_TEAMS_UNAUTHENTICATED=1 is refused with NODE_ENV=production: set MICROSOFT_APP_ID (with MICROSOFT_APP_PASSWORD, and MICROSOFT_APP_TENANT_ID for SingleTenant)',
      );
    }
    return { mode: 'local-testing', appId: '', settings: {} };
  }
  if (production && teams.appType === 'MultiTenant' && (teams.allowedTenants ?? []).length === 0) {
    throw new TeamsConfigurationError(
      'MICROSOFT_ALLOWED_TENANTS is required for a MultiTenant Teams bot in production: the comma-separated tenant ids Keino serves',
    );
  }
  return {
    mode: 'authenticated',
    appId: teams.appId,
    settings: {
      MicrosoftAppId: teams.appId,
      MicrosoftAppType: teams.appType,
      ...(teams.appPassword && teams.appType !== 'UserAssignedMSI' ? { MicrosoftAppPassword: teams.appPassword } : {}),
      ...(teams.tenantId ? { MicrosoftAppTenantId: teams.tenantId } : {}),
      ...(teams.openIdMetadataUrl ? channelEndpoints(teams.openIdMetadataUrl) : {}),
    },
  };
}
