import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { MessageRef } from '../../core/commands/message-ref.js';
import type { Conversation } from '../../core/commands/conversation.js';
import type { NamedVote, NewPoll, Poll, PollMessage, PollPersonalData, PollTally, VoteResult } from '../../core/polls/poll.js';
import type { PollStore, RefreshClaim } from '../../core/polls/poll-store.js';
import type { Executor, Transaction } from '../client.js';
import { people, pollAnonymousCounts, pollBallots, pollMessages, polls, pollVotes } from '../schema/index.js';
import { rowsOf } from './people-store.js';

type PollRow = typeof polls.$inferSelect;

/** Polls and their messages store a conversation in the same five columns. */
function conversationOf(row: Pick<PollRow, 'platform' | 'tenantId' | 'channelId' | 'conversationKind' | 'threadId'>): Conversation {
  return {
    platform: row.platform,
    tenantId: row.tenantId,
    channelId: row.channelId,
    kind: row.conversationKind,
    ...(row.threadId ? { threadId: row.threadId } : {}),
  };
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

/**
 * One person's choices in a named poll. Only used inside the vote transaction, while the person's
 * ballot row is locked.
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

/** How soon to look again at a message whose update another instance has on its way. */
const IN_FLIGHT_RETRY_MS = 100;

/** A poll_messages row as raw SQL returns it. */
interface MessageRow {
  id: number;
  poll_id: number;
  platform: PollRow['platform'];
  tenant_id: string;
  channel_id: string;
  conversation_kind: PollRow['conversationKind'];
  thread_id: string | null;
  message_id: string;
}

function messageOf(row: MessageRow): PollMessage {
  return {
    id: Number(row.id),
    pollId: Number(row.poll_id),
    conversation: conversationOf({
      platform: row.platform,
      tenantId: row.tenant_id,
      channelId: row.channel_id,
      conversationKind: row.conversation_kind,
      threadId: row.thread_id,
    }),
    messageId: row.message_id,
  };
}

/**
 * Counts per option, voters and (named polls) names, each read in one statement, so that the
 * counts and the number of voters come from one snapshot even during a storm.
 */
async function tallyOf(db: Executor, poll: Poll): Promise<PollTally> {
  const counts = poll.options.map(() => 0);
  const names: string[][] = poll.options.map(() => []);
  const voters = sql`(select count(*)::int from poll_ballots where poll_id = ${poll.id})`;
  let total = 0;
  if (poll.anonymous) {
    const rows = rowsOf<{ option: number | null; n: number; voters: number }>(
      await db.execute(sql`
        select c.option, c.votes as n, ${voters} as voters
        from (select ${poll.id}::int as poll_id) p left join poll_anonymous_counts c on c.poll_id = p.poll_id`),
    );
    for (const row of rows) {
      total = Number(row.voters);
      if (row.option !== null && Number(row.option) < counts.length) counts[Number(row.option)] = Number(row.n);
    }
  } else {
    const rows = rowsOf<{ option: number | null; name: string | null; voters: number }>(
      await db.execute(sql`
        select v.option, pe.name, ${voters} as voters
        from (select ${poll.id}::int as poll_id) p
        left join poll_votes v on v.poll_id = p.poll_id
        left join people pe on pe.id = v.person_id
        order by v.voted_at, v.person_id`),
    );
    for (const row of rows) {
      total = Number(row.voters);
      if (row.option === null || Number(row.option) >= counts.length) continue;
      counts[Number(row.option)]! += 1;
      names[Number(row.option)]!.push(row.name ?? '');
    }
  }
  return { counts, voters: total, names };
}

/** A poll locked FOR SHARE for a vote, checked open and the options in range; or the answer already. */
async function openPollForVote(
  tx: Transaction,
  pollId: number,
  options: number[],
  now: Date,
): Promise<{ result: VoteResult; poll?: Poll } | { poll: PollRow; answer: (result: VoteResult) => { result: VoteResult; poll: Poll } }> {
  // FOR SHARE: votes do not wait for each other, but a close waits for the votes in progress,
  // and a vote that starts after a close sees the poll closed.
  const [found] = await tx
    .select({ poll: polls, creatorName: people.name })
    .from(polls)
    .leftJoin(people, eq(people.id, polls.creatorId))
    .where(eq(polls.id, pollId))
    .for('share', { of: polls });
  if (!found) return { result: { kind: 'missing' } };
  const poll = found.poll;
  const answer = (result: VoteResult) => ({ result, poll: toPoll(poll, found.creatorName) });
  if (options.length === 0 || options.some((option) => !Number.isInteger(option) || option < 0 || option >= poll.options.length))
    return answer({ kind: 'missing' });
  if (poll.state !== 'open' || (poll.closesAt && poll.closesAt.getTime() <= now.getTime())) return answer({ kind: 'closed' });
  return { poll, answer };
}

/**
 * An anonymous ballot, cast once: the person's "voted" row, then +1 on the chosen counters and +0
 * on the others in one statement, so the counters' new row versions are the same whatever was
 * chosen (see `pollAnonymousCounts`).
 */
async function castIn(tx: Transaction, poll: PollRow, personId: number, options: number[]): Promise<VoteResult> {
  const chosen = [...new Set(options)].sort((a, b) => a - b);
  if (chosen.length > poll.maxChoices) return { kind: 'limit', max: poll.maxChoices };
  const [ballot] = await tx
    .insert(pollBallots)
    .values({ pollId: poll.id, personId, choices: chosen.length })
    .onConflictDoNothing()
    .returning({ choices: pollBallots.choices });
  if (!ballot) return { kind: 'final' };
  const list = sql.join(
    chosen.map((option) => sql`${option}`),
    sql`, `,
  );
  await tx.execute(sql`update poll_anonymous_counts set votes = votes + (option in (${list}))::int where poll_id = ${poll.id}`);
  return { kind: 'cast', options: chosen };
}

/**
 * At close: the counters and the ballots of an anonymous poll are written anew in one transaction
 * (ballots in person order), so their row versions, transaction ids and physical order tell
 * nothing of who voted when, next to what.
 */
async function rewriteAnonymousTraces(tx: Transaction, pollId: number): Promise<void> {
  await tx.execute(sql`
    with old as (delete from poll_anonymous_counts where poll_id = ${pollId} returning option, votes)
    insert into poll_anonymous_counts (poll_id, option, votes) select ${pollId}, option, votes from old order by option`);
  await tx.execute(sql`
    with old as (delete from poll_ballots where poll_id = ${pollId} returning person_id, choices)
    insert into poll_ballots (poll_id, person_id, choices) select ${pollId}, person_id, choices from old order by person_id`);
}

export class DrizzlePollStore implements PollStore {
  constructor(private readonly db: Executor) {}

  async create(poll: NewPoll): Promise<Poll> {
    const id = await this.db.transaction(async (tx) => {
      const [row] = await tx
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
        })
        .returning({ id: polls.id });
      if (poll.anonymous) await tx.insert(pollAnonymousCounts).values(poll.options.map((_, option) => ({ pollId: row!.id, option, votes: 0 })));
      return row!.id;
    });
    return (await this.find(id))!;
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

  toggleVote(pollId: number, personId: number, option: number, now: Date): Promise<{ result: VoteResult; poll?: Poll }> {
    return this.db.transaction(async (tx) => {
      const opened = await openPollForVote(tx, pollId, [option], now);
      if ('result' in opened) return opened;
      const { poll, answer } = opened;
      if (poll.anonymous) return answer(await castIn(tx, poll, personId, [option]));

      // The row lock on (poll, person): one person's concurrent clicks are applied one after another,
      // so the count of choices below is exact and the --multi limit holds.
      const [ballot] = await tx
        .insert(pollBallots)
        .values({ pollId, personId, choices: 0 })
        .onConflictDoUpdate({ target: [pollBallots.pollId, pollBallots.personId], set: { choices: sql`${pollBallots.choices}` } })
        .returning({ choices: pollBallots.choices });
      const held = ballot!.choices;
      const choices = namedChoices(tx, pollId, personId, now);

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
        return answer({ kind: 'limit', max: poll.maxChoices });
      } else {
        await choices.add(option);
        count = held + 1;
        result = { kind: 'added', option, chosen: count };
      }
      const ballotKey = and(eq(pollBallots.pollId, pollId), eq(pollBallots.personId, personId));
      if (count > 0) await tx.update(pollBallots).set({ choices: count }).where(ballotKey);
      else await tx.delete(pollBallots).where(ballotKey);
      return answer(result);
    });
  }

  castAnonymous(pollId: number, personId: number, options: number[], now: Date): Promise<{ result: VoteResult; poll?: Poll }> {
    return this.db.transaction(async (tx) => {
      const opened = await openPollForVote(tx, pollId, options, now);
      if ('result' in opened) return opened;
      const { poll, answer } = opened;
      if (!poll.anonymous) return answer({ kind: 'missing' });
      return answer(await castIn(tx, poll, personId, options));
    });
  }

  async hasVoted(pollId: number, personId: number): Promise<boolean> {
    const rows = await this.db
      .select({ choices: pollBallots.choices })
      .from(pollBallots)
      .where(and(eq(pollBallots.pollId, pollId), eq(pollBallots.personId, personId)));
    return rows.length > 0;
  }

  async choicesOf(pollId: number, personId: number): Promise<number[]> {
    // Anonymous polls: no row says what anyone chose, so this is empty for them.
    const rows = await this.db
      .select({ option: pollVotes.option })
      .from(pollVotes)
      .where(and(eq(pollVotes.pollId, pollId), eq(pollVotes.personId, personId)))
      .orderBy(asc(pollVotes.option));
    return rows.map((row) => row.option);
  }

  tally(poll: Poll): Promise<PollTally> {
    return tallyOf(this.db, poll);
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
    // Waits for the FOR SHARE locks of votes in progress.
    const closed = await this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(polls)
        .set({ state: 'closed', closedAt, closedBy })
        .where(and(eq(polls.id, pollId), eq(polls.state, 'open')))
        .returning({ id: polls.id, anonymous: polls.anonymous });
      if (row?.anonymous) await rewriteAnonymousTraces(tx, pollId);
      return row;
    });
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

  async discard(pollId: number): Promise<void> {
    await this.db.delete(polls).where(eq(polls.id, pollId));
  }

  async messages(pollId: number): Promise<PollMessage[]> {
    const rows = await this.db.select().from(pollMessages).where(eq(pollMessages.pollId, pollId)).orderBy(asc(pollMessages.id));
    return rows.map((row) => ({
      id: row.id,
      pollId: row.pollId,
      conversation: conversationOf(row),
      messageId: row.messageId,
      ...(row.unreachableAt ? { unreachable: { at: row.unreachableAt, reason: row.unreachableReason ?? '' } } : {}),
    }));
  }

  async markUnreachable(messageId: number, reason: string, at: Date): Promise<void> {
    await this.db
      .update(pollMessages)
      .set({ unreachableAt: at, unreachableReason: reason.slice(0, 200) })
      .where(eq(pollMessages.id, messageId));
  }

  claimRefresh(pollId: number, intervalMs: number, leaseMs: number): Promise<RefreshClaim> {
    const seconds = intervalMs / 1000;
    const leaseSeconds = leaseMs / 1000;
    // One transaction, so that a refresh waits for a pooled connection once even in a vote storm.
    return this.db.transaction(async (tx) => {
      // The database's clock, so that every instance measures alike, read once (to the millisecond,
      // so that the claim's time is also the token that finishes it). In one statement: the
      // messages claimed now, and how long until the others may be: the rest of their interval, or
      // a moment when an update of theirs is still on its way (its instance clears the mark when
      // answered, and nobody can tell when that will be).
      const rows = rowsOf<MessageRow & { wait: number | string | null; claimed_ms: number | string | null }>(
        await tx.execute(sql`
          with moment as (select date_trunc('milliseconds', clock_timestamp()) as at),
          claimed as (
            update poll_messages set refreshed_at = moment.at, refreshing_until = moment.at + make_interval(secs => ${leaseSeconds})
            from moment
            where poll_id = ${pollId} and unreachable_at is null
              and (refreshing_until is null or refreshing_until <= moment.at)
              and (refreshed_at is null or refreshed_at <= moment.at - make_interval(secs => ${seconds}))
            returning poll_messages.id, poll_id, platform, tenant_id, channel_id, conversation_kind, thread_id, message_id,
                      (extract(epoch from moment.at) * 1000)::bigint as claimed_ms
          )
          select claimed.*, null::float8 as wait from claimed
          union all
          select null, null, null, null, null, null, null, null, null,
                 min(greatest(
                   extract(epoch from (refreshed_at + make_interval(secs => ${seconds}) - moment.at)) * 1000,
                   case when refreshing_until > moment.at then ${IN_FLIGHT_RETRY_MS} else 0 end,
                   0))
          from poll_messages, moment
          where poll_id = ${pollId} and unreachable_at is null and id not in (select id from claimed)
          having count(*) > 0`),
      );
      const claimed = rows.filter((row) => row.id !== null).map(messageOf);
      const waiting = rows.find((row) => row.id === null);
      const retryInMs = waiting ? Math.ceil(Number(waiting.wait ?? 0)) : undefined;
      if (claimed.length === 0) return { claimed, retryInMs };
      const claimedAtMs = Number(rows.find((row) => row.id !== null)!.claimed_ms);
      const poll = await new DrizzlePollStore(tx).find(pollId);
      return { claimed, retryInMs, claimedAtMs, poll, tally: poll ? await tallyOf(tx, poll) : undefined };
    });
  }

  async finishRefresh(messageIds: number[], claimedAtMs: number): Promise<void> {
    if (messageIds.length === 0) return;
    // Only this claim's mark: after a lease that ran out, another instance's claim is its own.
    await this.db
      .update(pollMessages)
      .set({ refreshingUntil: null })
      .where(
        and(
          inArray(pollMessages.id, messageIds),
          isNotNull(pollMessages.refreshingUntil),
          sql`(extract(epoch from ${pollMessages.refreshedAt}) * 1000)::bigint = ${claimedAtMs}`,
        ),
      );
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
