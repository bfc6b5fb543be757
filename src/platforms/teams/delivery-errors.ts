import { DeliveryError } from '../../core/ports/platform-gateway.js';
import { teamsCapabilities } from './capabilities.js';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ESOCKETTIMEDOUT']);

/**
 * A failed Bot Connector call as a DeliveryError: 429, 412 and 5xx are worth retrying (after
 * Retry-After when the connector gives one; the SDK has already retried a few times by then);
 * 403 (Keino removed or blocked), 404 (no such conversation) and 400 never get better.
 */
export function toDeliveryError(error: unknown, what: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const status = statusOf(error);
  const code = codeOf(error);
  const detail = `${what}: ${status ? `HTTP ${status}` : (code ?? 'failed')}${messageOf(error)}`;
  if (status !== undefined && (teamsCapabilities.permanentStatuses as readonly number[]).includes(status)) {
    return new DeliveryError(detail, { permanent: true, status, code });
  }
  const retryAfterMs = retryAfterOf(error);
  if (status !== undefined && (teamsCapabilities.retryableStatuses as readonly number[]).includes(status)) {
    return new DeliveryError(detail, { status, code, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
  }
  if (code && NETWORK_CODES.has(code)) return new DeliveryError(detail, { code });
  // 401 (credentials) and anything unknown: not permanent, so the work is tried again later.
  return new DeliveryError(detail, { status, code });
}

function statusOf(error: unknown): number | undefined {
  const candidate = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
  for (const value of [candidate?.statusCode, candidate?.status, candidate?.response?.status]) {
    if (typeof value === 'number') return value;
  }
  return undefined;
}

function codeOf(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; body?: { error?: { code?: unknown } } } | undefined;
  const code = candidate?.body?.error?.code ?? candidate?.code;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message ? ` (${message.slice(0, 200)})` : '';
}

/** Retry-After in seconds or as an HTTP date; retry-after-ms when a proxy gives that. */
function retryAfterOf(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: unknown } } | undefined)?.response?.headers;
  const milliseconds = Number(header(headers, 'retry-after-ms'));
  if (Number.isFinite(milliseconds) && milliseconds >= 0 && header(headers, 'retry-after-ms') !== undefined) return milliseconds;
  const value = header(headers, 'retry-after');
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  const withGet = headers as { get?: (name: string) => unknown };
  const value = typeof withGet.get === 'function' ? withGet.get(name) : (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
