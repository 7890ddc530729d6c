// What the market pays, from the board's own postings: medians and quartiles of annual pay in one currency, per
// level, stack tag, workplace and region, how the median moved by quarter, and where one posting's range sits.
// Pages and /api/salaries.json only lay these figures out; every one of them is computed here.

import { isClosed } from '../board/board.ts';
import { annualEuros, EXCHANGE_RATES } from '../board/salary.ts';
import type { Job } from '../board/schema.ts';
import {
  LEVELS,
  REGIONS,
  STACK_TAGS,
  WORKPLACES,
  keysOf,
  type CountryCode,
  type Level,
  type Region,
  type StackTag,
  type Workplace,
} from '../board/vocabulary.ts';
import { applicantCountries } from './json-ld.ts';

/** The fewest postings a figure may rest on: a group with fewer is counted but shows no figure. */
export const MIN_POSTINGS = 5;

/** A posting's pay as the statistics read it: the midpoint of its range, annualised and converted to euros. */
export function annualMidpoint(salary: Job['salary']): number {
  return Math.round((annualEuros(salary.min, salary) + annualEuros(salary.max, salary)) / 2);
}

/** Quartiles and median of a group, in annual euros, rounded to the euro. */
export interface Summary {
  q1: number;
  median: number;
  q3: number;
  /** The lowest and highest midpoint in the group. */
  low: number;
  high: number;
}

/** One group of postings (a level, a tag…): how many there are and, from MIN_POSTINGS on, their summary. */
export interface Group<K extends string = string> {
  key: K;
  label: string;
  count: number;
  /** Absent when the group has fewer than MIN_POSTINGS postings. */
  summary?: Summary;
}

/**
 * The value at quantile `q` (0 to 1) of ascending `sorted` values, interpolated linearly between the two nearest
 * ranks (the method of R's default, NumPy's `linear` and spreadsheets' QUARTILE.INC).
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** The summary of some values, or undefined when there are fewer than MIN_POSTINGS of them. */
export function summarize(values: readonly number[]): Summary | undefined {
  if (values.length < MIN_POSTINGS) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    q1: Math.round(quantile(sorted, 0.25)),
    median: Math.round(quantile(sorted, 0.5)),
    q3: Math.round(quantile(sorted, 0.75)),
    low: sorted[0]!,
    high: sorted.at(-1)!,
  };
}

function group<K extends string>(key: K, label: string, values: readonly number[]): Group<K> {
  const summary = summarize(values);
  return { key, label, count: values.length, ...(summary ? { summary } : {}) };
}

/** The regions a posting's pay counts in: those it accepts applicants from in full, and those of its offices. */
export function postingRegions(job: Pick<Job, 'workplace' | 'remoteFrom' | 'offices'>): Region[] {
  const accepted = job.workplace === 'remote' ? applicantCountries(job.remoteFrom ?? []) : [];
  const remote = accepted === undefined ? undefined : new Set(accepted);
  const offices = new Set((job.offices ?? []).map((office) => office.country));
  return keysOf(REGIONS).filter((region) => {
    // Every posting is "worldwide" in the sense of an office somewhere: the overall figure says that already.
    if (region === 'worldwide') return false;
    const countries: readonly CountryCode[] = REGIONS[region].countries;
    if (remote === undefined || countries.every((country) => remote.has(country))) return true;
    return countries.some((country) => offices.has(country));
  });
}

/** A quarter, `2026-Q4`, of a date `YYYY-MM-DD`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** How a level's median moved: one entry per quarter in which postings of any level were published. */
export interface LevelTrend {
  level: Level;
  label: string;
  quarters: Array<Group<string>>;
}

export interface SalaryStats {
  /** What every figure is in, and the rates that put it there. */
  currency: typeof EXCHANGE_RATES.base;
  ratesDate: string;
  /** Open postings the figures rest on. */
  postings: number;
  overall: Group<'all'>;
  byLevel: Array<Group<Level>>;
  /** Every stack tag with at least MIN_POSTINGS open postings, most postings first. */
  byTag: Array<Group<StackTag>>;
  /** How many tags were left out for having fewer postings. */
  tagsWithTooFew: number;
  byWorkplace: Array<Group<Workplace>>;
  /** Every region with an open posting, most postings first. */
  byRegion: Array<Group<Region>>;
  /** From every published posting, open and closed, by the quarter it was posted in. */
  trend: LevelTrend[];
}

