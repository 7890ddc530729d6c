// The salary figures of /salaries/, /api/salaries.json and the posting pages, on small boards whose answers are
// worked out by hand.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Job } from '../../src/board/schema.ts';
import { EXCHANGE_RATES } from '../../src/board/salary.ts';
import { CURRENCIES } from '../../src/board/vocabulary.ts';
import {
  MIN_POSTINGS,
  annualMidpoint,
  compareToMarket,
  percentOn,
  postingRegions,
  quantile,
  quarterOf,
  salaryStats,
  scaleFor,
  summarize,
} from '../../src/site/salary-stats.ts';
import { describeComparison } from '../../src/site/format.ts';
import { TODAY, validJob } from './helpers.ts';

const job = validJob;

const euros = (min: number, max: number) => ({ salary: { min, max, currency: 'EUR', period: 'year' } });

describe('salary statistics', () => {
  it('interpolate quartiles between ranks, as spreadsheets’ QUARTILE.INC does', () => {
    assert.equal(quantile([10, 20, 30, 40], 0.5), 25);
    assert.equal(quantile([10, 20, 30, 40], 0.25), 17.5);
    assert.equal(quantile([10, 20, 30, 40], 0.75), 32.5);
    assert.equal(quantile([7], 0.25), 7);
    assert.deepEqual(summarize([50, 10, 40, 20, 30]), { q1: 20, median: 30, q3: 40, low: 10, high: 50 });
    assert.throws(() => quantile([], 0.5), RangeError);
  });

  it('show no figure for a group of fewer than five postings, but count it', () => {
    assert.equal(MIN_POSTINGS, 5);
    assert.equal(summarize([1, 2, 3, 4]), undefined);
    const stats = salaryStats(
      [1, 2, 3, 4].map(() => job({ level: 'principal' })),
      TODAY,
    );
    const principal = stats.byLevel.find((g) => g.key === 'principal')!;
    assert.deepEqual(principal, { key: 'principal', label: 'Principal', count: 4 });
    assert.equal(stats.overall.summary, undefined);
  });

  it('read each posting as the midpoint of its range, annualised, in euros at the dated rates', () => {
    const usd = CURRENCIES.USD.rate;
    assert.equal(annualMidpoint(euros(100_000, 120_000).salary as Job['salary']), 110_000);
    // A month is a twelfth of a year; an hour, a 2,080th (40 hours × 52 weeks).
    assert.equal(annualMidpoint({ min: 8_000, max: 10_000, currency: 'EUR', period: 'month' }), 108_000);
    assert.equal(annualMidpoint({ min: 50, max: 70, currency: 'EUR', period: 'hour' }), 124_800);
    assert.equal(
      annualMidpoint({ min: 116_000, max: 139_200, currency: 'USD', period: 'year' }),
      Math.round((Math.round(116_000 / usd) + Math.round(139_200 / usd)) / 2),
    );
    assert.equal(annualMidpoint({ min: 116_000, max: 139_200, currency: 'USD', period: 'year' }), 110_000);
  });

  it('group the open postings by level, with empty levels counted as zero', () => {
    const seniors = [80, 90, 100, 110, 120].map((k) => job(euros(k * 1000 - 10_000, k * 1000 + 10_000)));
    const hourly = [60, 60, 60, 60, 60].map(() =>
      job({ level: 'staff', salary: { min: 55, max: 65, currency: 'EUR', period: 'hour' } }),
    );
    const stats = salaryStats([...seniors, ...hourly], TODAY);
    assert.equal(stats.postings, 10);
    assert.equal(stats.currency, 'EUR');
    assert.equal(stats.ratesDate, EXCHANGE_RATES.date);
    assert.deepEqual(stats.byLevel, [
      {
        key: 'senior',
        label: 'Senior',
        count: 5,
        summary: { q1: 90_000, median: 100_000, q3: 110_000, low: 80_000, high: 120_000 },
      },
      {
        key: 'staff',
        label: 'Staff',
        count: 5,
        summary: { q1: 124_800, median: 124_800, q3: 124_800, low: 124_800, high: 124_800 },
      },
      { key: 'principal', label: 'Principal', count: 0 },
    ]);
    assert.equal(stats.overall.count, 10);
    // 80, 90, 100, 110, 120 and five of 124.8 thousand: the median is halfway between 120 and 124.8.
    assert.equal(stats.overall.summary!.median, 122_400);
  });

  it('leave closed postings out of the current figures but keep them in the quarterly trend', () => {
    const open = [1, 2, 3, 4, 5].map(() => job(euros(100_000, 100_000)));
    const filled = [1, 2, 3, 4, 5].map(() => job({ ...euros(80_000, 80_000), status: 'filled' }));
    const expired = [1, 2, 3, 4, 5].map(() =>
      job({ ...euros(60_000, 60_000), posted: '2026-05-10', expires: '2026-07-01' }),
    );
    const stats = salaryStats([...open, ...filled, ...expired], TODAY);
    assert.equal(stats.postings, 5);
    assert.equal(stats.byLevel[0]!.summary!.median, 100_000);
    const senior = stats.trend.find((t) => t.level === 'senior')!;
    assert.deepEqual(
      senior.quarters.map((q) => [q.key, q.count, q.summary?.median]),
      [
        ['2026-Q2', 5, 60_000],
        ['2026-Q4', 10, 90_000],
      ],
    );
    // Every level has the same quarters, so that a chart's columns line up.
    assert.deepEqual(
      stats.trend.find((t) => t.level === 'staff')!.quarters.map((q) => [q.key, q.count]),
      [
        ['2026-Q2', 0],
        ['2026-Q4', 0],
      ],
    );
  });

  it('name quarters by the date a posting was published', () => {
    assert.deepEqual(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-12-31'].map(quarterOf), [
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
  });

  it('give a figure for the tags with enough postings only, and count the others', () => {
    const jobs = [
      ...[1, 2, 3, 4, 5].map(() => job({ stack: ['go', 'kafka'] })),
      ...[1, 2, 3, 4, 5, 6].map(() => job({ stack: ['rust'] })),
      job({ stack: ['postgresql', 'go'] }),
    ];
    const stats = salaryStats(jobs, TODAY);
    assert.deepEqual(
      stats.byTag.map((g) => [g.key, g.count]),
      [
        ['go', 6],
        ['rust', 6],
        ['kafka', 5],
      ],
    );
    assert.equal(stats.tagsWithTooFew, 1);
  });

  it('count a posting in the regions it accepts in full and those of its offices, never in "worldwide"', () => {
    assert.deepEqual(postingRegions({ workplace: 'remote', remoteFrom: ['dach'] }), ['dach']);
    assert.deepEqual(postingRegions({ workplace: 'remote', remoteFrom: ['DE', 'AT', 'CH', 'GB', 'IE'] }), [
      'dach',
      'uk-ireland',
    ]);
    const everywhere = postingRegions({ workplace: 'remote', remoteFrom: ['worldwide'] });
    assert.equal(everywhere.includes('worldwide'), false);
    assert.ok(everywhere.includes('apac') && everywhere.includes('eu') && everywhere.includes('africa'));
    const berlin = postingRegions({ workplace: 'hybrid', offices: [{ city: 'Berlin', country: 'DE' }] });
    assert.deepEqual(berlin, ['eu', 'europe', 'dach', 'emea']);
    const stats = salaryStats(
      [1, 2, 3, 4, 5].map(() =>
        job({ workplace: 'onsite', remoteFrom: undefined, offices: [{ city: 'Oslo', country: 'NO' }] }),
      ),
      TODAY,
    );
    assert.deepEqual(
      stats.byRegion.map((g) => [g.key, g.count]),
      [
        ['emea', 5],
        ['europe', 5],
        ['nordics', 5],
      ],
    );
    assert.deepEqual(
      stats.byWorkplace.map((g) => [g.key, g.count]),
      [
        ['remote', 0],
        ['hybrid', 0],
        ['onsite', 5],
      ],
    );
  });

  it('say where a posting’s range sits against its level’s and its main tag’s medians', () => {
    const board = [90, 100, 110, 120, 130].map((k) => job({ ...euros(k * 1000, k * 1000), stack: ['rust'] }));
    const stats = salaryStats(board, TODAY);
    const [level, tag] = compareToMarket(job({ ...euros(120_000, 140_000), stack: ['rust', 'go'] }), stats);
    assert.deepEqual(
      { key: level!.group.key, median: level!.median, position: level!.position, percent: level!.percent },
      { key: 'senior', median: 110_000, position: 'above', percent: 18 },
    );
    assert.equal(tag!.group.key, 'rust');
    assert.equal(compareToMarket(job(euros(100_000, 120_000)), stats)[0]!.position, 'spans');
    assert.equal(compareToMarket(job(euros(60_000, 80_000)), stats)[0]!.position, 'below');
    assert.equal(compareToMarket(job(euros(60_000, 80_000)), stats)[0]!.percent, -36);
    // No figure for its level (principal) nor its main tag (go): nothing to compare with.
    assert.deepEqual(compareToMarket(job({ level: 'principal' }), stats), []);
  });
});

describe('the salary charts’ shared axis', () => {
  const withFigures = (low: number, high: number) => ({
    key: 'x',
    label: 'x',
    count: 5,
    summary: { q1: low, median: low, q3: high, low, high },
  });

  it('runs from the lowest to the highest figure, rounded out to at most six round steps', () => {
    assert.deepEqual(scaleFor([withFigures(62_000, 180_000), withFigures(90_000, 240_000)]), {
      min: 50_000,
      max: 250_000,
      ticks: [50_000, 100_000, 150_000, 200_000, 250_000],
    });
    assert.deepEqual(scaleFor([withFigures(101_000, 119_000)]), {
      min: 100_000,
      max: 120_000,
      ticks: [100_000, 105_000, 110_000, 115_000, 120_000],
    });
    // One value only: a single step, so that the chart still has a width.
    assert.deepEqual(scaleFor([withFigures(100_000, 100_000)])?.ticks, [100_000, 101_000]);
  });

  it('has nothing to draw when no group has a figure', () => {
    assert.equal(scaleFor([{ key: 'x', label: 'x', count: 3 }]), undefined);
  });

  it('places a value in percent of its width', () => {
    const scale = { min: 50_000, max: 250_000, ticks: [] };
    assert.equal(percentOn(scale, 50_000), 0);
    assert.equal(percentOn(scale, 150_000), 50);
    assert.equal(percentOn(scale, 112_345), 31.2);
  });
});

describe('a posting against the market', () => {
  it('compares to the thousand, as the page shows the figures', () => {
    const board = [90, 100, 110, 120, 130].map((k) => job(euros(k * 1000, k * 1000)));
    const stats = salaryStats(board, TODAY);
    // €109.6k shows as €110k, the median: the range reaches it.
    assert.equal(compareToMarket(job(euros(90_000, 109_600)), stats)[0]!.position, 'spans');
    assert.equal(compareToMarket(job(euros(90_000, 109_400)), stats)[0]!.position, 'below');
    assert.equal(compareToMarket(job(euros(110_400, 120_000)), stats)[0]!.position, 'spans');
    assert.equal(compareToMarket(job(euros(110_600, 120_000)), stats)[0]!.position, 'above');
  });

  it('reads as a sentence naming the group, its size, its median and the midpoint’s distance', () => {
    const board = [90, 100, 110, 120, 130].map((k) => job({ ...euros(k * 1000, k * 1000), level: 'staff' }));
    const stats = salaryStats(board, TODAY);
    const sentence = (min: number, max: number) =>
      describeComparison(compareToMarket(job({ ...euros(min, max), level: 'staff' }), stats)[0]!);
    assert.equal(
      sentence(120_000, 140_000),
      'Its whole range is above the median of the 5 open Staff postings, €110k; its midpoint is 18 % above it.',
    );
    assert.equal(
      sentence(100_000, 120_000),
      'Its range spans the median of the 5 open Staff postings, €110k; its midpoint is the median.',
    );
    assert.equal(
      sentence(80_000, 100_000),
      'Its whole range is below the median of the 5 open Staff postings, €110k; its midpoint is 18 % below it.',
    );
  });
});
