import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXACT_LIMIT, pairKeys, pairMembers, type PairingCandidate } from '../../src/core/groups/pairing.js';
import { allArrangements, repeatFreePossible } from './arrangements.js';

function sameOrganisationPairs(groups: number[][], members: PairingCandidate[]): number {
  const organisation = new Map(members.map((member) => [member.personId, member.organisationId]));
  return pairKeys(groups).filter((key) => {
    const [a, b] = key.split('-').map(Number) as [number, number];
    return organisation.get(a) !== null && organisation.get(a) === organisation.get(b);
  }).length;
}

function expectEveryoneOnce(groups: number[][], ids: number[]): void {
  expect(groups.flat().sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
  const trios = groups.filter((group) => group.length === 3).length;
  expect(trios).toBe(ids.length % 2);
  expect(groups.every((group) => group.length === 2 || group.length === 3)).toBe(true);
}

const seven: PairingCandidate[] = [
  { personId: 1, organisationId: 10 },
  { personId: 2, organisationId: 10 },
  { personId: 3, organisationId: 10 },
  { personId: 4, organisationId: 20 },
  { personId: 5, organisationId: 20 },
  { personId: 6, organisationId: 30 },
  { personId: 7, organisationId: 30 },
];

describe('peer pairing', () => {
  it('pairs a group of 7 from 3 organisations for six rounds: everyone every round, one trio, no pair again while another arrangement avoids it', () => {
    const history: number[][][] = [];
    const ids = seven.map((member) => member.personId);
    for (let round = 1; round <= 6; round++) {
      const { groups, unpaired } = pairMembers({ members: seven, history, seed: round });
      expect(unpaired).toEqual([]);
      expectEveryoneOnce(groups, ids);
      const met = new Set(history.flatMap(pairKeys));
      if (repeatFreePossible(ids, history))
        expect(
          pairKeys(groups).filter((key) => met.has(key)),
          `round ${round}`,
        ).toEqual([]);
      history.unshift(groups);
    }
    // 7 people have 21 pairs and a round uses 5: the first three rounds are all new pairs, and
    // when repeats must come, nobody meets the same person two rounds running.
    expect(new Set(history.slice(-3).flatMap(pairKeys)).size).toBe(15);
    for (let round = 1; round < history.length; round++) {
      const previous = new Set(pairKeys(history[round]!));
      expect(pairKeys(history[round - 1]!).filter((key) => previous.has(key))).toEqual([]);
    }
  });

  it('prefers people from different organisations', () => {
    const members: PairingCandidate[] = [
      { personId: 1, organisationId: 1 },
      { personId: 2, organisationId: 1 },
      { personId: 3, organisationId: 2 },
      { personId: 4, organisationId: 2 },
    ];
    for (let seed = 0; seed < 20; seed++) expect(sameOrganisationPairs(pairMembers({ members, history: [], seed }).groups, members)).toBe(0);
  });

  it('skips people who paused, and leaves nobody alone when only one takes part', () => {
    const { groups } = pairMembers({ members: seven, history: [], paused: [3, 6], seed: 7 });
    expectEveryoneOnce(groups, [1, 2, 4, 5, 7]);
    expect(pairMembers({ members: seven.slice(0, 2), history: [], paused: [1], seed: 1 })).toEqual({ groups: [], unpaired: [2] });
  });

  it('gives the same round for the same seed, and variety across seeds', () => {
    const first = pairMembers({ members: seven, history: [], seed: 42 });
    expect(pairMembers({ members: [...seven].reverse(), history: [], seed: 42 })).toEqual(first);
    const distinct = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(pairMembers({ members: seven, history: [], seed }).groups)));
    expect(distinct.size).toBeGreaterThan(3);
  });

  const membersArbitrary = (min: number, max: number) =>
    fc
      .uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: min, maxLength: max })
      .chain((ids) =>
        fc.tuple(fc.constant(ids), fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), { minLength: ids.length, maxLength: ids.length })),
      )
      .map(([ids, organisations]) => ids.map((personId, index) => ({ personId, organisationId: organisations[index]! })));

  it('always puts everyone who takes part in exactly one pair or the one trio (property)', () => {
    fc.assert(
      fc.property(membersArbitrary(0, 40), fc.integer(), fc.array(fc.nat(39)), fc.nat(3), (members, seed, pausedIndexes, rounds) => {
        const paused = pausedIndexes.map((index) => members[index]?.personId).filter((id): id is number => id !== undefined);
        const history: number[][][] = [];
        for (let round = 0; round <= rounds; round++) {
          const { groups, unpaired } = pairMembers({ members, history, paused, seed: seed + round });
          const taking = members.map((member) => member.personId).filter((id) => !paused.includes(id));
          if (taking.length < 2) {
            expect(groups).toEqual([]);
            expect(unpaired).toEqual(taking.sort((a, b) => a - b));
          } else {
            expect(unpaired).toEqual([]);
            expectEveryoneOnce(groups, taking);
          }
          history.unshift(groups);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same input and seed give the same round (property)', () => {
    fc.assert(
      fc.property(membersArbitrary(2, 30), fc.integer(), (members, seed) => {
        const history = [pairMembers({ members, history: [], seed: seed ^ 1 }).groups];
        expect(pairMembers({ members, history, seed })).toEqual(pairMembers({ members: [...members].reverse(), history, seed }));
      }),
      { numRuns: 100 },
    );
  });

  it('never repeats a pair when another arrangement avoids it, and otherwise meets the fewest colleagues (property, small groups)', () => {
    fc.assert(
      fc.property(membersArbitrary(2, 9), fc.integer(), fc.nat(4), (members, seed, rounds) => {
        const ids = members.map((member) => member.personId);
        const history: number[][][] = [];
        for (let round = 0; round < rounds; round++) history.unshift(pairMembers({ members, history, seed: seed + round + 1 }).groups);
        const { groups } = pairMembers({ members, history, seed });
        const met = new Set(history.flatMap(pairKeys));
        const repeatFree = allArrangements(ids).filter((candidate) => pairKeys(candidate).every((key) => !met.has(key)));
        if (repeatFree.length > 0) {
          expect(pairKeys(groups).filter((key) => met.has(key))).toEqual([]);
          const fewest = Math.min(...repeatFree.map((candidate) => sameOrganisationPairs(candidate, members)));
          expect(sameOrganisationPairs(groups, members)).toBe(fewest);
        }
      }),
      { numRuns: 150 },
    );
  });

  it(`avoids the last round's pairs in groups larger than ${EXACT_LIMIT} too (property)`, () => {
    fc.assert(
      fc.property(membersArbitrary(EXACT_LIMIT + 1, 80), fc.integer(), (members, seed) => {
        const last = pairMembers({ members, history: [], seed: seed + 1 }).groups;
        const { groups } = pairMembers({ members, history: [last], seed });
        const met = new Set(pairKeys(last));
        expect(pairKeys(groups).filter((key) => met.has(key))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
