import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import { requestContext } from '../request-context.js';
import type { KeinoMetrics } from './metrics.js';

const PLATFORM_ROUTES: Record<string, 'slack' | 'teams'> = { '/slack/events': 'slack', '/api/messages': 'teams' };

/**
 * Mounted before the platforms: every request gets a request id (X-Request-Id, echoed; the logs
 * of everything done for it carry it), Slack and Teams requests are counted and timed, and
 * GET /metrics serves the figures in Prometheus' format.
 */
export function observability(metrics: KeinoMetrics): (app: Express) => void {
  return (app) => {
    app.use((request, response, next) => {
      const given = request.get('x-request-id');
      const requestId = given && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
      const platform = request.method === 'POST' ? PLATFORM_ROUTES[request.path] : undefined;
      response.setHeader('X-Request-Id', requestId);
      if (platform) {
        const started = process.hrtime.bigint();
        response.once('finish', () => metrics.request(platform, response.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
      }
      requestContext.run({ requestId, ...(platform ? { platform } : {}) }, next);
    });
    app.get('/metrics', async (_request, response) => {
      response.set('Content-Type', metrics.contentType).send(await metrics.metrics());
    });
  };
}
