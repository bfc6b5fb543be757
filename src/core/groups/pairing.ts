/**
 * Peer pairing: who meets whom this round. A pure function of the members, the earlier rounds,
 * who paused, and a seed, so that a round can be recomputed, tested and explained.
 *
 * What it optimises, in order:
 * 1. nobody is left out: everyone who takes part is in a pair, with one trio when the count is odd;
 * 2. no pair of the earlier rounds meets again while another arrangement avoids it (a pair from the
 *    last round weighs more than one from long ago);
 * 3. people meet someone from another organisation where possible.
 * Ties are broken by a shuffle seeded with `seed`: the same input gives the same round.
 */

export interface PairingCandidate {
  personId: number;
  /** null: unknown, never counted as the same organisation as anyone. */
  organisationId: number | null;
}

export interface PairingInput {
  members: readonly PairingCandidate[];
  /** The groups of earlier rounds, the most recent round first. */
  history: readonly (readonly (readonly number[])[])[];
  /** People who paused pairing: skipped this round. */
  paused?: Iterable<number>;
  seed: number;
}

export interface PairingResult {
  /** Pairs, and one trio when the number of people taking part is odd. Ids ascending in each. */
  groups: number[][];
  /** Only when fewer than two take part: nobody to pair them with. */
  unpaired: number[];
}

/** Up to this many people the best arrangement is found exactly; above it, greedy plus swaps. */
export const EXACT_LIMIT = 14;

export function pairMembers(input: PairingInput): PairingResult {
  const paused = new Set(input.paused ?? []);
  const seen = new Set<number>();
  const eligible: PairingCandidate[] = [];
  for (const member of input.members) {
    if (paused.has(member.personId) || seen.has(member.personId)) continue;
    seen.add(member.personId);
    eligible.push(member);
  }
  if (eligible.length < 2) return { groups: [], unpaired: eligible.map((member) => member.personId).sort((a, b) => a - b) };

  // Sorted first, so that the order members come in does not matter; only the seed does.
  const people = shuffle(
    eligible.sort((a, b) => a.personId - b.personId),
    mulberry32(input.seed),
  );
  const cost = costMatrix(people, input.history);
  const indexGroups = people.length <= EXACT_LIMIT ? exactArrangement(cost) : improvedArrangement(cost);
  const groups = indexGroups.map((group) => group.map((index) => people[index]!.personId).sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
  return { groups, unpaired: [] };
}

/** How often each pair met, weighted by recency, and whether they share an organisation. */
function costMatrix(people: readonly PairingCandidate[], history: PairingInput['history']): number[][] {
  const n = people.length;
  const indexOf = new Map(people.map((person, index) => [person.personId, index]));
  // One repeat must outweigh every same-organisation pair an arrangement could have (at most n/2 + 2 edges).
  const repeatUnit = n + 3;
  const cost = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  history.forEach((round, age) => {
    const weight = repeatUnit * (history.length - age);
    for (const group of round) {
      const present = group.map((id) => indexOf.get(id)).filter((index): index is number => index !== undefined);
      for (let a = 0; a < present.length; a++) {
        for (let b = a + 1; b < present.length; b++) {
          cost[present[a]!]![present[b]!]! += weight;
          cost[present[b]!]![present[a]!]! += weight;
        }
      }
    }
  });
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const organisation = people[a]!.organisationId;
      if (organisation !== null && organisation === people[b]!.organisationId) {
        cost[a]![b]! += 1;
        cost[b]![a]! += 1;
      }
    }
  }
  return cost;
}

function groupCost(cost: number[][], group: readonly number[]): number {
  let total = 0;
  for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) total += cost[group[a]!]![group[b]!]!;
  return total;
}

