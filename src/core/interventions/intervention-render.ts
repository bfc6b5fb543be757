import { actionButtons, actionValue, part } from '../commands/action-value.js';
import type { Translate } from '../i18n/translator.js';
import type { Locale } from '../i18n/locale.js';
import { chartBlock, heading, note, text, type Block, type Button } from '../messages/message.js';
import { planByGroupChart, planStatusChart } from './intervention-charts.js';
import { daysUntil } from '../time/relative-days.js';
import { formatDate, formatDateTime, formatRelativeDays } from '../time/format.js';
import type { CsvProblem } from './intervention-csv.js';
import type { ImportReport, Overview } from './intervention-reports.js';
import { INTERVENTION_STATUSES, isOpen, type Intervention } from './intervention.js';

/** What a person needs to phrase dates: their language, time zone, and now. */
export interface Reader {
  t: Translate;
  locale: Locale;
  timeZone: string;
  now: Date;
  /** Where the person reads: the console cannot take a file, so it is told of the import command instead. */
  conversation?: { platform: string };
}

/**
 * "in 7 days", "tomorrow" (the one formatter's relative days), or "3 päivää myöhässä": the due date
 * relative to today, in words. Overdue is said as the intervention's state, not as "3 days ago".
 */
export function dueInWords({ t, locale }: Pick<Reader, 't' | 'locale'>, days: number): string {
  return days >= 0 ? formatRelativeDays(days, locale) : t('interventions.due.overdue', { days: -days });
}

/** "due in 7 days (31.12.2026)" or "⚠️ 3 days overdue (due 28.12.2026)". */
export function dueLine(reader: Reader, dueDate: string): string {
  const days = daysUntil(dueDate, reader.now, reader.timeZone);
  const params = { when: dueInWords(reader, days), date: formatDate(dueDate, reader.locale) };
  return days < 0 ? reader.t('interventions.overdueOn', params) : reader.t('interventions.dueOn', params);
}

/** A snooze end as the person reads it: a date, with the time when it is not the whole day. */
export function snoozeEnd(reader: Reader, until: Date): string {
  return formatDateTime(until, reader.timeZone, reader.locale);
}

/** One intervention: number, title, due date in words, status, policy and category. */
export function interventionText(reader: Reader, intervention: Intervention, options: { owner?: boolean } = {}): string {
  const { t } = reader;
  const facts: string[] = [isOpen(intervention.status) ? dueLine(reader, intervention.dueDate) : formatDate(intervention.dueDate, reader.locale)];
  if (intervention.status !== 'planned') facts.push(t(`interventions.status.${intervention.status}`));
  if (intervention.snoozedUntil && intervention.snoozedUntil > reader.now && isOpen(intervention.status)) {
    facts.push(t('interventions.snoozedUntil', { date: snoozeEnd(reader, intervention.snoozedUntil) }));
  }
  if (options.owner) {
    const owner = intervention.owner.email ?? intervention.owner.name;
    facts.push(`${t('interventions.ownerLabel')}: ${owner}${intervention.ownerReachable ? '' : ` (${t('interventions.unreachable')})`}`);
  }
  const context = [intervention.policyName, intervention.categoryName].filter(Boolean).join(' · ');
  return `**#${intervention.id} ${intervention.title}** — ${facts.join(' · ')}${context ? `\n_${context}_` : ''}`;
}

/** Where a button was clicked: in a list (`tasks`) or on a nudge; the outcome is drawn accordingly. */
export const BUTTON_PLACES = ['list', 'nudge'] as const;
export type ButtonPlace = (typeof BUTTON_PLACES)[number];

/** What every intervention button carries: the intervention's id and where the button is ("12:nudge"). */
const clickedValue = actionValue({ id: part.id(), place: part.oneOf(BUTTON_PLACES) });

/** The intervention buttons, each with its action's codec (the handlers are in intervention-commands.ts and ask-group.ts). */
export const INTERVENTION_BUTTONS = {
  done: actionButtons('interventions.done', clickedValue),
  start: actionButtons('interventions.start', clickedValue),
  snoozeWeek: actionButtons('interventions.snoozeWeek', clickedValue),
  snoozeUntil: actionButtons('interventions.snoozeUntil', clickedValue),
  askGroup: actionButtons('interventions.askGroup', clickedValue),
} as const;

/** Done, In progress (when planned), Snooze a week; a nudge adds Snooze until… and, where groups exist, Ask my group. */
export function interventionButtons(t: Translate, intervention: Intervention, place: ButtonPlace, extra: Button[] = []): Block[] {
  if (!isOpen(intervention.status)) return [];
  const value = { id: intervention.id, place };
  const buttons: Button[] = [INTERVENTION_BUTTONS.done.button(t('interventions.button.done'), value, 'primary')];
  if (intervention.status === 'planned') buttons.push(INTERVENTION_BUTTONS.start.button(t('interventions.button.start'), value));
  buttons.push(INTERVENTION_BUTTONS.snoozeWeek.button(t('interventions.button.snoozeWeek'), value));
  if (place === 'nudge') buttons.push(INTERVENTION_BUTTONS.snoozeUntil.button(t('interventions.button.snoozeUntil'), value));
  return [{ type: 'buttons', buttons: [...buttons, ...extra] }];
}

