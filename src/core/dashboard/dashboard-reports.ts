import { chart, countsInWords, type Chart, type ChartKind, type ChartSeries } from '../charts/chart.js';
import { KeinoError } from '../errors.js';
import type { FaqService } from '../faq/faq-service.js';
import type { Locale } from '../i18n/locale.js';
import type { Translate } from '../i18n/translator.js';
import type { Person, Platform } from '../people/person.js';
import { platformName, type PlatformCapabilitiesById } from '../ports/platform-capabilities.js';
import { addDays, localDateOf, weekdayOf, type LocalDate } from '../time/local-time.js';
import { assertPageOpen, DashboardRefusal, organisationFilterOf, scopeOf } from './dashboard-scope.js';
import type { DashboardStore, OrganisationPlanRow, PlanCounts, PlanDay } from './dashboard-store.js';
import type { Cell, DashboardPage, DashboardSection, DashboardTable } from './dashboard-table.js';

const SOON_DAYS = 14;
const ACTIVE_DAYS = 30;
const TREND_WEEKS = 12;
const NUDGE_DAYS = 90;
const SESSION_DAYS = 365;
const UNANSWERED_SHOWN = 100;
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_QUESTION = 500;
const MAX_ANSWER = 4000;

/** Who is reading, when, and in which language: every page is built for one reader. */
export interface DashboardReader {
  person: Person;
  locale: Locale;
  timeZone: string;
  t: Translate;
  now: Date;
  /** The organisation an admin (or a coordinator, their own) asked to narrow the page to. */
  organisationId?: number;
}

/**
 * The dashboard's pages as data: sections of a heading, a chart and a table, built for one reader
 * within what their role may see (dashboard-scope.ts). The server renders the same data as HTML
 * and as CSV, so a download can never hold more than the page.
 */
export class DashboardReports {
  constructor(
    private readonly store: DashboardStore,
    private readonly platforms: PlatformCapabilitiesById,
    private readonly faqEntries: Pick<FaqService, 'add'>,
  ) {}

  async overview(reader: DashboardReader): Promise<DashboardPage> {
    assertPageOpen(reader.person, 'overview');
    const scope = scopeOf(reader.person, reader.organisationId);
    const filter = organisationFilterOf(scope);
    const { t } = reader;
    if (!filter) return { title: t('dashboard.overview.ownHeading'), sections: [await this.ownTasks(reader)] };
    const day = planDay(reader);
    const [platforms, organisations, trend] = await Promise.all([
      this.store.activePeopleByPlatform(filter, new Date(reader.now.getTime() - ACTIVE_DAYS * DAY_MS)),
      this.store.organisationPlans(filter, day),
      this.store.planTrend(filter, mondaysBefore(day.today, TREND_WEEKS), SOON_DAYS),
    ]);
    const platformLabels = platforms.map((row) => this.platformLabel(row.platform, reader.locale));
    const organisationLabels = organisations.map((row) => row.name);
    const weekLabels = trend.map((row) => shortDate(row.week, reader.locale));
    return {
      title: t('dashboard.overview.heading'),
      sections: [
        {
          heading: t('dashboard.overview.people', { days: ACTIVE_DAYS }),
          chart: barChart(t('dashboard.overview.people', { days: ACTIVE_DAYS }), 'bar', platformLabels, [
            { name: '', values: platforms.map((row) => row.people) },
          ]),
          table: {
            id: 'people',
            caption: t('dashboard.overview.people', { days: ACTIVE_DAYS }),
            columns: [t('dashboard.col.platform'), t('dashboard.col.people')],
            rows: platforms.map((row, index) => [platformLabels[index]!, row.people]),
          },
        },
        {
          heading: t('dashboard.overview.organisations'),
          chart: barChart(t('dashboard.overview.organisations'), 'stacked-bar', organisationLabels, this.planSeries(t, organisations)),
          table: this.organisationTable(t, t('dashboard.overview.organisations'), organisations),
        },
        {
          heading: t('dashboard.overview.trend', { weeks: TREND_WEEKS }),
          chart: barChart(t('dashboard.overview.trend', { weeks: TREND_WEEKS }), 'line', weekLabels, this.planSeries(t, trend)),
          table: {
            id: 'trend',
            caption: t('dashboard.overview.trend', { weeks: TREND_WEEKS }),
            columns: [t('dashboard.col.week'), ...this.planColumns(t)],
            rows: trend.map((row) => [{ date: row.week }, row.done, row.onTime, row.dueSoon, row.overdue]),
          },
        },
      ],
    };
  }

