import { z } from 'zod';
import type { MessageRef } from '../commands/message-ref.js';
import type { Conversation } from '../commands/conversation.js';
import { KeinoError } from '../errors.js';
import type { Locale } from '../i18n/locale.js';
import { translator } from '../i18n/translator.js';
import { text, type Message } from '../messages/message.js';
import type { Person } from '../people/person.js';
import type { Logger } from '../ports/logger.js';
import type { PlatformGateways, SentMessage } from '../ports/platform-gateway.js';
import { withoutTransactions, type Transactions } from '../ports/transactions.js';
import type { Jobs } from '../jobs/jobs.js';
import { defineJob } from '../jobs/job-definition.js';
import * as field from '../jobs/payload-schemas.js';
import type { Delivery } from '../delivery/delivery.js';
import { postInConversation } from '../delivery/post-in-conversation.js';
import { MAX_OPEN_DAYS, parseClosingTime } from './poll-closing.js';
import { PollRefresher } from './poll-refresher.js';
import type { PollStore } from './poll-store.js';
import { pollCsv, renderPoll, renderResults } from './poll-view.js';
import { formatDateTime } from '../time/format.js';
import {
  MAX_OPTION_LENGTH,
  MAX_OPTIONS,
  MAX_QUESTION_LENGTH,
  MIN_OPTIONS,
  type Poll,
  type PollMessage,
  type PollPersonalData,
  type PollTally,
  type VoteResult,
} from './poll.js';

/** What a person asks for when creating a poll, as written (command or form). */
export interface PollRequest {
  question: string | undefined;
  options: string[];
  anonymous: boolean;
  maxChoices?: number;
  closes?: string;
}

export type PollField = 'question' | 'options' | 'multi' | 'closes';

/** A problem with one part of a new poll: the form shows it on that field. */
export class PollInputError extends KeinoError {
  constructor(
    readonly field: PollField,
    code: string,
    messageKey: ConstructorParameters<typeof KeinoError>[1],
    params: ConstructorParameters<typeof KeinoError>[2] = {},
  ) {
    super(code, messageKey, params);
  }
}

/** Who creates a poll, where, and when. */
export interface PollAuthor {
  person: Person;
  conversation: Conversation;
  locale: Locale;
  timeZone: string;
  now: Date;
}

export interface PollServiceOptions {
  gateways: PlatformGateways;
  /** Posts the poll message as Keino's own (paced, recorded), so that it can be updated. */
  delivery: Pick<Delivery, 'sendToConversation' | 'updateSent'>;
  /** Closes polls at their closing time (a job keyed `poll-close:<id>`). */
  jobs?: Pick<Jobs, 'enqueue' | 'cancel'>;
  /** The closing job is written in the transaction that creates the poll. */
  transactions?: Transactions;
  logger: Logger;
  clock: () => Date;
  /** The least time between two refreshes of one poll message. */
  refreshIntervalMs?: number;
}

/** Closes a poll at its closing time (see poll-jobs.ts); one job a poll. */
export const pollCloseJob = defineJob({
  kind: 'poll.close',
  payload: z.object({ pollId: field.id }),
  key: ({ pollId }) => `poll-close:${pollId}`,
});

/** Lower-case, single-spaced: "Pizza " and "pizza" are the same option. */
const sameness = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');

