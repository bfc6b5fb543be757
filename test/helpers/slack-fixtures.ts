import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/slack');

/** A fresh copy of a Slack payload fixture (test/fixtures/slack/<name>), free to change. */
export function slackFixture(name: string): any {
  return JSON.parse(readFileSync(path.join(folder, name), 'utf8'));
}
