import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousAccessibilityViolations } from '../helpers/browser.js';

/**
 * The browser harness itself: Debian's Chromium starts, and axe-core runs inside a page whose CSP
 * forbids inline script (as the dashboard's does) and tells a page with serious faults from one
 * without, so the dashboard's "no serious violation" can fail.
 */
const PAGES: Record<string, string> = {
  '/faulty': `<!doctype html><html><head><title>Faulty</title></head><body><main><h1>Faulty</h1>
    <img src="/chart.png"><form><input type="text"></form><button></button></main></body></html>`,
  '/clean': `<!doctype html><html lang="fi"><head><title>Siisti</title></head><body><main><h1>Siisti sivu</h1>
    <img src="/chart.png" alt="Kaavio"><form><label for="q">Kysymys</label><input id="q" type="text"></form>
    <button type="button">Lähetä</button></main></body></html>`,
};

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = PAGES[request.url ?? ''];
    response.writeHead(page ? 200 : 404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
    });
    response.end(page ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the browser harness', () => {
  it('finds the serious accessibility faults of a page under a strict CSP, and none on a clean one', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/faulty`);
    const faults = await seriousAccessibilityViolations(page);
    expect(faults.map((fault) => fault.id).sort()).toEqual(expect.arrayContaining(['button-name', 'html-has-lang', 'image-alt', 'label']));
    await page.goto(`${base}/clean`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // The page's own CSP still refuses inline script: axe ran without weakening it.
    await page.evaluate(`{
      const script = document.createElement('script');
      script.textContent = 'document.title = "inline ran"';
      document.body.append(script);
    }`);
    expect(await page.title()).toBe('Siisti');
    await page.close();
  });
});
