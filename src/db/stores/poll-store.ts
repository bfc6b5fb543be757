import { createHmac, randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { MessageRef } from '../../core/commands/command.js';
import type { Conversation } from '../../core/commands/conversation.js';
import type { NamedVote, NewPoll, Poll, PollMessage, PollPersonalData, PollTally, VoteResult } from '../../core/polls/poll.js';
import type { PollStore } from '../../core/polls/poll-store.js';
import type { Database } from '../client.js';
import { people, pollAnonymousVotes, pollBallots, pollMessages, polls, pollVotes } from '../schema/index.js';
import { rowsOf } from './people-store.js';

type PollRow = typeof polls.$inferSelect;
type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Polls and their messages store a conversation in the same five columns. */
function conversationOf(row: Pick<PollRow, 'platform' | 'tenantId' | 'channelId' | 'conversationKind' | 'threadId'>): Conversation {
  return { platform: row.platform, tenantId: row.tenantId, channelId: row.channelId, kind: row.conversationKind, ...(row.threadId ? { threadId: row.threadId } : {}) };
}

function toPoll(row: PollRow, creatorName: string | null): Poll {
  return {
    id: row.id,
    question: row.question,
    options: row.options,
    creatorId: row.creatorId,
    creatorName,
    conversation: conversationOf(row),
    anonymous: row.anonymous,
    maxChoices: row.maxChoices,
    locale: row.locale,
    timeZone: row.timeZone,
    closesAt: row.closesAt,
    state: row.state,
    closedAt: row.closedAt,
    closedBy: row.closedBy,
    createdAt: row.createdAt,
  };
}

/** The hidden voter of an anonymous choice: see `pollAnonymousVotes` in src/db/schema/polls.ts. */
function anonymousVoter(secret: string, personId: number, option: number): string {
  return createHmac('sha256', Buffer.from(secret, 'base64')).update(`${personId}:${option}`).digest('base64url');
}

/**
 * One person's choices in one poll, named or anonymous. Only used inside the vote transaction,
 * while the person's ballot row is locked.
 */
interface Choices {
  remove(option: number): Promise<boolean>;
  /** Removes every choice; returns the options removed. */
  removeAll(): Promise<number[]>;
  add(option: number): Promise<void>;
}

function namedChoices(tx: Transaction, pollId: number, personId: number, now: Date): Choices {
  return {
    async remove(option) {
      const removed = await tx
        .delete(pollVotes)
        .where(and(eq(pollVotes.pollId, pollId), eq(pollVotes.personId, personId), eq(pollVotes.option, option)))
        .returning({ option: pollVotes.option });
      return removed.length > 0;
    },
    async removeAll() {
      const removed = await tx
        .delete(pollVotes)
        .where(and(eq(pollVotes.pollId, pollId), eq(pollVotes.personId, personId)))
        .returning({ option: pollVotes.option });
      return removed.map((row) => row.option);
    },
    async add(option) {
      await tx.insert(pollVotes).values({ pollId, option, personId, votedAt: now });
    },
  };
}

function anonymousChoices(tx: Transaction, pollId: number, personId: number, optionCount: number, secret: string): Choices {
  const voter = (option: number) => anonymousVoter(secret, personId, option);
  const all = Array.from({ length: optionCount }, (_, option) => voter(option));
  return {
    async remove(option) {
      const removed = await tx
        .delete(pollAnonymousVotes)
        .where(and(eq(pollAnonymousVotes.pollId, pollId), eq(pollAnonymousVotes.voter, voter(option))))
        .returning({ option: pollAnonymousVotes.option });
      return removed.length > 0;
    },
    async removeAll() {
      const removed = rowsOf<{ option: number }>(
        await tx.execute(sql`
          delete from poll_anonymous_votes
          where poll_id = ${pollId} and voter in (${sql.join(all.map((hash) => sql`${hash}`), sql`, `)})
          returning option`),
      );
      return removed.map((row) => Number(row.option));
    },
    async add(option) {
      await tx.insert(pollAnonymousVotes).values({ pollId, voter: voter(option), option });
    },
  };
}

export class DrizzlePollStore implements PollStore {
  constructor(private readonly db: Database) {}

  async create(poll: NewPoll): Promise<Poll> {
    const [row] = await this.db
      .insert(polls)
      .values({
        question: poll.question,
        options: poll.options,
        creatorId: poll.creatorId,
        platform: poll.conversation.platform,
        tenantId: poll.conversation.tenantId,
        channelId: poll.conversation.channelId,
        conversationKind: poll.conversation.kind,
        threadId: poll.conversation.threadId ?? null,
        anonymous: poll.anonymous,
        maxChoices: poll.maxChoices,
        locale: poll.locale,
        timeZone: poll.timeZone,
        closesAt: poll.closesAt,
        secret: poll.anonymous ? randomBytes(32).toString('base64') : null,
      })
      .returning({ id: polls.id });
    return (await this.find(row!.id))!;
  }

  async find(id: number): Promise<Poll | undefined> {
    const [row] = await this.db
      .select({ poll: polls, creatorName: people.name })
      .from(polls)
      .leftJoin(people, eq(people.id, polls.creatorId))
      .where(eq(polls.id, id))
      .limit(1);
    return row ? toPoll(row.poll, row.creatorName) : undefined;
  }

  toggleVote(pollId: number, personId: number, option: number, now: Date): Promise<VoteResult> {
    return this.db.transaction(async (tx) => {
      // FOR SHARE: votes do not wait for each other, but a close waits for the votes in progress,
      // and a vote that starts after a close sees the poll closed.
      const [poll] = await tx
        .select({ state: polls.state, closesAt: polls.closesAt, maxChoices: polls.maxChoices, options: polls.options, anonymous: polls.anonymous, secret: polls.secret })
        .from(polls)
        .where(eq(polls.id, pollId))
        .for('share');
      if (!poll || !Number.isInteger(option) || option < 0 || option >= poll.options.length) return { kind: 'missing' } as const;
      if (poll.state !== 'open' || (poll.closesAt && poll.closesAt.getTime() <= now.getTime())) return { kind: 'closed' } as const;

      // The row lock on (poll, person): one person's concurrent clicks are applied one after another,
      // so the count of choices below is exact and the --multi limit holds.
      const [ballot] = await tx
        .insert(pollBallots)
        .values({ pollId, personId, choices: 0 })
        .onConflictDoUpdate({ target: [pollBallots.pollId, pollBallots.personId], set: { choices: sql`${pollBallots.choices}` } })
        .returning({ choices: pollBallots.choices });
      const held = ballot!.choices;
      const choices =
        poll.anonymous && poll.secret
          ? anonymousChoices(tx, pollId, personId, poll.options.length, poll.secret)
          : namedChoices(tx, pollId, personId, now);

      let result: VoteResult;
      let count: number;
      if (await choices.remove(option)) {
        count = held - 1;
        result = { kind: 'removed', option, chosen: count };
      } else if (poll.maxChoices === 1 && held >= 1) {
        const [from] = await choices.removeAll();
        await choices.add(option);
        count = 1;
        result = from === undefined ? { kind: 'added', option, chosen: count } : { kind: 'moved', option, from };
      } else if (held >= poll.maxChoices) {
        return { kind: 'limit', max: poll.maxChoices } as const;
      } else {
        await choices.add(option);
        count = held + 1;
        result = { kind: 'added', option, chosen: count };
      }
      const ballotKey = and(eq(pollBallots.pollId, pollId), eq(pollBallots.personId, personId));
      if (count > 0) await tx.update(pollBallots).set({ choices: count }).where(ballotKey);
      else await tx.delete(pollBallots).where(ballotKey);
      return result;
    });
  }

  async choicesOf(pollId: number, personId: number): Promise<number[]> {
    const [poll] = await this.db.select({ anonymous: polls.anonymous, secret: polls.secret, options: polls.options }).from(polls).where(eq(polls.id, pollId));
    if (!poll) return [];
    if (!poll.anonymous) {
      const rows = await this.db
        .select({ option: pollVotes.option })
        .from(pollVotes)
        .where(and(eq(pollVotes.pollId, pollId), eq(pollVotes.personId, personId)))
        .orderBy(asc(pollVotes.option));
      return rows.map((row) => row.option);
    }
    const secret = poll.secret;
    if (!secret) return [];
    const hashes = poll.options.map((_, option) => anonymousVoter(secret, personId, option));
    const rows = rowsOf<{ option: number }>(
      await this.db.execute(sql`
        select option from poll_anonymous_votes
        where poll_id = ${pollId} and voter in (${sql.join(hashes.map((hash) => sql`${hash}`), sql`, `)})
        order by option`),
    );
    return rows.map((row) => Number(row.option));
  }

  /** One snapshot (repeatable read), so the counts and the number of voters agree during a storm. */
  tally(poll: Poll): Promise<PollTally> {
    return this.db.transaction(
      async (tx) => {
        const counts = poll.options.map(() => 0);
        const names: string[][] = poll.options.map(() => []);
        if (poll.anonymous) {
          const rows = await tx
            .select({ option: pollAnonymousVotes.option, count: sql<number>`count(*)::int` })
            .from(pollAnonymousVotes)
            .where(eq(pollAnonymousVotes.pollId, poll.id))
            .groupBy(pollAnonymousVotes.option);
          for (const row of rows) if (row.option < counts.length) counts[row.option] = Number(row.count);
        } else {
          const rows = await tx
            .select({ option: pollVotes.option, name: people.name })
            .from(pollVotes)
            .innerJoin(people, eq(people.id, pollVotes.personId))
            .where(eq(pollVotes.pollId, poll.id))
            .orderBy(asc(pollVotes.votedAt), asc(pollVotes.personId));
          for (const row of rows) {
            if (row.option >= counts.length) continue;
            counts[row.option]! += 1;
            names[row.option]!.push(row.name);
          }
        }
        const [voters] = await tx
          .select({ count: sql<number>`count(*)::int` })
          .from(pollBallots)
          .where(eq(pollBallots.pollId, poll.id));
        return { counts, voters: Number(voters?.count ?? 0), names };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  }

  async namedVotes(pollId: number): Promise<NamedVote[]> {
    return this.db
      .select({ option: pollVotes.option, name: people.name, votedAt: pollVotes.votedAt })
      .from(pollVotes)
      .innerJoin(people, eq(people.id, pollVotes.personId))
      .innerJoin(polls, eq(polls.id, pollVotes.pollId))
      .where(and(eq(pollVotes.pollId, pollId), eq(polls.anonymous, false)))
      .orderBy(asc(pollVotes.option), asc(pollVotes.votedAt), asc(pollVotes.personId));
  }

  async close(pollId: number, closedBy: number | null, closedAt: Date): Promise<{ poll: Poll; closedNow: boolean } | undefined> {
    // Waits for the FOR SHARE locks of votes in progress; erasing the secret makes the anonymous
    // choices unlinkable for good.
    const [closed] = await this.db
      .update(polls)
      .set({ state: 'closed', closedAt, closedBy, secret: null })
      .where(and(eq(polls.id, pollId), eq(polls.state, 'open')))
      .returning({ id: polls.id });
    const poll = await this.find(pollId);
    return poll ? { poll, closedNow: closed !== undefined } : undefined;
  }

  async rememberMessage(pollId: number, ref: MessageRef): Promise<void> {
    await this.db
      .insert(pollMessages)
      .values({
        pollId,
        platform: ref.platform,
        tenantId: ref.conversation.tenantId,
        channelId: ref.conversation.channelId,
        conversationKind: ref.conversation.kind,
        threadId: ref.conversation.threadId ?? null,
        messageId: ref.messageId,
      })
      .onConflictDoNothing();
  }

  async messages(pollId: number): Promise<PollMessage[]> {
    const rows = await this.db.select().from(pollMessages).where(eq(pollMessages.pollId, pollId)).orderBy(asc(pollMessages.id));
    return rows.map((row) => ({
      id: row.id,
      pollId: row.pollId,
      conversation: conversationOf(row),
      messageId: row.messageId,
    }));
  }

  async claimRefresh(messageId: number, intervalMs: number): Promise<{ claimed: true } | { claimed: false; retryInMs: number }> {
    // The database's clock, so that every instance measures the interval alike.
    const claimed = rowsOf<{ id: number }>(
      await this.db.execute(sql`
        update poll_messages set refreshed_at = clock_timestamp()
        where id = ${messageId}
          and (refreshed_at is null or refreshed_at <= clock_timestamp() - make_interval(secs => ${intervalMs / 1000}))
        returning id`),
    );
    if (claimed.length > 0) return { claimed: true };
    const [row] = rowsOf<{ wait: number | string | null }>(
      await this.db.execute(sql`
        select greatest(0, extract(epoch from (refreshed_at + make_interval(secs => ${intervalMs / 1000}) - clock_timestamp())) * 1000) as wait
        from poll_messages where id = ${messageId}`),
    );
    return { claimed: false, retryInMs: Math.ceil(Number(row?.wait ?? 0)) };
  }

  async personalData(personId: number): Promise<PollPersonalData> {
    const [created, votes, anonymous] = await Promise.all([
      this.db
        .select({ pollId: polls.id, question: polls.question, createdAt: polls.createdAt })
        .from(polls)
        .where(eq(polls.creatorId, personId))
        .orderBy(asc(polls.id)),
      this.db
        .select({ pollId: polls.id, question: polls.question, options: polls.options, option: pollVotes.option, votedAt: pollVotes.votedAt })
        .from(pollVotes)
        .innerJoin(polls, eq(polls.id, pollVotes.pollId))
        .where(eq(pollVotes.personId, personId))
        .orderBy(asc(polls.id), asc(pollVotes.option)),
      this.db
        .select({ pollId: polls.id, question: polls.question })
        .from(pollBallots)
        .innerJoin(polls, eq(polls.id, pollBallots.pollId))
        .where(and(eq(pollBallots.personId, personId), eq(polls.anonymous, true)))
        .orderBy(asc(polls.id)),
    ]);
    return {
      created,
      votes: votes.map(({ options, option, ...vote }) => ({ ...vote, option: options[option] ?? String(option) })),
      anonymous,
    };
  }
}
