import type { Message } from '../messages/message.js';
import type { Logger } from '../ports/logger.js';
import { DeliveryError, type PlatformGateways, type SentMessage } from '../ports/platform-gateway.js';
import type { Poll, PollMessage, PollTally } from './poll.js';
import type { PollStore } from './poll-store.js';

export interface PollRefresherOptions {
  store: PollStore;
  gateways: PlatformGateways;
  /**
   * Edits a posted message within the platform's limits (Slack chat.update is Tier 3 a workspace);
   * calls `onCall` when the call to the platform begins (after any wait for the rate budget).
   */
  edit(sent: SentMessage, message: Message, onCall: () => void): Promise<void>;
  /** The poll message as it should look with this tally. */
  render(poll: Poll, tally: PollTally): Message;
  logger: Logger;
  /**
   * The least time between the beginnings of two updates of one message (default 1 s): Slack
   * allows about one message a second a channel ("Posting messages: 1 per second, short bursts >1
   * allowed", https://api.slack.com/docs/rate-limits), Teams 7 a second a conversation. The
   * workspace's Tier 3 budget for chat.update ("50+ per minute", https://api.slack.com/methods/chat.update)
   * is kept by the pacer behind `edit`.
   */
  intervalMs?: number;
  /**
   * How long a claimed update may stay unanswered before another instance may begin one (default
   * 60 s): long enough for the pacer's wait and the call, short enough that a message whose
   * instance died mid-update is refreshed again within a minute.
   */
  leaseMs?: number;
}

interface PollState {
  /** A vote or a close came in since the last refresh read the tally. */
  dirty: boolean;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
}

/**
 * Keeps poll messages up to date without flooding Slack or Teams: coalesced, the latest state
 * wins. A vote only marks its poll dirty. At most one update of a message is on its way at a time,
 * on any instance; when it is answered and votes came in meanwhile, the next one begins at once,
 * or as soon as the interval since the previous one began allows (start to start, as the platform
 * counts), reading the tally only then, so a storm of votes becomes about one update a second and
 * the last one shows every vote. Instances share this through the database: each update first
 * claims the message (claimRefresh: the interval since the last claim has passed and no update of
 * it is on its way) and finishes the claim when answered; an instance that does not win the claim
 * tries again when the interval is over or the other update is answered.
 */
export class PollRefresher {
  private readonly states = new Map<number, PollState>();
  /**
   * When this instance's last update of each poll's message went out (its local clock): the next
   * one begins at least the interval later, however late a timer fired for the one before.
   */
  private readonly lastCall = new Map<number, number>();
  private readonly intervalMs: number;
  private readonly leaseMs: number;
  private stopped = false;

  constructor(private readonly options: PollRefresherOptions) {
    this.intervalMs = options.intervalMs ?? 1000;
    this.leaseMs = options.leaseMs ?? 60_000;
  }

  /** Marks the poll's messages out of date; they are refreshed at once, or within about a second in a storm. */
  touch(pollId: number): void {
    if (this.stopped) return;
    if (this.lastCall.size > 1_000) {
      const before = Date.now() - this.intervalMs;
      for (const [id, at] of this.lastCall) if (at < before) this.lastCall.delete(id);
    }
    const state = this.states.get(pollId) ?? { dirty: false };
    this.states.set(pollId, state);
    state.dirty = true;
    if (!state.timer && !state.running) this.schedule(pollId, state, this.untilAllowed(pollId));
  }

  /** How long until the interval since this instance's last update of the poll has passed. */
  private untilAllowed(pollId: number): number {
    const last = this.lastCall.get(pollId);
    if (last === undefined) return 0;
    const waitMs = last + this.intervalMs - Date.now();
    if (waitMs <= 0) this.lastCall.delete(pollId);
    return Math.max(waitMs, 0);
  }

