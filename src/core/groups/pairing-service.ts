import type { Group } from './group.js';
import type { GroupStore } from './group-store.js';
import { pairMembers } from './pairing.js';
import type { MetAnswer, PairingRound, PairingSettings, PairingStore } from './pairing-store.js';
import { localDateOf, type LocalDate } from '../time/local-time.js';
import { WorkingCalendar } from '../time/working-days.js';
import type { WorkingDaysStore } from '../working-days/working-days-store.js';

/** How many earlier rounds the pairing looks back on to avoid repeats. */
export const HISTORY_ROUNDS = 6;

/** A stable seed per group and round: a retried round is the same round. */
export function roundSeed(groupId: number, round: number): number {
  let hash = 0x811c9dc5;
  for (const char of `${groupId}:${round}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** Peer pairing rounds of developer groups: settings, the rounds themselves, answers, pauses. */
export class PairingService {
  constructor(
    private readonly store: PairingStore,
    private readonly groups: GroupStore,
    /** People's time off and organisations' summer breaks; nobody is off when left out. */
    private readonly timeOff?: Pick<WorkingDaysStore, 'awayOn' | 'daysOff'>,
  ) {}

  get pairingStore(): PairingStore {
    return this.store;
  }

  settings(groupId: number): Promise<PairingSettings | undefined> {
    return this.store.settings(groupId);
  }

  /**
   * The round's pairs: computed from the current members, skipping people who paused pairing, are
   * away (`away`) or whose organisation is on its summer break on the round's date (in `zone`),
   * and avoiding the pairs of the last rounds; stored, and a round stored already is returned as it was.
   */
  async prepareRound(group: Group, number: number, dueAt: Date, zone: string): Promise<PairingRound> {
    const members = await this.groups.members(group.id);
    const paused = await this.store.pausedAmong(
      members.map((member) => member.personId),
      dueAt,
    );
    for (const personId of await this.offOn(members, localDateOf(dueAt, zone))) paused.add(personId);
    const earlier = (await this.store.recentRounds(group.id, HISTORY_ROUNDS + 1)).filter((round) => round.number < number).slice(0, HISTORY_ROUNDS);
    const seed = roundSeed(group.id, number);
    const { groups } = pairMembers({
      members: members.map((member) => ({ personId: member.personId, organisationId: member.organisationId })),
      history: earlier.map((round) => round.pairs.map((pair) => pair.members.map((member) => member.personId))),
      paused,
      seed,
    });
    const organisationOf = new Map(members.map((member) => [member.personId, member.organisationId]));
    return this.store.createRound({
      groupId: group.id,
      number,
      dueAt,
      seed,
      groups: groups.map((pair) => pair.map((personId) => ({ personId, organisationId: organisationOf.get(personId) ?? null }))),
    });
  }

  /** Of the members, who is away or on their organisation's summer break on the date. */
  private async offOn(members: { personId: number; organisationId: number | null }[], date: LocalDate): Promise<Set<number>> {
    if (!this.timeOff) return new Set();
    const off = new Set(
      (
        await this.timeOff.awayOn(
          members.map((member) => member.personId),
          date,
        )
      ).keys(),
    );
    const organisations = new Set(members.flatMap((member) => (member.organisationId === null ? [] : [member.organisationId])));
    for (const organisationId of organisations) {
      if (!new WorkingCalendar(await this.timeOff.daysOff(organisationId)).summerOf(date)) continue;
      for (const member of members) if (member.organisationId === organisationId) off.add(member.personId);
    }
    return off;
  }

  answer(pairId: number, personId: number, answer: MetAnswer, at: Date): Promise<boolean> {
    return this.store.answer(pairId, personId, answer, at);
  }
}
