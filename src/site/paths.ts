// The board's URL scheme, in one place. Paths are root-relative; `joinBase` adds a sub-path deployment's base.

import type { Job } from '../board/schema.ts';
import type { Place } from '../board/vocabulary.ts';

/** A listing's path for page `page`: page 1 is the listing itself, later pages are `page/N/` below it. */
export function pagePath(listing: string, page: number): string {
  return page <= 1 ? listing : `${listing}page/${page}/`;
}

export const paths = {
  home: (page = 1) => pagePath('/', page),
  job: (id: string) => `/jobs/${id}/`,
  companies: () => '/companies/',
  company: (id: string) => `/companies/${id}/`,
  browse: () => '/browse/',
  stack: (tag: Job['stack'][number], page = 1) => pagePath(`/stack/${tag}/`, page),
  level: (level: Job['level'], page = 1) => pagePath(`/level/${level}/`, page),
  remote: (place: Place, page = 1) => pagePath(`/remote/${place.toLowerCase()}/`, page),
  /** An interview listing; `slug` is interview.ts's `facetSlug`, e.g. `no-take-home`, `at-most-3-stages`. */
  interview: (slug: string, page = 1) => pagePath(`/interview/${slug}/`, page),
  /** An overlap listing; `slug` is a reader zone's (working-hours.ts), e.g. `europe-berlin`. */
  overlap: (slug: string, page = 1) => pagePath(`/overlap/${slug}/`, page),
  feed: () => '/feed.xml',
  jsonFeed: () => '/feed.json',
  stackFeed: (tag: Job['stack'][number]) => `/stack/${tag}/feed.xml`,
  levelFeed: (level: Job['level']) => `/level/${level}/feed.xml`,
  interviewFeed: (slug: string) => `/interview/${slug}/feed.xml`,
  overlapFeed: (slug: string) => `/overlap/${slug}/feed.xml`,
  alertFeed: (level: Job['level'], tag: Job['stack'][number]) => `/feeds/${level}/${tag}.xml`,
  feeds: () => '/feeds/',
  api: () => '/api/jobs.json',
  salaries: () => '/salaries/',
  salariesApi: () => '/api/salaries.json',
  search: (query: Record<string, string | readonly string[]> = {}) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      for (const v of typeof value === 'string' ? [value] : value) params.append(key, v);
    }
    const search = params.toString();
    return search ? `/search/?${search}` : '/search/';
  },
  page: (slug: string) => `/${slug}/`,
};

/** A root-relative path under the site's base (`/` or `/sub-path/`). */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

// What may stand in a URL in an HTML attribute (RFC 3986 and the HTML standard): anything else is percent-encoded.
const NOT_URL_CHARACTER = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu;

/**
 * The href of a link to another site (an apply link, a company's website), as pages write it: in the form the URL
 * parser gives, with every character a URL may not hold percent-encoded, so the attribute conforms whatever a
 * file holds. The validator refuses links that are not https: or mailto:; this only spells them out.
 */
export function externalHref(url: string): string {
  let href = url;
  try {
    href = new URL(url).href;
  } catch {
    // Left as written, then encoded: the validator refuses it, and the page still conforms.
  }
  return href
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(NOT_URL_CHARACTER, (character) => encodeURIComponent(character));
}
