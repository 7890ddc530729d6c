// A company's hiring history, on small sets of postings whose answers are worked out by hand.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { companyHistory } from '../../src/site/company-history.ts';
import { TODAY, validJob } from './helpers.ts';

const job = validJob;

describe('a company’s hiring history', () => {
  it('counts postings per quarter published, with the quiet quarters between as zero', () => {
    const history = companyHistory(
      [
        job({ posted: '2026-11-01' }),
        job({ posted: '2026-10-03', expires: '2026-12-20' }),
        job({ posted: '2025-12-20', expires: '2026-02-01' }),
        job({ posted: '2026-04-15', expires: '2026-06-01' }),
      ],
      TODAY,
    );
    assert.deepEqual(history.quarters, [
      { quarter: '2025-Q4', count: 1 },
      { quarter: '2026-Q1', count: 0 },
      { quarter: '2026-Q2', count: 1 },
      { quarter: '2026-Q3', count: 0 },
      { quarter: '2026-Q4', count: 2 },
    ]);
  });

  it('takes the median days from posted to expiry of expired postings, leaving filled ones out', () => {
    const history = companyHistory(
      [
        job({ posted: '2026-01-01', expires: '2026-01-31' }), // 30 days
        job({ posted: '2026-03-01', expires: '2026-03-11' }), // 10 days
        job({ posted: '2026-05-01', expires: '2026-07-30' }), // 90 days
        job({ posted: '2026-05-01', expires: '2026-07-30', status: 'filled' }),
        job(),
      ],
      TODAY,
    );
    assert.equal(history.closed, 4);
    assert.equal(history.expiredCount, 3);
    assert.equal(history.filledCount, 1);
    assert.equal(history.medianDaysOpen, 30);
  });

  it('has no median and no past pay when nothing has closed', () => {
    const history = companyHistory([job(), job({ level: 'staff' })], TODAY);
    assert.equal(history.medianDaysOpen, undefined);
    assert.deepEqual(history.pastPay, []);
    assert.deepEqual(companyHistory([], TODAY), {
      quarters: [],
      closed: 0,
      medianDaysOpen: undefined,
      expiredCount: 0,
      filledCount: 0,
      pastPay: [],
    });
  });

  it('gives the span of closed postings’ pay at each level, annualised, open postings aside', () => {
    const closed = { posted: '2026-01-01', expires: '2026-02-01' };
    const history = companyHistory(
      [
        job({ ...closed, level: 'staff', salary: { min: 8_000, max: 10_000, currency: 'EUR', period: 'month' } }),
        job({ ...closed, level: 'staff', salary: { min: 130_000, max: 150_000, currency: 'EUR', period: 'year' } }),
        job({ ...closed, level: 'senior', status: 'filled' }),
        job({ level: 'principal', salary: { min: 300_000, max: 400_000, currency: 'EUR', period: 'year' } }),
      ],
      TODAY,
    );
    assert.deepEqual(history.pastPay, [
      { level: 'senior', label: 'Senior', count: 1, low: 100_000, high: 120_000 },
      { level: 'staff', label: 'Staff', count: 2, low: 96_000, high: 150_000 },
    ]);
  });
});
