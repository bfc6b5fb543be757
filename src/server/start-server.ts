import type { KeinoApp } from '../app/keino-app.js';
import { createHttpApp, listen } from './http-server.js';

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/** The HTTP server with every configured platform mounted on it. */
export async function startServer(app: KeinoApp, options: { port?: number } = {}): Promise<RunningServer> {
  const http = createHttpApp({ ping: app.database.ping, logger: app.logger });
  const server = await listen(http, options.port ?? app.config.port);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? app.config.port);
  app.logger.info({ port }, 'Keino is listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
