import type { KeinoApp } from '../app/keino-app.js';
import { PLATFORM_ROUTES, PLATFORMS } from '../app/platforms.js';
import type { MountedPlatform } from './mounted-platform.js';
import { calendarRoutes } from './calendar-routes.js';
import { downloadRoutes } from './download-routes.js';
import { dashboardRoutes } from './dashboard/dashboard-routes.js';
import { createHttpApp, errorResponses, listen } from './http-server.js';
import { observability } from './observability.js';
import { sealingGateway } from '../core/security/platform-edge.js';
import { accessGuardedGateway } from '../core/workspace-access/access-guarded-gateway.js';

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
    routes: [
      observability(app.metrics, PLATFORM_ROUTES, app.config.metricsToken),
      calendarRoutes(app.core, app.config.locale, app.logger),
      downloadRoutes(app.core.services.downloads, app.logger),
      dashboardRoutes(app.core, { locale: app.config.locale, timeZone: app.config.timeZone }, app.logger),
    ],
  });
  const platforms: MountedPlatform[] = [];
  // Each registered platform that is configured, in the registry's order.
  for (const definition of PLATFORMS) {
    const mounted = 'mount' in definition ? await definition.mount(app, http) : undefined;
    if (mounted) platforms.push(mounted);
  }
  // What Keino sends on its own leaves with its buttons sealed, like every reply, and never to a workspace Keino lost.
  const { gateways, seal, workspaceAccess } = app.core.services;
  for (const platform of platforms) gateways.register(accessGuardedGateway(sealingGateway(platform.gateway, seal), workspaceAccess));
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
