import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoCore } from '../../src/core/keino.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { reportFigure } from '../helpers/figures.js';
import { createTestCore } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The daily retention job against rows past their time and rows still within it, each table of
 * the retention table in docs/privacy.md: the old ones are gone (or without who) after the job, the recent
 * ones untouched.
 */
const SECTION = 'Retention';
const now = new Date('2027-03-01T02:30:00Z');
let database: TestDatabase;
let core: KeinoCore;

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { clock: () => now });
}, 60_000);
afterAll(async () => database?.drop());

const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const run = (statement: ReturnType<typeof sql>) => database.db.execute(statement);
const count = async (statement: ReturnType<typeof sql>) => Number(rowsOf<{ n: number }>(await run(statement))[0]!.n);

describe('the daily retention job', () => {
  it('deletes or anonymises every kind of record past its time and leaves the recent ones', async () => {
    const [person] = rowsOf<{ id: number }>(await run(sql`insert into people (name, email) values ('Vanha Kysyjä', 'kysyja@kunta.fi') returning id`));
    const id = person!.id;
    for (const [key, state, days] of [
      ['old-done', 'done', 40],
      ['new-done', 'done', 10],
      ['old-cancelled', 'cancelled', 31],
      ['old-failed', 'failed', 100],
      ['new-failed', 'failed', 40],
      ['old-pending', 'pending', 400],
    ] as const) {
      await run(
        sql`insert into jobs (kind, key, due_at, state, finished_at, updated_at) values ('test', ${key}, ${ago(days)}, ${state}, ${state === 'pending' ? null : ago(days)}, ${ago(days)})`,
      );
    }
    for (const [key, days] of [
      ['old', 31],
      ['new', 29],
    ] as const) {
      await run(
        sql`insert into deliveries (key, person_id, platform, tenant_id, channel_id, conversation_kind, message_id, sent_at) values (${key}, ${id}, 'slack', 'T', 'D', 'personal', 'm', ${ago(days)})`,
      );
    }
    await run(
      sql`insert into slack_event_receipts (event_id, received_at) values ('Ev-old', ${ago(2)}), ('Ev-new', ${new Date(now.getTime() - 3600_000).toISOString()})`,
    );
    await run(
      sql`insert into faq_questions (asked_at, person_id, platform, text, locale, score, answered) values (${ago(400)}, ${id}, 'slack', 'vanha kysymys', 'fi', 0, false), (${ago(30)}, ${id}, 'slack', 'uusi kysymys', 'fi', 0, false)`,
    );
    await run(sql`insert into audit_log (at, actor_person_id, action) values (${ago(800)}, ${id}, 'old'), (${ago(30)}, ${id}, 'new')`);
    await run(
      sql`insert into link_codes (code_hash, person_id, platform, tenant_id, user_id, created_at, expires_at) values ('old', ${id}, 'slack', 'T', 'U', ${ago(3)}, ${ago(2)}), ('new', ${id}, 'slack', 'T', 'U', ${ago(0)}, ${new Date(now.getTime() + 600_000).toISOString()})`,
    );
    const [other] = rowsOf<{ id: number }>(await run(sql`insert into people (name) values ('Arvaaja') returning id`));
    await run(sql`insert into link_attempts (person_id, window_started_at, failures) values (${id}, ${ago(2)}, 5), (${other!.id}, ${ago(0)}, 1)`);

    const changed = await core.services.retention.runNow();
    const left = {
      jobs: rowsOf<{ key: string }>(await run(sql`select key from jobs where kind = 'test' order by key`)).map((row) => row.key),
      deliveries: rowsOf<{ key: string }>(await run(sql`select key from deliveries`)).map((row) => row.key),
      receipts: rowsOf<{ event_id: string }>(await run(sql`select event_id from slack_event_receipts`)).map((row) => row.event_id),
      questionsWithAsker: rowsOf<{ text: string }>(await run(sql`select text from faq_questions where person_id is not null`)).map((row) => row.text),
      questions: await count(sql`select count(*)::int as n from faq_questions`),
      audit: rowsOf<{ action: string }>(await run(sql`select action from audit_log`)).map((row) => row.action),
      linkCodes: rowsOf<{ code_hash: string }>(await run(sql`select code_hash from link_codes`)).map((row) => row.code_hash),
      linkAttempts: rowsOf<{ person_id: number }>(await run(sql`select person_id from link_attempts`)).map((row) => row.person_id),
    };
    const pastTime = 4 + 1 + 1 + 1 + 1 + 2; // jobs, a delivery, a receipt, a question's asker, an audit entry, a link code and a wrong-code count
    const remaining = [
      left.jobs.filter((key) => key.startsWith('old-') && key !== 'old-pending'),
      left.deliveries.filter((key) => key === 'old'),
      left.receipts.filter((key) => key === 'Ev-old'),
      left.questionsWithAsker.filter((text) => text === 'vanha kysymys'),
      left.audit.filter((action) => action === 'old'),
      left.linkCodes.filter((hash) => hash === 'old'),
      left.linkAttempts.filter((personId) => personId === id),
    ].flat().length;
    reportFigure(SECTION, 'rows past their time, left after the job', `${remaining} of ${pastTime}`, remaining === 0);
    expect(left.jobs).toEqual(['new-done', 'new-failed', 'old-pending']);
    expect(left.deliveries).toEqual(['new']);
    expect(left.receipts).toEqual(['Ev-new']);
    expect(left.questionsWithAsker).toEqual(['uusi kysymys']);
    expect(left.questions).toBe(2);
    expect(left.audit).toEqual(['new']);
    expect(left.linkCodes).toEqual(['new']);
    expect(left.linkAttempts).toEqual([other!.id]);
    expect(changed).toMatchObject({ jobs: 3, deliveries: 1, slack_event_receipts: 1, faq_questions: 1, audit_log: 1, link_codes: 1, link_attempts: 1 });
  });

  it('is planned once a day however often instances start', async () => {
    await core.services.retention.plan();
    await core.services.retention.plan();
    const planned = rowsOf<{ key: string; due_at: Date }>(await run(sql`select key, due_at from jobs where kind = 'privacy.retention'`));
    expect(planned.map((row) => row.key)).toEqual(['retention:2027-03-02']);
  });
});
