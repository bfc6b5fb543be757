import type { Server } from 'node:http';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Logger } from '../core/ports/logger.js';
import { refuseLargeBodies } from './body-limit.js';

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
  app.use(refuseLargeBodies());
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

/**
 * The last handler of the shared app, mounted after every platform: a request Express could not
 * take (a body that is no JSON, too large, in an unknown encoding) gets its 4xx status and an
 * empty body, never Express's default page with a stack trace; anything else is logged and 500.
 */
export function errorResponses(logger: Logger): ErrorRequestHandler {
  return (error: { status?: unknown; statusCode?: unknown; type?: unknown }, request, response, next) => {
    const status = Number(error?.status ?? error?.statusCode);
    if (response.headersSent) return next(error);
    if (status >= 400 && status < 500) {
      logger.warn({ path: request.path, status, type: error?.type }, 'refused a request Express could not read');
      response.status(status).end();
      return;
    }
    logger.error({ err: error, path: request.path }, 'an HTTP request failed');
    response.status(500).end();
  };
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
