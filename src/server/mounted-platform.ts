import type { Platform } from '../core/people/person.js';
import type { PlatformGateway } from '../core/ports/platform-gateway.js';

/** What an adapter returns when mounted on the HTTP server. */
export interface MountedPlatform {
  platform: Platform;
  gateway: PlatformGateway;
  /** Called once the server listens (Socket Mode connects here). */
  start?(): Promise<void>;
  stop?(): Promise<void>;
}
