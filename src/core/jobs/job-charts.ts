import { DateTime } from 'luxon';
import { chart, type Chart } from '../charts/chart.js';
import type { Locale } from '../i18n/locale.js';
import type { Translate } from '../i18n/translator.js';
import { formatDate } from '../time/format.js';

/** Days drawn in `admin jobs`: this week's work at a glance. */
export const JOB_CHART_DAYS = 7;
const ENDED_STATES = ['done', 'failed', 'cancelled'] as const;

/** Midnight JOB_CHART_DAYS - 1 days before today, in the zone: where the chart starts. */
export function jobChartSince(now: Date, timeZone: string): Date {
  return DateTime.fromJSDate(now, { zone: timeZone })
    .startOf('day')
    .minus({ days: JOB_CHART_DAYS - 1 })
    .toJSDate();
}

/** Jobs that ended each of the last seven days, stacked by how they ended (done, failed, cancelled). */
export function jobsPerDayChart(
  reader: { t: Translate; locale: Locale; now: Date; timeZone: string },
  ended: readonly { day: string; state: (typeof ENDED_STATES)[number]; count: number }[],
): Chart {
  const { t, locale } = reader;
  const start = DateTime.fromJSDate(jobChartSince(reader.now, reader.timeZone), { zone: reader.timeZone });
  const days = Array.from({ length: JOB_CHART_DAYS }, (_, index) => start.plus({ days: index }).toISODate()!);
  const count = (day: string, state: string) => ended.filter((row) => row.day === day && row.state === state).reduce((sum, row) => sum + row.count, 0);
  const labels = days.map((day) => formatDate(day, locale));
  const parts = days.map((day, index) =>
    t('jobs.chart.dayAlt', { day: labels[index]!, done: count(day, 'done'), failed: count(day, 'failed'), cancelled: count(day, 'cancelled') }),
  );
  return chart({
    kind: 'stacked-bar',
    title: t('jobs.chart.title'),
    labels,
    series: ENDED_STATES.map((state) => ({ name: t(`jobs.state.${state}`), values: days.map((day) => count(day, state)) })),
    unit: t('jobs.chart.unit'),
    altText: `${t('jobs.chart.title')}: ${parts.join('; ')}.`,
  });
}
