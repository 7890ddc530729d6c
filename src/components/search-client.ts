// The search page's client: a <job-search> element that runs Pagefind in the browser on the form the server
// rendered. The whole state lives in the URL, so searches can be shared, reloaded and navigated with back/forward.
// Filters combine as OR within one group and AND across groups.

import { SEARCH_FILTERS, SEARCH_SORTS, type SearchFilter, type SearchSort } from '../lib/search-params.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type FilterQuery = Partial<Record<SearchFilter, { any: string[] }>>;
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    term: string | null,
    options: { filters?: FilterQuery; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch>;
}

/** What a search is: words, selected filter values, and the order asked for ('' = the default). */
export interface SearchState {
  q: string;
  sort: SearchSort | '';
  filters: Record<SearchFilter, string[]>;
}

const PAGE_SIZE = 20;
/** Results shown before the rest of the first page has loaded. */
const FIRST_SHOWN = 5;

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
  if (!state.q.trim()) return state.sort === 'salary' ? 'salary' : 'newest';
  return state.sort || 'relevance';
}

function pagefindFilters(state: SearchState, except?: SearchFilter): FilterQuery {
  const filters: FilterQuery = {};
  for (const filter of SEARCH_FILTERS) {
    if (filter !== except && state.filters[filter].length > 0) filters[filter] = { any: state.filters[filter] };
  }
  return filters;
}

class JobSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #generation = 0;
  #shown: PagefindResult[] = [];
  #typing: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#pagefind = this.#load();
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push', false);
    });
    this.#form.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).matches('input[type="search"]')) {
        clearTimeout(this.#typing);
        this.#typing = setTimeout(() => this.#commit('replace', false), 60);
      }
    });
    this.#form.addEventListener('change', (event) => {
      const target = event.target as HTMLElement;
      if (!target.matches('input[type="search"]')) this.#commit('push', target.matches('select'));
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    window.addEventListener('popstate', () => void this.#run(stateFromQuery(location.search)));
    void this.#run(stateFromQuery(location.search), true);
  }

  async #load(): Promise<Pagefind> {
    const url = this.dataset['pagefind']!;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: this.dataset['base'] ?? '/', excerptLength: 0 });
    await pagefind.init();
    // Loading every filter once makes each search report counts for every group, not only the ones in use.
    await pagefind.filters();
    return pagefind;
  }

  /** Reads the form into a state, records it in the URL and runs it. */
  #commit(history: 'push' | 'replace', sortChanged: boolean): void {
    const data = new FormData(this.#form);
    const state = stateFromQuery('');
    state.q = String(data.get('q') ?? '');
    for (const filter of SEARCH_FILTERS) state.filters[filter] = data.getAll(filter).map(String);
    if (sortChanged) {
      // A chosen order is stored only when it differs from the one the words imply.
      const chosen = String(data.get('sort') ?? '') as SearchSort;
      state.sort = chosen === effectiveSort({ ...state, sort: '' }) ? '' : chosen;
    } else {
      state.sort = stateFromQuery(location.search).sort;
    }
    const url = `${location.pathname}${queryFromState(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    void this.#run(state);
  }

  /** Puts a state into the form's controls. */
  #fill(state: SearchState): void {
    const q = this.#form.elements.namedItem('q') as HTMLInputElement;
    if (q.value !== state.q) q.value = state.q;
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as SearchFilter]?.includes(box.value) ?? false;
    }
    const sort = this.#form.elements.namedItem('sort') as HTMLSelectElement;
    sort.value = effectiveSort(state);
    const relevance = sort.querySelector<HTMLOptionElement>('option[value="relevance"]')!;
    relevance.disabled = !state.q.trim();
  }

  async #run(state: SearchState, initial = false): Promise<void> {
    const generation = ++this.#generation;
    this.#fill(state);
    this.setAttribute('aria-busy', 'true');
    let pagefind: Pagefind;
    try {
      pagefind = await this.#pagefind!;
    } catch {
      this.#status.textContent = 'The search index could not be loaded. Reload the page to try again.';
      return;
    }
    const term = state.q.trim() || null;
    const sortKey = effectiveSort(state);
    const sort = SEARCH_SORTS[sortKey];
    const options = (except?: SearchFilter) => ({
      filters: pagefindFilters(state, except),
      ...(sort ? { sort: { ...sort } } : {}),
    });
    const search = await pagefind.search(term, options());
    // Counts for a group with a selection come from the search without that group, so they say what ticking
    // another value in it would add (OR), while every other group still narrows them (AND).
    const counts: Record<string, Record<string, number>> = { ...search.filters };
    for (const filter of SEARCH_FILTERS) {
      if (state.filters[filter].length === 0) continue;
      counts[filter] = (await pagefind.search(term, options(filter))).filters[filter] ?? {};
    }
    if (generation !== this.#generation) return;
    this.#showCounts(counts, state);
    this.#shown = search.results;
    // The server rendered what the default search shows: on first load it stays as it is.
    if (!(initial && queryFromState(state) === '')) {
      // Each result's details are a small download of their own: the first few are shown as soon as they
      // arrive, replacing the old results in one step, and the rest of the page follows.
      const head = await Promise.all(search.results.slice(0, FIRST_SHOWN).map((result) => result.data()));
      if (generation !== this.#generation) return;
      this.#results.replaceChildren(...head.map((data) => this.#card(data)));
      const tail = await Promise.all(search.results.slice(FIRST_SHOWN, PAGE_SIZE).map((result) => result.data()));
      if (generation !== this.#generation) return;
      this.#results.append(...tail.map((data) => this.#card(data)));
    }
    this.#more.hidden = Math.min(PAGE_SIZE, search.results.length) >= search.results.length;
    const n = search.results.length;
    const order = { newest: 'newest first', salary: 'highest salary first', relevance: 'best match first' }[sortKey];
    this.#status.textContent = `${n === 0 ? 'No postings' : n === 1 ? '1 posting' : `${n} postings`} found, ${order}.`;
    this.removeAttribute('aria-busy');
  }

  #showCounts(counts: Record<string, Record<string, number>>, state: SearchState): void {
    for (const label of this.#form.querySelectorAll<HTMLLabelElement>('label[data-value]')) {
      const box = label.querySelector('input')!;
      const count = counts[box.name]?.[box.value] ?? 0;
      label.querySelector('[data-count]')!.textContent = String(count);
      label.hidden =
        count === 0 &&
        !state.filters[box.name as SearchFilter]?.includes(box.value) &&
        label.hasAttribute('data-hide-empty');
    }
  }

  async #showMore(): Promise<void> {
    const generation = this.#generation;
    const start = this.#results.children.length;
    const page = await Promise.all(this.#shown.slice(start, start + PAGE_SIZE).map((result) => result.data()));
    if (generation !== this.#generation) return;
    for (const data of page) this.#results.append(this.#card(data));
    this.#more.hidden = this.#results.children.length >= this.#shown.length;
  }

  /** A result as a card, built from text nodes only: nothing from the index becomes markup. */
  #card({ url, meta }: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'job-card';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = url;
    link.textContent = meta['title'] ?? url;
    heading.append(link);
    const facts = document.createElement('ul');
    facts.className = 'job-meta';
    for (const [key, className] of [
      ['company', ''],
      ['level', ''],
      ['where', ''],
      ['salary', 'salary'],
    ] as const) {
      const fact = document.createElement('li');
      if (className) fact.className = className;
      fact.textContent = meta[key] ?? '';
      facts.append(fact);
    }
    const posted = document.createElement('li');
    const time = document.createElement('time');
    time.dateTime = meta['date'] ?? '';
    time.textContent = meta['posted'] ?? '';
    posted.append('Posted ', time);
    facts.append(posted);
    item.append(heading, facts);
    return item;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('job-search'))
  customElements.define('job-search', JobSearch);