function collect<K extends string>(entries: Iterable<[K, number]>): Map<K, number[]> {
  const map = new Map<K, number[]>();
  for (const [key, value] of entries) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

const byCount = (a: Group, b: Group) => b.count - a.count || a.label.localeCompare(b.label);

/** The board's salary statistics at `today`, from the front-matter of every published posting. */
export function salaryStats(jobs: readonly Job[], today: string): SalaryStats {
  const open = jobs.filter((job) => !isClosed(job, today));
  const pay = new Map(jobs.map((job) => [job, annualMidpoint(job.salary)]));
  const of = (job: Job) => pay.get(job)!;

  const levels = collect(open.map((job) => [job.level, of(job)]));
  const tags = collect(open.flatMap((job) => job.stack.map((tag): [StackTag, number] => [tag, of(job)])));
  const workplaces = collect(open.map((job) => [job.workplace, of(job)]));
  const regions = collect(open.flatMap((job) => postingRegions(job).map((r): [Region, number] => [r, of(job)])));

  const tagGroups = [...tags].map(([tag, values]) => group(tag, STACK_TAGS[tag].label, values)).sort(byCount);
  const quarters = [...new Set(jobs.map((job) => quarterOf(job.posted)))].sort();
  const byQuarter = collect(jobs.map((job) => [`${job.level} ${quarterOf(job.posted)}`, of(job)]));

  return {
    currency: EXCHANGE_RATES.base,
    ratesDate: EXCHANGE_RATES.date,
    postings: open.length,
    overall: group('all', 'All open postings', open.map(of)),
    byLevel: keysOf(LEVELS).map((level) => group(level, LEVELS[level].label, levels.get(level) ?? [])),
    byTag: tagGroups.filter((g) => g.summary),
    tagsWithTooFew: tagGroups.filter((g) => !g.summary).length,
    byWorkplace: keysOf(WORKPLACES).map((w) => group(w, WORKPLACES[w].label, workplaces.get(w) ?? [])),
    byRegion: [...regions].map(([region, values]) => group(region, REGIONS[region].label, values)).sort(byCount),
    trend: keysOf(LEVELS).map((level) => ({
      level,
      label: LEVELS[level].label,
      quarters: quarters.map((quarter) => group(quarter, quarter, byQuarter.get(`${level} ${quarter}`) ?? [])),
    })),
  };
}

const thousands = (amount: number) => Math.round(amount / 1000);

/** Where one posting's range sits against a group's median. */
export interface Comparison {
  /** The group compared with: the posting's level, or its main tag. */
  group: Group;
  median: number;
  /** The posting's range, annualised in euros. */
  min: number;
  max: number;
  /** below: the whole range is under the median; above: over it; spans: the median is inside the range. */
  position: 'below' | 'spans' | 'above';
  /** The range's midpoint against the median, in whole percent (-12 is 12 % below). */
  percent: number;
}

/**
 * Where a posting's range sits against the median of its level and, when that tag has a figure, of its main
 * (first) stack tag; empty where no group has a figure.
 */
export function compareToMarket(job: Job, stats: SalaryStats): Comparison[] {
  const min = annualEuros(job.salary.min, job.salary);
  const max = annualEuros(job.salary.max, job.salary);
  const groups: Array<Group | undefined> = [
    stats.byLevel.find((g) => g.key === job.level),
    stats.byTag.find((g) => g.key === job.stack[0]),
  ];
  return groups.flatMap((g) => {
    if (g?.summary === undefined) return [];
    const median = g.summary.median;
    return {
      group: g,
      median,
      min,
      max,
      // Compared to the thousand, as pages show them: a range "€118k–€148k" is not "below" a median of €148k.
      position: thousands(max) < thousands(median) ? 'below' : thousands(min) > thousands(median) ? 'above' : 'spans',
      percent: Math.round(((annualMidpoint(job.salary) - median) / median) * 100),
    };
  });
}

/** The axis a page's charts share: from `min` to `max`, with `ticks` at round steps between. */
export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * A shared axis for some groups' figures, from the lowest to the highest midpoint rounded out to a step of 1, 2
 * or 5 thousand times a power of ten, chosen so that there are at most 6 steps; undefined when no group has a figure.
 */
export function scaleFor(groups: Iterable<Group>): Scale | undefined {
  let low = Infinity;
  let high = -Infinity;
  for (const g of groups) {
    if (!g.summary) continue;
    low = Math.min(low, g.summary.low);
    high = Math.max(high, g.summary.high);
  }
  if (low === Infinity) return undefined;
  let step = 1000;
  // Steps start at a thousand: salaries are shown to the thousand.
  for (let power = 1000; ; power *= 10) {
    const fit = [1, 2, 5].map((m) => m * power).find((s) => Math.ceil(high / s) - Math.floor(low / s) <= 6);
    if (fit !== undefined) {
      step = fit;
      break;
    }
  }
  const min = Math.floor(low / step) * step;
  const max = Math.max(Math.ceil(high / step) * step, min + step);
  const ticks: number[] = [];
  for (let tick = min; tick <= max; tick += step) ticks.push(tick);
  return { min, max, ticks };
}

/** Where `value` falls on `scale`, in percent from its start, to one decimal. */
export function percentOn(scale: Scale, value: number): number {
  return Math.round(((value - scale.min) / (scale.max - scale.min)) * 1000) / 10;
}
