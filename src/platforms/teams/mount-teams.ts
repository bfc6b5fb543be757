import type { Express } from 'express';
import type { KeinoApp } from '../../app/keino-app.js';
import type { MountedPlatform } from '../../server/mounted-platform.js';

/** Mounts Teams at POST /api/messages (filled in by the Teams adapter). */
export async function mountTeams(_app: KeinoApp, _http: Express): Promise<MountedPlatform | undefined> {
  return undefined;
}
