import { timingSafeEqual, createHash } from 'node:crypto';
import type { Request } from 'express';

/**
 * Who may read GET /metrics. With METRICS_TOKEN, a request carrying it as a bearer token (compared
 * in constant time). Without it, only a request made on this machine: from a loopback address and
 * not passed on by a proxy (a reverse proxy on the same host connects from loopback too, but says
 * whom it forwards).
 */
export function mayReadMetrics(request: Request, token: string | undefined): 'yes' | 'no token' | 'not local' {
  if (token) {
    const given = /^Bearer (.+)$/i.exec(request.get('authorization') ?? '')?.[1] ?? '';
    return sameSecret(given, token) ? 'yes' : 'no token';
  }
  const forwarded = request.get('x-forwarded-for') ?? request.get('forwarded') ?? request.get('x-real-ip');
  return !forwarded && isLoopback(request.socket.remoteAddress) ? 'yes' : 'not local';
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address);
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
