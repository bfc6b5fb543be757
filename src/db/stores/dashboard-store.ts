import { sql, type SQL } from 'drizzle-orm';
import type { DashboardScope, OrganisationFilter } from '../../core/dashboard/dashboard-scope.js';
import type { DashboardStore, OrganisationPlanRow, PlanCounts, PlanDay } from '../../core/dashboard/dashboard-store.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { LocalDate } from '../../core/time/local-time.js';
import type { Executor } from '../client.js';
import { jsonRows, timestampOf } from './json-rows.js';
import { rowsOf } from './people-store.js';

const LIMIT = 500;

/**
 * What the web dashboard reads, one statement a table, each filtered in SQL by the reader's scope
 * (src/core/dashboard/dashboard-scope.ts). Counts are cast to int so that both drivers give numbers.
 */
export class DrizzleDashboardStore implements DashboardStore {
  constructor(private readonly db: Executor) {}

  private async rows<T>(query: SQL): Promise<T[]> {
    return rowsOf<T>(await this.db.execute(query));
  }

  activePeopleByPlatform(filter: OrganisationFilter, since: Date): Promise<{ platform: string; people: number }[]> {
    return this.rows(sql`
      select pi.platform, count(distinct pi.person_id)::int as people
      from platform_identities pi join people p on p.id = pi.person_id
      where pi.last_seen_at >= ${timestampOf(since)} and ${inOrganisation(sql`p.organisation_id`, filter)}
      group by pi.platform order by pi.platform`);
  }

  organisationPlans(filter: OrganisationFilter, day: PlanDay): Promise<OrganisationPlanRow[]> {
    return this.rows(sql`
      select o.id as "organisationId", o.name,
        (select count(*)::int from people p where p.organisation_id = o.id) as people,
        ${planCounts(day)}
      from organisations o left join interventions i on i.organisation_id = o.id
      where ${inOrganisation(sql`o.id`, filter)}
      group by o.id, o.name order by lower(o.name) limit ${LIMIT}`);
  }

  planTrend(filter: OrganisationFilter, mondays: LocalDate[], soonDays: number): Promise<({ week: LocalDate } & PlanCounts)[]> {
    // As each Monday saw it: made by then, done by then, and otherwise placed by its due date then.
    // Each intervention's days are worked out once (the casts from timestamps cost more than the
    // comparisons), then compared with each of the weeks.
    const open = sql`(iv.finished is null or iv.finished > w.day)`;
    return this.rows(sql`
      with iv as materialized (
        select i.created_at::date as made, i.due_date,
          case when i.status = 'done' then coalesce(i.completed_at, i.updated_at)::date end as finished
        from interventions i
        where i.status <> 'cancelled' and ${inOrganisation(sql`i.organisation_id`, filter)}
      ), w as (
        select week, week::date as day from jsonb_array_elements_text(${jsonRows(mondays)}) as weeks(week)
      )
      select w.week,
        count(iv.made) filter (where iv.finished <= w.day)::int as done,
        count(iv.made) filter (where ${open} and iv.due_date > w.day + ${soonDays}::int)::int as "onTime",
        count(iv.made) filter (where ${open} and iv.due_date >= w.day and iv.due_date <= w.day + ${soonDays}::int)::int as "dueSoon",
        count(iv.made) filter (where ${open} and iv.due_date < w.day)::int as overdue
      from w left join iv on iv.made <= w.day
      group by w.week order by w.week`);
  }

  ownInterventions(personId: number): Promise<{ title: string; organisation: string | null; dueDate: LocalDate; status: string }[]> {
    return this.rows(sql`
      select i.title, o.name as organisation, i.due_date::text as "dueDate", i.status
      from interventions i left join organisations o on o.id = i.organisation_id
      where i.owner_person_id = ${personId}
      order by i.due_date, i.id limit ${LIMIT}`);
  }

  organisations(filter: OrganisationFilter): Promise<{ id: number; name: string }[]> {
    return this.rows(sql`select o.id, o.name from organisations o where ${inOrganisation(sql`o.id`, filter)} order by lower(o.name) limit ${LIMIT}`);
  }

  planBy(organisationId: number, by: 'policy' | 'category', day: PlanDay): Promise<({ name: string | null } & PlanCounts)[]> {
    const join =
      by === 'policy' ? sql`left join procurement_policies x on x.id = i.policy_id` : sql`left join procurement_categories x on x.id = i.category_id`;
    return this.rows(sql`
      select x.name, ${planCounts(day)}
      from interventions i ${join}
      where i.organisation_id = ${organisationId}
      group by x.id, x.name order by x.name nulls last limit ${LIMIT}`);
  }

