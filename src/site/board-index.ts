// The board, grouped and sorted once per build: every page reads its postings from these indexes
// instead of scanning the collection, so a build stays proportional to the number of postings.

import { getCollection, type CollectionEntry } from 'astro:content';
import { isClosed, newestFirst } from '../board/board.ts';
import { applicantCountries } from './json-ld.ts';
import { REGIONS, keysOf, type CountryCode, type Level, type Place, type StackTag } from '../board/vocabulary.ts';
import { buildDate } from '../build/build-date.ts';
import { currentContentProblems } from '../build/build-state.ts';
import { salaryStats, type SalaryStats } from './salary-stats.ts';
import { facetsOf, type InterviewFacet } from './interview.ts';
import { LISTING_OVERLAP_HOURS, READER_ZONES, overlapsDay } from './working-hours.ts';

export interface BoardIndex {
  /** The build date. */
  today: string;
  /** Every published posting, open and closed, newest first. */
  all: CollectionEntry<'jobs'>[];
  /** Postings that take applications at this build, newest first. */
  open: CollectionEntry<'jobs'>[];
  /** Every company, by name. */
  companies: CollectionEntry<'companies'>[];
  companyById: ReadonlyMap<string, CollectionEntry<'companies'>>;
  openByCompany: ReadonlyMap<string, CollectionEntry<'jobs'>[]>;
  closedByCompany: ReadonlyMap<string, CollectionEntry<'jobs'>[]>;
  openByTag: ReadonlyMap<StackTag, CollectionEntry<'jobs'>[]>;
  openByLevel: ReadonlyMap<Level, CollectionEntry<'jobs'>[]>;
  /** Open remote postings that accept applicants from anywhere in the place. */
  openByPlace: ReadonlyMap<Place, CollectionEntry<'jobs'>[]>;
  /**
   * The places that get a listing: every region, and every country an open remote posting accepts by name in
   * its remoteFrom (not the offices' countries, which the search's `namedCountries` also counts).
   */
  listedPlaces: Place[];
  /** Open postings in each interview facet (interview.ts): "no take-home", "at most 3 stages"… */
  openByInterview: ReadonlyMap<InterviewFacet, CollectionEntry<'jobs'>[]>;
  /** Open postings that do not state their interview, in no interview facet. */
  openWithoutInterview: number;
  /** Open postings whose hours overlap a reader zone's working day enough for its listing, by the zone's slug. */
  openByOverlap: ReadonlyMap<string, CollectionEntry<'jobs'>[]>;
  /** Open postings that do not state their working hours, in no overlap listing. */
  openWithoutHours: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function build(): Promise<BoardIndex> {
  const today = buildDate();
  const all = (await getCollection('jobs')).sort(newestFirst);
  const companies = (await getCollection('companies')).sort((a, b) => a.data.name.localeCompare(b.data.name));
  const open: CollectionEntry<'jobs'>[] = [];
  const openByCompany = new Map<string, CollectionEntry<'jobs'>[]>();
  const closedByCompany = new Map<string, CollectionEntry<'jobs'>[]>();
  const openByTag = new Map<StackTag, CollectionEntry<'jobs'>[]>();
  const openByLevel = new Map<Level, CollectionEntry<'jobs'>[]>();
  const openByPlace = new Map<Place, CollectionEntry<'jobs'>[]>();
  const openByInterview = new Map<InterviewFacet, CollectionEntry<'jobs'>[]>();
  let openWithoutInterview = 0;
  const openByOverlap = new Map<string, CollectionEntry<'jobs'>[]>();
  let openWithoutHours = 0;
  const remoteCountries = new Set<CountryCode>();
  const regions = keysOf(REGIONS);

  for (const job of all) {
    if (isClosed(job.data, today)) {
      push(closedByCompany, job.data.company, job);
      continue;
    }
    open.push(job);
    push(openByCompany, job.data.company, job);
    push(openByLevel, job.data.level, job);
    for (const tag of job.data.stack) push(openByTag, tag, job);
    if (!job.data.interview?.length) openWithoutInterview++;
    for (const facet of facetsOf(job.data.interview)) push(openByInterview, facet, job);
    if (!job.data.hours) openWithoutHours++;
    else {
      for (const zone of READER_ZONES) {
        if (overlapsDay(job.data, zone.zone, LISTING_OVERLAP_HOURS, today)) push(openByOverlap, zone.slug, job);
      }
    }
    if (job.data.workplace !== 'remote') continue;
    const remoteFrom = job.data.remoteFrom ?? [];
    for (const place of remoteFrom) if (!(place in REGIONS)) remoteCountries.add(place as CountryCode);
    const countries = applicantCountries(remoteFrom);
    const accepted = countries ? new Set<Place>(countries) : undefined;
    for (const region of regions) {
      if (!accepted || REGIONS[region].countries.every((c) => accepted.has(c))) push(openByPlace, region, job);
    }
    for (const country of countries ?? []) push(openByPlace, country, job);
  }
  // Worldwide postings are open to every country: add them to the countries that get a listing.
  const worldwide = openByPlace.get('worldwide') ?? [];
  const listedPlaces: Place[] = [...regions, ...[...remoteCountries].sort()];
  for (const country of remoteCountries) {
    const own = openByPlace.get(country) ?? [];
    const merged = [...new Set([...own, ...worldwide])].sort(newestFirst);
    openByPlace.set(country, merged);
  }
  return {
    today,
    all,
    open,
    companies,
    companyById: new Map(companies.map((c) => [c.id, c])),
    openByCompany,
    closedByCompany,
    openByTag,
    openByLevel,
    openByPlace,
    listedPlaces,
    openByInterview,
    openWithoutInterview,
    openByOverlap,
    openWithoutHours,
  };
}

/** The content's problems, as the validator words them, shown by `astro dev` in place of a page. */
class ContentProblemsError extends Error {
  constructor(problems: readonly string[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content; fix ${problems.length === 1 ? 'it' : 'them'} and the page reloads:\n${problems.join('\n')}`,
    );
    this.name = 'ContentProblemsError';
  }
}

let cached: Promise<BoardIndex> | undefined;

/** The board's indexes, built once per build (rebuilt on every request in `astro dev`, where content changes). */
export function boardIndex(): Promise<BoardIndex> {
  if (import.meta.env.DEV) {
    // Under `astro dev`, an edit that broke the content shows its problems on every page until it is fixed.
    const problems = currentContentProblems();
    if (problems.length > 0) throw new ContentProblemsError(problems);
    return build();
  }
  cached ??= build();
  return cached;
}

/** A posting's company; the loader guarantees it exists. */
export function companyOf(index: BoardIndex, job: CollectionEntry<'jobs'>): CollectionEntry<'companies'> {
  const company = index.companyById.get(job.data.company);
  if (!company) throw new Error(`${job.id}: company ${job.data.company} is missing`);
  return company;
}

const relatedCache = new WeakMap<CollectionEntry<'jobs'>, CollectionEntry<'jobs'>[]>();

/** Up to four open postings to suggest beside `job`: same company first, then those sharing most stack tags. */
export function relatedJobs(index: BoardIndex, job: CollectionEntry<'jobs'>): CollectionEntry<'jobs'>[] {
  let related = relatedCache.get(job);
  if (!related) {
    related = findRelated(index, job, 4);
    relatedCache.set(job, related);
  }
  return related;
}

function findRelated(index: BoardIndex, job: CollectionEntry<'jobs'>, count: number): CollectionEntry<'jobs'>[] {
  const chosen = new Set<CollectionEntry<'jobs'>>();
  for (const other of index.openByCompany.get(job.data.company) ?? []) {
    if (chosen.size >= 2) break;
    if (other !== job) chosen.add(other);
  }
  // Candidates: the newest postings sharing the posting's most important tag, ranked by tags shared.
  const tags = new Set(job.data.stack);
  const ranked: Array<[CollectionEntry<'jobs'>, number]> = [];
  for (const other of (index.openByTag.get(job.data.stack[0]!) ?? []).slice(0, 40)) {
    if (other === job || chosen.has(other)) continue;
    let shared = 0;
    for (const tag of other.data.stack) if (tags.has(tag)) shared++;
    ranked.push([other, shared]);
  }
  // The lists are newest first and the sort is stable, so equal scores stay newest first.
  ranked.sort((a, b) => b[1] - a[1]);
  for (const [other] of ranked) {
    if (chosen.size >= count) break;
    chosen.add(other);
  }
  return [...chosen];
}

const statsCache = new WeakMap<BoardIndex, SalaryStats>();

/** The board's salary statistics (see salary-stats.ts), computed once per build from every published posting. */
export function salaryStatsOf(index: BoardIndex): SalaryStats {
  let stats = statsCache.get(index);
  if (!stats) {
    stats = salaryStats(
      index.all.map((job) => job.data),
      index.today,
    );
    statsCache.set(index, stats);
  }
  return stats;
}
