import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { MessageKey } from '../../src/core/i18n/catalogue.js';
import { translate } from '../../src/core/i18n/translator.js';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import { stripMarkup } from '../../src/core/messages/message.js';
import type { Role } from '../../src/core/people/person.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { reportFigure } from '../helpers/figures.js';
import { describeChanges, rowsWritten, snapshotTables } from '../helpers/table-counts.js';
import { createTestCore, replyText } from '../helpers/test-core.js';
import { RecordingGateway } from '../helpers/recording-gateway.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

const SECTION = 'Authorisation';
let db: TestDatabase;
let core: KeinoCore;
const now = new Date('2026-05-04T09:00:00Z');
const channel: Conversation = { platform: 'slack', tenantId: 'T-KEINO', channelId: 'C-YLEINEN', kind: 'channel' };

interface Actor {
  caller: Caller;
  email: string;
  role: Role;
  organisation?: string;
}
const actor = (userId: string, name: string, email: string, role: Role, organisation?: string): Actor => ({
  caller: { identity: { platform: 'slack', tenantId: 'T-KEINO', userId }, loadProfile: async () => ({ name, email }) },
  email,
  role,
  organisation,
});

const KUOPIO = 'Kuopion kaupunki';
const JOENSUU = 'Joensuun kaupunki';
// The people whose things are attacked.
const ada = actor('UADA', 'Ada Admin', 'ada@keino.fi', 'admin');
const olli = actor('UOLLI', 'Olli Omistaja', 'olli.omistaja@kuopio.fi', 'member', KUOPIO);
const cora = actor('UCORA', 'Cora Koordinaattori', 'cora@kuopio.fi', 'coordinator', KUOPIO);
const fiona = actor('UFIONA', 'Fiona Fasilitaattori', 'fiona@keino.fi', 'facilitator');
// The three who try what they may not.
const member = actor('UMIA', 'Mia Jäsen', 'mia@kuopio.fi', 'member', KUOPIO);
const otherCoordinator = actor('UBERT', 'Bert Koordinaattori', 'bert@joensuu.fi', 'coordinator', JOENSUU);
const otherFacilitator = actor('UFRANK', 'Frank Fasilitaattori', 'frank@keino.fi', 'facilitator');
const attackers = { member, 'coordinator of another organisation': otherCoordinator, 'facilitator of another group': otherFacilitator };
type AttackerName = keyof typeof attackers;

/** What only Kuopio's people and the session's facilitator may read. */
const SECRETS = ['Salainen siivouskilpailutus', 'olli.omistaja@kuopio.fi', 'Olli Omistaja'];

const run = (who: Actor, text: string) => core.handleText({ caller: who.caller, conversation: channel, text, source: 'command' });

let ids: { intervention: number; session: number; poll: number; prompt: number; faq: string };

/**
 * Every command in the registry is here: what each attacker must be refused (`refused`, with the
 * command text), or why it is open to everyone (`open`). A command added without an entry fails
 * the test, so its rights are thought about.
 */
