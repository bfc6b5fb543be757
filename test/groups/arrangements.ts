import { pairKeys } from '../../src/core/groups/pairing.js';

/** Every way to split people into pairs, with one trio when the count is odd (for checks on small groups). */
export function allArrangements(ids: number[]): number[][][] {
  if (ids.length === 0) return [[]];
  const [first, ...rest] = ids as [number, ...number[]];
  const found: number[][][] = [];
  for (let i = 0; i < rest.length; i++) {
    const second = rest[i]!;
    const afterPair = rest.filter((_, index) => index !== i);
    if (afterPair.length !== 1) for (const tail of allArrangements(afterPair)) found.push([[first, second], ...tail]);
    if (ids.length % 2 === 1) {
      for (let j = i + 1; j < rest.length; j++) {
        const third = rest[j]!;
        const afterTrio = rest.filter((_, index) => index !== i && index !== j);
        if (afterTrio.length % 2 === 0) for (const tail of allArrangements(afterTrio)) found.push([[first, second, third], ...tail]);
      }
    }
  }
  return found;
}

/** Whether the people could have been arranged this round without anyone meeting again. */
export function repeatFreePossible(ids: number[], history: number[][][]): boolean {
  const met = new Set(history.flatMap(pairKeys));
  return allArrangements(ids).some((candidate) => pairKeys(candidate).every((key) => !met.has(key)));
}
