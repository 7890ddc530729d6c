// Links for pages: root-relative paths from src/site/paths.ts, placed under the configured base and site.

import { joinBase } from './paths.ts';
import { SITE } from './site.ts';

/** The href of a path on this site, respecting a sub-path deployment. */
export function link(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a path on this site, for feeds, canonical links and structured data. */
export function absolute(path: string): string {
  return new URL(link(path), SITE.url).href;
}
