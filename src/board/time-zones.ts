// Clock times and time zones as postings state them (`hours: { start, end, zone }`): reading "09:00", checking a
// zone name against the IANA database the JavaScript runtime carries (Intl), and a zone's UTC offset at an instant.
// No imports: the search page's client uses it to place the reader's working day.

/** Minutes in a day. */
export const DAY_MINUTES = 1440;

/** A clock time as postings write it: two digits, a colon, two digits, 00:00 to 23:59. */
const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A fixed offset from UTC as a zone: `UTC`, or `UTC+05:30`, `UTC-03:00` (−12:00 to +14:00, on quarter hours). */
const FIXED_ZONE_PATTERN = /^UTC(?:([+-])(\d{2}):(\d{2}))?$/;

/** The longest zone name accepted: the longest in the IANA database has 32 characters. */
export const MAX_ZONE_LENGTH = 40;

/** The first segments of the IANA names of places; `Etc/`, `US/` and the abbreviations are not places. */
const ZONE_AREAS = ['Africa', 'America', 'Antarctica', 'Asia', 'Atlantic', 'Australia', 'Europe', 'Indian', 'Pacific'];
const ZONE_NAME_PATTERN = new RegExp(`^(?:${ZONE_AREAS.join('|')})(?:/[A-Z][A-Za-z0-9_+-]*){1,2}$`);