  /** The organisations the reader may open: every one for an admin, their own for a coordinator. */
  async organisations(reader: DashboardReader): Promise<DashboardPage> {
    assertPageOpen(reader.person, 'organisations');
    const filter = organisationFilterOf(scopeOf(reader.person, reader.organisationId));
    if (!filter) throw new DashboardRefusal(403);
    const { t } = reader;
    const rows = await this.store.organisationPlans(filter, planDay(reader));
    return {
      title: t('dashboard.organisations.heading'),
      sections: [
        {
          heading: t('dashboard.organisations.heading'),
          table: this.organisationTable(t, t('dashboard.organisations.heading'), rows),
        },
      ],
    };
  }

  /** One organisation's plan: by policy and category, what is overdue, and how often owners were nudged. */
  async organisation(reader: DashboardReader, organisationId: number): Promise<DashboardPage> {
    assertPageOpen(reader.person, 'organisations');
    const scope = scopeOf(reader.person);
    // A coordinator learns nothing of another organisation, not even that it exists.
    if (scope.kind === 'organisation' && scope.organisationId !== organisationId) throw new DashboardRefusal(404);
    if (scope.kind !== 'network' && scope.kind !== 'organisation') throw new DashboardRefusal(403);
    const [found] = await this.store.organisations({ organisationId });
    if (!found) throw new DashboardRefusal(404);
    const { t } = reader;
    const day = planDay(reader);
    const [byPolicy, byCategory, overdue, nudges] = await Promise.all([
      this.store.planBy(organisationId, 'policy', day),
      this.store.planBy(organisationId, 'category', day),
      this.store.overdueInterventions(organisationId, day.today),
      this.store.nudgeHistory(organisationId, new Date(reader.now.getTime() - NUDGE_DAYS * DAY_MS)),
    ]);
    const planSection = (id: 'policies' | 'categories', heading: string, rows: ({ name: string | null } & PlanCounts)[], none: string): DashboardSection => {
      const labels = rows.map((row) => row.name ?? none);
      return {
        heading,
        chart: barChart(heading, 'stacked-bar', labels, this.planSeries(t, rows)),
        table: {
          id,
          caption: heading,
          columns: [t('dashboard.col.name'), ...this.planColumns(t)],
          rows: rows.map((row, index) => [labels[index]!, row.done, row.onTime, row.dueSoon, row.overdue]),
        },
      };
    };
    return {
      title: found.name,
      sections: [
        planSection('policies', t('dashboard.organisation.byPolicy'), byPolicy, t('dashboard.organisation.noPolicy')),
        planSection('categories', t('dashboard.organisation.byCategory'), byCategory, t('dashboard.organisation.noCategory')),
        {
          heading: t('dashboard.organisation.overdue'),
          table: {
            id: 'overdue',
            caption: t('dashboard.organisation.overdue'),
            columns: [t('dashboard.col.title'), t('dashboard.col.owner'), t('dashboard.col.dueDate')],
            rows: overdue.map((row) => [row.title, row.owner, { date: row.dueDate }]),
          },
        },
        {
          heading: t('dashboard.organisation.nudges', { days: NUDGE_DAYS }),
          table: {
            id: 'nudges',
            caption: t('dashboard.organisation.nudges', { days: NUDGE_DAYS }),
            columns: [t('dashboard.col.owner'), t('dashboard.col.nudges'), t('dashboard.col.lastNudge')],
            rows: nudges.map((row) => [row.owner, row.nudges, { at: row.lastAt }]),
          },
        },
      ],
    };
  }

