import autocannon from 'autocannon';
import type { SlackRequest } from './slack-requests.js';

export interface LoadStep {
  /** Offered requests a second; undefined: as fast as the server answers. */
  rate?: number;
  seconds: number;
  connections: number;
}

export interface LoadResult {
  offered?: number;
  /** 2xx answers a second over the step. */
  achieved: number;
  /** Requests sent a second: below the offered rate when the server held every connection busy. */
  sent: number;
  p50: number;
  p99: number;
  /** Non-2xx answers and connection errors (timeouts included). */
  errors: number;
  total: number;
}

/**
 * Runs one step of load with autocannon against POST /slack/events: each request is made fresh by
 * `next` (signed, unique). With a rate, autocannon corrects the latencies for coordinated
 * omission, so a server that falls behind shows it in p99.
 */
export async function runLoad(origin: string, step: LoadStep, next: () => SlackRequest): Promise<LoadResult> {
  const result = await autocannon({
    url: `${origin}/slack/events`,
    method: 'POST',
    connections: step.connections,
    duration: step.seconds,
    timeout: 10,
    ...(step.rate ? { overallRate: step.rate } : {}),
    requests: [
      {
        setupRequest: (request) => {
          const made = next();
          return { ...request, method: 'POST', path: '/slack/events', headers: made.headers, body: made.body };
        },
      },
    ],
  });
  const ok = result['2xx'];
  return {
    offered: step.rate,
    achieved: ok / Math.max(0.001, result.duration),
    sent: result.requests.sent / Math.max(0.001, result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
    total: result.requests.total,
  };
}
