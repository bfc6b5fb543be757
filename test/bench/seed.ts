import { sql } from 'drizzle-orm';
import { nudgeJob } from '../../src/core/interventions/nudges.js';
import { addDays, type LocalDate } from '../../src/core/time/local-time.js';
import type { Database } from '../../src/db/client.js';
import { FAKE_TEAM } from '../helpers/fake-slack-api.js';

// Setup by SQL for speed: what the benchmarks measure is the engine that reads these rows.

export async function seedOrganisations(db: Database, count: number): Promise<void> {
  await db.execute(sql`insert into organisations (name) select 'Organisaatio ' || o from generate_series(1, ${count}::int) as o`);
}

/**
 * People who have used Keino in Slack before (a person and a Slack identity each), in one
 * statement: user ids U0B000000 … (benchUserId), names "Henkilö n", spread over the organisations.
 */
export async function seedSlackPeople(db: Database, count: number): Promise<void> {
  await db.execute(sql`
    with orgs as (select array_agg(id order by id) as ids from organisations),
      created as (
        insert into people (name, email, organisation_id)
        select 'Henkilö ' || i, 'henkilo' || i || '@bench.example', orgs.ids[1 + i % greatest(1, coalesce(array_length(orgs.ids, 1), 1))]
        from generate_series(0, ${count - 1}::int) as i, orgs
        returning id, (regexp_match(email, '^henkilo(\\d+)@'))[1]::int as i
      )
    insert into platform_identities (person_id, platform, tenant_id, user_id, last_seen_at)
    select id, 'slack', ${FAKE_TEAM}, 'U0B' || lpad(i::text, 6, '0'), now() from created`);
}

/**
 * Interventions number `from` … `to - 1`, owned in turn by the people there are (in id order),
 * each with its next nudge as a pending job keyed as the nudger keys it. The first `due` of all
 * are due now (due date in 7 days: the owner is nudged today); the others' nudges are 1 to 120
 * days ahead.
 */
export async function seedInterventionsWithNudges(
  db: Database,
  options: { from: number; to: number; due: number; today: LocalDate; now?: Date },
): Promise<void> {
  const { from, to, due, today } = options;
  // Due a minute ago on the benchmark's own clock when it has one (see working-clock.ts).
  const dueNow = options.now ? sql`${options.now.toISOString()}::timestamptz` : sql`now()`;
  await db.execute(sql`
    with orgs as (select array_agg(id order by id) as ids from organisations),
      owners as (select array_agg(id order by id) as ids, array_agg(organisation_id order by id) as orgs from people),
      created as (
        insert into interventions (organisation_id, title, owner_person_id, due_date, status)
        select coalesce(owners.orgs[1 + i % array_length(owners.ids, 1)], orgs.ids[1]), 'Toimenpide ' || i, owners.ids[1 + i % array_length(owners.ids, 1)],
          case when i < ${due} then ${addDays(today, 7)}::date else ${addDays(today, 8)}::date + (i % 120) end, 'planned'
        from generate_series(${from}::int, ${to - 1}::int) as i, orgs, owners
        returning id, due_date
      )
    insert into jobs (kind, key, payload, due_at)
    select ${nudgeJob.kind}, 'nudge:' || id || ':' || to_char(due_date - 7, 'YYYY-MM-DD'),
      jsonb_build_object('interventionId', id, 'date', to_char(due_date - 7, 'YYYY-MM-DD')),
      case when due_date = ${addDays(today, 7)}::date then ${dueNow} - interval '1 minute' else (due_date - 7) + time '06:00' end
    from created`);
  await db.execute(sql`vacuum analyze interventions`);
  await db.execute(sql`vacuum analyze jobs`);
}