  async groups(reader: DashboardReader): Promise<DashboardPage> {
    assertPageOpen(reader.person, 'groups');
    const scope = scopeOf(reader.person, reader.organisationId);
    const { t } = reader;
    const [members, rounds, prompts] = await Promise.all([
      this.store.groupMembers(scope, reader.locale),
      this.store.pairingRounds(scope, reader.locale),
      this.store.groupPrompts(scope, reader.locale),
    ]);
    const none = t('dashboard.noOrganisation');
    const byGroup = totalsBy(members.map((row) => [row.group, row.members]));
    return {
      title: t('dashboard.groups.heading'),
      sections: [
        {
          heading: t('dashboard.groups.members'),
          chart: barChart(t('dashboard.groups.members'), 'bar', [...byGroup.keys()], [{ name: '', values: [...byGroup.values()] }]),
          table: {
            id: 'members',
            caption: t('dashboard.groups.members'),
            columns: [t('dashboard.col.group'), t('dashboard.col.organisation'), t('dashboard.col.members')],
            rows: members.map((row) => [row.group, row.organisation ?? none, row.members]),
          },
        },
        {
          heading: t('dashboard.groups.rounds'),
          table: {
            id: 'rounds',
            caption: t('dashboard.groups.rounds'),
            columns: [
              t('dashboard.col.group'),
              t('dashboard.col.round'),
              t('dashboard.col.date'),
              t('dashboard.col.pairs'),
              t('dashboard.col.met'),
              t('dashboard.col.answered'),
            ],
            rows: rounds.map((row) => [row.group, row.round, { at: row.dueAt }, row.pairs, row.met, row.answered]),
          },
        },
        {
          heading: t('dashboard.groups.prompts'),
          intro: t('dashboard.groups.promptsNote'),
          table: {
            id: 'prompts',
            caption: t('dashboard.groups.prompts'),
            columns: [t('dashboard.col.group'), t('dashboard.col.prompt'), t('dashboard.col.sent'), t('dashboard.col.state')],
            rows: prompts.map((row) => [row.group, row.text, row.sent, row.cancelled ? t('dashboard.state.cancelled') : t('dashboard.state.active')]),
          },
        },
      ],
    };
  }

  async academy(reader: DashboardReader): Promise<DashboardPage> {
    assertPageOpen(reader.person, 'academy');
    const scope = scopeOf(reader.person, reader.organisationId);
    const { t } = reader;
    const since = new Date(reader.now.getTime() - SESSION_DAYS * DAY_MS);
    const [sessions, waiting] = await Promise.all([this.store.sessions(scope, since), this.store.waitingLists(scope, since)]);
    const noCohort = t('dashboard.academy.noCohort');
    const cohorts = new Map<string, { sessions: number; going: number; maybe: number; waiting: number }>();
    for (const session of sessions) {
      const key = session.cohort ?? noCohort;
      const totals = cohorts.get(key) ?? { sessions: 0, going: 0, maybe: 0, waiting: 0 };
      totals.sessions += 1;
      totals.going += session.going;
      totals.maybe += session.maybe;
      totals.waiting += session.waiting;
      cohorts.set(key, totals);
    }
    const cohortNames = [...cohorts.keys()];
    const cohortTotals = [...cohorts.values()];
    const statusSeries: ChartSeries[] = [
      { name: t('dashboard.col.going'), values: cohortTotals.map((row) => row.going) },
      { name: t('dashboard.col.maybe'), values: cohortTotals.map((row) => row.maybe) },
      { name: t('dashboard.col.waiting'), values: cohortTotals.map((row) => row.waiting) },
    ];
    return {
      title: t('dashboard.academy.heading'),
      sections: [
        {
          heading: t('dashboard.academy.sessions'),
          table: {
            id: 'sessions',
            caption: t('dashboard.academy.sessions'),
            columns: [
              t('dashboard.col.session'),
              t('dashboard.col.startsAt'),
              t('dashboard.col.cohort'),
              t('dashboard.col.places'),
              t('dashboard.col.going'),
              t('dashboard.col.maybe'),
              t('dashboard.col.waiting'),
            ],
            rows: sessions.map((row) => [row.title, { at: row.startsAt }, row.cohort ?? noCohort, row.capacity, row.going, row.maybe, row.waiting]),
          },
        },
        {
          heading: t('dashboard.academy.waiting'),
          table: {
            id: 'waiting',
            caption: t('dashboard.academy.waiting'),
            columns: [t('dashboard.col.session'), t('dashboard.col.startsAt'), t('dashboard.col.position'), t('dashboard.col.person')],
            rows: waiting.map((row) => [row.session, { at: row.startsAt }, row.position, row.person]),
          },
        },
        {
          heading: t('dashboard.academy.cohorts'),
          intro: t('dashboard.academy.cohortsNote'),
          chart: barChart(t('dashboard.academy.cohorts'), 'stacked-bar', cohortNames, statusSeries),
          table: {
            id: 'cohorts',
            caption: t('dashboard.academy.cohorts'),
            columns: [t('dashboard.col.cohort'), t('dashboard.col.sessions'), t('dashboard.col.going'), t('dashboard.col.maybe'), t('dashboard.col.waiting')],
            rows: cohortNames.map((name, index) => {
              const row = cohortTotals[index]!;
              return [name, row.sessions, row.going, row.maybe, row.waiting];
            }),
          },
        },
      ],
    };
  }

