import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/core/commands/conversation.js';
import type { Caller, KeinoCore } from '../../src/core/keino.js';
import type { Platform } from '../../src/core/people/person.js';
import { personalDataProviders } from '../../src/db/stores/personal-data/index.js';
import { JSON_PERSON_REFERENCES, personReferences } from '../../src/db/stores/person-merge.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { columnName, personColumns } from '../helpers/person-columns.js';
import { describeChanges, rowsWritten, snapshotTables } from '../helpers/table-counts.js';
import { consoleCaller, consoleConversation, createTestCore, replyText } from '../helpers/test-core.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

let database: TestDatabase;
let core: KeinoCore;
let now = new Date('2026-12-03T10:00:00Z');

/** The platforms these tests link across (a platform registered later needs none of them). */
type Linked = Extract<Platform, 'slack' | 'teams' | 'console'>;

const TENANT: Record<Linked, string> = { slack: 'T1', teams: 'tenant-1', console: 'local' };
const where: Record<Linked, Conversation> = {
  slack: { platform: 'slack', tenantId: 'T1', channelId: 'D-DM', kind: 'personal' },
  teams: { platform: 'teams', tenantId: 'tenant-1', channelId: 'a:personal', kind: 'personal' },
  console: consoleConversation,
};

function caller(platform: Linked, userId: string, profile: { name?: string; email?: string } = {}): Caller {
  return {
    identity: { platform, tenantId: TENANT[platform], userId },
    loadProfile: async () => ({ name: profile.name ?? userId, ...(profile.email ? { email: profile.email } : {}) }),
  };
}

const say = async (who: Caller, text: string) =>
  replyText(await core.handleText({ caller: who, conversation: where[who.identity.platform as Linked], text, source: 'command' }));
const personOf = (who: Caller) => core.services.people.resolve(who.identity, who.loadProfile);

/** The code in a `link` reply ("ABCD-EFGH"). */
async function codeFor(who: Caller, command = 'yhdistä'): Promise<string> {
  const reply = await say(who, command);
  const code = /\b([A-Z2-9]{4}-[A-Z2-9]{4})\b/.exec(reply)?.[1];
  expect(code, reply).toBeDefined();
  return code!;
}

/** Runs `work` and expects it to write nothing but, at most, the person's count of wrong codes. */
async function writesNothing(work: () => Promise<void>, allowed: string[] = []): Promise<void> {
  const before = await snapshotTables(database.db);
  await work();
  const after = await snapshotTables(database.db);
  expect(rowsWritten(before, after, { ignore: allowed }), describeChanges(before, after, { ignore: allowed })).toBe(0);
}

beforeAll(async () => {
  database = await createTestDatabase();
  core = createTestCore(database.db, { admins: ['admin@keino.fi'], clock: () => now, publicUrl: 'https://keino.example' });
});
afterAll(async () => database?.drop());

describe('person references', () => {
  it('the merge handles every column that refers to a person: each foreign key, and each JSON column a privacy provider covers', () => {
    const merged = personReferences().map((reference) => `${reference.table}.${reference.column}`);
    expect(merged.sort()).toEqual(personColumns());
    const covered = personalDataProviders.flatMap((provider) => provider.covers.map(columnName));
    const notForeignKeys = covered.filter((column) => !merged.includes(column));
    expect(notForeignKeys.sort()).toEqual([...JSON_PERSON_REFERENCES].sort());
  });
});

