import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import { localDateOf } from '../../src/core/time/local-time.js';
import { renderForConsole } from '../../src/platforms/console/console-renderer.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { launchBrowser, screenshotAtWidths, seriousAccessibilityViolations, VIEWPORTS } from '../helpers/browser.js';
import { seedNetwork, SMALL_NETWORK, type SeededNetwork, type SeededPerson } from '../helpers/network-seed.js';
import { createTestApp } from '../helpers/test-app.js';
import { consoleCaller, consoleConversation } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The dashboard in a real browser (Debian's Chromium): sign in through the link of a console
 * reply, the overview, on to an organisation, a table downloaded as CSV and read as Finnish Excel
 * would, every page looked at on a laptop and a phone (screenshots in test-output/screenshots)
 * and checked by axe-core, signing out, the used link refused, and a coordinator refused another
 * organisation's page. The server serves http on this machine (KEINO_PUBLIC_URL on 127.0.0.1).
 */
let database: TestDatabase;
let app: KeinoApp;
let server: RunningServer;
let browser: Browser;
let network: SeededNetwork;
let base: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  app = await createTestApp(database.url, { config: { publicUrl: base } });
  network = await seedNetwork(database.db, app.core.services.interventions, SMALL_NETWORK, localDateOf(new Date(), 'Europe/Helsinki'));
  server = await startServer(app, { port });
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await app?.close();
  await database?.drop();
});

/** The sign-in link as the console shows it to the person who typed `dashboard`. */
async function linkFromConsole(person: SeededPerson): Promise<string> {
  const reply = await app.core.handleText({
    caller: consoleCaller(person.consoleUserId),
    conversation: consoleConversation,
    text: 'dashboard',
    source: 'message',
  });
  const shown = renderForConsole(reply).text;
  const link = new RegExp(`${base.replace(/[.]/g, '\\.')}/dashboard/login/[A-Za-z0-9_-]+`).exec(shown)?.[0];
  if (!link) throw new Error(`no sign-in link in the console reply:\n${shown}`);
  return link;
}

async function newVisitor(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
  return { context, page: await context.newPage() };
}

/** Screenshots at both widths and axe-core's serious findings at both (the layout changes, the contrast may too). */
async function lookAt(page: Page, name: string): Promise<void> {
  await screenshotAtWidths(page, name);
  for (const size of Object.values(VIEWPORTS)) {
    await page.setViewportSize(size);
    const violations = await seriousAccessibilityViolations(page);
    expect(violations, `${name} at ${size.width} px`).toEqual([]);
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

describe('the dashboard in a browser', () => {
  it('signs an admin in from a console link, follows to an organisation, downloads its CSV, signs out, and refuses the used link', async () => {
    const { admin } = network;
    const other = network.organisations[1]!;
    const link = await linkFromConsole(admin);
    const { context, page } = await newVisitor();
    try {
      const signIn = await page.goto(link);
      expect(signIn?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/dashboard');
      const cookie = (await context.cookies()).find((one) => one.name === 'keino_dashboard');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/dashboard' });
      await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
      // The overview: every organisation of the network in its table, each a link.
      const organisationLinks = page.locator('a[href^="/dashboard/organisations/"]');
      expect(await organisationLinks.count()).toBeGreaterThanOrEqual(network.organisations.length);
      await lookAt(page, 'overview-admin');

      await page.locator(`a[href="/dashboard/organisations/${other.id}"]`).first().click();
      await page.waitForURL(`${base}/dashboard/organisations/${other.id}`);
      expect(await page.locator('h1').textContent()).toContain(other.name);
      await lookAt(page, 'organisation-admin');

      // A table of the organisation's page, downloaded as the browser saves it.
      const table = page.locator('section').first();
      const [download] = await Promise.all([page.waitForEvent('download'), table.locator('a[download]').click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const bytes = readFileSync((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parse(bytes.subarray(3).toString('utf8'), { delimiter: ';' }) as string[][];
      const headers = await table.locator('thead th').allTextContents();
      expect(rows[0]).toEqual(headers);
      const shownRows = await table.locator('tbody tr').count();
      expect(rows.length - 1).toBe(shownRows);
      expect(rows.length).toBeGreaterThan(1);

      for (const [name, path] of [
        ['organisations', '/dashboard/organisations'],
        ['groups', '/dashboard/groups'],
        ['academy', '/dashboard/academy'],
        ['faq', '/dashboard/faq'],
        ['polls', '/dashboard/polls'],
      ] as const) {
        await page.locator(`header nav a[href="${path}"]`).click();
        await page.waitForURL(`${base}${path}`);
        expect(await page.locator('table').count(), name).toBeGreaterThan(0);
        await lookAt(page, `${name}-admin`);
      }

      await page.locator('form[action="/dashboard/logout"] button').click();
      await page.waitForLoadState();
      expect((await context.cookies()).find((one) => one.name === 'keino_dashboard')).toBeUndefined();
      expect((await page.goto(`${base}/dashboard`))?.status()).toBe(401);

      // The link was used once: it opens nothing again.
      const again = await page.goto(link);
      expect(again?.status()).toBe(404);
      expect((await context.cookies()).find((one) => one.name === 'keino_dashboard')).toBeUndefined();
      expect((await page.goto(`${base}/dashboard`))?.status()).toBe(401);
    } finally {
      await context.close();
    }
  }, 300_000);

  it("shows a coordinator their own organisation and refuses another organisation's page", async () => {
    const [coordinator, otherCoordinator] = network.coordinators;
    const { context, page } = await newVisitor();
    try {
      await page.goto(await linkFromConsole(coordinator));
      expect(new URL(page.url()).pathname).toBe('/dashboard');
      await lookAt(page, 'overview-coordinator');
      const own = await page.goto(`${base}/dashboard/organisations/${coordinator.organisationId}`);
      expect(own?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toContain(coordinator.organisationName);

      const foreign = await page.goto(`${base}/dashboard/organisations/${otherCoordinator.organisationId}`);
      expect([403, 404]).toContain(foreign?.status());
      expect(await page.content()).not.toContain(otherCoordinator.organisationName);
      await lookAt(page, 'refused-coordinator');
      // Nor through the admin's filter or its CSV.
      const filtered = await page.goto(`${base}/dashboard?org=${otherCoordinator.organisationId}`);
      expect([403, 404]).toContain(filtered?.status());
      const csv = await context.request.get(`${base}/dashboard/organisations/${otherCoordinator.organisationId}/tables/overdue.csv`);
      expect([403, 404]).toContain(csv.status());
    } finally {
      await context.close();
    }
  }, 300_000);
});
