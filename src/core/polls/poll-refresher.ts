import type { Message } from '../messages/message.js';
import type { Logger } from '../ports/logger.js';
import { DeliveryError, type PlatformGateways, type SentMessage } from '../ports/platform-gateway.js';
import type { Poll, PollTally } from './poll.js';
import type { PollStore } from './poll-store.js';

export interface PollRefresherOptions {
  store: PollStore;
  gateways: PlatformGateways;
  /** Edits a posted message within the platform's limits (Slack chat.update is Tier 3 a workspace). */
  edit(sent: SentMessage, message: Message): Promise<void>;
  /** The poll message as it should look with this tally. */
  render(poll: Poll, tally: PollTally): Message;
  logger: Logger;
  /** The least time between two updates of one message (Slack and Teams rate limits). */
  intervalMs?: number;
}

interface PollState {
  /** A vote or a close came in since the last refresh started. */
  dirty: boolean;
  /** How long to wait before the next refresh, when it must wait for something else than the interval. */
  waitMs?: number;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
}

/**
 * Keeps poll messages up to date without flooding Slack or Teams. A vote only marks its poll
 * dirty; the first vote after a quiet spell refreshes at once, the rest of a storm is folded into
 * one refresh a second. Several instances share the limit: each refresh first claims the message
 * in the database (a conditional update of `refreshed_at`), so whichever instance wins updates it
 * and the others try again when the second is over. The refresh reads the tally after the claim,
 * so the last refresh of a storm shows every vote.
 */
export class PollRefresher {
  private readonly states = new Map<number, PollState>();
  private readonly intervalMs: number;
  private stopped = false;

  constructor(private readonly options: PollRefresherOptions) {
    this.intervalMs = options.intervalMs ?? 1000;
  }

  /** Marks the poll's messages out of date; they are refreshed within about a second. */
  touch(pollId: number): void {
    if (this.stopped) return;
    const state = this.states.get(pollId) ?? { dirty: false };
    this.states.set(pollId, state);
    state.dirty = true;
    if (!state.timer && !state.running) this.schedule(pollId, state, 0);
  }

  /** Resolves when no refresh is waiting or running (tests, shutdown). */
  async idle(): Promise<void> {
    for (;;) {
      // A timer with no vote behind it only keeps the interval: nothing is waiting.
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
    await Promise.all(running);
  }

  private schedule(pollId: number, state: PollState, delayMs: number): void {
    state.timer = setTimeout(() => {
      state.timer = undefined;
      if (!state.dirty) {
        this.states.delete(pollId);
        return;
      }
      state.running = this.refresh(pollId, state).finally(() => {
        state.running = undefined;
        // The next refresh waits a whole interval after this one ended, votes or not: an update
        // that took long to reach the platform is not followed by one that arrives too soon.
        if (!this.stopped) this.schedule(pollId, state, state.waitMs ?? this.intervalMs);
      });
    }, delayMs);
    state.timer.unref?.();
  }

  private async refresh(pollId: number, state: PollState): Promise<void> {
    state.dirty = false;
    state.waitMs = undefined;
    try {
      const { claimed, retryInMs, poll, tally } = await this.options.store.claimRefresh(pollId, this.intervalMs);
      if (retryInMs !== undefined) {
        // Another instance refreshed within the second: try again when its second is over.
        state.dirty = true;
        state.waitMs = Math.max(retryInMs, 10);
      }
      if (!poll || !tally) return;
      const message = this.options.render(poll, tally);
      for (const sent of claimed) {
        if (!this.options.gateways.get(sent.conversation.platform)) continue;
        try {
          await this.options.edit({ platform: sent.conversation.platform, conversation: sent.conversation, messageId: sent.messageId }, message);
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
            state.waitMs = Math.max(state.waitMs ?? 0, error.retryAfterMs ?? this.intervalMs);
          }
        }
      }
    } catch (error) {
      this.options.logger.warn({ err: error, pollId }, 'poll refresh failed');
    }
  }
}
