// The search page in a real browser: words, facets (OR within a group, AND across groups), sorting, state in the
// URL, closed postings never found, and the header's search form without JavaScript.

import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { readSource } from '../../src/board/frontmatter.ts';
import { annualEuros } from '../../src/board/salary.ts';
import { REGIONS, STACK_TAGS, keysOf } from '../../src/board/vocabulary.ts';
import { searchTerm } from '../../src/site/search-params.ts';
import { SYMBOL_WORDS, tagWords } from '../../src/site/search-records.ts';
import { searchResults } from '../support/search-page.ts';

interface ApiJob {
  id: string;
  url: string;
  title: string;
  level: string;
  status: string;
  workplace: string;
  stack: string[];
  remoteFrom?: string[];
  salary: { min: number; max: number; currency: 'EUR'; period: 'year' };
}

async function api(page: Page): Promise<ApiJob[]> {
  const response = await page.request.get('/api/jobs.json');
  return ((await response.json()) as { jobs: ApiJob[] }).jobs;
}

const results = searchResults;

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
  await expect(page.locator('[data-status]')).toHaveText('1 posting found for “matchmaking”, best match first.');
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
  await expect(page.getByRole('status')).toHaveText('20 postings found (filters: Senior), newest first.');
});

test('a stack tag searched by its label or any alias finds every open posting tagged with it', async ({ page }) => {
  const jobs = await api(page);
  await page.goto('/search/');
  await results(page);
  const queries = keysOf(STACK_TAGS).flatMap((tag) =>
    tagWords(tag).map((word) => ({ tag, word, term: searchTerm(word, SYMBOL_WORDS) })),
  );
  // The index the page loads, searched the way the page searches it.
  const found = await page.evaluate(
    async (terms) => {
      const pagefind = (await import('/pagefind/pagefind.js' as string)) as {
        search: (term: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }>;
      };
      const urls: string[][] = [];
      for (const term of terms) {
        const search = await pagefind.search(term);
        urls.push(await Promise.all(search.results.map(async (result) => (await result.data()).url)));
      }
      return urls;
    },
    queries.map((q) => q.term),
  );
  const missed = queries.flatMap(({ tag, word }, i) =>
    jobs
      .filter((job) => job.stack.includes(tag))
      .map(path)
      .filter((url) => !found[i]!.includes(url))
      .map((url) => `"${word}" misses ${url}`),
  );
  expect(missed).toEqual([]);
  expect(jobs.filter((job) => job.stack.includes('kafka')).length).toBeGreaterThan(20);

  // And typed into the page: every posting tagged PostgreSQL, by its common short name.
  await page.locator('#q').fill('postgres');
  await expect(page).toHaveURL('/search/?q=postgres');
  const postgres = await results(page);
  for (const job of jobs.filter((j) => j.stack.includes('postgresql'))) expect(postgres).toContain(path(job));
});

test('a title that names the words ranks above a posting only tagged with them', async ({ page }) => {
  await page.goto('/search/?q=rust');
  const found = await results(page);
  expect(found[0]).toBe('/jobs/fjordbyte-senior-rust-engineer-storage-engine/');
  expect(found.length).toBeGreaterThan(5);
});

test('results and filter counts come from one Pagefind: its script, worker and WebAssembly load once', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/pagefind/')) requested.push(`${url.pathname}${url.search}`);
  });
  await page.goto('/search/');
  await results(page);
  await page.locator('#q').fill('kafka');
  await expect(page.locator('job-search')).toHaveAttribute('data-settled', '?q=kafka');
  await page.locator('input[name="level"][value="staff"]').check();
  await expect(page.locator('job-search')).toHaveAttribute('data-settled', '?q=kafka&level=staff');
  const once = requested
    .filter((url) => !/\/(index|filter|fragment)\//.test(url))
    .map((url) => url.replace(/\?.*/, ''));
  expect(once.filter((url) => url.endsWith('/pagefind.js'))).toEqual(['/pagefind/pagefind.js']);
  expect(once.filter((url) => url.endsWith('.pagefind'))).toHaveLength(1);
  expect(once.filter((url) => url.endsWith('.pf_meta'))).toHaveLength(1);
  expect(once.filter((url) => url.endsWith('pagefind-worker.js'))).toHaveLength(1);
  // Every filter chunk is fetched at most once, for results and counts alike.
  const chunks = requested.filter((url) => /\/(index|filter)\//.test(url));
  expect(chunks).toEqual([...new Set(chunks)]);
});

