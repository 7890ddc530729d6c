// What the search index holds for each open posting: its words, the facts a result shows, the filters
// a reader narrows by and the keys results sort by. Built from validated content, not from HTML pages.

import { applicantCountries } from './json-ld.ts';
import { formatDate } from '../board/dates.ts';
import { formatSalary, formatWhere, levelLabel } from './format.ts';
import { salaryBands, salarySortKey } from '../board/salary.ts';
import type { Job } from '../board/schema.ts';
import { REGIONS, keysOf, type CountryCode, type Place } from '../board/vocabulary.ts';

/** A record as Pagefind's addCustomRecord takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

import { withoutStopWords, type SearchFilter } from './search-params.ts';
export { SEARCH_FILTERS, SEARCH_SORTS, type SearchFilter, type SearchSort } from './search-params.ts';

/**
 * The places a posting is open to, as the region filter sees them: for a remote posting, every region it
 * accepts as a whole and every listed country it accepts (a worldwide posting accepts them all); for an office
 * posting, its office countries. `listed` holds the countries the board names anywhere, which bounds the index.
 */
export function regionValues(
  job: Pick<Job, 'workplace' | 'remoteFrom' | 'offices'>,
  listed: ReadonlySet<CountryCode>,
): Place[] {
  const offices = (job.offices ?? []).map((office) => office.country);
  if (job.workplace !== 'remote') return [...new Set(offices)].sort();
  const remoteFrom = job.remoteFrom ?? [];
  const countries = applicantCountries(remoteFrom);
  const accepted = countries ? new Set<CountryCode>(countries) : undefined;
  const regions = keysOf(REGIONS).filter(
    (region) => !accepted || REGIONS[region].countries.every((c) => accepted.has(c)),
  );
  const named = accepted ? [...listed].filter((c) => accepted.has(c)) : [...listed];
  return [...new Set<Place>([...regions, ...named, ...offices])].sort();
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

/** The filter values of a posting, by filter. */
export function searchFilters(job: Job, listedCountries: ReadonlySet<CountryCode>): Record<SearchFilter, string[]> {
  return {
    level: [job.level],
    workplace: [job.workplace],
    region: regionValues(job, listedCountries),
    stack: [...job.stack],
    employmentType: [job.employmentType],
    company: [job.company],
    salary: salaryBands(job.salary),
    visa: [stated(job.visaSponsorship)],
    equity: [stated(job.equity)],
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
  listedCountries: ReadonlySet<CountryCode>;
}

/** The search record of an open posting. */
export function searchRecord({ id, rank, job, companyName, url, text, listedCountries }: RecordInput): SearchRecord {
  const order = String(rank).padStart(8, '0');
  return {
    url,
    content: withoutStopWords(`${job.title}. ${companyName}. ${text}`),
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
    filters: searchFilters(job, listedCountries),
    // Every record has every key, so none drops out of a sort. Keys are digits of equal length; ties in
    // salary fall back to the newest-first order.
    sort: { posted: order, salary: `${salarySortKey(job.salary)}${order}` },
  };
}
