import { CommandRegistry } from '../core/commands/registry.js';
import { registerCoreCommands } from '../core/commands/core-commands.js';
import { PeopleService } from '../core/people/people-service.js';
import { PlatformGateways } from '../core/ports/platform-gateway.js';
import type { KeinoServices } from '../core/services.js';
import type { KeinoConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { DrizzleAuditLog } from '../db/stores/audit-log-store.js';
import { AcademyService } from '../core/academy/academy-service.js';
import { registerAcademy } from '../core/academy/academy-commands.js';
import { DrizzleAcademyStore } from '../db/stores/academy-store.js';
import { DrizzleChannelLinkStore } from '../db/stores/channel-link-store.js';
import { registerChannelCommands } from '../core/channels/channel-commands.js';
import { DrizzlePeopleStore } from '../db/stores/people-store.js';

/** Stores over Drizzle → domain services → the registry of every command. */
export function buildServices(db: Database, config: Pick<KeinoConfig, 'admins'>): KeinoServices {
  const registry = new CommandRegistry();
  const services: KeinoServices = {
    people: new PeopleService(new DrizzlePeopleStore(db), { admins: config.admins }),
    audit: new DrizzleAuditLog(db),
    channels: new DrizzleChannelLinkStore(db),
    commands: registry,
    gateways: new PlatformGateways(),
    academy: new AcademyService(new DrizzleAcademyStore(db), new DrizzlePeopleStore(db)),
  };
  registerCoreCommands(registry);
  registerChannelCommands(registry);
  registerAcademy(registry);
  return services;
}
