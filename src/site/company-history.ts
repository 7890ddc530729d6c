// A company's hiring history from the postings the board keeps: how many it published each quarter, how long
// its postings stayed open, and what its closed postings paid at each level. Company pages only lay it out.

import { isClosed } from '../board/board.ts';
import { daysBetween } from '../board/dates.ts';
import { annualEuros } from '../board/salary.ts';
import type { Job } from '../board/schema.ts';
import { LEVELS, keysOf, type Level } from '../board/vocabulary.ts';
import { quantile, quarterOf } from './salary-stats.ts';

/** What a company's closed postings paid at one level, annualised in the base currency. */
export interface PastPay {
  level: Level;
  label: string;
  count: number;
  /** The lowest `min` and the highest `max` among them. */
  low: number;
  high: number;
}

export interface CompanyHistory {
  /** Postings published per quarter, every quarter from the first to the last, empty ones included. */
  quarters: Array<{ quarter: string; count: number }>;
  /** Closed postings kept on the board. */
  closed: number;
  /**
   * The median number of days from `posted` to `expires` of the postings that closed by expiring; undefined when
   * none did. Filled postings have no closing date and are left out (`filledCount` says how many).
   */
  medianDaysOpen: number | undefined;
  expiredCount: number;
  filledCount: number;
  /** For each level with a closed posting, in the vocabulary's order. */
  pastPay: PastPay[];
}

/** The quarter after `quarter`: `2026-Q4` is followed by `2027-Q1`. */
function nextQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** A company's hiring history at `today`, from its published postings (open and closed). */
export function companyHistory(jobs: readonly Job[], today: string): CompanyHistory {
  const perQuarter = new Map<string, number>();
  for (const job of jobs) perQuarter.set(quarterOf(job.posted), (perQuarter.get(quarterOf(job.posted)) ?? 0) + 1);
  const known = [...perQuarter.keys()].sort();
  const quarters: CompanyHistory['quarters'] = [];
  for (let q = known[0]; q !== undefined && q <= known.at(-1)!; q = nextQuarter(q)) {
    quarters.push({ quarter: q, count: perQuarter.get(q) ?? 0 });
  }

  const closed = jobs.filter((job) => isClosed(job, today));
  const expired = closed.filter((job) => job.status !== 'filled');
  const days = expired.map((job) => daysBetween(job.posted, job.expires)).sort((a, b) => a - b);

  const pastPay: PastPay[] = [];
  for (const level of keysOf(LEVELS)) {
    const atLevel = closed.filter((job) => job.level === level);
    if (atLevel.length === 0) continue;
    pastPay.push({
      level,
      label: LEVELS[level].label,
      count: atLevel.length,
      low: Math.min(...atLevel.map((job) => annualEuros(job.salary.min, job.salary))),
      high: Math.max(...atLevel.map((job) => annualEuros(job.salary.max, job.salary))),
    });
  }

  return {
    quarters,
    closed: closed.length,
    medianDaysOpen: days.length > 0 ? Math.round(quantile(days, 0.5)) : undefined,
    expiredCount: expired.length,
    filledCount: closed.length - expired.length,
    pastPay,
  };
}
