import express, { type Express } from 'express';
import type { KeinoApp } from '../../app/keino-app-type.js';
import type { PlatformGateway } from '../../core/ports/platform-gateway.js';
import type { MountedPlatform } from '../../server/mounted-platform.js';
import { teamsAuthentication } from './teams-auth.js';
import type { TeamsPlatform } from './teams-platform.js';
import { TEAMS_ROUTE } from './teams-route.js';
import { graphCredentials } from './graph-credentials.js';

/** Teams activities are under 28 KB (a little more with a card's inputs); anything far larger is refused. */
const MAX_BODY = '512kb';

/**
 * Mounts Teams at POST /api/messages when it is configured: with MICROSOFT_APP_ID the requests
 * are authenticated as Bot Framework requires; with KEINO_TEAMS_UNAUTHENTICATED=1 (and no app id)
 * Teams runs unauthenticated for local testing, says so loudly, and is refused with
 * NODE_ENV=production. Neither: the route is not served at all (404), so a Slack-only
 * deployment has no door that anyone can walk through as any Teams user.
 *
 * The Teams SDK takes seconds to load, so it is loaded on the first Teams request or send, and
 * right after start when an app id says this is a real Teams deployment. Nothing outside
 * src/platforms/teams imports it.
 */
export async function mountTeams(app: KeinoApp, http: Express): Promise<MountedPlatform | undefined> {
  const { config, logger } = app;
  const auth = teamsAuthentication(config.teams, config.production);
  if (!auth) {
    logger.info({ route: TEAMS_ROUTE }, 'Teams is off: MICROSOFT_APP_ID is not set, so /api/messages is not served');
    return undefined;
  }
  if (auth.mode === 'local-testing') {
    logger.warn(
      { route: TEAMS_ROUTE },
      'TEAMS RUNS WITHOUT AUTHENTICATION (KEINO_TEAMS_UNAUTHENTICATED=1): anyone who can reach /api/messages can act as any Teams user. ' +
        'This is for local testing (the Bot Framework Emulator, a fake connector) only; never expose it.',
    );
  } else {
    logger.info({ appType: auth.settings.MicrosoftAppType }, 'Teams requests are authenticated with the Bot Framework');
  }

  let loading: Promise<TeamsPlatform> | undefined;
  const platform = (): Promise<TeamsPlatform> => {
    loading ??= import('./teams-platform.js').then(({ createTeamsPlatform }) => createTeamsPlatform(app, auth));
    // A failed load is tried again on the next request rather than remembered.
    loading.catch(() => (loading = undefined));
    return loading;
  };

  http.post(TEAMS_ROUTE, express.json({ limit: MAX_BODY }), async (request, response) => {
    try {
      await (await platform()).handle(request, response);
    } catch (error) {
      // Whatever happens, one request must not reach Express's default handler or the process.
      logger.error({ err: error }, 'a Teams request failed');
      if (!response.headersSent) response.status(500).end();
    }
  });

  const gateway: PlatformGateway = {
    platform: 'teams',
    sendToPerson: async (identity, message) => (await platform()).gateway.sendToPerson(identity, message),
    sendToConversation: async (conversation, message) => (await platform()).gateway.sendToConversation(conversation, message),
    updateMessage: async (sent, message) => (await platform()).gateway.updateMessage(sent, message),
    lookupProfile: async (identity, seenIn) => (await platform()).gateway.lookupProfile(identity, seenIn),
    // Only with credentials for Microsoft Graph: otherwise a group's channel is linked by hand.
    ...(graphCredentials(app.config.teams, auth)
      ? {
          createChannel: async (tenantId: string, name: string, options) => (await platform()).gateway.createChannel(tenantId, name, options),
          inviteToChannel: async (conversation, identity) => (await platform()).gateway.inviteToChannel(conversation, identity),
          removeFromChannel: async (conversation, identity) => (await platform()).gateway.removeFromChannel(conversation, identity),
        }
      : {}),
  };
  return {
    platform: 'teams',
    gateway,
    start: async () => {
      if (auth.mode === 'authenticated') await platform();
    },
  };
}
