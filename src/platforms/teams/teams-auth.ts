import type { TeamsConfig } from '../../config.js';

/** The Bot Framework settings the adapter reads (botbuilder's names). */
export interface BotFrameworkSettings {
  MicrosoftAppId: string;
  MicrosoftAppPassword?: string;
  MicrosoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  MicrosoftAppTenantId?: string;
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
 * Without it, not at all, which is for local testing only and refused with NODE_ENV=production.
 */
export function teamsAuthentication(teams: TeamsConfig, production: boolean): TeamsAuthentication {
  if (!teams.appId) {
    if (production) {
      throw new TeamsConfigurationError(
        'Teams cannot start without authentication in production: set MICROSOFT_APP_ID (with MICROSOFT_APP_PASSWORD, and MICROSOFT_APP_TENANT_ID for SingleTenant) or unset NODE_ENV=production for local testing.',
      );
    }
    return { mode: 'local-testing', appId: '', settings: {} };
  }
  return {
    mode: 'authenticated',
    appId: teams.appId,
    settings: {
      MicrosoftAppId: teams.appId,
      MicrosoftAppType: teams.appType,
      ...(teams.appPassword && teams.appType !== 'UserAssignedMSI' ? { MicrosoftAppPassword: teams.appPassword } : {}),
      ...(teams.tenantId ? { MicrosoftAppTenantId: teams.tenantId } : {}),
    },
  };
}
