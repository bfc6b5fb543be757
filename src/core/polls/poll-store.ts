import type { MessageRef } from '../commands/message-ref.js';
import type { NamedVote, NewPoll, Poll, PollMessage, PollPersonalData, PollTally, VoteResult } from './poll.js';

/** What a refresher may update now, and what to show there. */
export interface RefreshClaim {
  claimed: PollMessage[];
  /** Set when some messages were refreshed by someone else within the interval, or are being refreshed now. */
  retryInMs?: number;
  /** The claim's time (the database's clock, in ms): the token that finishes it ({@link PollStore.finishRefresh}). */
  claimedAtMs?: number;
  poll?: Poll;
  tally?: PollTally;
}

/** The port through which polls are stored; implemented over Drizzle in src/db/stores/poll-store.ts. */
export interface PollStore {
  /** Stores a new poll; an anonymous poll gets its counters (0 for each option) here. */
  create(poll: NewPoll): Promise<Poll>;
  find(id: number): Promise<Poll | undefined>;
  /**
   * Toggles one person's choice of one option, atomically: a click on a chosen option removes it;
   * on another option it adds it, or moves the vote when only one choice is allowed, or is refused
   * at the limit. Concurrent clicks of one person are applied one after another, and a vote never
   * lands on a poll that is closed or past `now`'s closing time. Returns the poll as the vote saw it
   * (none when there is no such poll).
   */
  toggleVote(pollId: number, personId: number, option: number, now: Date): Promise<{ result: VoteResult; poll?: Poll }>;
  /**
   * Casts a person's ballot in an anonymous poll, once: their "voted" row and +1 on each chosen
   * counter in one transaction that touches every counter of the poll alike. A second cast is
   * `final`; options beyond the poll's limit are `limit`.
   */
  castAnonymous(pollId: number, personId: number, options: number[], now: Date): Promise<{ result: VoteResult; poll?: Poll }>;
  /** Whether the person has cast a ballot (or chosen anything) in the poll. */
  hasVoted(pollId: number, personId: number): Promise<boolean>;
  /** The options this person has chosen (always empty for anonymous polls: nothing records them). */
  choicesOf(pollId: number, personId: number): Promise<number[]>;
  tally(poll: Poll): Promise<PollTally>;
  /** Every named vote with the voter's name, oldest first; nothing for anonymous polls. */
  namedVotes(pollId: number): Promise<NamedVote[]>;
  /**
   * Closes an open poll at `closedAt` (an anonymous poll's counters and ballots are written anew, so
   * no trace of the order of voting stays). Waits for votes in progress and returns the poll, with
   * `closedNow` false when it was closed already.
   */
  close(pollId: number, closedBy: number | null, closedAt: Date): Promise<{ poll: Poll; closedNow: boolean } | undefined>;
  /** Removes a poll nobody has seen (its message could not be posted); its rows go with it. */
  discard(pollId: number): Promise<void>;
  /** Remembers a message that shows the poll; the same message twice is one row. */
  rememberMessage(pollId: number, ref: MessageRef): Promise<void>;
  messages(pollId: number): Promise<PollMessage[]>;
  /**
   * Records that a message can no longer be updated (deleted, in an archived channel, not
   * Keino's own …): it is left out of every later refresh, and the reason is kept.
   */
  markUnreachable(messageId: number, reason: string, at: Date): Promise<void>;
  /**
   * Claims the poll's messages that may be refreshed now (not those marked unreachable), by one
   * caller on any instance: each no sooner than `intervalMs` after its previous update began, and
   * never while another update of it is on its way (claimed and not yet finished; a claim whose
   * caller died runs out after `leaseMs`). With what was claimed come the poll and its tally read
   * after the claim (so they hold every vote committed before it), and how long until the messages
   * claimed by someone else may be refreshed again.
   */
  claimRefresh(pollId: number, intervalMs: number, leaseMs: number): Promise<RefreshClaim>;
  /** The claimed updates were answered (or failed): the messages may be claimed again. */
  finishRefresh(messageIds: number[], claimedAtMs: number): Promise<void>;
  /**
   * Everything about one person, for their privacy export. Erasing a person needs nothing here:
   * their named votes and ballots go with them (foreign keys), their polls stay without a creator,
   * and their anonymous choices stay counted because nothing ties them to anyone.
   */
  personalData(personId: number): Promise<PollPersonalData>;
}
