import { sql } from 'drizzle-orm';
import type { InterventionService } from '../../src/core/interventions/intervention-service.js';
import { nudgeJob } from '../../src/core/interventions/nudges.js';
import { addDays, type LocalDate } from '../../src/core/time/local-time.js';
import type { Database } from '../../src/db/client.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { FAKE_TEAM } from './fake-slack-api.js';
import { generatedPlan } from './generated-plan.js';

/**
 * A whole KEINO network for the dashboard's tests and benchmark: organisations, people on Slack,
 * Teams or both, a Hankintaluotsi plan through the import service, developer groups with pairing
 * rounds, academy sessions with registrations and waiting lists, polls with votes, FAQ questions
 * with feedback. Everything but the plan is written set-based (a statement a table), so the full
 * size seeds in seconds. Names follow test/bench/seed.ts and generated-plan.ts: "Organisaatio n",
 * henkilo<i>@bench.example in organisation 1 + i % organisations.
 */
export interface NetworkSize {
  organisations: number;
  people: number;
  interventions: number;
  groups: number;
  sessions: number;
  polls: number;
  faqQuestions: number;
}

export const FULL_NETWORK: NetworkSize = {
  organisations: 100,
  people: 5_000,
  interventions: 10_000,
  groups: 12,
  sessions: 48,
  polls: 200,
  faqQuestions: 3_000,
};

export const SMALL_NETWORK: NetworkSize = {
  organisations: 6,
  people: 120,
  interventions: 240,
  groups: 3,
  sessions: 6,
  polls: 8,
  faqQuestions: 60,
};

/** Someone to sign in as: the person, and their identities in the console and Slack. */
export interface SeededPerson {
  id: number;
  email: string;
  organisationId: number;
  organisationName: string;
  /** Console user id (tenant "local"). */
  consoleUserId: string;
  /** Slack user id in FAKE_TEAM. */
  slackUserId: string;
}

export interface SeededNetwork {
  organisations: { id: number; name: string }[];
  /** A network admin (role admin) of organisation 1. */
  admin: SeededPerson;
  /** The coordinators of organisations 1 and 2. */
  coordinators: [SeededPerson, SeededPerson];
  /** A facilitator of group 1. */
  facilitator: SeededPerson;
  /** A member of a developer group who owns interventions. */
  member: SeededPerson;
  /** Row counts of the main tables after seeding. */
  counts: Record<string, number>;
}

export const TEAMS_TENANT = '6f1d2c3b-0000-4000-8000-00000000bench';
const slackUserId = (i: number) => `U0B${String(i).padStart(6, '0')}`;

/**
 * Seeds an empty, migrated database. `today` is the network's local date: due dates, sessions and
 * questions fall on both sides of it (about a third of the open interventions are overdue).
 */
export async function seedNetwork(
  db: Database,
  interventions: Pick<InterventionService, 'importCsv'>,
  size: NetworkSize,
  today: LocalDate,
): Promise<SeededNetwork> {
  const now = new Date(`${today}T10:00:00Z`);
  await db.execute(sql`insert into organisations (name) select 'Organisaatio ' || o from generate_series(1, ${size.organisations}::int) as o`);
  await seedPeople(db, size, now);
  const plan = generatedPlan({
    rows: size.interventions,
    organisations: size.organisations,
    knownPeople: size.people,
    knownEvery: 1,
    titlePrefix: 'Toimenpide',
    firstDue: addDays(today, -90),
  });
  await interventions.importCsv(plan.csv, { actor: null, source: 'network-seed.csv' }, now);
  await seedPlanHistory(db, today);
  await seedGroups(db, size, now);
  await seedAcademy(db, size, now);
  await seedPolls(db, size, now);
  await seedFaq(db, size, now);
  for (const table of TABLES) await db.execute(sql.raw(`vacuum analyze ${table}`));

  const organisations = rowsOf<{ id: number; name: string }>(await db.execute(sql`select id, name from organisations order by id`));
  const person = async (i: number): Promise<SeededPerson> => {
    const [row] = rowsOf<{ id: number; email: string; organisation_id: number; name: string }>(
      await db.execute(sql`select p.id, p.email, p.organisation_id, o.name from people p join organisations o on o.id = p.organisation_id
        where p.email = ${`henkilo${i}@bench.example`}`),
    );
    if (!row) throw new Error(`seeded person ${i} is missing`);
    return {
      id: row.id,
      email: row.email,
      organisationId: row.organisation_id,
      organisationName: row.name,
      consoleUserId: `henkilo${i}`,
      slackUserId: slackUserId(i),
    };
  };
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    counts[table] = Number(rowsOf<{ n: string }>(await db.execute(sql.raw(`select count(*) as n from ${table}`)))[0]!.n);
  }
  return {
    organisations,
    admin: await person(ROLES.admin(size)),
    coordinators: [await person(0), await person(1)],
    facilitator: await person(ROLES.facilitator(size)),
    member: await person(ROLES.member(size)),
    counts,
  };
}

