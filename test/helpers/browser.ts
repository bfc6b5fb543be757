import { mkdirSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repositoryRoot } from './run-keino.js';

/**
 * A real browser for the dashboard's tests: Debian's Chromium (`apt-get install chromium`, as
 * .ci/run does) driven by playwright-core, which downloads nothing. Playwright starts it headless
 * with a fresh profile of its own in a temporary folder; the flags keep it off the network
 * (background updates, sync, QUIC), which this machine's closed network refuses anyway.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Widths the pages are looked at: a laptop and a phone (iPhone 12-15 CSS width). */
export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

/** Where screenshots go: git-ignored, kept after the run for a person to look at. */
export const SCREENSHOT_DIR = path.join(repositoryRoot, 'test-output', 'screenshots');

/** A full-page screenshot of what the page shows now, at each width; returns the files written. */
export async function screenshotAtWidths(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  const files: string[] = [];
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    const file = path.join(SCREENSHOT_DIR, `${name}-${label}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  if (original) await page.setViewportSize(original);
  return files;
}

export interface AccessibilityViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

/**
 * axe-core's check of the page as it is, run inside the page; the violations of serious or
 * critical impact. The script is evaluated through the DevTools protocol, not added as a
 * <script>, so the dashboard's CSP (no inline script) stays in force for the page itself.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  await page.evaluate(axe.source);
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };
  // A string, run in the page: this project's type check knows Node's globals, not the DOM's.
  const violations: AccessibilityViolation[] = await page.evaluate(`window.axe.run(document, ${JSON.stringify(options)}).then((result) =>
    result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    })))`);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
