// Working hours (`hours: { start, end, zone }`): the validator's messages, and every figure of working-hours.ts and
// hours-filter.ts against answers worked out by hand: half-hour and 45-minute zones, windows across midnight UTC,
// summer time on either side of a clock change, postings without hours, and the search's slots against the exact
// overlap.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_BOARD, TODAY, boardWith, entry, validJob } from './helpers.ts';
import { zoneOffset, zoneProblem } from '../../src/board/time-zones.ts';
import {
  OVERLAP_CHOICES,
  dayInUtc,
  overlapQuery,
  overlappingValues,
  windowValue,
  type UtcWindow,
} from '../../src/site/hours-filter.ts';
import {
  READER_ZONES,
  formatWindow,
  hoursView,
  noonUtc,
  overlapCounts,
  overlapMinutes,
  overlapNote,
  overlapValues,
  overlapsDay,
  utcWindow,
  zoneChoices,
  type Hours,
} from '../../src/site/working-hours.ts';
import { searchFilters } from '../../src/site/search-records.ts';
import { jobPosting } from '../../src/site/json-ld.ts';
import { queryFromState, stateFromQuery } from '../../src/site/search-state.ts';

const POSTING = join(BASE_BOARD, 'content/jobs/acme-corp-staff-backend-engineer.md');

/** The base board's posting with `line` added as its second front-matter line, validated: its problems. */
function problemsWith(line: string): Array<[line: number, field: string, message: string]> {
  const text = readFileSync(POSTING, 'utf8').replace(/^---\n/, `---\n${line}\n`);
  const board = boardWith({
    jobs: [
      entry('content/jobs/acme-corp-hours.md', text.replace(/apply: .*/, 'apply: https://acme.example/careers/hours')),
    ],
  });
  return board.problems
    .filter((p) => p.file === 'content/jobs/acme-corp-hours.md')
    .map((p) => [p.line, p.field, p.message]);
}

const hours = (start: string, end: string, zone: string): Hours => ({ start, end, zone });
const window = (start: string, minutes: number): UtcWindow => {
  const [h, m] = start.split(':').map(Number);
  return { start: h! * 60 + m!, minutes };
};

