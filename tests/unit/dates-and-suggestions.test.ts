import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, dateProblem, daysBetween, resolveBuildDate } from '../../src/lib/dates.ts';
import { isNew } from '../../src/lib/format.ts';
import { didYouMean, editDistance } from '../../src/lib/did-you-mean.ts';
import { STACK_ALIASES, STACK_TAGS } from '../../src/lib/vocabulary.ts';

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
});
