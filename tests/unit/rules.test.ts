// One fixture file per rule of the posting and company formats, with the exact problems the
// validator must report for it: line, column, field and message.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { boardWith, fixture } from './helpers.ts';
import { sortProblems } from '../../src/board/problems.ts';

type Expected = [line: number, column: number, field: string, message: string];

const CASES: Array<{ behaviour: string; kind: 'jobs' | 'companies'; file: string; problems: Expected[] }> = [
  {
    behaviour: 'rejects a file name that is not a lowercase slug and suggests one',
    kind: 'jobs',
    file: 'Staff Engineer.md',
    problems: [
      [
        1,
        1,
        'file',
        'the file name is the posting\'s URL, so it must be lowercase letters, digits and single hyphens, at most 80 characters, then .md; character 1 is the capital letter "S". Rename it to staff-engineer.md',
      ],
    ],
  },
  {
    behaviour: 'rejects an http: apply link and offers the https: one',
    kind: 'jobs',
    file: 'apply-http.md',
    problems: [
      [
        19,
        8,
        'apply',
        'found "http://acme.example/careers/a1": only https: links are accepted; use https://acme.example/careers/a1',
      ],
    ],
  },
  {
    behaviour: 'rejects a javascript: apply link',
    kind: 'jobs',
    file: 'apply-javascript.md',
    problems: [
      [19, 8, 'apply', 'found "javascript:alert(1)": javascript: links are not accepted; use an https:// link'],
    ],
  },
  {
    behaviour: 'rejects an image in the body',
    kind: 'jobs',
    file: 'body-image.md',
    problems: [
      [
        26,
        1,
        'body',
        'images are not allowed (found "https://acme.example/d.png"); remove it, or link to it with [text](https://…)',
      ],
    ],
  },
  {
    behaviour: 'rejects raw HTML in the body',
    kind: 'jobs',
    file: 'body-raw-html.md',
    problems: [
      [
        26,
        1,
        'body',
        'raw HTML is not allowed (found "<script>alert(1)</script>"); write it as Markdown: **bold**, _italic_, lists, [links](https://…)',
      ],
    ],
  },
  {
    behaviour: 'rejects a body with fewer than 300 letters and digits',
    kind: 'jobs',
    file: 'body-too-short.md',
    problems: [
      [
        21,
        1,
        'body',
        'found 17 letters and digits of text; a posting description needs at least 300. Describe the team, the systems, the scale, on-call and the interview process',
      ],
    ],
  },
  {
    behaviour: 'rejects body links that are not https: or mailto:, each at its column',
    kind: 'jobs',
    file: 'body-unsafe-link.md',
    problems: [
      [
        26,
        17,
        'body',
        'link to "javascript:alert(1)" is not allowed; links must be complete https:// URLs or mailto: addresses',
      ],
      [26, 49, 'body', 'link to "/docs" is not allowed; links must be complete https:// URLs or mailto: addresses'],
    ],
  },
  {
    behaviour: 'accepts a file with a UTF-8 byte order mark and CRLF line endings',
    kind: 'jobs',
    file: 'bom-and-crlf.md',
    problems: [],
  },
  {
    behaviour: 'rejects a company with no file and suggests the closest slug',
    kind: 'jobs',
    file: 'company-unknown.md',
    problems: [
      [
        3,
        10,
        'company',
        'found "acme", but there is no content/companies/acme.md. Did you mean "acme-corp"? Use an existing company\'s slug or add the company\'s file',
      ],
    ],
  },
  {
    behaviour: 'rejects a date with a time of day',
    kind: 'jobs',
    file: 'date-with-time.md',
    problems: [
      [
        17,
        9,
        'posted',
        'found "2026-11-02T09:00:00Z": not a date in the form YYYY-MM-DD; write a real date as YYYY-MM-DD',
      ],
    ],
  },
  {
    behaviour: 'rejects a draft flag that is not true or false',
    kind: 'jobs',
    file: 'draft-not-boolean.md',
    problems: [[20, 8, 'draft', 'found "maybe" (text), but true or false is needed.']],
  },
  {
    behaviour:
      'rejects an open posting whose apply link differs from another only by host case, utm_ parameters and a trailing slash',
    kind: 'jobs',
    file: 'duplicate-apply-link.md',
    problems: [
      [
        19,
        8,
        'apply',
        "the same apply link as content/jobs/acme-corp-staff-backend-engineer.md; two open postings cannot share one. Link to this role's own page, or keep only one of the files",
      ],
    ],
  },
  {
    behaviour: 'rejects a second open posting with the same company and title, ignoring case and spacing',
    kind: 'jobs',
    file: 'duplicate-title.md',
    problems: [
      [
        2,
        8,
        'title',
        'content/jobs/acme-corp-staff-backend-engineer.md is an open posting with the same company and title; keep one, or make the titles say how the roles differ (team, product)',
      ],
    ],
  },
  {
    behaviour: 'rejects an unknown employment type and suggests the closest',
    kind: 'jobs',
    file: 'employment-type-invalid.md',
    problems: [
      [5, 17, 'employmentType', 'found "fulltime"; allowed: full-time, part-time, contract. Did you mean "full-time"?'],
    ],
  },
  {
    behaviour: 'rejects an equity flag written as text',
    kind: 'jobs',
    file: 'equity-not-boolean.md',
    problems: [[14, 9, 'equity', 'found "yes" (text), but true or false is needed.']],
  },
  {
    behaviour: 'rejects an expiry date before the posting date',
    kind: 'jobs',
    file: 'expires-before-posted.md',
    problems: [
      [
        18,
        10,
        'expires',
        'found 2026-11-01, which is not after posted (2026-11-02); set a closing date after the posting date',
      ],
    ],
  },
  {
    behaviour: 'rejects an expiry date more than 90 days after the posting date',
    kind: 'jobs',
    file: 'expires-too-late.md',
    problems: [
      [
        18,
        10,
        'expires',
        'found 2027-03-01, 119 days after posted (2026-11-02); a posting stays open at most 90 days, so set it on or before that',
      ],
    ],
  },
  {
    behaviour: 'rejects JavaScript front-matter without running it',
    kind: 'jobs',
    file: 'front-matter-js.md',
    problems: [
      [
        1,
        1,
        'front-matter',
        'front-matter in "js" is not accepted (it was not read or run); use YAML: a first line of exactly ---',
      ],
    ],
  },
  {
    behaviour: 'rejects a file without front-matter',
    kind: 'jobs',
    file: 'front-matter-missing.md',
    problems: [
      [1, 1, 'front-matter', 'no front-matter: the first line must be ---, followed by the fields, then a line ---'],
    ],
  },
  {
    behaviour: 'rejects front-matter that is never closed',
    kind: 'jobs',
    file: 'front-matter-unclosed.md',
    problems: [
      [1, 1, 'front-matter', 'the front-matter opened on line 1 is never closed; add a line --- after the last field'],
    ],
  },
  {
    behaviour: 'rejects an unknown interview step',
    kind: 'jobs',
    file: 'interview-invalid-step.md',
    problems: [
      [
        16,
        25,
        'interview[1]',
        'found "whiteboard"; allowed: take-home, pair-programming, live-coding, system-design, behavioral, trial-day.',
      ],
    ],
  },
  {
    behaviour: 'rejects a file that is not UTF-8 and names the line',
    kind: 'jobs',
    file: 'invalid-utf8.md',
    problems: [
      [24, 1, 'file', 'is not valid UTF-8 text (this line holds bytes in another encoding); save the file as UTF-8'],
    ],
  },
  {
    behaviour: 'rejects a level the board does not list and says which levels it lists',
    kind: 'jobs',
    file: 'level-not-listed.md',
    problems: [
      [
        4,
        8,
        'level',
        'found "lead"; allowed: senior, staff or principal (this board lists Senior, Staff and Principal backend roles only). Did you mean "staff"?',
      ],
    ],
  },
  {
    behaviour: 'rejects an office country that is not an ISO code',
    kind: 'jobs',
    file: 'office-country-invalid.md',
    problems: [
      [
        9,
        14,
        'offices[0].country',
        'found "Germany"; allowed: an ISO 3166-1 alpha-2 country code in capitals, such as DE, GB or US.',
      ],
    ],
  },
  {
    behaviour: 'requires offices for an onsite posting',
    kind: 'jobs',
    file: 'onsite-without-offices.md',
    problems: [
      [
        1,
        1,
        'offices',
        'missing: an onsite posting must list its offices; add e.g. offices: [{ city: Berlin, country: DE }]',
      ],
    ],
  },
  {
    behaviour: 'rejects a posting date after the build date',
    kind: 'jobs',
    file: 'posted-after-build-date.md',
    problems: [
      [
        17,
        9,
        'posted',
        'found 2026-12-01, after the build date 2026-11-28; set the day it is published (today or earlier), or mark it draft: true until then',
      ],
    ],
  },
  {
    behaviour: 'rejects 2026-02-30 instead of reading it as 2 March',
    kind: 'jobs',
    file: 'posted-impossible-date.md',
    problems: [
      [
        17,
        9,
        'posted',
        'found "2026-02-30": February 2026 has 28 days, so day 30 does not exist; write a real date as YYYY-MM-DD',
      ],
    ],
  },
  {
    behaviour: 'rejects unknown regions and lowercase country codes with suggestions',
    kind: 'jobs',
    file: 'remote-from-unknown-region.md',
    problems: [
      [
        7,
        14,
        'remoteFrom[0]',
        'found "eruope"; allowed: an ISO 3166-1 alpha-2 country code in capitals (DE, US) or a region: worldwide, eu, europe, dach, nordics, uk-ireland, north-america, latin-america, americas, middle-east, africa, emea, apac, asia, oceania. Did you mean "europe"?',
      ],
      [
        7,
        22,
        'remoteFrom[1]',
        'found "de"; allowed: an ISO 3166-1 alpha-2 country code in capitals (DE, US) or a region: worldwide, eu, europe, dach, nordics, uk-ireland, north-america, latin-america, americas, middle-east, africa, emea, apac, asia, oceania. Did you mean "DE"?',
      ],
    ],
  },
  {
    behaviour: 'requires remoteFrom for a remote posting',
    kind: 'jobs',
    file: 'remote-without-remote-from.md',
    problems: [
      [
        1,
        1,
        'remoteFrom',
        'missing: a remote posting must say where applicants may live; add e.g. remoteFrom: [eu, GB] (use [worldwide] if anywhere)',
      ],
    ],
  },
  {
    behaviour: 'rejects an unknown currency and suggests the closest',
    kind: 'jobs',
    file: 'salary-currency-invalid.md',
    problems: [
      [
        12,
        13,
        'salary.currency',
        'found "EURO"; allowed: USD, EUR, GBP, CAD, CHF, AUD, NZD, SEK, NOK, DKK, PLN, CZK, SGD, JPY, INR, BRL. Did you mean "EUR"?',
      ],
    ],
  },
  {
    behaviour: 'rejects an annual salary written in thousands',
    kind: 'jobs',
    file: 'salary-in-thousands.md',
    problems: [
      [
        10,
        8,
        'salary.min',
        'found 120 per year, which looks like an amount in thousands; write the full number, e.g. 120000',
      ],
    ],
  },
  {
    behaviour: 'rejects a salary range whose max is below its min',
    kind: 'jobs',
    file: 'salary-max-below-min.md',
    problems: [
      [
        11,
        8,
        'salary.max',
        'found 100000, which is below min (120000); max is the top of the range, so swap them or correct one',
      ],
    ],
  },
  {
    behaviour: 'requires a salary',
    kind: 'jobs',
    file: 'salary-missing.md',
    problems: [
      [
        1,
        1,
        'salary',
        'missing. The base pay range. Required: this board only lists postings that show their salary. Add it, e.g. salary: { min: 120000, max: 150000, currency: EUR, period: year }',
      ],
    ],
  },
  {
    behaviour: 'rejects a salary written as 120k',
    kind: 'jobs',
    file: 'salary-not-integer.md',
    problems: [
      [
        10,
        8,
        'salary.min',
        'found "120k" (text), but a number is needed. Write the full amount in digits only, without separators or k: 120000, not 120k or 120,000',
      ],
    ],
  },
  {
    behaviour: 'rejects an unknown salary period',
    kind: 'jobs',
    file: 'salary-period-invalid.md',
    problems: [[13, 11, 'salary.period', 'found "annual"; allowed: year, month, hour.']],
  },
  {
    behaviour: 'rejects a salary range whose max is more than twice its min',
    kind: 'jobs',
    file: 'salary-range-too-wide.md',
    problems: [
      [11, 8, 'salary.max', 'found 300000, more than 2 × min (120000); give an honest range with max at most 240000'],
    ],
  },
  {
    behaviour: 'rejects a stack that lists a tag twice',
    kind: 'jobs',
    file: 'stack-duplicate-tag.md',
    problems: [[15, 8, 'stack', 'lists "go" twice; each tag may appear once']],
  },
  {
    behaviour: 'rejects an empty stack',
    kind: 'jobs',
    file: 'stack-empty.md',
    problems: [[15, 8, 'stack', 'found 0 items; at least 1 is needed']],
  },
  {
    behaviour: 'rejects more than 12 stack tags',
    kind: 'jobs',
    file: 'stack-too-many.md',
    problems: [[15, 8, 'stack', 'found 13 items; at most 12 are allowed']],
  },
  {
    behaviour: 'rejects stack tags outside the vocabulary and suggests the tags meant',
    kind: 'jobs',
    file: 'stack-unknown-tag.md',
    problems: [
      [
        15,
        9,
        'stack[0]',
        'found "golang"; allowed: a tag from the stack vocabulary (CONTRIBUTING.md lists them all). Did you mean "go"?',
      ],
      [
        15,
        29,
        'stack[2]',
        'found "k8s"; allowed: a tag from the stack vocabulary (CONTRIBUTING.md lists them all). Did you mean "kubernetes"?',
      ],
    ],
  },
  {
    behaviour: 'rejects an MDX posting, which could run code at build time',
    kind: 'jobs',
    file: 'staff-engineer.mdx',
    problems: [
      [
        1,
        1,
        'file',
        'MDX can run code at build time, so a posting must be plain Markdown: rename it to staff-engineer.md and remove any import, export or JSX',
      ],
    ],
  },
  {
    behaviour: 'rejects an unknown status',
    kind: 'jobs',
    file: 'status-invalid.md',
    problems: [[20, 9, 'status', 'found "closed"; allowed: open, filled.']],
  },
  {
    behaviour: 'rejects a UTC offset below -12',
    kind: 'jobs',
    file: 'timezone-out-of-range.md',
    problems: [[8, 19, 'timezone.from', 'found -13; it must be at least -12']],
  },
  {
    behaviour: 'rejects a timezone window whose from is after its to',
    kind: 'jobs',
    file: 'timezone-reversed.md',
    problems: [[8, 19, 'timezone.from', 'found from: 3 after to: -1; from is the westernmost offset, so swap them']],
  },
  {
    behaviour: 'rejects a title with a direction-changing character',
    kind: 'jobs',
    file: 'title-bidi-override.md',
    problems: [
      [2, 8, 'title', 'contains an invisible or direction-changing character (U+202E) at position 7; delete it'],
    ],
  },
  {
    behaviour: 'rejects a title longer than 100 characters',
    kind: 'jobs',
    file: 'title-too-long.md',
    problems: [[2, 8, 'title', 'found 114 characters; at most 100 are allowed, so shorten it']],
  },
  {
    behaviour: 'rejects a title shorter than 5 characters',
    kind: 'jobs',
    file: 'title-too-short.md',
    problems: [[2, 8, 'title', 'found 3 characters; at least 5 are needed']],
  },
  {
    behaviour: 'rejects a file over 100 KB without parsing it',
    kind: 'jobs',
    file: 'too-large.md',
    problems: [[1, 1, 'file', 'is 109 KB; a posting file must be under 100 KB']],
  },
  {
    behaviour: 'rejects an unknown key and suggests the key meant',
    kind: 'jobs',
    file: 'unknown-key.md',
    problems: [
      [
        20,
        1,
        'sallary',
        'unknown field. Did you mean "salary"? Allowed here: title, company, level, employmentType, workplace, remoteFrom, offices, timezone, hours, salary, equity, visaSponsorship, stack, interview, posted, expires, status, apply, draft',
      ],
    ],
  },
  {
    behaviour: 'rejects an unknown workplace and suggests the closest',
    kind: 'jobs',
    file: 'workplace-invalid.md',
    problems: [[6, 12, 'workplace', 'found "on-site"; allowed: remote, hybrid, onsite. Did you mean "onsite"?']],
  },
  {
    behaviour: 'rejects YAML anchors and aliases at the first anchor, before any alias can blow up in size',
    kind: 'jobs',
    file: 'yaml-alias-bomb.md',
    problems: [
      [
        20,
        4,
        'front-matter',
        'found an anchor (&a); anchors and aliases (&name, *name) are not accepted, so write the value out in full, in quotes if it starts with & or *',
      ],
    ],
  },
  {
    behaviour: 'rejects custom YAML tags such as !!js/function',
    kind: 'jobs',
    file: 'yaml-custom-tag.md',
    problems: [
      [
        20,
        47,
        'front-matter',
        'the front-matter is not valid YAML: unknown tag !<tag:yaml.org,2002:js/function>; custom tags such as !!js/function are not accepted, write plain values',
      ],
    ],
  },
  {
    behaviour: 'rejects a key that appears twice',
    kind: 'jobs',
    file: 'yaml-duplicate-key.md',
    problems: [[20, 1, 'front-matter', '`level` is given twice, on lines 4 and 20; keep one']],
  },
  {
    behaviour: 'names a nested key given twice and both its lines',
    kind: 'jobs',
    file: 'yaml-duplicate-nested-key.md',
    problems: [[12, 3, 'front-matter', '`min` is given twice, on lines 10 and 12; keep one']],
  },
  {
    behaviour: 'names a key given twice in a flow mapping and its line',
    kind: 'jobs',
    file: 'yaml-duplicate-flow-key.md',
    problems: [[8, 23, 'front-matter', '`from` is given twice in the mapping on line 8; keep one']],
  },
  {
    behaviour: 'reports malformed YAML with its position',
    kind: 'jobs',
    file: 'yaml-malformed.md',
    problems: [
      [5, 1, 'front-matter', 'the front-matter is not valid YAML: missed comma between flow collection entries'],
    ],
  },
  {
    behaviour: 'rejects a logo that is not in public/',
    kind: 'companies',
    file: 'logo-missing.md',
    problems: [
      [
        6,
        7,
        'logo',
        'found "logos/acme-corp.svg", but there is no file public/logos/acme-corp.svg; add the image there or remove logo',
      ],
    ],
  },
  {
    behaviour: 'rejects an unknown company size',
    kind: 'companies',
    file: 'size-invalid.md',
    problems: [[4, 7, 'size', 'found 100; allowed: 1-10, 11-50, 51-200, 201-500, 501-1000, 1001-5000, 5001+.']],
  },
  {
    behaviour: 'rejects a company without a description on its closing line, a line the file has (found by fuzzing)',
    kind: 'companies',
    file: 'no-description.md',
    problems: [
      [
        5,
        1,
        'body',
        'found 0 letters and digits of text; a company description needs at least 40. Describe what the company builds and for whom',
      ],
    ],
  },
  {
    behaviour: 'rejects an unknown company key and suggests the key meant',
    kind: 'companies',
    file: 'unknown-key.md',
    problems: [
      [4, 1, 'websit', 'unknown field. Did you mean "website"? Allowed here: name, website, size, headquarters, logo'],
    ],
  },
  {
    behaviour: 'rejects an http: company website',
    kind: 'companies',
    file: 'website-http.md',
    problems: [
      [3, 10, 'website', 'found "http://acme.example": only https: links are accepted; use https://acme.example'],
    ],
  },
  // Issue 12: invisible characters, look-alike titles, private networks.
  {
    behaviour: 'rejects a title with a Hangul filler, a letter that draws nothing',
    kind: 'jobs',
    file: 'title-hangul-filler.md',
    problems: [
      [2, 8, 'title', 'contains an invisible or direction-changing character (U+3164) at position 23; delete it'],
    ],
  },
  {
    behaviour: 'rejects a second open posting whose title differs only in letter forms (fullwidth, bold) and spaces',
    kind: 'jobs',
    file: 'duplicate-title-lookalike.md',
    problems: [
      [
        2,
        8,
        'title',
        'content/jobs/acme-corp-staff-backend-engineer.md is an open posting with the same company and title; keep one, or make the titles say how the roles differ (team, product)',
      ],
    ],
  },
  {
    behaviour: 'rejects an apply link to an IP address, naming the address the URL parser reads',
    kind: 'jobs',
    file: 'apply-ip-address.md',
    problems: [
      [
        19,
        8,
        'apply',
        'found "https://2130706433/careers/ledger": the host is an IP address, 127.0.0.1 (a loopback address, which is this machine); link to the site by its domain name',
      ],
    ],
  },
  {
    behaviour: 'rejects a mailto: apply link whose domain the URL parser reads as an IP address (found by fuzzing)',
    kind: 'jobs',
    file: 'apply-mailto-short-ip.md',
    problems: [
      [
        19,
        8,
        'apply',
        'found "mailto:jobs@127.1": the host is an IP address, 127.0.0.1 (a loopback address, which is this machine); link to the site by its domain name',
      ],
    ],
  },
  {
    behaviour: 'rejects a direction-changing character in a link’s text, at its column',
    kind: 'jobs',
    file: 'body-link-text-bidi.md',
    problems: [
      [
        28,
        49,
        'body',
        'link text contains a direction-changing character (U+202E), which can make it read as another address; delete it',
      ],
    ],
  },
  {
    behaviour: 'quotes a value holding a direction-changing character with the character escaped',
    kind: 'jobs',
    file: 'level-bidi.md',
    problems: [
      [
        4,
        8,
        'level',
        'found "staff\\u202e"; allowed: senior, staff or principal (this board lists Senior, Staff and Principal backend roles only). Did you mean "staff"?',
      ],
    ],
  },
  {
    behaviour: 'rejects a company website on localhost',
    kind: 'companies',
    file: 'website-localhost.md',
    problems: [
      [
        3,
        10,
        'website',
        'found "https://jobs.localhost": the host jobs.localhost is the computer that opens the link; use the site\'s public address',
      ],
    ],
  },
];

describe('the validator, one fixture per rule', () => {
  for (const { behaviour, kind, file, problems } of CASES) {
    it(behaviour, () => {
      const added = fixture(kind, file);
      const board = boardWith(kind === 'jobs' ? { jobs: [added] } : { companies: [added] });
      const found = sortProblems(board.problems);
      assert.deepEqual(
        found.map((p) => p.file),
        found.map(() => added.path),
        'only the fixture file has problems',
      );
      assert.deepEqual(
        found.map((p): Expected => [p.line, p.column, p.field, p.message]),
        problems,
      );
    });
  }
});
