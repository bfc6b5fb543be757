import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { createTestApp } from '../helpers/test-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * Signed, short-lived download links through the real server: a good link serves its file; an
 * altered signature, id or expiry, a made-up token and an expired link are refused, and the
 * daily retention deletes what has expired.
 */
const PUBLIC_URL = 'https://keino.example.fi';
let now = new Date('2026-12-03T12:00:00Z');
let database: TestDatabase;
let app: KeinoApp;
let server: RunningServer;

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database.url, { config: { publicUrl: PUBLIC_URL }, clock: () => now });
  server = await startServer(app, { port: 0 });
});
afterAll(async () => {
  await server?.close();
  await app?.close();
  await database?.drop();
});

const local = (url: string) => url.replace(PUBLIC_URL, `http://127.0.0.1:${server.port}`);
const csv = { filename: 'kyselyn tulokset.csv', mimeType: 'text/csv', content: Buffer.from('\uFEFFvaihtoehto;ääniä\nKyllä;12\n', 'utf8') };

describe('signed download links', () => {
  it('serve the file under KEINO_PUBLIC_URL as a download, kept by no cache', async () => {
    const link = await app.core.services.downloads.create(csv, { lifetimeMs: 60 * 60 * 1000 });
    expect(link.url).toMatch(/^https:\/\/keino\.example\.fi\/files\/[A-Za-z0-9_-]+\.[0-9a-z]+\.[A-Za-z0-9_-]{22}\/kyselyn%20tulokset\.csv$/);
    const response = await fetch(local(link.url!));
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(csv.content);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''kyselyn%20tulokset.csv");
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // The file name in the address is only a name: the token alone finds the file.
    expect((await fetch(local(link.url!).replace(/\/[^/]+$/, '/other.exe'))).status).toBe(200);
  });

  it('refuse an altered signature, id or expiry, a made-up token and a sealed button value', async () => {
    const link = await app.core.services.downloads.create(csv, { lifetimeMs: 60 * 60 * 1000 });
    const [id, expiry, mac] = link.token.split('.') as [string, string, string];
    const base = `http://127.0.0.1:${server.port}/files`;
    const flip = (value: string) => value.slice(0, -1) + (value.endsWith('A') ? 'B' : 'A');
    const later = (Number.parseInt(expiry, 36) + 365 * 24 * 3600).toString(36);
    const other = await app.core.services.downloads.create({ ...csv, filename: 'toinen.csv' }, { lifetimeMs: 60 * 60 * 1000 });
    const [otherId] = other.token.split('.') as [string];
    const sealed = await app.core.services.seal.seal('x', id, 'c|teams|t|c');
    for (const token of [
      `${id}.${expiry}.${flip(mac)}`,
      `${id}.${later}.${mac}`,
      `${otherId}.${expiry}.${mac}`,
      `${id}.${expiry}`,
      `${id}.${expiry}.${mac}.extra`,
      'AAAAAAAAAAAAAAAAAAAAAAAA.zzzzzz.AAAAAAAAAAAAAAAAAAAAAA',
      encodeURIComponent(sealed),
      '..%2F..%2Fetc%2Fpasswd',
    ]) {
      const response = await fetch(`${base}/${token}/x.csv`);
      expect(response.status, token).toBe(404);
      expect(await response.text()).toBe('Not found');
    }
    expect((await fetch(`${base}/${link.token}/x.csv`)).status).toBe(200);
  });

  it('refuse a link past its time with 410, and the retention job deletes the file', async () => {
    const link = await app.core.services.downloads.create(csv, { lifetimeMs: 60 * 1000 });
    expect((await fetch(local(link.url!))).status).toBe(200);
    const before = now;
    now = new Date(before.getTime() + 61 * 1000);
    try {
      const response = await fetch(local(link.url!));
      expect(response.status).toBe(410);
      expect(await response.text()).toMatch(/expired.*vanhentunut/);
      await app.core.services.retention.runNow();
      const [id] = link.token.split('.');
      const rows = rowsOf(await database.db.execute(sql`select id from downloads where id = ${id}`));
      expect(rows).toEqual([]);
    } finally {
      now = before;
    }
  });

  it('keep one copy of the same picture, its expiry moved on', async () => {
    const png = { filename: 'kaavio.png', mimeType: 'image/png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) };
    const first = await app.core.services.downloads.create(png, { lifetimeMs: 60 * 1000, contentKey: 'chart-0123456789abcdef' });
    const second = await app.core.services.downloads.create(png, { lifetimeMs: 3600 * 1000, contentKey: 'chart-0123456789abcdef' });
    expect(first.token).not.toBe(second.token);
    const rows = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from downloads where id = 'chart-0123456789abcdef'`));
    expect(rows[0]!.n).toBe(1);
    const response = await fetch(local(second.url!));
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(/^inline;/);
  });

  it('give no address without KEINO_PUBLIC_URL', async () => {
    const { SignedLinks } = await import('../../src/core/security/signed-links.js');
    const saved: unknown[] = [];
    const links = new SignedLinks(
      { save: async (file) => void saved.push(file), get: async () => undefined },
      async () => Buffer.alloc(32, 1),
      () => now,
    );
    const link = await links.create(csv, { lifetimeMs: 1000 });
    expect(link.url).toBeUndefined();
    expect(links.linksAvailable).toBe(false);
    expect(saved).toHaveLength(1);
  });
});
