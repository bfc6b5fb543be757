import { eq, sql } from 'drizzle-orm';
import type { DownloadStore, StoredDownload } from '../../core/security/signed-links.js';
import type { Executor } from '../client.js';
import { downloads } from '../schema/index.js';

export class DrizzleDownloadStore implements DownloadStore {
  constructor(private readonly db: Executor) {}

  async save(file: StoredDownload): Promise<void> {
    await this.db
      .insert(downloads)
      .values(file)
      .onConflictDoUpdate({ target: downloads.id, set: { expiresAt: sql`greatest(${downloads.expiresAt}, excluded.expires_at)` } });
  }

  async get(id: string): Promise<StoredDownload | undefined> {
    const [row] = await this.db.select().from(downloads).where(eq(downloads.id, id));
    return row
      ? { id: row.id, ownerId: row.ownerId, filename: row.filename, mimeType: row.mimeType, content: row.content, expiresAt: row.expiresAt }
      : undefined;
  }
}
