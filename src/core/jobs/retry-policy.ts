import { DeliveryError } from '../ports/platform-gateway.js';

/** The first retry waits this long; each further one twice as long … */
export const RETRY_BASE_MS = 30_000;
/** … up to this. With the default 8 attempts the retries span about an hour. */
export const RETRY_CAP_MS = 60 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 8;

/** Exponential backoff after the given (1-based) attempt failed: 30 s, 1 min, 2 min, 4 min … 1 h. */
export function backoffMs(attempt: number): number {
  return Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
}

export type FailureDecision = { retry: false; reason: string } | { retry: true; delayMs: number; reason: string };

/**
 * What to do after an attempt threw: a permanent error (dead channel, bad payload) fails at once;
 * the last attempt fails; otherwise retry after the platform's Retry-After, or the backoff.
 */
export function decideAfterFailure(error: unknown, attempt: number, maxAttempts: number): FailureDecision {
  const reason = describeError(error);
  if (isPermanent(error)) return { retry: false, reason };
  if (attempt >= maxAttempts) return { retry: false, reason };
  const retryAfter = error instanceof DeliveryError ? error.retryAfterMs : undefined;
  return { retry: true, delayMs: retryAfter !== undefined && retryAfter >= 0 ? retryAfter : backoffMs(attempt), reason };
}

function isPermanent(error: unknown): boolean {
  if (error instanceof DeliveryError) return error.permanent;
  return Boolean(error && typeof error === 'object' && (error as { permanent?: unknown }).permanent === true);
}

/** One line for last_error and the admin's view: the error's name, status and message, no stack. */
export function describeError(error: unknown): string {
  if (error instanceof DeliveryError) {
    const status = error.options.status ? ` ${error.options.status}` : '';
    const code = error.options.code ? ` ${error.options.code}` : '';
    return truncate(`DeliveryError${status}${code}: ${error.message}`);
  }
  if (error instanceof Error) return truncate(`${error.name}: ${error.message}`);
  return truncate(String(error));
}

function truncate(value: string): string {
  return value.length > 500 ? `${value.slice(0, 499)}…` : value;
}
