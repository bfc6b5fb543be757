import type { Express, Response } from 'express';
import { isUnavailable } from '../core/errors.js';
import type { Logger } from '../core/ports/logger.js';
import { DOWNLOAD_PATH, LinkRefused, safeName, type SignedLinks } from '../core/security/signed-links.js';

/** What Keino serves inline (pictures in cards); everything else is a download. */
const INLINE_TYPES = new Set(['image/png']);

/**
 * GET /files/<token>/<name>: a file behind a signed, short-lived link (src/core/security/signed-links.ts).
 * A token that does not verify is a plain 404 (nothing said about why); an expired link is 410
 * Gone. Files are served with their stored type, never sniffed, as downloads unless they are
 * pictures, and kept by no shared cache.
 */
export function downloadRoutes(links: SignedLinks, logger: Logger): (app: Express) => void {
  return (app) => {
    const serve = async (token: string, response: Response) => {
      response.set('Cache-Control', 'private, no-store').set('Referrer-Policy', 'no-referrer').set('X-Content-Type-Options', 'nosniff');
      try {
        const file = await links.open(token);
        const inline = INLINE_TYPES.has(file.mimeType);
        response
          .status(200)
          .set('Content-Type', inline ? file.mimeType : `${file.mimeType}${file.mimeType.startsWith('text/') ? '; charset=utf-8' : ''}`)
          .set('Content-Security-Policy', "default-src 'none'; sandbox")
          .set('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(safeName(file.filename))}`)
          .send(Buffer.from(file.content));
      } catch (error) {
        if (error instanceof LinkRefused) {
          if (error.reason !== 'invalid') logger.info({ reason: error.reason }, 'a download link was refused');
          else logger.warn({ reason: error.reason }, 'refused a download link that does not verify');
          response
            .status(error.reason === 'expired' ? 410 : 404)
            .type('text/plain')
            .send(error.reason === 'expired' ? 'This link has expired. / Linkki on vanhentunut. / Länken har gått ut.' : 'Not found');
        } else if (isUnavailable(error)) {
          logger.warn({ err: error }, 'download: database unavailable');
          response.status(503).set('Retry-After', '30').type('text/plain').send('database unavailable');
        } else {
          logger.error({ err: error }, 'download failed');
          response.status(500).type('text/plain').send('download unavailable');
        }
      }
    };
    app.get(`${DOWNLOAD_PATH}/:token{/:name}`, (request, response) => serve(String(request.params.token), response));
  };
}