  overdueInterventions(organisationId: number, today: LocalDate): Promise<{ title: string; owner: string | null; dueDate: LocalDate }[]> {
    return this.rows(sql`
      select i.title, p.name as owner, i.due_date::text as "dueDate"
      from interventions i left join people p on p.id = i.owner_person_id
      where i.organisation_id = ${organisationId} and i.status in ('planned', 'in_progress') and i.due_date < ${today}::date
      order by i.due_date, i.id limit ${LIMIT}`);
  }

  async nudgeHistory(organisationId: number, since: Date): Promise<{ owner: string; nudges: number; lastAt: Date }[]> {
    const rows = await this.rows<{ owner: string; nudges: number; lastAt: Date | string }>(sql`
      select p.name as owner, count(*)::int as nudges, max(d.sent_at) as "lastAt"
      from deliveries d
        join jobs j on j.id = d.job_id
        join interventions i on i.id = (j.payload->>'interventionId')::int
        join people p on p.id = d.person_id
      where j.kind = 'interventions.nudge' and i.organisation_id = ${organisationId} and d.sent_at >= ${timestampOf(since)}
      group by p.id, p.name order by nudges desc, p.name limit ${LIMIT}`);
    return rows.map((row) => ({ ...row, lastAt: new Date(row.lastAt) }));
  }

  groupMembers(scope: DashboardScope, locale: Locale): Promise<{ group: string; organisation: string | null; members: number }[]> {
    return this.rows(sql`
      select ${groupName(locale)} as "group", o.name as organisation, count(*)::int as members
      from group_memberships m
        join groups g on g.id = m.group_id
        join people p on p.id = m.person_id
        left join organisations o on o.id = p.organisation_id
      where m.left_at is null and g.state = 'active' and ${groupsOf(scope, sql`p.organisation_id`)}
      group by g.id, o.id, o.name order by 1, 2 nulls last limit ${LIMIT}`);
  }

  async pairingRounds(
    scope: DashboardScope,
    locale: Locale,
  ): Promise<{ group: string; round: number; dueAt: Date; pairs: number; met: number; answered: number }[]> {
    const rows = await this.rows<{ group: string; round: number; dueAt: Date | string; pairs: number; met: number; answered: number }>(sql`
      select ${groupName(locale)} as "group", r.number as round, r.due_at as "dueAt",
        count(distinct pp.id)::int as pairs,
        count(distinct pp.id) filter (where pm.met_answer = 'yes')::int as met,
        count(distinct pp.id) filter (where pm.answered_at is not null)::int as answered
      from pairing_rounds r
        join groups g on g.id = r.group_id
        join pairing_pairs pp on pp.round_id = r.id
        join pairing_pair_members pm on pm.pair_id = pp.id
      where ${groupsOf(scope, sql`pm.organisation_id`)}
      group by g.id, r.id order by r.due_at desc limit ${LIMIT}`);
    return rows.map((row) => ({ ...row, dueAt: new Date(row.dueAt) }));
  }

  groupPrompts(scope: DashboardScope, locale: Locale): Promise<{ group: string; text: string; sent: number; cancelled: boolean }[]> {
    return this.rows(sql`
      select ${groupName(locale)} as "group", gp.text, gp.cancelled_at is not null as cancelled,
        (select count(*)::int from jobs j where j.kind = 'groups.prompt' and j.state = 'done' and (j.payload->>'promptId')::int = gp.id) as sent
      from group_prompts gp join groups g on g.id = gp.group_id
      where ${groupsOf(scope, undefined)}
      order by 1, gp.id limit ${LIMIT}`);
  }

