import type { types, webApi } from '@slack/bolt';
import { ChartImageCache } from '../../charts/chart-images.js';
import type { Chart } from '../../core/charts/chart.js';
import type { FileAttachment, Message } from '../../core/messages/message.js';
import type { Logger } from '../../core/ports/logger.js';
import { renderMessage, type SlackPage } from './block-kit-renderer.js';
import { rateLimitedFor, slackErrorCode } from './slack-errors.js';

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
  /** Where chart PNGs are drawn and kept; one per process unless a test gives its own. */
  chartImages?: ChartImageCache;
}

const DEFAULT_MAX_WAIT_MS = 60_000;
/** Uploaded chart files remembered per workspace: a chart shown again reuses its file. */
const CHART_FILES_KEPT = 256;
const sharedChartImages = new ChartImageCache();

/** Whether a message has a chart (which Slack shows as an uploaded image). */
export function hasCharts(message: Message): boolean {
  return message.blocks.some((block) => block.type === 'chart');
}

/** Keino's messages sent through the Slack Web API: rendering, paging, files. */
export class SlackMessenger {
  /** Chart image hash → the Slack file id it was uploaded as. */
  private readonly chartFileIds = new Map<string, string>();

  constructor(
    readonly client: webApi.WebClient,
    private readonly options: MessengerOptions,
  ) {}

  /**
   * Each chart of the message as an uploaded PNG: drawn once per content (ChartImageCache) and
   * uploaded once per content and workspace with files.uploadV2 (files.getUploadURLExternal, the
   * upload, files.completeUploadExternal) as a private file of Keino's, which an image block then
   * shows (https://docs.slack.dev/reference/block-kit/composition-objects/slack-file-object: the
   * poster must have access to the file). A chart that cannot be drawn or uploaded is left out of
   * the map and shown as text: never no answer.
   */
  async chartFiles(message: Message): Promise<Map<Chart, string>> {
    const files = new Map<Chart, string>();
    for (const block of message.blocks) {
      if (block.type !== 'chart') continue;
      try {
        const { key, png } = await (this.options.chartImages ?? sharedChartImages).png(block.chart);
        let fileId = this.chartFileIds.get(key);
        if (!fileId) {
          fileId = await this.uploadChart(block.chart, key, png);
          this.chartFileIds.set(key, fileId);
          if (this.chartFileIds.size > CHART_FILES_KEPT) this.chartFileIds.delete(this.chartFileIds.keys().next().value!);
        }
        files.set(block.chart, fileId);
      } catch (error) {
        this.options.logger.warn({ err: error, chart: block.chart.title }, 'chart not shown as an image: its text form is shown instead');
      }
    }
    return files;
  }

  private async uploadChart(chart: Chart, key: string, png: Buffer): Promise<string> {
    const result = await this.call(() =>
      this.client.filesUploadV2({ file: png, filename: `keino-chart-${key.slice(0, 16)}.png`, title: chart.title, alt_text: chart.altText.slice(0, 1000) }),
    );
    const completed = (result.files ?? []) as { files?: { id?: string }[] }[];
    const fileId = completed[0]?.files?.[0]?.id;
    if (!fileId) throw new Error('files.completeUploadExternal returned no file');
    return fileId;
  }

  /**
   * Renders with the charts' images; when Slack refuses the blocks (an image it cannot show yet),
   * once more with the charts as text.
   */
  private async withCharts<T>(message: Message, send: (pages: SlackPage[]) => Promise<T>): Promise<T> {
    if (!hasCharts(message)) return send(renderMessage(message));
    const chartFiles = await this.chartFiles(message);
    if (chartFiles.size === 0) return send(renderMessage(message));
    try {
      return await send(renderMessage(message, { chartFiles }));
    } catch (error) {
      if (slackErrorCode(error) !== 'invalid_blocks') throw error;
      this.options.logger.warn({ err: error }, 'Slack refused a chart image: sending its text form');
      return send(renderMessage(message));
    }
  }

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
    let posted = 0;
    await this.withCharts(message, async (pages) => {
      // Pages already posted are not posted again when the rest falls back to text.
      for (const page of pages.slice(posted)) {
        const result = await this.call(() => this.client.chat.postMessage({ channel: destination.channel, ...threadOf(destination), ...pageArguments(page) }));
        firstTs ??= result.ts;
        posted += 1;
      }
    });
    await this.upload(destination, message.attachments);
    if (!firstTs) throw new Error('chat.postMessage returned no ts');
    return firstTs;
  }

  /** A message only this person sees, in the channel (or thread). */
  async postEphemeral(destination: Destination, userId: string, message: Message): Promise<void> {
    await this.withCharts(message, async (pages) => {
      for (const page of pages) {
        await this.call(() => this.client.chat.postEphemeral({ channel: destination.channel, user: userId, ...threadOf(destination), ...pageArguments(page) }));
      }
    });
  }

  /** Replaces a message Keino sent; a reply longer than one message keeps only its first page. */
  async update(channel: string, ts: string, message: Message): Promise<void> {
    await this.withCharts(message, async ([page]) => {
      await this.call(() => this.client.chat.update({ channel, ts, ...pageArguments(page!) }));
    });
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

  /** Opens a modal with the person's trigger; returns the view's id and hash for views.update. */
  async openModal(triggerId: string, view: types.ModalView): Promise<{ viewId?: string; hash?: string }> {
    const result = await this.call(() => this.client.views.open({ trigger_id: triggerId, view }));
    return { viewId: result.view?.id, hash: result.view?.hash };
  }

  /** Replaces an open modal (views.update); with the hash, only if nobody changed it meanwhile. */
  async updateModal(viewId: string, view: types.ModalView, hash?: string): Promise<void> {
    await this.call(() => this.client.views.update({ view_id: viewId, view, ...(hash ? { hash } : {}) }));
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
