// Salaries on one scale, for search filters and sorting: annual pay converted to the board's base currency
// (board.config.ts's salaryScale) with the dated exchange rates kept with its currencies. Maintainers refresh the
// rates now and then; the date says how old they are. The conversion only orders and buckets postings: pages
// show the posting's own currency.

import BOARD from '../../board.config.ts';
import type { Job } from './schema.ts';
import { CURRENCIES } from './vocabulary.ts';

/** The date of the exchange rates, and the currency postings are normalised to. */
export const EXCHANGE_RATES = { date: BOARD.salaryScale.ratesDate, base: BOARD.salaryScale.base };

/** Hours a year of full-time work, to compare hourly rates with annual salaries (40 hours × 52 weeks). */
const HOURS_PER_YEAR = 2080;

const PER_YEAR: Record<Job['salary']['period'], number> = { year: 1, month: 12, hour: HOURS_PER_YEAR };

/** An amount of a posting's salary as annual pay in the base currency (euros on the default board), rounded. */
export function annualEuros(amount: number, salary: Pick<Job['salary'], 'currency' | 'period'>): number {
  return Math.round((amount * PER_YEAR[salary.period]) / CURRENCIES[salary.currency].rate);
}

/** The thresholds of the salary filter, in annual base currency: "€100k or more". */
export const SALARY_BANDS: readonly number[] = BOARD.salaryScale.bands;

/** The salary bands a posting reaches: every threshold at or below the top of its range, annualised. */
export function salaryBands(salary: Job['salary']): string[] {
  const top = annualEuros(salary.max, salary);
  return SALARY_BANDS.filter((band) => top >= band).map(String);
}

/** A band's label, in the base currency: "€100k+". */
export function bandLabel(band: number): string {
  return `${CURRENCIES[BOARD.salaryScale.base as keyof typeof CURRENCIES]?.symbol ?? ''}${band / 1000}k+`;
}

/** A sort key that orders postings by the top of their range, annualised: digits, zero-padded. */
export function salarySortKey(salary: Job['salary']): string {
  return String(annualEuros(salary.max, salary)).padStart(10, '0');
}