  /** Resolves when no refresh is waiting or running (tests, shutdown). */
  async idle(): Promise<void> {
    for (;;) {
      const busy = [...this.states.values()].filter((state) => (state.timer && state.dirty) || state.running);
      if (busy.length === 0) return;
      await Promise.all(busy.map((state) => state.running ?? new Promise((resolve) => setTimeout(resolve, 20))));
    }
  }

  /** No more refreshes; resolves when the ones running have finished (before the database closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    const running = [...this.states.values()].map((state) => state.running);
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    this.states.clear();
    this.lastCall.clear();
    await Promise.all(running);
  }

  private schedule(pollId: number, state: PollState, delayMs: number): void {
    state.timer = setTimeout(() => {
      state.timer = undefined;
      if (!state.dirty) {
        this.states.delete(pollId);
        return;
      }
      // refresh() never throws: it logs what failed.
      state.running = this.refresh(pollId, state).then((waitMs) => {
        state.running = undefined;
        if (this.stopped) return;
        // Votes came in while this update was on its way: the next one, as soon as allowed.
        if (state.dirty) this.schedule(pollId, state, waitMs);
        else this.states.delete(pollId);
      });
    }, delayMs);
    state.timer.unref?.();
  }

  /** One update of the poll's messages; returns how long to wait before the next may begin. */
  private async refresh(pollId: number, state: PollState): Promise<number> {
    state.dirty = false;
    // Before the claim, so never later than the database's moment: the next claim then comes at
    // the earliest when its interval is over, or a little before it and is told the rest.
    const claimingAt = Date.now();
    let waitMs = 0;
    try {
      const { claimed, retryInMs, claimedAtMs, poll, tally } = await this.options.store.claimRefresh(pollId, this.intervalMs, this.leaseMs);
      if (retryInMs !== undefined) {
        // Another instance updated them within the interval, or has an update on its way.
        state.dirty = true;
        waitMs = Math.max(retryInMs, 10);
      }
      if (claimed.length === 0) return waitMs;
      try {
        if (poll && tally) waitMs = Math.max(waitMs, await this.editAll(pollId, state, claimed, this.options.render(poll, tally)));
      } finally {
        await this.options.store.finishRefresh(
          claimed.map((sent) => sent.id),
          claimedAtMs!,
        );
      }
      waitMs = Math.max(waitMs, claimingAt + this.intervalMs - Date.now(), this.untilAllowed(pollId));
    } catch (error) {
      this.options.logger.warn({ err: error, pollId }, 'poll refresh failed');
    }
    return Math.max(waitMs, 0);
  }

  /** Edits each claimed message in turn; returns how long a 429 asks the next update to wait. */
  private async editAll(pollId: number, state: PollState, claimed: PollMessage[], message: Message): Promise<number> {
    let waitMs = 0;
    for (const sent of claimed) {
      if (!this.options.gateways.get(sent.conversation.platform)) continue;
      try {
        await this.options.edit({ platform: sent.conversation.platform, conversation: sent.conversation, messageId: sent.messageId }, message, () =>
          this.lastCall.set(pollId, Date.now()),
        );
      } catch (error) {
        if (error instanceof DeliveryError && error.permanent) {
          // Deleted, archived, not Keino's own message …: no retry can change that. Recorded, so
          // that no later vote tries again; the results stay readable with `poll results`.
          this.options.logger.warn({ err: error, pollId, messageId: sent.messageId, code: error.options.code }, 'poll message can no longer be updated');
          await this.options.store.markUnreachable(sent.id, error.options.code ?? error.message, new Date());
          continue;
        }
        this.options.logger.warn({ err: error, pollId, messageId: sent.messageId }, 'poll message refresh failed');
        // Rate limited or a passing failure: the latest results still have to be shown, later.
        if (error instanceof DeliveryError) {
          state.dirty = true;
          waitMs = Math.max(waitMs, error.retryAfterMs ?? this.intervalMs);
        }
      }
    }
    return waitMs;
  }
}
