import type { RequestHandler, Response } from 'express';

/** No request Keino serves carries more (Slack's largest payloads are a few hundred KB, Teams' under 28 KB). */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

/**
 * Refuses a body declared larger than the limit with 413 before a byte of it is read, and closes
 * the connection so Node does not read the rest to keep it alive. A body without a declared length
 * is cut off at the same limit by the route's own parser.
 */
export function refuseLargeBodies(limit = MAX_REQUEST_BODY_BYTES): RequestHandler {
  return (request, response, next) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (Number.isFinite(declared) && declared > limit) {
      refuseUnread(response, 413);
      return;
    }
    next();
  };
}

/** Answers without reading the body, and drops the connection once the answer is out. */
export function refuseUnread(response: Response, status: number): void {
  response.once('finish', () => response.req.socket.destroy());
  response.status(status).set('Connection', 'close').end();
}
