import type { Locale } from '../i18n/locale.js';
import type { LocalDate } from '../time/local-time.js';
import type { DashboardScope, OrganisationFilter } from './dashboard-scope.js';

/** Interventions counted by where they stand on a day: done, open and on time, due within the window, overdue. */
export interface PlanCounts {
  done: number;
  onTime: number;
  dueSoon: number;
  overdue: number;
}

/** The day the counts are for and how far ahead "due soon" looks. */
export interface PlanDay {
  today: LocalDate;
  soonUntil: LocalDate;
}

export interface OrganisationPlanRow extends PlanCounts {
  organisationId: number;
  name: string;
  people: number;
}

/**
 * The port to what the dashboard reads; the Drizzle implementation lives in src/db/stores. Each
 * query takes the scope (or the organisation filter it allows) and filters in SQL.
 */
export interface DashboardStore {
  activePeopleByPlatform(filter: OrganisationFilter, since: Date): Promise<{ platform: string; people: number }[]>;
  organisationPlans(filter: OrganisationFilter, day: PlanDay): Promise<OrganisationPlanRow[]>;
  /** The counts as they stood on each week's Monday (from the interventions' dates, not from digests sent). */
  planTrend(filter: OrganisationFilter, mondays: LocalDate[], soonDays: number): Promise<({ week: LocalDate } & PlanCounts)[]>;
  ownInterventions(personId: number): Promise<{ title: string; organisation: string | null; dueDate: LocalDate; status: string }[]>;
  organisations(filter: OrganisationFilter): Promise<{ id: number; name: string }[]>;
  planBy(organisationId: number, by: 'policy' | 'category', day: PlanDay): Promise<({ name: string | null } & PlanCounts)[]>;
  overdueInterventions(organisationId: number, today: LocalDate): Promise<{ title: string; owner: string | null; dueDate: LocalDate }[]>;
  nudgeHistory(organisationId: number, since: Date): Promise<{ owner: string; nudges: number; lastAt: Date }[]>;
  groupMembers(scope: DashboardScope, locale: Locale): Promise<{ group: string; organisation: string | null; members: number }[]>;
  pairingRounds(scope: DashboardScope, locale: Locale): Promise<{ group: string; round: number; dueAt: Date; pairs: number; met: number; answered: number }[]>;
  groupPrompts(scope: DashboardScope, locale: Locale): Promise<{ group: string; text: string; sent: number; cancelled: boolean }[]>;
  sessions(
    scope: DashboardScope,
    since: Date,
  ): Promise<{ title: string; startsAt: Date; cohort: string | null; capacity: number | null; going: number; maybe: number; waiting: number }[]>;
  waitingLists(scope: DashboardScope, since: Date): Promise<{ session: string; startsAt: Date; position: number; person: string }[]>;
  faqWeeks(filter: OrganisationFilter, mondays: LocalDate[], timeZone: string): Promise<{ week: LocalDate; asked: number; answered: number }[]>;
  unansweredQuestions(filter: OrganisationFilter, since: Date, limit: number): Promise<{ id: number; askedAt: Date; locale: Locale; text: string }[]>;
  faqFeedback(filter: OrganisationFilter, since: Date): Promise<{ entryId: string; question: string; helpful: number; notHelpful: number }[]>;
  /** An unanswered question no entry has been made from yet. */
  unansweredQuestion(id: number): Promise<{ id: number; text: string; locale: Locale } | undefined>;
  /** The entry made from an unanswered question: it leaves the list (its `answered` stays, for the statistics). */
  markQuestionAnswered(id: number, entryId: string): Promise<void>;
  pollChannels(scope: DashboardScope): Promise<{ platform: string; channelId: string; polls: number; responses: number }[]>;
  polls(
    scope: DashboardScope,
  ): Promise<{ question: string; platform: string; channelId: string; open: boolean; anonymous: boolean; responses: number; createdAt: Date }[]>;
}