/** The minutes after midnight of a clock time "HH:MM", or undefined when it is not one. */
export function clockMinutes(text: string): number | undefined {
  const match = CLOCK_PATTERN.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Minutes after midnight (any integer; wrapped into the day) as "HH:MM". */
export function formatClock(minutes: number): string {
  const m = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** An offset in minutes as "+05:30", "-03:00", "+00:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The offset of a fixed zone (`UTC`, `UTC+05:30`) in minutes, or undefined when `zone` is not one. */
export function fixedOffset(zone: string): number | undefined {
  const match = FIXED_ZONE_PATTERN.exec(zone);
  if (!match) return undefined;
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter that names the zone's offset ("GMT+05:30"), or undefined when Intl does not know the zone. */
function offsetFormatter(zone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(zone);
  if (formatter) return formatter;
  try {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  } catch {
    return undefined;
  }
  formatters.set(zone, formatter);
  return formatter;
}

/** Whether the runtime's time zone database knows `zone` (in any spelling of its case). */
export function isKnownZone(zone: string): boolean {
  return zone.length <= MAX_ZONE_LENGTH && (fixedOffset(zone) !== undefined || offsetFormatter(zone) !== undefined);
}

/**
 * The UTC offset of `zone` at the instant `at`, in minutes east of UTC (Berlin in winter: 60). `zone` is a fixed
 * zone or an IANA name the runtime knows; anything else throws.
 */
export function zoneOffset(zone: string, at: Date): number {
  const fixed = fixedOffset(zone);
  if (fixed !== undefined) return fixed;
  // A build asks for the same few zones at the same instant for every posting.
  const key = `${zone} ${at.getTime()}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const formatter = offsetFormatter(zone);
  if (!formatter) throw new RangeError(`unknown time zone ${JSON.stringify(zone)}`);
  const name = formatter.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  const minutes = match?.[1] === undefined ? 0 : Number(match[2]) * 60 + Number(match[3]);
  const offset = match?.[1] === '-' ? -minutes : minutes;
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

const offsets = new Map<string, number>();

/**
 * Why `zone` is not a zone a posting may state, or undefined when it is one: `UTC`, a fixed offset `UTC+05:30`
 * (−12:00 to +14:00 on quarter hours), or the IANA name of a place (`Europe/Berlin`, `America/New_York`) that the
 * runtime's database knows, spelt with its capitals. `suggest` words a "did you mean" for a name it does not know.
 */
export function zoneProblem(zone: string, suggest: (zone: string) => string = () => ''): string | undefined {
  if (zone.length > MAX_ZONE_LENGTH) {
    return `found ${zone.length} characters; a time zone name has at most ${MAX_ZONE_LENGTH}, like Europe/Berlin`;
  }
  const etc = /^Etc\/GMT([+-])(\d{1,2})$/i.exec(zone);
  if (etc) {
    // POSIX counts these westward: Etc/GMT+5 is five hours behind UTC, the opposite of what it seems to say.
    const hours = Number(etc[2]);
    const utc = hours === 0 ? 'UTC' : `UTC${etc[1] === '+' ? '-' : '+'}${String(hours).padStart(2, '0')}:00`;
    return `${zone} is ${utc} (Etc/GMT names count the hours west of UTC, so their sign is the opposite of what they seem to say); write ${utc}, or better the zone of a city, like America/New_York`;
  }
  const fixed = /^(?:UTC|GMT)/i.test(zone) ? fixedOffset(zone) : undefined;
  if (/^(?:UTC|GMT)/i.test(zone) && fixed === undefined) {
    return 'a fixed offset is written UTC+HH:MM or UTC-HH:MM, like UTC+05:30 or UTC-03:00; or give the zone of a city, like Asia/Kolkata';
  }
  if (fixed !== undefined) {
    if (fixed < -12 * 60 || fixed > 14 * 60) return 'an offset from UTC is between UTC-12:00 and UTC+14:00';
    if (fixed % 15 !== 0) return 'an offset from UTC is whole hours, half or quarter hours, like UTC+05:30';
    return undefined;
  }
  if (!ZONE_NAME_PATTERN.test(zone) || offsetFormatter(zone) === undefined) {
    return `no such time zone; give the IANA name of a city's zone, like Europe/Berlin or America/New_York, or UTC or UTC+05:30.${suggest(zone)}`;
  }
  // Intl ignores case, but pages show the name as written: it must be spelt as the database spells it.
  const spelt = zoneNames().find((name) => name !== zone && name.toLowerCase() === zone.toLowerCase());
  if (spelt !== undefined) return `write the zone's name with its capitals as the database spells it: ${spelt}`;
  return undefined;
}

/** The part of an IANA zone name that names a place, as words: "America/New_York" → "New York". */
export function zoneCity(zone: string): string {
  if (fixedOffset(zone) !== undefined) return zone;
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

/**
 * Current names the runtime may list under an older one (ICU keeps Asia/Calcutta, Europe/Kiev): offered as
 * suggestions too, when the runtime knows them.
 */
const MODERN_NAMES = [
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Ho_Chi_Minh',
  'Asia/Yangon',
  'Europe/Kyiv',
  'America/Nuuk',
  'Pacific/Kanton',
];

let names: string[] | undefined;

/** The IANA names of places the runtime knows (about 420), for "did you mean" suggestions. */
export function zoneNames(): readonly string[] {
  const modern = MODERN_NAMES.filter((zone) => offsetFormatter(zone) !== undefined);
  names ??= [...new Set([...Intl.supportedValuesOf('timeZone'), ...modern])]
    .filter((zone) => ZONE_NAME_PATTERN.test(zone))
    .sort();
  return names;
}

/**
 * Spellings people write for a zone, in the form did-you-mean compares (lower case, spaces as hyphens), each with
 * the zone meant: a city alone ("berlin", "new-york") when one zone has it, and common abbreviations.
 */
export function zoneAliases(): Readonly<Record<string, string>> {
  const byCity = new Map<string, string[]>();
  for (const zone of zoneNames()) {
    const city = (zone.split('/').at(-1) ?? '').toLowerCase().replace(/_/g, '-');
    byCity.set(city, [...(byCity.get(city) ?? []), zone]);
  }
  const aliases: Record<string, string> = {};
  for (const [city, zones] of byCity) if (zones.length === 1) aliases[city] = zones[0]!;
  return {
    ...aliases,
    calcutta: 'Asia/Kolkata',
    bangalore: 'Asia/Kolkata',
    bengaluru: 'Asia/Kolkata',
    'san-francisco': 'America/Los_Angeles',
    seattle: 'America/Los_Angeles',
    'us/pacific': 'America/Los_Angeles',
    'us/mountain': 'America/Denver',
    'us/central': 'America/Chicago',
    'us/eastern': 'America/New_York',
    pst: 'America/Los_Angeles',
    pdt: 'America/Los_Angeles',
    est: 'America/New_York',
    edt: 'America/New_York',
    cet: 'Europe/Berlin',
    cest: 'Europe/Berlin',
    gmt: 'UTC',
    bst: 'Europe/London',
    ist: 'Asia/Kolkata',
    'etc/utc': 'UTC',
  };
}

/** Why `text` is not a clock time a posting may state ("09:00", on a quarter hour), or undefined when it is one. */
export function clockProblem(text: string): string | undefined {
  const minutes = clockMinutes(text);
  if (minutes !== undefined) {
    return minutes % 15 === 0 ? undefined : 'times are on the quarter hour (:00, :15, :30 or :45)';
  }
  const loose = /^(\d{1,2})[:.h](\d{2})$/.exec(text);
  if (loose && Number(loose[1]) >= 24) {
    return Number(loose[1]) === 24 && loose[2] === '00'
      ? 'a day ends at 23:59; write 00:00 for midnight'
      : 'an hour is 00 to 23 on the 24-hour clock';
  }
  if (loose && Number(loose[2]) < 60) {
    return `write the time on the 24-hour clock as HH:MM, with two digits for the hour: "${loose[1]!.padStart(2, '0')}:${loose[2]}"`;
  }
  return 'write the time on the 24-hour clock as HH:MM in quotes, like "09:00" or "17:30"';
}

/** The shortest and longest working-hours window a posting may state, in hours. */
export const WINDOW_HOURS = { min: 1, max: 16 } as const;
