// The search page's URL parameters, shared by the index (filter names, sort keys) and the browser client.
// Kept free of imports so the client bundle stays small.

/** The filters readers narrow by; also the names of their URL parameters. */
export const SEARCH_FILTERS = [
  'level',
  'workplace',
  'region',
  'stack',
  'employmentType',
  'company',
  'salary',
  'visa',
  'equity',
  'interview',
  'stages',
  'overlap',
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * The filters whose values all apply at once (AND) instead of any of them (OR): "no take-home" and "no live
 * coding" together mean an interview without either.
 */
export const ALL_OF_FILTERS: ReadonlySet<SearchFilter> = new Set(['interview']);

/**
 * The filters of which every posting has exactly one value, held by the index as one filter (`JOINED`) whose
 * value names them all ("senior remote full-time yes unknown"). Pagefind downloads a filter's values for each
 * posting, in a file of its own per filter: at 10,000 postings each of these was 14 KB, and the five together are
 * as much as one. The search page counts each from the joined values, and narrows by any joined value that has
 * the chosen ones.
 */
export const JOINED_FILTERS = [
  'level',
  'workplace',
  'employmentType',
  'visa',
  'equity',
] as const satisfies readonly SearchFilter[];
export type JoinedFilter = (typeof JOINED_FILTERS)[number];

/** The index's name of the joined filters. */
export const JOINED = 'facts';

/** The joined value of a posting's values of the joined filters: keys of the vocabulary, which hold no space. */
export function joinedValue(values: Readonly<Record<JoinedFilter, string>>): string {
  return JOINED_FILTERS.map((filter) => values[filter]).join(' ');
}

/** The value of each joined filter that a joined value names. */
export function splitJoined(value: string): Array<[JoinedFilter, string]> {
  const parts = value.split(' ');
  return JOINED_FILTERS.map((filter, i) => [filter, parts[i] ?? '']);
}

/** The `interview` value of a posting that does not state its interview: counted, never offered as a choice. */
export const UNSTATED_INTERVIEW = 'unstated';

/** The ways results can be ordered, as Pagefind sort options; `relevance` needs typed words. */
export const SEARCH_SORTS = { newest: { posted: 'desc' }, salary: { salary: 'desc' }, relevance: undefined } as const;
export type SearchSort = keyof typeof SEARCH_SORTS;

/** Results per page of the search page: each one is a small download of its own. */
export const SEARCH_PAGE_SIZE = 10;

/**
 * Common English words the index leaves out, and the search box drops from queries: they match nearly every
 * posting, so they never narrow a search, and leaving them out saves a third of Pagefind's memory and index.
 * Words that mean something on this board (go, rest, us, it) are not in the list.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from has have he her his i in into is its of on or our she so that the their ' +
    'them there these they this to was we were what when where which who will with you your can all any each more ' +
    'most other some such than then too very also just not no nor only own same about after again against before ' +
    'being below between both during further here how if off once out over through under until up while do does ' +
    'did doing would should could am been having'
  ).split(' '),
);

/**
 * Text without the stop words: what the index holds of a description, and what a query searches for. A word is
 * a stop word when its letters a–z, lower-cased, spell one ("The", "(and)," too).
 */
export function withoutStopWords(text: string): string {
  const kept: string[] = [];
  for (const word of text.split(/\s+/)) if (word !== '' && !isStopWord(word)) kept.push(word);
  return kept.join(' ');
}

const LONGEST_STOP_WORD = Math.max(...[...STOP_WORDS].map((word) => word.length));

// Called for every word of every posting when the index is built, so the common cases make no new strings: a
// word with more letters than any stop word, and a word of lower-case letters only.
function isStopWord(word: string): boolean {
  let letters = 0;
  let lowerOnly = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      letters++;
      lowerOnly = false;
    } else if (c < 128) lowerOnly = false;
    // Lower-casing some other letters gives a–z ("K", the kelvin sign): only the general rule knows.
    else return STOP_WORDS.has(word.toLowerCase().replace(/[^a-z]/g, ''));
    // Lower-casing never takes letters a–z away, so the word cannot shrink back to a stop word.
    if (letters > LONGEST_STOP_WORD) return false;
  }
  return STOP_WORDS.has(lowerOnly ? word : word.toLowerCase().replace(/[^a-z]/g, ''));
}

/**
 * What a query asks Pagefind for: the words without stop words, and words that Pagefind would read without
 * their symbols ("c#" as "c") spelt as the index holds them (`symbolWords`, from the vocabulary: "c#" → "csharp").
 */
export function searchTerm(q: string, symbolWords: Readonly<Record<string, string>> = {}): string {
  return withoutStopWords(q)
    .split(' ')
    .map((word) => (Object.hasOwn(symbolWords, word.toLowerCase()) ? symbolWords[word.toLowerCase()]! : word))
    .join(' ')
    .trim();
}