  async faq(reader: DashboardReader): Promise<DashboardPage> {
    assertPageOpen(reader.person, 'faq');
    const filter = organisationFilterOf(scopeOf(reader.person, reader.organisationId));
    if (!filter) throw new DashboardRefusal(403);
    const { t } = reader;
    const today = localDateOf(reader.now, reader.timeZone);
    const mondays = mondaysBefore(today, TREND_WEEKS);
    const since = new Date(reader.now.getTime() - TREND_WEEKS * 7 * DAY_MS);
    const [weeks, unanswered, feedback] = await Promise.all([
      this.store.faqWeeks(filter, mondays, reader.timeZone),
      this.store.unansweredQuestions(filter, since, UNANSWERED_SHOWN),
      this.store.faqFeedback(filter, since),
    ]);
    const asked = weeks.reduce((sum, row) => sum + row.asked, 0);
    const answered = weeks.reduce((sum, row) => sum + row.answered, 0);
    const admin = reader.person.role === 'admin';
    const weekLabels = weeks.map((row) => shortDate(row.week, reader.locale));
    return {
      title: t('dashboard.faq.heading'),
      sections: [
        {
          heading: t('dashboard.faq.weeks', { weeks: TREND_WEEKS }),
          intro: t('dashboard.faq.answerRate', { rate: asked === 0 ? 0 : Math.round((answered / asked) * 100), asked }),
          chart: barChart(t('dashboard.faq.weeks', { weeks: TREND_WEEKS }), 'bar', weekLabels, [
            { name: t('dashboard.col.answered'), values: weeks.map((row) => row.answered) },
            { name: t('dashboard.col.unanswered'), values: weeks.map((row) => row.asked - row.answered) },
          ]),
          table: {
            id: 'weeks',
            caption: t('dashboard.faq.weeks', { weeks: TREND_WEEKS }),
            columns: [t('dashboard.col.week'), t('dashboard.col.questions'), t('dashboard.col.answered'), t('dashboard.col.answerRate')],
            rows: weeks.map((row) => [{ date: row.week }, row.asked, row.answered, row.asked === 0 ? null : Math.round((row.answered / row.asked) * 100)]),
          },
        },
        {
          heading: t('dashboard.faq.unanswered'),
          ...(admin ? { intro: t('dashboard.faq.unansweredAdmin') } : {}),
          table: {
            id: 'unanswered',
            caption: t('dashboard.faq.unanswered'),
            columns: [t('dashboard.col.asked'), t('dashboard.col.language'), t('dashboard.col.question')],
            rows: unanswered.map((row) => [{ at: row.askedAt }, row.locale, admin ? { text: row.text, href: `/dashboard/faq/questions/${row.id}` } : row.text]),
          },
        },
        {
          heading: t('dashboard.faq.feedback'),
          table: {
            id: 'feedback',
            caption: t('dashboard.faq.feedback'),
            columns: [t('dashboard.col.entry'), t('dashboard.col.question'), t('dashboard.col.helpful'), t('dashboard.col.notHelpful')],
            rows: feedback.map((row) => [row.entryId, row.question, row.helpful, row.notHelpful]),
          },
        },
      ],
    };
  }

