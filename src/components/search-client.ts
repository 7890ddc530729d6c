// The search page's client: a <job-search> element that runs Pagefind in the browser on the form the server
// rendered. The whole state lives in the URL, so searches can be shared, reloaded and navigated with back/forward.
// Filters combine as OR within one group and AND across groups.

import {
  SEARCH_FILTERS,
  SEARCH_PAGE_SIZE,
  SEARCH_SORTS,
  withoutStopWords,
  type SearchFilter,
  type SearchSort,
} from '../site/search-params.ts';
import { effectiveSort, queryFromState, stateFromQuery, type SearchState } from '../site/search-state.ts';

const PAGE_SIZE = SEARCH_PAGE_SIZE;
/** Results shown before the rest of the first page has loaded. */
const FIRST_SHOWN = 5;

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

function pagefindFilters(state: SearchState, except?: SearchFilter): FilterQuery {
  const filters: FilterQuery = {};
  for (const filter of SEARCH_FILTERS) {
    if (filter !== except && state.filters[filter].length > 0) filters[filter] = { any: state.filters[filter] };
  }
  return filters;
}

class JobSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #counter: Promise<Pagefind> | undefined;
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #facets!: HTMLElement;
  #generation = 0;
  #shown: PagefindResult[] = [];
  #typing: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#facets = this.querySelector('[data-facets]')!;
    this.#pagefind = this.#load(false);
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

  /**
   * Loads a Pagefind instance. Results come from one that loads only the filters a search uses, which keeps
   * searches fast: once every filter is loaded, Pagefind counts every value of every filter on each search.
   * Counts come from a second instance (the same script under another URL) that loads them all and works
   * after the results are on the screen.
   */
  async #load(counting: boolean): Promise<Pagefind> {
    const url = this.dataset['pagefind']!;
    const pagefind = (await import(/* @vite-ignore */ counting ? `${url}?counts` : url)) as Pagefind;
    await pagefind.options({ baseUrl: this.dataset['base'] ?? '/', excerptLength: 0 });
    await pagefind.init();
    if (counting) await pagefind.filters();
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
    relevance.disabled = !withoutStopWords(state.q).trim();
  }

  async #run(state: SearchState, initial = false): Promise<void> {
    const generation = ++this.#generation;
    delete this.dataset['settled'];
    this.#fill(state);
    this.setAttribute('aria-busy', 'true');
    let pagefind: Pagefind;
    try {
      pagefind = await this.#pagefind!;
    } catch {
      this.#status.textContent = 'The search index could not be loaded. Reload the page to try again.';
      return;
    }
    // The index leaves out stop words, so queries do too: "head of platform" searches for head and platform.
    const term = withoutStopWords(state.q).trim() || null;
    const sortKey = effectiveSort(state);
    const sort = SEARCH_SORTS[sortKey];
    const options = (except?: SearchFilter) => ({
      filters: pagefindFilters(state, except),
      ...(sort ? { sort: { ...sort } } : {}),
    });
    const search = await pagefind.search(term, options());
    if (generation !== this.#generation) return;
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
    // The board's counts are in the page already; a search's own counts follow once its results are shown.
    if (!(initial && queryFromState(state) === '')) void this.#count(state, term, generation);
    else this.#settle(state);
  }

  /** Marks the search done, counts included: data-settled holds its query string (for tests and benchmarks). */
  #settle(state: SearchState): void {
    this.dataset['settled'] = queryFromState(state);
  }

  /**
   * Counts each filter value within the current search. A group with a selection is counted without its own
   * selection, so its counts say what ticking another value would add (OR) while the other groups still
   * narrow them (AND).
   */
  async #count(state: SearchState, term: string | null, generation: number): Promise<void> {
    this.#facets.setAttribute('aria-busy', 'true');
    try {
      this.#counter ??= this.#load(true);
      const pagefind = await this.#counter;
      const counts: Record<string, Record<string, number>> = {};
      for (const except of [undefined, ...SEARCH_FILTERS.filter((f) => state.filters[f].length > 0)]) {
        if (generation !== this.#generation) return;
        const found = await pagefind.search(term, { filters: pagefindFilters(state, except) });
        if (except) counts[except] = found.filters[except] ?? {};
        else Object.assign(counts, found.filters);
      }
      if (generation !== this.#generation) return;
      this.#showCounts(counts, state);
      this.#settle(state);
    } catch {
      // Counts are a help, not the search: without them the results still stand.
      if (generation === this.#generation) this.#settle(state);
    } finally {
      if (generation === this.#generation) this.#facets.removeAttribute('aria-busy');
    }
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
