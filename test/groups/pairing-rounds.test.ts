import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Caller } from '../../src/core/keino.js';
import type { Button, Message } from '../../src/core/messages/message.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import { localDateOf, localTimeOf } from '../../src/core/time/local-time.js';
import { pairKeys } from '../../src/core/groups/pairing.js';
import { jobs } from '../../src/db/schema/index.js';
import { rowsOf } from '../../src/db/stores/people-store.js';
import { replyText } from '../helpers/test-core.js';
import { repeatFreePossible } from './arrangements.js';
import { dm, scheduledWorld, type ScheduledWorld } from './scheduled-world.js';

const HELSINKI = 'Europe/Helsinki';
const TEAM = 'T-KEINO';
const TENANT = 'tenant-1';
let world: ScheduledWorld;
let groupId: number;

interface Member {
  caller: Caller;
  id: number;
  name: string;
}
const members: Member[] = [];
const facilitator: Caller = { identity: { platform: 'slack', tenantId: TEAM, userId: 'UFIIA' }, loadProfile: async () => ({ name: 'Fiia' }) };
const outsider: Caller = { identity: { platform: 'slack', tenantId: TEAM, userId: 'UOUT' }, loadProfile: async () => ({ name: 'Outi' }) };

const say = (caller: Caller, text: string) => world.say(caller, text);

/** Seven members from three organisations, five in Slack and two in Teams, one reading Swedish. */
const PEOPLE: [string, 'slack' | 'teams', string, Locale | undefined][] = [
  ['Aino', 'slack', 'Tampere', undefined],
  ['Eero', 'slack', 'Tampere', undefined],
  ['Iida', 'teams', 'Tampere', undefined],
  ['Oona', 'slack', 'Espoo', undefined],
  ['Ulla', 'teams', 'Espoo', 'sv'],
  ['Pekka', 'slack', 'Hansel', undefined],
  ['Sanna', 'slack', 'Hansel', undefined],
];

const pendingPairingDue = () => world.nextDue('groups.pairing');

/** Runs the next pairing job (a round or a check-in); returns what was sent to people. */
async function nextPairingTick() {
  const due = (await pendingPairingDue())!;
  world.now = new Date(due.getTime() - 60_000);
  expect((await world.runner.tick()).claimed, 'nothing goes out early').toBe(0);
  world.now = due;
  world.slack.clear();
  world.teams.clear();
  await world.runner.tick();
  return { due, sent: [...world.slack.directMessages(), ...world.teams.directMessages()] };
}

function whoGot(sent: { identity?: { userId: string } }[]): string[] {
  return sent.map((send) => members.find((member) => member.caller.identity.userId === send.identity!.userId)!.name).sort();
}

async function roundsInDatabase(): Promise<number[][][]> {
  const rounds = await world.core.services.groups.pairing.pairingStore.recentRounds(groupId, 100);
  return rounds.map((round) => round.pairs.map((pair) => pair.members.map((member) => member.personId)));
}

beforeAll(async () => {
  world = await scheduledWorld(new Date('2026-03-04T10:00:00Z')); // a Wednesday
  const people = world.core.services.people;
  const fiia = await people.resolve(facilitator.identity, facilitator.loadProfile);
  await people.peopleStore.setRole(fiia.id, 'facilitator');
  for (const [name, platform, organisation, locale] of PEOPLE) {
    const caller: Caller = {
      identity: { platform, tenantId: platform === 'slack' ? TEAM : TENANT, userId: `U${name.toUpperCase()}` },
      loadProfile: async () => ({ name, locale }),
    };
    const person = await people.resolve(caller.identity, caller.loadProfile);
    await people.peopleStore.setOrganisation(person.id, (await people.peopleStore.ensureOrganisation(organisation)).id);
    members.push({ caller, id: person.id, name });
  }
  await say(facilitator, 'ryhmä luo sote "SOTE-hankinnat"');
  for (const member of members) expect(await say(member.caller, 'liity sote')).toMatch(/^(Tervetuloa|Välkommen)/);
  groupId = (await world.core.services.groups.require('sote')).id;
});
afterAll(async () => world?.database.drop());