/** The cheapest partition into pairs (plus one trio when odd), by dynamic programming over subsets. */
function exactArrangement(cost: number[][]): number[][] {
  const n = cost.length;
  const full = (1 << n) - 1;
  const best = new Float64Array(1 << n).fill(Number.NaN);
  const pick = new Int32Array(1 << n);
  best[full] = 0;

  const solve = (mask: number, remaining: number): number => {
    const known = best[mask]!;
    if (!Number.isNaN(known)) return known;
    let first = 0;
    while (mask & (1 << first)) first++;
    let bestCost = Number.POSITIVE_INFINITY;
    let bestPick = 0;
    const withFirst = mask | (1 << first);
    for (let second = first + 1; second < n; second++) {
      if (withFirst & (1 << second)) continue;
      const pairMask = withFirst | (1 << second);
      // An odd remainder must keep at least three for the trio; a pair may not leave one alone.
      if (remaining - 2 !== 1) {
        const total = cost[first]![second]! + solve(pairMask, remaining - 2);
        if (total < bestCost) {
          bestCost = total;
          bestPick = second + 1;
        }
      }
      if (remaining % 2 === 1) {
        for (let third = second + 1; third < n; third++) {
          if (pairMask & (1 << third)) continue;
          const total = cost[first]![second]! + cost[first]![third]! + cost[second]![third]! + solve(pairMask | (1 << third), remaining - 3);
          if (total < bestCost) {
            bestCost = total;
            bestPick = (second + 1) | ((third + 1) << 8);
          }
        }
      }
    }
    best[mask] = bestCost;
    pick[mask] = bestPick;
    return bestCost;
  };

  solve(0, n);
  const groups: number[][] = [];
  for (let mask = 0; mask !== full; ) {
    let first = 0;
    while (mask & (1 << first)) first++;
    const chosen = pick[mask]!;
    const second = (chosen & 0xff) - 1;
    const third = (chosen >> 8) - 1;
    const group = third >= 0 ? [first, second, third] : [first, second];
    groups.push(group);
    for (const index of group) mask |= 1 << index;
  }
  return groups;
}

/** For large groups: each person in turn takes the cheapest free partner, then swaps improve it. */
function improvedArrangement(cost: number[][]): number[][] {
  const n = cost.length;
  const free = new Set(Array.from({ length: n }, (_, index) => index));
  const groups: number[][] = [];
  for (const person of [...free]) {
    if (!free.has(person)) continue;
    free.delete(person);
    if (free.size === 0) {
      // The odd one out joins the pair it costs least to join.
      let target = 0;
      let targetCost = Number.POSITIVE_INFINITY;
      groups.forEach((group, index) => {
        const added = group.reduce((sum, other) => sum + cost[person]![other]!, 0);
        if (added < targetCost) {
          targetCost = added;
          target = index;
        }
      });
      groups[target]!.push(person);
      break;
    }
    let partner = -1;
    for (const candidate of free) if (partner < 0 || cost[person]![candidate]! < cost[person]![partner]!) partner = candidate;
    free.delete(partner);
    groups.push([person, partner]);
  }

  // Swap two people between two groups while that lowers the total; sizes stay as they are.
  for (let pass = 0, improved = true; improved && pass < 100; pass++) {
    improved = false;
    for (let g = 0; g < groups.length; g++) {
      for (let h = g + 1; h < groups.length; h++) {
        const first = groups[g]!;
        const second = groups[h]!;
        for (let x = 0; x < first.length; x++) {
          for (let y = 0; y < second.length; y++) {
            const before = groupCost(cost, first) + groupCost(cost, second);
            [first[x], second[y]] = [second[y]!, first[x]!];
            if (groupCost(cost, first) + groupCost(cost, second) < before) {
              improved = true;
            } else {
              [first[x], second[y]] = [second[y]!, first[x]!];
            }
          }
        }
      }
    }
  }
  return groups;
}

/** A small, fast, seedable generator (mulberry32): the same seed, the same sequence. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/** Pairs of a round as "a-b" keys (a < b), trios counted as their three pairs: for checks and tests. */
export function pairKeys(groups: readonly (readonly number[])[]): string[] {
  const keys: string[] = [];
  for (const group of groups) {
    const sorted = [...group].sort((a, b) => a - b);
    for (let a = 0; a < sorted.length; a++) for (let b = a + 1; b < sorted.length; b++) keys.push(`${sorted[a]}-${sorted[b]}`);
  }
  return keys;
}
