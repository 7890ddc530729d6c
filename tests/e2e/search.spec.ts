// The search page in a real browser: words, facets (OR within a group, AND across groups), sorting, state in the
// URL, closed postings never found, and the header's search form without JavaScript.

import { expect, test, type Page } from '@playwright/test';
import { annualEuros } from '../../src/board/salary.ts';

interface ApiJob {
  id: string;
  url: string;
  title: string;
  level: string;
  workplace: string;
  stack: string[];
  remoteFrom?: string[];
  salary: { min: number; max: number; currency: 'EUR'; period: 'year' };
}

async function api(page: Page): Promise<ApiJob[]> {
  const response = await page.request.get('/api/jobs.json');
  return ((await response.json()) as { jobs: ApiJob[] }).jobs;
}

/** Waits for the search to settle and returns the result links, in order, with every page of results shown. */
async function results(page: Page): Promise<string[]> {
  await expect(page.locator('job-search')).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('[data-status]')).toContainText('found');
  while (await page.locator('[data-more]').isVisible()) {
    const before = await page.locator('[data-results] > li').count();
    await page.locator('[data-more]').click();
    await expect(page.locator('[data-results] > li')).not.toHaveCount(before);
  }
  return page
    .locator('[data-results] h3 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const path = (job: ApiJob) => new URL(job.url).pathname;

test('a text query finds the open postings that mention it and no others', async ({ page }) => {
  await page.goto('/search/?q=rotterdam');
  expect((await results(page)).sort()).toEqual([
    '/jobs/harborline-logistics-senior-backend-contractor-edi-integrations/',
    '/jobs/harborline-logistics-senior-backend-engineer-vessel-scheduling/',
  ]);
  // The third posting that mentions Rotterdam expired on 31 October: it is never found.
  await page.goto('/search/?q=matchmaking');
  expect(await results(page)).toEqual(['/jobs/saltmarsh-games-senior-backend-engineer-matchmaking/']);
  await expect(page.locator('[data-status]')).toHaveText('1 posting found, best match first.');
});

test('closed postings are never found, by their words or by filters', async ({ page }) => {
  for (const query of [
    'q=container+tracking+platform',
    'q=ingestion&company=tidepool-analytics',
    'company=harborline-logistics',
    'q=geocoding',
  ]) {
    await page.goto(`/search/?${query}`);
    const found = await results(page);
    for (const closed of [
      '/jobs/harborline-logistics-staff-engineer-container-tracking-platform/',
      '/jobs/tidepool-analytics-senior-backend-engineer-ingestion/',
      '/jobs/lumen-maps-staff-engineer-geocoding-and-search/',
    ]) {
      expect(found, query).not.toContain(closed);
    }
  }
});

test('values in one filter group combine with OR, groups combine with AND', async ({ page }) => {
  const jobs = await api(page);
  await page.goto('/search/?level=staff&level=principal');
  expect((await results(page)).sort()).toEqual(
    jobs
      .filter((j) => ['staff', 'principal'].includes(j.level))
      .map(path)
      .sort(),
  );

  await page.goto('/search/?level=staff&level=principal&workplace=remote&stack=go&stack=rust');
  const expected = jobs
    .filter(
      (j) =>
        ['staff', 'principal'].includes(j.level) &&
        j.workplace === 'remote' &&
        j.stack.some((t) => t === 'go' || t === 'rust'),
    )
    .map(path)
    .sort();
  expect(expected.length).toBeGreaterThan(1);
  expect((await results(page)).sort()).toEqual(expected);
});

test('browsing by facets works without words, and counts say what another value would add', async ({ page }) => {
  const jobs = await api(page);
  await page.goto('/search/?level=staff');
  const senior = page.locator('label[data-value]', { has: page.locator('input[name="level"][value="senior"]') });
  await expect(senior.locator('[data-count]')).toHaveText(String(jobs.filter((j) => j.level === 'senior').length));
  const remote = page.locator('label[data-value]', { has: page.locator('input[name="workplace"][value="remote"]') });
  await expect(remote.locator('[data-count]')).toHaveText(
    String(jobs.filter((j) => j.level === 'staff' && j.workplace === 'remote').length),
  );
});

test('the region filter finds remote postings open to a place, through regions and worldwide', async ({ page }) => {
  const jobs = await api(page);
  await page.goto('/search/?region=worldwide');
  expect((await results(page)).sort()).toEqual(
    jobs
      .filter((j) => j.remoteFrom?.includes('worldwide'))
      .map(path)
      .sort(),
  );
  await page.goto('/search/?region=DE&workplace=remote');
  const found = await results(page);
  expect(found).toContain('/jobs/northwind-ledger-staff-backend-engineer-ledger-core/'); // remote from the EU
  expect(found).toContain('/jobs/tidepool-analytics-principal-engineer-query-engine/'); // worldwide
  expect(found).not.toContain('/jobs/quillstack-principal-engineer-api-gateway/'); // the Americas only
});

test('sorting by salary orders by the top of the range, converted to annual euros', async ({ page }) => {
  const jobs = await api(page);
  await page.goto('/search/?sort=salary');
  const found = await results(page);
  const top = new Map(jobs.map((j) => [path(j), annualEuros(j.salary.max, j.salary)]));
  const values = found.map((p) => top.get(p)!);
  expect(found).toHaveLength(jobs.length);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  // An hourly contract rate is annualised, not compared as 125 per hour.
  expect(found.indexOf('/jobs/saltmarsh-games-senior-backend-engineer-player-economy-contract/')).toBeLessThan(
    found.length - 5,
  );
});

test('the default order is newest first without words, best match with words', async ({ page }) => {
  const jobs = await api(page);
  await page.goto('/search/');
  expect(await results(page)).toEqual(jobs.map(path));
  await expect(page.locator('#sort')).toHaveValue('newest');
  await page.goto('/search/?q=kafka');
  await results(page);
  await expect(page.locator('#sort')).toHaveValue('relevance');
});

test('the whole state lives in the URL: loading restores it, changes update it, back and forward work', async ({
  page,
}) => {
  const start = '/search/?q=kafka&level=staff&level=principal&workplace=remote&region=eu&stack=go&sort=salary';
  await page.goto(start);
  const first = await results(page);
  await expect(page.locator('#q')).toHaveValue('kafka');
  await expect(page.locator('input[name="level"][value="staff"]')).toBeChecked();
  await expect(page.locator('input[name="level"][value="principal"]')).toBeChecked();
  await expect(page.locator('input[name="level"][value="senior"]')).not.toBeChecked();
  await expect(page.locator('input[name="region"][value="eu"]')).toBeChecked();
  await expect(page.locator('#sort')).toHaveValue('salary');

  await page.locator('input[name="stack"][value="go"]').uncheck();
  await expect(page).toHaveURL('/search/?q=kafka&level=staff&level=principal&workplace=remote&region=eu&sort=salary');
  const wider = await results(page);
  expect(wider.length).toBeGreaterThanOrEqual(first.length);

  await page.goBack();
  await expect(page).toHaveURL(start);
  await expect(page.locator('input[name="stack"][value="go"]')).toBeChecked();
  expect(await results(page)).toEqual(first);

  await page.goForward();
  await expect(page.locator('input[name="stack"][value="go"]')).not.toBeChecked();
  expect(await results(page)).toEqual(wider);

  await page.reload();
  await expect(page.locator('input[name="stack"][value="go"]')).not.toBeChecked();
  expect(await results(page)).toEqual(wider);
});

test('typing updates the results and the URL', async ({ page }) => {
  await page.goto('/search/');
  await results(page);
  await page.locator('#q').fill('matchmaking');
  await expect(page).toHaveURL('/search/?q=matchmaking');
  expect(await results(page)).toEqual(['/jobs/saltmarsh-games-senior-backend-engineer-matchmaking/']);
});

test('the header search form reaches the search page without JavaScript, which says what to do', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/jobs/northwind-ledger-staff-backend-engineer-ledger-core/');
  await page.getByRole('searchbox', { name: 'Search jobs' }).fill('ledger');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL('/search/?q=ledger');
  // Playwright's text locators skip <noscript>, so the notice is found by its class.
  await expect(page.locator('.notice')).toContainText(
    'Searching and filtering run in your browser and need JavaScript',
  );
  await expect(page.locator('[data-results] > li')).toHaveCount(10);
  await expect(page.locator('.notice a').first()).toHaveAttribute('href', '/browse/');
  await context.close();
});

test('listing pages link to the matching search', async ({ page }) => {
  await page.goto('/stack/go/');
  await page.getByRole('link', { name: 'Narrow down with search' }).click();
  await expect(page).toHaveURL('/search/?stack=go');
  await expect(page.locator('input[name="stack"][value="go"]')).toBeChecked();
  const jobs = await api(page);
  expect((await results(page)).sort()).toEqual(
    jobs
      .filter((j) => j.stack.includes('go'))
      .map(path)
      .sort(),
  );
});

test('the result count is announced in a live region and the form is keyboard operable', async ({ page }) => {
  await page.goto('/search/');
  await results(page);
  await expect(page.getByRole('status')).toHaveText('42 postings found, newest first.');
  await page.locator('#q').focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#sort')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Search' }).last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('summary', { hasText: 'Filters' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name="level"][value="senior"]')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/search/?level=senior');
  await expect(page.getByRole('status')).toHaveText('20 postings found, newest first.');
});