  /** An unanswered question an admin may turn into an FAQ entry, or a refusal. */
  async unansweredQuestion(reader: DashboardReader, id: number): Promise<{ id: number; text: string; locale: Locale }> {
    if (reader.person.role !== 'admin') throw new DashboardRefusal(403);
    const question = await this.store.unansweredQuestion(id);
    if (!question) throw new DashboardRefusal(404);
    return question;
  }

  /**
   * An admin turns an unanswered question into an FAQ entry (in the audit log as `faq.add`, with
   * the question it came from); the question leaves the unanswered list.
   */
  async turnIntoEntry(reader: DashboardReader, id: number, input: { question: string; answer: string }): Promise<string> {
    const found = await this.unansweredQuestion(reader, id);
    const question = input.question.trim();
    const answer = input.answer.trim();
    if (!question || question.length > MAX_QUESTION || !answer || answer.length > MAX_ANSWER) {
      throw new KeinoError('dashboard.entry_invalid', 'dashboard.faq.answerMissing');
    }
    const entry = await this.faqEntries.add({ locale: found.locale, question, alternatives: [], answer, tags: [] }, reader.person, {
      fromQuestion: id,
      via: 'dashboard',
    });
    await this.store.markQuestionAnswered(id, entry.id);
    return entry.id;
  }

  async polls(reader: DashboardReader): Promise<DashboardPage> {
    assertPageOpen(reader.person, 'polls');
    const scope = scopeOf(reader.person, reader.organisationId);
    const { t } = reader;
    const [channels, polls] = await Promise.all([this.store.pollChannels(scope), this.store.polls(scope)]);
    const channelLabel = (platform: string, channelId: string) => `${this.platformLabel(platform, reader.locale)} ${channelId}`;
    const labels = channels.map((row) => channelLabel(row.platform, row.channelId));
    const perPoll = channels.map((row) => (row.polls === 0 ? 0 : Math.round((row.responses / row.polls) * 10) / 10));
    return {
      title: t('dashboard.polls.heading'),
      sections: [
        {
          heading: t('dashboard.polls.channels'),
          intro: t('dashboard.polls.privacy'),
          chart: barChart(t('dashboard.polls.channels'), 'bar', labels, [{ name: t('dashboard.col.perPoll'), values: perPoll }]),
          table: {
            id: 'channels',
            caption: t('dashboard.polls.channels'),
            columns: [t('dashboard.col.channel'), t('dashboard.col.polls'), t('dashboard.col.responses'), t('dashboard.col.perPoll')],
            rows: channels.map((row, index) => [labels[index]!, row.polls, row.responses, perPoll[index]!]),
          },
        },
        {
          heading: t('dashboard.polls.polls'),
          table: {
            id: 'polls',
            caption: t('dashboard.polls.polls'),
            columns: [
              t('dashboard.col.poll'),
              t('dashboard.col.channel'),
              t('dashboard.col.createdAt'),
              t('dashboard.col.state'),
              t('dashboard.col.anonymous'),
              t('dashboard.col.responses'),
            ],
            rows: polls.map((row) => [
              row.question,
              channelLabel(row.platform, row.channelId),
              { at: row.createdAt },
              row.open ? t('dashboard.state.open') : t('dashboard.state.closed'),
              row.anonymous ? t('dashboard.yes') : t('dashboard.no'),
              row.responses,
            ]),
          },
        },
      ],
    };
  }

