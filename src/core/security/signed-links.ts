import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived download links to files Keino keeps for a while: a CSV too large for a chat
 * message, a chart's picture for a client that draws no chart, a file waiting for a person's
 * consent. One small mechanism for every platform and the web:
 *
 *   <KEINO_PUBLIC_URL>/files/<id>.<expiry>.<mac>/<file name>
 *
 * The mac is 128 bits of HMAC-SHA256 over (id, expiry) with a key derived from Keino's secret
 * (apart from the buttons' seal). A link is believed only if its mac verifies and its expiry has
 * not passed; the stored row's own expiry is checked too. An altered id or expiry, a made-up
 * token and an expired link are all refused before the file is read.
 */

export interface StoredDownload {
  id: string;
  /** The person the file is for, when it is theirs alone; null for what anyone with the link may see. */
  ownerId: number | null;
  filename: string;
  mimeType: string;
  content: Uint8Array;
  expiresAt: Date;
}

/** The port to the table (src/db/stores/download-store.ts). */
export interface DownloadStore {
  /** Saves the file; the same id saved again (the same chart) keeps the later expiry. */
  save(file: StoredDownload): Promise<void>;
  get(id: string): Promise<StoredDownload | undefined>;
}

export type LinkRefusal = 'invalid' | 'expired' | 'gone';

export class LinkRefused extends Error {
  constructor(readonly reason: LinkRefusal) {
    super(`download link refused: ${reason}`);
    this.name = 'LinkRefused';
  }
}

export interface FileToServe {
  filename: string;
  mimeType: string;
  content: Uint8Array;
}

export interface SignedDownload {
  /** The token: what the link and a file-consent context carry. */
  token: string;
  /** The address under KEINO_PUBLIC_URL; undefined when Keino has no public address. */
  url?: string;
  expiresAt: Date;
}

const MAC_LENGTH = 22;
const ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
export const DOWNLOAD_PATH = '/files';

export class SignedLinks {
  private key?: Promise<Buffer>;

  constructor(
    private readonly store: DownloadStore,
    private readonly loadSecret: () => Promise<Buffer>,
    private readonly clock: () => Date,
    private readonly publicUrl?: string,
  ) {}

  /** True when links can be given out (KEINO_PUBLIC_URL is set). */
  get linksAvailable(): boolean {
    return this.publicUrl !== undefined;
  }

  /**
   * Keeps the file for `lifetimeMs` and signs a token for it. `contentKey`: a content hash, so the
   * same picture is stored once (its expiry moves on); otherwise a random id.
   */
  async create(file: FileToServe, options: { lifetimeMs: number; ownerId?: number | null; contentKey?: string }): Promise<SignedDownload> {
    const id = options.contentKey ? options.contentKey.slice(0, 64) : randomBytes(18).toString('base64url');
    const expiresAt = new Date(this.clock().getTime() + options.lifetimeMs);
    await this.store.save({ id, ownerId: options.ownerId ?? null, filename: file.filename, mimeType: file.mimeType, content: file.content, expiresAt });
    const token = await this.sign(id, expiresAt);
    return {
      token,
      expiresAt,
      ...(this.publicUrl ? { url: `${this.publicUrl}${DOWNLOAD_PATH}/${token}/${encodeURIComponent(safeName(file.filename))}` } : {}),
    };
  }

  /** The file behind a token, once its signature and expiry hold; throws LinkRefused otherwise. */
  async open(token: string): Promise<StoredDownload> {
    const [id, expiry, given, ...rest] = token.split('.');
    if (!id || !expiry || !given || rest.length > 0 || !ID_PATTERN.test(id) || !/^[0-9a-z]{1,10}$/.test(expiry) || given.length !== MAC_LENGTH) {
      throw new LinkRefused('invalid');
    }
    const expected = Buffer.from(mac(await this.secret(), id, expiry));
    const actual = Buffer.from(given);
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) throw new LinkRefused('invalid');
    const now = this.clock().getTime();
    if (Number.parseInt(expiry, 36) * 1000 <= now) throw new LinkRefused('expired');
    const file = await this.store.get(id);
    if (!file) throw new LinkRefused('gone');
    if (file.expiresAt.getTime() <= now) throw new LinkRefused('expired');
    return file;
  }

  private async sign(id: string, expiresAt: Date): Promise<string> {
    const expiry = Math.floor(expiresAt.getTime() / 1000).toString(36);
    return `${id}.${expiry}.${mac(await this.secret(), id, expiry)}`;
  }

  private secret(): Promise<Buffer> {
    // A key of its own, derived from Keino's secret: a sealed button value is never a valid link.
    this.key ??= this.loadSecret().then((secret) => createHmac('sha256', secret).update('keino download links v1').digest());
    this.key.catch(() => (this.key = undefined));
    return this.key;
  }
}

function mac(key: Buffer, id: string, expiry: string): string {
  return createHmac('sha256', key).update(`${id}|${expiry}`).digest('base64url').slice(0, MAC_LENGTH);
}

/** A file name fit for a URL's last segment and a Content-Disposition header. */
export function safeName(filename: string): string {
  const cleaned = filename
    .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
    .replace(/^[.\s]+/, '')
    .slice(0, 120);
  return cleaned || 'keino-file';
}