describe('the hours field', () => {
  it('accepts a window in a city zone, in UTC and at a fixed offset, across midnight too', () => {
    for (const value of [
      '{ start: "09:00", end: "17:00", zone: Europe/Berlin }',
      '{ start: "22:00", end: "06:00", zone: America/Los_Angeles }',
      '{ start: "10:00", end: "18:30", zone: Asia/Kolkata }',
      '{ start: "09:45", end: "17:45", zone: Asia/Kathmandu }',
      '{ start: "08:00", end: "12:00", zone: UTC }',
      '{ start: "08:00", end: "12:00", zone: UTC+05:30 }',
    ]) {
      assert.deepEqual(problemsWith(`hours: ${value}`), [], value);
    }
  });

  it('names each wrong part of a window with how to write it, all in one run', () => {
    assert.deepEqual(problemsWith('hours: { start: 900, end: "24:00", zone: Europe/Berln }'), [
      [2, 'hours.start', 'found the number 900; write the time in quotes as HH:MM on the 24-hour clock, like "09:00"'],
      [2, 'hours.end', 'found "24:00": a day ends at 23:59; write 00:00 for midnight'],
      [
        2,
        'hours.zone',
        `found "Europe/Berln": no such time zone; give the IANA name of a city's zone, like Europe/Berlin or America/New_York, or UTC or UTC+05:30. Did you mean "Europe/Berlin"?`,
      ],
    ]);
    assert.deepEqual(problemsWith('hours: { start: 9:00, end: "25:00", zone: berlin }'), [
      [
        2,
        'hours.start',
        'found "9:00": write the time on the 24-hour clock as HH:MM, with two digits for the hour: "09:00"',
      ],
      [2, 'hours.end', 'found "25:00": an hour is 00 to 23 on the 24-hour clock'],
      [
        2,
        'hours.zone',
        `found "berlin": no such time zone; give the IANA name of a city's zone, like Europe/Berlin or America/New_York, or UTC or UTC+05:30. Did you mean "Europe/Berlin"?`,
      ],
    ]);
  });

  it('refuses a window of 0 or 24 hours, and one shorter than an hour or longer than 16', () => {
    assert.deepEqual(problemsWith('hours: { start: "09:00", end: "09:00", zone: UTC }'), [
      [
        2,
        'hours.end',
        'found end 09:00, the same as start: a window of 0 or 24 hours says nothing; give the hours the team works, 1 to 16 of them',
      ],
    ]);
    assert.deepEqual(problemsWith('hours: { start: "06:00", end: "23:00", zone: UTC }'), [
      [
        2,
        'hours.end',
        'found a window of 17 hours (06:00 to 23:00); a window is 1 to 16 hours, so check start and end',
      ],
    ]);
    assert.deepEqual(problemsWith('hours: { start: "23:30", end: "00:15", zone: UTC }'), [
      [
        2,
        'hours.end',
        'found a window of 0 h 45 min (23:30 to 00:15, across midnight); a window is 1 to 16 hours, so check start and end',
      ],
    ]);
  });

  it('refuses a time off the quarter hour, an unknown key and a list', () => {
    assert.deepEqual(problemsWith('hours: { start: "09:10", end: "17:00", zone: UTC, days: 5 }'), [
      [2, 'hours.start', 'found "09:10": times are on the quarter hour (:00, :15, :30 or :45)'],
      [2, 'hours.days', 'unknown field. Allowed here: start, end, zone'],
    ]);
  });

  it('reads Etc/GMT+5 as the UTC-05:00 it is, and says to write that instead', () => {
    assert.equal(
      zoneProblem('Etc/GMT+5'),
      'Etc/GMT+5 is UTC-05:00 (Etc/GMT names count the hours west of UTC, so their sign is the opposite of what they seem to say); write UTC-05:00, or better the zone of a city, like America/New_York',
    );
    assert.match(zoneProblem('Etc/GMT-14')!, /^Etc\/GMT-14 is UTC\+14:00 /);
  });

  it('refuses a zone spelt in the wrong case, a path, an abbreviation and an offset out of range', () => {
    assert.equal(
      zoneProblem('America/New_york'),
      "write the zone's name with its capitals as the database spells it: America/New_York",
    );
    assert.match(zoneProblem('../../etc/passwd')!, /^no such time zone/);
    assert.match(zoneProblem('Europe/../../etc/passwd')!, /^no such time zone/);
    assert.match(zoneProblem('CET')!, /^no such time zone/);
    assert.match(zoneProblem('US/Pacific')!, /^no such time zone/);
    assert.equal(zoneProblem('UTC+15:00'), 'an offset from UTC is between UTC-12:00 and UTC+14:00');
    assert.equal(zoneProblem('UTC+05:20'), 'an offset from UTC is whole hours, half or quarter hours, like UTC+05:30');
    assert.match(zoneProblem('x'.repeat(41))!, /^found 41 characters; a time zone name has at most 40/);
  });
});

