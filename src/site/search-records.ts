// What the search index holds for each open posting: its words, the facts a result shows, the filters
// a reader narrows by and the keys results sort by. Built from validated content, not from HTML pages.

import { keyAccepts, whereKey, type RegionTable } from './search-places.ts';
import { interviewFacets } from './interview.ts';
import { overlapValues } from './working-hours.ts';
import { formatDate } from '../board/dates.ts';
import { formatSalary, formatWhere, levelLabel, placeFullName, placeName } from './format.ts';
import { salaryBands, salarySortKey } from '../board/salary.ts';
import type { Job } from '../board/schema.ts';
import {
  COUNTRIES,
  LEVELS,
  PLACE_ALIASES,
  REGIONS,
  STACK_ALIASES,
  STACK_TAGS,
  WORKPLACES,
  keysOf,
  type CountryCode,
  type Place,
  type StackTag,
} from '../board/vocabulary.ts';

/** A record as Pagefind's addCustomRecord takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

import {
  JOINED,
  JOINED_FILTERS,
  UNSTATED_INTERVIEW,
  joinedValue,
  withoutStopWords,
  type JoinedFilter,
  type SearchFilter,
} from './search-params.ts';
export { SEARCH_FILTERS, SEARCH_SORTS, type SearchFilter, type SearchSort } from './search-params.ts';

/** The board's regions with their countries, as the search page's client gets them too. */
export const REGION_TABLE: RegionTable = Object.fromEntries(
  keysOf(REGIONS).map((region) => [region, REGIONS[region].countries]),
);

/**
 * The places a posting is open to, as the region filter offers them: for a remote posting, every region it
 * accepts as a whole and every listed country it accepts (a worldwide posting accepts them all); for an office
 * posting, its office countries. `listed` holds the countries the board names anywhere. The index holds only the
 * posting's `whereKey`; this is what the search page counts and finds for each place from it.
 */
export function regionValues(
  job: Pick<Job, 'workplace' | 'remoteFrom' | 'offices'>,
  listed: ReadonlySet<CountryCode>,
): Place[] {
  const key = whereKey(job);
  const offices = (job.offices ?? []).map((office) => office.country);
  const accepted = [...keysOf(REGIONS), ...listed].filter((place) => keyAccepts(key, place, REGION_TABLE));
  return [...new Set<Place>([...accepted, ...offices])].sort();
}

/** The countries the board names: in open postings' remoteFrom lists and offices. */
export function namedCountries(jobs: Iterable<Pick<Job, 'remoteFrom' | 'offices'>>): Set<CountryCode> {
  const countries = new Set<CountryCode>();
  for (const job of jobs) {
    for (const place of job.remoteFrom ?? []) if (!(place in REGIONS)) countries.add(place as CountryCode);
    for (const office of job.offices ?? []) countries.add(office.country);
  }
  return countries;
}

/** The filter values of a posting on the build date `today`, by filter, as a reader chooses and counts them. */
export function searchFilters(
  job: Job,
  listedCountries: ReadonlySet<CountryCode>,
  today: string,
): Record<SearchFilter, string[]> {
  return { ...factFilters(job, today), region: regionValues(job, listedCountries) };
}

/**
 * The filter values of a posting as the index holds them on the build date `today`: the joined filters as one
 * value (`JOINED`), and its places as one key of what it states (search-places.ts), which the search page
 * expands into the places it is open to. Listing those places would name every country of the board for each
 * worldwide posting.
 */
export function indexFilters(job: Job, today: string): Record<string, string[]> {
  const facts = factFilters(job, today);
  const joined = Object.fromEntries(JOINED_FILTERS.map((filter) => [filter, facts[filter][0] ?? ''])) as Record<
    JoinedFilter,
    string
  >;
  const indexed: Record<string, string[]> = { [JOINED]: [joinedValue(joined)], region: [whereKey(job)] };
  for (const [filter, values] of Object.entries(facts)) {
    if (!(JOINED_FILTERS as readonly string[]).includes(filter)) indexed[filter] = values;
  }
  return indexed;
}

/** A posting's filter values on the build date `today`, but its places. */
function factFilters(job: Job, today: string): Record<Exclude<SearchFilter, 'region'>, string[]> {
  const interview = interviewFacets(job.interview);
  return {
    level: [job.level],
    workplace: [job.workplace],
    stack: [...job.stack],
    employmentType: [job.employmentType],
    company: [job.company],
    salary: salaryBands(job.salary),
    visa: [stated(job.visaSponsorship)],
    equity: [stated(job.equity)],
    // A posting that does not state its interview is in no facet; its own value lets the search count it.
    interview: job.interview?.length ? interview.avoided : [UNSTATED_INTERVIEW],
    stages: interview.stages,
    // The posting's window in UTC on the build date, as one value (or `unstated`): the search's overlap choices
    // ask for any of the windows that overlap the reader's day enough (hours-filter.ts).
    overlap: overlapValues(job.hours, today),
  };
}

function stated(value: boolean | undefined): string {
  return value === undefined ? 'unknown' : value ? 'yes' : 'no';
}

export interface RecordInput {
  id: string;
  /** The posting's place in the board's newest-first order, counted from the oldest: higher is newer. */
  rank: number;
  job: Job;
  companyName: string;
  url: string;
  /** The body's plain text. */
  text: string;
  /** The build date: a window stated in a zone that changes clocks is placed in UTC as of this day. */
  today: string;
}

