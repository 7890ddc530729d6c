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
] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The ways results can be ordered, as Pagefind sort options; `relevance` needs typed words. */
export const SEARCH_SORTS = { newest: { posted: 'desc' }, salary: { salary: 'desc' }, relevance: undefined } as const;
export type SearchSort = keyof typeof SEARCH_SORTS;
