import type { types, webApi } from '@slack/bolt';
import type { FileAttachment, Message } from '../../core/messages/message.js';
import type { Logger } from '../../core/ports/logger.js';
import { renderMessage, type SlackPage } from './block-kit-renderer.js';
import { rateLimitedFor } from './slack-errors.js';

/** Where a message goes: a channel (or DM), and a thread in it. */
export interface Destination {
  channel: string;
  threadTs?: string;
}

export interface MessengerOptions {
  /**
   * What to do when Slack answers 429: "reject" hands the error to the caller (the scheduler
   * decides when to retry); "wait" waits out Retry-After for this one call only, so that other
   * work on the same client goes on meanwhile.
   */
  rateLimit: 'reject' | 'wait';
  /** With "wait": give up after waiting this long in total. */
  maxWaitMs?: number;
  logger: Logger;
}

const DEFAULT_MAX_WAIT_MS = 60_000;

/** Keino's messages sent through the Slack Web API: rendering, paging, files. */
export class SlackMessenger {
  constructor(
    readonly client: webApi.WebClient,
    private readonly options: MessengerOptions,
  ) {}

  /** Runs one Web API call under the rate-limit policy. */
  async call<T>(run: () => Promise<T>): Promise<T> {
    let waited = 0;
    for (;;) {
      try {
        return await run();
      } catch (error) {
        const seconds = rateLimitedFor(error);
        const maxWait = this.options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
        if (this.options.rateLimit === 'reject' || seconds === undefined || waited + seconds * 1000 > maxWait) throw error;
        this.options.logger.info({ retryAfterSeconds: seconds }, 'Slack rate limit: waiting before trying again');
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        waited += seconds * 1000;
      }
    }
  }

  /** The direct-message channel with a person (conversations.open). */
  async openDirect(userId: string): Promise<string> {
    const result = await this.call(() => this.client.conversations.open({ users: userId }));
    const id = result.channel?.id;
    if (!id) throw new Error(`conversations.open returned no channel for ${userId}`);
    return id;
  }

  /** Posts every page of the message; returns the ts of the first. Files follow in the same place. */
  async post(destination: Destination, message: Message): Promise<string> {
    let firstTs: string | undefined;
    for (const page of renderMessage(message)) {
      const result = await this.call(() => this.client.chat.postMessage({ channel: destination.channel, ...threadOf(destination), ...pageArguments(page) }));
      firstTs ??= result.ts;
    }
    await this.upload(destination, message.attachments);
    if (!firstTs) throw new Error('chat.postMessage returned no ts');
    return firstTs;
  }

  /** A message only this person sees, in the channel (or thread). */
  async postEphemeral(destination: Destination, userId: string, message: Message): Promise<void> {
    for (const page of renderMessage(message)) {
      await this.call(() => this.client.chat.postEphemeral({ channel: destination.channel, user: userId, ...threadOf(destination), ...pageArguments(page) }));
    }
  }

  /** Replaces a message Keino sent; a reply longer than one message keeps only its first page. */
  async update(channel: string, ts: string, message: Message): Promise<void> {
    const [page] = renderMessage(message);
    await this.call(() => this.client.chat.update({ channel, ts, ...pageArguments(page!) }));
  }

  /** Files (calendar invitations, CSV exports) through files.getUploadURLExternal + completeUploadExternal. */
  async upload(destination: Destination, attachments: readonly FileAttachment[] | undefined): Promise<void> {
    if (!attachments || attachments.length === 0) return;
    await this.call(() =>
      this.client.filesUploadV2({
        channel_id: destination.channel,
        ...threadOf(destination),
        file_uploads: attachments.map((attachment) => ({
          file: Buffer.from(attachment.content),
          filename: attachment.filename,
          title: attachment.title ?? attachment.filename,
        })),
      }),
    );
  }

  async openModal(triggerId: string, view: types.ModalView): Promise<void> {
    await this.call(() => this.client.views.open({ trigger_id: triggerId, view }));
  }

  async publishHome(userId: string, view: types.HomeView): Promise<void> {
    await this.call(() => this.client.views.publish({ user_id: userId, view }));
  }
}

/** The arguments of one rendered page: blocks only when there are any (Slack refuses an empty list). */
export function pageArguments(page: SlackPage): { text: string; blocks?: types.KnownBlock[] } {
  return page.blocks.length > 0 ? { text: page.text, blocks: page.blocks } : { text: page.text };
}

function threadOf(destination: Destination): { thread_ts?: string } {
  return destination.threadTs ? { thread_ts: destination.threadTs } : {};
}
