// Reading the search page and the listing pages in the browser tests.

import { expect, type Page } from '@playwright/test';

/** Waits for the search (counts included) to settle and returns the result links, every page of results shown. */
export async function searchResults(page: Page): Promise<string[]> {
  await expect(page.locator('job-search')).toHaveAttribute('data-settled');
  await expect(page.locator('job-search')).not.toHaveAttribute('aria-busy', 'true');
  while (await page.locator('[data-more]').isVisible()) {
    const before = await page.locator('[data-results] > li').count();
    await page.locator('[data-more]').click();
    await expect(page.locator('[data-results] > li')).not.toHaveCount(before);
  }
  return page
    .locator('[data-results] h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The postings a listing shows from `first` on, following its "next" links to the last page, as paths. */
export async function listedPostings(page: Page, first: string): Promise<string[]> {
  const listed: string[] = [];
  let next: string | null = first;
  while (next) {
    await page.goto(next);
    listed.push(
      ...(await page
        .locator('main .job-card :is(h2, h3) > a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
    );
    const more = page.locator('a[rel="next"]');
    next = (await more.count()) > 0 ? await more.first().getAttribute('href') : null;
  }
  return listed;
}
