import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { settings } from '../schema/index.js';

const SECRET = 'keino_secret';

/**
 * The key that signs button values and sign-in links: KEINO_SECRET when set, else one generated on
 * the first start and kept in the database, so the embedded default needs no set-up and every
 * instance on the same database signs alike. Two instances starting at once keep the first one's.
 */
export async function loadSecret(db: Executor, configured?: string): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  await db
    .insert(settings)
    .values({ name: SECRET, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.name, SECRET));
  if (!row) throw new Error('the signing secret could not be stored');
  return Buffer.from(row.value, 'base64url');
}
