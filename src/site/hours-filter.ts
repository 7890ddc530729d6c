// The time-zone overlap filter of the search: a posting's working hours as one value of the index's `overlap`
// filter (its UTC start and length), and a reader's "at least N hours of my 09:00–17:00 day" as the values of every
// window that overlaps that much. Shared by the index and the browser client, so it imports only time-zones.ts,
// which imports nothing.

import { DAY_MINUTES, formatClock, zoneOffset } from '../board/time-zones.ts';

/** A window of the day in UTC: it starts `start` minutes after midnight UTC and lasts `minutes` (may cross midnight). */
export interface UtcWindow {
  start: number;
  minutes: number;
}

/** The search filter's name, in the index and the URL (`overlap=4`). */
export const OVERLAP_FILTER = 'overlap';

/** The `overlap` value of a posting that does not state its hours: counted, never offered as a choice. */
export const UNSTATED_HOURS = 'unstated';

/** The reader's working day, in their own zone: the page says so. */
export const WORKDAY = { start: 9 * 60, end: 17 * 60 } as const;

/** The "at least N hours" choices of the search. */
export const OVERLAP_CHOICES = [1, 2, 4, 6, 8] as const;

/** Windows start and end on quarter hours, and last from 1 to 16 hours (the schema's rule). */
const STEP = 15;
const LENGTHS = { min: 60, max: 16 * 60 } as const;

/** How many minutes two windows of the day share, however they wrap around midnight UTC. */
export function overlapMinutes(a: UtcWindow, b: UtcWindow): number {
  let shared = 0;
  // Each window is at most a day long, so b, shifted a day either way, meets every part of a that it can.
  for (const shift of [-DAY_MINUTES, 0, DAY_MINUTES]) {
    const from = Math.max(a.start, b.start + shift);
    const to = Math.min(a.start + a.minutes, b.start + shift + b.minutes);
    if (to > from) shared += to - from;
  }
  return Math.min(shared, a.minutes, b.minutes);
}

/** A window's value in the index: its UTC start as four digits and its length in minutes ("0800+480"). */
export function windowValue(window: UtcWindow): string {
  return `${formatClock(window.start).replace(':', '')}+${window.minutes}`;
}

/** A working day from `start` to `end` (minutes, in `zone`), in UTC at the instant `at`. */
export function dayInUtc(zone: string, at: Date, day: { start: number; end: number } = WORKDAY): UtcWindow {
  const offset = zoneOffset(zone, at);
  return {
    start: (((day.start - offset) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES,
    minutes: (day.end - day.start + DAY_MINUTES) % DAY_MINUTES,
  };
}

/**
 * The index values of every window a posting may state that overlaps `day` by at least `hours` hours: each start
 * on a quarter hour and each length from 1 to 16 hours (3,599 values for one hour of an 8-hour day, 561 for eight).
 */
export function overlappingValues(day: UtcWindow, hours: number): string[] {
  const values: string[] = [];
  for (let minutes = LENGTHS.min; minutes <= LENGTHS.max; minutes += STEP) {
    if (minutes < hours * 60) continue;
    for (let start = 0; start < DAY_MINUTES; start += STEP) {
      if (overlapMinutes({ start, minutes }, day) >= hours * 60) values.push(windowValue({ start, minutes }));
    }
  }
  return values;
}

/** The Pagefind filter for "overlaps my day by at least `hours`": any of the windows that do. */
export function overlapQuery(day: UtcWindow, hours: number): { [OVERLAP_FILTER]: { any: string[] } } {
  return { [OVERLAP_FILTER]: { any: overlappingValues(day, hours) } };
}
