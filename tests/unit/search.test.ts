// What the search index holds for a posting, the search page's state in the URL, and structured data made safe
// for a script element.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scriptSafeJson } from '../../src/site/json-ld.ts';
import { annualEuros, salaryBands, salarySortKey } from '../../src/board/salary.ts';
import {
  SYMBOL_WORDS,
  pagefindSafe,
  regionValues,
  searchFilters,
  searchRecord,
  searchVocabulary,
  indexFilters,
  REGION_TABLE,
  SEARCH_FILTERS,
} from '../../src/site/search-records.ts';
import { NO_PLACE_KEY, keyAccepts, keysAccepting, placeCounts, whereKey } from '../../src/site/search-places.ts';
import { REGIONS, keysOf } from '../../src/board/vocabulary.ts';
import { JOINED_FILTERS, STOP_WORDS, searchTerm, splitJoined, withoutStopWords } from '../../src/site/search-params.ts';
import {
  activeFilters,
  effectiveSort,
  queryFromState,
  stateFromQuery,
  suggestion,
  withoutFilter,
} from '../../src/site/search-state.ts';
import type { Job } from '../../src/board/schema.ts';

const job: Job = {
  title: 'Staff Backend Engineer, Ledger',
  company: 'acme-corp',
  level: 'staff',
  employmentType: 'full-time',
  workplace: 'remote',
  remoteFrom: ['eu', 'GB'],
  salary: { min: 120000, max: 150000, currency: 'EUR', period: 'year' },
  stack: ['go', 'postgresql'],
  posted: '2026-11-02',
  expires: '2027-01-31',
  status: 'open',
  apply: 'https://acme.example/jobs/1',
  draft: false,
};

describe('the places of the search index', () => {
  const keys = ['worldwide|', 'GB eu|', 'AT CH DE|', '|DE IE', 'US|FR', 'americas|'];

  it('accept a place as regionValues does, for every key and every place of the vocabulary', () => {
    const listed = new Set(['DE', 'FR', 'GB', 'IE', 'US', 'AT', 'CH', 'BR'] as const);
    const jobs = [
      { workplace: 'remote', remoteFrom: ['worldwide'] },
      { workplace: 'remote', remoteFrom: ['eu', 'GB'] },
      { workplace: 'remote', remoteFrom: ['DE', 'AT', 'CH'] },
      {
        workplace: 'onsite',
        offices: [
          { city: 'Berlin', country: 'DE' },
          { city: 'Cork', country: 'IE' },
        ],
      },
      { workplace: 'remote', remoteFrom: ['US'], offices: [{ city: 'Paris', country: 'FR' }] },
      { workplace: 'hybrid', remoteFrom: ['americas'], offices: [{ city: 'Toronto', country: 'CA' }] },
    ] as Array<Pick<Job, 'workplace' | 'remoteFrom' | 'offices'>>;
    for (const posting of jobs) {
      const key = whereKey(posting);
      const accepted = [...keysOf(REGIONS), ...listed].filter((place) => keyAccepts(key, place, REGION_TABLE));
      const offices = (posting.offices ?? []).map((office) => office.country);
      assert.deepEqual([...new Set([...accepted, ...offices])].sort(), regionValues(posting, listed), key);
    }
  });

  it('expand a ticked place into every key open to it: a country through its regions, a region through those covering it', () => {
    assert.deepEqual(keysAccepting(['DE'], keys, REGION_TABLE), ['worldwide|', 'GB eu|', 'AT CH DE|', '|DE IE']);
    // Three countries that make up DACH accept DACH; the EU does not, as Switzerland is not in it.
    assert.deepEqual(keysAccepting(['dach'], keys, REGION_TABLE), ['worldwide|', 'AT CH DE|']);
    assert.deepEqual(keysAccepting(['uk-ireland'], keys, REGION_TABLE), ['worldwide|', 'GB eu|']);
    // An office counts for its country, never for a region.
    assert.deepEqual(keysAccepting(['FR'], keys, REGION_TABLE), ['worldwide|', 'GB eu|', 'US|FR']);
    assert.deepEqual(keysAccepting(['north-america'], keys, REGION_TABLE), ['worldwide|', 'americas|']);
  });

  it('expand a place no posting is open to into a key no posting has, so that it finds nothing', () => {
    assert.deepEqual(keysAccepting(['JP'], ['|DE', 'eu|'], REGION_TABLE), [NO_PLACE_KEY]);
    assert.ok(!keys.includes(NO_PLACE_KEY) && !NO_PLACE_KEY.includes('|'));
  });

  it('count each posting once for every place it is open to, from postings per key', () => {
    const byKey = { 'worldwide|': 2, 'GB eu|': 3, '|DE IE': 4, 'AT CH DE|': 0 };
    assert.deepEqual(placeCounts(byKey, ['DE', 'GB', 'IE', 'dach', 'JP', 'eu'], REGION_TABLE), {
      DE: 9,
      GB: 5,
      IE: 9,
      dach: 2,
      JP: 2,
      eu: 5,
    });
  });
});

