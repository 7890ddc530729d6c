import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, dateProblem, daysBetween, resolveBuildDate } from '../../src/board/dates.ts';
import { isNew } from '../../src/site/format.ts';
import { didYouMean, editDistance } from '../../src/board/did-you-mean.ts';
import { STACK_ALIASES, STACK_TAGS } from '../../src/board/vocabulary.ts';

describe('calendar dates', () => {
  it('accepts real dates, including 29 February in a leap year', () => {
    assert.equal(dateProblem('2028-02-29'), undefined);
    assert.equal(dateProblem('2026-12-31'), undefined);
  });

  it('explains why a date does not exist', () => {
    assert.equal(dateProblem('2026-02-29'), 'February 2026 has 28 days, so day 29 does not exist');
    assert.equal(dateProblem('2026-13-01'), 'month 13 does not exist');
    assert.equal(dateProblem('2026-1-5'), 'not a date in the form YYYY-MM-DD');
  });

  it('adds and counts days across months and years', () => {
    assert.equal(addDays('2026-11-02', 90), '2027-01-31');
    assert.equal(daysBetween('2026-11-02', '2027-01-31'), 90);
    assert.equal(addDays('2028-03-01', -1), '2028-02-29');
  });

  it('counts a posting as new from the day it is posted for the given number of days, across a month end', () => {
    const newOn = (posted: string, today: string) => isNew({ posted }, today, 7);
    assert.equal(newOn('2026-12-01', '2026-12-01'), true);
    assert.equal(newOn('2026-11-25', '2026-12-01'), true);
    assert.equal(newOn('2026-11-24', '2026-12-01'), false);
    assert.equal(newOn('2026-12-02', '2026-12-01'), false, 'not yet posted');
    assert.equal(isNew({ posted: '2028-02-29' }, '2028-03-01', 2), true);
    assert.equal(isNew({ posted: '2028-02-28' }, '2028-03-01', 2), false);
  });

  it('takes the build date from BOARD_DATE, else today in UTC, and rejects a bad BOARD_DATE', () => {
    const now = new Date('2026-11-28T23:30:00-05:00');
    assert.equal(resolveBuildDate(undefined, now), '2026-11-29');
    assert.equal(resolveBuildDate('2026-11-02', now), '2026-11-02');
    assert.throws(() => resolveBuildDate('2026-02-30', now), /BOARD_DATE=2026-02-30 is February 2026 has 28 days/);
  });
});

describe('did you mean', () => {
  const tags = Object.keys(STACK_TAGS);
  it('suggests the closest value for a typo, an alias or a different case', () => {
    assert.equal(didYouMean('postgress', tags), 'postgresql');
    assert.equal(didYouMean('golang', tags, STACK_ALIASES), 'go');
    assert.equal(didYouMean('Kafka', tags), 'kafka');
    assert.equal(didYouMean('acme', ['acme-corp', 'globex']), 'acme-corp');
  });

  it('suggests nothing when nothing is close', () => {
    assert.equal(didYouMean('cobol', tags), undefined);
    assert.equal(didYouMean('x', ['go']), undefined);
  });

  it('counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('kafak', 'kafka'), 1);
  });

  it('gives the full-table distance, or limit + 1 once the distance is past a limit', () => {
    // The textbook algorithm, a whole table of (length + 1)² cells, as the reference.
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
          }
        }
      }
      return d[a.length]![b.length]!;
    };
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const word = () => Array.from({ length: random(9) }, () => 'abc'[random(3)]).join('');
    for (let i = 0; i < 20_000; i++) {
      const [a, b, limit] = [word(), word(), random(6)];
      const distance = reference(a, b);
      assert.equal(editDistance(a, b), distance, `${a} ${b}`);
      assert.equal(editDistance(a, b, limit), Math.min(distance, limit + 1), `${a} ${b} within ${limit}`);
    }
  });

  it('suggests nothing for an input far longer than every candidate, and keeps the first of equally close ones', () => {
    assert.equal(didYouMean(`postgresql${'x'.repeat(10_000)}`, tags), undefined);
    assert.equal(didYouMean('postgresqlxxx', tags), 'postgresql');
    assert.equal(didYouMean('ab', ['a']), 'a');
    assert.equal(didYouMean('cat', ['bat', 'cut']), 'bat');
  });
});
