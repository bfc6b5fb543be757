import type { Express } from 'express';
import type { CatalogueSection } from '../core/i18n/catalogue-types.js';
import type { PlatformCapabilities } from '../core/ports/platform-capabilities.js';
import type { MountedPlatform } from '../server/mounted-platform.js';
import type { KeinoApp } from './keino-app-type.js';

/**
 * Everything Keino needs to know about a chat platform, exported by the platform's own folder
 * (src/platforms/<platform>/<platform>-definition.ts) and registered in src/app/platforms.ts.
 * docs/adding-a-platform.md walks through one.
 */
export interface PlatformDefinition<Id extends string = string> {
  /** Its id in conversations, identities and the database: 'slack'. */
  readonly id: Id;
  /** What the core may count on, and its fallbacks where the platform lacks something. */
  readonly capabilities: PlatformCapabilities;
  /** Phrases only its adapter says, in fi, sv and en (the catalogue test checks them like the core's). */
  readonly phrases?: CatalogueSection;
  /** The HTTP route its requests arrive at; request ids, logs and metrics are labelled with the platform there. */
  readonly route?: string;
  /**
   * Mounts it on the HTTP server when it is configured (else undefined): its route, its gateway
   * for what Keino sends on its own, and start and stop. Loaded on call, so that the registry stays
   * light for code that only needs capabilities. The console has none: it is `npm start` without
   * chat credentials (src/main.ts).
   */
  readonly mount?: (app: KeinoApp, http: Express) => Promise<MountedPlatform | undefined>;
}