  async sessions(
    scope: DashboardScope,
    since: Date,
  ): Promise<{ title: string; startsAt: Date; cohort: string | null; capacity: number | null; going: number; maybe: number; waiting: number }[]> {
    const filter = scope.kind === 'network' || scope.kind === 'organisation' ? scope : undefined;
    // An organisation's view counts its own people's registrations only.
    const registrations = filter?.organisationId ? sql`and r.person_id in (select id from people where organisation_id = ${filter.organisationId})` : sql``;
    const rows = await this.rows<{
      title: string;
      startsAt: Date | string;
      cohort: string | null;
      capacity: number | null;
      going: number;
      maybe: number;
      waiting: number;
    }>(sql`
      select s.title, s.starts_at as "startsAt", s.cohort, s.capacity,
        count(r.id) filter (where r.status = 'going')::int as going,
        count(r.id) filter (where r.status = 'maybe')::int as maybe,
        count(r.id) filter (where r.status = 'waiting')::int as waiting
      from academy_sessions s left join academy_registrations r on r.session_id = s.id ${registrations}
      where s.state = 'scheduled' and s.starts_at >= ${timestampOf(since)} and ${sessionsOf(scope)}
      group by s.id order by s.starts_at, s.id limit ${LIMIT}`);
    return rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt) }));
  }

  async waitingLists(scope: DashboardScope, since: Date): Promise<{ session: string; startsAt: Date; position: number; person: string }[]> {
    const whose =
      scope.kind === 'person'
        ? sql`r.person_id = ${scope.personId}`
        : scope.kind === 'facilitator'
          ? sql`s.facilitator_person_id = ${scope.personId}`
          : inOrganisation(sql`p.organisation_id`, scope);
    const rows = await this.rows<{ session: string; startsAt: Date | string; position: number; person: string }>(sql`
      select s.title as session, s.starts_at as "startsAt", r.waiting_position as position, p.name as person
      from academy_registrations r join academy_sessions s on s.id = r.session_id join people p on p.id = r.person_id
      where r.status = 'waiting' and s.state = 'scheduled' and s.starts_at >= ${timestampOf(since)} and ${whose}
      order by s.starts_at, s.id, r.waiting_position limit ${LIMIT}`);
    return rows.map((row) => ({ ...row, startsAt: new Date(row.startsAt) }));
  }

  faqWeeks(filter: OrganisationFilter, mondays: LocalDate[], timeZone: string): Promise<{ week: LocalDate; asked: number; answered: number }[]> {
    const start = sql`(w.week::date::timestamp at time zone ${timeZone})`;
    const end = sql`((w.week::date + 7)::timestamp at time zone ${timeZone})`;
    return this.rows(sql`
      select w.week, count(q.id)::int as asked, count(q.id) filter (where q.answered)::int as answered
      from jsonb_array_elements_text(${jsonRows(mondays)}) as w(week)
      left join faq_questions q on q.asked_at >= ${start} and q.asked_at < ${end} and ${askedIn(filter)}
      group by w.week order by w.week`);
  }

  async unansweredQuestions(filter: OrganisationFilter, since: Date, limit: number): Promise<{ id: number; askedAt: Date; locale: Locale; text: string }[]> {
    const rows = await this.rows<{ id: number; askedAt: Date | string; locale: Locale; text: string }>(sql`
      select q.id, q.asked_at as "askedAt", q.locale, q.text
      from faq_questions q
      where not q.answered and q.entry_id is null and q.asked_at >= ${timestampOf(since)} and ${askedIn(filter)}
      order by q.asked_at desc limit ${limit}`);
    return rows.map((row) => ({ ...row, askedAt: new Date(row.askedAt) }));
  }

  faqFeedback(filter: OrganisationFilter, since: Date): Promise<{ entryId: string; question: string; helpful: number; notHelpful: number }[]> {
    const whose =
      filter.organisationId === undefined ? sql`true` : sql`f.person_id in (select id from people where organisation_id = ${filter.organisationId})`;
    return this.rows(sql`
      select e.id as "entryId", e.question,
        count(*) filter (where f.helpful)::int as helpful, count(*) filter (where not f.helpful)::int as "notHelpful"
      from faq_feedback f join faq_entries e on e.id = f.entry_id
      where f.at >= ${timestampOf(since)} and ${whose}
      group by e.id, e.question order by "notHelpful" desc, helpful desc, e.id limit ${LIMIT}`);
  }

  async unansweredQuestion(id: number): Promise<{ id: number; text: string; locale: Locale } | undefined> {
    const [row] = await this.rows<{ id: number; text: string; locale: Locale }>(
      sql`select q.id, q.text, q.locale from faq_questions q where q.id = ${id} and not q.answered and q.entry_id is null`,
    );
    return row;
  }

  async markQuestionAnswered(id: number, entryId: string): Promise<void> {
    await this.db.execute(sql`update faq_questions set entry_id = ${entryId} where id = ${id}`);
  }

  pollChannels(scope: DashboardScope): Promise<{ platform: string; channelId: string; polls: number; responses: number }[]> {
    return this.rows(sql`
      select po.platform, po.channel_id as "channelId", count(*)::int as polls, coalesce(sum(b.voters), 0)::int as responses
      from polls po left join lateral (select count(*)::int as voters from poll_ballots pb where pb.poll_id = po.id) b on true
      where ${pollsOf(scope)}
      group by po.platform, po.channel_id order by polls desc, po.channel_id limit ${LIMIT}`);
  }

  async polls(
    scope: DashboardScope,
  ): Promise<{ question: string; platform: string; channelId: string; open: boolean; anonymous: boolean; responses: number; createdAt: Date }[]> {
    const rows = await this.rows<{
      question: string;
      platform: string;
      channelId: string;
      open: boolean;
      anonymous: boolean;
      responses: number;
      createdAt: Date | string;
    }>(sql`
      select po.question, po.platform, po.channel_id as "channelId", po.state = 'open' as open, po.anonymous,
        (select count(*)::int from poll_ballots pb where pb.poll_id = po.id) as responses, po.created_at as "createdAt"
      from polls po
      where ${pollsOf(scope)}
      order by po.created_at desc, po.id desc limit ${LIMIT}`);
    return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
  }
}