type Rule = { refused: (AttackerName | 'all')[]; text: () => string } | { open: string; text: () => string };
const ALL: (AttackerName | 'all')[] = ['all'];
const exceptFacilitator: AttackerName[] = ['member', 'coordinator of another organisation'];
const RULES: Record<string, Rule> = {
  help: { open: 'lists what the person may do', text: () => 'ohje' },
  lang: { open: 'the person’s own language', text: () => 'kieli fi' },
  whoami: { open: 'the person’s own profile', text: () => 'kuka' },
  home: { open: 'the person’s own home', text: () => 'koti' },
  'channel link': { refused: ALL, text: () => 'kanava liitä akatemia' },
  'channel unlink': { refused: ALL, text: () => 'kanava irrota akatemia' },
  'admin jobs': { refused: ALL, text: () => 'ylläpito työt' },
  sessions: { open: 'the programme is the network’s', text: () => 'tilaisuudet' },
  rsvp: { open: 'the person’s own answer', text: () => `ilmoittaudu ${ids.session} ehkä` },
  'session add': { refused: ALL, text: () => 'tilaisuus lisää "Hyökkäys" 2026-09-01 10:00' },
  'session cancel': { refused: ALL, text: () => `tilaisuus peru ${ids.session}` },
  'session move': { refused: ALL, text: () => `tilaisuus siirrä ${ids.session} 2026-09-02 10:00` },
  'session attendees': { refused: ALL, text: () => `tilaisuus osallistujat ${ids.session}` },
  ask: { open: 'questions to the FAQ', text: () => 'kysy Miten hankin kestävästi?' },
  'faq show': { open: 'FAQ answers are for everyone', text: () => `ukk näytä ${ids.faq}` },
  'faq add': { refused: ALL, text: () => 'ukk lisää "Hyökkäys?" "Vastaus."' },
  'faq edit': { refused: ALL, text: () => `ukk muokkaa ${ids.faq}` },
  'faq remove': { refused: ALL, text: () => `ukk poista ${ids.faq}` },
  'faq unanswered': { refused: ALL, text: () => 'ukk vastaamattomat' },
  'faq stats': { refused: ALL, text: () => 'ukk tilastot' },
  'faq glossary': { open: 'the glossary is read by everyone, as the FAQ is', text: () => 'ukk sanasto pcp' },
  'faq glossary add': { refused: ALL, text: () => 'ukk sanasto lisää hyökkäys, attack' },
  'faq glossary remove': { refused: ALL, text: () => 'ukk sanasto poista 1' },
  groups: { open: 'the groups are the network’s', text: () => 'ryhmät' },
  join: { open: 'joining is up to the person', text: () => 'liity hanke' },
  leave: { open: 'leaving is up to the person', text: () => 'eroa hanke' },
  'group members': { open: 'members are visible to the network, as in the group’s channel', text: () => 'ryhmä jäsenet sote' },
  'group create': { refused: exceptFacilitator, text: () => 'ryhmä luo hyokkays "Hyökkäys"' },
  'group archive': { refused: ALL, text: () => 'ryhmä arkistoi sote' },
  'group link': { refused: ALL, text: () => 'ryhmä liitä sote' },
  'group pairing': { refused: ALL, text: () => 'ryhmä parit sote joka 2vk' },
  'pause pairing': { open: 'the person’s own pairing', text: () => 'ryhmä tauko 1vk' },
  'group prompt': { refused: ALL, text: () => 'ryhmä kysymys sote "Hyökkäys?" joka maanantai 09:00' },
  'group prompt cancel': { refused: ALL, text: () => `ryhmä kysymys poista ${ids.prompt}` },
  tasks: { open: 'the person’s own interventions', text: () => 'tehtävät' },
  'tasks org': { refused: ALL, text: () => `tehtävät org "${KUOPIO}"` },
  done: { refused: ALL, text: () => `valmis ${ids.intervention}` },
  snooze: { refused: ALL, text: () => `lykkää ${ids.intervention} 1vk` },
  'task add': { refused: ALL, text: () => `tehtävä lisää "Hyökkäys" olli.omistaja@kuopio.fi 2026-12-31 --org "${KUOPIO}"` },
  'task assign': { refused: ALL, text: () => `tehtävä siirrä ${ids.intervention} mia@kuopio.fi` },
  'task start': { refused: ALL, text: () => `tehtävä aloita ${ids.intervention}` },
  'task history': { refused: ALL, text: () => `tehtävä historia ${ids.intervention}` },
  'task schedule': { refused: ALL, text: () => `tehtävä aikataulu myöhässä=1 --org "${KUOPIO}"` },
  poll: { open: 'anyone may ask the channel', text: () => 'kysely "Kahvi?" "Kyllä" "Ei"' },
  'poll close': { refused: ALL, text: () => `kysely sulje ${ids.poll}` },
  'poll results': { refused: ALL, text: () => `kysely tulokset ${ids.poll}` },
  'privacy export': { open: 'the person’s own data only', text: () => 'tietosuoja vie' },
  calendar: { open: 'the person’s own calendar address only', text: () => 'kalenteri' },
  'calendar reset': { open: 'the person’s own calendar address only', text: () => 'kalenteri nollaa' },
  dashboard: { open: 'a sign-in link for the person’s own dashboard, which shows only what their role may see', text: () => 'kojelauta' },
  'dashboard revoke': { open: 'ends the person’s own dashboard sessions only', text: () => 'kojelauta sulje' },
  link: {
    open: 'a code for the person’s own account; a code links only the account that types it, never with more rights than the code’s maker (test/reliability/identity-attacks.test.ts)',
    text: () => 'yhdistä',
  },
  'link off': { open: 'splits off only the account it is typed in, which keeps no e-mail, organisation or role', text: () => 'yhdistä pois' },
  'privacy delete': { open: 'the person’s own data only (a confirmation made for someone else erases nothing: test/privacy)', text: () => 'tietosuoja poista' },
  'admin audit': { refused: ALL, text: () => 'ylläpito loki' },
  'admin role': { refused: ALL, text: () => `ylläpito rooli mia@kuopio.fi ylläpitäjä` },
  away: { open: 'the person’s own time off only', text: () => 'poissa 1.7.2027..2.7.2027' },
  'org days-off': { refused: ALL, text: () => `org vapaapäivät lisää 28.12.2026 --org "${KUOPIO}"` },
  'org summer': { refused: ALL, text: () => `org kesä 1.7.2027..31.7.2027 --org "${KUOPIO}"` },
};

