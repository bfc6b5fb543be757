import type { Express } from 'express';
import type { KeinoApp } from '../../app/keino-app.js';
import type { MountedPlatform } from '../../server/mounted-platform.js';

/**
 * Mounts Teams at POST /api/messages. Always, when the server runs: with MICROSOFT_APP_ID the
 * requests are authenticated; without it Teams runs unauthenticated for local testing (refused
 * with NODE_ENV=production). The SDK is loaded only here, so the console starts without it.
 */
export async function mountTeams(app: KeinoApp, http: Express): Promise<MountedPlatform | undefined> {
  const { mountTeamsPlatform } = await import('./teams-platform.js');
  return mountTeamsPlatform(app, http);
}
