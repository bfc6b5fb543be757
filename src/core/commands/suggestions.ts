/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The closest candidates to a word, best first, within a distance that grows with its length. */
export function nearest(word: string, candidates: string[], limit = 3): string[] {
  const target = word.toLowerCase();
  const threshold = Math.max(2, Math.floor(target.length / 3));
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, distance: distanceToPrefixOrWhole(target, candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= threshold)
    .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

function distanceToPrefixOrWhole(target: string, candidate: string): number {
  const whole = editDistance(target, candidate);
  // "sess" is near "sessions": a typed prefix of three or more letters counts as close.
  if (target.length >= 3 && candidate.startsWith(target)) return Math.min(whole, 1);
  return whole;
}