test('active filters show as chips above the results on a phone, are named in the status, and remove one by one or all', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/search/?level=staff&workplace=remote');
  await results(page);
  // The filter panel is folded on a phone; the chips are not.
  await expect(page.locator('[data-facets]')).not.toHaveAttribute('open');
  await page.evaluate(() => window.scrollTo(0, 0));
  const chips = page.getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('button')).toHaveText(['Staff ×', 'Remote ×', 'Clear all filters ×']);
  await expect(chips.getByRole('button', { name: 'Remove the filter Staff' })).toBeInViewport();
  await expect(page.getByRole('status')).toContainText('(filters: Staff, Remote)');
  await chips.getByRole('button', { name: 'Remove the filter Staff' }).click();
  await expect(page).toHaveURL('/search/?workplace=remote');
  await expect(page.locator('input[name="level"][value="staff"]')).not.toBeChecked();
  await expect(chips.getByRole('button')).toHaveText(['Remote ×']);
  // Focus stays among the chips, on the one that took the removed chip's place.
  await expect(chips.getByRole('button', { name: 'Remove the filter Remote' })).toBeFocused();
  await page.goto('/search/?level=staff&workplace=remote&visa=yes');
  await results(page);
  await expect(chips.getByRole('button', { name: 'Remove the filter Visa sponsorship: Yes' })).toBeVisible();
  await chips.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL('/search/');
  await expect(page.locator('[data-chips]')).toBeHidden();
});

test('a search that finds nothing says what was searched, suggests a spelling and a tag, and offers to drop each filter', async ({
  page,
}) => {
  await page.goto('/search/?q=kafak&level=principal&workplace=onsite');
  await expect(page.getByRole('status')).toHaveText('No postings found for “kafak” (filters: Principal, On-site).');
  const help = page.locator('[data-empty]');
  await expect(help).toContainText('Did you mean “kafka”?');
  await expect(help.getByRole('link', { name: 'every posting tagged Kafka' })).toHaveAttribute(
    'href',
    '/search/?level=principal&workplace=onsite&stack=kafka',
  );
  await expect(help.getByRole('link', { name: 'without Principal' })).toHaveAttribute(
    'href',
    '/search/?q=kafak&workplace=onsite',
  );
  await help.getByRole('link', { name: 'without any filter' }).click();
  await expect(page).toHaveURL('/search/?q=kafak');
  await expect(page.getByRole('status')).toHaveText('No postings found for “kafak”.');
  await help.getByRole('link', { name: '“kafka”' }).click();
  await expect(page).toHaveURL('/search/?q=kafka');
  expect((await results(page)).length).toBeGreaterThan(20);
  await expect(help).toBeHidden();
  // Nothing close in the vocabulary and no filter to drop: the page points to browsing.
  await page.goto('/search/?q=zzzzqx');
  await expect(help.getByRole('link', { name: 'browse by stack, level, place or company' })).toHaveAttribute(
    'href',
    '/browse/',
  );
});

test('the salary filter is one "at least" choice, and an older URL with several bands keeps the lowest', async ({
  page,
}) => {
  const jobs = await api(page);
  const atLeast = (euros: number) =>
    jobs
      .filter((j) => annualEuros(j.salary.max, j.salary) >= euros)
      .map(path)
      .sort();
  await page.goto('/search/');
  await results(page);
  await page.getByRole('radio', { name: /€100k\+/ }).check();
  await expect(page).toHaveURL('/search/?salary=100000');
  await page.getByRole('radio', { name: /€150k\+/ }).check();
  await expect(page).toHaveURL('/search/?salary=150000');
  expect((await results(page)).sort()).toEqual(atLeast(150_000));
  await page.getByRole('radio', { name: 'Any salary' }).check();
  await expect(page).toHaveURL('/search/');

  await page.goto('/search/?salary=150000&salary=100000');
  await expect(page.getByRole('radio', { name: /€100k\+/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /€150k\+/ })).not.toBeChecked();
  expect((await results(page)).sort()).toEqual(atLeast(100_000));
});