describe('link and link <code>', () => {
  const aliceSlack = caller('slack', 'U-ALICE', { name: 'Alice', email: 'alice@kunta.fi' });
  const aliceTeams = caller('teams', 'aad-alice', { name: 'Alice A.' });

  it('gives a private code that only its hash is kept of, and links the account that types it in the other platform into one person', async () => {
    await say(caller('slack', 'U-ADMIN', { email: 'admin@keino.fi' }), 'ryhmä luo sote "SOTE-hankinnat"');
    // Before linking, each account did things on its own: both joined a group, both have a calendar address.
    await say(aliceSlack, 'liity sote');
    await say(aliceTeams, 'liity sote');
    await say(aliceSlack, 'kalenteri');
    await say(aliceTeams, 'kalenteri');
    await say(aliceTeams, 'lang en');
    const slackPerson = await personOf(aliceSlack);
    const teamsPerson = await personOf(aliceTeams);
    expect(slackPerson.id).not.toBe(teamsPerson.id);

    const code = await codeFor(aliceSlack);
    const stored = rowsOf<{ code_hash: string }>(await database.db.execute(sql`select code_hash from link_codes`));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.code_hash).not.toContain(code.replace('-', ''));

    const reply = await say(aliceTeams, `link ${code.toLowerCase()}`);
    expect(reply).toContain('Done! Your accounts are linked');
    expect((await personOf(aliceTeams)).id).toBe(slackPerson.id);
    const merged = await personOf(aliceSlack);
    expect(merged).toMatchObject({ name: 'Alice', email: 'alice@kunta.fi', locale: 'en', role: 'member' });
    expect(await core.services.people.peopleStore.findById(teamsPerson.id)).toBeUndefined();
    expect(await say(aliceTeams, 'whoami')).toMatch(/Linked platforms: Slack, Microsoft Teams/);

    // Nothing refers to the absorbed person any more; where both had a row, one is left.
    for (const reference of personReferences()) {
      const [row] = rowsOf<{ n: number }>(
        await database.db.execute(
          sql`select count(*)::int as n from ${sql.identifier(reference.table)} where ${sql.identifier(reference.column)} = ${teamsPerson.id}`,
        ),
      );
      expect(row!.n, `${reference.table}.${reference.column}`).toBe(0);
    }
    const counts = rowsOf<{ memberships: number; feeds: number }>(
      await database.db.execute(sql`select (select count(*)::int from group_memberships where person_id = ${slackPerson.id} and left_at is null) as memberships,
        (select count(*)::int from calendar_feeds where person_id = ${slackPerson.id}) as feeds`),
    )[0]!;
    expect(counts).toEqual({ memberships: 1, feeds: 1 });
    const audit = await core.services.audit.latest(5);
    expect(audit.find((entry) => entry.action === 'identity.link')).toMatchObject({
      actorPersonId: slackPerson.id,
      details: { absorbedPersonId: teamsPerson.id, from: 'slack', to: 'teams' },
    });
  });

  it('refuses a used code, an unknown one and one typed in the same platform, politely and writing nothing but the count of wrong codes', async () => {
    const bobSlack = caller('slack', 'U-BOB');
    const bobTeams = caller('teams', 'aad-bob');
    const code = await codeFor(bobSlack, 'link');
    await writesNothing(async () => {
      expect(await say(bobSlack, `yhdistä ${code}`)).toContain('Koodi kirjoitetaan toisessa palvelussa');
      expect(await say(bobTeams, 'yhdistä ZZZZ-ZZZZ')).toContain('En tunnista tätä koodia');
      expect(await say(bobTeams, 'yhdistä not-a-code-at-all')).toContain('En tunnista tätä koodia');
    }, ['link_attempts', 'people', 'platform_identities']);
    // The Swedish word works too; the answer is in the person's language (Finnish here).
    expect(await say(bobTeams, `koppla ${code}`)).toContain('Valmis!');
    const carolTeams = caller('teams', 'aad-carol');
    await say(carolTeams, 'kuka');
    await writesNothing(async () => {
      expect(await say(carolTeams, `link ${code}`)).toContain('Tämä koodi on jo käytetty');
    }, ['link_attempts']);
  });

  it('refuses an expired code', async () => {
    const daveSlack = caller('slack', 'U-DAVE');
    const daveTeams = caller('teams', 'aad-dave');
    await say(daveTeams, 'kuka');
    const code = await codeFor(daveSlack);
    now = new Date(now.getTime() + 10 * 60 * 1000 + 1000);
    await writesNothing(async () => {
      expect(await say(daveTeams, `yhdistä ${code}`)).toContain('Tämä koodi on vanhentunut');
    }, ['link_attempts']);
    expect((await personOf(daveTeams)).id).not.toBe((await personOf(daveSlack)).id);
  });

  it('refuses to link an account already linked to another of the same platform, and says to unlink first', async () => {
    const erinSlack = caller('slack', 'U-ERIN');
    const erinTeams = caller('teams', 'aad-erin');
    await say(erinTeams, `link ${await codeFor(erinSlack)}`);
    const otherSlack = caller('slack', 'U-ERIN-2');
    const code = await codeFor(otherSlack);
    await writesNothing(async () => {
      expect(await say(erinTeams, `yhdistä ${code}`)).toContain('Erota se ensin kirjoittamalla siinä tilissä **yhdistä pois**'.replace(/\*\*/g, ''));
    });
  });

  it('never hands the typer’s rights to the code’s maker; keeps the maker’s stronger role; leaves two roles of different kinds or two organisations to an admin', async () => {
    const store = core.services.people.peopleStore;
    const adminSlack = caller('slack', 'U-ADMIN', { email: 'admin@keino.fi' });
    const admin = await personOf(adminSlack);
    expect(admin.role).toBe('admin');
    // Mallory gets a code in her Slack and talks the admin into typing it in Teams.
    const adminTeams = caller('teams', 'aad-admin');
    await say(adminTeams, 'kuka');
    await store.setRole((await personOf(adminTeams)).id, 'admin');
    const mallorySlack = caller('slack', 'U-MALLORY');
    const code = await codeFor(mallorySlack);
    await writesNothing(async () => {
      expect(await say(adminTeams, `yhdistä ${code}`)).toContain('Tee toisin päin');
    });
    expect((await personOf(mallorySlack)).role).toBe('member');

    // The other way round, the maker's stronger role is kept.
    const frankSlack = caller('slack', 'U-FRANK');
    const frankTeams = caller('teams', 'aad-frank');
    await say(frankTeams, 'kuka');
    await store.setRole((await personOf(frankSlack)).id, 'coordinator');
    await say(frankTeams, `link ${await codeFor(frankSlack)}`);
    expect((await personOf(frankTeams)).role).toBe('coordinator');

    const ginaSlack = caller('slack', 'U-GINA');
    const ginaTeams = caller('teams', 'aad-gina');
    await say(ginaTeams, 'kuka');
    await store.setRole((await personOf(ginaSlack)).id, 'facilitator');
    await store.setRole((await personOf(ginaTeams)).id, 'coordinator');
    const roles = await codeFor(ginaSlack);
    await writesNothing(async () => {
      expect(await say(ginaTeams, `yhdistä ${roles}`)).toContain('eri roolit');
    });
    const vaasa = await store.ensureOrganisation('Vaasa');
    const oulu = await store.ensureOrganisation('Oulu');
    await store.setRole((await personOf(ginaTeams)).id, 'facilitator');
    await store.setOrganisation((await personOf(ginaSlack)).id, vaasa.id);
    await store.setOrganisation((await personOf(ginaTeams)).id, oulu.id);
    const organisations = await codeFor(ginaSlack);
    await writesNothing(async () => {
      expect(await say(ginaTeams, `yhdistä ${organisations}`)).toContain('eri organisaatioihin');
    });
    // One side without an organisation takes the other's.
    await store.setOrganisation((await personOf(ginaTeams)).id, null);
    await say(ginaTeams, `yhdistä ${organisations}`);
    expect(await personOf(ginaTeams)).toMatchObject({ role: 'facilitator', organisationId: vaasa.id });
  });

  it('refuses every code after five wrong ones in ten minutes, then lets the person try again', async () => {
    const henSlack = caller('slack', 'U-HEN');
    const henTeams = caller('teams', 'aad-hen');
    await say(henTeams, 'kuka');
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await say(henTeams, 'yhdistä AAAA-AAAA')).toContain('En tunnista');
    const code = await codeFor(henSlack);
    await writesNothing(async () => {
      expect(await say(henTeams, `yhdistä ${code}`)).toContain('Liian monta väärää koodia');
    });
    now = new Date(now.getTime() + 10 * 60 * 1000 + 1000);
    const fresh = await codeFor(henSlack);
    expect(await say(henTeams, `yhdistä ${fresh}`)).toContain('Valmis!');
  });

  it('links the console too, and two people typing one code at once link one of them', async () => {
    const ivanConsole = consoleCaller('ivan');
    const code = await codeFor(ivanConsole);
    const typers = [caller('slack', 'U-IVAN'), caller('teams', 'aad-ivan')];
    for (const typer of typers) await say(typer, 'kuka');
    const replies = await Promise.all(typers.map((typer) => say(typer, `yhdistä ${code}`)));
    expect(replies.filter((reply) => reply.includes('Valmis!'))).toHaveLength(1);
    expect(replies.filter((reply) => reply.includes('on jo käytetty'))).toHaveLength(1);
    const ivan = await personOf(ivanConsole);
    const linked = await Promise.all(typers.map(async (typer) => (await personOf(typer)).id === ivan.id));
    expect(linked.filter(Boolean)).toHaveLength(1);
  });
});