/** The four counts of a plan on a day, over `interventions i`; cancelled ones count nowhere. */
function planCounts(day: PlanDay): SQL {
  const open = sql`i.status in ('planned', 'in_progress')`;
  return sql`
    count(i.id) filter (where i.status = 'done')::int as done,
    count(i.id) filter (where ${open} and i.due_date > ${day.soonUntil}::date)::int as "onTime",
    count(i.id) filter (where ${open} and i.due_date >= ${day.today}::date and i.due_date <= ${day.soonUntil}::date)::int as "dueSoon",
    count(i.id) filter (where ${open} and i.due_date < ${day.today}::date)::int as overdue`;
}

function inOrganisation(column: SQL, filter: OrganisationFilter | DashboardScope): SQL {
  const organisationId = 'organisationId' in filter ? filter.organisationId : undefined;
  return organisationId === undefined ? sql`true` : sql`${column} = ${organisationId}`;
}

function groupName(locale: Locale): SQL {
  return sql`coalesce(g.name->>${locale}, g.name->>'fi', g.name->>'en', g.slug)`;
}

/**
 * The groups (alias g) a scope sees: a facilitator's own, a member's own; for an organisation,
 * rows of its people (`organisationColumn`) or, without one, the groups its people belong to.
 */
function groupsOf(scope: DashboardScope, organisationColumn: SQL | undefined): SQL {
  switch (scope.kind) {
    case 'facilitator':
      return sql`exists (select 1 from group_facilitators f where f.group_id = g.id and f.person_id = ${scope.personId})`;
    case 'person':
      return sql`exists (select 1 from group_memberships mm where mm.group_id = g.id and mm.person_id = ${scope.personId} and mm.left_at is null)`;
    default:
      if (scope.organisationId === undefined) return sql`true`;
      if (organisationColumn) return sql`${organisationColumn} = ${scope.organisationId}`;
      return sql`exists (select 1 from group_memberships mm join people mp on mp.id = mm.person_id
        where mm.group_id = g.id and mm.left_at is null and mp.organisation_id = ${scope.organisationId})`;
  }
}

/** The sessions (alias s) a scope lists: a facilitator's own, those a member answered; every one otherwise. */
function sessionsOf(scope: DashboardScope): SQL {
  if (scope.kind === 'facilitator') return sql`s.facilitator_person_id = ${scope.personId}`;
  if (scope.kind === 'person') {
    return sql`exists (select 1 from academy_registrations mine where mine.session_id = s.id and mine.person_id = ${scope.personId} and mine.status <> 'declined')`;
  }
  return sql`true`;
}

/** Questions (alias q) asked by the filter's organisation's people. */
function askedIn(filter: OrganisationFilter): SQL {
  return filter.organisationId === undefined ? sql`true` : sql`q.person_id in (select id from people where organisation_id = ${filter.organisationId})`;
}

/** The polls (alias po) a scope sees: made by the organisation's people, or by the facilitator. */
function pollsOf(scope: DashboardScope): SQL {
  switch (scope.kind) {
    case 'facilitator':
    case 'person':
      return sql`po.creator_id = ${scope.personId}`;
    default:
      return scope.organisationId === undefined ? sql`true` : sql`po.creator_id in (select id from people where organisation_id = ${scope.organisationId})`;
  }
}
