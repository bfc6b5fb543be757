import { asc, eq } from 'drizzle-orm';
import { pollBallots, polls, pollVotes } from '../../schema/index.js';
import { DrizzlePollStore } from '../poll-store.js';
import { changed, type PersonalDataProvider } from './provider.js';

/**
 * Polls the person created or closed, their named choices, and the anonymous polls they took part
 * in. Erasing removes the named choices and every "took part" ballot; the anonymous choices stay
 * counted, because nothing in them leads to anyone.
 */
export const pollData: PersonalDataProvider = {
  section: 'polls',
  covers: [polls.creatorId, polls.closedBy, pollBallots.personId, pollVotes.personId],
  async export(db, personId) {
    const [mine, closed] = await Promise.all([
      new DrizzlePollStore(db).personalData(personId),
      db
        .select({ pollId: polls.id, question: polls.question, closedAt: polls.closedAt })
        .from(polls)
        .where(eq(polls.closedBy, personId))
        .orderBy(asc(polls.id)),
    ]);
    return { ...mine, closed };
  },
  async erase(tx, { person }) {
    const votes = changed(await tx.delete(pollVotes).where(eq(pollVotes.personId, person.id)).returning({ poll: pollVotes.pollId }));
    const ballots = changed(await tx.delete(pollBallots).where(eq(pollBallots.personId, person.id)).returning({ poll: pollBallots.pollId }));
    const created = changed(await tx.update(polls).set({ creatorId: null }).where(eq(polls.creatorId, person.id)).returning({ id: polls.id }));
    const closed = changed(await tx.update(polls).set({ closedBy: null }).where(eq(polls.closedBy, person.id)).returning({ id: polls.id }));
    return { poll_votes: votes, poll_ballots: ballots, polls: created + closed };
  },
};
