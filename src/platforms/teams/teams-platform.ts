import express, { type Express } from 'express';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { KeinoApp } from '../../app/keino-app.js';
import { DrizzleTeamsConversationStore } from '../../db/stores/teams-conversation-store.js';
import type { MountedPlatform } from '../../server/mounted-platform.js';
import { TeamsPacing } from './send-pacing.js';
import { refuseForgedTokensWith401, teamsAuthentication } from './teams-auth.js';
import { createTeamsBot, turnLogic } from './teams-bot.js';
import { TeamsGateway } from './teams-gateway.js';
import { TeamsSender } from './teams-sender.js';

export const TEAMS_ROUTE = '/api/messages';
/** Teams activities are under 28 KB (a little more with a card's inputs); anything far larger is refused. */
const MAX_BODY = '512kb';

/**
 * Teams on the shared server: POST /api/messages through teams-ai's Application and TeamsAdapter,
 * and the gateway for Keino's own sends.
 */
export async function mountTeamsPlatform(app: KeinoApp, http: Express): Promise<MountedPlatform> {
  const { config, logger } = app;
  const auth = teamsAuthentication(config.teams, config.production);
  if (auth.mode === 'local-testing') {
    logger.warn(
      { route: TEAMS_ROUTE },
      'TEAMS RUNS WITHOUT AUTHENTICATION: MICROSOFT_APP_ID is not set, so anyone who can reach /api/messages can act as any Teams user. ' +
        'This is for local testing (the Bot Framework Emulator, a fake connector) only; never expose it.',
    );
  } else {
    logger.info({ appType: auth.settings.MicrosoftAppType }, 'Teams requests are authenticated with the Bot Framework');
  }
  const settings: Record<string, string> = { ...auth.settings };
  const adapter = new TeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
  refuseForgedTokensWith401(adapter);
  const store = new DrizzleTeamsConversationStore(app.database.db);
  const sender = new TeamsSender({ adapter, appId: auth.appId, store, pacing: new TeamsPacing(), logger });
  const bot = createTeamsBot({
    adapter,
    appId: auth.appId,
    core: app.core,
    store,
    sender,
    logger,
    defaultLocale: config.locale,
  });
  const logic = turnLogic(bot);

  http.post(TEAMS_ROUTE, express.json({ limit: MAX_BODY }), async (request, response) => {
    try {
      await adapter.process(request, response, logic);
    } catch (error) {
      // process() answers 401 itself; anything else must not reach Express's default handler.
      logger.error({ err: error }, 'Teams request failed');
      if (!response.headersSent) response.status(500).end();
    }
  });

  const gateway = new TeamsGateway({ sender, store, people: app.core.services.people.peopleStore, defaultLocale: config.locale });
  return { platform: 'teams', gateway };
}
