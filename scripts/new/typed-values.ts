// Salaries and dates as people type them ("€120k – 150k", "120,000 to 150,000", "+60d"), turned into what a
// posting's front-matter holds. Pure: shared by `npm run new`'s prompts and flags and by the issue-form workflow,
// through draftPosting. What could be read two ways ("120.000") is refused with the two readings, never guessed.

import { addDays, dateProblem } from '../../src/board/dates.ts';
import { CURRENCIES, SALARY_PERIODS, keysOf, type Currency } from '../../src/board/vocabulary.ts';

type Period = keyof typeof SALARY_PERIODS;

/** A salary range as typed: whole amounts, and the currency and period when the text names them. */
export interface TypedSalary {
  min: number;
  max: number;
  currency?: Currency;
  period?: Period;
}

/** What a value's text means, or why it cannot be read: a message that says what to write instead. */
export type Reading<T> = { ok: true; value: T } | { ok: false; problem: string };

const PERIOD_WORDS: ReadonlyArray<[RegExp, Period]> = [
  [/^(?:\/|per |an? )?(?:year|yr|y|annum|annual(?:ly)?|pa|p\.a\.)$/, 'year'],
  [/^(?:\/|per |an? )?(?:month|mo|monthly)$/, 'month'],
  [/^(?:\/|per |an? )?(?:hour|hr|h|hourly)$/, 'hour'],
];

/**
 * The currency a symbol or code names. A symbol that ends another currency's symbol ("$" in "CA$", "A$") is
 * ambiguous: it does not say which dollar is meant, so the currency is left to be chosen on its own.
 */
function currencyOf(word: string): Currency | 'ambiguous' | undefined {
  const upper = word.toUpperCase();
  for (const code of keysOf(CURRENCIES)) if (code === upper) return code;
  const symbols = keysOf(CURRENCIES).map((code) => [code, CURRENCIES[code].symbol.trim()] as const);
  const matches = symbols.filter(([, symbol]) => symbol === word);
  if (matches.length !== 1) return matches.length > 1 ? 'ambiguous' : undefined;
  const [code, symbol] = matches[0]!;
  return symbols.some(([other, s]) => other !== code && s.endsWith(symbol)) ? 'ambiguous' : code;
}

/** Digits grouped in threes by `separator`, then a decimal part after `decimal` when given. */
function thousands(separator: string, decimal?: string): RegExp {
  const escape = (c: string) => c.replace(/[.]/g, '\\.');
  return new RegExp(`^\\d{1,3}(?:${escape(separator)}\\d{3})+${decimal ? `${escape(decimal)}\\d+` : ''}$`);
}

const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1_000, m: 1_000_000 };

