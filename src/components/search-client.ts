// The search page's client: a <job-search> element that runs Pagefind in the browser on the form the server
// rendered. The whole state lives in the URL, so searches can be shared, reloaded and navigated with back/forward.
// Filters combine as OR within one group (AND within the interview's "no X" group) and AND across groups; the active ones show as removable chips above
// the results, and a search that finds nothing says what to change.

import {
  ALL_OF_FILTERS,
  JOINED,
  JOINED_FILTERS,
  SEARCH_FILTERS,
  SEARCH_PAGE_SIZE,
  SEARCH_SORTS,
  searchTerm,
  splitJoined,
  withoutStopWords,
  type JoinedFilter,
  type SearchFilter,
  type SearchSort,
} from '../site/search-params.ts';
import {
  activeFilters,
  effectiveSort,
  queryFromState,
  stateFromQuery,
  suggestion,
  withoutFilter,
  type SearchState,
  type SearchVocabulary,
} from '../site/search-state.ts';
import { OVERLAP_CHOICES, OVERLAP_FILTER, dayInUtc, overlapQuery } from '../site/hours-filter.ts';
import { keysAccepting, placeCounts, type RegionTable } from '../site/search-places.ts';

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
/** Filters as Pagefind takes them, by the index's names (`indexedAs`). */
type FilterQuery = Record<string, { any: string[] } | { all: string[] } | { none: string[] }>;
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string, options: { filters?: FilterQuery }) => Promise<void>;
  search: (
    term: string | null,
    options: { filters?: FilterQuery; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch>;
}

/** The zone the reader works from: the one chosen, or the browser's. */
function readerZone(state: SearchState): string {
  return state.tz || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const overlapFilters = new Map<string, FilterQuery>();

/**
 * "Overlaps my 09:00–17:00 day by at least `hours`", in the reader's zone today (hours-filter.ts): thousands of
 * values, made once per zone, day and choice, as a search and its counts ask for them several times.
 */
function overlapFilter(state: SearchState, hours: number): FilterQuery {
  const day = dayInUtc(readerZone(state), new Date());
  const key = `${day.start} ${day.minutes} ${hours}`;
  let filter = overlapFilters.get(key);
  if (!filter) {
    filter = overlapQuery(day, hours);
    overlapFilters.set(key, filter);
  }
  return filter;
}

/**
 * What the client needs to know of how the index holds filters: the places' keys of the board's open postings
 * and its regions, from the page (see search-places.ts), and the values of each joined filter, from the form.
 */
interface IndexShape {
  keys: string[];
  regions: RegionTable;
  places: string[];
  options: Record<JoinedFilter, string[]>;
}

const isJoined = (filter: string): filter is JoinedFilter => (JOINED_FILTERS as readonly string[]).includes(filter);

/** The index's filter that holds a filter's values. */
function indexedAs(filter: SearchFilter): string {
  return isJoined(filter) ? JOINED : filter;
}

/** Every joined value with one of the values of each list. */
function joinedValues(lists: string[][]): string[] {
  return lists
    .reduce<string[]>((joined, values) => joined.flatMap((head) => values.map((v) => `${head} ${v}`)), [''])
    .map((value) => value.slice(1));
}

/**
 * A state's filters as Pagefind takes them, but for `except`: a place is any key open to it, and the joined
 * filters are any joined value with one of the chosen values of each (any value of a filter with none chosen).
 */
function pagefindFilters(state: SearchState, shape: IndexShape, except?: SearchFilter): FilterQuery {
  const filters: FilterQuery = {};
  for (const filter of SEARCH_FILTERS) {
    const values = state.filters[filter];
    if (filter === except || values.length === 0 || isJoined(filter)) continue;
    if (filter === OVERLAP_FILTER) Object.assign(filters, overlapFilter(state, Number(values[0])));
    else if (filter === 'region') filters[filter] = { any: keysAccepting(values, shape.keys, shape.regions) };
    else filters[filter] = ALL_OF_FILTERS.has(filter) ? { all: values } : { any: values };
  }
  const chosen = JOINED_FILTERS.filter((filter) => filter !== except && state.filters[filter].length > 0);
  if (chosen.length > 0) {
    const lists = JOINED_FILTERS.map((filter) =>
      chosen.includes(filter) ? state.filters[filter] : shape.options[filter],
    );
    filters[JOINED] = { any: joinedValues(lists) };
  }
  return filters;
}

/** Postings per value of each filter, from Pagefind's counts per value of the index's filters. */
function readerCounts(
  found: Record<string, Record<string, number>>,
  shape: IndexShape,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [filter, values] of Object.entries(found)) {
    if (filter === JOINED) {
      for (const joined of JOINED_FILTERS) counts[joined] = {};
      for (const [value, n] of Object.entries(values)) {
        for (const [joined, own] of splitJoined(value)) counts[joined]![own] = (counts[joined]![own] ?? 0) + n;
      }
    } else if (filter === 'region') counts[filter] = placeCounts(values, shape.places, shape.regions);
    else counts[filter] = values;
  }
  return counts;
}

class JobSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  /**
   * The filter groups whose counts the reader has had on screen. Each group's index is a download of its own
   * (tens of kilobytes on a large board), so a group is counted only once it is seen: on a phone, once the
   * folded filters are opened.
   */
  #seen = new Set<SearchFilter>();
  /** The index's filters Pagefind has loaded (`indexedAs`): each search counts their values without asking. */
  #loaded = new Set<string>();
  /** The search on screen once its counts have started, for counting groups as they come into view. */
  #current: { state: SearchState; term: string | null; generation: number } | undefined;
  /** The page as it first loaded, with the server's counts, until the overlap choices are counted for it. */
  #onLoad: { state: SearchState; generation: number } | undefined;
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #facets!: HTMLElement;
  #chips!: HTMLElement;
  #empty!: HTMLElement;
  #symbols: Readonly<Record<string, string>> = {};
  #vocabulary: SearchVocabulary = {};
  #shape: IndexShape = {
    keys: [],
    regions: {},
    places: [],
    options: { level: [], workplace: [], employmentType: [], visa: [], equity: [] },
  };
  #generation = 0;
  #shown: PagefindResult[] = [];
  #typing: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#facets = this.querySelector('[data-facets]')!;
    this.#chips = this.querySelector('[data-chips]')!;
    this.#empty = this.querySelector('[data-empty]')!;
    this.#symbols = JSON.parse(this.dataset['symbols'] ?? '{}') as Record<string, string>;
    this.#vocabulary = JSON.parse(this.dataset['vocabulary'] ?? '{}') as SearchVocabulary;
    const where = JSON.parse(this.dataset['where'] ?? '{"keys":[],"regions":{}}') as Pick<
      IndexShape,
      'keys' | 'regions'
    >;
    const values = (filter: SearchFilter) =>
      [...this.#form.querySelectorAll<HTMLInputElement>(`input[name="${filter}"]`)].map((box) => box.value);
    this.#shape = {
      ...where,
      places: values('region'),
      options: Object.fromEntries(JOINED_FILTERS.map((filter) => [filter, values(filter)])) as IndexShape['options'],
    };
    this.#pagefind = this.#load();
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-facet-search]')) box.hidden = false;
    const observer = new IntersectionObserver(
      (entries) => {
        const before = this.#seen.size;
        for (const entry of entries) {
          if (entry.isIntersecting) this.#seen.add((entry.target as HTMLElement).dataset['facet'] as SearchFilter);
        }
        if (this.#seen.size > before && this.#current) {
          const { state, term, generation } = this.#current;
          if (generation === this.#generation) void this.#count(state, term, generation);
        } else if (this.#seen.size > before && this.#onLoad && this.#seen.has(OVERLAP_FILTER)) {
          const { state, generation } = this.#onLoad;
          this.#onLoad = undefined;
          if (generation === this.#generation) void this.#countOverlapOnLoad(state, generation);
        }
      },
      { rootMargin: '100px 0px' },
    );
    for (const fieldset of this.querySelectorAll('[data-facet]')) observer.observe(fieldset);
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push', false);
    });
    this.#form.addEventListener('input', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.matches('[data-facet-search]')) this.#narrowFacet(target);
      else if (target.name === 'q') {
        clearTimeout(this.#typing);
        // Pagefind starts fetching the index for the words while the typing pause runs out.
        const term = searchTerm(target.value, this.#symbols);
        if (term) void this.#pagefind?.then((pagefind) => pagefind.preload(term, {})).catch(() => undefined);
        this.#typing = setTimeout(() => this.#commit('replace', false), 60);
      }
    });
    this.#form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name !== 'q' && !target.matches('[data-facet-search]')) this.#commit('push', target.name === 'sort');
    });
    // Chips and the links of an empty result change the state in place, like the form.
    this.addEventListener('click', (event) => {
      const control = (event.target as Element).closest<HTMLElement>('[data-remove], a[data-state]');
      if (!control) return;
      event.preventDefault();
      const state = stateFromQuery(location.search);
      if (control instanceof HTMLAnchorElement) this.#go(stateFromQuery(new URL(control.href).search));
      else this.#removeFilter(control, state);
    });
    this.#more.addEventListener('click', () => void this.#showMore());
    window.addEventListener('popstate', () => void this.#run(stateFromQuery(location.search)));
    void this.#run(stateFromQuery(location.search), true);
  }

  /** Loads Pagefind: one instance, one worker, one download of its WebAssembly and index for results and counts. */
  async #load(): Promise<Pagefind> {
    const pagefind = (await import(/* @vite-ignore */ this.dataset['pagefind']!)) as Pagefind;
    await pagefind.options({ baseUrl: this.dataset['base'] ?? '/', excerptLength: 0 });
    await pagefind.init();
    return pagefind;
  }

  /** Reads the form into a state, records it in the URL and runs it. */
  #commit(history: 'push' | 'replace', sortChanged: boolean): void {
    const data = new FormData(this.#form);
    const state = stateFromQuery('');
    state.q = String(data.get('q') ?? '');
    for (const filter of SEARCH_FILTERS) state.filters[filter] = data.getAll(filter).map(String).filter(Boolean);
    // The zone goes in the URL when it matters to the search or differs from the browser's: a shared link then
    // searches the sharer's day, and a link without it the reader's own.
    const tz = String(data.get('tz') ?? '');
    state.tz = tz && (state.filters.overlap.length > 0 || tz !== readerZone({ ...state, tz: '' })) ? tz : '';
    if (sortChanged) {
      // A chosen order is stored only when it differs from the one the words imply.
      const chosen = String(data.get('sort') ?? '') as SearchSort;
      state.sort = chosen === effectiveSort({ ...state, sort: '' }) ? '' : chosen;
    } else {
      state.sort = stateFromQuery(location.search).sort;
    }
    this.#go(state, history);
  }

  /** Records a state in the URL and runs it. */
  #go(state: SearchState, history: 'push' | 'replace' = 'push'): void {
    const url = `${location.pathname}${queryFromState(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    void this.#run(state);
  }

  /** Removes the filter a chip stands for (or all of them), and keeps the keyboard focus among the chips. */
  #removeFilter(control: HTMLElement, state: SearchState): void {
    const filter = control.dataset['remove'] as SearchFilter | '';
    const chips = [...this.#chips.querySelectorAll<HTMLElement>('[data-remove]')];
    const next = chips.indexOf(control);
    this.#go(filter ? withoutFilter(state, filter, control.dataset['value']) : withoutFilter(state));
    const left = [...this.#chips.querySelectorAll<HTMLElement>('[data-remove]')];
    (left[Math.min(next, left.length - 1)] ?? (this.#form.elements.namedItem('q') as HTMLInputElement)).focus();
  }

  /** Puts a state into the form's controls. */
  #fill(state: SearchState): void {
    const q = this.#form.elements.namedItem('q') as HTMLInputElement;
    if (q.value !== state.q) q.value = state.q;
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')) {
      const values = state.filters[box.name as SearchFilter] ?? [];
      box.checked = box.type === 'radio' && box.value === '' ? values.length === 0 : values.includes(box.value);
    }
    const tz = this.#form.elements.namedItem('tz') as HTMLSelectElement | null;
    if (tz) {
      const zone = readerZone(state);
      // A zone the list does not name (the browser's, or one from a link) is added to it, so the control shows it.
      if (![...tz.options].some((option) => option.value === zone))
        tz.add(new Option(zone.replace(/_/g, ' '), zone), 0);
      tz.value = zone;
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
    this.#showChips(state);
    this.setAttribute('aria-busy', 'true');
    let pagefind: Pagefind;
    try {
      pagefind = await this.#pagefind!;
    } catch {
      this.#status.textContent = 'The search index could not be loaded. Reload the page to try again.';
      return;
    }
    // The index leaves out stop words, so queries do too: "head of platform" searches for head and platform.
    const term = searchTerm(state.q, this.#symbols) || null;
    const sortKey = effectiveSort(state);
    const sort = SEARCH_SORTS[sortKey];
    // Each search counts the values of every filter group Pagefind has loaded: when those are all the groups on
    // screen, the counts need no search of their own, but for groups with a selection.
    const loaded = new Set(this.#loaded);
    this.#current = undefined;
    const search = await pagefind.search(term, {
      filters: pagefindFilters(state, this.#shape),
      ...(sort ? { sort: { ...sort } } : {}),
    });
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
    this.#status.textContent = this.#statusText(state, search.results.length, sortKey);
    this.#showEmpty(state, search.results.length === 0);
    this.removeAttribute('aria-busy');
    // The board's counts are in the page already; a search's own counts follow once its results are shown.
    if (!(initial && queryFromState(state) === '')) {
      this.#current = { state, term, generation };
      void this.#count(state, term, generation, { counts: search.filters, loaded });
    } else {
      if (this.#seen.has(OVERLAP_FILTER)) void this.#countOverlapOnLoad(state, generation);
      else this.#onLoad = { state, generation };
      this.#settle(state);
    }
  }

  /** The announced status: how many postings, for which words, with which filters, in which order. */
  #statusText(state: SearchState, n: number, sortKey: SearchSort): string {
    const found = n === 0 ? 'No postings' : n === 1 ? '1 posting' : `${n} postings`;
    const words = state.q.trim() ? ` for “${state.q.trim()}”` : '';
    const filters = activeFilters(state).map(([filter, value]) => this.#chipText(filter, value));
    const narrowed = filters.length > 0 ? ` (filters: ${filters.join(', ')})` : '';
    const order = { newest: 'newest first', salary: 'highest salary first', relevance: 'best match first' }[sortKey];
    return `${found} found${words}${narrowed}${n === 0 ? '' : `, ${order}`}.`;
  }

  /**
   * How a selected filter value reads on its chip: its option's label, after its group's prefix when the label
   * alone would be unclear ("Visa sponsorship: Yes"), or the value itself if the page has no such option.
   */
  #chipText(filter: SearchFilter, value: string): string {
    const input = [...this.#form.querySelectorAll<HTMLInputElement>(`input[name="${filter}"]`)].find(
      (box) => box.value === value,
    );
    const label = input?.closest('label')?.querySelector('[data-label]')?.textContent;
    if (!input || !label) return value;
    const text = `${input.closest<HTMLElement>('[data-facet]')?.dataset['chipPrefix'] ?? ''}${label}`;
    if (filter !== OVERLAP_FILTER) return text;
    const tz = this.#form.elements.namedItem('tz') as HTMLSelectElement | null;
    const zone = tz?.selectedOptions[0]?.textContent ?? readerZone(stateFromQuery(location.search));
    return `${text} with ${zone}`;
  }

  /** The active filters as chips above the results, each a button that removes it, and one that removes all. */
  #showChips(state: SearchState): void {
    const active = activeFilters(state);
    const list = this.#chips.querySelector('ul')!;
    list.replaceChildren(
      ...active.map(([filter, value]) => {
        const text = this.#chipText(filter, value);
        return this.#chip(text, `Remove the filter ${text}`, filter, value);
      }),
    );
    if (active.length > 1) list.append(this.#chip('Clear all filters', 'Clear all filters', '', ''));
    this.#chips.hidden = active.length === 0;
  }

  #chip(text: string, label: string, filter: SearchFilter | '', value: string): HTMLLIElement {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.dataset['remove'] = filter;
    if (value) button.dataset['value'] = value;
    button.setAttribute('aria-label', label);
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = ' ×';
    button.append(text, mark);
    item.append(button);
    return item;
  }

  /**
   * What a search that found nothing offers: a spelling or a stack tag from the vocabulary when a word is close
   * to one, each filter to drop (or all of them), and otherwise the browse page.
   */
  #showEmpty(state: SearchState, empty: boolean): void {
    this.#empty.hidden = !empty;
    if (!empty) return;
    const parts: HTMLElement[] = [];
    const line = (...content: Array<string | Node>) => {
      const p = document.createElement('p');
      p.append(...content);
      parts.push(p);
    };
    const hint = suggestion(state.q, this.#vocabulary);
    if (hint) {
      line('Did you mean ', this.#link({ ...state, q: hint.q }, `“${hint.q}”`), '?');
      if (hint.tag && !state.filters.stack.includes(hint.tag)) {
        const tagged = { ...state, q: '', filters: { ...state.filters, stack: [...state.filters.stack, hint.tag] } };
        line('Or see ', this.#link(tagged, `every posting tagged ${this.#chipText('stack', hint.tag)}`), '.');
      }
    }
    const active = activeFilters(state);
    if (active.length > 0) {
      const links: Array<string | Node> = [];
      for (const [filter, value] of active) {
        if (links.length > 0) links.push(', ');
        links.push(this.#link(withoutFilter(state, filter, value), `without ${this.#chipText(filter, value)}`));
      }
      if (active.length > 1) links.push(', or ', this.#link(withoutFilter(state), 'without any filter'));
      line('Search again ', ...links, '.');
    }
    if (!hint && active.length === 0) {
      const browse = document.createElement('a');
      browse.href = this.dataset['browse'] ?? '/browse/';
      browse.textContent = 'browse by stack, level, place or company';
      line('Check the spelling, try fewer or other words, or ', browse, '.');
    }
    this.#empty.replaceChildren(...parts);
  }

  #link(state: SearchState, text: string): HTMLAnchorElement {
    const link = document.createElement('a');
    link.href = `${location.pathname}${queryFromState(state)}`;
    link.dataset['state'] = '';
    link.textContent = text;
    return link;
  }

  /** Marks the search done, counts included: data-settled holds its query string (for tests and benchmarks). */
  #settle(state: SearchState): void {
    this.dataset['settled'] = queryFromState(state);
  }

  /**
   * Counts each value of the filter groups on screen within the current search. A group with a selection is
   * counted without its own selection, so its counts say what ticking another value would add (OR) while the
   * other groups still narrow them (AND); a group whose values all apply (ALL_OF_FILTERS) is counted with its
   * selection, as ticking another value narrows it further. `search` holds the counts of the search itself and the groups Pagefind
   * had loaded for it: enough when those cover every group on screen.
   */
  async #count(
    state: SearchState,
    term: string | null,
    generation: number,
    search?: { counts: Record<string, Record<string, number>>; loaded: ReadonlySet<string> },
  ): Promise<void> {
    this.#facets.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await this.#pagefind!;
      const counts: Record<string, Record<string, number>> = {};
      const onScreen = new Set([...this.#seen].map(indexedAs));
      // The search's own counts do when Pagefind had every filter on screen loaded for it, or used it.
      const used = pagefindFilters(state, this.#shape);
      const counted = search && [...onScreen].every((filter) => search.loaded.has(filter) || filter in used);
      const own = SEARCH_FILTERS.filter((f) => state.filters[f].length > 0 && !ALL_OF_FILTERS.has(f));
      for (const except of [undefined, ...own]) {
        if (generation !== this.#generation) return;
        if (!except && counted) {
          Object.assign(counts, readerCounts(search.counts, this.#shape));
          continue;
        }
        const filters = pagefindFilters(state, this.#shape, except);
        // A filter on screen that the search does not use is loaded by asking for none of its values, which
        // narrows nothing.
        for (const filter of onScreen) filters[filter] ??= { none: [] };
        const found = await pagefind.search(term, { filters });
        for (const filter of Object.keys(found.filters)) this.#loaded.add(filter);
        const read = readerCounts(found.filters, this.#shape);
        if (except) counts[except] = read[except] ?? {};
        else Object.assign(counts, read);
      }
      // Pagefind counts the index's values, which are windows: the choices are counted apart once on screen.
      if (this.#seen.has(OVERLAP_FILTER)) {
        const overlap = await this.#overlapCounts(pagefind, state, term, generation);
        if (!overlap) return;
        counts[OVERLAP_FILTER] = { ...overlap, unstated: counts[OVERLAP_FILTER]?.['unstated'] ?? 0 };
      } else delete counts[OVERLAP_FILTER];
      if (generation !== this.#generation) return;
      this.#showCounts(counts, state);
      // Counts hide values no result has: a narrowed list says again whether any option is left.
      for (const box of this.querySelectorAll<HTMLInputElement>('[data-facet-search]')) {
        if (box.value) this.#narrowFacet(box);
      }
      this.#settle(state);
    } catch {
      // Counts are a help, not the search: without them the results still stand.
      if (generation === this.#generation) this.#settle(state);
    } finally {
      if (generation === this.#generation) this.#facets.removeAttribute('aria-busy');
    }
  }

  /**
   * The count of each "at least N hours" choice within the search, with the other groups' selections: each choice
   * is a filter of its own (any run of N hours of the reader's day), so each takes a search. Undefined when a newer
   * search started meanwhile.
   */
  async #overlapCounts(
    pagefind: Pagefind,
    state: SearchState,
    term: string | null,
    generation: number,
  ): Promise<Record<string, number> | undefined> {
    const others = pagefindFilters(state, this.#shape, OVERLAP_FILTER);
    const counts: Record<string, number> = {};
    for (const hours of OVERLAP_CHOICES) {
      if (generation !== this.#generation) return undefined;
      const found = await pagefind.search(term, { filters: { ...others, ...overlapFilter(state, hours) } });
      counts[String(hours)] = found.results.length;
    }
    return generation === this.#generation ? counts : undefined;
  }

  /**
   * The overlap choices' counts on the page as it first loads: the server counted every other group for the whole
   * board, but these depend on the reader's zone, which only the browser knows.
   */
  async #countOverlapOnLoad(state: SearchState, generation: number): Promise<void> {
    try {
      const counts = await this.#overlapCounts(await this.#pagefind!, state, null, generation);
      if (!counts) return;
      for (const label of this.#form.querySelectorAll<HTMLLabelElement>(`label[data-value]`)) {
        const box = label.querySelector('input')!;
        if (box.name === OVERLAP_FILTER)
          label.querySelector('[data-count]')!.textContent = String(counts[box.value] ?? 0);
      }
    } catch {
      // Counts are a help, not the search.
    }
  }

  /** Shows the counts of the groups counted; the others' counts, from another search, are cleared until then. */
  #showCounts(counts: Record<string, Record<string, number>>, state: SearchState): void {
    for (const label of this.#form.querySelectorAll<HTMLLabelElement>('label[data-value]')) {
      const box = label.querySelector('input')!;
      const group = counts[box.name];
      const count = group?.[box.value] ?? 0;
      label.querySelector('[data-count]')!.textContent = group ? String(count) : '';
      if (!group) continue;
      label.hidden =
        count === 0 &&
        !state.filters[box.name as SearchFilter]?.includes(box.value) &&
        label.hasAttribute('data-hide-empty');
    }
    // Counts shown beside a group rather than on a choice ("postings that do not state their interview").
    for (const count of this.#form.querySelectorAll<HTMLElement>('[data-count-of]')) {
      const [filter = '', value = ''] = (count.dataset['countOf'] ?? '').split(' ');
      const group = counts[filter];
      count.textContent = group ? String(group[value] ?? 0) : '';
    }
  }

  /** Shows only the options of a long facet whose label holds the typed text (ignoring case and accents). */
  #narrowFacet(box: HTMLInputElement): void {
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const wanted = fold(box.value.trim());
    const fieldset = box.closest('fieldset')!;
    let shown = 0;
    for (const label of fieldset.querySelectorAll<HTMLLabelElement>('label[data-value]')) {
      const matches = fold(label.querySelector('[data-label]')?.textContent ?? '').includes(wanted);
      label.toggleAttribute('data-unmatched', !matches);
      if (matches && !label.hidden) shown++;
    }
    fieldset.querySelector<HTMLElement>('[data-no-match]')!.hidden = shown > 0;
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