describe('a posting window in UTC', () => {
  it('moves with summer time: Berlin 09:00–17:00 is 08:00–16:00 UTC in November and 07:00–15:00 in July', () => {
    assert.deepEqual(utcWindow(hours('09:00', '17:00', 'Europe/Berlin'), '2026-11-28'), window('08:00', 480));
    assert.deepEqual(utcWindow(hours('09:00', '17:00', 'Europe/Berlin'), '2026-07-01'), window('07:00', 480));
  });

  it('places half-hour and 45-minute zones to the minute', () => {
    assert.deepEqual(utcWindow(hours('10:00', '18:00', 'Asia/Kolkata'), TODAY), window('04:30', 480));
    assert.deepEqual(utcWindow(hours('09:00', '17:00', 'Asia/Kathmandu'), TODAY), window('03:15', 480));
    assert.deepEqual(utcWindow(hours('09:00', '17:00', 'UTC+05:30'), TODAY), window('03:30', 480));
    // Chatham Islands: +13:45 in their summer (November).
    assert.deepEqual(utcWindow(hours('09:00', '17:00', 'Pacific/Chatham'), TODAY), window('19:15', 480));
  });

  it('crosses midnight UTC: San Francisco 09:00–17:00 is 17:00–01:00 UTC in November', () => {
    const sf = utcWindow(hours('09:00', '17:00', 'America/Los_Angeles'), TODAY);
    assert.deepEqual(sf, window('17:00', 480));
    assert.equal(formatWindow(sf), '17:00–01:00 (next day)');
    assert.equal(formatWindow(utcWindow(hours('22:00', '06:00', 'UTC'), TODAY)), '22:00–06:00 (next day)');
  });
});

describe('overlap', () => {
  it('counts the minutes two windows share, across midnight UTC on either side', () => {
    assert.equal(overlapMinutes(window('17:00', 480), window('14:00', 480)), 300);
    assert.equal(overlapMinutes(window('17:00', 480), window('22:00', 480)), 180);
    assert.equal(overlapMinutes(window('22:00', 480), window('23:00', 240)), 240);
    assert.equal(overlapMinutes(window('22:00', 480), window('04:00', 480)), 120);
    assert.equal(overlapMinutes(window('08:00', 480), window('17:00', 480)), 0);
    assert.equal(overlapMinutes(window('00:00', 960), window('16:00', 480)), 0);
  });

  it("follows each side's clock change: Berlin and New York overlap 3 h in late October, 2 h from November", () => {
    const berlin = { hours: hours('09:00', '17:00', 'Europe/Berlin') };
    // Europe changed on 25 October 2026, the United States on 1 November.
    assert.equal(
      overlapMinutes(utcWindow(berlin.hours, '2026-10-28'), dayInUtc('America/New_York', noonUtc('2026-10-28'))),
      180,
    );
    assert.equal(overlapMinutes(utcWindow(berlin.hours, TODAY), dayInUtc('America/New_York', noonUtc(TODAY))), 120);
    assert.equal(overlapsDay(berlin, 'America/New_York', 3, '2026-10-28'), true);
    assert.equal(overlapsDay(berlin, 'America/New_York', 3, TODAY), false);
  });

  it('leaves a posting without hours out of every overlap, and counts it apart', () => {
    assert.equal(overlapsDay({}, 'Europe/Berlin', 1, TODAY), false);
    const counts = overlapCounts(
      [
        validJob({ hours: hours('09:00', '17:00', 'Europe/Berlin') }),
        validJob({ hours: hours('10:00', '18:00', 'Asia/Kolkata') }),
        validJob(),
        validJob({ hours: hours('09:00', '17:00', 'Europe/Berlin'), status: 'filled' }),
      ],
      TODAY,
    );
    assert.equal(counts.open, 3);
    assert.equal(counts.unstated, 1);
    // Berlin's day is 08:00–16:00 UTC; Kolkata's window is 04:30–12:30: 4.5 h. India's day is 03:30–11:30 UTC;
    // Berlin's window 08:00–16:00 shares 3.5 h, under the listing's 4.
    assert.equal(counts.byZone['europe-berlin'], 2);
    assert.equal(counts.byZone['asia-kolkata'], 1);
    assert.equal(counts.byZone['america-los-angeles'], 0);
    assert.equal(
      overlapNote(
        READER_ZONES.find((z) => z.slug === 'europe-berlin')!,
        1,
      ),
      'Their working hours overlap a 09:00–17:00 day in Berlin (Europe/Berlin) by at least 4 hours, as the clocks stand today. 1 open posting does not state its working hours, so they are not listed here.',
    );
  });
});

