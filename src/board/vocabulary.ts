// Every value a posting or company may use, defined once. What a board chooses (levels, stack tags, regions,
// currencies) comes from board.config.ts; what every board shares (workplaces, employment types…) is here. The
// zod schemas, the pages, the search filters and CONTRIBUTING.md's table of allowed values all derive from it.

import BOARD from '../../board.config.ts';
import { COUNTRIES, type CountryCode } from './countries.ts';

/** The keys of a vocabulary map, as a tuple that `z.enum` accepts (empty only when the config is broken). */
export function keysOf<K extends string>(map: Readonly<Record<K, unknown>>): [K, ...K[]] {
  return Object.keys(map) as [K, ...K[]];
}

// A broken board.config.ts is reported by the command that loads it (src/build/board-config-check.ts), which
// needs this module to load first: so a section of the wrong shape reads as empty here rather than throwing.
function section<T extends object>(value: T): T {
  return typeof value === 'object' && value !== null ? value : ({} as T);
}

/** Every alias of a vocabulary, mapped to the value meant. */
type Aliased = { readonly label: string; readonly aliases?: readonly string[] };
function aliasesOf<K extends string>(map: Readonly<Record<K, Aliased>>) {
  const aliases: Record<string, K> = {};
  for (const [value, entry] of Object.entries(section(map)) as [K, Aliased | undefined][]) {
    const list: unknown = entry?.aliases;
    for (const alias of Array.isArray(list) ? (list as string[]) : []) aliases[alias] = value;
  }
  return aliases;
}

/** The seniority levels a posting may have, from board.config.ts. */
export const LEVELS = section(BOARD.levels);
export type Level = keyof typeof LEVELS;
/** Other words for levels, mapped to the level meant; for did-you-mean hints. */
export const LEVEL_ALIASES: Readonly<Record<string, Level>> = aliasesOf(LEVELS);

export const EMPLOYMENT_TYPES = {
  'full-time': { label: 'Full-time', schemaOrg: 'FULL_TIME' },
  'part-time': { label: 'Part-time', schemaOrg: 'PART_TIME' },
  contract: { label: 'Contract', schemaOrg: 'CONTRACTOR' },
} as const;

export const WORKPLACES = {
  remote: { label: 'Remote' },
  hybrid: { label: 'Hybrid' },
  onsite: { label: 'On-site' },
} as const;
export type Workplace = keyof typeof WORKPLACES;

export const STATUSES = {
  open: { label: 'Open' },
  filled: { label: 'Filled' },
} as const;

/** The groups stack tags are shown in, in order. */
export const STACK_GROUPS = section(BOARD.stackGroups);

/** The stack tags a posting may list, from board.config.ts. */
export const STACK_TAGS = section(BOARD.stack);
export type StackTag = keyof typeof STACK_TAGS;

/** Common spellings that are not tags, mapped to the tag meant; used for did-you-mean hints. */
export const STACK_ALIASES: Readonly<Record<string, StackTag>> = aliasesOf(STACK_TAGS);

export const INTERVIEW_STEPS = {
  'take-home': { label: 'Take-home exercise' },
  'pair-programming': { label: 'Pair programming' },
  'live-coding': { label: 'Live coding' },
  'system-design': { label: 'System design' },
  behavioral: { label: 'Behavioral' },
  'trial-day': { label: 'Paid trial day' },
} as const;

export const SALARY_PERIODS = {
  year: { label: 'year' },
  month: { label: 'month' },
  hour: { label: 'hour' },
} as const;

/** Currencies a salary may be given in; `symbol` is what cards show before the amount, `rate` its exchange rate. */
export const CURRENCIES = section(BOARD.currencies);
export type Currency = keyof typeof CURRENCIES;

export const COMPANY_SIZES = {
  '1-10': { label: '1–10 people' },
  '11-50': { label: '11–50 people' },
  '51-200': { label: '51–200 people' },
  '201-500': { label: '201–500 people' },
  '501-1000': { label: '501–1,000 people' },
  '1001-5000': { label: '1,001–5,000 people' },
  '5001+': { label: 'more than 5,000 people' },
} as const;

export { COUNTRIES, type CountryCode };

/**
 * Regions a remote posting may accept applicants from, each with the countries it covers: "worldwide", which
 * every board has, then the board's own. A region value in `remoteFrom` means "anyone living in any of these".
 */
export const REGIONS = {
  worldwide: { label: 'Worldwide', countries: Object.keys(COUNTRIES) as CountryCode[] },
  ...section(BOARD.regions),
} as const;
export type Region = keyof typeof REGIONS;

/** A region's short name for cards ("EU"), when it has one. */
export function regionShortName(region: Region): string | undefined {
  const entry: { readonly label: string; readonly short?: string } = REGIONS[region];
  return entry.short;
}

/** Names people write for regions and countries, mapped to the board's value; for did-you-mean hints. */
export const PLACE_ALIASES = section(BOARD.placeAliases) as Readonly<Record<string, Region | CountryCode>>;

/** A place a remote posting accepts applicants from: a country code or a region. */
export type Place = CountryCode | Region;
