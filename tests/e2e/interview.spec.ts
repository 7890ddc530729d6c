// The interview facets on the built sample board: the search facet's counts and narrowing, the /interview/
// listings, /browse/ and the sitemap, and the timeline on a posting's page, each checked against interview.ts
// computed here from the board's files.

import { expect, test, type Page } from '@playwright/test';
import { isClosed, newestFirst } from '../../src/board/board.ts';
import { validateBoard } from '../../src/board/board.ts';
import { readBoard } from '../../src/build/content-files.ts';
import {
  AVOIDED_STEPS,
  INTERVIEW_FACETS,
  STAGE_VALUES,
  facetLabel,
  facetSlug,
  facetsOf,
  interviewCounts,
  interviewTimeline,
  type InterviewFacet,
} from '../../src/site/interview.ts';
import { paths } from '../../src/site/paths.ts';
import { keysOf } from '../../src/board/vocabulary.ts';
import { PROJECT } from '../../scripts/lib/project-copy.ts';
import { TEST_BOARD_DATE } from '../support/servers.ts';
import { listedPostings, searchResults } from '../support/search-page.ts';

const board = validateBoard(readBoard(`${PROJECT}tests/fixtures/sample-board`, TEST_BOARD_DATE));
const published = board.jobs.filter((job) => !job.data.draft);
const open = published.filter((job) => !isClosed(job.data, TEST_BOARD_DATE));
const counts = interviewCounts(
  published.map((job) => job.data),
  TEST_BOARD_DATE,
);
/** The open postings interview.ts puts in a facet, as paths, newest first. */
const inFacet = (facet: InterviewFacet) =>
  open
    .filter((job) => facetsOf(job.data.interview).includes(facet))
    .sort(newestFirst)
    .map((job) => paths.job(job.id));

const results = searchResults;

const option = (page: Page, name: string, value: string) =>
  page.locator('label[data-value]', { has: page.locator(`input[name="${name}"][value="${value}"]`) });

test('the sample board has postings in and out of every kind of facet', () => {
  // Without these, the tests below could pass on a board that exercises nothing.
  expect(counts.unstated).toBeGreaterThan(0);
  expect(counts.byFacet['no-take-home']).toBeGreaterThan(0);
  expect(counts.byFacet['no-take-home']).toBeLessThan(counts.open - counts.unstated);
  expect(counts.byFacet['at-most-2']).toBeLessThan(counts.byFacet['at-most-3']);
});

test.describe('the interview facets of the search page', () => {
  test('show the counts interview.ts gives, and how many postings do not state their interview', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('[data-facet="stages"]').scrollIntoViewIfNeeded();
    for (const facet of keysOf(AVOIDED_STEPS)) {
      const label = option(page, 'interview', facet);
      await expect(label.locator('[data-label]')).toHaveText(facetLabel(facet));
      await expect(label.locator('[data-count]')).toHaveText(String(counts.byFacet[facet]));
    }
    for (const facet of STAGE_VALUES) {
      await expect(option(page, 'stages', facet).locator('[data-count]')).toHaveText(String(counts.byFacet[facet]));
    }
    await expect(page.locator('[data-unstated]')).toHaveText(
      `Postings found that do not state their interview, which these choices leave out: ${counts.unstated}`,
    );
  });

  test('"no X" values combine with AND, narrow the results and the counts, and show as chips', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('[data-facet="interview"]').scrollIntoViewIfNeeded();
    await option(page, 'interview', 'no-take-home').locator('input').check();
    await expect(page).toHaveURL(/\?interview=no-take-home$/);
    expect((await results(page)).sort()).toEqual(inFacet('no-take-home').sort());

    await option(page, 'interview', 'no-live-coding').locator('input').check();
    await expect(page).toHaveURL(/\?interview=no-take-home&interview=no-live-coding$/);
    const both = inFacet('no-take-home').filter((path) => inFacet('no-live-coding').includes(path));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(inFacet('no-take-home').length);
    expect((await results(page)).sort()).toEqual([...both].sort());
    // Counted within the selection: ticking "no trial day" too would leave these.
    const all3 = both.filter((path) => inFacet('no-trial-day').includes(path));
    await expect(option(page, 'interview', 'no-trial-day').locator('[data-count]')).toHaveText(String(all3.length));
    await expect(page.locator('[data-unstated] [data-count-of]')).toHaveText('0');
    await expect(page.locator('[data-chips] .chip')).toHaveText([
      'No take-home exercise ×',
      'No live coding ×',
      'Clear all filters ×',
    ]);
  });

  test('one "at most N stages" choice narrows to the postings with that many stages or fewer', async ({ page }) => {
    await page.goto('/search/?stages=at-most-2');
    expect((await results(page)).sort()).toEqual(inFacet('at-most-2').sort());
    await expect(page.locator('input[name="stages"][value="at-most-2"]')).toBeChecked();
    await expect(page.locator('[data-chips] .chip')).toHaveText(['At most 2 stages ×']);
    // Like the salary choice, each option counts what choosing it instead would find.
    await page.locator('[data-facet="stages"]').scrollIntoViewIfNeeded();
    await expect(option(page, 'stages', 'at-most-3').locator('[data-count]')).toHaveText(
      String(counts.byFacet['at-most-3']),
    );
    await option(page, 'stages', 'at-most-3').locator('input').check();
    await expect(page).toHaveURL(/\?stages=at-most-3$/);
    expect((await results(page)).sort()).toEqual(inFacet('at-most-3').sort());
  });

  test('a search that finds nothing offers to drop each interview filter by name', async ({ page }) => {
    const company = 'kestrel-security';
    const found = open.filter(
      (job) =>
        job.data.company === company &&
        facetsOf(job.data.interview).includes('no-take-home') &&
        facetsOf(job.data.interview).includes('at-most-2'),
    );
    expect(found).toEqual([]);
    await page.goto(`/search/?company=${company}&interview=no-take-home&stages=at-most-2`);
    await expect(page.locator('job-search')).toHaveAttribute('data-settled');
    await expect(page.locator('[data-empty]')).toContainText('without No take-home exercise');
    await expect(page.locator('[data-empty]')).toContainText('without At most 2 stages');
  });
});

