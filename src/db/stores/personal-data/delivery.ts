import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { deliveries, jobs } from '../../schema/index.js';
import { changed, type PersonalDataProvider } from './provider.js';

/** Scheduled work for the person (reminders, notices: `personId` in the payload) and what was sent to them. */
const forPerson = (personId: number) => sql`${jobs.payload}->>'personId' = ${String(personId)}`;

export const deliveryData: PersonalDataProvider = {
  section: 'messagesFromKeino',
  // jobs.payload: the person id inside scheduled work, by the jobs' convention { personId }.
  covers: [deliveries.personId, jobs.payload],
  async export(db, personId) {
    const [sent, scheduled] = await Promise.all([
      db
        .select({ platform: deliveries.platform, conversation: deliveries.channelId, sentAt: deliveries.sentAt })
        .from(deliveries)
        .where(eq(deliveries.personId, personId))
        .orderBy(desc(deliveries.sentAt)),
      db
        .select({ kind: jobs.kind, dueAt: jobs.dueAt, state: jobs.state })
        .from(jobs)
        .where(and(forPerson(personId), inArray(jobs.state, ['pending', 'running'])))
        .orderBy(jobs.dueAt),
    ]);
    return { sent, scheduled };
  },
  async erase(tx, { person, now }) {
    const unlinked = changed(await tx.update(deliveries).set({ personId: null }).where(eq(deliveries.personId, person.id)).returning({ id: deliveries.id }));
    // Waiting work is cancelled; finished work keeps its row (its key stops repeats) without the message.
    const erasedPayload = sql`jsonb_build_object('erased', true)`;
    const cancelled = changed(
      await tx
        .update(jobs)
        .set({ state: 'cancelled', payload: erasedPayload, finishedAt: now, updatedAt: now })
        .where(and(forPerson(person.id), eq(jobs.state, 'pending')))
        .returning({ id: jobs.id }),
    );
    const emptied = changed(
      await tx
        .update(jobs)
        .set({ payload: erasedPayload, updatedAt: now })
        .where(and(forPerson(person.id), inArray(jobs.state, ['done', 'failed', 'cancelled'])))
        .returning({ id: jobs.id }),
    );
    return { deliveries: unlinked, jobs: cancelled + emptied };
  },
};
