// The built sample board, as a reader's browser sees it.

import { expect, test } from '@playwright/test';

test('the home page lists open postings and no closed ones', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Staff Backend Engineer, Ledger Core' })).toBeVisible();
  // Expired (2026-10-31) and filled postings have left the listings.
  await expect(page.getByRole('link', { name: 'Staff Engineer, Container Tracking Platform' })).toHaveCount(0);
});

test('a closed posting keeps its page, says it is closed, has no apply link and is not indexed', async ({ page }) => {
  await page.goto('/jobs/tidepool-analytics-senior-backend-engineer-ingestion/');
  await expect(page.getByText('no longer accepting applications')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('link', { name: /apply/i })).toHaveCount(0);
});
