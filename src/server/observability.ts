import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import type { Platform } from '../core/people/person.js';
import { requestContext } from '../request-context.js';
import type { KeinoMetrics } from './metrics.js';
import { mayReadMetrics } from './metrics-access.js';

/**
 * Mounted before the platforms: every request gets a request id (X-Request-Id, echoed; the logs
 * of everything done for it carry it), requests to a platform's route (`routes`, from the
 * platforms' definitions) are counted and timed with its id, and
 * GET /metrics serves the figures in Prometheus' format: with METRICS_TOKEN to the bearer of it
 * (401 otherwise), without it only on this machine (404 to anyone else).
 */
export function observability(metrics: KeinoMetrics, routes: ReadonlyMap<string, Platform>, metricsToken?: string): (app: Express) => void {
  return (app) => {
    app.use((request, response, next) => {
      const given = request.get('x-request-id');
      const requestId = given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
      const platform = request.method === 'POST' ? routes.get(request.path) : undefined;
      response.setHeader('X-Request-Id', requestId);
      if (platform) {
        const started = process.hrtime.bigint();
        response.once('finish', () => metrics.request(platform, response.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
      }
      requestContext.run({ requestId, ...(platform ? { platform } : {}) }, next);
    });
    app.get('/metrics', async (request, response) => {
      const access = mayReadMetrics(request, metricsToken);
      if (access === 'no token') {
        response.status(401).set('WWW-Authenticate', 'Bearer').end();
        return;
      }
      if (access === 'not local') {
        response.status(404).end();
        return;
      }
      response.set('Cache-Control', 'no-store');
      response.set('Content-Type', metrics.contentType).send(await metrics.metrics());
    });
  };
}
