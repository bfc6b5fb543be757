import http from 'node:http';
import type { LoadResult } from './load.js';
import type { SlackRequest } from './slack-requests.js';

export interface PacedStep {
  /** Requests a second, sent evenly spaced. */
  rate: number;
  seconds: number;
  /** Open connections at the most; a request that finds none free waits, and its wait counts. */
  maxConnections: number;
}

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Open-loop load at an even rate: request i is due at start + i / rate, is sent then whatever the
 * answers before it did, and its latency is counted from when it was due, so a server (or a
 * generator) that falls behind shows it in full. Slack's requests arrive spread out, not in
 * bursts: autocannon's rate limit sends each second's quota back to back at the top of the second,
 * which measures the queue of a burst instead.
 */
export async function runPacedLoad(origin: string, step: PacedStep, next: () => SlackRequest): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: step.maxConnections });
  const url = new URL('/slack/events', origin);
  const total = Math.round(step.rate * step.seconds);
  const interval = 1000 / step.rate;
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  let lastAnswer = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now() + 20;
  try {
    for (let index = 0; index < total; index++) {
      const due = start + index * interval;
      const wait = due - performance.now();
      if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(
        post(agent, url, next()).then((status) => {
          const answered = performance.now();
          lastAnswer = Math.max(lastAnswer, answered);
          latencies.push(answered - due);
          if (status >= 200 && status < 300) ok += 1;
          else errors += 1;
        }),
      );
    }
    const sentBy = performance.now();
    await Promise.all(pending);
    const duration = Math.max(0.001, (Math.max(lastAnswer, sentBy) - start) / 1000);
    latencies.sort((a, b) => a - b);
    return {
      offered: step.rate,
      achieved: ok / duration,
      sent: total / Math.max(0.001, (sentBy - start) / 1000 + interval / 1000),
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      errors,
      total,
    };
  } finally {
    agent.destroy();
  }
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/** Resolves with the status, or 0 for a connection error or a timeout (an error either way). */
function post(agent: http.Agent, url: URL, request: SlackRequest): Promise<number> {
  return new Promise((resolve) => {
    const outgoing = http.request(
      url,
      { method: 'POST', agent, headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) }, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('timeout')));
    outgoing.on('error', () => resolve(0));
    outgoing.end(request.body);
  });
}