describe('link off', () => {
  it('splits this account into a person of its own with no e-mail, organisation or role; linking again works; all of it is audited', async () => {
    const store = core.services.people.peopleStore;
    const jaanaSlack = caller('slack', 'U-JAANA', { email: 'jaana@kunta.fi' });
    const jaanaTeams = caller('teams', 'aad-jaana');
    await say(jaanaTeams, 'kuka');
    const jaana = await personOf(jaanaSlack);
    await store.setRole(jaana.id, 'coordinator');
    await store.setOrganisation(jaana.id, (await store.ensureOrganisation('Kuopio')).id);
    await say(jaanaTeams, `link ${await codeFor(jaanaSlack)}`);
    expect((await personOf(jaanaTeams)).id).toBe(jaana.id);

    expect(await say(jaanaTeams, 'yhdistä pois')).toContain('on nyt oma henkilönsä');
    const split = await personOf(jaanaTeams);
    expect(split.id).not.toBe(jaana.id);
    expect(split).toMatchObject({ email: null, organisationId: null, role: 'member' });
    expect(await personOf(jaanaSlack)).toMatchObject({ id: jaana.id, email: 'jaana@kunta.fi', role: 'coordinator' });
    await writesNothing(async () => {
      expect(await say(jaanaTeams, 'link off')).toContain('Tätä tiliä ei ole yhdistetty');
    });

    await say(jaanaSlack, 'lang sv');
    expect(await say(jaanaTeams, `koppla ${await codeFor(jaanaSlack, 'koppla')}`)).toContain('Klart!');
    expect((await personOf(jaanaTeams)).id).toBe(jaana.id);
    const actions = (await core.services.audit.latest(20)).filter((entry) => entry.target === `person:${jaana.id}`).map((entry) => entry.action);
    expect(actions).toEqual(['identity.link', 'identity.unlink', 'identity.link']);
  });
});
