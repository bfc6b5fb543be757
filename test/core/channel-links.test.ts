import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';

let database: TestDatabase;
let core: KeinoCore;
const channel: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'C-ACADEMY', kind: 'channel' };
const admin = { identity: { platform: 'slack' as const, tenantId: 'T1', userId: 'UADMIN' }, loadProfile: async () => ({ name: 'Admin', email: 'admin@keino.fi' }) };
const member = { identity: { platform: 'slack' as const, tenantId: 'T1', userId: 'UMEMBER' }, loadProfile: async () => ({ name: 'Member' }) };

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: ['admin@keino.fi'] });
});
afterAll(async () => database?.drop());

const run = (caller: Caller, text: string, conversation = channel) => core.handleText({ caller, conversation, text, source: 'command' });

describe('linking network channels', () => {
  it('lets an admin make a channel the academy channel, once however often it is linked', async () => {
    expect(replyText(await run(admin, 'kanava liitä akatemia'))).toContain('akatemian ilmoitukset');
    await run(admin, 'channel link academy');
    expect(await core.services.channels.channelsFor('academy')).toEqual([channel]);
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
