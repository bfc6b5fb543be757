import type { TeamsConfig } from '../../config.js';
import type { TeamsAuthentication } from './teams-auth.js';

/**
 * The app registration Keino calls Microsoft Graph as: the bot's own (MICROSOFT_APP_ID with its
 * password; a managed identity has none, so no Graph), or the one tests give while Teams runs
 * unauthenticated. Undefined: no Graph, and group channels in Teams are linked by hand.
 */
export function graphCredentials(teams: TeamsConfig, auth: TeamsAuthentication): { appId: string; appPassword: string } | undefined {
  if (auth.mode === 'authenticated') {
    return teams.appPassword && teams.appType !== 'UserAssignedMSI' ? { appId: auth.appId, appPassword: teams.appPassword } : undefined;
  }
  return teams.graphApp;
}