test('a long filter list narrows to what is typed and shrinks; a wrapped label keeps its count after its last word', async ({
  page,
}) => {
  await page.goto('/search/');
  await results(page);
  const places = page.getByRole('group', { name: 'Where you live or work' });
  const box = places.getByRole('searchbox', { name: 'Find in where you live or work' });
  const list = places.locator('.facet-options');
  const full = (await list.boundingBox())!.height;
  await box.fill('dach');
  await expect(places.locator('label[data-value]:visible')).toHaveCount(1);
  const dach = places.locator('label[data-value]', { has: page.locator('input[value="dach"]') });
  await expect(dach).toBeVisible();
  expect((await list.boundingBox())!.height).toBeLessThan(full / 3);
  // "DACH (Germany, Austria, Switzerland)" wraps in the filter column: its count follows the last line.
  const label = (await dach.boundingBox())!;
  const count = (await dach.locator('[data-count]').boundingBox())!;
  expect(label.height).toBeGreaterThan(count.height * 1.5);
  expect(count.y).toBeGreaterThan(label.y + count.height / 2);
  await box.fill('atlantis');
  await expect(places.getByText('None matches.')).toBeVisible();
  await expect(places.locator('label[data-value]:visible')).toHaveCount(0);
  await box.fill('');
  await expect(dach).toBeVisible();
});

test('a filter group is counted once it is on screen: on a phone, once the folded filters are opened', async ({
  page,
}) => {
  const jobs = await api(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const filters: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/filter/')) filters.push(request.url());
  });
  await page.goto('/search/?q=kafka');
  await expect(page.locator('job-search')).toHaveAttribute('data-settled', '?q=kafka');
  expect(filters).toEqual([]);
  await page.getByText('Filters', { exact: true }).click();
  const staff = page.locator('label[data-value]', { has: page.locator('input[name="level"][value="staff"]') });
  await expect(staff.locator('[data-count]')).toHaveText(
    String(jobs.filter((j) => j.level === 'staff' && j.stack.includes('kafka')).length),
  );
  expect(filters.length).toBeGreaterThan(0);
});

/** Where each sample posting says it can be done: workplace, the places a remote one accepts, its offices. */
function samplePlaces(): Map<string, { workplace: string; remoteFrom: string[]; offices: string[] }> {
  const dir = new URL('../fixtures/sample-board/content/jobs/', import.meta.url);
  const places = new Map<string, { workplace: string; remoteFrom: string[]; offices: string[] }>();
  for (const name of readdirSync(dir)) {
    const read = readSource(readFileSync(new URL(name, dir), 'utf8'));
    if (!read.ok) throw new Error(`${name}: ${read.problem.message}`);
    const data = read.parts.data as { workplace: string; remoteFrom?: string[]; offices?: Array<{ country: string }> };
    places.set(name.replace(/\.md$/, ''), {
      workplace: data.workplace,
      remoteFrom: data.remoteFrom ?? [],
      offices: (data.offices ?? []).map((office) => office.country),
    });
  }
  return places;
}

/** Whether a posting is open to a place, worked out here from the vocabulary rather than by the board's code. */
function openTo(where: { workplace: string; remoteFrom: string[]; offices: string[] }, place: string): boolean {
  const remote = where.workplace === 'remote' ? where.remoteFrom : [];
  const countries = new Set(
    remote.flatMap((stated) => (stated in REGIONS ? REGIONS[stated as keyof typeof REGIONS].countries : [stated])),
  );
  if (place in REGIONS) return REGIONS[place as keyof typeof REGIONS].countries.every((c) => countries.has(c));
  return countries.has(place as never) || where.offices.includes(place);
}

