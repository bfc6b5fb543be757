import type { Request, Response } from 'express';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { KeinoApp } from '../../app/keino-app-type.js';
import { DrizzleTeamsConversationStore } from '../../db/stores/teams-conversation-store.js';
import { TeamsPacing } from './send-pacing.js';
import type { TeamsAuthentication } from './teams-auth.js';
import { refuseForgedTokensWith401 } from './forged-token-refusal.js';
import { activityProblem } from './activity-shape.js';
import { createTeamsBot, turnLogic } from './teams-bot.js';
import { TeamsGateway } from './teams-gateway.js';
import { TeamsAssets } from './teams-assets.js';
import { GraphClient } from './graph-client.js';
import { graphCredentials } from './graph-credentials.js';
import { TeamsSender } from './teams-sender.js';
import { routeSdkConsoleTo } from './sdk-console-log.js';
import { tenantGuard } from './tenant-allowlist.js';

export interface TeamsPlatform {
  /** Handles one POST /api/messages (an Express request with its JSON body parsed). */
  handle(request: Request, response: Response): Promise<void>;
  gateway: TeamsGateway;
}

/** teams-ai's Application on a TeamsAdapter with Keino's routes, and the gateway for Keino's own sends. */
export function createTeamsPlatform(app: KeinoApp, auth: TeamsAuthentication): TeamsPlatform {
  const { config, logger } = app;
  routeSdkConsoleTo(logger);
  const settings: Record<string, string> = { ...auth.settings };
  const adapter = new TeamsAdapter(settings, new ConfigurationServiceClientCredentialFactory(settings));
  refuseForgedTokensWith401(adapter);
  const store = new DrizzleTeamsConversationStore(app.database.db);
  const sender = new TeamsSender({ adapter, appId: auth.appId, store, pacing: new TeamsPacing(), logger });
  const people = app.core.services.people.peopleStore;
  const credentials = graphCredentials(config.teams, auth);
  const graph = credentials
    ? new GraphClient({
        ...credentials,
        logger,
        ...(config.teams.graphApiUrl ? { graphApiUrl: config.teams.graphApiUrl } : {}),
        ...(config.teams.loginUrl ? { loginUrl: config.teams.loginUrl } : {}),
      })
    : undefined;
  const assets = new TeamsAssets(app.core.services.downloads, people, logger);
  const bot = createTeamsBot({
    assets,
    downloads: app.core.services.downloads,
    people,
    adapter,
    appId: auth.appId,
    core: app.core.edge,
    store,
    sender,
    logger,
    defaultLocale: config.locale,
    fileOrigins: config.teams.fileOrigins,
  });
  const servesTenant = tenantGuard(config.teams.allowedTenants ?? [], logger, config.locale);
  const botTurn = turnLogic(bot);
  const logic = async (context: Parameters<typeof botTurn>[0]) => {
    if (await servesTenant(context)) await botTurn(context);
  };
  return {
    // process() answers 401 to an unauthenticated request and 400 to a body that is no activity.
    handle: async (request, response) => {
      const problem = activityProblem(request.body);
      if (problem) {
        logger.warn({ problem }, 'refused a Teams request that is no activity');
        response.status(400).end();
        return;
      }
      await adapter.process(request, response, logic);
    },
    gateway: new TeamsGateway({ sender, store, people, defaultLocale: config.locale, assets, ...(graph ? { graph } : {}) }),
  };
}
