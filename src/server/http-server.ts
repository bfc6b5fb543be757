import type { Server } from 'node:http';
import express, { type Express } from 'express';
import type { Logger } from '../core/ports/logger.js';

export interface HttpServerOptions {
  /** Resolves when the database answers. */
  ping: () => Promise<void>;
  logger: Logger;
  /** Features that serve their own routes (the academy's calendar feed …) mount them here. */
  routes?: ((app: Express) => void)[];
}

const HEALTH_TIMEOUT_MS = 2000;

/**
 * The one HTTP server: Slack mounts at /slack/events, Teams at /api/messages, and /healthz
 * tells a load balancer whether this instance can reach its database.
 */
export function createHttpApp(options: HttpServerOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_request, response) => {
    try {
      await withTimeout(options.ping(), HEALTH_TIMEOUT_MS);
      response.status(200).json({ status: 'ok' });
    } catch (error) {
      options.logger.warn({ err: error }, 'health check failed');
      response.status(503).json({ status: 'database unavailable' });
    }
  });
  for (const mount of options.routes ?? []) mount(app);
  return app;
}

export function listen(app: Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, (error?: Error) => (error ? reject(error) : resolve(server)));
    server.once('error', reject);
  });
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${milliseconds} ms`)), milliseconds);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
