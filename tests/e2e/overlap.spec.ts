// Working hours on the built sample board: the search's overlap choice (zone from the browser or the URL, counts,
// chips, postings without hours), the /overlap/ listings, /browse/, the feeds page and the sitemap, and the hours
// on a posting's page, each checked against working-hours.ts computed here from the board's files.

import { expect, test, type Page } from '@playwright/test';
import { isClosed, newestFirst, validateBoard } from '../../src/board/board.ts';
import { readBoard } from '../../src/build/content-files.ts';
import { OVERLAP_CHOICES, dayInUtc } from '../../src/site/hours-filter.ts';
import {
  LISTING_OVERLAP_HOURS,
  READER_ZONES,
  hoursView,
  overlapMinutes,
  overlapNote,
  overlapsDay,
  utcWindow,
} from '../../src/site/working-hours.ts';
import { paths } from '../../src/site/paths.ts';
import { PROJECT } from '../../scripts/lib/project-copy.ts';
import { TEST_BOARD_DATE } from '../support/servers.ts';
import { listedPostings, searchResults } from '../support/search-page.ts';

const board = validateBoard(readBoard(`${PROJECT}tests/fixtures/sample-board`, TEST_BOARD_DATE));
const open = board.jobs.filter((job) => !job.data.draft && !isClosed(job.data, TEST_BOARD_DATE)).sort(newestFirst);
const unstated = open.filter((job) => !job.data.hours).length;

/**
 * The open postings the search finds for "at least `hours` of my day in `zone`": windows are placed in UTC on the
 * build date, the reader's day on the browser's today, as the page does.
 */
const overlapping = (zone: string, hours: number) =>
  open
    .filter(
      (job) =>
        job.data.hours &&
        overlapMinutes(utcWindow(job.data.hours, TEST_BOARD_DATE), dayInUtc(zone, new Date())) >= hours * 60,
    )
    .map((job) => paths.job(job.id));

const option = (page: Page, value: string) =>
  page.locator('label[data-value]', { has: page.locator(`input[name="overlap"][value="${value}"]`) });

test('the sample board has postings in and out of the overlap of several zones, and some without hours', () => {
  expect(unstated).toBeGreaterThan(0);
  expect(open.some((job) => job.data.hours?.zone === 'Asia/Kolkata')).toBe(true);
  const crossing = open.filter(
    (job) =>
      job.data.hours &&
      utcWindow(job.data.hours, TEST_BOARD_DATE).start + utcWindow(job.data.hours, TEST_BOARD_DATE).minutes > 1440,
  );
  expect(crossing.length).toBeGreaterThan(0);
  for (const zone of ['Europe/Berlin', 'Asia/Kolkata', 'America/Los_Angeles']) {
    expect(overlapping(zone, 4).length, zone).toBeGreaterThan(0);
    expect(overlapping(zone, 4).length, zone).toBeLessThan(open.length - unstated);
  }
});

test.describe('the overlap choice of the search page', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test("starts from the browser's zone, and finds the postings whose hours overlap its day enough", async ({
    page,
  }) => {
    await page.goto('/search/');
    await page.locator('[data-facet="overlap"]').scrollIntoViewIfNeeded();
    await expect(page.locator('select[name="tz"]')).toHaveValue('Europe/Berlin');
    // Counted in the browser, for its zone, once the group is on screen.
    for (const hours of OVERLAP_CHOICES) {
      await expect(option(page, String(hours)).locator('[data-count]')).toHaveText(
        String(overlapping('Europe/Berlin', hours).length),
      );
    }
    await expect(page.locator('[data-count-of="overlap unstated"]')).toHaveText(String(unstated));
    await option(page, '4').locator('input').check();
    await expect(page).toHaveURL(/\?overlap=4&tz=Europe%2FBerlin$/);
    expect((await searchResults(page)).sort()).toEqual(overlapping('Europe/Berlin', 4).sort());
    await expect(page.locator('[data-chips] .chip')).toHaveText([
      'Overlap: At least 4 hours with Berlin (Europe/Berlin) ×',
    ]);
    // Postings without hours are left out, and counted as such: none of them is among these results.
    await expect(page.locator('[data-count-of="overlap unstated"]')).toHaveText(String(unstated));
  });

  test('a half-hour zone from the URL, changed in the form, searches that zone', async ({ page }) => {
    await page.goto('/search/?overlap=2&tz=Asia/Kolkata');
    expect((await searchResults(page)).sort()).toEqual(overlapping('Asia/Kolkata', 2).sort());
    await expect(page.locator('select[name="tz"]')).toHaveValue('Asia/Kolkata');
    await page.locator('select[name="tz"]').selectOption('America/Los_Angeles');
    await expect(page).toHaveURL(/\?overlap=2&tz=America%2FLos_Angeles$/);
    expect((await searchResults(page)).sort()).toEqual(overlapping('America/Los_Angeles', 2).sort());
  });

  test('combines with the other filters, and a search that finds nothing offers to drop it', async ({ page }) => {
    // No onsite posting of the sample board states its hours.
    expect(open.filter((job) => job.data.workplace === 'onsite' && job.data.hours)).toEqual([]);
    await page.goto('/search/?workplace=onsite&overlap=1&tz=Europe/Berlin');
    await expect(page.locator('job-search')).toHaveAttribute('data-settled');
    await expect(page.locator('[data-empty]')).toContainText('without Overlap: At least 1 hour with Berlin');
  });
});