const TABLES = [
  'organisations',
  'people',
  'platform_identities',
  'interventions',
  'intervention_history',
  'plan_weeks',
  'jobs',
  'deliveries',
  'groups',
  'group_memberships',
  'pairing_pair_members',
  'academy_sessions',
  'academy_registrations',
  'polls',
  'poll_ballots',
  'poll_votes',
  'faq_questions',
  'faq_feedback',
];

/**
 * Who has which role, by index i (henkilo<i>): the first person of each organisation coordinates
 * it, the next `groups` people facilitate a group each, the one after them is an admin, and
 * everyone else is a member. The member to sign in as is in a group and owns interventions.
 */
const ROLES = {
  facilitator: (size: NetworkSize) => size.organisations,
  admin: (size: NetworkSize) => size.organisations * Math.ceil((size.organisations + size.groups + 1) / size.organisations),
  member: (size: NetworkSize) => ROLES.admin(size) + 4,
};

/**
 * People with a Slack identity (i % 5 in 0..2), a Teams one (3) or both (4), seen in the last 12
 * weeks; a tenth write Swedish and a tenth English. Everyone to sign in as has a console identity
 * (not yet used).
 */
async function seedPeople(db: Database, size: NetworkSize, now: Date): Promise<void> {
  const admin = ROLES.admin(size);
  const member = ROLES.member(size);
  const at = now.toISOString();
  await db.execute(sql`
    with orgs as (select array_agg(id order by id) as ids from organisations)
    insert into people (name, email, locale, role, organisation_id)
    select 'Henkilö ' || i, 'henkilo' || i || '@bench.example',
      case i % 10 when 1 then 'sv' when 2 then 'en' else null end,
      case when i < ${size.organisations} then 'coordinator'
        when i < ${size.organisations + size.groups} then 'facilitator'
        when i = ${admin} then 'admin' else 'member' end,
      orgs.ids[1 + i % ${size.organisations}]
    from generate_series(0, ${size.people - 1}::int) as i, orgs`);
  await db.execute(sql`
    with numbered as (select id, (regexp_match(email, '^henkilo(\\d+)@'))[1]::int as i from people)
    insert into platform_identities (person_id, platform, tenant_id, user_id, last_seen_at)
    select id, 'slack', ${FAKE_TEAM}, 'U0B' || lpad(i::text, 6, '0'), ${at}::timestamptz - (i % 84) * interval '1 day'
      from numbered where i % 5 <> 3
    union all
    select id, 'teams', ${TEAMS_TENANT}, '29:bench-' || i, ${at}::timestamptz - (i % 91) * interval '1 day'
      from numbered where i % 5 in (3, 4)
    union all
    select id, 'console', 'local', 'henkilo' || i, null
      from numbered where i in (0, 1, ${size.organisations}, ${admin}, ${member})`);
}

/**
 * When the plan was made and its items done, twelve weekly counts of each plan (plan_weeks, as the
 * Monday digests record them), and past nudges of the open items (done jobs with their
 * deliveries), as the nudger would have left them.
 */
