import type { Conversation } from '../commands/conversation.js';
import type { Locale } from '../i18n/locale.js';

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;
export const MAX_QUESTION_LENGTH = 300;
export const MAX_OPTION_LENGTH = 150;

export type PollState = 'open' | 'closed';

export interface Poll {
  id: number;
  question: string;
  options: string[];
  creatorId: number | null;
  /** The creator's name as it is now; null when the person has been erased. */
  creatorName: string | null;
  conversation: Conversation;
  anonymous: boolean;
  /** How many options one person may choose at once. */
  maxChoices: number;
  /** The shared poll message is written in the creator's language and time zone. */
  locale: Locale;
  timeZone: string;
  closesAt: Date | null;
  state: PollState;
  closedAt: Date | null;
  /** Who closed it; null when it closed on its own at its closing time. */
  closedBy: number | null;
  createdAt: Date;
}

export type NewPoll = Pick<Poll, 'question' | 'options' | 'conversation' | 'anonymous' | 'maxChoices' | 'locale' | 'timeZone' | 'closesAt'> & {
  creatorId: number;
};

/** Open, and not past its closing time (the scheduled close may still be on its way). */
export function acceptsVotes(poll: Poll, now: Date): boolean {
  return poll.state === 'open' && (poll.closesAt === null || poll.closesAt.getTime() > now.getTime());
}

/** The counts per option, the people who voted, and (named polls only) who chose what. */
export interface PollTally {
  counts: number[];
  /** People with at least one choice. */
  voters: number;
  /** Per option, the voters' names in the order they voted; empty lists for anonymous polls. */
  names: string[][];
}

/** What a click did. */
export type VoteResult =
  /** `chosen`: how many options the person has chosen now. */
  | { kind: 'added'; option: number; chosen: number }
  | { kind: 'removed'; option: number; chosen: number }
  /** Single-choice polls: the click moved the person's vote from one option to another. */
  | { kind: 'moved'; option: number; from: number }
  | { kind: 'limit'; max: number }
  /** Anonymous polls: the ballot was cast with these options, for good. */
  | { kind: 'cast'; options: number[] }
  /** Anonymous polls: the person's ballot was cast already and cannot change (nothing records what it was). */
  | { kind: 'final' }
  | { kind: 'closed' }
  | { kind: 'missing' };

/** One named vote, for the creator's export. */
export interface NamedVote {
  option: number;
  name: string;
  votedAt: Date;
}

/** A platform message that shows a poll, so that it can be refreshed. */
export interface PollMessage {
  id: number;
  pollId: number;
  conversation: Conversation;
  messageId: string;
  /** Set when the platform refused an update for good; the message is no longer refreshed. */
  unreachable?: { at: Date; reason: string };
}

/** What Keino holds about one person's polls, for `privacy export`. */
export interface PollPersonalData {
  created: { pollId: number; question: string; createdAt: Date }[];
  votes: { pollId: number; question: string; option: string; votedAt: Date }[];
  /** Anonymous polls the person took part in; which option they chose is not stored readably. */
  anonymous: { pollId: number; question: string }[];
}
