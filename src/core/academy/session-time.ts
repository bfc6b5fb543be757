import type { Locale } from '../i18n/locale.js';
import type { Translate } from '../i18n/translator.js';
import { formatDateOf, formatTime } from '../time/format.js';
import { localDateOf } from '../time/local-time.js';
import type { AcademySession } from './academy-store.js';

/** Whoever reads a session: a person answering a command, or the recipient of a scheduled message. */
export interface Reader {
  t: Translate;
  locale: Locale;
  timeZone: string;
}

function parts(instant: Date, { locale, timeZone }: Reader) {
  return { date: formatDateOf(instant, timeZone, locale), time: formatTime(instant, timeZone, locale), day: localDateOf(instant, timeZone) };
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
      ? reader.t('academy.when', { date: start.date, start: start.time, end: end.time })
      : reader.t('academy.whenSpanning', { date: start.date, start: start.time, endDate: end.date, end: end.time });
  return reader.timeZone === session.timeZone ? when : `${when} (${reader.timeZone})`;
}
