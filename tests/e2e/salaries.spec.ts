// /salaries/ and /api/salaries.json on the built sample board: the figures a reader sees, the chart drawn from the
// same numbers, and the data for reuse, each checked against salary-stats.ts computed here from the board's files.

import { expect, test, type Locator } from '@playwright/test';
import { validateBoard } from '../../src/board/board.ts';
import { readBoard } from '../../src/build/content-files.ts';
import { companyHistory } from '../../src/site/company-history.ts';
import { describeComparison, formatThousands } from '../../src/site/format.ts';
import {
  MIN_POSTINGS,
  compareToMarket,
  percentOn,
  salaryStats,
  scaleFor,
  type Group,
} from '../../src/site/salary-stats.ts';
import { PROJECT } from '../../scripts/lib/project-copy.ts';
import { TEST_BOARD_DATE } from '../support/servers.ts';

const board = validateBoard(readBoard(`${PROJECT}tests/fixtures/sample-board`, TEST_BOARD_DATE));
const published = board.jobs.filter((job) => !job.data.draft).map((job) => job.data);
const stats = salaryStats(published, TEST_BOARD_DATE);

/** The text of each cell of a table's body rows, header cell first. */
async function rows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    );
}

/** The cells a group's row shows: its name, its count, and its quartiles or why there are none. */
function expectedRow(group: Group): string[] {
  const figures = group.summary
    ? [group.summary.q1, group.summary.median, group.summary.q3].map(formatThousands)
    : [group.count === 0 ? 'no open posting' : `fewer than ${MIN_POSTINGS} postings: no figure`];
  return [group.label, String(group.count), ...figures, ''];
}

test.describe('the salaries page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/salaries/');
  });

  test('shows every level, workplace, region and well-used tag with the figures computed from the board', async ({
    page,
  }) => {
    expect(stats.postings).toBeGreaterThan(20);
    await expect(page.locator('.lede')).toContainText(`From the ${stats.postings} open postings`);
    const tables = {
      'Salaries of open postings by level': stats.byLevel,
      'Salaries of open postings by workplace': stats.byWorkplace,
      'Salaries of open postings by region': stats.byRegion,
      [`Salaries of open postings by stack tag, for the tags of at least ${MIN_POSTINGS} postings`]: stats.byTag,
    };
    for (const [caption, groups] of Object.entries(tables)) {
      const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
      expect(await rows(table), caption).toEqual(groups.map(expectedRow));
    }
    // The sample board has groups on both sides of the threshold.
    expect(stats.byRegion.some((g) => !g.summary && g.count > 0)).toBe(true);
    expect(stats.byTag.length).toBeGreaterThan(3);
    await expect(page.getByText(`${stats.tagsWithTooFew} more tags have fewer than ${MIN_POSTINGS}`)).toBeVisible();
  });

  test('draws each figure on one axis shared by every chart, at the same numbers the table gives', async ({ page }) => {
    const groups = [stats.overall, ...stats.byLevel, ...stats.byTag, ...stats.byWorkplace, ...stats.byRegion];
    const scale = scaleFor(groups)!;
    const drawn = page.locator('svg.salary-bar');
    await expect(drawn).toHaveCount(groups.filter((g) => g.summary).length);
    const senior = stats.byLevel.find((g) => g.key === 'senior')!.summary!;
    const row = page.locator('tr', { has: page.locator('th', { hasText: /^Senior$/ }) });
    const bar = row.locator('svg.salary-bar');
    await expect(bar.locator('line.median')).toHaveAttribute('x1', String(percentOn(scale, senior.median)));
    await expect(bar.locator('rect.box')).toHaveAttribute('x', String(percentOn(scale, senior.q1)));
    await expect(bar.locator('line.whisker')).toHaveAttribute('x2', String(percentOn(scale, senior.high)));
    // The chart is decoration for screen readers: the table says the same.
    await expect(bar).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('th.chart-cell').first()).toHaveText(
      `Chart: ${formatThousands(scale.min)} to ${formatThousands(scale.max)}`,
    );
  });

  test('gives each level’s median by the quarter its postings were published, closed ones included', async ({
    page,
  }) => {
    const table = page.locator('table', { has: page.locator('caption', { hasText: 'by level and quarter' }) });
    expect(await rows(table)).toEqual(
      stats.trend.map((level) => [
        level.label,
        ...level.quarters.map((q) => `${q.summary ? formatThousands(q.summary.median) : '–'} (${q.count})`),
      ]),
    );
    const counted = stats.trend.flatMap((level) => level.quarters).reduce((sum, q) => sum + q.count, 0);
    expect(counted, 'every published posting, open or closed').toBe(published.length);
    expect(published.length).toBeGreaterThan(stats.postings);
  });

  test('says which rates, of which date, put every salary in one currency', async ({ page }) => {
    await expect(page.locator('#rates + p')).toContainText(`one Euro`);
    await expect(page.locator('.rates')).toContainText('US dollar: 1.16 USD');
  });

  test('is linked from every page and listed in the sitemap', async ({ page, request }) => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Salaries' }).click();
    await expect(page).toHaveURL(/\/salaries\/$/);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toMatch(/<loc>[^<]*\/salaries\/<\/loc>/);
  });
});