test.describe('the overlap listings', () => {
  for (const zone of READER_ZONES) {
    test(`${paths.overlap(zone.slug)} lists exactly the open postings overlapping a day there by 4 hours`, async ({
      page,
    }) => {
      const expected = open
        .filter((job) => overlapsDay(job.data, zone.zone, LISTING_OVERLAP_HOURS, TEST_BOARD_DATE))
        .map((job) => paths.job(job.id));
      expect(await listedPostings(page, paths.overlap(zone.slug))).toEqual(expected);
      await page.goto(paths.overlap(zone.slug));
      const count = `${expected.length} open ${expected.length === 1 ? 'posting' : 'postings'}, newest first.`;
      await expect(page.locator('.lede')).toHaveText(`${count} ${overlapNote(zone, unstated)}`);
      await expect(page.locator('a', { hasText: 'Narrow down with search' })).toHaveAttribute(
        'href',
        paths.search({ overlap: String(LISTING_OVERLAP_HOURS), tz: zone.zone }),
      );
      const feed = await (await page.request.get(paths.overlapFeed(zone.slug))).text();
      expect([...feed.matchAll(/<link>[^<]*(\/jobs\/[^<]+)<\/link>/g)].map((m) => m[1])).toEqual(expected);
    });
  }

  test('/browse/ and /feeds/ link every overlap listing, and the sitemap holds the non-empty ones', async ({
    page,
  }) => {
    await page.goto('/browse/');
    for (const zone of READER_ZONES) {
      const count = open.filter((job) =>
        overlapsDay(job.data, zone.zone, LISTING_OVERLAP_HOURS, TEST_BOARD_DATE),
      ).length;
      await expect(page.locator('li', { has: page.locator(`a[href="${paths.overlap(zone.slug)}"]`) })).toHaveText(
        `${zone.name} (${count})`,
      );
    }
    await page.goto('/feeds/');
    for (const zone of READER_ZONES)
      await expect(page.locator(`a[href="${paths.overlapFeed(zone.slug)}"]`)).toHaveCount(1);
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    for (const zone of READER_ZONES) {
      const count = open.filter((job) =>
        overlapsDay(job.data, zone.zone, LISTING_OVERLAP_HOURS, TEST_BOARD_DATE),
      ).length;
      expect(sitemap.includes(`${paths.overlap(zone.slug)}</loc>`), zone.slug).toBe(count > 0);
    }
  });
});

test.describe('the working hours on a posting page', () => {
  const fact = (page: Page) => page.locator('.facts div', { has: page.locator('dt', { hasText: /^Working hours$/ }) });

  test('show the window as stated, in UTC in winter and summer, and in each reader zone', async ({ page }) => {
    const job = open.find((j) => j.data.hours?.zone === 'Europe/Berlin')!;
    const view = hoursView(job.data.hours!, TEST_BOARD_DATE);
    await page.goto(paths.job(job.id));
    await expect(fact(page).locator('dd > p')).toHaveText(
      `${view.stated}, which is ${view.seasons!.winter} UTC in winter and ${view.seasons!.summer} UTC in summer (now winter time).`,
    );
    await expect(fact(page).locator('.reader-hours li')).toHaveCount(READER_ZONES.length);
    const berlin = view.readers.find((r) => r.zone.zone === 'Europe/Berlin')!;
    await expect(fact(page).locator('.reader-hours li', { hasText: 'Berlin' })).toHaveText(
      `Berlin: ${berlin.window}, ${berlin.overlap / 60} h of a 09:00–17:00 day`,
    );
  });

  test('show a half-hour zone and a window across midnight UTC', async ({ page }) => {
    const india = open.find((j) => j.data.hours?.zone === 'Asia/Kolkata')!;
    await page.goto(paths.job(india.id));
    await expect(fact(page).locator('dd > p')).toHaveText(
      `${hoursView(india.data.hours!, TEST_BOARD_DATE).stated}, which is ${hoursView(india.data.hours!, TEST_BOARD_DATE).utc} UTC.`,
    );
    const sydney = open.find((j) => j.data.hours?.zone === 'Australia/Sydney')!;
    await page.goto(paths.job(sydney.id));
    await expect(fact(page).locator('dd > p')).toContainText('(next day) UTC in winter');
  });

  test('say when a posting does not state its hours', async ({ page }) => {
    const job = open.find((j) => !j.data.hours)!;
    await page.goto(paths.job(job.id));
    await expect(fact(page).locator('dd')).toHaveText('Not stated');
  });
});
