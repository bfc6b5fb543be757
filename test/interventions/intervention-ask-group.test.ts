import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Reply } from '../../src/core/messages/message.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { jobs } from '../../src/db/schema/index.js';
import { JobRunner } from '../../src/jobs/job-runner.js';
import { RecordingGateway, type RecordedSend } from '../helpers/recording-gateway.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

const PLAN = [
  'organisation;title;owner_email;due_date;status;policy;category',
  'Kuopion kaupunki;Työllisyysehto siivouspalveluihin;maija@kuopio.fi;29.3.2027;;Sosiaalisesti vastuulliset hankinnat;Siivouspalvelut',
  'Kuopion kaupunki;Vuosikello julkiseksi;ville@kuopio.fi;29.3.2027;;Avoimuus;',
].join('\n');
const groupChannel: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'C-VASTUU', kind: 'channel' };

let database: TestDatabase;
let core: KeinoCore;
let slack: RecordingGateway;
let now = new Date('2027-03-15T08:00:00Z');
const clock = () => now;

const person = (userId: string, name: string, email: string): Caller => ({
  identity: { platform: 'slack', tenantId: 'T1', userId },
  loadProfile: async () => ({ name, email }),
});
const maija = person('UMAIJA', 'Maija', 'maija@kuopio.fi');
const ville = person('UVILLE', 'Ville', 'ville@kuopio.fi');
const admin = person('UADMIN', 'Anna', 'admin@keino.fi');
const dm: Conversation = { platform: 'slack', tenantId: 'T1', channelId: 'D1', kind: 'personal' };
const resolve = (caller: Caller) => core.services.people.resolve(caller.identity, caller.loadProfile);

const buttonsOf = (reply: Reply | undefined) =>
  reply?.kind === 'message' ? reply.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : [])) : [];
const nudgeFor = (userId: string): RecordedSend => slack.sent.filter((send) => send.identity?.userId === userId).at(-1)!;
const click = (caller: Caller, send: RecordedSend, actionId: string, value: string) =>
  core.handleAction({
    caller,
    conversation: send.conversation,
    actionId,
    value,
    source: { platform: 'slack', conversation: send.conversation, messageId: send.messageId },
  });

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { clock, admins: ['admin@keino.fi'] });
  slack = new RecordingGateway('slack', clock);
  core.services.gateways.register(slack);
  const [anna, maijaPerson] = [await resolve(admin), await resolve(maija)];
  const group = await core.services.groups.create(anna, { slug: 'vastuulliset', name: 'Sosiaalisesti vastuulliset hankinnat', locale: 'fi' });
  await core.services.groups.join(maijaPerson, group, 'fi', now);
  await core.services.groups.link(anna, group, groupChannel, 'fi');
  await core.services.interventions.importCsv(PLAN, { actor: null, source: 'plan.csv' }, now);
  // Ville first comes to Keino after the import placed him in his organisation (an import never moves someone Keino knows).
  await resolve(ville);
  // To the 7-day nudges on Monday 22 March.
  const runner = new JobRunner({ jobs: core.services.jobs, clock, logger: silentLogger, instanceId: 'ask-group' });
  const end = new Date('2027-03-22T08:00:00Z');
  for (;;) {
    const [row] = await database.db
      .select({ due: sql<Date | null>`min(${jobs.dueAt})`.mapWith(jobs.dueAt) })
      .from(jobs)
      .where(eq(jobs.state, 'pending'));
    if (!row?.due || row.due > end) break;
    if (row.due > now) now = row.due;
    await runner.tick();
  }
  now = end;
}, 60_000);
afterAll(async () => database?.drop());

describe('Ask my developer group', () => {
  it('is on the nudge of an owner who is in a group with a channel, and only theirs', () => {
    expect(buttonsOf(nudgeFor('UMAIJA').message).map((button) => button.label)).toEqual([
      'Valmis',
      'Työn alla',
      'Lykkää viikolla',
      'Lykkää päivään…',
      'Kysy kehittäjäryhmältä',
    ]);
    expect(buttonsOf(nudgeFor('UVILLE').message).map((button) => button.label)).toEqual(['Valmis', 'Työn alla', 'Lykkää viikolla', 'Lykkää päivään…']);
  });

  it('asks which group and what, then posts the question in the group’s channel once, naming the intervention', async () => {
    const nudge = nudgeFor('UMAIJA');
    const button = buttonsOf(nudge.message).find((candidate) => candidate.label === 'Kysy kehittäjäryhmältä')!;
    const opened = await click(maija, nudge, button.actionId, button.value!);
    const form = opened.reply as Extract<Reply, { kind: 'form' }>;
    expect(form.kind).toBe('form');
    expect(form.fields.find((field) => field.name === 'group')?.options).toEqual([{ label: 'Sosiaalisesti vastuulliset hankinnat', value: 'vastuulliset' }]);
    expect(form.fields.find((field) => field.name === 'question')?.initial).toContain('”Työllisyysehto siivouspalveluihin”');

    const empty = await core.handleForm({
      caller: maija,
      conversation: dm,
      formId: form.formId,
      values: { group: 'vastuulliset', question: ' ' },
      context: form.context,
    });
    expect(empty.kind === 'form' && empty.errors).toEqual({ question: 'Kirjoita kysymys.' });
    const question = 'Miten olette muotoilleet työllisyysehdon siivouksen kilpailutukseen?';
    const values = { group: 'vastuulliset', question };
    const answer = await core.handleForm({ caller: maija, conversation: dm, formId: form.formId, values, context: form.context });
    expect(replyText(answer)).toBe('Kysymyksesi on lähetetty ryhmän Sosiaalisesti vastuulliset hankinnat kanavalle (Slack).');
    await core.handleForm({ caller: maija, conversation: dm, formId: form.formId, values, context: form.context });

    const posts = slack.to(groupChannel);
    expect(posts).toHaveLength(1);
    const text = replyText(posts[0]!.message);
    expect(text).toContain('❓ Maija (Kuopion kaupunki) kysyy ryhmältä');
    expect(text).toContain(question);
    expect(text).toContain('Toimenpide: Työllisyysehto siivouspalveluihin');
    expect(text).toContain('Hankintalinjaus: Sosiaalisesti vastuulliset hankinnat');
    expect(posts[0]!.message.visibility).toBe('conversation');
  });

  it('is refused to anyone but the owner, and says so to an owner with no group', async () => {
    const maijas = nudgeFor('UMAIJA');
    const refused = await click(ville, maijas, 'interventions.askGroup', buttonsOf(maijas.message)[0]!.value!);
    expect(replyText(refused.reply!)).toContain('ei ole sinun vastuullasi');
    const villes = nudgeFor('UVILLE');
    const none = await click(ville, villes, 'interventions.askGroup', buttonsOf(villes.message)[0]!.value!);
    expect(replyText(none.reply!)).toContain('Et ole vielä kehittäjäryhmässä, jolla on kanava');
    expect(slack.to(groupChannel)).toHaveLength(1);
  });
});
