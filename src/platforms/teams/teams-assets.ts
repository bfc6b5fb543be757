import { ChartImageCache } from '../../charts/chart-images.js';
import type { Chart } from '../../core/charts/chart.js';
import type { Conversation } from '../../core/commands/conversation.js';
import type { FileAttachment, Reply } from '../../core/messages/message.js';
import type { PeopleStore } from '../../core/people/people-store.js';
import type { PlatformIdentity } from '../../core/people/person.js';
import type { Logger } from '../../core/ports/logger.js';
import type { SignedLinks } from '../../core/security/signed-links.js';
import { teamsCapabilities } from './capabilities.js';

/** Where a file too large for a message goes instead. */
export type FilePlacement =
  /** A file-consent card in the person's personal chat: accepted, it is uploaded to their OneDrive. */
  | { kind: 'consent'; token: string; sizeInBytes: number }
  /** A signed, short-lived link to download it from Keino (channels and group chats). */
  | { kind: 'link'; url: string; hours: number };

/** What the card renderer needs beyond the message: the places of large files and chart pictures. */
export interface RenderAssets {
  files: Map<FileAttachment, FilePlacement>;
  /** A chart's picture, served by Keino, for clients that draw no chart elements. */
  chartImages: Map<Chart, string>;
}

export const NO_ASSETS: RenderAssets = { files: new Map(), chartImages: new Map() };

/** A file waits a day for consent, and a download link works a day. */
export const FILE_LIFETIME_HOURS = 24;
/** A chart's picture lives as long as a message is usually looked at: a week (after that the card shows its alt text and numbers). */
export const CHART_IMAGE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Prepares a reply's files and charts before it is rendered as cards: Teams carries an inline
 * file of 16 KB at most (capabilities.ts), so a larger one goes through the file-consent card in a
 * personal chat (bound to the person it is for), or as a signed link where Keino has a public
 * address; a chart gets a picture under a signed link too, for the clients that draw no chart
 * element. Without KEINO_PUBLIC_URL there are no links: the file is left out with a note, and the
 * chart falls back to its numbers as text, as before.
 */
export class TeamsAssets {
  constructor(
    private readonly links: SignedLinks,
    private readonly people: Pick<PeopleStore, 'findByIdentity'>,
    private readonly logger: Logger,
    private readonly charts: ChartImageCache = new ChartImageCache(),
  ) {}

  /** `recipient`: the one person who reads it, in a personal chat. */
  async prepare(reply: Reply, where: { kind: Conversation['kind']; recipient?: PlatformIdentity }): Promise<RenderAssets> {
    if (reply.kind !== 'message') return NO_ASSETS;
    const assets: RenderAssets = { files: new Map(), chartImages: new Map() };
    const large = (reply.attachments ?? []).filter((file) => base64Length(file) > teamsCapabilities.maxInlineFileBytes);
    if (large.length > 0) {
      const owner = where.kind === 'personal' && where.recipient ? await this.people.findByIdentity(where.recipient) : undefined;
      for (const file of large) {
        const content = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
        const kept = { filename: file.filename, mimeType: file.mimeType, content };
        const lifetimeMs = FILE_LIFETIME_HOURS * 60 * 60 * 1000;
        if (owner) {
          const { token } = await this.links.create(kept, { lifetimeMs, ownerId: owner.id });
          assets.files.set(file, { kind: 'consent', token, sizeInBytes: content.byteLength });
        } else if (this.links.linksAvailable) {
          const { url } = await this.links.create(kept, { lifetimeMs });
          if (url) assets.files.set(file, { kind: 'link', url, hours: FILE_LIFETIME_HOURS });
        }
      }
    }
    if (this.links.linksAvailable) {
      for (const block of reply.blocks) {
        if (block.type !== 'chart') continue;
        try {
          const { key, png } = await this.charts.png(block.chart);
          const { url } = await this.links.create(
            { filename: 'keino-chart.png', mimeType: 'image/png', content: png },
            { lifetimeMs: CHART_IMAGE_LIFETIME_MS, contentKey: `chart-${key.slice(0, 40)}` },
          );
          if (url) assets.chartImages.set(block.chart, url);
        } catch (error) {
          // The numbers as text stay the fallback; a picture that cannot be drawn costs nothing else.
          this.logger.warn({ err: error }, 'a chart picture for Teams could not be made');
        }
      }
    }
    return assets;
  }
}

function base64Length(file: FileAttachment): number {
  const bytes = typeof file.content === 'string' ? Buffer.byteLength(file.content, 'utf8') : file.content.byteLength;
  return Math.ceil(bytes / 3) * 4;
}