describe('search records', () => {
  it('give a remote posting every region it accepts as a whole and every listed country it accepts', () => {
    const values = regionValues(job, new Set(['DE', 'GB', 'US']));
    // The EU and GB together also cover the UK and Ireland.
    assert.deepEqual(values, ['DE', 'GB', 'eu', 'uk-ireland']);
    const worldwide = regionValues({ ...job, remoteFrom: ['worldwide'] }, new Set(['DE', 'US']));
    assert.ok(worldwide.includes('worldwide') && worldwide.includes('europe') && worldwide.includes('US'));
  });

  it('give an office posting its office countries', () => {
    const onsite = {
      ...job,
      workplace: 'onsite' as const,
      remoteFrom: undefined,
      offices: [{ city: 'Berlin', country: 'DE' as const }],
    };
    assert.deepEqual(regionValues(onsite, new Set(['US'])), ['DE']);
  });

  it('index the filters of which a posting has one value each as one value, and the others as they are', () => {
    const filters = indexFilters({ ...job, visaSponsorship: true }, '2026-11-28');
    assert.deepEqual(filters['facts'], ['staff remote full-time yes unknown']);
    assert.deepEqual(splitJoined('staff remote full-time yes unknown'), [
      ['level', 'staff'],
      ['workplace', 'remote'],
      ['employmentType', 'full-time'],
      ['visa', 'yes'],
      ['equity', 'unknown'],
    ]);
    for (const filter of JOINED_FILTERS) assert.ok(!(filter in filters), filter);
    assert.deepEqual(filters['stack'], ['go', 'postgresql']);
    assert.deepEqual(filters['salary'], salaryBands(job.salary));
    // Every other filter a reader chooses from is in the index under its own name.
    const own = SEARCH_FILTERS.filter((f) => f !== 'region' && !(JOINED_FILTERS as readonly string[]).includes(f));
    assert.deepEqual(Object.keys(filters).sort(), ['facts', 'region', ...own].sort());
  });

  it("index a posting's places as one key of what it states, not every place that accepts it", () => {
    const worldwide = { ...job, remoteFrom: ['worldwide' as const] };
    assert.deepEqual(indexFilters(worldwide, '2026-11-28')['region'], ['worldwide|']);
    assert.deepEqual(indexFilters(job, '2026-11-28')['region'], ['GB eu|']);
    const hybrid = {
      ...job,
      workplace: 'hybrid' as const,
      offices: [
        { city: 'Berlin', country: 'DE' as const },
        { city: 'Munich', country: 'DE' as const },
        { city: 'Dublin', country: 'IE' as const },
      ],
    };
    // An office posting is open to its offices' countries only: its remoteFrom does not count.
    assert.deepEqual(indexFilters(hybrid, '2026-11-28')['region'], ['|DE IE']);
  });

  it('put salaries on one annual euro scale, in every band up to the top of the range', () => {
    assert.equal(annualEuros(10000, { currency: 'EUR', period: 'month' }), 120000);
    assert.equal(annualEuros(100, { currency: 'EUR', period: 'hour' }), 208000);
    assert.deepEqual(salaryBands(job.salary), ['50000', '75000', '100000', '125000', '150000']);
    assert.ok(salarySortKey({ ...job.salary, max: 90000 }) < salarySortKey(job.salary));
  });

  it('state unknown visa sponsorship and equity as unknown, not as no', () => {
    const filters = searchFilters(job, new Set(), '2026-11-28');
    assert.deepEqual(filters.visa, ['unknown']);
    assert.deepEqual(filters.equity, ['unknown']);
  });

  it("hold the posting without stop words, with its company, level, places and tags' words, and every sort key", () => {
    const record = searchRecord({
      id: 'acme-ledger',
      rank: 7,
      job,
      companyName: 'Acme Corp',
      url: '/jobs/acme-ledger/',
      text: 'The team owns the ledger and it runs on Go in the US.',
      today: '2026-11-28',
    });
    assert.equal(
      record.content,
      'Staff Backend Engineer, Ledger. Acme Corp. Staff. Remote. European Union. EU. european-union. ' +
        'United Kingdom. UK. GB. united-kingdom. england. Go. golang. PostgreSQL. postgres. psql. pg. ' +
        'team owns ledger it runs Go US.',
    );
    assert.deepEqual(Object.keys(record.sort), ['posted', 'salary']);
    assert.equal(record.sort['posted'], '00000007');
    assert.equal(record.meta['salary'], '€120k–150k / year');
  });

  it('keep the words that mean something on this board out of the stop words', () => {
    assert.equal(withoutStopWords('go rest us it the of and'), 'go rest us it');
  });

  it('drops a stop word whatever its case and punctuation, as the plain rule says, and keeps every other word', () => {
    const plainRule = (text: string) =>
      text
        .split(/\s+/)
        .filter((word) => word !== '' && !STOP_WORDS.has(word.toLowerCase().replace(/[^a-z]/g, '')))
        .join(' ');
    const text =
      ' The  (and), THE-end. "Further" furthermore between\u00a0us \u212Aafka \u0130n İN t-h-e o\'the ' +
      'Postgres/Kafka 12 a1 ok! \n\tI x\u0301 schön naïve café-and having havingg';
    assert.equal(withoutStopWords(text), plainRule(text));
    assert.equal(withoutStopWords(text).startsWith('THE-end. furthermore us'), true);
    for (const word of STOP_WORDS) assert.equal(withoutStopWords(`${word} ${word.toUpperCase()}, kafka`), 'kafka');
  });
});