test('/api/salaries.json holds the same figures, its rates and how they were made', async ({ request }) => {
  const body = (await (await request.get('/api/salaries.json')).json()) as Record<string, unknown>;
  const { board: _board, url, generated, method, rates, ...figures } = body;
  expect(figures).toEqual(JSON.parse(JSON.stringify(stats)));
  expect(url).toMatch(/\/salaries\/$/);
  expect(generated).toBe(TEST_BOARD_DATE);
  expect(method).toMatchObject({ currency: 'EUR', minPostings: MIN_POSTINGS });
  expect(rates).toMatchObject({ date: stats.ratesDate, unitsPerBase: { EUR: 1, USD: 1.16 } });
});

test('every open posting says where its range sits against its level and main tag; a closed one does not', async ({
  page,
}) => {
  let compared = 0;
  for (const job of board.jobs.filter((entry) => !entry.data.draft)) {
    await page.goto(`/jobs/${job.id}/`);
    const expected = job.closed ? [] : compareToMarket(job.data, stats).map(describeComparison);
    await expect(page.locator('.market figcaption'), job.id).toHaveText(expected);
    compared += expected.length;
  }
  // Most open postings have both comparisons on the sample board: the check above is not vacuous.
  expect(compared).toBeGreaterThan(stats.postings);
});

test('a company page shows its hiring history from its kept postings', async ({ page }) => {
  const companies = board.companies.filter((company) =>
    board.jobs.some((job) => job.closed && !job.data.draft && job.data.company === company.id),
  );
  expect(companies.length).toBeGreaterThan(0);
  for (const company of companies) {
    const jobs = board.jobs.filter((job) => !job.data.draft && job.data.company === company.id).map((j) => j.data);
    const history = companyHistory(jobs, TEST_BOARD_DATE);
    await page.goto(`/companies/${company.id}/`);
    const section = page.locator('section[aria-labelledby="history"]');
    if (history.medianDaysOpen !== undefined)
      await expect(section).toContainText(
        `stayed open ${history.medianDaysOpen} days (the median of ${history.expiredCount}, from posted to expiry)`,
      );
    const quarters = section.locator('table', { has: page.locator('caption', { hasText: 'per quarter' }) });
    expect(await rows(quarters)).toEqual(history.quarters.map((q) => [q.quarter, String(q.count)]));
    const pay = section.locator('table', { has: page.locator('caption', { hasText: 'closed postings paid' }) });
    expect(await rows(pay)).toEqual(
      history.pastPay.map((p) => [p.label, String(p.count), formatThousands(p.low), formatThousands(p.high)]),
    );
  }
  // A company with nothing closed has no history section.
  const quiet = board.companies.find((company) => !companies.includes(company))!;
  await page.goto(`/companies/${quiet.id}/`);
  await expect(page.locator('section[aria-labelledby="history"]')).toHaveCount(0);
});