describe('the posting page', () => {
  it('states the window, its UTC times in winter and summer, and each reader zone on the build date', () => {
    const view = hoursView(hours('09:00', '17:00', 'Europe/Berlin'), TODAY);
    assert.equal(view.stated, '09:00–17:00 in Berlin (Europe/Berlin)');
    assert.equal(view.utc, '08:00–16:00');
    assert.deepEqual(view.seasons, { winter: '08:00–16:00', summer: '07:00–15:00', now: 'winter' });
    const reader = (slug: string) => view.readers.find((r) => r.zone.slug === slug)!;
    assert.deepEqual([reader('america-new-york').window, reader('america-new-york').overlap], ['03:00–11:00', 120]);
    assert.deepEqual([reader('asia-kolkata').window, reader('asia-kolkata').overlap], ['13:30–21:30', 210]);
    assert.deepEqual(
      [reader('australia-sydney').window, reader('australia-sydney').overlap],
      ['19:00–03:00 (next day)', 0],
    );
  });

  it("takes the southern hemisphere's summer from its clocks: Sydney's is in January", () => {
    const view = hoursView(hours('09:00', '17:00', 'Australia/Sydney'), TODAY);
    assert.equal(view.utc, '22:00–06:00 (next day)');
    assert.deepEqual(view.seasons, {
      winter: '23:00–07:00 (next day)',
      summer: '22:00–06:00 (next day)',
      now: 'summer',
    });
  });

  it("gives structured data the window as stated, in schema.org's workHours, and nothing without hours", () => {
    const posting = (job: ReturnType<typeof validJob>) =>
      jobPosting({
        id: 'acme',
        job,
        company: { name: 'Acme', website: 'https://acme.example' },
        url: 'https://board.example/jobs/acme/',
        descriptionHtml: '<p>x</p>',
        logoUrl: undefined,
      }) as Record<string, unknown>;
    assert.equal(
      posting(validJob({ hours: hours('07:30', '13:30', 'Asia/Kolkata') }))['workHours'],
      '07:30–13:30 Asia/Kolkata',
    );
    assert.equal('workHours' in posting(validJob()), false);
  });

  it('gives no seasons for a zone without summer time, nor for UTC or a fixed offset', () => {
    assert.equal(hoursView(hours('10:00', '18:00', 'Asia/Kolkata'), TODAY).seasons, undefined);
    assert.equal(hoursView(hours('10:00', '18:00', 'UTC+05:30'), TODAY).stated, '10:00–18:00 UTC+05:30');
    assert.equal(hoursView(hours('10:00', '18:00', 'UTC'), TODAY).stated, '10:00–18:00 UTC');
  });
});

