import { chart, type Chart } from '../charts/chart.js';
import type { Locale } from '../i18n/locale.js';
import type { Translate } from '../i18n/translator.js';
import { addDays, localDateOf } from '../time/local-time.js';
import { isOpen, PLAN_STATES, type Intervention, type PlanCounts, type PlanState } from './intervention.js';

/** Who reads the chart: their language, time zone and now (the render's Reader is one). */
interface Reader {
  t: Translate;
  locale: Locale;
  timeZone: string;
  now: Date;
}

/** What the charts read of an organisation's overview (the service's Overview is one). */
interface Overview {
  organisation: { name: string };
  open: Intervention[];
  done: Intervention[];
}

/** How far ahead "due soon" looks, as the overview's "next 14 days". */
const DUE_SOON_DAYS = 14;
/** Categories (or policies) drawn; the rest are summed as "other". */
const MAX_GROUPS = 8;

export { PLAN_STATES, type PlanCounts, type PlanState };

/**
 * Where an intervention stands on a day: done, open and due later than 14 days ahead (on time),
 * due within 14 days, or overdue. Cancelled ones are in none.
 */
export function planState(intervention: Pick<Intervention, 'status' | 'dueDate' | 'completedAt'>, today: string, at?: Date): PlanState | undefined {
  if (intervention.status === 'cancelled') return undefined;
  const doneBy = intervention.status === 'done' && (at === undefined || (intervention.completedAt !== null && intervention.completedAt <= at));
  if (doneBy) return 'done';
  if (!isOpen(intervention.status) && intervention.status !== 'done') return undefined;
  if (intervention.dueDate < today) return 'overdue';
  return intervention.dueDate <= addDays(today, DUE_SOON_DAYS) ? 'dueSoon' : 'onTime';
}

export function planCounts(interventions: readonly Intervention[], today: string, at?: Date): PlanCounts {
  const counts: PlanCounts = { done: 0, onTime: 0, dueSoon: 0, overdue: 0 };
  for (const intervention of interventions) {
    const state = planState(intervention, today, at);
    if (state) counts[state] += 1;
  }
  return counts;
}

function stateLabels(reader: Reader): string[] {
  return PLAN_STATES.map((state) => reader.t(`interventions.chart.state.${state}`));
}

/** The organisation's plan by state, as a donut: "Interventions of Kuopio: 12 done, 5 overdue, 8 due within 14 days, 3 on time". */
export function planStatusChart(reader: Reader, overview: Overview): Chart {
  const counts = planCounts(everyIntervention(overview), localDateOf(reader.now, reader.timeZone));
  return chart({
    kind: 'donut',
    title: reader.t('interventions.chart.statusTitle', { organisation: overview.organisation.name }),
    labels: stateLabels(reader),
    series: [{ name: '', values: PLAN_STATES.map((state) => counts[state]) }],
    altText: reader.t('interventions.chart.statusAlt', { organisation: overview.organisation.name, ...counts }),
  });
}

/**
 * The plan by procurement category (or by policy, when no intervention has a category), each bar
 * stacked by state; none when the plan has neither.
 */
export function planByGroupChart(reader: Reader, overview: Overview): Chart | undefined {
  const all = everyIntervention(overview).filter((intervention) => intervention.status !== 'cancelled');
  const byCategory = all.some((intervention) => intervention.categoryName);
  const byPolicy = !byCategory && all.some((intervention) => intervention.policyName);
  if (!byCategory && !byPolicy) return undefined;
  const today = localDateOf(reader.now, reader.timeZone);
  const groups = new Map<string, PlanCounts>();
  for (const intervention of all) {
    const name = (byCategory ? intervention.categoryName : intervention.policyName) ?? reader.t('interventions.chart.noGroup');
    const counts = groups.get(name) ?? { done: 0, onTime: 0, dueSoon: 0, overdue: 0 };
    const state = planState(intervention, today);
    if (state) counts[state] += 1;
    groups.set(name, counts);
  }
  const total = (counts: PlanCounts) => PLAN_STATES.reduce((sum, state) => sum + counts[state], 0);
  let entries = [...groups.entries()].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0], reader.locale));
  if (entries.length > MAX_GROUPS) {
    const other: PlanCounts = { done: 0, onTime: 0, dueSoon: 0, overdue: 0 };
    for (const [, counts] of entries.slice(MAX_GROUPS - 1)) for (const state of PLAN_STATES) other[state] += counts[state];
    entries = [...entries.slice(0, MAX_GROUPS - 1), [reader.t('interventions.chart.otherGroups'), other]];
  }
  const labels = stateLabels(reader);
  const words = entries.map(([name, counts]) =>
    reader.t('interventions.chart.groupAltPart', { name, done: counts.done, overdue: counts.overdue, dueSoon: counts.dueSoon, onTime: counts.onTime }),
  );
  return chart({
    kind: 'stacked-bar',
    title: reader.t(byCategory ? 'interventions.chart.byCategory' : 'interventions.chart.byPolicy'),
    labels: entries.map(([name]) => name),
    series: PLAN_STATES.map((state, index) => ({ name: labels[index]!, values: entries.map(([, counts]) => counts[state]) })),
    altText: `${reader.t(byCategory ? 'interventions.chart.byCategory' : 'interventions.chart.byPolicy')}: ${words.join('; ')}.`,
  });
}

/**
 * The plan a week ago next to today, for the weekly digest. A week ago is what last week's digest
 * recorded (`recorded`); without that record (the first digest, or none sent last week) it is read
 * back from today's rows (what was done by then, which due dates had passed then), where an
 * intervention added or moved during the week counts as if it had been so all along.
 */
export function changeSinceLastWeek(reader: Pick<Reader, 'now' | 'timeZone'>, overview: Overview, recorded?: PlanCounts): WeeklyChange {
  const all = everyIntervention(overview);
  const weekAgo = new Date(reader.now.getTime() - 7 * 86_400_000);
  return {
    before: recorded ?? planCounts(all, localDateOf(weekAgo, reader.timeZone), weekAgo),
    now: planCounts(all, localDateOf(reader.now, reader.timeZone)),
  };
}

/** The plan a week ago and now. */
export interface WeeklyChange {
  before: PlanCounts;
  now: PlanCounts;
}

/** The week's change in words: "Since last week: done 9 → 12 (+3), overdue 6 → 5 (−1), due within 14 days 7 → 8 (+1)." */
export function changeLine(reader: Reader, change: WeeklyChange): string {
  const part = (state: PlanState) => {
    const delta = change.now[state] - change.before[state];
    const signed = delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '±0';
    return `${reader.t(`interventions.chart.state.${state}`)} ${change.before[state]} → ${change.now[state]} (${signed})`;
  };
  return reader.t('interventions.chart.sinceLastWeek', { changes: (['done', 'overdue', 'dueSoon'] as const).map(part).join(', ') });
}

function everyIntervention(overview: Overview): Intervention[] {
  const open = new Map<number, Intervention>();
  for (const intervention of [...overview.open, ...overview.done]) open.set(intervention.id, intervention);
  return [...open.values()];
}
