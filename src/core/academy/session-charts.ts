import { chart, type Chart } from '../charts/chart.js';
import type { Locale } from '../i18n/locale.js';
import type { Translate } from '../i18n/translator.js';
import { formatDateOf } from '../time/format.js';
import type { AcademySession, SessionOverview } from './academy-store.js';

const STATES = ['going', 'maybe', 'waiting'] as const;

/**
 * Registrations per session, side by side for every scheduled session of a cohort (or the one
 * session when it has none): going, maybe and on the waiting list. Attendance is not recorded, so
 * it is not drawn.
 */
export function registrationsChart(reader: { t: Translate; locale: Locale }, session: AcademySession, sessions: readonly SessionOverview[]): Chart {
  const { t, locale } = reader;
  const label = (one: AcademySession) => `#${one.id} ${formatDateOf(one.startsAt, one.timeZone, locale)}`;
  const names = STATES.map((state) => t(`academy.chart.${state}`));
  const parts = sessions.map((one) => t('academy.chart.altPart', { session: label(one.session), going: one.going, maybe: one.maybe, waiting: one.waiting }));
  return chart({
    kind: 'bar',
    title: session.cohort ? t('academy.chart.cohortTitle', { cohort: session.cohort }) : t('academy.chart.sessionTitle', { id: session.id }),
    labels: sessions.map((one) => label(one.session)),
    series: STATES.map((state, index) => ({ name: names[index]!, values: sessions.map((one) => one[state]) })),
    unit: t('academy.chart.unit'),
    altText: `${session.cohort ? t('academy.chart.cohortTitle', { cohort: session.cohort }) : t('academy.chart.sessionTitle', { id: session.id })}: ${parts.join('; ')}.`,
  });
}
