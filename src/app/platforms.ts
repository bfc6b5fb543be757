import type { PlatformLimits } from '../core/delivery/pacer.js';
import type { Platform } from '../core/people/person.js';
import type { PlatformCapabilitiesById } from '../core/ports/platform-capabilities.js';
import { consolePlatform } from '../platforms/console/console-definition.js';
import { slackPlatform } from '../platforms/slack/slack-definition.js';
import { teamsPlatform } from '../platforms/teams/teams-definition.js';
import type { PlatformDefinition } from './platform-definition.js';

/**
 * The one list of the platforms Keino serves. A new platform is its folder in src/platforms and
 * one line here (docs/adding-a-platform.md): the `Platform` type, the database's platform
 * columns, the server's mounts and metrics labels and the capabilities the core reads all follow
 * from this list.
 */
export const PLATFORMS = [slackPlatform, teamsPlatform, consolePlatform] as const satisfies readonly PlatformDefinition[];

type RegisteredId = (typeof PLATFORMS)[number]['id'];

declare module '../core/people/person.js' {
  /** The ids of {@link PLATFORMS}: this is what makes `Platform` exactly 'slack' | 'teams' | 'console'. */
  interface RegisteredPlatforms extends Record<RegisteredId, true> {}
}

function byId<T>(value: (definition: (typeof PLATFORMS)[number]) => T): Readonly<Record<Platform, T>> {
  return Object.fromEntries(PLATFORMS.map((definition) => [definition.id, value(definition)])) as Record<Platform, T>;
}

/** What the core may count on of each platform (src/core/ports/platform-capabilities.ts). */
export const PLATFORM_CAPABILITIES: PlatformCapabilitiesById = byId((definition) => definition.capabilities);

/** Each platform's send limits, for the pacer. */
export const PLATFORM_SEND_LIMITS: Readonly<Record<Platform, PlatformLimits>> = byId((definition) => definition.capabilities.sendLimits);

/** Which platform a request is for, by its route: request ids, logs and metrics are labelled with it. */
export const PLATFORM_ROUTES: ReadonlyMap<string, Platform> = new Map(
  PLATFORMS.flatMap((definition) => ('route' in definition && definition.route ? [[definition.route, definition.id] as const] : [])),
);