async function seedPlanHistory(db: Database, today: LocalDate): Promise<void> {
  // The plan came in over the last four months (so the trend has a past), and what is done was
  // done near its due date, after it was made and not after today.
  await db.execute(sql`update interventions set created_at = (${today}::date - 120 + id % 100) + time '09:00'`);
  await db.execute(sql`update intervention_history h set at = i.created_at from interventions i where i.id = h.intervention_id`);
  await db.execute(sql`update interventions set completed_at = least(${today}::date + time '08:00', greatest(created_at + interval '1 day', due_date - (id % 20) + time '12:00'))
    where status = 'done'`);
  await db.execute(sql`
    insert into plan_weeks (organisation_id, week_of, done, on_time, due_soon, overdue)
    select o.id, w.monday,
      count(*) filter (where i.status = 'done' and i.completed_at < w.monday)::int,
      count(*) filter (where i.status in ('planned', 'in_progress') and i.due_date >= w.monday + 14)::int,
      count(*) filter (where i.status in ('planned', 'in_progress') and i.due_date >= w.monday and i.due_date < w.monday + 14)::int,
      count(*) filter (where i.status in ('planned', 'in_progress') and i.due_date < w.monday)::int
    from organisations o
      cross join (select date_trunc('week', ${today}::date)::date - 7 * n as monday from generate_series(0, 11) as n) as w
      left join interventions i on i.organisation_id = o.id
    group by o.id, w.monday`);
  await db.execute(sql`
    with nudges as (
      insert into jobs (kind, key, payload, due_at, state, attempts, finished_at)
      select ${nudgeJob.kind}, 'nudge:' || i.id || ':' || to_char(d, 'YYYY-MM-DD'),
        jsonb_build_object('interventionId', i.id, 'date', to_char(d, 'YYYY-MM-DD')), d + time '07:00', 'done', 1, d + time '07:00'
      from interventions i, lateral (values (i.due_date - 7), (i.due_date + 7)) as n(d)
      where i.status in ('planned', 'in_progress') and n.d < ${today}::date
      on conflict do nothing
      returning id, (payload->>'interventionId')::int as intervention_id, finished_at
    )
    insert into deliveries (key, job_id, person_id, platform, tenant_id, channel_id, conversation_kind, message_id, sent_at)
    select 'seed:' || n.id, n.id, i.owner_person_id, 'slack', ${FAKE_TEAM}, 'D' || i.owner_person_id, 'personal', 'seed.' || n.id, n.finished_at
    from nudges n join interventions i on i.id = n.intervention_id`);
}

/**
 * Developer groups with a facilitator, a Slack and a Teams channel, every fourth person a member
 * (one in ten of them has left), a weekly prompt, and six past pairing rounds pairing the members
 * in person order, most of whom answered whether they met.
 */
