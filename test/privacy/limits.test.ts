import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeinoApp } from '../../src/app/keino-app.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Caller } from '../../src/core/keino.js';
import { ChannelGateway } from '../groups/channel-gateway.js';
import { sql } from 'drizzle-orm';
import { ImportRejected } from '../../src/core/interventions/intervention-service.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { translator } from '../../src/core/i18n/translator.js';
import { reportFigure, sized } from '../helpers/figures.js';
import { generatedPlan } from '../helpers/generated-plan.js';
import { createTestApp } from '../helpers/test-app.js';
import { replyText } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * Limits on what one person can make Keino do: 30 commands and clicks a minute (the 31st is asked
 * politely to wait, in the person's language, and nothing runs), one welcome a person, group
 * and day however often they join and leave, and imports of at most 10,000 rows, written set by set.
 */
const SECTION = 'Limits';
let database: TestDatabase;
let app: KeinoApp;
let now = new Date('2026-06-01T09:00:00Z');
let slack: ChannelGateway;
const TEAM = 'T-LIMITS';
const caller = (userId: string, email?: string): Caller => ({
  identity: { platform: 'slack', tenantId: TEAM, userId },
  loadProfile: async () => ({ name: userId, email }),
});
const dm = (userId: string): Conversation => ({ platform: 'slack', tenantId: TEAM, channelId: `D-${userId}`, kind: 'personal' });
const say = async (who: Caller, text: string) =>
  replyText(await app.core.handleText({ caller: who, conversation: dm(who.identity.userId), text, source: 'command' }));

beforeAll(async () => {
  database = await createTestDatabase();
  app = await createTestApp(database.url, {
    config: { admins: ['admin@keino.fi'], limits: { perPersonPerMinute: 30, perOrganisationPerMinute: 600 } },
    clock: () => now,
  });
  slack = new ChannelGateway('slack', { channels: true });
  app.core.services.gateways.register(slack);
}, 60_000);
afterAll(async () => {
  await app?.close();
  await database?.drop();
});

describe('per-person limits', () => {
  it('the 31st command in a minute gets a polite reply and runs nothing; others are not held up; the allowance comes back', async () => {
    const busy = caller('UBUSY');
    const replies: string[] = [];
    for (let index = 0; index < 31; index++) replies.push(await say(busy, index % 2 ? 'kuka' : 'kieli fi'));
    const refused = replies.filter((reply) => reply.startsWith('Hetkinen'));
    reportFigure(SECTION, 'commands answered of 31 in a minute (the 31st refused politely)', `${replies.length - refused.length} of 31`, refused.length === 1);
    expect(refused).toEqual([replies[30]]);
    expect(replies[30]).toMatch(
      /^Hetkinen: olet lähettänyt Keinolle paljon pyyntöjä lyhyessä ajassa\. Mitään ei tehty; yritä uudelleen \d+ sekunnin päästä\.$/,
    );
    // Past the limit, a change is refused too (a click or command that writes).
    expect(await say(busy, 'lang en')).toMatch(/^Hetkinen/);
    expect(await say(caller('UCALM'), 'kuka')).not.toMatch(/^Hetkinen/);
    now = new Date(now.getTime() + 2_500);
    expect(await say(busy, 'kuka')).not.toMatch(/^Hetkinen/);
  });

  it('a person who joins and leaves a group three times is welcomed in its channel once that day', async () => {
    const admin = caller('UADMIN', 'admin@keino.fi');
    await say(admin, 'group create kiertotalous "Kiertotalous"');
    slack.clear();
    const joiner = caller('UJOINER');
    for (let round = 0; round < 3; round++) {
      now = new Date(now.getTime() + 60_000);
      expect(await say(joiner, 'liity kiertotalous')).toContain('Kiertotalous');
      await say(joiner, 'eroa kiertotalous');
    }
    const welcomes = slack.posts().filter((post) => JSON.stringify(post.message).includes('UJOINER'));
    reportFigure(SECTION, 'welcomes posted for 3 joins in a day', welcomes.length, welcomes.length === 1);
    expect(welcomes).toHaveLength(1);
    now = new Date(now.getTime() + 25 * 3600_000);
    await say(joiner, 'liity kiertotalous');
    expect(slack.posts().filter((post) => JSON.stringify(post.message).includes('UJOINER'))).toHaveLength(2);
  });
});

describe('import limits', () => {
  it('a file of the most rows an import takes is imported whole in one go; one row more is refused politely and writes nothing', async () => {
    const rows = sized(1_000, 10_000);
    const plan = generatedPlan({ rows, organisations: 10, knownPeople: 0, titlePrefix: 'Raja' });
    const interventions = app.core.services.interventions;
    const started = performance.now();
    const report = await interventions.importCsv(plan.csv, { actor: null, source: 'raja.csv' }, now);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const count = async () =>
      Number(rowsOf<{ n: string }>(await database.db.execute(sql`select count(*) as n from interventions where title like 'Raja %'`))[0]!.n);
    const stored = await count();
    reportFigure(
      SECTION,
      `interventions stored from a ${rows.toLocaleString('en-US')}-row file`,
      `${stored} of ${rows}`,
      stored === rows && report.created === rows,
    );
    reportFigure(SECTION, `seconds to import ${rows.toLocaleString('en-US')} rows (owners, history and nudges included)`, seconds, true);
    expect(stored).toBe(rows);

    const tooMany = generatedPlan({ rows: 10_001, organisations: 10, knownPeople: 0, titlePrefix: 'Yli' });
    const refusal = await interventions.importCsv(tooMany.csv, { actor: null, source: 'yli.csv' }, now).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ImportRejected);
    const written = Number(rowsOf<{ n: string }>(await database.db.execute(sql`select count(*) as n from interventions where title like 'Yli %'`))[0]!.n);
    reportFigure(SECTION, 'rows written from a 10,001-row file (refused politely)', written, written === 0);
    expect((refusal as ImportRejected).describe(translator('en'))).toContain('Line 10002: the file has more than 10,000 rows. Split it.');
  }, 300_000);
});
