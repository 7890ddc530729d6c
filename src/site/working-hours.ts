// A posting's working hours (`hours: { start, end, zone }`) as readers elsewhere see them: the window in UTC at the
// build date, in winter and in summer where its zone changes clocks, in a few readers' zones, and how much of a
// reader's 09:00–17:00 day it overlaps. Every figure of the overlap search, listings and posting pages is made here.

import { isClosed } from '../board/board.ts';
import type { Job } from '../board/schema.ts';
import {
  DAY_MINUTES,
  clockMinutes,
  fixedOffset,
  formatClock,
  formatOffset,
  isKnownZone,
  zoneCity,
  zoneOffset,
} from '../board/time-zones.ts';
import { UNSTATED_HOURS, WORKDAY, dayInUtc, overlapMinutes, windowValue, type UtcWindow } from './hours-filter.ts';

export type Hours = NonNullable<Job['hours']>;
export { overlapMinutes, type UtcWindow } from './hours-filter.ts';

/**
 * The instant a date's figures are taken at: noon UTC, which is the same calendar day in every zone from UTC−12 to
 * UTC+12 and is past every zone's night-time clock change of that day but for a few Pacific islands.
 */
export function noonUtc(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** The length of a posting's window in minutes (crossing midnight when `end` is earlier than `start`). */
export function windowMinutes(hours: Hours): number {
  return (clockMinutes(hours.end)! - clockMinutes(hours.start)! + DAY_MINUTES) % DAY_MINUTES;
}

/** A posting's window in UTC at the instant `at`: the zone's offset then is subtracted from the stated times. */
export function utcWindowAt(hours: Hours, at: Date): UtcWindow {
  const offset = zoneOffset(hours.zone, at);
  return {
    start: (((clockMinutes(hours.start)! - offset) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES,
    minutes: windowMinutes(hours),
  };
}

/** A posting's window in UTC on the build date `date` (YYYY-MM-DD): what search and listings use. */
export function utcWindow(hours: Hours, date: string): UtcWindow {
  return utcWindowAt(hours, noonUtc(date));
}

/** A window as "HH:MM–HH:MM", with "(next day)" when it crosses midnight. */
export function formatWindow(window: UtcWindow): string {
  const crosses = window.start + window.minutes > DAY_MINUTES;
  return `${formatClock(window.start)}–${formatClock(window.start + window.minutes)}${crosses ? ' (next day)' : ''}`;
}

/** A number of minutes as hours: "4 h", "7.5 h", "45 min". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  return `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0$/, '')} h`;
}

/** The zone's offsets in January and July of `year`: different where clocks change. */
function seasonOffsets(zone: string, year: number): [january: number, july: number] {
  return [zoneOffset(zone, new Date(Date.UTC(year, 0, 15, 12))), zoneOffset(zone, new Date(Date.UTC(year, 6, 15, 12)))];
}

/** Whether `zone` changes its clocks during `year`. */
export function observesDst(zone: string, year: number): boolean {
  const [january, july] = seasonOffsets(zone, year);
  return january !== july;
}

/** A reader's zone the board shows windows in, and the zones with overlap listings. */
export interface ReaderZone {
  /** The listing's URL segment: `europe-berlin`. */
  slug: string;
  zone: string;
  /** How the place reads: "Berlin", "India". */
  name: string;
}

/**
 * The zones posting pages show each window in, and that get an overlap listing: where most of the board's readers
 * work, a half-hour zone (India) among them.
 */
export const READER_ZONES: readonly ReaderZone[] = [
  { slug: 'america-los-angeles', zone: 'America/Los_Angeles', name: 'San Francisco' },
  { slug: 'america-new-york', zone: 'America/New_York', name: 'New York' },
  { slug: 'america-sao-paulo', zone: 'America/Sao_Paulo', name: 'São Paulo' },
  { slug: 'europe-london', zone: 'Europe/London', name: 'London' },
  { slug: 'europe-berlin', zone: 'Europe/Berlin', name: 'Berlin' },
  { slug: 'asia-kolkata', zone: 'Asia/Kolkata', name: 'India' },
  { slug: 'asia-singapore', zone: 'Asia/Singapore', name: 'Singapore' },
  { slug: 'australia-sydney', zone: 'Australia/Sydney', name: 'Sydney' },
];

/** The overlap a listing asks of a posting's window with the reader's 09:00–17:00 day. */
export const LISTING_OVERLAP_HOURS = 4;

/** One reader zone's view of a window on the build date. */
export interface ReaderView {
  zone: ReaderZone;
  /** The window in the reader's clock: "03:00–11:00". */
  window: string;
  /** How much of the reader's 09:00–17:00 day it covers, in minutes. */
  overlap: number;
}

/** What a posting page says of its hours. */
export interface HoursView {
  /** The window as the posting states it: "09:00–17:00 in Berlin (Europe/Berlin)", "22:00–06:00 (next day) UTC". */
  stated: string;
  /** The window in UTC on the build date: "08:00–16:00". */
  utc: string;
  /** Where the zone changes clocks: the UTC window in its winter and its summer. */
  seasons?: { winter: string; summer: string; now: 'winter' | 'summer' };
  /** The window in each reader zone on the build date. */
  readers: ReaderView[];
}

/** Where the stated window's zone is: "in Berlin (Europe/Berlin)", "UTC", "UTC+05:30". */
function zonePhrase(zone: string): string {
  return fixedOffset(zone) !== undefined ? zone : `in ${zoneCity(zone)} (${zone})`;
}

/** A window shifted by an offset in minutes: the same hours on another zone's clock. */
function shifted(window: UtcWindow, offset: number): UtcWindow {
  return { start: (((window.start + offset) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES, minutes: window.minutes };
}

/** A posting's hours as its page shows them on the build date `date`. */
export function hoursView(hours: Hours, date: string): HoursView {
  const at = noonUtc(date);
  const stated: UtcWindow = { start: clockMinutes(hours.start)!, minutes: windowMinutes(hours) };
  const utc = utcWindowAt(hours, at);
  const view: HoursView = {
    stated: `${formatWindow(stated)} ${zonePhrase(hours.zone)}`,
    utc: formatWindow(utc),
    readers: READER_ZONES.map((zone) => ({
      zone,
      window: formatWindow(shifted(utc, zoneOffset(zone.zone, at))),
      overlap: overlapMinutes(utc, dayInUtc(zone.zone, at)),
    })),
  };
  const year = Number(date.slice(0, 4));
  const [january, july] = seasonOffsets(hours.zone, year);
  if (january !== july) {
    // Summer is when clocks are ahead, whichever hemisphere: January in Sydney, July in Berlin.
    const [winter, summer] = january < july ? [january, july] : [july, january];
    const window = (offset: number) => formatWindow(shifted(stated, -offset));
    view.seasons = {
      winter: window(winter),
      summer: window(summer),
      now: zoneOffset(hours.zone, at) === summer ? 'summer' : 'winter',
    };
  }
  return view;
}

/** The `overlap` filter value of a posting: its window in UTC on `date` ("0800+480"), or unstated. */
export function overlapValues(hours: Hours | undefined, date: string): string[] {
  return [hours ? windowValue(utcWindow(hours, date)) : UNSTATED_HOURS];
}

/** Whether a posting's window overlaps a 09:00–17:00 day in `zone` by at least `hours` hours on `date`. */
export function overlapsDay(job: Pick<Job, 'hours'>, zone: string, hours: number, date: string): boolean {
  if (!job.hours) return false;
  return overlapMinutes(utcWindow(job.hours, date), dayInUtc(zone, noonUtc(date))) >= hours * 60;
}

/** The reader's working day as the pages word it: "09:00–17:00". */
export const WORKDAY_TEXT = `${formatClock(WORKDAY.start)}–${formatClock(WORKDAY.end)}`;

/** A listing's sentence on what it holds: "…overlap a 09:00–17:00 day in Berlin by at least 4 hours". */
export function overlapInSentence(zone: ReaderZone): string {
  return `hours that overlap a ${WORKDAY_TEXT} day in ${zone.name} by at least ${LISTING_OVERLAP_HOURS} hours`;
}

/** What a page says of postings without hours: "3 open postings do not state their hours". */
export function unstatedHoursText(count: number): string {
  return `${count} open ${count === 1 ? 'posting does' : 'postings do'} not state ${count === 1 ? 'its' : 'their'} working hours`;
}

/** What an overlap listing says after its count: what its postings have in common, and who is left out. */
export function overlapNote(zone: ReaderZone, unstated: number): string {
  const rule = `Their working hours overlap a ${WORKDAY_TEXT} day in ${zone.name} (${zone.zone}) by at least ${LISTING_OVERLAP_HOURS} hours, as the clocks stand today.`;
  return unstated > 0 ? `${rule} ${unstatedHoursText(unstated)}, so they are not listed here.` : rule;
}

/** The board's overlap figures at `date`: open postings per reader zone's listing, and those without hours. */
export interface OverlapCounts {
  open: number;
  unstated: number;
  byZone: Record<string, number>;
}

/** The overlap counts of the open postings among `jobs` at `date`. */
export function overlapCounts(jobs: readonly Pick<Job, 'hours' | 'status' | 'expires'>[], date: string): OverlapCounts {
  const counts: OverlapCounts = {
    open: 0,
    unstated: 0,
    byZone: Object.fromEntries(READER_ZONES.map((zone) => [zone.slug, 0])),
  };
  for (const job of jobs) {
    if (isClosed(job, date)) continue;
    counts.open++;
    if (!job.hours) counts.unstated++;
    for (const zone of READER_ZONES) {
      if (overlapsDay(job, zone.zone, LISTING_OVERLAP_HOURS, date)) counts.byZone[zone.slug]!++;
    }
  }
  return counts;
}

/** Cities the search offers as where the reader works from, beside the reader zones and the fixed offsets. */
const MORE_CITIES: ReadonlyArray<[zone: string, name: string]> = [
  ['Pacific/Honolulu', 'Honolulu'],
  ['America/Denver', 'Denver'],
  ['America/Chicago', 'Chicago'],
  ['America/Mexico_City', 'Mexico City'],
  ['America/Bogota', 'Bogotá'],
  ['America/Toronto', 'Toronto'],
  ['America/Buenos_Aires', 'Buenos Aires'],
  ['America/St_Johns', "St. John's"],
  ['Atlantic/Azores', 'Azores'],
  ['Europe/Lisbon', 'Lisbon'],
  ['Europe/Dublin', 'Dublin'],
  ['Europe/Madrid', 'Madrid'],
  ['Europe/Paris', 'Paris'],
  ['Europe/Amsterdam', 'Amsterdam'],
  ['Europe/Stockholm', 'Stockholm'],
  ['Europe/Warsaw', 'Warsaw'],
  ['Africa/Lagos', 'Lagos'],
  ['Africa/Johannesburg', 'Johannesburg'],
  ['Europe/Kyiv', 'Kyiv'],
  ['Europe/Istanbul', 'Istanbul'],
  ['Africa/Nairobi', 'Nairobi'],
  ['Asia/Tehran', 'Tehran'],
  ['Asia/Dubai', 'Dubai'],
  ['Asia/Kabul', 'Kabul'],
  ['Asia/Karachi', 'Karachi'],
  ['Asia/Kathmandu', 'Kathmandu'],
  ['Asia/Dhaka', 'Dhaka'],
  ['Asia/Yangon', 'Yangon'],
  ['Asia/Bangkok', 'Bangkok'],
  ['Asia/Shanghai', 'Shanghai'],
  ['Asia/Tokyo', 'Tokyo'],
  ['Australia/Adelaide', 'Adelaide'],
  ['Australia/Brisbane', 'Brisbane'],
  ['Pacific/Auckland', 'Auckland'],
];

/** Offsets from UTC in use somewhere, in minutes: whole hours from −12 to +14 and the half and quarter hours. */
const OFFSETS = [
  ...Array.from({ length: 27 }, (_, i) => (i - 12) * 60),
  -9.5 * 60,
  -3.5 * 60,
  3.5 * 60,
  4.5 * 60,
  5.5 * 60,
  5.75 * 60,
  6.5 * 60,
  8.75 * 60,
  9.5 * 60,
  10.5 * 60,
  12.75 * 60,
  13.75 * 60,
].sort((a, b) => a - b);

/** One choice of "where you work from": a zone and how it reads ("Berlin (Europe/Berlin)", "UTC+05:30"). */
export interface ZoneChoice {
  value: string;
  label: string;
}

/** What the search offers as where the reader works from: cities by name, then every offset from UTC. */
export function zoneChoices(): { cities: ZoneChoice[]; offsets: ZoneChoice[] } {
  const cities = [...READER_ZONES.map((zone) => [zone.zone, zone.name] as const), ...MORE_CITIES]
    .filter(([zone]) => isKnownZone(zone))
    .map(([zone, name]) => ({ value: zone, label: `${name} (${zone.replace(/_/g, ' ')})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const offsets = OFFSETS.map((minutes) => {
    const zone = minutes === 0 ? 'UTC' : `UTC${formatOffset(minutes)}`;
    return { value: zone, label: zone };
  });
  return { cities, offsets };
}
