import type { KeinoApp } from '../app/keino-app.js';
import { mountSlack } from '../platforms/slack/mount-slack.js';
import { mountTeams } from '../platforms/teams/mount-teams.js';
import { calendarRoutes } from './calendar-routes.js';
import { createHttpApp, errorResponses, listen } from './http-server.js';
import { observability } from './observability.js';
import { sealingGateway } from '../core/security/platform-edge.js';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/** The HTTP server with every configured platform mounted on it. */
export async function startServer(app: KeinoApp, options: { port?: number } = {}): Promise<RunningServer> {
  const http = createHttpApp({
    ping: app.database.ping,
    logger: app.logger,
    // Request ids and metrics first: they see every request, the platforms' included.
    routes: [observability(app.metrics, app.config.metricsToken), calendarRoutes(app.core, app.config.locale, app.logger)],
  });
  const platforms = [await mountSlack(app, http), await mountTeams(app, http)].filter((platform) => platform !== undefined);
  // What Keino sends on its own leaves with its buttons sealed, like every reply.
  for (const platform of platforms) app.core.services.gateways.register(sealingGateway(platform.gateway, app.core.services.seal));
  http.use(errorResponses(app.logger));
  const server = await listen(http, options.port ?? app.config.port);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? app.config.port);
  for (const platform of platforms) await platform.start?.();
  app.logger.info({ port, platforms: platforms.map((platform) => platform.platform) }, 'Keino is listening');
  return {
    port,
    close: async () => {
      for (const platform of platforms) await platform.stop?.();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
