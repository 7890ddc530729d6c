// Where a posting is open to, as the search index holds it: one key per posting naming only the places it
// states, which the search page expands into every place it accepts. Shared by the index, the search page's
// server-side counts and the browser client, so it imports nothing (the client bundle stays small).

/** Each region with the countries it covers, as the board's vocabulary defines them. */
export type RegionTable = Readonly<Record<string, readonly string[]>>;

/** The region that accepts every country, whatever the table lists. */
const WORLDWIDE = 'worldwide';

/** A key with no place accepted: no posting has it, as every key holds a "|". */
export const NO_PLACE_KEY = 'none';

/**
 * The key of a posting's places: the places a remote posting accepts applicants from, then "|", then its
 * offices' countries, each part sorted. Only a remote posting's `remoteFrom` counts: an office posting is open to
 * the countries of its offices.
 */
export function whereKey(job: {
  workplace: string;
  remoteFrom?: readonly string[] | undefined;
  offices?: ReadonlyArray<{ country: string }> | undefined;
}): string {
  const remote = job.workplace === 'remote' ? [...new Set(job.remoteFrom ?? [])].sort() : [];
  const offices = [...new Set((job.offices ?? []).map((office) => office.country))].sort();
  return `${remote.join(' ')}|${offices.join(' ')}`;
}

interface ParsedKey {
  worldwide: boolean;
  /** Countries a remote posting accepts applicants from, its regions' countries included. */
  accepted: ReadonlySet<string>;
  offices: readonly string[];
  remote: boolean;
}

// A page counts every place against every key on each search: each key is read once.
const parsed = new Map<string, ParsedKey>();

function parseKey(key: string, regions: RegionTable): ParsedKey {
  let found = parsed.get(key);
  if (found) return found;
  const [remotePart = '', officePart = ''] = key.split('|');
  const remote = remotePart ? remotePart.split(' ') : [];
  found = {
    worldwide: remote.includes(WORLDWIDE),
    accepted: new Set(remote.flatMap((stated) => (Object.hasOwn(regions, stated) ? regions[stated]! : [stated]))),
    offices: officePart ? officePart.split(' ') : [],
    remote: remote.length > 0,
  };
  parsed.set(key, found);
  return found;
}

/**
 * Whether a posting with this key is open to `place`: a country when the posting accepts applicants from it
 * (named, or in a region it accepts, or anywhere for worldwide) or has an office there; a region when the
 * posting accepts applicants from every country of it. `regions` must be the same table for every call.
 */
export function keyAccepts(key: string, place: string, regions: RegionTable): boolean {
  const { worldwide, accepted, offices, remote } = parseKey(key, regions);
  if (worldwide) return true;
  if (Object.hasOwn(regions, place)) return remote && regions[place]!.every((country) => accepted.has(country));
  return accepted.has(place) || offices.includes(place);
}

/** The keys of `keys` open to any of `places`; a key no posting has when none is, so that the filter finds nothing. */
export function keysAccepting(places: readonly string[], keys: readonly string[], regions: RegionTable): string[] {
  const found = keys.filter((key) => places.some((place) => keyAccepts(key, place, regions)));
  return found.length > 0 ? found : [NO_PLACE_KEY];
}

/** Postings per place, from postings per key: each posting has one key, so the sums count it once. */
export function placeCounts(
  byKey: Readonly<Record<string, number>>,
  places: readonly string[],
  regions: RegionTable,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const place of places) {
    let count = 0;
    for (const [key, n] of Object.entries(byKey)) if (n > 0 && keyAccepts(key, place, regions)) count += n;
    counts[place] = count;
  }
  return counts;
}