/** A list of interventions, each with its buttons, within Slack's 50-block limit. */
export function interventionList(reader: Reader, list: Intervention[], options: { max: number; owner?: boolean; buttons?: boolean }): Block[] {
  const blocks: Block[] = [];
  for (const intervention of list.slice(0, options.max)) {
    blocks.push(text(interventionText(reader, intervention, { owner: options.owner })));
    if (options.buttons) blocks.push(...interventionButtons(reader.t, intervention, 'list'));
  }
  if (list.length > options.max) blocks.push(note(reader.t('interventions.more', { count: list.length - options.max })));
  return blocks;
}

/** An organisation's overview: progress, counts by status, overdue, the next 14 days, owners Keino cannot reach. */
export function overviewBlocks(
  reader: Reader,
  overview: Overview,
  max: number,
  title = heading(reader.t('interventions.org.heading', { organisation: overview.organisation.name })),
  afterCharts: Block[] = [],
): Block[] {
  const { t } = reader;
  const { counts } = overview;
  const total = INTERVENTION_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const blocks: Block[] = [title];
  if (total === 0) return [...blocks, text(t(reader.conversation?.platform === 'console' ? 'interventions.org.emptyConsole' : 'interventions.org.empty'))];
  blocks.push(chartBlock(planStatusChart(reader, overview)));
  const byGroup = planByGroupChart(reader, overview);
  if (byGroup) blocks.push(chartBlock(byGroup));
  blocks.push(...afterCharts);
  blocks.push({
    type: 'fields',
    fields: [
      ...INTERVENTION_STATUSES.map((status) => ({ label: t(`interventions.status.${status}`), value: String(counts[status]) })),
      { label: t('interventions.org.overdueCount'), value: String(overview.overdue.length) },
    ],
  });
  blocks.push(heading(t('interventions.org.overdue')));
  if (overview.overdue.length === 0) blocks.push(text(t('interventions.org.nothingOverdue')));
  else blocks.push(...interventionList(reader, overview.overdue, { max, owner: true }));
  blocks.push(heading(t('interventions.org.upcoming')));
  if (overview.upcoming.length === 0) blocks.push(text(t('interventions.org.nothingUpcoming')));
  else blocks.push(...interventionList(reader, overview.upcoming, { max, owner: true }));
  if (overview.unreachableOwners.length > 0) blocks.push(note(t('interventions.org.unreachable', { emails: namesWithMore(t, overview.unreachableOwners) })));
  return blocks;
}

/** "Line 4, column due_date (4): "31.02.2026" is not a possible date." */
export function describeProblem(t: Translate, problem: CsvProblem): string {
  const column = problem.column
    ? `${problem.column}${problem.columnNumber ? ` (${problem.columnNumber})` : ''}`
    : problem.columnNumber
      ? String(problem.columnNumber)
      : undefined;
  const where = column ? t('interventions.import.where', { line: problem.line, column }) : t('interventions.import.whereLine', { line: problem.line });
  const params = { value: problem.value ?? '', first: problem.firstLine ?? '' };
  return `${where}: ${t(`interventions.import.problem.${problem.kind}`, params)}`;
}

export const MAX_PROBLEMS_SHOWN = 20;
/** Names listed in one reply: a file of 10,000 new owners must still give a reply people can read (and Slack accepts). */
export const MAX_NAMES_SHOWN = 20;

/** "a, b, c and 9,997 more" */
export function namesWithMore(t: Translate, names: string[], max = MAX_NAMES_SHOWN): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? t('interventions.namesAndMore', { names: shown, count: names.length - max }) : shown;
}

/** The import's outcome as lines of text, for the command line and for chat. */
export function importReportLines(t: Translate, report: ImportReport): string[] {
  const lines = [
    t('interventions.import.done', { rows: report.rows, created: report.created, updated: report.updated, unchanged: report.unchanged }),
    t('interventions.import.organisations', { names: report.organisations.join(', ') }),
  ];
  if (report.unreachableOwners.length > 0) {
    lines.push(t('interventions.import.unreachable', { count: report.unreachableOwners.length, emails: namesWithMore(t, report.unreachableOwners) }));
  }
  if (report.ignoredColumns.length > 0) lines.push(t('interventions.import.ignored', { names: report.ignoredColumns.join(', ') }));
  return lines;
}

export function rejectionLines(t: Translate, problems: CsvProblem[]): string[] {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => `• ${describeProblem(t, problem)}`);
  if (problems.length > MAX_PROBLEMS_SHOWN) shown.push(t('interventions.more', { count: problems.length - MAX_PROBLEMS_SHOWN }));
  return [t('interventions.import.rejected', { count: problems.length }), ...shown];
}