  /** The organisations an admin may filter by (nothing for anyone else: they see one scope). */
  async organisationChoices(reader: DashboardReader): Promise<{ id: number; name: string }[]> {
    return reader.person.role === 'admin' ? this.store.organisations({}) : [];
  }

  private async ownTasks(reader: DashboardReader): Promise<DashboardSection> {
    const { t } = reader;
    const day = planDay(reader);
    const tasks = await this.store.ownInterventions(reader.person.id);
    const stateOf = (task: { dueDate: LocalDate; status: string }): string => {
      if (task.status === 'done') return t('dashboard.col.done');
      if (task.status === 'cancelled') return t('dashboard.state.cancelled');
      if (task.dueDate < day.today) return t('dashboard.col.overdue');
      if (task.dueDate <= day.soonUntil) return t('dashboard.col.dueSoon');
      return t('dashboard.col.onTime');
    };
    return {
      heading: t('dashboard.overview.ownTasks'),
      table: {
        id: 'tasks',
        caption: t('dashboard.overview.ownTasks'),
        columns: [t('dashboard.col.title'), t('dashboard.col.organisation'), t('dashboard.col.dueDate'), t('dashboard.col.state')],
        rows: tasks.map((task): Cell[] => [task.title, task.organisation, { date: task.dueDate }, stateOf(task)]),
      },
    };
  }

  /** Each organisation's plan, its name linking to its own page. */
  private organisationTable(t: Translate, caption: string, rows: OrganisationPlanRow[]): DashboardTable {
    return {
      id: 'organisations',
      caption,
      columns: [t('dashboard.col.organisation'), t('dashboard.col.people'), ...this.planColumns(t)],
      rows: rows.map((row) => [
        { text: row.name, href: `/dashboard/organisations/${row.organisationId}` },
        row.people,
        row.done,
        row.onTime,
        row.dueSoon,
        row.overdue,
      ]),
    };
  }

  private planColumns(t: Translate): string[] {
    return [t('dashboard.col.done'), t('dashboard.col.onTime'), t('dashboard.col.dueSoon'), t('dashboard.col.overdue')];
  }

  private planSeries(t: Translate, rows: PlanCounts[]): ChartSeries[] {
    return [
      { name: t('dashboard.col.done'), values: rows.map((row) => row.done) },
      { name: t('dashboard.col.onTime'), values: rows.map((row) => row.onTime) },
      { name: t('dashboard.col.dueSoon'), values: rows.map((row) => row.dueSoon) },
      { name: t('dashboard.col.overdue'), values: rows.map((row) => row.overdue) },
    ];
  }

  private platformLabel(platform: string, locale: Locale): string {
    return platform in this.platforms ? platformName(this.platforms, platform as Platform, locale) : platform;
  }
}

/** A chart whose alt text says its numbers; undefined when there is nothing to draw. */
function barChart(title: string, kind: ChartKind, labels: string[], series: ChartSeries[]): Chart | undefined {
  if (labels.length === 0) return undefined;
  const drawn = chart({ kind, title, labels, series, altText: '' });
  return { ...drawn, altText: `${title}: ${countsInWords(drawn)}` };
}

function planDay(reader: DashboardReader): PlanDay {
  const today = localDateOf(reader.now, reader.timeZone);
  return { today, soonUntil: addDays(today, SOON_DAYS) };
}

/** The Mondays of the last `count` weeks, the current week's last. */
function mondaysBefore(today: LocalDate, count: number): LocalDate[] {
  const monday = addDays(today, 1 - weekdayOf(today));
  return Array.from({ length: count }, (_, index) => addDays(monday, -7 * (count - 1 - index)));
}

function shortDate(date: LocalDate, locale: Locale): string {
  const [, month, day] = date.split('-').map(Number);
  return locale === 'en'
    ? `${day} ${new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))}`
    : `${day}.${month}.`;
}

function totalsBy(pairs: [string, number][]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [key, value] of pairs) totals.set(key, (totals.get(key) ?? 0) + value);
  return totals;
}