/** The refusals people see, as patterns: each phrase with its parameters left open. */
const REFUSALS: MessageKey[] = [
  'errors.forbidden',
  'interventions.notFound',
  'interventions.notYours',
  'interventions.coordinatorsOnly',
  'interventions.unknownOrganisation',
  'groups.notFacilitator',
  'poll.onlyCreatorCloses',
  'poll.onlyCreatorResults',
  'academy.error.notFacilitator',
];
const ANY = '\u0001';
const refusalPatterns = REFUSALS.map((key) => {
  const params = new Proxy({}, { get: () => ANY });
  const phrase = stripMarkup(translate('fi', key, params as Record<string, string>));
  return new RegExp(
    `^${phrase
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .split(ANY)
      .join('.*')}$`,
    's',
  );
});
const isRefusal = (reply: string) => refusalPatterns.some((pattern) => pattern.test(reply.trim()));

beforeAll(async () => {
  db = await createTestDatabase();
  core = createTestCore(db.db, { admins: ['ada@keino.fi'], clock: () => now });
  // Where Keino posts the polls created here (in Slack, as its own messages).
  core.services.gateways.register(new RecordingGateway('slack'));
  const everyone = [ada, olli, cora, fiona, member, otherCoordinator, otherFacilitator];
  for (const who of everyone) await run(who, 'kuka');
  for (const who of everyone.filter((person) => person !== ada)) {
    const org = who.organisation ? ` --org "${who.organisation}"` : '';
    expect(replyText(await run(ada, `ylläpito rooli ${who.email} ${who.role}${org}`))).toMatch(/on nyt/);
  }
  // Kuopio's intervention, owned by Olli; Fiona's group and session; Olli's poll; an FAQ entry.
  await run(cora, 'tehtävä lisää "Salainen siivouskilpailutus" olli.omistaja@kuopio.fi 2026-12-31');
  await run(ada, 'ryhmä luo sote "SOTE-hankinnat"');
  await run(ada, 'ryhmä luo hanke "Hankeryhmä"');
  await db.db.execute(
    sql`insert into group_facilitators (group_id, person_id) select g.id, p.id from groups g, people p where (g.slug, p.email) in (('sote', 'fiona@keino.fi'), ('hanke', 'frank@keino.fi'))`,
  );
  await run(fiona, 'ryhmä kysymys sote "Mitä opit tällä viikolla?" joka maanantai 09:00');
  await run(ada, 'tilaisuus lisää "Strateginen johtaminen" 2026-06-10 09:00 2h fasilitaattori=fiona@keino.fi');
  await run(olli, 'kysely "Siivous: oma vai ostettu?" "Oma" "Ostettu"');
  await run(ada, 'ukk lisää "Mikä on KEINO?" "Osaamiskeskus."');
  const one = async (query: ReturnType<typeof sql>) => rowsOf<{ id: number | string }>(await db.db.execute(query))[0]?.id;
  ids = {
    intervention: Number(await one(sql`select max(id) as id from interventions`)),
    session: Number(await one(sql`select max(id) as id from academy_sessions`)),
    poll: Number(await one(sql`select max(id) as id from polls`)),
    prompt: Number(await one(sql`select max(id) as id from group_prompts`)),
    faq: String(await one(sql`select id from faq_entries order by updated_at desc limit 1`)),
  };
  for (const [name, value] of Object.entries(ids)) expect(value, `the set-up made no ${name}`).toBeTruthy();
  await run(olli, `ilmoittaudu ${ids.session} kyllä`);
});

afterAll(async () => {
  core?.services.polls.refresher.stop();
  await db?.drop();
});

