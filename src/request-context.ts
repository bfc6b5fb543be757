import { AsyncLocalStorage } from 'node:async_hooks';
import type { Platform } from './core/people/person.js';

/** What every log line written while handling one request carries. */
export interface RequestContext {
  requestId: string;
  platform?: Platform;
}

/**
 * The request being handled, wherever in the call chain a log line is written (the Slack
 * listener after the acknowledgement, the core, a store): set by the HTTP server for each
 * request, read by the logger.
 */
export const requestContext = new AsyncLocalStorage<RequestContext>();
