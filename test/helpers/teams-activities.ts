import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/teams');

export type TeamsFixture =
  | 'message-personal'
  | 'message-channel-mention'
  | 'invoke-adaptive-card-action'
  | 'conversation-update-install'
  | 'invoke-compose-query'
  | 'invoke-compose-fetch-task'
  | 'invoke-compose-submit-action'
  | 'invoke-file-consent';
export type ActivityJson = Record<string, any>;

let sequence = 0;

/**
 * A Teams activity from the fixtures, pointed at the fake connector, with a fresh id and any
 * changes applied (objects are merged one level deep: `from`, `conversation`, `value` …).
 */
export function teamsActivity(fixture: TeamsFixture, serviceUrl: string, changes: ActivityJson = {}): ActivityJson {
  const activity = JSON.parse(readFileSync(path.join(fixtures, `${fixture}.json`), 'utf8')) as ActivityJson;
  activity.serviceUrl = serviceUrl;
  activity.id = `${activity.id}-${++sequence}`;
  activity.timestamp = new Date().toISOString();
  for (const [key, value] of Object.entries(changes)) {
    activity[key] = isPlainObject(value) && isPlainObject(activity[key]) ? { ...activity[key], ...value } : value;
  }
  return activity;
}

/** Posts an activity to Keino's /api/messages as Teams does; returns the status and the JSON body (an invoke response), if any. */
export async function postActivity(
  port: number,
  activity: ActivityJson,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: ActivityJson | undefined }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  const text = await response.text();
  return { status: response.status, body: text && isJson ? (JSON.parse(text) as ActivityJson) : undefined };
}

function isPlainObject(value: unknown): value is ActivityJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
