import postgres from 'postgres';
import { TEST_DATABASE_URL } from './helpers/test-database.js';

/** One clear line instead of a wall of connection errors when no PostgreSQL answers. */
export default async function checkPostgres(): Promise<void> {
  const client = postgres(TEST_DATABASE_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await client`select 1`;
  } catch (error) {
    const where = new URL(TEST_DATABASE_URL);
    throw new Error(
      `Keino's tests need PostgreSQL at ${where.host} (user ${where.username || 'postgres'}) and none answered (${(error as Error).message}). ` +
        `Start one (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), or set TEST_DATABASE_URL.`,
    );
  } finally {
    await client.end({ timeout: 1 });
  }
}
