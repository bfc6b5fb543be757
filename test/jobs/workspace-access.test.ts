import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServices } from '../../src/app/build-services.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import { personal, text } from '../../src/core/messages/message.js';
import type { PlatformIdentity } from '../../src/core/people/person.js';
import { silentLogger, type Logger } from '../../src/core/ports/logger.js';
import { DeliveryError } from '../../src/core/ports/platform-gateway.js';
import type { KeinoServices } from '../../src/core/services.js';
import { accessGuardedGateway } from '../../src/core/workspace-access/access-guarded-gateway.js';
import { platformIdentities } from '../../src/db/schema/people.js';
import { DrizzlePeopleStore } from '../../src/db/stores/people-store.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The core's side of a lost workspace, with recording gateways: what is refused before any
 * platform is called, where a person is reached instead, and the log when no admin can be told.
 */
let database: TestDatabase;
let services: KeinoServices;
const slack = new RecordingGateway('slack');
const teams = new RecordingGateway('teams');
const warnings: string[] = [];
const logger: Logger = { ...silentLogger, warn: (_object, message) => warnings.push(message ?? '') };
const now = new Date('2027-03-15T08:00:00Z');
const lostAt = new Date('2027-03-15T07:59:00Z');
const hello = personal([text('Hei')]);
let slackOnly: number;
let both: number;

beforeAll(async () => {
  database = await createTestDatabase();
  services = buildServices(database.db, { admins: [] }, { clock: () => now, logger }).services;
  services.gateways.register(accessGuardedGateway(slack, services.workspaceAccess));
  services.gateways.register(accessGuardedGateway(teams, services.workspaceAccess));
  const people = new DrizzlePeopleStore(database.db);
  slackOnly = (await people.registerNewcomer({ platform: 'slack', tenantId: 'T1', userId: 'U1' }, { name: 'Sanna' })).person.id;
  both = (await people.registerNewcomer({ platform: 'slack', tenantId: 'T1', userId: 'U2' }, { name: 'Tuomas' })).person.id;
  await database.db
    .insert(platformIdentities)
    .values({ personId: both, platform: 'teams', tenantId: 'tenant-1', userId: '29:tuomas', lastSeenAt: new Date('2020-01-01T00:00:00Z') });
}, 30_000);

afterAll(async () => {
  await database?.drop();
});

describe('a lost workspace', () => {
  it('is recorded once, and with no admin to tell it is said in the log', async () => {
    expect(await services.workspaceAccess.lose({ platform: 'slack', tenantId: 'T1', reason: 'uninstalled', lostAt })).toBe(true);
    expect(await services.workspaceAccess.lose({ platform: 'slack', tenantId: 'T1', reason: 'tokens_revoked', lostAt: now })).toBe(false);
    expect(warnings).toEqual(['Keino lost its access to a workspace and there is no network admin to tell']);
    expect(await services.jobs.overview()).toMatchObject({ counts: { pending: 0 } });
  });

  it('fails a send to someone who is only there at once and for good, calling no platform', async () => {
    const refused = await services.delivery.sendToPerson(slackOnly, hello, { hours: 'scheduled' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DeliveryError);
    expect(refused).toMatchObject({ permanent: true, options: { code: 'access_lost' } });
    expect(slack.attempts).toEqual([]);
  });

  it('reaches someone who uses another platform as well there, though they used Slack last', async () => {
    const delivered = await services.delivery.sendToPerson(both, hello);
    expect(delivered.platform).toBe('teams');
    expect(slack.attempts).toEqual([]);
    expect(teams.sent.map((send) => send.text)).toEqual(['Hei']);
  });

  it('refuses posts, edits and channel upkeep there, and leaves other workspaces alone', async () => {
    const channel: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'C1', kind: 'channel' };
    const elsewhere: Conversation = { platform: 'slack', tenantId: 'T2', channelId: 'C2', kind: 'channel' };
    await expect(services.delivery.sendToConversation(channel, hello)).rejects.toMatchObject({ options: { code: 'access_lost' } });
    await expect(services.delivery.updateSent({ platform: 'slack', conversation: channel, messageId: '1.2' }, hello)).rejects.toMatchObject({
      options: { code: 'access_lost' },
    });
    const gateway = services.gateways.get('slack')!;
    await expect(gateway.sendToConversation(channel, hello)).rejects.toMatchObject({ options: { code: 'access_lost' } });
    expect(slack.attempts).toEqual([]);
    expect(slack.updates).toEqual([]);

    await services.delivery.sendToConversation(elsewhere, hello);
    expect(slack.sent.map((send) => send.conversation.tenantId)).toEqual(['T2']);
  });

  it('takes sends again once Keino is back, but not for a sign from before the loss', async () => {
    expect(await services.workspaceAccess.restore({ platform: 'slack', tenantId: 'T1' }, new Date('2027-03-15T07:00:00Z'))).toBe(false);
    expect(await services.workspaceAccess.lostAccess('slack', 'T1')).toMatchObject({ reason: 'uninstalled' });
    expect(await services.workspaceAccess.restore({ platform: 'slack', tenantId: 'T1' })).toBe(true);
    const identity: PlatformIdentity = { platform: 'slack', tenantId: 'T1', userId: 'U1' };
    expect(await services.workspaceAccess.lostAccess(identity.platform, identity.tenantId)).toBeUndefined();
    await services.delivery.sendToPerson(slackOnly, hello);
    expect(slack.sent.map((send) => send.identity?.userId)).toEqual([undefined, 'U1']);
  });
});