function tidy(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

function mayManage(person: Person, poll: Poll): boolean {
  return person.role === 'admin' || (poll.creatorId !== null && poll.creatorId === person.id);
}

/** Polls: creating, voting exactly once under any load, closing, results and the export. */
export class PollService {
  readonly refresher: PollRefresher;
  /** Messages this instance has already remembered, so that a vote storm does not write them 500 times. */
  private readonly remembered = new Set<string>();

  constructor(
    private readonly store: PollStore,
    private readonly options: PollServiceOptions,
  ) {
    this.refresher = new PollRefresher({
      store,
      gateways: options.gateways,
      edit: (sent, message, onCall) => options.delivery.updateSent(sent, message, onCall),
      logger: options.logger,
      intervalMs: options.refreshIntervalMs,
      render: (poll, tally) => renderPoll(poll, tally, translator(poll.locale), options.clock(), poll.creatorName),
    });
  }

  /** Checks everything before anything is written; a problem names the field it is about. */
  validate(
    request: PollRequest,
    author: Pick<PollAuthor, 'now' | 'timeZone' | 'locale'>,
  ): { question: string; options: string[]; maxChoices: number; closesAt: Date | null } {
    const question = tidy(request.question ?? '');
    if (!question) throw new PollInputError('question', 'poll.question_missing', 'poll.questionMissing');
    if (question.length > MAX_QUESTION_LENGTH)
      throw new PollInputError('question', 'poll.question_too_long', 'poll.questionTooLong', { max: MAX_QUESTION_LENGTH });

    const options = request.options.map(tidy);
    if (options.some((option) => option === '')) throw new PollInputError('options', 'poll.empty_option', 'poll.emptyOption');
    if (options.length < MIN_OPTIONS) throw new PollInputError('options', 'poll.too_few_options', 'poll.tooFewOptions', { min: MIN_OPTIONS });
    if (options.length > MAX_OPTIONS) throw new PollInputError('options', 'poll.too_many_options', 'poll.tooManyOptions', { max: MAX_OPTIONS });
    if (options.some((option) => option.length > MAX_OPTION_LENGTH))
      throw new PollInputError('options', 'poll.option_too_long', 'poll.optionTooLong', { max: MAX_OPTION_LENGTH });
    const seen = new Set<string>();
    for (const option of options) {
      if (seen.has(sameness(option))) throw new PollInputError('options', 'poll.duplicate_option', 'poll.duplicateOption', { option });
      seen.add(sameness(option));
    }

    const maxChoices = request.maxChoices ?? 1;
    if (!Number.isInteger(maxChoices) || maxChoices < 1) throw new PollInputError('multi', 'poll.multi_invalid', 'poll.multiInvalid');
    if (maxChoices > options.length)
      throw new PollInputError('multi', 'poll.multi_too_large', 'poll.multiTooLarge', { max: maxChoices, options: options.length });

    let closesAt: Date | null = null;
    if (request.closes !== undefined && request.closes.trim() !== '') {
      const parsed = parseClosingTime(request.closes, author.now, author.timeZone);
      if (!parsed) throw new PollInputError('closes', 'poll.closes_invalid', 'poll.closesInvalid');
      if (parsed.getTime() <= author.now.getTime()) {
        throw new PollInputError('closes', 'poll.closes_past', 'poll.closesPast', { when: formatDateTime(parsed, author.timeZone, author.locale) });
      }
      if (parsed.getTime() - author.now.getTime() > MAX_OPEN_DAYS * 86_400_000) {
        throw new PollInputError('closes', 'poll.closes_too_far', 'poll.closesTooFar', { days: MAX_OPEN_DAYS });
      }
      closesAt = parsed;
    }
    return { question, options, maxChoices, closesAt };
  }

  /**
   * Creates the poll and posts its message in the author's conversation as Keino's own message
   * (a command's response could never be updated: Slack answers cant_update_message), remembering
   * where it went. When Keino cannot post there, the poll is removed again and the author is told
   * how to add Keino: nothing is left behind.
   */
  async create(request: PollRequest, author: PollAuthor): Promise<{ poll: Poll; message: SentMessage }> {
    const valid = this.validate(request, author);
    const poll = await this.store.create({
      ...valid,
      creatorId: author.person.id,
      conversation: author.conversation,
      anonymous: request.anonymous,
      locale: author.locale,
      timeZone: author.timeZone,
    });
    let message: SentMessage;
    try {
      message = await postInConversation(this.options.delivery, author.conversation, await this.view(poll));
      // Where the poll went and the job that closes it commit together (the post, a call to the
      // platform, cannot be in a transaction); if they cannot be written, the poll is not kept.
      await this.atomically(async () => {
        await this.store.rememberMessage(poll.id, message);
        // Votes are refused from the closing time on even if this job runs late; the job closes the
        // poll for good and posts the final results.
        if (poll.closesAt && this.options.jobs) await this.options.jobs.enqueue(pollCloseJob.job({ pollId: poll.id }, { dueAt: poll.closesAt }));
      });
    } catch (error) {
      await this.store.discard(poll.id);
      throw error;
    }
    return { poll, message };
  }

  private atomically<T>(work: () => Promise<T>): Promise<T> {
    return (this.options.transactions ?? withoutTransactions).atomically(work);
  }

  find(id: number): Promise<Poll | undefined> {
    return this.store.find(id);
  }

  async require(id: number): Promise<Poll> {
    const poll = await this.store.find(id);
    if (!poll) throw new KeinoError('poll.not_found', 'poll.notFound', { id });
    return poll;
  }

  /**
   * A click on an option. The message it came from is remembered (so that it can be refreshed
   * later) and marked out of date; the refresh itself is coalesced.
   */
  async vote(person: Person, pollId: number, option: number, source: MessageRef | undefined): Promise<{ poll: Poll; result: VoteResult }> {
    const { result, poll } = await this.store.toggleVote(pollId, person.id, option, this.options.clock());
    if (!poll || result.kind === 'missing') throw new KeinoError('poll.not_found', 'poll.notFound', { id: pollId });
    if (source) await this.rememberMessage(pollId, source);
    if (result.kind !== 'limit') this.refresher.touch(pollId);
    return { poll, result };
  }

  /** The messages that show the poll, and which of them can no longer be updated. */
  messagesOf(pollId: number): Promise<PollMessage[]> {
    return this.store.messages(pollId);
  }

  /** Casts an anonymous ballot once (see PollStore.castAnonymous); the poll's messages are refreshed. */
  async cast(person: Person, pollId: number, options: number[]): Promise<{ poll: Poll; result: VoteResult }> {
    const { result, poll } = await this.store.castAnonymous(pollId, person.id, options, this.options.clock());
    if (!poll || result.kind === 'missing') throw new KeinoError('poll.not_found', 'poll.notFound', { id: pollId });
    if (result.kind === 'cast') this.refresher.touch(pollId);
    return { poll, result };
  }

  hasVoted(person: Person, pollId: number): Promise<boolean> {
    return this.store.hasVoted(pollId, person.id);
  }

  choicesOf(person: Person, pollId: number): Promise<number[]> {
    return this.store.choicesOf(pollId, person.id);
  }

  /** The creator or an admin closes the poll; everyone else is refused before anything changes. */
  async close(person: Person, pollId: number, source?: MessageRef): Promise<{ poll: Poll; closedNow: boolean }> {
    const poll = await this.require(pollId);
    if (!mayManage(person, poll)) throw new KeinoError('poll.not_creator', 'poll.onlyCreatorCloses');
    if (source) await this.rememberMessage(pollId, source);
    const closed = await this.atomically(async () => {
      const stored = await this.store.close(pollId, person.id, this.options.clock());
      if (stored?.closedNow && poll.closesAt) await this.options.jobs?.cancel(pollCloseJob.key({ pollId }));
      return stored;
    });
    if (!closed) throw new KeinoError('poll.not_found', 'poll.notFound', { id: pollId });
    // After the commit: the refresh must read the closed poll, and outside the transaction.
    if (closed.closedNow) this.refresher.touch(pollId);
    return closed;
  }

  /**
   * Closes a poll at a time (now, or its closing time when the scheduled close runs late):
   * idempotent, and the poll's messages are refreshed to show the final results.
   */
  async closeNow(pollId: number, closedBy: number | null, at: Date): Promise<{ poll: Poll; closedNow: boolean }> {
    const closed = await this.store.close(pollId, closedBy, at);
    if (!closed) throw new KeinoError('poll.not_found', 'poll.notFound', { id: pollId });
    if (closed.closedNow) this.refresher.touch(pollId);
    return closed;
  }

  /** The final results as a new message in the poll's conversation, so that people notice the end. */
  async announcement(poll: Poll): Promise<Message> {
    const t = translator(poll.locale);
    const final = await this.view(poll);
    return { ...final, blocks: [text(t('poll.closedAnnouncement', { question: poll.question })), ...final.blocks] };
  }

  tally(poll: Poll): Promise<PollTally> {
    return this.store.tally(poll);
  }

  /** The poll message as it should look now, in the poll's language. */
  async view(poll: Poll): Promise<Message> {
    const tally = await this.store.tally(poll);
    return renderPoll(poll, tally, translator(poll.locale), this.options.clock(), poll.creatorName);
  }

  /** Results with the CSV file, for the creator and admins; in the reader's language. */
  async results(person: Person, pollId: number, locale: Locale): Promise<Message> {
    const poll = await this.require(pollId);
    if (!mayManage(person, poll)) throw new KeinoError('poll.not_creator', 'poll.onlyCreatorResults');
    const t = translator(locale);
    const [tally, votes] = await Promise.all([this.store.tally(poll), poll.anonymous ? Promise.resolve([]) : this.store.namedVotes(poll.id)]);
    return renderResults(poll, tally, t, pollCsv(poll, tally, votes, t));
  }

  /** What Keino holds about the person's polls and votes, for their privacy export. */
  personalData(person: Person): Promise<PollPersonalData> {
    return this.store.personalData(person.id);
  }

  async rememberMessage(pollId: number, ref: MessageRef): Promise<void> {
    const key = `${pollId}|${ref.platform}|${ref.conversation.tenantId}|${ref.conversation.channelId}|${ref.messageId}`;
    if (this.remembered.has(key)) return;
    await this.store.rememberMessage(pollId, ref);
    if (this.remembered.size >= 10_000) this.remembered.clear();
    this.remembered.add(key);
  }
}