async function seedGroups(db: Database, size: NetworkSize, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.execute(sql`
    insert into groups (slug, name, description, language)
    select 'ryhma-' || g, jsonb_build_object('fi', 'Kehittäjäryhmä ' || g, 'sv', 'Utvecklargrupp ' || g, 'en', 'Developer group ' || g),
      jsonb_build_object('fi', 'Vertaisryhmä hankinnoista ' || g), case when g % 5 = 0 then 'sv' else 'fi' end
    from generate_series(1, ${size.groups}::int) as g`);
  await db.execute(sql`
    insert into group_facilitators (group_id, person_id)
    select g.id, p.id from groups g join people p on lower(p.email) = 'henkilo' || (${size.organisations} + g.id - (select min(id) from groups)) || '@bench.example'`);
  await db.execute(sql`
    insert into group_channels (group_id, platform, tenant_id, channel_id)
    select id, 'slack', ${FAKE_TEAM}, 'CGROUP' || id from groups
    union all select id, 'teams', ${TEAMS_TENANT}, '19:group' || id || '@thread.tacv2' from groups`);
  await db.execute(sql`
    with numbered as (select id, (regexp_match(email, '^henkilo(\\d+)@'))[1]::int as i from people),
      ordered as (select array_agg(id order by id) as ids from groups)
    insert into group_memberships (group_id, person_id, joined_at, left_at)
    select ordered.ids[1 + (i / 4) % ${size.groups}], numbered.id, ${at}::timestamptz - (30 + i % 200) * interval '1 day',
      case when i % 40 = 0 then ${at}::timestamptz - (i % 20) * interval '1 day' end
    from numbered, ordered where i % 4 = 0 or i = ${ROLES.member(size)}`);
  await db.execute(sql`
    insert into group_prompts (group_id, text, weekday, time, time_zone)
    select id, 'Mitä hankintaa edistit tällä viikolla?', 1 + id % 5, '09:00', 'Europe/Helsinki' from groups`);
  await db.execute(sql`
    insert into group_pairing_settings (group_id, cadence_weeks, next_round_at)
    select id, 2, ${at}::timestamptz + interval '3 days' from groups`);
  await db.execute(sql`
    insert into pairing_rounds (group_id, number, due_at, seed)
    select g.id, r, ${at}::timestamptz - (7 - r) * interval '14 days', g.id * 100 + r from groups g, generate_series(1, 6) as r`);
  // Pair k of a round: the members numbered 2k-1 and 2k in person order (an odd one out sits out).
  await db.execute(sql`
    with members as (
        select m.group_id, m.person_id, p.organisation_id, row_number() over (partition by m.group_id order by m.person_id) as n
        from group_memberships m join people p on p.id = m.person_id where m.left_at is null),
      slots as (
        select r.id as round_id, r.number, k from pairing_rounds r,
          generate_series(1, (select count(*) from members where members.group_id = r.group_id)::int / 2) as k),
      pairs as (
        insert into pairing_pairs (round_id) select round_id from slots order by round_id, k returning id, round_id),
      numbered_pairs as (select id, round_id, row_number() over (partition by round_id order by id) as k from pairs)
    insert into pairing_pair_members (pair_id, person_id, organisation_id, met_answer, answered_at)
    select np.id, m.person_id, m.organisation_id,
      (array['yes', 'yes', 'planned', 'no', null])[1 + (m.n + r.number) % 5],
      case when (m.n + r.number) % 5 < 4 then r.due_at + interval '10 days' end
    from numbered_pairs np join pairing_rounds r on r.id = np.round_id
      join members m on m.group_id = r.group_id and (m.n + 1) / 2 = np.k`);
}

/**
 * Academy sessions every other week on both sides of today in two cohorts (one in eight cancelled,
 * 30 places), each with about a tenth of the network answering: the first 30 who say yes go, the
 * rest wait in order; some say maybe or no.
 */
async function seedAcademy(db: Database, size: NetworkSize, now: Date): Promise<void> {
  const at = now.toISOString();
  const half = Math.floor(size.sessions / 2);
  await db.execute(sql`
    insert into academy_sessions (title, theme, starts_at, ends_at, time_zone, place, capacity, cohort, state, cancelled_at)
    select 'Akatemiapäivä ' || s, (array['Strateginen johtaminen', 'Innovatiiviset hankinnat', 'Vaikuttavuus'])[1 + s % 3],
      date_trunc('day', ${at}::timestamptz) + (s - ${half}) * interval '14 days' + interval '10 hours',
      date_trunc('day', ${at}::timestamptz) + (s - ${half}) * interval '14 days' + interval '13 hours',
      'Europe/Helsinki', 'https://teams.example/meet/' || s, 30,
      case when s < ${half} then 'Akatemia 2026' else 'Akatemia 2027' end,
      case when s % 8 = 7 then 'cancelled' else 'scheduled' end,
      case when s % 8 = 7 then ${at}::timestamptz - interval '1 day' end
    from generate_series(0, ${size.sessions - 1}::int) as s`);
  await db.execute(sql`
    with sessions as (select array_agg(id order by id) as ids from academy_sessions),
      numbered as (select id, (regexp_match(email, '^henkilo(\\d+)@'))[1]::int as i from people),
      answers as (
        select sessions.ids[1 + (numbered.i / 10 + k) % ${size.sessions}] as session_id, numbered.id as person_id,
          case when numbered.i % 13 = 0 then 'declined' when numbered.i % 7 = 0 then 'maybe' else 'yes' end as answer, numbered.i
        from numbered, sessions, generate_series(0, 1) as k where numbered.i % 10 = k),
      ranked as (select *, row_number() over (partition by session_id, answer order by i) as n from answers)
    insert into academy_registrations (session_id, person_id, status, waiting_position, registered_at)
    select session_id, person_id,
      case when answer <> 'yes' then answer when n <= 30 then 'going' else 'waiting' end,
      case when answer = 'yes' and n > 30 then n - 30 end,
      ${at}::timestamptz - (i % 30) * interval '1 day'
    from ranked`);
}