/** One amount as typed ("120k", "120,000", "1.2M", "120 000"): its value, whether it had k or M, or a problem. */
function amount(text: string): Reading<{ value: number; suffix: boolean }> {
  const match = /^(\d[\d.,'’ _\u00a0\u202f]*?)\s*([kKmM])?$/.exec(text);
  if (!match) return { ok: false, problem: `"${text}" is not a number` };
  const [, digits = '', suffix] = match;
  const multiplier = suffix ? MULTIPLIERS[suffix.toLowerCase()]! : 1;
  // Spaces, apostrophes and underscores only ever group thousands; dots and commas are either.
  const compact = digits.replace(/['’ _\u00a0\u202f]/g, '');
  const separators = compact.replace(/\d/g, '');
  let number: number;
  if (separators === '') number = Number(compact);
  else if (new Set(separators).size === 2) {
    // 120.000,50 or 120,000.50: the last separator is the decimal point, the other groups thousands.
    const decimal = compact.at(compact.search(/[.,][^.,]*$/))!;
    const grouping = decimal === '.' ? ',' : '.';
    if (!thousands(grouping, decimal).test(compact)) {
      return { ok: false, problem: `"${text}" mixes "," and "." in a way that is not a number` };
    }
    number = Number(compact.replaceAll(grouping, '').replace(decimal, '.'));
  } else {
    const separator = separators[0]!;
    const plain = compact.replaceAll(separator, '');
    if (thousands(separator).test(compact)) {
      // 120.000 is 120 thousand in German and 120 in English, 1,200k a thousand times 1.2 or 1,200: the reader
      // cannot tell, so neither do we.
      if (separator === '.' || suffix) {
        const decimal = Number(compact.replace(',', '.'));
        return {
          ok: false,
          problem: `"${text}" can be read in two ways, with "${separator}" between thousands or as a decimal point; write ${suffix ? `${plain}${suffix}` : `${plain} (or ${Math.round(Number(plain) / 1000)}k)`} for the one, ${decimal}${suffix ?? ''} for the other`,
        };
      }
      number = Number(plain);
    } else if (separators.length === 1 && /\d$/.test(compact)) {
      // One separator that does not group thousands: a decimal point or comma (1.2M, 1,5k, 85.5).
      number = Number(compact.replace(',', '.'));
    } else return { ok: false, problem: `"${text}" is not a number` };
  }
  const value = Math.round(number * multiplier * 100) / 100;
  if (!Number.isFinite(value)) return { ok: false, problem: `"${text}" is not a number` };
  return { ok: true, value: { value, suffix: suffix !== undefined } };
}

const RANGE_SEPARATOR = /\s*(?:-|–|—|‒|−|\.\.\.?|…|\bto\b|\buntil\b)\s*/i;

/**
 * A salary range as people type it: `120000-150000`, `120k-150k`, `120-150k`, `120,000 to 150,000`,
 * `€120k – 150k`, `EUR 90k–110k / year`, `1.2M-1.5M`. A single amount is a range of one. Amounts come back whole
 * or with cents as typed; the schema says whether that is allowed.
 */
export function parseSalary(text: string): Reading<TypedSalary> {
  const example = 'write it as min-max, e.g. 120000-150000 or 120k-150k';
  if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(text)) {
    return { ok: false, problem: `the salary holds a line break or another control character; ${example}` };
  }
  let rest = text.trim().replace(/\s+/g, ' ');
  if (rest === '') return { ok: false, problem: `the salary is missing; ${example}` };
  let currency: Currency | undefined;
  let period: Period | undefined;
  const noteCurrency = (word: string): string | undefined => {
    const found = currencyOf(word);
    if (found === 'ambiguous') return undefined;
    if (found === undefined) return `"${word}" is not a currency this board knows`;
    if (currency !== undefined && currency !== found) return `it names two currencies, ${currency} and ${found}`;
    currency = found;
    return undefined;
  };

  // A period at the end: "/year", "per hour", "a month".
  const periodMatch = /\s*(\/\s*|per |an? )?([a-z.]+)$/i.exec(rest);
  if (periodMatch && /[a-z]/i.test(periodMatch[2]!)) {
    const word = `${periodMatch[1]?.trim() === '/' ? '/' : (periodMatch[1] ?? '')}${periodMatch[2]!}`.toLowerCase();
    const found = PERIOD_WORDS.find(([pattern]) => pattern.test(word));
    if (found && (periodMatch[1] || word.length > 1)) {
      period = found[1];
      rest = rest.slice(0, periodMatch.index).trim();
    }
  }
  // Currencies before or after each amount: "€120k", "120k EUR", "CHF 120 000".
  const parts = rest.split(RANGE_SEPARATOR);
  if (parts.length > 2) return { ok: false, problem: `"${text}" holds more than two amounts; ${example}` };
  const amounts: { value: number; suffix: boolean }[] = [];
  for (const part of parts) {
    const match = /^([^\d\s]*)\s*(.*?)\s*([^\d\s.,]*)$/u.exec(part.trim())!;
    let [, before = '', middle = '', after = ''] = match;
    // A suffix letter belongs to the amount ("120k"), unless it is a whole word ("120 k" is rare; "120 CHF" not).
    if (/^[kKmM]$/.test(after)) {
      middle += after;
      after = '';
    }
    for (const word of [before, after].filter(Boolean)) {
      const problem = noteCurrency(word);
      if (problem) return { ok: false, problem: `${problem}; ${example}, and choose the currency on its own` };
    }
    if (middle === '') return { ok: false, problem: `"${text}" is not a range of amounts; ${example}` };
    const read = amount(middle);
    if (!read.ok)
      return { ok: false, problem: read.problem.endsWith('number') ? `${read.problem}; ${example}` : read.problem };
    amounts.push(read.value);
  }
  let [low, high = low] = amounts as [{ value: number; suffix: boolean }, { value: number; suffix: boolean }?];
  // "120-150k": the k of the top of the range is meant for both, when the lower amount is small enough for it.
  if (!low.suffix && high !== low && high.suffix && low.value < 1000 && high.value >= 1000) {
    const multiplier = high.value >= 1_000_000 && low.value < 10 ? 1_000_000 : 1000;
    low = { value: low.value * multiplier, suffix: true };
  }
  const salary: TypedSalary = { min: low.value, max: high.value };
  if (currency !== undefined) salary.currency = currency;
  if (period !== undefined) salary.period = period;
  return { ok: true, value: salary };
}

const RELATIVE = /^([+-])\s*(\d{1,4})\s*(d|days?|w|weeks?)$/i;

/**
 * A date as people type it: YYYY-MM-DD, `today`, `tomorrow`, `yesterday`, or days or weeks from `base`
 * (`+60d`, `+8w`, `-3d`). `base` is the day "today" means, or for an end date its start.
 */
export function parseDate(text: string, base: string, today: string): Reading<string> {
  const value = text.trim().toLowerCase();
  if (value === 'today') return { ok: true, value: today };
  if (value === 'tomorrow') return { ok: true, value: addDays(today, 1) };
  if (value === 'yesterday') return { ok: true, value: addDays(today, -1) };
  const relative = RELATIVE.exec(value);
  if (relative) {
    const days = Number(relative[2]) * (relative[3]!.startsWith('w') ? 7 : 1) * (relative[1] === '-' ? -1 : 1);
    return { ok: true, value: addDays(base, days) };
  }
  const problem = dateProblem(text.trim());
  if (problem === undefined) return { ok: true, value: text.trim() };
  return {
    ok: false,
    problem: `found "${text}": ${problem}; write YYYY-MM-DD, "today", or a number of days or weeks such as +60d or +8w`,
  };
}