describe('what people may not do', () => {
  it('every registered command has a rule: refused to whom, or open to everyone and why', () => {
    const names = core.registry.commands.map((command) => command.name);
    expect(names.filter((name) => !RULES[name])).toEqual([]);
    expect(Object.keys(RULES).filter((name) => !names.includes(name))).toEqual([]);
  });

  it('a member, a coordinator of another organisation and a facilitator of another group are refused, write nothing and read nothing of Kuopio', async () => {
    const before = await snapshotTables(db.db);
    const attempts: { command: string; who: string; reply: string; refused: boolean; leaked: boolean }[] = [];
    for (const command of core.registry.commands) {
      const rule = RULES[command.name]!;
      if (!('refused' in rule)) continue;
      const names = (rule.refused.includes('all') ? Object.keys(attackers) : rule.refused) as AttackerName[];
      for (const who of names) {
        const reply = replyText(await run(attackers[who], rule.text()));
        attempts.push({ command: command.name, who, reply, refused: isRefusal(reply), leaked: SECRETS.some((secret) => reply.includes(secret)) });
      }
    }
    // Buttons reach the same services without a command line: the copied buttons of Kuopio's nudge and Olli's poll.
    const buttons: [string, string][] = [
      ['interventions.done', `${ids.intervention}:nudge`],
      ['interventions.start', `${ids.intervention}:nudge`],
      ['interventions.snoozeWeek', `${ids.intervention}:list`],
      ['polls.close', String(ids.poll)],
      ['polls.export', String(ids.poll)],
    ];
    for (const [actionId, value] of buttons) {
      for (const [who, attacker] of Object.entries(attackers)) {
        const outcome = await core.handleAction({ caller: attacker.caller, conversation: channel, actionId, value });
        const reply = [outcome.reply, outcome.update]
          .filter((part) => part !== undefined)
          .map((part) => replyText(part!))
          .join('\n');
        attempts.push({ command: `button ${actionId}`, who, reply, refused: isRefusal(reply), leaked: SECRETS.some((secret) => reply.includes(secret)) });
      }
    }
    const after = await snapshotTables(db.db);
    const written = rowsWritten(before, after);
    const refused = attempts.filter((attempt) => attempt.refused).length;
    const leaks = attempts.filter((attempt) => attempt.leaked);

    // What the open commands show the other organisation's coordinator: nothing of Kuopio's plan either.
    for (const command of core.registry.commands) {
      const rule = RULES[command.name]!;
      if (!('open' in rule)) continue;
      const reply = replyText(await run(otherCoordinator, rule.text()));
      if (SECRETS.some((secret) => reply.includes(secret)))
        leaks.push({ command: command.name, who: 'coordinator of another organisation', reply, refused: false, leaked: true });
    }

    const commandsTried = new Set(attempts.filter((attempt) => !attempt.command.startsWith('button ')).map((attempt) => attempt.command)).size;
    reportFigure(
      SECTION,
      'commands with rights to test',
      `${commandsTried} of ${core.registry.commands.length} (the rest are open to everyone, each with its reason)`,
      true,
    );
    reportFigure(SECTION, 'refusals', `${refused} of ${attempts.length} (${Math.round((refused / attempts.length) * 100)} %)`, refused === attempts.length);
    reportFigure(SECTION, 'rows written by refused attempts', written, written === 0);
    reportFigure(SECTION, 'cross-organisation reads', leaks.length, leaks.length === 0);

    expect(attempts.filter((attempt) => !attempt.refused).map(({ command, who, reply }) => `${command} by ${who}: ${reply}`)).toEqual([]);
    expect(written, describeChanges(before, after)).toBe(0);
    expect(leaks.map(({ command, reply }) => `${command}: ${reply}`)).toEqual([]);
  });

  it('the same commands work for the people who may run them (the refusals are about rights, not typing)', async () => {
    const allowed: [Actor, string][] = [
      [fiona, `tilaisuus osallistujat ${ids.session}`],
      [olli, `kysely tulokset ${ids.poll}`],
      [cora, `tehtävä historia ${ids.intervention}`],
      [cora, `tehtävät org`],
      [fiona, 'ryhmä parit sote joka 2vk'],
      [ada, 'ylläpito loki'],
      [ada, 'ylläpito työt'],
      [olli, `valmis ${ids.intervention}`],
      [olli, `kysely sulje ${ids.poll}`],
      [fiona, 'ryhmä arkistoi sote'],
    ];
    for (const [who, text] of allowed) {
      const reply = replyText(await run(who, text));
      expect(isRefusal(reply), `${text}: ${reply}`).toBe(false);
    }
    expect(replyText(await run(fiona, `tilaisuus osallistujat ${ids.session}`))).toContain('Olli Omistaja');
  });
});