describe('search state in the URL', () => {
  it('round-trips, with parameters in a fixed order and duplicates dropped', () => {
    const query = '?sort=salary&stack=go&level=staff&q=kafka&level=principal&level=staff&region=eu';
    const state = stateFromQuery(query);
    assert.deepEqual(state.filters.level, ['staff', 'principal']);
    assert.equal(queryFromState(state), '?q=kafka&level=staff&level=principal&region=eu&stack=go&sort=salary');
    assert.deepEqual(stateFromQuery(queryFromState(state)), state);
  });

  it('keeps one salary threshold: of several (older URLs, where any band matched), the lowest', () => {
    assert.deepEqual(stateFromQuery('?salary=150000&salary=100000&salary=x').filters.salary, ['100000']);
    assert.equal(queryFromState(stateFromQuery('?salary=150000&salary=100000')), '?salary=100000');
    assert.deepEqual(stateFromQuery('?salary=').filters.salary, []);
  });

  it('lists the active filters, and removes one or all of them', () => {
    const state = stateFromQuery('?q=kafka&level=staff&workplace=remote&level=principal');
    assert.deepEqual(activeFilters(state), [
      ['level', 'staff'],
      ['level', 'principal'],
      ['workplace', 'remote'],
    ]);
    assert.equal(queryFromState(withoutFilter(state, 'level', 'staff')), '?q=kafka&level=principal&workplace=remote');
    assert.equal(queryFromState(withoutFilter(state)), '?q=kafka');
  });

  it('ignores unknown sorts and parameters', () => {
    assert.equal(queryFromState(stateFromQuery('?sort=random&colour=blue&q=')), '');
  });

  it('orders by relevance only when there are words that are not stop words', () => {
    assert.equal(effectiveSort(stateFromQuery('')), 'newest');
    assert.equal(effectiveSort(stateFromQuery('?q=kafka')), 'relevance');
    assert.equal(effectiveSort(stateFromQuery('?q=the')), 'newest');
    assert.equal(effectiveSort(stateFromQuery('?q=kafka&sort=newest')), 'newest');
    assert.equal(effectiveSort(stateFromQuery('?sort=salary')), 'salary');
  });
});

describe('what the search page sends and suggests', () => {
  it('spells tags written with symbols Pagefind drops as the index holds them, and leaves other words alone', () => {
    assert.deepEqual(SYMBOL_WORDS, { 'c#': 'csharp', 'c++': 'cpp' });
    assert.equal(searchTerm('Senior C# and the C++ node.js', SYMBOL_WORDS), 'Senior csharp cpp node.js');
  });

  it('never hands Pagefind a word that starts like its markers', () => {
    assert.equal(
      pagefindSafe('a ___PAGEFIND_WEIGHT___9 b ____END_PAGEFIND_WEIGHT___ c__d'),
      'a __PAGEFIND_WEIGHT__9 b __END_PAGEFIND_WEIGHT__ c__d',
    );
  });

  it('suggests the closest word of the vocabulary for a misspelt one, with the stack tag it names', () => {
    const vocabulary = searchVocabulary(['DE', 'eu']);
    assert.equal(vocabulary['k8s'], 'kubernetes');
    assert.equal(vocabulary['germany'], '');
    assert.deepEqual(suggestion('kafak payments', vocabulary), { q: 'kafka payments', tag: 'kafka' });
    assert.deepEqual(suggestion('postgress', vocabulary), { q: 'postgres', tag: 'postgresql' });
    assert.deepEqual(suggestion('germny', vocabulary), { q: 'germany' });
    // Known words, short words, stop words and words far from every known one get no suggestion.
    assert.equal(suggestion('kafka ledger', vocabulary), undefined);
    assert.equal(suggestion('go of zzzzzz', vocabulary), undefined);
  });
});

describe('structured data in a script element', () => {
  it('escapes what could end the element or open a comment, and still parses to the same value', () => {
    const value = { title: '</script><script>alert(1)</script> <!-- & -->', note: 'line\u2028para\u2029end' };
    const json = scriptSafeJson(value);
    assert.equal(
      json,
      '{"title":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 --\\u003e","note":"line\\u2028para\\u2029end"}',
    );
    assert.deepEqual(JSON.parse(json), value);
  });
});