test('ticking a place finds exactly the postings open to it, through a region, worldwide or an office, as many as its count says', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const places = samplePlaces();
  const open = (await api(page)).filter((job) => places.has(job.id) && job.status === 'open');
  const countOf = (place: string) =>
    page
      .locator('label[data-value]', { has: page.locator(`input[name="region"][value="${place}"]`) })
      .locator('[data-count]')
      .textContent();
  // The server's counts of the whole board, and the browser's within a search (here, remote postings).
  await page.goto('/search/');
  await results(page);
  const options = await page
    .locator('input[name="region"]')
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
  expect(options).toContain('worldwide');
  expect(options).toContain('DE');
  const boardCounts = new Map<string, string | null>();
  for (const place of options) boardCounts.set(place, await countOf(place));
  await page.goto('/search/?workplace=remote');
  await results(page);
  const remoteCounts = new Map<string, string | null>();
  for (const place of options) remoteCounts.set(place, await countOf(place));

  let accepting = 0;
  for (const place of options) {
    const expected = open.filter((job) => openTo(places.get(job.id)!, place)).map(path);
    await page.goto(`/search/?region=${encodeURIComponent(place)}`);
    expect((await results(page)).sort(), place).toEqual(expected.sort());
    expect(boardCounts.get(place), place).toBe(String(expected.length));
    const remote = open.filter((job) => job.workplace === 'remote' && openTo(places.get(job.id)!, place));
    expect(remoteCounts.get(place), `${place}, remote postings`).toBe(String(remote.length));
    if (expected.length > 0) accepting++;
  }
  // Every place offered is open to some posting, or the test would prove little.
  expect(accepting).toBeGreaterThan(options.length / 2);
});

test("a result downloads its card's facts only: not the posting's text, nor its filter values", async ({ page }) => {
  const fragments: Array<Promise<Buffer>> = [];
  page.on('response', (response) => {
    if (response.url().includes('/pagefind/fragment/')) fragments.push(response.body());
  });
  await page.goto('/search/?q=kafka');
  const found = await results(page);
  expect(found.length).toBeGreaterThan(0);
  const bodies = await Promise.all(fragments);
  expect(bodies).toHaveLength(found.length);
  for (const body of bodies) {
    const fragment = JSON.parse(
      gunzipSync(body)
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as {
      url: string;
      content: string;
      filters: Record<string, string[]>;
      meta: Record<string, string>;
    };
    expect(found).toContain(fragment.url);
    expect(fragment.meta['title']).toBeTruthy();
    expect(fragment.content).toBe('');
    expect(fragment.filters).toEqual({});
    // A card's worth of bytes: the facts of one posting, compressed.
    expect(body.length).toBeLessThan(600);
  }
});

test('each count of level, workplace, employment, visa and equity is the number of results its value gives, within the other choices', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Tall enough for every group to be on screen, and so counted.
  await page.setViewportSize({ width: 1280, height: 4000 });
  const start = '/search/?level=staff&level=principal&workplace=remote&stack=go&stack=kafka&stack=postgresql';
  await page.goto(start);
  await results(page);
  const groups = ['level', 'workplace', 'employmentType', 'visa', 'equity'];
  const shown = new Map<string, string | null>();
  for (const group of groups) {
    for (const box of await page.locator(`input[name="${group}"]`).all()) {
      const value = (await box.getAttribute('value'))!;
      const label = page.locator('label[data-value]', {
        has: page.locator(`input[name="${group}"][value="${value}"]`),
      });
      shown.set(`${group}=${value}`, await label.locator('[data-count]').textContent());
    }
  }
  expect(shown.size).toBeGreaterThanOrEqual(14);
  let nonZero = 0;
  for (const [choice, count] of shown) {
    const [group] = choice.split('=') as [string];
    // Ticking the value alone in its group: the other groups' choices still narrow the results.
    const url = new URL(start, 'http://localhost');
    url.searchParams.delete(group);
    url.searchParams.append(group, choice.slice(group.length + 1));
    await page.goto(`${url.pathname}${url.search}`);
    const found = await results(page);
    expect(count, choice).toBe(String(found.length));
    if (found.length > 0) nonZero++;
  }
  expect(nonZero).toBeGreaterThan(5);
});
