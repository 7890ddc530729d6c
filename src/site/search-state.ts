// The search page's state and its URL: words, selected filter values and the order asked for. Shared by the
// browser client and the tests; no imports beyond the search parameters, so the client bundle stays small.

import { SEARCH_FILTERS, SEARCH_SORTS, withoutStopWords, type SearchFilter, type SearchSort } from './search-params.ts';

/** What a search is: words, selected filter values, and the order asked for ('' = the default). */
export interface SearchState {
  q: string;
  sort: SearchSort | '';
  filters: Record<SearchFilter, string[]>;
}

/** The search state a URL query string describes. */
export function stateFromQuery(query: string): SearchState {
  const params = new URLSearchParams(query);
  const sort = params.get('sort') ?? '';
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((f) => [f, [...new Set(params.getAll(f).filter(Boolean))]]),
  ) as SearchState['filters'];
  return { q: params.get('q') ?? '', sort: sort in SEARCH_SORTS ? (sort as SearchSort) : '', filters };
}

/** The query string of a search state, parameters always in the same order. */
export function queryFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const filter of SEARCH_FILTERS) for (const value of state.filters[filter]) params.append(filter, value);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The order results come in: relevance needs words; without words, newest first. */
export function effectiveSort(state: SearchState): SearchSort {
  if (!withoutStopWords(state.q).trim()) return state.sort === 'salary' ? 'salary' : 'newest';
  return state.sort || 'relevance';
}
