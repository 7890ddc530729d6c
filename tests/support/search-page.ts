// Reading the search page in the browser tests.

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