describe('the overlap search', () => {
  it("indexes a posting's window in UTC on the build date as one value, or 'unstated'", () => {
    assert.deepEqual(overlapValues(undefined, TODAY), ['unstated']);
    assert.deepEqual(overlapValues(hours('09:00', '17:00', 'Europe/Berlin'), TODAY), ['0800+480']);
    assert.deepEqual(overlapValues(hours('09:00', '17:00', 'Europe/Berlin'), '2026-07-01'), ['0700+480']);
    assert.deepEqual(overlapValues(hours('09:00', '17:00', 'America/Los_Angeles'), TODAY), ['1700+480']);
    assert.deepEqual(overlapValues(hours('09:45', '17:45', 'Asia/Kathmandu'), TODAY), ['0400+480']);
    assert.deepEqual(searchFilters(validJob({ hours: hours('10:00', '11:00', 'UTC') }), new Set(), TODAY).overlap, [
      '1000+60',
    ]);
  });

  it("asks for every window that overlaps the reader's day by N hours: for 8 hours of Berlin's day, those that hold it", () => {
    const berlin = dayInUtc('Europe/Berlin', noonUtc(TODAY));
    assert.deepEqual(berlin, window('08:00', 480));
    const values = overlapQuery(berlin, 8).overlap.any;
    // A window of L minutes holds 08:00–16:00 when it starts from 16:00 − L to 08:00, on quarter hours.
    const expected: string[] = [];
    for (let minutes = 480; minutes <= 960; minutes += 15) {
      for (let start = 960 - minutes; start <= 480; start += 15) {
        expected.push(
          `${String(Math.floor(start / 60)).padStart(2, '0')}${String(start % 60).padStart(2, '0')}+${minutes}`,
        );
      }
    }
    assert.deepEqual([...values].sort(), expected.sort());
    // 61 lengths × 96 starts bound the list: 3,599 values for one hour of overlap, 561 for eight.
    assert.equal(overlappingValues(berlin, 1).length, 3599);
  });

  it('finds exactly the postings that overlap enough, for every zone on quarter hours and every window', () => {
    let checked = 0;
    for (let offset = -12 * 60; offset <= 14 * 60; offset += 45) {
      const day = { start: (((9 * 60 - offset) % 1440) + 1440) % 1440, minutes: 480 };
      for (const n of OVERLAP_CHOICES) {
        const found = new Set(overlappingValues(day, n));
        for (let start = 0; start < 1440; start += 75) {
          for (const minutes of [60, 165, 240, 480, 600, 960]) {
            const posting = { start, minutes };
            assert.equal(
              found.has(windowValue(posting)),
              overlapMinutes(posting, day) >= n * 60,
              `offset ${offset}, window ${start}+${minutes}, ${n} h`,
            );
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 15_000);
  });

  it("finds a 45-minute zone's overlap to the minute: Kathmandu's day and a window from 07:00 UTC share 4 h 15 min", () => {
    const day = dayInUtc('Asia/Kathmandu', noonUtc(TODAY));
    assert.deepEqual(day, window('03:15', 480));
    const posting = window('07:00', 480);
    assert.equal(overlapMinutes(posting, day), 255);
    assert.equal(overlappingValues(day, 4).includes(windowValue(posting)), true);
    assert.equal(overlappingValues(day, 6).includes(windowValue(posting)), false);
  });

  it('keeps the zone and one overlap choice in the URL, and drops what is not one', () => {
    const state = stateFromQuery('?overlap=4&tz=Europe/Berlin');
    assert.deepEqual(state.filters.overlap, ['4']);
    assert.equal(state.tz, 'Europe/Berlin');
    assert.equal(queryFromState(state), '?overlap=4&tz=Europe%2FBerlin');
    assert.deepEqual(stateFromQuery('?overlap=6&overlap=2').filters.overlap, ['2']);
    assert.deepEqual(stateFromQuery('?overlap=0800&overlap=9&overlap=unstated').filters.overlap, []);
    assert.equal(stateFromQuery('?tz=../../etc/passwd').tz, '');
    assert.equal(stateFromQuery('?tz=Mars/Olympus_Mons').tz, '');
    assert.equal(stateFromQuery('?tz=UTC%2B05:30').tz, 'UTC+05:30');
  });

  it('offers the reader zones, more cities and every offset in use as where the reader works from', () => {
    const { cities, offsets } = zoneChoices();
    for (const zone of READER_ZONES)
      assert.ok(
        cities.some((c) => c.value === zone.zone),
        zone.zone,
      );
    assert.ok(cities.some((c) => c.label === 'India (Asia/Kolkata)'));
    assert.deepEqual(
      offsets.map((o) => o.value).filter((v) => /:(30|45)$/.test(v)),
      [
        'UTC-09:30',
        'UTC-03:30',
        'UTC+03:30',
        'UTC+04:30',
        'UTC+05:30',
        'UTC+05:45',
        'UTC+06:30',
        'UTC+08:45',
        'UTC+09:30',
        'UTC+10:30',
        'UTC+12:45',
        'UTC+13:45',
      ],
    );
    assert.equal(zoneOffset('UTC-09:30', new Date()), -570);
  });
});
