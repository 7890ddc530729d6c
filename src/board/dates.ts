// Calendar dates as `YYYY-MM-DD` strings in UTC. The board never deals in times of day,
// so dates stay strings and compare correctly as strings.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why a string is not a real `YYYY-MM-DD` calendar date, or undefined when it is one. */
export function dateProblem(value: string): string | undefined {
  const match = DATE_PATTERN.exec(value);
  if (!match) return 'not a date in the form YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `month ${match[2]} does not exist`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return `${MONTHS[month - 1]} ${year} has ${daysInMonth} days, so day ${match[3]} does not exist`;
  }
  if (year < 2000 || year > 2100) return `year ${year} is outside 2000–2100`;
  return undefined;
}

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return dateProblem(value) === undefined;
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The UTC calendar date of an instant. */
function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The board's build date: `BOARD_DATE` when set (tests and reproducible builds), else today in UTC.
 * Throws with a readable message when `BOARD_DATE` is not a real date.
 */
export function resolveBuildDate(boardDate: string | undefined, now: Date): string {
  if (boardDate === undefined || boardDate === '') return utcDate(now);
  const problem = dateProblem(boardDate);
  if (problem) throw new Error(`BOARD_DATE=${boardDate} is ${problem}; set it to a date like 2026-11-28 or unset it`);
  return boardDate;
}

const formatted = new Map<string, string>();

/** A date for people: "28 November 2026". */
export function formatDate(date: string): string {
  let text = formatted.get(date);
  if (text === undefined) {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    text = `${day} ${MONTHS[month - 1]} ${year}`;
    formatted.set(date, text);
  }
  return text;
}
