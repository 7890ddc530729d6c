// How postings' facts read on the page: salaries, places, time zones, dates.

import { addDays } from '../board/dates.ts';
import { EXCHANGE_RATES } from '../board/salary.ts';
import type { Comparison } from './salary-stats.ts';
import type { Job } from '../board/schema.ts';
import {
  COUNTRIES,
  CURRENCIES,
  EMPLOYMENT_TYPES,
  INTERVIEW_STEPS,
  LEVELS,
  REGIONS,
  STACK_TAGS,
  WORKPLACES,
  type CountryCode,
  type Place,
  type Region,
  regionShortName,
} from '../board/vocabulary.ts';

/** Short names for countries on cards, where the full names would not fit; regions have theirs in board.config.ts. */
const SHORT_COUNTRY: Partial<Record<CountryCode, string>> = { GB: 'UK', US: 'US', AE: 'UAE' };

/** A place as cards show it: "EU", "UK", "Germany", "North America". */
export function placeName(place: Place): string {
  if (place in REGIONS) return regionShortName(place as Region) ?? REGIONS[place as Region].label;
  return SHORT_COUNTRY[place as CountryCode] ?? COUNTRIES[place as CountryCode];
}

/** A place in full: "European Union", "United Kingdom". */
export function placeFullName(place: Place): string {
  return place in REGIONS ? REGIONS[place as Region].label : COUNTRIES[place as CountryCode];
}

const NEEDS_THE =
  /^(United |European |Netherlands|Philippines|Nordics|Americas|Middle East|Bahamas|Maldives|Gambia|.* Republic|.* Islands)/;

/**
 * A place's name as it reads inside a sentence: in full ("the European Union", "Germany", "EMEA"), or with
 * `short`, as cards name it ("the EU", "DACH").
 */
export function placeInSentence(place: Place, short = false): string {
  const name = short ? placeName(place) : placeFullName(place);
  return NEEDS_THE.test(placeFullName(place)) ? `the ${name}` : name;
}

function amount(value: number): string {
  if (value >= 1_000_000) return `${trim(value / 1_000_000)}M`;
  if (value >= 1_000) return `${trim(value / 1_000)}k`;
  return String(value);
}

function trim(value: number): string {
  return (Math.round(value * 100) / 100).toString();
}

/** A salary range: "€120k–150k / year", "CA$95–125 / hour", "NOK 900k–1.1M / year". */
export function formatSalary(salary: Job['salary']): string {
  const symbol = CURRENCIES[salary.currency].symbol;
  const range = salary.min === salary.max ? amount(salary.min) : `${amount(salary.min)}–${amount(salary.max)}`;
  return `${symbol}${range} / ${salary.period}`;
}

/** The board's base currency's symbol: salary figures are converted to it. */
const BASE_SYMBOL = CURRENCIES[EXCHANGE_RATES.base as keyof typeof CURRENCIES]?.symbol ?? `${EXCHANGE_RATES.base} `;

/** An amount in the base currency, to the nearest thousand: "€112k". */
export function formatThousands(amount: number): string {
  return `${BASE_SYMBOL}${Math.round(amount / 1000)}k`;
}

/**
 * Where a posting's range sits against a group's median, as a sentence: "Its whole range is above the median of
 * the 13 open Staff postings, €141k; its midpoint is 12 % above it."
 */
export function describeComparison(c: Comparison): string {
  const where = { below: 'Its whole range is below', spans: 'Its range spans', above: 'Its whole range is above' };
  const group = `the ${c.group.count} open ${c.group.label} postings`;
  const midpoint =
    c.percent === 0
      ? 'its midpoint is the median'
      : `its midpoint is ${Math.abs(c.percent)} % ${c.percent > 0 ? 'above' : 'below'} it`;
  return `${where[c.position]} the median of ${group}, ${formatThousands(c.median)}; ${midpoint}.`;
}

/** The exact range, for people and screen readers: "120,000 to 150,000 EUR per year". */
export function formatSalaryExact(salary: Job['salary']): string {
  const n = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const range = salary.min === salary.max ? n(salary.min) : `${n(salary.min)} to ${n(salary.max)}`;
  return `${range} ${salary.currency} per ${salary.period}`;
}

/** Where the work happens: "Remote · EU, UK", "Hybrid · Berlin", "On-site · Austin, Denver". */
export function formatWhere(job: Pick<Job, 'workplace' | 'remoteFrom' | 'offices'>): string {
  const label = WORKPLACES[job.workplace].label;
  if (job.workplace === 'remote') return `${label} · ${(job.remoteFrom ?? []).map(placeName).join(', ')}`;
  return `${label} · ${[...new Set((job.offices ?? []).map((o) => o.city))].join(', ')}`;
}

/**
 * An office as the posting's facts show it, with its region and postal code when given:
 * "Berlin, Germany", "Austin, Texas 78701, United States", "London, SW1A 1AA, United Kingdom".
 */
export function formatOffice(office: NonNullable<Job['offices']>[number]): string {
  const area = [office.region, office.postalCode].filter((part) => part !== undefined).join(' ');
  return [office.city, area, COUNTRIES[office.country]].filter(Boolean).join(', ');
}

/** A UTC offset: "UTC", "UTC+5:30", "UTC−3". */
function formatOffset(hours: number): string {
  if (hours === 0) return 'UTC';
  const sign = hours > 0 ? '+' : '−';
  const whole = Math.trunc(Math.abs(hours));
  const minutes = Math.round((Math.abs(hours) - whole) * 60);
  return `UTC${sign}${whole}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** A time zone window: "UTC−1 to UTC+3". */
export function formatTimezone(timezone: NonNullable<Job['timezone']>): string {
  return timezone.from === timezone.to
    ? formatOffset(timezone.from)
    : `${formatOffset(timezone.from)} to ${formatOffset(timezone.to)}`;
}

/** Whether a posting counts as new on `today`: posted within the last `days` days. */
export function isNew(job: Pick<Job, 'posted'>, today: string, days: number): boolean {
  // Asked for every card of every listing: ISO dates compare as strings, so the first day that counts is
  // worked out once per build date.
  const key = `${today}/${days}`;
  let first = firstNewDay.get(key);
  if (first === undefined) {
    first = addDays(today, 1 - days);
    firstNewDay.set(key, first);
  }
  return job.posted >= first && job.posted <= today;
}

const firstNewDay = new Map<string, string>();

export const levelLabel = (level: Job['level']): string => LEVELS[level].label;
export const employmentLabel = (type: Job['employmentType']): string => EMPLOYMENT_TYPES[type].label;
export const tagLabel = (tag: Job['stack'][number]): string => STACK_TAGS[tag].label;
export const interviewLabel = (step: NonNullable<Job['interview']>[number]): string => INTERVIEW_STEPS[step].label;
