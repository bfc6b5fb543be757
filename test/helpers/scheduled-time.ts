import { and, eq, like, sql } from 'drizzle-orm';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Role } from '../../src/core/people/person.js';
import type { Database } from '../../src/db/client.js';
import { jobs } from '../../src/db/schema/index.js';
import type { JobRunner } from '../../src/jobs/job-runner.js';

/**
 * Scheduled work on a clock the test moves, never the machine's: a test of nudges, digests or
 * rounds passes on a Saturday night as on a Tuesday morning.
 */

/** The time a test's core reads; `read` is what the core is given as its clock. */
export class TestClock {
  constructor(public now: Date) {}

  readonly read = (): Date => this.now;
}

/** The earliest pending job (of the kinds that start with the prefix, when one is given). */
export async function nextPendingDue(db: Database, kindPrefix?: string): Promise<Date | undefined> {
  const pending = eq(jobs.state, 'pending');
  const [row] = await db
    .select({ due: sql<Date | null>`min(${jobs.dueAt})`.mapWith(jobs.dueAt) })
    .from(jobs)
    .where(kindPrefix === undefined ? pending : and(pending, like(jobs.kind, `${kindPrefix}%`)));
  return row?.due ?? undefined;
}

/**
 * Moves the clock from due job to due job up to `until`, ticking the runner at each (`ticksAtEach`
 * times: a second tick at the same minute shows that nothing is sent twice), then to `until`.
 */
export async function runJobsUntil(
  scheduler: { db: Database; runner: JobRunner; clock: TestClock },
  until: Date,
  { ticksAtEach = 1 }: { ticksAtEach?: number } = {},
): Promise<void> {
  const { db, runner, clock } = scheduler;
  for (;;) {
    const due = await nextPendingDue(db);
    if (!due || due > until) break;
    if (due > clock.now) clock.now = due;
    for (let tick = 0; tick < ticksAtEach; tick++) await runner.tick();
  }
  clock.now = until;
}

/** The person's own direct conversation with Keino. */
export const directMessages = (caller: Caller): Conversation => ({
  platform: caller.identity.platform,
  tenantId: caller.identity.tenantId,
  channelId: 'D',
  kind: 'personal',
});

/** Meets the caller (as their first command would) and gives them a role in an organisation. */
export async function becomes(core: KeinoCore, caller: Caller, role: Role, organisation: string | null): Promise<void> {
  await core.handleText({ caller, conversation: directMessages(caller), text: 'whoami', source: 'command' });
  const people = core.services.people.peopleStore;
  const person = (await people.findByIdentity(caller.identity))!;
  await people.setRole(person.id, role);
  await people.setOrganisation(person.id, organisation === null ? null : (await people.ensureOrganisation(organisation)).id);
}

/**
 * A clock that starts at a moment the test chose and runs on with the machine's time: for tests
 * through real servers, whose waits are real, that must not depend on the hour or weekday they
 * happen to run at (quiet hours hold a send at 23:00, a day off holds a nudge).
 */
export function runningClockFrom(start: Date): () => Date {
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}