/** The strings once each, compared without case: "UK" and "uk" are one word to the index. */
function uniqueWords(words: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const word of words) if (!seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
  return [...seen.values()];
}

/** Each value's aliases, from a map of alias to value. */
function aliasesOf<V extends string>(aliases: Readonly<Record<string, V>>): Map<V, string[]> {
  const byValue = new Map<V, string[]>();
  for (const [alias, value] of Object.entries(aliases)) byValue.set(value, [...(byValue.get(value) ?? []), alias]);
  return byValue;
}

const TAG_ALIASES = aliasesOf(STACK_ALIASES);
const PLACE_ALIASES_BY_PLACE = aliasesOf(PLACE_ALIASES);

/**
 * The words that find a stack tag: its label, its key and the other spellings people type (golang, k8s,
 * postgres, node.js). Pagefind drops punctuation, so "C#" alone would be indexed as "c": the key (csharp) is
 * the word the search box turns it into (see `SYMBOL_WORDS`).
 */
export function tagWords(tag: StackTag): string[] {
  return uniqueWords([STACK_TAGS[tag].label, tag, ...(TAG_ALIASES.get(tag) ?? [])]);
}

/** The words that find a place: its full and short names, its code when it is a country, and its aliases. */
export function placeWords(place: Place): string[] {
  const code = place in COUNTRIES ? [place] : [];
  return uniqueWords([placeFullName(place), placeName(place), ...code, ...(PLACE_ALIASES_BY_PLACE.get(place) ?? [])]);
}

/**
 * Tag labels and aliases spelt with symbols that Pagefind leaves out of words ("c#" and "c++" would both
 * search for "c"), each with the word the index holds for it: the search box searches for that word instead.
 */
export const SYMBOL_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  keysOf(STACK_TAGS).flatMap((tag) =>
    tagWords(tag)
      .filter((word) => /[^\p{L}\p{N}\s.-]/u.test(word))
      .map((word) => [word.toLowerCase(), tag]),
  ),
);

/**
 * The words the search page suggests when a search finds nothing, each (in lower case) with the stack tag it
 * names or '': tags' labels, keys and aliases, levels, workplaces, and the names of `places`. Only single words
 * of three letters or more: the suggestion replaces one such word of a query at a time.
 */
export function searchVocabulary(places: readonly Place[]): Record<string, string> {
  const vocabulary: Record<string, string> = {};
  const add = (word: string, tag: string) => {
    const lower = word.toLowerCase();
    if (lower.length >= 3 && !/\s/.test(lower) && !Object.hasOwn(vocabulary, lower)) vocabulary[lower] = tag;
  };
  for (const tag of keysOf(STACK_TAGS)) for (const word of tagWords(tag)) add(word, tag);
  for (const level of keysOf(LEVELS)) add(LEVELS[level].label, '');
  for (const workplace of keysOf(WORKPLACES)) add(WORKPLACES[workplace].label, '');
  for (const place of places) for (const word of placeWords(place)) add(word, '');
  return vocabulary;
}

/**
 * What a posting says about itself besides its title and description, as searchable words: its company, level,
 * workplace and places, and its stack tags with their aliases. Tags are filters too, but a reader who types
 * "kafka" expects every posting tagged Kafka, whether or not its description names it.
 */
export function factWords(job: Job, companyName: string): string {
  const places = [
    ...(job.remoteFrom ?? []).flatMap(placeWords),
    ...(job.offices ?? []).flatMap((office) => [office.city, ...placeWords(office.country)]),
  ];
  return uniqueWords([
    companyName,
    levelLabel(job.level),
    WORKPLACES[job.workplace].label,
    ...places,
    ...job.stack.flatMap(tagWords),
  ]).join('. ');
}

/**
 * Text as Pagefind may index it. Pagefind reads words that start with three underscores as its own markers
 * (`___PAGEFIND_WEIGHT___9` weights the words after it), also in custom records: a posting could rank its
 * own words above every other posting's. No word of the content holds three underscores in a row (metadata is
 * not read for markers).
 */
export function pagefindSafe(text: string): string {
  return text.replace(/_{3,}/g, '__');
}

/**
 * The search record of an open posting. Its title is its `title` meta, which Pagefind ranks above the
 * content (a title match comes first); the content is the title, the posting's facts and its description.
 */
export function searchRecord({ id, rank, job, companyName, url, text, today }: RecordInput): SearchRecord {
  const order = String(rank).padStart(8, '0');
  return {
    url,
    content: pagefindSafe(withoutStopWords(`${job.title}. ${factWords(job, companyName)}. ${text}`)),
    language: 'en',
    meta: {
      title: job.title,
      company: companyName,
      level: levelLabel(job.level),
      where: formatWhere(job),
      salary: formatSalary(job.salary),
      posted: formatDate(job.posted),
      date: job.posted,
      id,
    },
    filters: indexFilters(job, today),
    // Every record has every key, so none drops out of a sort. Keys are digits of equal length; ties in
    // salary fall back to the newest-first order.
    sort: { posted: order, salary: `${salarySortKey(job.salary)}${order}` },
  };
}
