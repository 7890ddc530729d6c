// Splits a listing into pages with stable URLs: /listing/, /listing/page/2/, ...

export interface Page<T> {
  /** 1-based. */
  page: number;
  pages: number;
  /** Items on all pages together. */
  total: number;
  items: T[];
}

/** The pages of a listing; an empty listing still has its first page. `maxPages` cuts very long listings. */
export function paginate<T>(items: readonly T[], size: number, maxPages = Infinity): Array<Page<T>> {
  const pages = Math.max(1, Math.min(Math.ceil(items.length / size), maxPages));
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    total: items.length,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** The `[...page]` route parameter of a page: nothing for the first, `page/N` for the others. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}
