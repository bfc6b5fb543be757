import { DateTime } from 'luxon';
import { chart, type Chart } from '../charts/chart.js';
import type { Translate } from '../i18n/translator.js';
import type { UnansweredQuestion, WeeklyQuestions } from './faq-store.js';

/** Weeks drawn in `faq stats`: two months, enough to see a trend. */
export const FAQ_WEEKS = 8;
/** A question longer than this is cut in the chart (the list under it has it whole). */
const QUESTION_LABEL = 40;

/** The Monday FAQ_WEEKS - 1 weeks before this week's, as an instant: where the weekly count starts. */
export function weeklySince(now: Date, timeZone: string): Date {
  return DateTime.fromJSDate(now, { zone: timeZone })
    .startOf('week')
    .minus({ weeks: FAQ_WEEKS - 1 })
    .toJSDate();
}

/** Questions per week, answered and not, stacked: every one of the last eight weeks, quiet ones as zero. */
export function weeklyQuestionsChart(reader: { t: Translate; now: Date; timeZone: string }, weeks: readonly WeeklyQuestions[]): Chart {
  const { t } = reader;
  const start = DateTime.fromJSDate(weeklySince(reader.now, reader.timeZone), { zone: reader.timeZone });
  const mondays = Array.from({ length: FAQ_WEEKS }, (_, index) => start.plus({ weeks: index }));
  const found = new Map(weeks.map((week) => [week.week, week]));
  const rows = mondays.map((monday) => found.get(monday.toISODate()!) ?? { week: monday.toISODate()!, answered: 0, unanswered: 0 });
  const labels = mondays.map((monday) => t('faq.chart.week', { week: monday.weekNumber }));
  const parts = rows.map((row, index) => t('faq.chart.weekAlt', { week: labels[index]!, answered: row.answered, unanswered: row.unanswered }));
  return chart({
    kind: 'stacked-bar',
    title: t('faq.chart.weeklyTitle'),
    labels,
    series: [
      { name: t('faq.chart.answered'), values: rows.map((row) => row.answered) },
      { name: t('faq.chart.unanswered'), values: rows.map((row) => row.unanswered) },
    ],
    unit: t('faq.chart.unit'),
    altText: `${t('faq.chart.weeklyTitle')}: ${parts.join('; ')}.`,
  });
}

/** The questions asked most often that found no answer: what the FAQ lacks. */
export function unansweredChart(t: Translate, questions: readonly UnansweredQuestion[]): Chart | undefined {
  if (questions.length === 0) return undefined;
  const label = (text: string) => (text.trim().length > QUESTION_LABEL ? `${text.trim().slice(0, QUESTION_LABEL - 1)}…` : text.trim());
  return chart({
    kind: 'bar',
    title: t('faq.chart.unansweredTitle'),
    labels: questions.map((question) => label(question.text)),
    series: [{ name: t('faq.chart.times'), values: questions.map((question) => question.times) }],
    unit: t('faq.chart.times'),
    altText: `${t('faq.chart.unansweredTitle')}: ${questions.map((question) => `”${question.text.trim()}” ${question.times}`).join(', ')}.`,
  });
}
