import type { Express } from 'express';
import { describeForCalendar } from '../core/academy/academy-service.js';
import { programmeCalendar } from '../core/academy/session-calendar.js';
import type { KeinoCore } from '../core/keino.js';
import type { Locale } from '../core/i18n/locale.js';
import { translator } from '../core/i18n/translator.js';
import { isUnavailable } from '../core/errors.js';
import type { Logger } from '../core/ports/logger.js';

export const ACADEMY_CALENDAR_PATH = '/calendar/academy.ics';

/**
 * GET /calendar/academy.ics: the whole academy programme for calendar subscription (Outlook,
 * Google, Apple). Titles, times and places only: never who has registered.
 */
export function academyCalendarRoute(core: KeinoCore, locale: Locale, logger: Logger): (app: Express) => void {
  const t = translator(locale);
  return (app) => {
    app.get(ACADEMY_CALENDAR_PATH, async (_request, response) => {
      try {
        const now = core.now();
        const sessions = await core.services.academy.programme(now);
        const body = programmeCalendar(sessions, { name: t('academy.ics.calendarName'), describe: (session) => ({ description: describeForCalendar(session, t) }), now });
        response
          .status(200)
          .set('Content-Type', 'text/calendar; charset=utf-8')
          .set('Content-Disposition', 'inline; filename="academy.ics"')
          .set('Cache-Control', 'public, max-age=300')
          .send(body);
      } catch (error) {
        if (isUnavailable(error)) {
          logger.warn({ err: error }, 'academy calendar: database unavailable');
          response.status(503).set('Retry-After', '30').type('text/plain').send('database unavailable');
        } else {
          logger.error({ err: error }, 'academy calendar failed');
          response.status(500).type('text/plain').send('calendar unavailable');
        }
      }
    });
  };
}
