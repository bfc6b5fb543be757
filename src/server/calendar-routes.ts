import type { Express, Response } from 'express';
import { describeForCalendar } from '../core/academy/academy-service.js';
import { programmeCalendar } from '../core/academy/session-calendar.js';
import type { KeinoCore } from '../core/keino.js';
import type { Locale } from '../core/i18n/locale.js';
import { translator } from '../core/i18n/translator.js';
import { isUnavailable } from '../core/errors.js';
import type { Logger } from '../core/ports/logger.js';

export const ACADEMY_CALENDAR_PATH = '/calendar/academy.ics';

/**
 * The calendar feeds for subscription (Outlook, Google, Apple):
 * - GET /calendar/<token>.ics: one person's sessions (going, maybe, waiting), with descriptions and
 *   meeting links; the token is the only key, so a wrong one is a plain 404;
 * - GET /calendar/academy.ics: the whole programme with titles, times and places that are no links:
 *   no meeting links, descriptions or cohorts, never who registered.
 * Both are `private, no-store`: no proxy or shared cache keeps a copy, and no referrer leaves them.
 */
export function calendarRoutes(core: KeinoCore, locale: Locale, logger: Logger): (app: Express) => void {
  const t = translator(locale);
  return (app) => {
    app.get(ACADEMY_CALENDAR_PATH, async (_request, response) => {
      await serve(response, logger, async () => {
        const now = core.now();
        return programmeCalendar(await core.services.academy.programme(now), { name: t('academy.ics.calendarName'), now });
      });
    });
    app.get('/calendar/:file', async (request, response) => {
      const token = /^(.+)\.ics$/.exec(request.params.file)?.[1] ?? '';
      await serve(response, logger, async () => {
        const personId = await core.services.calendars.personOf(token);
        if (personId === undefined) return undefined;
        const person = await core.services.people.peopleStore.findById(personId);
        const personal = translator(person?.locale ?? locale);
        const now = core.now();
        return programmeCalendar(await core.services.academy.calendarOf(personId, now), {
          name: personal('academy.ics.personalCalendarName'),
          describe: (session) => ({ description: describeForCalendar(session, personal) }),
          now,
        });
      });
    });
  };
}

async function serve(response: Response, logger: Logger, calendar: () => Promise<string | undefined>): Promise<void> {
  response.set('Cache-Control', 'private, no-store').set('Referrer-Policy', 'no-referrer');
  try {
    const body = await calendar();
    if (body === undefined) {
      response.status(404).end();
      return;
    }
    response.status(200).set('Content-Type', 'text/calendar; charset=utf-8').set('Content-Disposition', 'inline; filename="keino.ics"').send(body);
  } catch (error) {
    if (isUnavailable(error)) {
      logger.warn({ err: error }, 'calendar: database unavailable');
      response.status(503).set('Retry-After', '30').type('text/plain').send('database unavailable');
    } else {
      logger.error({ err: error }, 'calendar failed');
      response.status(500).type('text/plain').send('calendar unavailable');
    }
  }
}
