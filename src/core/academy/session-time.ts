import { DateTime } from 'luxon';
import type { Locale } from '../i18n/locale.js';
import type { Translate } from '../i18n/translator.js';
import type { AcademySession } from './academy-store.js';

const LUXON_LOCALE: Record<Locale, string> = { fi: 'fi', sv: 'sv', en: 'en-GB' };

/** Whoever reads a session: a person answering a command, or the recipient of a scheduled message. */
export interface Reader {
  t: Translate;
  locale: Locale;
  timeZone: string;
}

function parts(instant: Date, { locale, timeZone }: Reader) {
  const local = DateTime.fromJSDate(instant, { zone: timeZone }).setLocale(LUXON_LOCALE[locale]);
  return {
    weekday: local.toFormat('ccc'),
    date: locale === 'en' ? local.toFormat('d LLL yyyy') : local.toFormat('d.M.yyyy'),
    time: locale === 'en' ? local.toFormat('HH:mm') : local.toFormat('H.mm'),
    day: local.toISODate(),
  };
}

/**
 * When a session is, in the reader's zone and language: "ma 26.10.2026 klo 10.00–12.00". The
 * reader's zone is named when it is not the zone the session was entered in.
 */
export function describeWhen(session: Pick<AcademySession, 'startsAt' | 'endsAt' | 'timeZone'>, reader: Reader): string {
  const start = parts(session.startsAt, reader);
  const end = parts(session.endsAt, reader);
  const when =
    start.day === end.day
      ? reader.t('academy.when', { weekday: start.weekday, date: start.date, start: start.time, end: end.time })
      : reader.t('academy.whenSpanning', {
          weekday: start.weekday,
          date: start.date,
          start: start.time,
          endWeekday: end.weekday,
          endDate: end.date,
          end: end.time,
        });
  return reader.timeZone === session.timeZone ? when : `${when} (${reader.timeZone})`;
}