/**
 * Polls in Slack and Teams channels, a quarter of them anonymous and the older half closed; about
 * one person in 25 answers each, anonymous answers kept as counts only.
 */
async function seedPolls(db: Database, size: NetworkSize, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.execute(sql`
    insert into polls (question, options, creator_id, platform, tenant_id, channel_id, conversation_kind, anonymous, locale, time_zone, state, closed_at, created_at)
    select 'Kysely ' || q || ': mikä päivä sopii?', '["maanantai", "tiistai", "keskiviikko", "torstai"]'::jsonb,
      (select id from people where lower(email) = 'henkilo' || (q % ${size.organisations}) || '@bench.example'),
      case when q % 3 = 0 then 'teams' else 'slack' end,
      case when q % 3 = 0 then ${TEAMS_TENANT} else ${FAKE_TEAM} end,
      case when q % 3 = 0 then '19:channel' || (q % 10) || '@thread.tacv2' else 'CPOLL' || (q % 10) end,
      'channel', q % 4 = 0, 'fi', 'Europe/Helsinki',
      case when q <= ${Math.floor(size.polls / 2)} then 'closed' else 'open' end,
      case when q <= ${Math.floor(size.polls / 2)} then ${at}::timestamptz - (${size.polls} - q) * interval '6 hours' end,
      ${at}::timestamptz - (${size.polls} - q) * interval '12 hours'
    from generate_series(1, ${size.polls}::int) as q`);
  // Who answers which poll, and what: the same rule in each statement.
  const answers = sql`select p.id as poll_id, p.anonymous, person.id as person_id, (person.id / 25 + p.id) % 4 as option
    from polls p join people person on person.id % 25 = p.id % 25`;
  await db.execute(sql`insert into poll_ballots (poll_id, person_id, choices) select poll_id, person_id, 1 from (${answers}) a`);
  await db.execute(sql`insert into poll_votes (poll_id, option, person_id, voted_at)
    select poll_id, option, person_id, ${at}::timestamptz from (${answers}) a where not anonymous`);
  await db.execute(sql`insert into poll_anonymous_counts (poll_id, option, votes)
    select p.id, o, count(a.person_id)::int
    from polls p cross join generate_series(0, 3) as o left join (${answers}) a on a.poll_id = p.id and a.option = o
    where p.anonymous group by p.id, o`);
}

/**
 * Twenty FAQ entries and questions over the last twelve weeks in three languages, seven in ten
 * answered; a third of the answered ones have feedback, most of it helpful.
 */
async function seedFaq(db: Database, size: NetworkSize, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.execute(sql`
    insert into faq_entries (id, locale, question, answer, tags)
    select 'seed-' || e, 'fi', 'Kysymys ' || e || ': miten hankinta tehdään?', 'Vastaus ' || e || '.', array['hankinta']
    from generate_series(1, 20) as e`);
  await db.execute(sql`
    insert into faq_questions (asked_at, person_id, platform, text, locale, entry_id, score, answered)
    select ${at}::timestamptz - (q % 84) * interval '1 day' - (q % 9) * interval '1 hour',
      (select id from people where lower(email) = 'henkilo' || (q * 7 % ${size.people}) || '@bench.example'),
      case when q % 3 = 0 then 'teams' else 'slack' end,
      case when q % 10 < 7 then 'Miten hankinta ' || q || ' tehdään?' else 'Mikä on dynaaminen hankintajärjestelmä ' || q || '?' end,
      (array['fi', 'fi', 'fi', 'sv', 'en'])[1 + q % 5],
      case when q % 10 < 7 then 'seed-' || (1 + q % 20) end,
      case when q % 10 < 7 then 0.8 else 0.1 end,
      q % 10 < 7
    from generate_series(1, ${size.faqQuestions}::int) as q`);
  await db.execute(sql`
    insert into faq_feedback (question_id, entry_id, person_id, helpful, at)
    select id, entry_id, person_id, id % 5 <> 0, asked_at + interval '5 minutes'
    from faq_questions where answered and id % 3 = 0 and person_id is not null`);
}
