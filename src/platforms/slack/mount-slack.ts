import type { Express } from 'express';
import type { KeinoApp } from '../../app/keino-app.js';
import type { MountedPlatform } from '../../server/mounted-platform.js';

/** Mounts Slack at POST /slack/events when Slack credentials are set (filled in by the Slack adapter). */
export async function mountSlack(_app: KeinoApp, _http: Express): Promise<MountedPlatform | undefined> {
  return undefined;
}
