// The search page's state and its URL: words, selected filter values and the order asked for, and what the
// page offers when nothing is found. Shared by the browser client and the tests; it imports only small modules
// without imports of their own, so the client bundle stays small.

import { didYouMean } from '../board/did-you-mean.ts';
import { isKnownZone } from '../board/time-zones.ts';
import {
  SEARCH_FILTERS,
  SEARCH_SORTS,
  UNSTATED_INTERVIEW,
  withoutStopWords,
  type SearchFilter,
  type SearchSort,
} from './search-params.ts';

/**
 * What a search is: words, selected filter values, the order asked for ('' = the default), and the zone the reader
 * works from for the overlap filter ('' = the browser's).
 */
export interface SearchState {
  q: string;
  sort: SearchSort | '';
  filters: Record<SearchFilter, string[]>;
  tz: string;
}

/** The search state a URL query string describes. */
export function stateFromQuery(query: string): SearchState {
  const params = new URLSearchParams(query);
  const sort = params.get('sort') ?? '';
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((f) => [f, [...new Set(params.getAll(f).filter(Boolean))]]),
  ) as SearchState['filters'];
  filters.salary = lowestSalary(filters.salary);
  filters.stages = mostStages(filters.stages);
  filters.overlap = fewestHours(filters.overlap);
  // Only counted: as a choice it would be ANDed with the interview's other values, which it never has.
  filters.interview = filters.interview.filter((value) => value !== UNSTATED_INTERVIEW);
  const tz = params.get('tz') ?? '';
  return {
    q: params.get('q') ?? '',
    sort: sort in SEARCH_SORTS ? (sort as SearchSort) : '',
    filters,
    tz: /^[A-Za-z0-9_+:/-]{1,40}$/.test(tz) && isKnownZone(tz) ? tz : '',
  };
}

/** The query string of a search state, parameters always in the same order. */
export function queryFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const filter of SEARCH_FILTERS) for (const value of state.filters[filter]) params.append(filter, value);
  if (state.tz) params.set('tz', state.tz);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The order results come in: relevance needs words; without words, newest first. */
export function effectiveSort(state: SearchState): SearchSort {
  if (!withoutStopWords(state.q).trim()) return state.sort === 'salary' ? 'salary' : 'newest';
  return state.sort || 'relevance';
}

/**
 * The one salary threshold of a state. The salary filter is one "at least" choice; older URLs could hold several
 * bands, which then matched any of them, that is the lowest: they keep meaning that.
 */
function lowestSalary(values: string[]): string[] {
  const bands = values.filter((value) => /^\d{1,9}$/.test(value));
  if (bands.length === 0) return [];
  return [bands.reduce((low, value) => (Number(value) < Number(low) ? value : low))];
}

/**
 * The one "at most N stages" choice of a state: of several (a hand-made URL), the one with the most stages, which
 * holds the others.
 */
function mostStages(values: string[]): string[] {
  const limits = values.filter((value) => /^at-most-\d{1,2}$/.test(value));
  if (limits.length === 0) return [];
  const stages = (value: string) => Number(value.slice('at-most-'.length));
  return [limits.reduce((most, value) => (stages(value) > stages(most) ? value : most))];
}

/**
 * The one "at least N hours of overlap" choice of a state: of several (a hand-made URL), the fewest hours, which
 * the others are part of. Only whole hours from 1 to 8: a reader's day has eight.
 */
function fewestHours(values: string[]): string[] {
  const hours = values.filter((value) => /^[1-8]$/.test(value));
  if (hours.length === 0) return [];
  return [hours.reduce((low, value) => (Number(value) < Number(low) ? value : low))];
}

/** The selected filter values of a state, in the order of the filters. */
export function activeFilters(state: SearchState): Array<[filter: SearchFilter, value: string]> {
  return SEARCH_FILTERS.flatMap((filter) =>
    state.filters[filter].map((value) => [filter, value] as [SearchFilter, string]),
  );
}

/** The state without one selected value, or without every filter when `value` is not given. */
export function withoutFilter(state: SearchState, filter?: SearchFilter, value?: string): SearchState {
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((f) => [
      f,
      filter === undefined ? [] : state.filters[f].filter((v) => f !== filter || v !== value),
    ]),
  ) as SearchState['filters'];
  return { ...state, filters };
}

/**
 * The words the search page suggests from, each in lower case with the stack tag it names ('' for other
 * words: levels, workplaces, places).
 */
export type SearchVocabulary = Readonly<Record<string, string>>;

/** A query to try instead of one that found nothing, and the stack tag it names, if any. */
export interface Suggestion {
  q: string;
  tag?: string;
}

/**
 * A likelier query for one that found nothing: each word of three letters or more that the vocabulary does not
 * hold, replaced by the closest word it holds when one is close enough to be a typo ("kafak" → "kafka").
 */
export function suggestion(q: string, vocabulary: SearchVocabulary): Suggestion | undefined {
  const known = Object.keys(vocabulary);
  let tag: string | undefined;
  let changed = false;
  const words = q
    .trim()
    .split(/\s+/)
    .map((word) => {
      const lower = word.toLowerCase();
      if (lower.length < 3 || Object.hasOwn(vocabulary, lower) || !withoutStopWords(lower)) return word;
      const close = didYouMean(lower, known);
      if (close === undefined) return word;
      changed = true;
      tag ??= vocabulary[close] || undefined;
      return close;
    });
  return changed ? { q: words.join(' '), ...(tag ? { tag } : {}) } : undefined;
}
