// Cache keys for Astro's incremental builds: a page is rendered again only when its key changes, so a key
// must cover everything the page shows. Postings and companies contribute the hash of their whole file.

import type { CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { isClosed } from '../board/board.ts';
import { isNew } from '../site/format.ts';
import { SITE } from '../site/site.ts';
import { companyOf, type BoardIndex } from '../site/board-index.ts';

/** A short hash of the parts. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url');
}

/** What a posting's card shows: the posting, its company, and whether it is new or closed today. */
export function cardKey(index: BoardIndex, job: CollectionEntry<'jobs'>): string {
  return `${job.id}:${job.digest}:${companyOf(index, job).digest}:${isNew(job.data, index.today, SITE.newForDays)}:${isClosed(job.data, index.today)}`;
}

/** The key of a page of cards, with its position in the listing. */
export function listingKey(
  index: BoardIndex,
  page: { page: number; pages: number; total: number; items: CollectionEntry<'jobs'>[] },
): string {
  return cacheKey(
    page.page,
    page.pages,
    page.total,
    page.items.map((job) => cardKey(index, job)),
  );
}
