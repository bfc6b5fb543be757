import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Conversation } from '../../src/core/commands/conversation.js';
import { heading, shared, text } from '../../src/core/messages/message.js';
import { DeliveryError, type PlatformGateway } from '../../src/core/ports/platform-gateway.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { cardText, cardsOf } from '../helpers/adaptive-card-text.js';
import { postActivity, teamsActivity } from '../helpers/teams-activities.js';
import { startTeamsTestServer, type TeamsTestServer } from '../helpers/teams-test-server.js';

const TENANT = '7e4a0000-0000-4000-8000-00000000c0de';
const BOT = '28:6b65696e-6f00-4b00-8000-000000000001';
const TEAM_CHANNEL = '19:keinoteam0000000000000000000000@thread.tacv2';
const CAROL = 'ca201000-0000-4000-8000-000000000003';
const DAN = 'da400000-0000-4000-8000-000000000004';
const channel: Conversation = { platform: 'teams', tenantId: TENANT, channelId: TEAM_CHANNEL, kind: 'channel' };

let keino: TeamsTestServer;
let gateway: PlatformGateway;

beforeAll(async () => {
  keino = await startTeamsTestServer();
  gateway = keino.app.core.services.gateways.get('teams')!;
  // Keino is installed in the team: the channel's reference is stored.
  const { status } = await postActivity(keino.server.port, teamsActivity('conversation-update-install', keino.connector.url));
  expect(status).toBe(200);
  // Carol has Keino installed (Teams opens a 1:1 chat only then); Dan has not.
  keino.connector.addMember({ id: CAROL, name: 'Carol Carlson', aadObjectId: CAROL });
  keino.connector.addMember({ id: DAN, name: 'Dan Dahl', aadObjectId: DAN }, { installed: false });
});
afterAll(async () => keino?.close());
beforeEach(() => keino.connector.clear());

const announcement = shared([heading('Akatemia alkaa'), text('Ensimmäinen tilaisuus on **torstaina**.')]);

describe('Keino writing in Teams on its own initiative', () => {
  it('posts an announcement into a channel it was installed in, and can edit it later', async () => {
    expect(gateway.platform).toBe('teams');
    const sent = await gateway.sendToConversation(channel, announcement);
    const [posted] = keino.connector.sentTo(TEAM_CHANNEL);
    expect(posted!.id).toBe(sent.messageId);
    expect(cardText(cardsOf(posted!.activity)[0])).toContain('Ensimmäinen tilaisuus on torstaina.');
    expect(posted!.activity.summary).toBe('Akatemia alkaa');

    await gateway.updateMessage(sent, shared([heading('Akatemia alkaa'), text('Siirretty perjantaille.')]));
    expect(keino.connector.updates).toHaveLength(1);
    expect(keino.connector.updates[0]).toMatchObject({ conversationId: TEAM_CHANNEL, activityId: sent.messageId });
    expect(cardText(cardsOf(keino.connector.updates[0]!.activity)[0])).toContain('Siirretty perjantaille.');
  });

  it('replies in a thread when the conversation names one', async () => {
    await gateway.sendToConversation({ ...channel, threadId: '1740990000456' }, announcement);
    expect(keino.connector.sent[0]!.conversationId).toBe(`${TEAM_CHANNEL};messageid=1740990000456`);
  });

  it('opens a personal chat for a person who has none yet, and uses it from then on', async () => {
    const identity = { platform: 'teams' as const, tenantId: TENANT, userId: CAROL };
    const first = await gateway.sendToPerson(identity, shared([text('Muistutus: tehtäväsi erääntyy huomenna.')]));
    expect(keino.connector.created).toHaveLength(1);
    expect(keino.connector.created[0]!.parameters).toMatchObject({
      isGroup: false,
      tenantId: TENANT,
      bot: { id: BOT },
      members: [{ id: CAROL }],
      channelData: { tenant: { id: TENANT } },
    });
    const chatId = keino.connector.created[0]!.id;
    expect(first.conversation).toMatchObject({ platform: 'teams', channelId: chatId, kind: 'personal' });
    expect(cardText(cardsOf(keino.connector.sentTo(chatId)[0]!.activity)[0])).toContain('tehtäväsi erääntyy huomenna');

    const [stored] = rowsOf<{ kind: string; user_id: string }>(
      await keino.database.db.execute(sql`select kind, user_id from teams_conversations where conversation_id = ${chatId}`),
    );
    expect(stored).toEqual({ kind: 'personal', user_id: CAROL });

    await gateway.sendToPerson(identity, shared([text('Toinen muistutus.')]));
    expect(keino.connector.created).toHaveLength(1);
    expect(keino.connector.sentTo(chatId)).toHaveLength(2);
  });

  it('cannot open a personal chat with someone who has not installed Keino: a permanent failure, not retried', async () => {
    const failure = await gateway
      .sendToPerson({ platform: 'teams', tenantId: TENANT, userId: DAN }, shared([text('Muistutus')]))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeliveryError);
    expect((failure as DeliveryError).permanent).toBe(true);
    expect((failure as DeliveryError).options.status).toBe(403);
    expect(keino.connector.created).toHaveLength(0);
  });

  it('gives up on a conversation it does not know, for good', async () => {
    const error = await gateway.sendToConversation({ ...channel, channelId: '19:unknown@thread.tacv2' }, announcement).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).permanent).toBe(true);
    expect(keino.connector.sent).toEqual([]);
  });

  it('reports Teams throttling (429) with the wait Teams asked for, after the SDK has retried', async () => {
    keino.connector.failNext(4, { status: 429, retryAfterSeconds: 1 });
    const error = await gateway.sendToConversation(channel, announcement).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ retryAfterMs: 1000, permanent: false });
    expect((error as DeliveryError).options.status).toBe(429);
    expect(keino.connector.sent).toEqual([]);

    // Teams answers again: the next send goes through.
    await gateway.sendToConversation(channel, announcement);
    expect(keino.connector.sentTo(TEAM_CHANNEL)).toHaveLength(1);
  });

  it('forgets a channel Keino was removed from (403) and does not retry it', async () => {
    keino.connector.failNext(1, { status: 403, code: 'BotNotInConversationRoster' });
    const error = await gateway.sendToConversation(channel, announcement).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ permanent: true });
    expect((error as DeliveryError).options).toMatchObject({ status: 403, code: 'BotNotInConversationRoster' });
    const rows = rowsOf(await keino.database.db.execute(sql`select 1 from teams_conversations where conversation_id = ${TEAM_CHANNEL}`));
    expect(rows).toEqual([]);
  });
});
