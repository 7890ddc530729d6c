// Salaries and dates as people type them, read by scripts/new/typed-values.ts for npm run new's questions and
// flags and for the issue-form workflow: what each spelling means, and the message for what is refused.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate, parseSalary } from '../../scripts/new/typed-values.ts';
import { splitCommand } from '../../scripts/new/editor.ts';

const value = (text: string) => {
  const read = parseSalary(text);
  assert.ok(read.ok, `${text}: ${read.ok ? '' : read.problem}`);
  return read.value;
};
const problem = (text: string) => {
  const read = parseSalary(text);
  assert.ok(!read.ok, `${text} was read as ${JSON.stringify(read.ok && read.value)}`);
  return read.problem;
};

describe('a salary as typed', () => {
  it('reads the ways people write a range', () => {
    for (const text of [
      '120000-150000',
      '120k-150k',
      '120K - 150K',
      '120-150k',
      '120000–150000',
      '120000 — 150000',
      '120,000 to 150,000',
      '120 000 - 150 000',
      "120'000-150'000",
      '120_000..150_000',
    ]) {
      assert.deepEqual(value(text), { min: 120000, max: 150000 }, text);
    }
    assert.deepEqual(value('1.2M-1.5M'), { min: 1_200_000, max: 1_500_000 });
    assert.deepEqual(value('1-1.5M'), { min: 1_000_000, max: 1_500_000 });
    assert.deepEqual(value('120.5k-130k'), { min: 120_500, max: 130_000 });
    assert.deepEqual(value('120.000,50-150.000,00'), { min: 120000.5, max: 150000 });
    assert.deepEqual(value('95000'), { min: 95000, max: 95000 });
  });

  it('takes the currency and the period the text names', () => {
    assert.deepEqual(value('€120k – 150k'), { min: 120000, max: 150000, currency: 'EUR' });
    assert.deepEqual(value('EUR 90k–110k / year'), { min: 90000, max: 110000, currency: 'EUR', period: 'year' });
    assert.deepEqual(value('120 000 - 150 000 CHF'), { min: 120000, max: 150000, currency: 'CHF' });
    assert.deepEqual(value('CA$120k-150k'), { min: 120000, max: 150000, currency: 'CAD' });
    assert.deepEqual(value('85-110/h'), { min: 85, max: 110, period: 'hour' });
    assert.deepEqual(value('£8k-9k per month'), { min: 8000, max: 9000, currency: 'GBP', period: 'month' });
    assert.deepEqual(value('120k-150k pa'), { min: 120000, max: 150000, period: 'year' });
  });

  it('leaves the currency to be chosen when the symbol is shared: "$" is five dollars on this board', () => {
    assert.deepEqual(value('$120k-150k'), { min: 120000, max: 150000 });
  });

  it('refuses what can be read two ways, naming both readings', () => {
    assert.equal(
      problem('120.000-150.000'),
      '"120.000" can be read in two ways, with "." between thousands or as a decimal point; write 120000 (or 120k) for the one, 120 for the other',
    );
    assert.equal(
      problem('1,200k'),
      '"1,200k" can be read in two ways, with "," between thousands or as a decimal point; write 1200k for the one, 1.2k for the other',
    );
  });

  it('names what it cannot read, with the form to write', () => {
    const example = 'write it as min-max, e.g. 120000-150000 or 120k-150k';
    assert.equal(problem('120k-150k-180k'), `"120k-150k-180k" holds more than two amounts; ${example}`);
    assert.equal(
      problem('lots'),
      `"lots" is not a currency this board knows; ${example}, and choose the currency on its own`,
    );
    assert.equal(
      problem('€120k - 150k USD'),
      `it names two currencies, EUR and USD; ${example}, and choose the currency on its own`,
    );
    assert.equal(problem('120,00,0'), `"120,00,0" is not a number; ${example}`);
    assert.equal(
      problem('90000\nequity: true'),
      `the salary holds a line break or another control character; ${example}`,
    );
  });
});

describe('a date as typed', () => {
  const today = '2026-11-28';
  it('reads today, tomorrow, yesterday and days or weeks from a start', () => {
    assert.deepEqual(parseDate('today', today, today), { ok: true, value: '2026-11-28' });
    assert.deepEqual(parseDate(' Tomorrow ', today, today), { ok: true, value: '2026-11-29' });
    assert.deepEqual(parseDate('yesterday', today, today), { ok: true, value: '2026-11-27' });
    assert.deepEqual(parseDate('+60d', today, today), { ok: true, value: '2027-01-27' });
    assert.deepEqual(parseDate('+8w', '2026-12-01', today), { ok: true, value: '2027-01-26' });
    assert.deepEqual(parseDate('-3 days', today, today), { ok: true, value: '2026-11-25' });
    assert.deepEqual(parseDate('2027-01-31', today, today), { ok: true, value: '2027-01-31' });
  });

  it('names a date that does not exist or cannot be read', () => {
    assert.deepEqual(parseDate('2027-02-30', today, today), {
      ok: false,
      problem:
        'found "2027-02-30": February 2027 has 28 days, so day 30 does not exist; write YYYY-MM-DD, "today", or a number of days or weeks such as +60d or +8w',
    });
    assert.equal(parseDate('next week', today, today).ok, false);
  });
});

describe('the editor command', () => {
  it('splits $EDITOR as a shell would, without expanding anything', () => {
    assert.deepEqual(splitCommand('code --wait'), ['code', '--wait']);
    assert.deepEqual(splitCommand("  '/opt/My Editor/edit' -n  "), ['/opt/My Editor/edit', '-n']);
    assert.deepEqual(splitCommand('emacs\\ client "-c" $HOME'), ['emacs client', '-c', '$HOME']);
    assert.deepEqual(splitCommand(''), []);
  });
});