describe('peer pairing rounds', () => {
  it('is for the group’s facilitators: others are refused and nothing is written', async () => {
    const jobsBefore = await world.database.db.$count(jobs);
    expect(await say(members[0]!.caller, 'group pairing sote every 2w')).toBe('Tämä komento on vain seuraaville: ylläpitäjä, fasilitaattori.');
    await world.core.services.people.peopleStore.setRole((await world.core.services.people.resolve(outsider.identity, outsider.loadProfile)).id, 'facilitator');
    expect(await say(outsider, 'group pairing sote every 2w')).toBe('Vain ryhmän SOTE-hankinnat fasilitaattorit ja ylläpitäjät voivat tehdä tämän.');
    expect(await say(facilitator, 'group pairing sote every 3d')).toBe('Anna tiheys viikkoina väliltä 1–12, esimerkiksi joka 2vk.');
    expect(await say(facilitator, 'ryhmä parit sote pois')).toBe('Ryhmän SOTE-hankinnat vertaistapaamiset eivät olleet päällä, joten mitään ei muutettu.');
    expect(await world.database.db.$count(jobs)).toBe(jobsBefore);
    expect(await world.core.services.groups.pairing.settings(groupId)).toBeUndefined();
  });

  it('pairs a group of 7 from 3 organisations every round for six rounds: everyone, one trio, no pair again while another is possible', async () => {
    expect(await say(facilitator, 'ryhmä parit sote joka 2vk')).toBe(
      'Vertaistapaamiset ovat päällä ryhmässä SOTE-hankinnat: uusi kierros 2 viikon välein, seuraava ma 9.3.2026 klo 9.00.',
    );
    const ids = members.map((member) => member.id);
    for (let round = 1; round <= 6; round++) {
      const { due, sent } = await nextPairingTick();
      // Mondays at 09:00 Helsinki time, before and after the change to summer time on 29 March;
      // round 3 falls on Easter Monday (6 April 2026) and goes on Tuesday.
      expect(localTimeOf(due, HELSINKI)).toBe('09:00');
      expect(localDateOf(due, HELSINKI)).toBe(['2026-03-09', '2026-03-23', '2026-04-07', '2026-04-20', '2026-05-04', '2026-05-18'][round - 1]);
      expect(whoGot(sent)).toEqual(members.map((member) => member.name).sort());
      const [latest, ...earlier] = await roundsInDatabase();
      expect(latest!.flat().sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
      expect(latest!.filter((group) => group.length === 3)).toHaveLength(1);
      if (repeatFreePossible(ids, earlier)) {
        const met = new Set(earlier.flatMap(pairKeys));
        expect(
          pairKeys(latest!).filter((key) => met.has(key)),
          `round ${round}`,
        ).toEqual([]);
      }
      // Each introduction names the others of the pair, in the reader's language, with a starter.
      for (const send of sent) {
        const reader = members.find((member) => member.caller.identity.userId === send.identity!.userId)!;
        const partners = latest!.find((group) => group.includes(reader.id))!.filter((id) => id !== reader.id);
        for (const partner of partners) expect(send.text).toContain(members.find((member) => member.id === partner)!.name);
        expect(send.text).toContain(reader.name === 'Ulla' ? 'Parsamtal · SOTE-hankinnat' : 'Vertaistapaaminen · SOTE-hankinnat');
        expect(send.text).toMatch(/Keskustelun avaus: |Att börja med: /);
      }
      // A week later: did you meet?
      const checkIn = await nextPairingTick();
      expect(localDateOf(checkIn.due, HELSINKI)).toBe(localDateOf(new Date(due.getTime() + 7 * 86_400_000), HELSINKI));
      expect(whoGot(checkIn.sent)).toEqual(members.map((member) => member.name).sort());
      expect(checkIn.sent.every((send) => /Tapasitteko\?|Träffades ni\?/.test(send.text))).toBe(true);
    }
    expect(await roundsInDatabase()).toHaveLength(6);
  });

  it('keeps what people answer for the facilitator, and only from the people of that pair', async () => {
    const { sent } = await (async () => {
      expect(await say(facilitator, 'group pairing sote every 1w')).toContain('joka viikko');
      await nextPairingTick(); // round 7
      return nextPairingTick(); // round 8 and the check-in of round 7, at the same time
    })();
    const checkIn = sent.find((send) => send.text.includes('Tapasitteko?') && send.identity!.userId === 'UAINO')!;
    const buttons = (checkIn.message as Message).blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : [])) as Button[];
    const yes = buttons.find((button) => button.label === 'Tapasimme')!;
    const aino = members[0]!.caller;
    // A value that is no answer of this action's (altered, cut short, lengthened) is refused politely and counts nothing.
    const pairId = yes.value!.split(':')[0]!;
    for (const value of [`${pairId}:maybe`, `${pairId}`, `${pairId}:yes:1`, `x${pairId}:yes`, `-${pairId}:yes`, `${pairId}:YES`, '']) {
      const refused = await world.core.handleAction({ caller: aino, conversation: dm(aino), actionId: yes.actionId, value });
      expect(replyText(refused.reply!), value).toBe('Tämä painike ei ole enää käytössä. Kokeile komentoa uudelleen.');
      expect(refused.update).toBeUndefined();
    }
    const untouched = await world.core.services.groups.pairing.pairingStore.pair(Number(pairId));
    expect(untouched!.members.map((member) => member.metAnswer)).toEqual(untouched!.members.map(() => null));
    const outcome = await world.core.handleAction({ caller: aino, conversation: dm(aino), actionId: yes.actionId, value: yes.value! });
    expect(outcome.reply).toBeUndefined();
    expect(replyText(outcome.update!)).toBe('Kiitos! Vastauksesi: Tapasimme.');
    const stranger = await world.core.handleAction({ caller: outsider, conversation: dm(outsider), actionId: yes.actionId, value: yes.value! });
    expect(replyText(stranger.reply!)).toBe('Tämä kysymys oli toiselle, joten vastaustasi ei tallennettu.');
    const status = await say(facilitator, 'ryhmä parit sote');
    expect(status).toContain('Ryhmän SOTE-hankinnat vertaistapaamiset: joka viikko');
    expect(status).toMatch(/Kierros 7 \(.*\): 3 tapaamista – tapasivat 1, sovittu 0, eivät tavanneet 0, ei vastausta 6/);
  });

  it('skips people who paused themselves, until their pause is over', async () => {
    const oona = members[3]!;
    expect(await say(oona.caller, 'ryhmä tauko 10pv')).toMatch(/^Pidät taukoa vertaistapaamisista .* asti\. Tauon voi lopettaa: ryhmä tauko pois$/);
    const paused = await nextPairingTick();
    const introductions = paused.sent.filter((send) => send.text.includes('Vertaistapaaminen') || send.text.includes('Parsamtal'));
    expect(whoGot(introductions)).toEqual(
      members
        .filter((member) => member !== oona)
        .map((member) => member.name)
        .sort(),
    );
    const [latest] = await roundsInDatabase();
    expect(latest!.flat()).not.toContain(oona.id);
    expect(latest!.every((group) => group.length === 2)).toBe(true);
    // The next round is two weeks after the pause began: the ten days are over and Oona is back.
    await nextPairingTick();
    expect((await roundsInDatabase())[0]!.flat()).toContain(oona.id);
    expect(await say(oona.caller, 'pause pairing off')).toBe('Sinulla ei ollut taukoa vertaistapaamisista, joten mitään ei muutettu.');
  });

  it('skips people who are away and the people of an organisation on its summer break, that round only', async () => {
    const [oona, pekka, sanna] = [members[3]!, members[5]!, members[6]!];
    const roundDate = localDateOf((await world.nextDue('groups.pairing-round'))!, HELSINKI);
    const day = roundDate.split('-').reverse().map(Number).join('.');
    expect(await say(oona.caller, `poissa ${day}..${day}`)).toContain('olet poissa');
    await world.core.services.people.peopleStore.setRole(pekka.id, 'coordinator');
    expect(await say(pekka.caller, `org kesä ${day}..${day}`)).toContain('Organisaation Hansel kesätauko');
    let introductions: ReturnType<typeof world.slack.directMessages> = [];
    while (introductions.length === 0) {
      const { sent } = await nextPairingTick();
      introductions = sent.filter((send) => send.text.includes('Vertaistapaaminen') || send.text.includes('Parsamtal'));
    }
    expect(whoGot(introductions)).toEqual(['Aino', 'Eero', 'Iida', 'Ulla']);
    for (const person of [oona, pekka, sanna]) expect((await roundsInDatabase())[0]!.flat()).not.toContain(person.id);
    expect(await say(oona.caller, 'poissa pois')).toContain('Tervetuloa takaisin');
    expect(await say(pekka.caller, `org kesä pois ${roundDate.slice(0, 4)}`)).toContain(roundDate.slice(0, 4));
  });

  it('introduces each pair once, even when a round is scheduled twice', async () => {
    const next = (await pendingPairingDue())!;
    const { scheduleRound } = await import('../../src/core/groups/group-jobs.js');
    const round = (await world.core.services.groups.pairing.pairingStore.lastRoundNumber(groupId)) + 1;
    // The same round again, a day later (as if turned on twice): a second job, but not a second introduction.
    await scheduleRound(world.core.services.jobs, { groupId, round, at: new Date(next.getTime() + 86_400_000), zone: HELSINKI });
    const first = await nextPairingTick();
    expect(first.sent.filter((send) => send.text.includes('Vertaistapaaminen') || send.text.includes('Parsamtal'))).toHaveLength(7);
    const again = await nextPairingTick();
    expect(again.due.getTime() - first.due.getTime()).toBe(86_400_000);
    expect(again.sent).toEqual([]);
    const rows = rowsOf<{ n: number }>(
      await world.database.db.execute(sql`select count(*)::int as n from pairing_rounds where group_id = ${groupId} and number = ${round}`),
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('stops when the facilitator turns pairing off', async () => {
    expect(await say(facilitator, 'group pairing sote off')).toBe(
      'Vertaistapaamiset ovat nyt pois päältä ryhmässä SOTE-hankinnat. Aiemmat kierrokset ja vastaukset säilyvät.',
    );
    const rounds = (await roundsInDatabase()).length;
    // Check-ins of the last round may still come; no new round does.
    for (let due = await pendingPairingDue(); due; due = await pendingPairingDue()) await nextPairingTick();
    world.now = new Date(world.now.getTime() + 30 * 86_400_000);
    await world.runner.tick();
    expect(await roundsInDatabase()).toHaveLength(rounds);
  });
});