test.describe('the interview listings', () => {
  for (const facet of INTERVIEW_FACETS) {
    test(`${paths.interview(facetSlug(facet))} lists exactly the open postings interview.ts puts there`, async ({
      page,
    }) => {
      const expected = inFacet(facet);
      expect(await listedPostings(page, paths.interview(facetSlug(facet)))).toEqual(expected);
      await page.goto(paths.interview(facetSlug(facet)));
      await expect(page.locator('.lede')).toHaveText(
        expected.length === 0
          ? /No open posting states an interview with/
          : `${expected.length} open ${expected.length === 1 ? 'posting' : 'postings'}, newest first. ${counts.unstated} open ${counts.unstated === 1 ? 'posting does not state its interview, so it is' : 'postings do not state their interview, so they are'} not listed here.`,
      );
    });
  }

  test('/browse/ links every interview listing with its count, and the sitemap holds the non-empty ones', async ({
    page,
  }) => {
    await page.goto('/browse/');
    for (const facet of INTERVIEW_FACETS) {
      const item = page.locator('li', { has: page.locator(`a[href="${paths.interview(facetSlug(facet))}"]`) });
      await expect(item).toHaveText(`${facetLabel(facet)} (${counts.byFacet[facet]})`);
    }
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    for (const facet of INTERVIEW_FACETS) {
      expect(sitemap.includes(`${paths.interview(facetSlug(facet))}</loc>`), facet).toBe(counts.byFacet[facet] > 0);
    }
  });
});

test.describe('the interview on a posting page', () => {
  test('shows the steps as an ordered timeline, and links the "no X" listings the posting is in', async ({ page }) => {
    const job = open.find((j) => j.data.interview?.includes('take-home') && j.data.interview.length === 4)!;
    await page.goto(paths.job(job.id));
    const fact = page.locator('.facts div', { has: page.locator('ol.timeline') });
    await expect(fact.locator('dt')).toHaveText('Interview, 4 stages');
    await expect(fact.locator('ol.timeline > li')).toHaveText(
      interviewTimeline(job.data.interview!).map((s) => s.label),
    );
    const without = facetsOf(job.data.interview).filter((facet) => facet in AVOIDED_STEPS);
    await expect(fact.locator('.timeline-without a')).toHaveText(without.map(facetLabel));
  });

  test('says when a posting does not state its interview', async ({ page }) => {
    const job = open.find((j) => !j.data.interview)!;
    await page.goto(paths.job(job.id));
    await expect(
      page.locator('.facts div', { has: page.locator('dt', { hasText: /^Interview$/ }) }).locator('dd'),
    ).toHaveText('Not stated');
  });

  test('draws the timeline inside the facts box at 320 px, in dark mode too', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const job = open.find((j) => (j.data.interview?.length ?? 0) >= 4)!;
    await page.goto(paths.job(job.id));
    const box = (await page.locator('.facts').boundingBox())!;
    for (const stage of await page.locator('ol.timeline > li').all()) {
      const item = (await stage.boundingBox())!;
      expect(item.x).toBeGreaterThanOrEqual(box.x);
      expect(item.x + item.width).toBeLessThanOrEqual(box.x + box.width);
    }
    const marker = await page
      .locator('ol.timeline > li')
      .first()
      .evaluate((li) => {
        const style = getComputedStyle(li, '::before');
        return { content: style.content, color: style.color, background: style.backgroundColor };
      });
    expect(marker.content).toBe('counter(stage)');
    expect(marker.color).not.toBe(marker.background);
  });
});
