// "Did you mean" suggestions for misspelt keys, tags, regions and slugs. The input comes from contributors'
// files, so the work is bounded by the candidates' lengths, never by the input's.

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbours. With `limit`, any
 * distance above it is returned as `limit + 1`, and the work stops as soon as that is certain. Memory is three
 * rows of the shorter string's length, reused from one call to the next.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  // Each character of the longer string beyond the shorter one's length needs an insertion at least.
  if (long.length - short.length > limit) return limit + 1;
  const cols = short.length + 1;
  if (rows[0]!.length < cols) rows = rows.map(() => new Int32Array(cols * 2));
  let [twoBack, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) previous[j] = j;
  let previousBest = 0;
  for (let i = 1; i <= long.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j < cols; j++) {
      const cost = long[i - 1] === short[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && long[i - 1] === short[j - 2] && long[i - 2] === short[j - 1]) {
        best = Math.min(best, twoBack[j - 2]! + 1);
      }
      current[j] = best;
      if (best < rowBest) rowBest = best;
    }
    // Every way to the end passes through this row, or jumps it from the one before with a swap: once both
    // rows are over the limit, so is the distance.
    if (rowBest > limit && previousBest > limit) return limit + 1;
    previousBest = rowBest;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return Math.min(previous[short.length]!, limit + 1);
}

// The three rows editDistance works in, kept between calls: suggestions for a file with thousands of wrong
// values compare each with hundreds of candidates.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

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
  const allowed = Math.max(1, Math.floor(normalised.length / 3));
  let longest = 0;
  for (const candidate of candidates) longest = Math.max(longest, candidate.length);
  // Each character beyond a candidate's length is an edit, and a shortened slug is shorter than what it
  // shortens: nothing is compared for an input much longer than every candidate.
  if (normalised.length - longest > allowed) return undefined;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    // Only a closer candidate matters, so each comparison may stop once it cannot be one.
    const distance = editDistance(normalised, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance < normalised.length) return best;
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
