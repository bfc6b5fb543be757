import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import { DeliveryError } from '../../src/core/ports/platform-gateway.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';

let database: TestDatabase;
let core: KeinoCore;
/** Where Keino posts in Slack. */
const slack = new RecordingGateway('slack');
const channel: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'C-ACADEMY', kind: 'channel' };
const admin = {
  identity: { platform: 'slack' as const, tenantId: 'T1', userId: 'UADMIN' },
  loadProfile: async () => ({ name: 'Admin', email: 'admin@keino.fi' }),
};
const member = { identity: { platform: 'slack' as const, tenantId: 'T1', userId: 'UMEMBER' }, loadProfile: async () => ({ name: 'Member' }) };

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: ['admin@keino.fi'] });
  core.services.gateways.register(slack);
});
afterAll(async () => database?.drop());

const run = (caller: Caller, text: string, conversation = channel) => core.handleText({ caller, conversation, text, source: 'command' });

describe('linking network channels', () => {
  it('lets an admin make a channel the academy channel, once however often it is linked', async () => {
    expect(replyText(await run(admin, 'kanava liitä akatemia'))).toContain('akatemian ilmoitukset');
    // The channel hears it from Keino itself: proof that Keino can post there.
    expect(slack.to(channel).at(-1)!.text).toBe('Valmis: tämä kanava on nyt käytössä: akatemian ilmoitukset.');
    await run(admin, 'channel link academy');
    expect(await core.services.channels.channelsFor('academy')).toEqual([channel]);
  });

  it('in a channel Keino is not in and cannot join, says how to add Keino and links nothing', async () => {
    const secret: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'G-SECRET', kind: 'channel' };
    slack.failNext(new DeliveryError('Slack chat.postMessage failed: channel_not_found', { permanent: true, code: 'channel_not_found' }));
    expect(replyText(await run(admin, 'kanava liitä asiantuntijat salainen', secret))).toContain('/invite @Keino');
    expect(await core.services.channels.channelsFor('experts:salainen')).toHaveLength(0);
  });

  it('keeps experts channels per tag apart', async () => {
    await run(admin, 'kanava liitä asiantuntijat sote');
    expect(await core.services.channels.channelsFor('experts:sote')).toHaveLength(1);
    expect(await core.services.channels.channelsFor('experts')).toHaveLength(0);
  });

  it('refuses members and direct messages politely, writing nothing', async () => {
    expect(replyText(await run(member, 'kanava liitä asiantuntijat'))).toContain('vain seuraaville: ylläpitäjä');
    const dm: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'D1', kind: 'personal' };
    expect(replyText(await run(admin, 'kanava liitä asiantuntijat', dm))).toContain('ei yksityisviestissä');
    expect(await core.services.channels.channelsFor('experts')).toHaveLength(0);
  });

  it('unlinks, and says so when there was nothing to unlink', async () => {
    expect(replyText(await run(admin, 'channel unlink academy'))).toContain('ei ole enää käytössä');
    expect(replyText(await run(admin, 'channel unlink academy'))).toContain('Mitään ei muutettu');
    expect(await core.services.channels.channelsFor('academy')).toHaveLength(0);
  });
});
