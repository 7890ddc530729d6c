// The time-zone overlap filter of the search: a posting's working hours as the half-hour UTC slots they cover (the
// index's `overlap` values), and a reader's "at least N hours of my 09:00–17:00 day" as a Pagefind filter over them.
// Shared by the index and the browser client, so it imports only time-zones.ts, which imports nothing.

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

/** The slots of the index are half hours: exact for whole- and half-hour zones and windows. */
export const SLOT_MINUTES = 30;

/** A slot's value: the UTC time it starts at, as four digits ("0930"). */
export function slotValue(minutes: number): string {
  return formatClock(minutes).replace(':', '');
}

/**
 * The slots a window covers whole, as values. A window that starts or ends on a quarter hour loses the part of a
 * slot it covers: search never counts overlap the window does not have.
 */
export function coveredSlots(window: UtcWindow): string[] {
  const first = Math.ceil(window.start / SLOT_MINUTES) * SLOT_MINUTES;
  const values: string[] = [];
  for (let t = first; t + SLOT_MINUTES <= window.start + window.minutes; t += SLOT_MINUTES) values.push(slotValue(t));
  return values;
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
 * Every run of `hours` hours of whole slots inside `day`, each as the slot values it needs. A posting whose
 * window covers all the slots of one run overlaps the day by at least `hours`.
 */
export function overlapBlocks(day: UtcWindow, hours: number): string[][] {
  const first = Math.ceil(day.start / SLOT_MINUTES) * SLOT_MINUTES;
  const need = hours * 60;
  const blocks: string[][] = [];
  for (let t = first; t + need <= day.start + day.minutes; t += SLOT_MINUTES) {
    blocks.push(coveredSlots({ start: t, minutes: need }));
  }
  return blocks;
}

/** A Pagefind filter, as the search passes it: values of one filter, or any/all of other filters. */
export type OverlapQuery = { any: Array<Record<string, { all: string[] }>> };

/**
 * The Pagefind filter for "overlaps my day by at least `hours`": ANY of the runs of the day, each requiring ALL of
 * its slots. A day too short for `hours` asks for a slot no posting has, so it finds nothing.
 */
export function overlapQuery(day: UtcWindow, hours: number): OverlapQuery {
  const blocks = overlapBlocks(day, hours);
  return {
    any: (blocks.length > 0 ? blocks : [['none']]).map((slots) => ({ [OVERLAP_FILTER]: { all: slots } })),
  };
}
