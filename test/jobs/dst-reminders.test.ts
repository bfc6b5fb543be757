import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextPendingDue } from '../helpers/scheduled-time.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { consoleCaller, createTestCore } from '../helpers/test-core.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import type { KeinoCore } from '../../src/core/keino.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { personal, text } from '../../src/core/messages/message.js';
import { enqueueNextOccurrence, occurrenceFields, occurrenceOf } from '../../src/core/jobs/recurring.js';
import { defineJob } from '../../src/core/jobs/job-definition.js';
import { z } from 'zod';
import { localDateOf, localTimeOf } from '../../src/core/time/local-time.js';
import type { Recurrence } from '../../src/core/time/recurrence.js';

const HELSINKI = 'Europe/Helsinki';
let database: TestDatabase;
let core: KeinoCore;
let now: Date;
const clock = () => now;
let gateway: RecordingGateway;
let runner: JobRunner;
let personId: number;

/** A feature-like recurring reminder: keyed by its series and the occurrence's local date. */
const dailyReminder = defineJob({
  kind: 'test.daily-reminder',
  payload: z.object({ personId: z.number().int(), rule: z.custom<Recurrence>(), series: z.string(), ...occurrenceFields }),
  key: ({ series, occurrence }) => `daily:${series}:${occurrence}`,
});

/** A feature-like recurring reminder: renders at send time in the person's language, then schedules its next occurrence. */
function registerDailyReminder(): void {
  const jobs = core.services.jobs;
  jobs.handle(dailyReminder, async (job) => {
    const { personId: recipient, rule, series } = job.payload;
    const occurrence = occurrenceOf(job.payload);
    await core.services.delivery
      .forJob(job)
      .sendToPerson(recipient, ({ t, timeZone }) => personal([text(`${t('jobs.heading')} ${occurrence.localDate} ${localTimeOf(occurrence.at, timeZone)}`)]));
    await enqueueNextOccurrence(jobs, {
      definition: dailyReminder,
      rule,
      zone: HELSINKI,
      after: occurrence.at,
      payload: { personId: recipient, rule, series },
    });
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  now = new Date('2025-12-31T12:00:00Z');
  core = createTestCore(database.db, { clock });
  // The console platform has no rate limits, so a year of sends needs no real waiting.
  gateway = new RecordingGateway('console', clock);
  core.services.gateways.register(gateway);
  const person = await core.services.people.resolve(consoleCaller('maija').identity, consoleCaller('maija').loadProfile);
  personId = person.id;
  registerDailyReminder();
  runner = new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'dst' });
});
afterAll(async () => database?.drop());

describe('daily reminders across daylight-saving changes', () => {
  it('sends a daily 09:00 reminder 365 times in 2026, each at 09:00 Helsinki time, never early', async () => {
    const rule: Recurrence = { every: 'day', time: '09:00' };
    const first = await enqueueNextOccurrence(core.services.jobs, {
      definition: dailyReminder,
      rule,
      zone: HELSINKI,
      after: now,
      payload: { personId, rule, series: 'year' },
    });
    expect(first.localDate).toBe('2026-01-01');
    const end = new Date('2026-12-31T22:00:00Z'); // midnight 2027-01-01 in Helsinki
    let early = 0;
    for (let day = 0; ; day++) {
      const due = await nextPendingDue(database.db);
      if (!due || due >= end) break;
      if (day % 30 === 0 || ['2026-03-29', '2026-10-25'].includes(localDateOf(due, HELSINKI))) {
        now = new Date(due.getTime() - 60_000);
        early += (await runner.tick()).claimed; // a minute before: nothing may go out
      }
      now = due;
      expect(await runner.tick()).toMatchObject({ claimed: 1, done: 1 });
    }
    expect(early).toBe(0);
    const year = gateway.sent.filter((send) => send.text.startsWith('Ajastetut työt'));
    expect(year).toHaveLength(365);
    expect(new Set(year.map((send) => localDateOf(send.at, HELSINKI))).size).toBe(365);
    expect(year.filter((send) => localTimeOf(send.at, HELSINKI) !== '09:00')).toEqual([]);
    const onChangeDays = year.filter((send) => ['2026-03-29', '2026-10-25'].includes(localDateOf(send.at, HELSINKI)));
    expect(onChangeDays.map((send) => send.at.toISOString())).toEqual(['2026-03-29T06:00:00.000Z', '2026-10-25T07:00:00.000Z']);
    expect(year.at(-1)!.text).toBe('Ajastetut työt 2026-12-31 09:00');

    // A restart computing the same occurrence again makes no second job.
    const again = await enqueueNextOccurrence(core.services.jobs, {
      definition: dailyReminder,
      rule,
      zone: HELSINKI,
      after: new Date('2026-06-30T12:00:00Z'),
      payload: { personId, rule, series: 'year' },
    });
    expect(again).toMatchObject({ localDate: '2026-07-01', created: false });
    await core.services.jobs.cancel({ prefix: 'daily:year:' });
  }, 120_000);

  it('sends a 03:30 reminder at 04:00 on the spring night and once on the autumn night, ticking every 15 minutes', async () => {
    const rule: Recurrence = { every: 'day', time: '03:30' };
    const sentBefore = gateway.sent.length;
    const nights: [string, string][] = [
      ['2026-03-28T12:00:00Z', '2026-03-30T12:00:00Z'],
      ['2026-10-24T12:00:00Z', '2026-10-26T12:00:00Z'],
    ];
    for (const [from, to] of nights) {
      now = new Date(from);
      await enqueueNextOccurrence(core.services.jobs, {
        definition: dailyReminder,
        rule,
        zone: HELSINKI,
        after: now,
        payload: { personId, rule, series: 'night' },
      });
      for (; now < new Date(to); now = new Date(now.getTime() + 15 * 60_000)) await runner.tick();
      await core.services.jobs.cancel({ prefix: 'daily:night:' });
    }
    const nightly = gateway.sent
      .slice(sentBefore)
      .map((send) => `${localDateOf(send.at, HELSINKI)} ${localTimeOf(send.at, HELSINKI)} ${send.at.toISOString()}`);
    expect(nightly).toEqual([
      '2026-03-29 04:00 2026-03-29T01:00:00.000Z', // 03:30 does not exist that night
      '2026-03-30 03:30 2026-03-30T00:30:00.000Z',
      '2026-10-25 03:30 2026-10-25T00:30:00.000Z', // the first 03:30 of two, and only that one
      '2026-10-26 03:30 2026-10-26T01:30:00.000Z',
    ]);
  });
});
