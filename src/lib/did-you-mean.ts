// "Did you mean" suggestions for misspelt keys, tags, regions and slugs.

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `input`, if one is close enough to be a plausible typo.
 * `aliases` maps known alternative spellings (golang, k8s, uk) straight to a candidate.
 */
export function didYouMean(
  input: string,
  candidates: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const normalised = input
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const alias = Object.hasOwn(aliases, normalised) ? aliases[normalised] : undefined;
  if (alias !== undefined) return alias;
  const exactIgnoringCase = candidates.find((c) => c.toLowerCase() === normalised);
  if (exactIgnoringCase !== undefined) return exactIgnoringCase;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(normalised, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(normalised.length / 3));
  if (bestDistance <= allowed && bestDistance < normalised.length) return best;
  // A shortened slug ("acme" for "acme-corp") is a likely slip when exactly one candidate extends it.
  const extended = candidates.filter((c) => normalised.length >= 3 && c.toLowerCase().startsWith(`${normalised}-`));
  return extended.length === 1 ? extended[0] : undefined;
}

/** ` Did you mean "x"?` or an empty string, ready to append to a message. */
export function didYouMeanHint(
  input: string,
  candidates: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string {
  const suggestion = didYouMean(input, candidates, aliases);
  return suggestion !== undefined && suggestion !== input ? ` Did you mean "${suggestion}"?` : '';
}
