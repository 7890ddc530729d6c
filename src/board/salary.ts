// Salaries on one scale, for search filters and sorting: annual pay converted to euros with a dated table
// of exchange rates kept in the repository. Maintainers refresh the rates (ECB reference rates) now and then;
// the date says how old they are. The conversion only orders and buckets postings: pages show the posting's own currency.

import type { Job } from './schema.ts';
import type { Currency } from './vocabulary.ts';

/** Units of each currency per euro. */
export const EXCHANGE_RATES = {
  /** When these rates were taken. */
  date: '2026-11-02',
  /** The currency postings are normalised to. */
  base: 'EUR',
  perEuro: {
    EUR: 1,
    USD: 1.16,
    GBP: 0.88,
    CAD: 1.62,
    CHF: 0.93,
    AUD: 1.77,
    NZD: 2.01,
    SEK: 10.95,
    NOK: 11.7,
    DKK: 7.46,
    PLN: 4.25,
    CZK: 24.3,
    SGD: 1.51,
    JPY: 176,
    INR: 102,
    BRL: 6.25,
  } satisfies Record<Currency, number>,
} as const;

/** Hours a year of full-time work, to compare hourly rates with annual salaries (40 hours × 52 weeks). */
const HOURS_PER_YEAR = 2080;

const PER_YEAR: Record<Job['salary']['period'], number> = { year: 1, month: 12, hour: HOURS_PER_YEAR };

/** An amount of a posting's salary as annual euros, rounded to the euro. */
export function annualEuros(amount: number, salary: Pick<Job['salary'], 'currency' | 'period'>): number {
  return Math.round((amount * PER_YEAR[salary.period]) / EXCHANGE_RATES.perEuro[salary.currency]);
}

/** The thresholds of the salary filter, in annual euros: "€100k or more". */
export const SALARY_BANDS = [50_000, 75_000, 100_000, 125_000, 150_000, 200_000, 250_000, 300_000] as const;

/** The salary bands a posting reaches: every threshold at or below the top of its range, annualised. */
export function salaryBands(salary: Job['salary']): string[] {
  const top = annualEuros(salary.max, salary);
  return SALARY_BANDS.filter((band) => top >= band).map(String);
}

/** A band's label: "€100k+". */
export function bandLabel(band: number): string {
  return `€${band / 1000}k+`;
}

/** A sort key that orders postings by the top of their range, annualised: digits, zero-padded. */
export function salarySortKey(salary: Job['salary']): string {
  return String(annualEuros(salary.max, salary)).padStart(10, '0');
}
