// Generators of contributor files for the fuzz test (tests/unit/fuzz.test.ts): postings and companies whose
// front-matter is built from YAML fragments and whose bodies are built from Markdown tokens, and SVG logos built
// from allowlisted and hostile elements, attributes, namespaces, CSS and XML constructs. Random strings rarely
// reach the parsers' corners, so every generator draws from the constructs that attacks and accidents use.

import fc from 'fast-check';
import {
  COMPANY_SIZES,
  COUNTRIES,
  CURRENCIES,
  EMPLOYMENT_TYPES,
  INTERVIEW_STEPS,
  LEVELS,
  REGIONS,
  SALARY_PERIODS,
  STACK_TAGS,
  WORKPLACES,
  keysOf,
} from '../../src/board/vocabulary.ts';

/** A whole file: its name under the board's root and its bytes. */
export interface GeneratedFile {
  path: string;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

// ---------------------------------------------------------------------------------------------------------------
// Text: the characters and fragments that break pages, feeds, terminals and parsers.

/** Characters the single-line rule refuses: controls, format and bidi characters, odd spaces, private use, lone halves. */
const REFUSED_CHARACTERS = [
  ...'\u0000\u0007\u0008\u001b\u007f\u0085\u009b\u00ad\u034f\u061c\u115f\u1160\u17b4\u180e\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202e\u2060\u2066\u2069\u206f\u2800\u3164\ufe0f\ufeff\uffa0\ufff9\ufffe\uffff\ue000\u1680\u2000\u200a\u205f\u3000\u{1d159}\u{1d173}\u{e0001}\u{e0041}\u{e01ef}\u{f0000}\u{10fffd}\u{1fffe}',
  // Unpaired halves of a surrogate pair, apart so that they do not pair up.
  '\ud800',
  '\udfff',
];

/** Visible text that looks like markup, entities, templates or escapes, or is outside Latin script. */
const VISIBLE_TRICKS = [
  '<script>window.__pwned=1</script>',
  '</script><script>window.__pwned=1</script>',
  '<img src=x onerror=window.__pwned=1>',
  '</title><svg onload=window.__pwned=1>',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[',
  '&',
  '&amp;',
  '&lt;b&gt;',
  '&#60;',
  '&#x3C;',
  '&#0;',
  '&quot;',
  '"',
  "'",
  '`',
  '\\',
  '\\u003c',
  '${globalThis.__pwned}',
  '{{7*7}}',
  '{% raw %}',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  'https://evil.example/',
  '%00',
  '%3Cscript%3E',
  '\u00a0',
  '\u202f',
  'ß',
  'İ',
  'ﬁ',
  'Ａ',
  '𝐀',
  'Ǆ',
  'а',
  'ω',
  'שלום',
  'العربية',
  '中文',
  'e\u0301',
  '\u0301',
  'ᾈ',
];

const WORDS = (
  'Staff Senior Principal Backend Engineer Payments Ledger Platform Data Search API Go team systems ' +
  'scale on-call interview'
).split(' ');

const word = fc.constantFrom(...WORDS);
const refused = fc.constantFrom(...REFUSED_CHARACTERS);
const trick = fc.constantFrom(...VISIBLE_TRICKS);

/** A short piece of text: words, tricks and, with `withRefused`, characters that a single-line value may not hold. */
function textPiece(withRefused: boolean): fc.Arbitrary<string> {
  const parts: Array<fc.WeightedArbitrary<string>> = [
    { weight: 6, arbitrary: word },
    { weight: 3, arbitrary: trick },
    { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '  ', ', ', ': ', ' - ', ' # ', '.') },
  ];
  if (withRefused) {
    // Emoji sequences joined by U+200D or styled by U+FE0F hold characters a single line may not.
    parts.push({ weight: 2, arbitrary: fc.oneof(refused, fc.constantFrom('👩‍💻', '🏳️‍🌈', '❤️')) });
    parts.push({ weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) });
  }
  return fc.oneof(...parts);
}

/** A value for a single-line field: mostly words, often markup or other scripts, sometimes refused characters. */
function lineText(withRefused: boolean, maxPieces = 8): fc.Arbitrary<string> {
  return fc.array(textPiece(withRefused), { minLength: 1, maxLength: maxPieces }).map((parts) => parts.join(' '));
}

/**
 * A file name in a content folder or public/logos/, without its extension: mostly `name`, sometimes one a slug may
 * not be (capitals, accents in either normal form, look-alike letters, controls, invisible characters, too long).
 */
export function fileStem(name: string): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constant(name) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        `${name}-2`,
        name.toUpperCase(),
        `${name}_x`,
        `${name}--x`,
        `-${name}`,
        `${name}-`,
        'a'.repeat(81),
        'crème',
        'cre\u0300me',
        'ｆｕｚｚ',
        'fuzzа',
        `${name}\u200b`,
        `\u202e${name}`,
        'fu\tzz',
        'fu\nzz',
        'fu\rzz',
        'back\\slash',
        '.hidden',
        '..',
        '',
        ' ',
        `${name}.md`,
        `${name}.svg`,
      ),
    },
    { weight: 1, arbitrary: lineText(true, 2).map((text) => text.replace(/\//g, '')) },
  );
}

/** An extension for a content file: mostly .md, sometimes one that is refused. */
export const contentExtension = fc.oneof(
  { weight: 12, arbitrary: fc.constant('.md') },
  { weight: 1, arbitrary: fc.constantFrom('.mdx', '.MD', '.markdown', '', '.md.txt', '.md ', '.ｍｄ', '.') },
);

// ---------------------------------------------------------------------------------------------------------------
// YAML: scalars in every quoting style, and fragments of the constructs the front-matter reader must refuse.

/**
 * A string as YAML writes it in one of its styles. With `exact`, only styles that read back as the same string;
 * otherwise also the plain and block styles, which may make it mean something else or nothing.
 */
function yamlScalar(value: string, exact = false): fc.Arbitrary<string> {
  const same = [
    JSON.stringify(value),
    `'${value.replace(/'/g, "''")}'`,
    `!!str ${JSON.stringify(value)}`,
    `|-\n  ${value}`,
  ];
  if (exact) return fc.constantFrom(...same);
  return fc.constantFrom(
    ...same,
    value,
    `|\n  ${value.replace(/\n/g, '\n  ')}`,
    `>-\n  ${value.replace(/\n/g, '\n  ')}`,
    `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
  );
}

/** How deeply a generated YAML value nests: around the limit of 12 and far past it. */
const depth = fc.oneof(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 15, max: 200 }));

/** A length around one of the reader's limits (keys 64, values 2,000), or far past it. */
const lengthNear = (limit: number) =>
  fc.oneof(fc.integer({ min: limit - 2, max: limit + 2 }), fc.integer({ min: 1, max: limit * 4 }));

const YAML_FRAGMENTS = [
  'x: &a [1, 2]',
  'x: &a [1, 2]\ny: *a',
  'base: &b { level: staff }\n<<: *b',
  '<<: { level: staff }',
  '<<: [{ level: staff }, { workplace: remote }]',
  'title: &t Staff Backend Engineer',
  'level: *undefined',
  'x: !!js/function "function () { globalThis.__pwned = 1 }"',
  'x: !!js/undefined ""',
  'x: !!js/regexp /a+/',
  'x: !!python/object/apply:os.system ["touch /tmp/pwned"]',
  'x: !!python/name:os.system',
  'x: !!binary aGVsbG8=',
  'x: !!set { a, b }',
  'x: !!omap [ a: 1, b: 2 ]',
  'x: !!pairs [ a: 1 ]',
  'x: !!timestamp 2026-11-20',
  'x: !<tag:yaml.org,2002:js/function> "x"',
  'x: !custom value',
  'x: !!str 1',
  'x: !!int "12"',
  'x: !!float .nan',
  'x: !!null ""',
  'x: !!bool yes',
  'x: !!map { a: 1 }',
  'x: !!seq [ a ]',
  '? [a, b]\n: c',
  '? a\n: b',
  '? |\n  block key\n: value',
  '[a, b]: c',
  '{ a: 1 }: b',
  'x: { [a]: b }',
  'x: [ { a: b }: c ]',
  'x: { ? a : b }',
  '__proto__: { polluted: true }',
  '__proto__:\n  polluted: true',
  'constructor: { prototype: { polluted: true } }',
  'prototype: 1',
  'hasOwnProperty: 1',
  'toString: x',
  'valueOf: 1',
  '%YAML 1.1',
  '%TAG ! tag:evil.example,2026:',
  '...',
  '--- ',
  '--- !!map',
  'x: |\n  a\n  b',
  'x: >-\n  a\n\n  b',
  'x: |0\n  a',
  'x: |-2\n    a',
  'x: "a\\\n  b"',
  "x: 'it''s'",
  'x: "\\x00\\a\\e\\N\\_\\L\\P\\u202e"',
  'x: "\\uD800"',
  'x: "\\U0010FFFF"',
  'x: "\\U00110000"',
  'x: "\\xZZ"',
  'x: [a, { b: [c, { d: e }] }]',
  'x:\n  - a\n  - [b, c]\n  - { d: e }',
  'x: { a: [1, 2], b: { c: d } }',
  'x: - a',
  'x: @at',
  'x: `tick',
  'x: %pct',
  '\tx: tab',
  'x:\ty',
  'x: 1e999',
  'x: -1e999',
  'x: 0x1F',
  'x: 0o17',
  'x: .inf',
  'x: 123456789012345678901234567890',
  'x: ~',
  'x: 2026-02-30',
  'x: 12:30:00',
  '# a comment',
  'x: y # comment',
  '#',
  'x',
  ':',
  ': x',
  '- a',
  '- - a',
  '[',
  '{',
  ']',
  '}',
  '"unclosed',
  "'unclosed",
  '|',
  '>',
  '&',
  '*',
  '!',
  '? ',
  'x: [a,, b]',
  'x: { a: 1, a: 2 }',
  'x: [*a]',
  'x: { *a : b }',
  'x: !!js/function >\n  function () {}',
  'x: "\u202e"',
  'x\u200b: 1',
  'ti\u0000tle: x',
  'x: \u0085',
  'x: \u2028',
];

const yamlFragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...YAML_FRAGMENTS) },
  {
    weight: 1,
    arbitrary: depth.map((n) => `x: ${'['.repeat(n)}${']'.repeat(n)}`),
  },
  {
    weight: 1,
    arbitrary: depth.map((n) => `x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}`),
  },
  {
    weight: 1,
    arbitrary: depth.map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1'),
  },
  {
    weight: 1,
    arbitrary: depth.map((n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}-`).join('\n') + ' 1'),
  },
  { weight: 1, arbitrary: lengthNear(64).map((n) => `${'k'.repeat(n)}: 1`) },
  { weight: 1, arbitrary: lengthNear(64).map((n) => `"${'k'.repeat(n)}": 1`) },
  { weight: 1, arbitrary: lengthNear(2000).map((n) => `x: ${'v'.repeat(n)}`) },
  { weight: 1, arbitrary: lengthNear(2000).map((n) => `x: "${'\\u0041'.repeat(n)}"`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 6000 }).map((n) => `x: [${Array(n).fill('1').join(',')}]`) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 400 })
      .map((n) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n')),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1200 }).map((n) => '#\n'.repeat(n).trimEnd()) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
);

// ---------------------------------------------------------------------------------------------------------------
// Postings and companies: valid ones, then one field at a time made hostile.

const VALID_TITLE_WORDS = fc.array(word, { minLength: 2, maxLength: 6 }).map((w) => w.join(' '));

/** A title the schema accepts that still holds markup, entities, other scripts or emoji. */
const trickyTitle = fc
  .tuple(VALID_TITLE_WORDS, fc.array(trick, { maxLength: 3 }))
  .map(([words, tricks]) => [words, ...tricks].join(' ').slice(0, 100).trim())
  .filter((title) => title.length >= 5);

const day = (base: string, offset: number): string => {
  const date = new Date(`${base}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

/** One line, or block, of front-matter: a key and its value as written in the file. */
type Field = [key: string, yaml: string];

/** A posting's fields, every one valid, written in a mix of YAML styles. */
function validPostingFields(company: fc.Arbitrary<string>): fc.Arbitrary<Field[]> {
  const levels = keysOf(LEVELS);
  const places = [...keysOf(COUNTRIES), ...keysOf(REGIONS)];
  return fc
    .record({
      title: fc.oneof(VALID_TITLE_WORDS, trickyTitle).chain((title) => yamlScalar(title, true)),
      company,
      level: fc.constantFrom(...levels),
      employmentType: fc.constantFrom(...keysOf(EMPLOYMENT_TYPES)),
      workplace: fc.constantFrom(...keysOf(WORKPLACES)),
      places: fc.uniqueArray(fc.constantFrom(...places), { minLength: 1, maxLength: 5 }),
      city: fc.oneof(fc.constantFrom('Berlin', 'New York', 'São Paulo', 'Zürich', 'Tel Aviv'), trickyTitle),
      region: fc.option(fc.oneof(fc.constantFrom('Bavaria', 'Texas', 'Québec', 'New South Wales'), trickyTitle), {
        nil: undefined,
      }),
      postalCode: fc.option(
        fc.constantFrom('10115', '02110', 'SW1A 1AA', '94103-1234', 'K1A 0B1', 'LV-1050', '01310-100', '100-0001'),
        { nil: undefined },
      ),
      country: fc.constantFrom(...keysOf(COUNTRIES)),
      currency: fc.constantFrom(...keysOf(CURRENCIES)),
      period: fc.constantFrom(...keysOf(SALARY_PERIODS)),
      min: fc.integer({ min: 1000, max: 400_000 }),
      spread: fc.double({ min: 1, max: 2, noNaN: true }),
      stack: fc.uniqueArray(fc.constantFrom(...keysOf(STACK_TAGS)), { minLength: 1, maxLength: 12 }),
      interview: fc.array(fc.constantFrom(...keysOf(INTERVIEW_STEPS)), { minLength: 1, maxLength: 4 }),
      posted: fc.integer({ min: 0, max: 27 }).map((d) => day('2026-11-01', d)),
      open: fc.integer({ min: 1, max: 90 }),
      apply: fc.oneof(
        fc
          .tuple(fc.nat(), fc.webPath())
          .map(([n, path]) => `https://fuzz.example/jobs/${n}${path.replace(/[^\w/-]/g, '')}`),
        fc.constant('mailto:jobs@fuzz.example'),
      ),
      equity: fc.option(fc.boolean(), { nil: undefined }),
      flow: fc.boolean(),
    })
    .map((p) => {
      const fields: Field[] = [
        ['title', p.title],
        ['company', p.company],
        ['level', p.level],
        ['employmentType', p.employmentType],
        ['workplace', p.workplace],
      ];
      if (p.workplace === 'remote') fields.push(['remoteFrom', `[${p.places.join(', ')}]`]);
      else {
        // Postal codes are always quoted: YAML would read 02110 as a number.
        const office: Array<[string, string]> = [
          ['city', JSON.stringify(p.city)],
          ...(p.region === undefined ? [] : [['region', JSON.stringify(p.region)] as [string, string]]),
          ...(p.postalCode === undefined ? [] : [['postalCode', JSON.stringify(p.postalCode)] as [string, string]]),
          ['country', p.country],
        ];
        fields.push([
          'offices',
          p.flow
            ? `[{ ${office.map(([key, value]) => `${key}: ${value}`).join(', ')} }]`
            : `\n  - ${office.map(([key, value]) => `${key}: ${value}`).join('\n    ')}`,
        ]);
      }
      const min = p.period === 'hour' ? Math.max(1, Math.round(p.min / 2000)) : p.min;
      const max = Math.floor(min * p.spread);
      fields.push([
        'salary',
        p.flow
          ? `{ min: ${min}, max: ${max}, currency: ${p.currency}, period: ${p.period} }`
          : `\n  min: ${min}\n  max: ${max}\n  currency: ${p.currency}\n  period: ${p.period}`,
      ]);
      fields.push(['stack', p.flow ? `[${p.stack.join(', ')}]` : `\n${p.stack.map((s) => `  - ${s}`).join('\n')}`]);
      if (p.equity !== undefined) fields.push(['equity', String(p.equity)]);
      fields.push(['interview', `[${p.interview.join(', ')}]`]);
      fields.push(['posted', p.posted]);
      fields.push(['expires', day(p.posted, p.open)]);
      fields.push(['apply', p.apply]);
      return fields;
    });
}

/** A company's fields, every one valid. */
function validCompanyFields(logo: string | undefined): fc.Arbitrary<Field[]> {
  return fc
    .record({
      name: fc.oneof(fc.constantFrom('Fuzz Co', 'Acme & Sons', '"Quoted" Ltd'), trickyTitle).map((n) => n.slice(0, 80)),
      website: fc.constantFrom(
        'https://fuzz.example',
        'https://fuzz.example/about?x=1#y',
        'https://xn--fzz-0ra.example',
      ),
      size: fc.option(fc.constantFrom(...keysOf(COMPANY_SIZES)), { nil: undefined }),
      headquarters: fc.option(fc.constantFrom('Berlin, Germany', 'Remote', 'Tōkyō'), { nil: undefined }),
    })
    .chain((c) =>
      yamlScalar(c.name, true).map((name) => {
        const fields: Field[] = [
          ['name', name],
          ['website', c.website],
        ];
        if (c.size) fields.push(['size', JSON.stringify(c.size)]);
        if (c.headquarters) fields.push(['headquarters', c.headquarters]);
        if (logo) fields.push(['logo', logo]);
        return fields;
      }),
    );
}

/** A hostile value for a field: text with refused characters, another type, or a YAML construct. */
const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: lineText(true).chain(yamlScalar) },
  { weight: 2, arbitrary: lineText(false, 30).chain(yamlScalar) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '~',
      'null',
      'true',
      '0',
      '-1',
      '1.5',
      '1e400',
      '[]',
      '{}',
      '[a, b]',
      '{ a: b }',
      '"2026-02-30"',
      '2026-13-01',
      'Staff',
      'STAFF',
      'remote ',
      '&a x',
      '*a',
      '!!js/function "f"',
      '|\n  a\n  b',
      'https://127.0.0.1/',
      'https://localhost/',
      'https://intranet/',
      'http://fuzz.example/',
      'javascript:alert(1)',
      'mailto:a@10.0.0.1',
      'https://user:pass@fuzz.example/',
      'https://fuzz.example/\u202e',
      '{ min: 100, max: 99, currency: EUR, period: year }',
      '{ min: 1, max: 2, currency: EUR, period: year }',
      '{ min: 100000, max: 300000, currency: XXX, period: week }',
      '{ from: 5, to: -5 }',
      '[go, go]',
      '[{ city: "\u202eBerlin", country: DE }]',
      '[{ city: Austin, region: "Tex\u200bas", country: US }]',
      '[{ city: Berlin, postalCode: "101\u202e15", country: DE }]',
    ),
  },
  { weight: 1, arbitrary: yamlFragment.map((f) => `\n  ${f.replace(/\n/g, '\n  ')}`) },
);

/** A key that is not a field name: misspelt, invisible, a prototype property, long or odd. */
const hostileKey = fc.oneof(
  fc.constantFrom('titel', 'Title', 'title ', '__proto__', 'constructor', 'x', '"quoted key"', "'it''s'", '1', 'null'),
  lineText(true, 2).map((k) => JSON.stringify(k)),
);

/** Values of the right type that break a rule between fields or a bound: the schema's own checks. */
const WRONG_VALUES: Readonly<Record<string, readonly string[]>> = {
  title: ['Dev', 'x'.repeat(101), ' Staff Backend Engineer', 'Staff Backend Engineer '],
  company: ['Fuzz-Co', 'fuzz--co', 'no-such-company', 'x'.repeat(81)],
  level: ['junior', 'Staff', 'lead'],
  workplace: ['remote', 'hybrid', 'onsite', 'on-site'],
  remoteFrom: ['[]', '[eu, eu]', '[EU]', '[xx]', '[worldwide, GB]', '[uk]'],
  offices: [
    '[]',
    `[${Array(21).fill('{ city: Berlin, country: DE }').join(', ')}]`,
    '[{ city: B, country: de }]',
    '[{ city: Austin, region: T, country: US }]',
    `[{ city: Austin, region: ${'x'.repeat(61)}, country: US }]`,
    '[{ city: Boston, postalCode: 02110, country: US }]',
    '[{ city: Berlin, postalCode: "<b>10115</b>", country: DE }]',
    '[{ city: Berlin, postalCode: "1011510115101", country: DE }]',
    '[{ city: Berlin, postalCode: "10115 ", country: DE }]',
  ],
  salary: [
    '{ min: 150000, max: 120000, currency: EUR, period: year }',
    '{ min: 100000, max: 300000, currency: EUR, period: year }',
    '{ min: 120, max: 150, currency: EUR, period: year }',
    '{ min: 50, max: 60, currency: EUR, period: month }',
    '{ min: 0, max: 1, currency: EUR, period: hour }',
    '{ min: 1.5, max: 2, currency: EUR, period: hour }',
    '{ min: 120000, max: 150000, currency: eur, period: year }',
    '{ min: 120000, max: 150000, currency: EUR }',
    '{ min: 120000, max: 150000, currency: EUR, period: year, bonus: 1 }',
    '{ min: "120k", max: 150000, currency: EUR, period: year }',
  ],
  stack: ['[]', '[go, go]', '[golang]', `[${keysOf(STACK_TAGS).slice(0, 13).join(', ')}]`],
  interview: ['[]', '[take-home, onsite]', `[${Array(11).fill('behavioral').join(', ')}]`],
  posted: ['2026-11-29', '2099-01-01', '2026-02-30', '2026-11-1', '20261101'],
  expires: ['2026-10-01', '2026-11-01', '2027-12-31', '2026-02-29'],
  apply: [
    'https://fuzz.example',
    'HTTPS://FUZZ.EXAMPLE/JOBS',
    'mailto:jobs@127.1',
    'mailto:a@b',
    'https://fuzz.example/a b',
  ],
  equity: ['yes', '"true"', '1'],
  name: ['X', 'x'.repeat(81), ' Fuzz Co'],
  website: [
    'http://fuzz.example',
    'https://localhost',
    'fuzz.example',
    'https://fuzz.example/\u202e',
    'mailto:a@fuzz.example',
  ],
  size: ['"10-50"', '5000+', '1-10'],
  headquarters: ['B', ' Berlin', 'Berlin\u200b'],
  logo: [
    'logos/other.svg',
    'logos/fuzz-co.gif',
    '/logos/fuzz-co.svg',
    'logos/../fuzz-co.svg',
    'public/logos/fuzz-co.svg',
  ],
};

/** Fields that break a rule of the schema: a wrong value, or a timezone or status that an open posting may have. */
function wrongFields(list: Field[]): fc.Arbitrary<Field[]> {
  const keys = list.map(([key]) => key).filter((key) => Object.hasOwn(WRONG_VALUES, key));
  return fc.oneof(
    fc
      .constantFrom(...keys)
      .chain((key) => fc.constantFrom(...WRONG_VALUES[key]!).map((value): Field => [key, value]))
      .map(([key, value]) => list.map((f): Field => (f[0] === key ? [key, value] : f))),
    fc
      .constantFrom('{ from: 3, to: -3 }', '{ from: -1, to: 2 }', '{ from: 1.3, to: 2 }', '{ from: -13, to: 15 }')
      .map((value): Field[] => [...list, ['timezone', value]]),
    fc.constantFrom('filled', 'open', 'closed').map((value): Field[] => [...list, ['status', value]]),
    fc.constantFrom('true', 'false').map((value): Field[] => [...list, ['draft', value]]),
  );
}

/**
 * Fields with one change: a value made hostile or wrong, a field dropped, duplicated, added or replaced by a
 * YAML fragment.
 */
function mutated(fields: fc.Arbitrary<Field[]>): fc.Arbitrary<Field[]> {
  return fields.chain((list) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(list) },
      { weight: 3, arbitrary: wrongFields(list) },
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.nat({ max: list.length - 1 }), hostileValue)
          .map(([i, value]) => list.map((f, j): Field => (j === i ? [f[0], value] : f))),
      },
      { weight: 1, arbitrary: fc.nat({ max: list.length - 1 }).map((i) => list.filter((_, j) => j !== i)) },
      { weight: 1, arbitrary: fc.nat({ max: list.length - 1 }).map((i) => [...list, list[i]!]) },
      {
        weight: 1,
        arbitrary: fc.tuple(hostileKey, hostileValue).map(([key, value]): Field[] => [...list, [key, value]]),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.nat({ max: list.length }), yamlFragment)
          .map(([i, fragment]): Field[] => [...list.slice(0, i), ['', fragment], ...list.slice(i)]),
      },
    ),
  );
}

function yamlOf(fields: readonly Field[]): string {
  return fields
    .map(([key, value]) => (key === '' ? value : `${key}:${value.startsWith('\n') ? '' : ' '}${value}`))
    .join('\n');
}

/** How the file around the front-matter is laid out: delimiters, byte order mark, line endings. */
interface Envelope {
  open: string;
  close: string;
  bom: boolean;
  lineEnding: string;
}

const envelope: fc.Arbitrary<Envelope> = fc.record({
  open: fc.oneof(
    { weight: 12, arbitrary: fc.constant('---') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '---yaml',
        '--- yaml',
        '---js',
        '--- javascript',
        '---coffee',
        '---json',
        '---toml',
        '+++',
        '----',
        '--- # comment',
        '---\t',
        ' ---',
        '',
      ),
    },
  ),
  close: fc.oneof(
    { weight: 12, arbitrary: fc.constant('---') },
    { weight: 1, arbitrary: fc.constantFrom('--- x', '...', '----', '', '---\t', '--- ---') },
  ),
  bom: fc.boolean(),
  lineEnding: fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'),
});

// ---------------------------------------------------------------------------------------------------------------
// Markdown: tokens of every construct the renderer meets.

/** Scheme spellings a link may hide behind: entities, case, controls, percent-encoding, and the safe ones. */
const SCHEMES = [
  'https://',
  'https://',
  'https://',
  'HTTPS://',
  'hTtPs://',
  'mailto:',
  'MailTo:',
  'http://',
  'javascript:',
  'JaVaScRiPt:',
  'javascript&#58;',
  'javascript&colon;',
  '&#106;avascript:',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;',
  'java&#x73;cript:',
  'java&#X73;cript&#x3a;',
  'jav&#x09;ascript:',
  'jav&Tab;ascript:',
  'java\tscript:',
  'java%73cript:',
  ' javascript:',
  '\u0001javascript:',
  'javascript\u0000:',
  'vbscript:',
  'VBScript:',
  'data:',
  'data:text/html;base64,PHNjcmlwdD4=',
  'file://',
  'ftp://',
  'blob:',
  'about:',
  'intent://',
  'https&#58;//',
  'https:',
  'https:\\\\',
  'https:/',
  '//',
  '/',
  '\\\\',
  '#',
  '?',
  '',
];

const HOSTS = [
  'fuzz.example',
  'fuzz.example',
  'sub.fuzz.example:8443',
  'localhost',
  'app.localhost',
  '127.0.0.1',
  '2130706433',
  '0x7f.1',
  '0177.0.0.1',
  '127.1',
  '[::1]',
  '[::ffff:127.0.0.1]',
  '169.254.169.254',
  '10.0.0.5',
  'intranet',
  'wiki.corp',
  'nas.local',
  'hr.internal',
  'xn--80ak6aa92e.example',
  'аpple.example',
  'user:pass@fuzz.example',
  'evil.example%2F@fuzz.example',
  'fuzz.example\\@evil.example',
  'fuzz.example.',
  'a..example',
  '',
  '[',
];

const PATHS = [
  '',
  '/',
  '/jobs/1',
  '/a?b=c&d=e#f',
  '/%2e%2e/',
  '/a b',
  '/(x)',
  '/<x>',
  '/"x"',
  "/'x'",
  '/\u202e',
  '/&amp;x',
];

/** A link target as written in Markdown, in every scheme spelling. */
const linkTarget: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SCHEMES), fc.constantFrom(...HOSTS), fc.constantFrom(...PATHS))
  .map(([scheme, host, path]) =>
    /^mailto:$/i.test(scheme)
      ? `${scheme}jobs@${host.replace(/^.*@/, '')}`
      : /^[a-z]+:$/i.test(scheme) && !scheme.startsWith('http')
        ? `${scheme}window.__pwned=1`
        : `${scheme}${host}${path}`,
  );

const linkTitle = fc.constantFrom(
  '',
  ' "title"',
  " 'title'",
  ' (title)',
  ' "<script>x</script>"',
  ' "a &quot; b"',
  ' "unclosed',
);
const linkText = fc.oneof(
  lineText(false, 3),
  fc.constantFrom(
    '`code`',
    '**bold**',
    '[nested](https://fuzz.example/)',
    '![img](https://fuzz.example/x.png)',
    '<b>',
    '\\]',
    '\u202eelpmaxe\u202c',
    'https://fuzz.example',
  ),
);
const referenceLabel = fc.constantFrom(
  'r',
  'R',
  'ref one',
  'Ref  One',
  'ẞ',
  'ss',
  'ß',
  '\u202er',
  'a]b',
  '*r*',
  'r\\]',
);

const inlineLink = fc
  .tuple(linkText, linkTarget, linkTitle, fc.boolean())
  .map(([text, target, title, angle]) => `[${text}](${angle ? `<${target}>` : target}${title})`);
const image = fc.tuple(linkText, linkTarget, linkTitle).map(([text, target, title]) => `![${text}](${target}${title})`);
const referenceUse = fc
  .tuple(linkText, referenceLabel, fc.constantFrom('full', 'collapsed', 'shortcut', 'image'))
  .map(([text, label, kind]) =>
    kind === 'full'
      ? `[${text}][${label}]`
      : kind === 'collapsed'
        ? `[${label}][]`
        : kind === 'image'
          ? `![${label}]`
          : `[${label}]`,
  );
const referenceDefinition = fc
  .tuple(referenceLabel, linkTarget, linkTitle, fc.constantFrom('', '   ', '\n'))
  .map(([label, target, title, gap]) => `\n\n[${label}]:${gap}${target}${title}\n\n`);
const autolink = fc.oneof(
  linkTarget.map((t) => `<${t}>`),
  fc.constantFrom(
    '<jobs@fuzz.example>',
    '<jobs@localhost>',
    '<a@10.0.0.1>',
    '<javascript:alert(1)>',
    'https://fuzz.example/bare',
    'www.fuzz.example',
  ),
);

const RAW_HTML = [
  '<script>window.__pwned=1</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=window.__pwned=1>',
  '<svg/onload=window.__pwned=1>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<style>body{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<form action="https://evil.example/"><input name=p></form>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=https://evil.example/ style="position:fixed">x</a>',
  '<details open ontoggle=window.__pwned=1>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<object data="x.swf">',
  '<embed src=x>',
  '<template><script>x</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<div>',
  '</div>',
  '<custom-element>',
  '<x-y z=1/>',
  '<p',
  '<a href="',
  '</',
  '<!-- comment -->',
  '<!-- unclosed',
  '<!---->',
  '<![CDATA[ <script>x</script> ]]>',
  '<?php system("id"); ?>',
  '<!DOCTYPE html>',
  '<br>',
  '<b>bold</b>',
  '<scr<script>ipt>',
  '<a\nhref="javascript:alert(1)">',
  '<img\tsrc=x\tonerror=alert(1)>',
  '<\u0000script>',
];

const ENTITIES = [
  '&amp;',
  '&lt;script&gt;',
  '&#60;script&#62;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999;',
  '&#x202E;',
  '&#x200B;',
  '&nbsp;',
  '&ThickSpace;',
  '&NotAnEntity;',
  '&#X3C;',
  '&colon;',
  '&NewLine;',
  '&Tab;',
  '&',
  '&#',
  '&#x;',
  '&amp',
];

const INVISIBLE_OR_BIDI = [
  '\u202e',
  '\u202d',
  '\u202a',
  '\u202c',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u00ad',
  '\ufeff',
  '\u2028',
  '\u0000',
  '\u000b',
  '\u000c',
  '\u0085',
  '\ud800',
];

const PROSE =
  'The ledger team owns the double-entry ledger behind every payment, about two thousand writes a second at peak, ' +
  'on Go and PostgreSQL, with an on-call rotation of one week in six. We interview with a system design session ' +
  'and a conversation with two engineers, and answer every applicant within two weeks.';

/** Inline and block constructs that the validator accepts: they must render, and render safely. */
const acceptedToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: word.map((w) => `${w} `) },
  { weight: 2, arbitrary: trick.map((t) => `\`${t.replace(/`/g, '')}\``) },
  { weight: 1, arbitrary: fc.constantFrom(...ENTITIES) },
  { weight: 1, arbitrary: fc.constantFrom('\\<script>', '\\[x](javascript:alert(1))', '\\&amp;', '\\\\', '\\*') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('*', '_', '**', '__', '***', '`', '``', '~~', '[', ']', '(', ')', '!', '<', '>'),
  },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '  \n', '\\\n') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('\n# ', '\n## ', '\n###### ', '\n####### ', '\n===\n', '\n---\n', '\n***\n'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('\n- ', '\n* ', '\n+ ', '\n1. ', '\n2) ', '\n99999999. ', '\n> ', '\n> > > ', '\n    '),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('', 'js', 'html', '<b>', '"x"', '`'), trick)
      .map(([info, t]) => `\n\`\`\`${info}\n${t}\n\`\`\`\n`),
  },
  { weight: 1, arbitrary: trick.map((t) => `\n~~~\n${t}\n~~~\n`) },
  { weight: 1, arbitrary: trick.map((t) => `\n\n    ${t}\n\n`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(VALID_TITLE_WORDS, fc.constantFrom('`<b>`', '**bold**', '_it_', 'https://fuzz.example', '&lt;b&gt;')),
        fc.constantFrom('https://fuzz.example/a', 'mailto:jobs@fuzz.example', 'https://fuzz.example/(x)'),
      )
      .map(([text, target]) => `[${text}](${target}) `),
  },
  { weight: 1, arbitrary: fc.constantFrom('<https://fuzz.example/x>', '<jobs@fuzz.example>') },
  // Right-to-left text, with direction-changing characters: accepted away from links, refused beside one.
  { weight: 1, arbitrary: fc.constantFrom('שלום ', '\u200fעברית\u200f\n\n', '\n\n\u202eabc\u202c\n\n', 'العربية ') },
);

/** Every construct, accepted or not: raw HTML, images, unsafe links, invisible characters, long runs. */
const anyToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: acceptedToken },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_HTML) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_HTML).map((h) => `\n\n${h}\n\n`) },
  { weight: 3, arbitrary: inlineLink },
  { weight: 1, arbitrary: image },
  { weight: 2, arbitrary: referenceUse },
  { weight: 2, arbitrary: referenceDefinition },
  { weight: 2, arbitrary: autolink },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE_OR_BIDI) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          '[',
          ']',
          '*a',
          '_a',
          '`a',
          '<',
          '> ',
          '- ',
          '1. ',
          '&amp;',
          '\\',
          'a ',
          '[a](',
          '![',
          '\u202e',
          '](',
          '*',
          '**a',
          '<a>',
          '\n',
          '\n\n',
          '|',
          '# ',
          '[x]: ',
        ),
        fc.integer({ min: 10, max: 3000 }),
      )
      .map(([token, count]) => token.repeat(count)),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
);

/** A body the validator is likely to accept: enough prose for the length rule, and constructs it allows. */
export const acceptedBody: fc.Arbitrary<string> = fc
  .array(acceptedToken, { maxLength: 60 })
  .map((tokens) => `${PROSE}\n\n${tokens.join('')}\n\n${PROSE}\n`);

/** A body of any construct, with or without enough prose. */
export const anyBody: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(anyToken, { maxLength: 60 }))
  .map(([prose, tokens]) => `${prose ? `${PROSE}\n\n` : ''}${tokens.join('')}\n`);

// ---------------------------------------------------------------------------------------------------------------
// Whole content files.

/** What a generated posting or company is meant to be: likely accepted, or any mix of hostile parts. */
export type Intent = 'likely-accepted' | 'hostile';

function contentFile(fields: Field[], body: string, layout: fc.Arbitrary<Envelope>): fc.Arbitrary<string> {
  return layout.map(({ open, close, bom, lineEnding }) => {
    const text = `${bom ? '\ufeff' : ''}${open}\n${yamlOf(fields)}\n${close}\n${body}`;
    return lineEnding === '\n' ? text : text.replace(/\r?\n/g, lineEnding);
  });
}

const plainEnvelope = envelope.map((e) => ({
  ...e,
  open: '---',
  close: '---',
  lineEnding: e.lineEnding === '\r' ? '\n' : e.lineEnding,
}));

/** The text of a posting file for a company slug: likely accepted, or hostile in its fields, layout and body. */
export function postingText(company: string, intent: Intent): fc.Arbitrary<string> {
  const fields = validPostingFields(fc.constant(company));
  if (intent === 'likely-accepted') {
    return fc.tuple(fields, acceptedBody).chain(([f, body]) => contentFile(f, body, plainEnvelope));
  }
  return fc.tuple(mutated(fields), anyBody).chain(([f, body]) => contentFile(f, body, envelope));
}

/** The text of a company file, with its logo at `logo` (under public/) when given. */
export function companyText(logo: string | undefined, intent: Intent): fc.Arbitrary<string> {
  const fields = validCompanyFields(logo);
  const description = `${PROSE.slice(0, 200)}\n`;
  if (intent === 'likely-accepted') {
    return fc
      .tuple(fields, fc.array(acceptedToken, { maxLength: 20 }))
      .chain(([f, tokens]) => contentFile(f, `${description}${tokens.join('')}\n`, plainEnvelope));
  }
  return fc
    .tuple(mutated(fields), fc.array(anyToken, { maxLength: 20 }))
    .chain(([f, tokens]) => contentFile(f, `${description}${tokens.join('')}\n`, envelope));
}

/** A file whose front-matter is any mix of YAML fragments and hostile fields, for the front-matter reader alone. */
export const frontMatterText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: yamlFragment },
        { weight: 1, arbitrary: fc.tuple(hostileKey, hostileValue).map(([key, value]) => yamlOf([[key, value]])) },
      ),
      { minLength: 1, maxLength: 12 },
    ),
    envelope,
  )
  .map(([fragments, { open, close, bom, lineEnding }]) => {
    const text = `${bom ? '\ufeff' : ''}${open}\n${fragments.join('\n')}\n${close}\n${PROSE}\n`;
    return lineEnding === '\n' ? text : text.replace(/\r?\n/g, lineEnding);
  });

// ---------------------------------------------------------------------------------------------------------------
// SVG: elements, attributes and namespaces from the allowlist and far outside it.

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

const DRAWING = (
  'g defs symbol use title desc path rect circle ellipse line polyline polygon text tspan textPath ' +
  'linearGradient radialGradient stop pattern clipPath mask marker filter feGaussianBlur feOffset ' +
  'feFlood feComposite feMerge feMergeNode feBlend feColorMatrix feComponentTransfer feFuncA ' +
  'feMorphology feDropShadow'
).split(' ');
const HOSTILE_ELEMENTS = (
  'script SCRIPT foreignObject image feImage a animate set animateTransform animateMotion mpath discard ' +
  'handler listener iframe embed object cursor font-face glyph switch metadata style view solidcolor ' +
  'unknown svg h:script h:iframe h:meta h:style m:math x:script x:svg s:script s:a s:foreignObject ' +
  'inkscape:page sodipodi:namedview rdf:RDF'
).split(' ');

const NAMESPACE_DECLARATIONS = [
  `xmlns:xlink="${XLINK_NS}"`,
  `xmlns:s="${SVG_NS}"`,
  'xmlns:h="http://www.w3.org/1999/xhtml"',
  'xmlns:m="http://www.w3.org/1998/Math/MathML"',
  'xmlns:x="http://evil.example/ns"',
  'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"',
  'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"',
  'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
  'xmlns="http://www.w3.org/1999/xhtml"',
  `xmlns="${SVG_NS}"`,
  'xmlns=""',
  'xmlns:xlink="http://evil.example/not-xlink"',
];

const SVG_ATTRIBUTE_NAMES = (
  'fill stroke stroke-width opacity fill-opacity fill-rule stroke-dasharray stop-color offset d x y ' +
  'width height cx cy r rx points viewBox transform gradientTransform gradientUnits preserveAspectRatio ' +
  'clip-path mask filter marker-end font-family font-size font-weight text-anchor stdDeviation in in2 ' +
  'result operator mode type values dx dy role aria-label aria-labelledby aria-hidden lang id id class ' +
  'style href xlink:href xml:space xml:lang data-name version'
).split(' ');
const HOSTILE_ATTRIBUTE_NAMES = (
  'onload ONCLICK onbegin onmouseover h:onclick x:onload xml:base xlink:title xlink:show x:href s:href ' +
  'h:href src srcdoc formaction begin attributeName to from target requiredExtensions systemLanguage ' +
  'externalResourcesRequired inkscape:label sodipodi:type unknown-attribute cursor behavior xmlns:q'
).split(' ');

const COLOURS = [
  'red',
  '#e30',
  '#0b3d3a',
  '#0b3d3a80',
  'rgb(1, 2, 3)',
  'rgba(1,2,3,.5)',
  'hsl(120 50% 50%)',
  'currentColor',
  'none',
  'transparent',
  'inherit',
  'RED',
  '#GGG',
  'rgb(1,2)',
];
const REFERENCE_VALUES = [
  'url(#a)',
  'url(#b)',
  "url('#a')",
  'url("#c")',
  'url( #a )',
  'url(#a) red',
  'url(#missing)',
  'url(#a b)',
  'url(#)',
  'url(#\u202e)',
  'url(https://evil.example/x)',
  'url(//evil.example)',
  'url(data:image/svg+xml,<svg/>)',
  'url(javascript:alert(1))',
  'url(x.svg#a)',
  'URL(#a)',
  'url(#a',
];
const LINK_VALUES = [
  '#a',
  '#b',
  '#c',
  '#missing',
  '#',
  '# a',
  '#a b',
  'a',
  'x.svg#a',
  'https://evil.example/x.svg#a',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java&#x73;cript:alert(1)',
  'data:image/svg+xml;base64,PHN2Zz4=',
  '//evil.example',
  '#a\u202e',
  '#\u00e9',
];
const CSS_DECLARATIONS = [
  'fill:red',
  'fill: #e30',
  'stroke:url(#a)',
  'fill:url(https://evil.example/x)',
  'fill:url(#a) !important',
  'fill: red !important',
  'background:url(https://evil.example/x)',
  'background-image:image-set("x.png" 1x)',
  'behavior:url(x.htc)',
  '-moz-binding:url(x.xml#y)',
  'fill:\\72 ed',
  'fill:expression(alert(1))',
  'font:12px serif',
  'line-height:2',
  '-inkscape-font-specification:Sans',
  'font-family:"Helvetica Neue", sans-serif',
  'font-family:url(x)',
  'mix-blend-mode:multiply',
  'text-decoration:underline',
  'text-decoration-color:red',
  'stroke-width:2',
  'font-size:12',
  'font-size:12px',
  'display:none',
  'opacity:.5',
  'opacity:2',
  'clip-path:url(#a)',
  'filter:url(#b)',
  'filter:blur(2px)',
  'transform:rotate(45deg)',
  'content:"x"',
  '/* comment */ fill:blue',
  '/* unclosed',
  'fill:red;;',
  'fill',
  ':red',
  '}',
  '{',
  '"',
  "'",
  '<',
];
const CSS_RULES = [
  '.a{fill:red}',
  '.a,.b{stroke:blue;stroke-width:2}',
  '.cls-1{fill:url(#a)}',
  '.a{fill:red}.a{fill:blue}',
  'circle{fill:red}',
  '.a:hover{fill:red}',
  '#a{fill:red}',
  '*{fill:red}',
  '.a .b{fill:red}',
  '.a>.b{fill:red}',
  '@import url(https://evil.example/x.css);',
  '@font-face{font-family:x;src:url(https://evil.example/x.woff)}',
  '@media print{.a{fill:red}}',
  '@namespace svg url(http://www.w3.org/2000/svg);',
  '.a{fill:red',
  '.\\61{fill:red}',
  '.a{background:url(x)}',
  '/* comment */',
  '<![CDATA[.a{fill:red}]]>',
  '</style><script>window.__pwned=1</script>',
  '.a{}',
  '',
];

const NUMBERS = [
  '0',
  '1',
  '10',
  '-5',
  '1.5',
  '.5',
  '1e3',
  '1e-3',
  '100%',
  '50%',
  '12px',
  '2em',
  'auto',
  'NaN',
  'Infinity',
  '1e999',
  '-0',
  '+1',
  '',
];

/** A value for an attribute, chosen to match its grammar often and to break it in every way. */
function attributeValue(name: string): fc.Arbitrary<string> {
  const local = name.replace(/^.*:/, '');
  const specific: string[] = (() => {
    if (local === 'href') return LINK_VALUES;
    if (local === 'style') return [];
    if (['fill', 'stroke', 'stop-color'].includes(local)) return [...COLOURS, ...REFERENCE_VALUES];
    if (['clip-path', 'mask', 'filter', 'marker-end'].includes(local)) return [...REFERENCE_VALUES, 'none'];
    if (local === 'd') return ['M0 0L10 10Z', 'M 0,0 C 1,1 2,2 3,3 z', 'M0 0 L10 10 javascript:', 'm1e2-3.5.5'];
    if (local === 'points') return ['0,0 10,10 20,0', '0 0 1', ''];
    if (local === 'viewBox') return ['0 0 64 64', '0,0,10,10', '0 0 10', '0 0 1e3 1e3'];
    if (local.includes('ransform'))
      return [
        'rotate(45)',
        'translate(1,2) scale(2)',
        'matrix(1 0 0 1 0 0)',
        'rotate(45deg)',
        'url(#a)',
        'rotate(1)rotate(2)',
      ];
    if (local === 'id') return ['a', 'b', 'c', 'a', 'x:y', '1', '-a', 'a b', '\u202e', '', 'a"b'];
    if (local === 'class') return ['a', 'b', 'a b', 'cls-1', '\u202e', ''];
    if (local === 'aria-labelledby') return ['a', 'a b', 'missing', 'c'];
    if (['in', 'in2', 'result'].includes(local)) return ['SourceGraphic', 'SourceAlpha', 'blur', 'a b', 'url(#a)'];
    if (local === 'font-family') return ['sans-serif', '"Helvetica Neue", Arial', "'x'", 'url(x)', 'a;b', '\\61'];
    if (local === 'space') return ['default', 'preserve', 'x'];
    return [];
  })();
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...NUMBERS, ...specific) },
    { weight: specific.length > 0 ? 4 : 0, arbitrary: fc.constantFrom(...(specific.length > 0 ? specific : ['0'])) },
    { weight: 1, arbitrary: lineText(true, 3) },
    { weight: 1, arbitrary: fc.constantFrom(...COLOURS, ...REFERENCE_VALUES, ...LINK_VALUES) },
  );
}

/** Escapes text for an XML attribute value, or, sometimes, leaves it raw to make the file malformed. */
function attributeXml(value: string, raw: boolean): string {
  if (raw) return value;
  return value
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;');
}

/** Valid values for the attributes a drawing uses most, so that likely-accepted logos are accepted. */
const VALID_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  fill: ['red', '#e30', 'none', 'url(#a)', 'currentColor', 'rgb(1, 2, 3)', 'inherit'],
  stroke: ['blue', '#0b3d3a80', 'none', 'url(#b)'],
  'stroke-width': ['1', '2px', '.5'],
  opacity: ['0.5', '1'],
  d: ['M0 0L10 10Z', 'M 0,0 C 1,1 2,2 3,3 z', 'm1e2-3.5.5'],
  x: NUMBERS.slice(0, 12),
  y: NUMBERS.slice(0, 12),
  width: ['64', '100%', 'auto'],
  height: ['64', '1em'],
  cx: ['5'],
  r: ['4'],
  points: ['0,0 10,10 20,0'],
  viewBox: ['0 0 64 64', '0,0,10,10'],
  transform: ['rotate(45)', 'translate(1,2) scale(2)', 'matrix(1 0 0 1 0 0)'],
  'clip-path': ['url(#a)', 'none'],
  mask: ['url(#c)'],
  filter: ['url(#b)'],
  id: ['d', 'e', 'unused'],
  class: ['a', 'b', 'a b', 'cls-1'],
  style: ['fill:red', 'stroke:blue;stroke-width:2', 'fill:url(#a)', 'opacity:.5', 'line-height:2', 'font-size:12px'],
  href: ['#a', '#b', '#d'],
  'xlink:href': ['#a', '#c', '#e'],
  'xml:space': ['preserve'],
  'xml:lang': ['en', 'de-CH'],
  'aria-label': ['Acme', '<script>window.__pwned=1</script>', 'a "quoted" & \'odd\' name', '\u202eemca'],
  'aria-labelledby': ['a', 'd e'],
  role: ['img'],
  'data-name': ['Layer 1', '<b>'],
  'inkscape:label': ['Layer 1'],
  'font-family': ['sans-serif', '"Helvetica Neue", Arial'],
  'font-size': ['12', '12px'],
  'text-anchor': ['middle'],
  offset: ['0', '50%'],
  'stop-color': ['#fff'],
  gradientUnits: ['userSpaceOnUse'],
  stdDeviation: ['2', '1 2'],
  in: ['SourceGraphic'],
  result: ['blur'],
};

/** An element's attributes, each name once: from the valid table, or any name with any value. */
function svgAttributes(intent: Intent, maxLength: number): fc.Arbitrary<string[]> {
  const valid = fc
    .constantFrom(...Object.keys(VALID_ATTRIBUTES))
    .chain((name) =>
      fc.constantFrom(...VALID_ATTRIBUTES[name]!).map((value): [string, string, boolean] => [name, value, false]),
    );
  const any = fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...SVG_ATTRIBUTE_NAMES) },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_ATTRIBUTE_NAMES) },
      ),
      fc.nat({ max: 30 }),
    )
    .chain(([name, rawness]) =>
      (name === 'style'
        ? fc.array(fc.constantFrom(...CSS_DECLARATIONS), { minLength: 1, maxLength: 4 }).map((d) => d.join(';'))
        : attributeValue(name)
      ).map((value): [string, string, boolean] => [name, value, rawness === 0]),
    );
  return fc
    .uniqueArray(intent === 'likely-accepted' ? valid : fc.oneof(valid, any), { maxLength, selector: ([name]) => name })
    .map((attributes) => attributes.map(([name, value, raw]) => `${name}="${attributeXml(value, raw)}"`));
}

/** Text content: the first ten are well-formed. */
const TEXT_CONTENT = [
  'Acme',
  '&amp;',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '&#60;',
  '&#x3C;',
  '&#x202E;',
  '<![CDATA[<script>window.__pwned=1</script>]]>',
  '<![CDATA[]]]]><![CDATA[>]]>',
  '<!-- comment -->',
  '  \n  ',
  '&#0;',
  '&#xD800;',
  '&nbsp;',
  '&undefined;',
  '&',
  '<!-- -- -->',
  '<?xml-stylesheet href="https://evil.example/x.css"?>',
  '<?php echo 1; ?>',
  ']]>',
  '\u202e',
  '\u0000',
  '\u000b',
  '\ufffe',
  '\ud800',
  '</svg>',
];

/** A node of an SVG document: an element with attributes and children, or text, CDATA, comments and PIs. */
function svgNode(intent: Intent): fc.Arbitrary<string> {
  const names =
    intent === 'likely-accepted'
      ? fc.oneof(
          { weight: 20, arbitrary: fc.constantFrom(...DRAWING) },
          { weight: 1, arbitrary: fc.constantFrom('metadata', 'style', 'inkscape:page', 'sodipodi:namedview') },
        )
      : fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...DRAWING) },
          { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_ELEMENTS) },
        );
  const text =
    intent === 'likely-accepted' ? fc.constantFrom(...TEXT_CONTENT.slice(0, 10)) : fc.constantFrom(...TEXT_CONTENT);
  const rules =
    intent === 'likely-accepted' ? fc.constantFrom(...CSS_RULES.slice(0, 4)) : fc.constantFrom(...CSS_RULES);
  const namespaces =
    intent === 'likely-accepted'
      ? fc.constant([])
      : fc.array(fc.constantFrom(...NAMESPACE_DECLARATIONS), { maxLength: 1 });
  return fc.letrec<{ node: string; element: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 6, withCrossShrink: true },
      { weight: 2, arbitrary: text },
      { weight: 3, arbitrary: tie('element') },
    ),
    element: fc
      .record({
        name: names,
        attributes: svgAttributes(intent, 5),
        namespaces,
        children: fc.array(tie('node'), { maxLength: 4 }),
        css: fc.array(rules, { maxLength: 3 }),
      })
      .map(({ name, attributes, namespaces, children, css }) => {
        const start = [name, ...namespaces, ...attributes].join(' ');
        const content = name.endsWith('style') ? css.join('\n') : children.join('');
        return content === '' ? `<${start}/>` : `<${start}>${content}</${name}>`;
      }),
  })).node;
}

const PROLOGUES = [
  '',
  '',
  '',
  '<?xml version="1.0" encoding="UTF-8"?>\n',
  '<?xml version="1.0"?>\n',
  '<?xml version="1.1"?>\n',
  '<?xml version="1.0" encoding="ISO-8859-1"?>\n',
  '<?xml version="1.0" encoding="UTF-16"?>\n',
  '<?xml version="1.0" standalone="no"?>\n',
  '<!-- Created with an editor -->\n',
  '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n',
  '<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>\n',
  '<!DOCTYPE svg SYSTEM "file:///etc/passwd">\n',
  '<?xml-stylesheet type="text/css" href="https://evil.example/x.css"?>\n',
  ' \n',
];

const ROOTS = [
  `<svg xmlns="${SVG_NS}"`,
  `<svg xmlns="${SVG_NS}"`,
  `<svg xmlns="${SVG_NS}"`,
  `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"`,
  `<s:svg xmlns:s="${SVG_NS}"`,
  '<svg',
  '<svg xmlns="http://www.w3.org/1999/xhtml"',
  '<html xmlns="http://www.w3.org/1999/xhtml"',
  `<SVG xmlns="${SVG_NS}"`,
];

/** How the text becomes bytes: UTF-8 (with a byte order mark or not), UTF-16, or a few bytes broken. */
type Encoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'utf32-bom' | 'broken-byte' | 'truncated';

function encode(text: string, encoding: Encoding, at: number): Uint8Array {
  const utf8 = encoder.encode(text);
  switch (encoding) {
    case 'utf8':
      return utf8;
    case 'utf8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    case 'utf16le-bom':
    case 'utf16be-bom': {
      const bytes = [encoding === 'utf16le-bom' ? 0xff : 0xfe, encoding === 'utf16le-bom' ? 0xfe : 0xff];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (encoding === 'utf16le-bom') bytes.push(c & 0xff, c >> 8);
        else bytes.push(c >> 8, c & 0xff);
      }
      return new Uint8Array(bytes);
    }
    case 'utf32-bom':
      return new Uint8Array([
        0xff,
        0xfe,
        0,
        0,
        ...[...text].flatMap((c) => {
          const code = c.codePointAt(0)!;
          return [code & 0xff, (code >> 8) & 0xff, code >> 16, 0];
        }),
      ]);
    case 'broken-byte': {
      const copy = utf8.slice();
      if (copy.length > 0) copy[at % copy.length] = 0xc0 | (at & 0x3f);
      return copy;
    }
    case 'truncated':
      return utf8.slice(0, at % (utf8.length + 1));
  }
}

const EDITOR_NAMESPACES =
  'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"';

/** What the references of likely-accepted logos (url(#a), href="#b") name. */
const DEFINITIONS =
  '<defs><linearGradient id="a"><stop offset="0" stop-color="#fff"/></linearGradient>' +
  '<clipPath id="b"><rect width="10" height="10"/></clipPath><mask id="c"><rect width="5" height="5" fill="#fff"/></mask></defs>';

/** SVG that costs: deep nesting, many elements or attributes, long values, "use bombs", CSS that multiplies. */
const svgBlowUp: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 40, max: 80 }).map((n) => `${'<g>'.repeat(n)}<rect width="1" height="1"/>${'</g>'.repeat(n)}`),
  fc.integer({ min: 5000, max: 12_000 }).map((n) => '<rect/>'.repeat(n)),
  fc
    .integer({ min: 90, max: 120 })
    .map((n) => `<rect ${Array.from({ length: n }, (_, i) => `data-a${i}="1"`).join(' ')}/>`),
  fc.integer({ min: 4000, max: 14_000 }).map((n) => `<path d="M0 0${' L1 1'.repeat(n)}"/>`),
  fc.integer({ min: 4090, max: 4100 }).map((n) => `<rect x="${'1'.repeat(n)}"/>`),
  fc.tuple(fc.integer({ min: 3, max: 7 }), fc.integer({ min: 2, max: 12 })).map(([levels, fan]) => {
    const groups = [`<g id="l0">${'<rect width="1" height="1"/>'.repeat(fan)}</g>`];
    for (let i = 1; i < levels; i++) groups.push(`<g id="l${i}">${`<use href="#l${i - 1}"/>`.repeat(fan)}</g>`);
    return `<defs>${groups.join('')}</defs><use href="#l${levels - 1}"/>`;
  }),
  fc
    .integer({ min: 1000, max: 8000 })
    .map(
      (n) =>
        '<style>.a{fill:#123456;stroke:#654321;stroke-width:2;opacity:.5;fill-opacity:.5;stroke-opacity:.5;' +
        `stroke-linecap:round;stroke-linejoin:round;font-family:sans-serif;font-size:12px}</style>${'<rect class="a"/>'.repeat(n)}`,
    ),
  fc.constantFrom(
    '<style type="text/xsl">.a{fill:red}</style>',
    '<style media="print">.a{fill:red}</style>',
    '<style><g/>.a{fill:red}</style>',
    '<style>.a{text-decoration-color:red}</style><text class="a" text-decoration="underline">A</text>',
    '<a href="#a"><use href="#a"/></a>',
  ),
);

/** One hostile piece of SVG: an element, a style sheet, a style attribute, an attribute, text or markup. */
const svgInjection: fc.Arbitrary<string> = fc.oneof(
  svgBlowUp,
  svgNode('hostile'),
  fc
    .array(fc.constantFrom(...CSS_RULES), { minLength: 1, maxLength: 3 })
    .map((rules) => `<style>${rules.join('\n')}</style><rect class="a b cls-1" width="1" height="1"/>`),
  fc
    .array(fc.constantFrom(...CSS_DECLARATIONS), { minLength: 1, maxLength: 3 })
    .map((declarations) => `<rect style="${attributeXml(declarations.join(';'), false)}" width="1" height="1"/>`),
  fc
    .tuple(
      fc.constantFrom(...HOSTILE_ATTRIBUTE_NAMES, ...SVG_ATTRIBUTE_NAMES),
      fc.constantFrom(...LINK_VALUES, ...REFERENCE_VALUES, ...NUMBERS),
    )
    .map(([name, value]) => `<circle r="1" ${name}="${attributeXml(value, false)}"/>`),
  fc.constantFrom(...TEXT_CONTENT),
  fc.constantFrom(...HOSTILE_ELEMENTS).map((name) => `<${name}>window.__pwned=1</${name}>`),
);

/** An SVG logo's bytes: a prologue, a root element, children from the allowlist and beyond, in some encoding. */
export function svgLogo(intent: Intent): fc.Arbitrary<Uint8Array> {
  if (intent === 'hostile') {
    // A drawing that would be accepted but for one hostile piece, or hostile throughout.
    return fc.oneof(
      fc.tuple(svgParts('likely-accepted'), svgInjection, fc.nat()).map(([parts, injection, at]) => {
        const children = [...parts.children];
        children.splice(at % (children.length + 1), 0, injection);
        return svgBytes({ ...parts, children });
      }),
      svgParts('hostile').map(svgBytes),
    );
  }
  return svgParts(intent).map(svgBytes);
}

interface SvgParts {
  prologue: string;
  root: string;
  rootAttributes: string[];
  children: string[];
  definitions: string;
  repeat: number;
  nest: number;
  trailer: string;
  encoding: Encoding;
  at: number;
}

function svgParts(intent: Intent): fc.Arbitrary<SvgParts> {
  const likely = intent === 'likely-accepted';
  return fc.record({
    prologue: fc.constantFrom(...(likely ? PROLOGUES.slice(0, 5) : PROLOGUES)),
    root: likely
      ? fc.constant(`<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" ${EDITOR_NAMESPACES}`)
      : fc.oneof({ weight: 8, arbitrary: fc.constant(ROOTS[0]!) }, { weight: 3, arbitrary: fc.constantFrom(...ROOTS) }),
    rootAttributes: svgAttributes(intent, 4),
    children: fc.array(svgNode(intent), { maxLength: 6 }),
    definitions: fc.constant(likely ? DEFINITIONS : ''),
    repeat: likely
      ? fc.constant(1)
      : fc.oneof(
          { weight: 12, arbitrary: fc.constant(1) },
          { weight: 1, arbitrary: fc.integer({ min: 2, max: 2000 }) },
        ),
    nest: likely
      ? fc.constant(0)
      : fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 70 }) }),
    trailer: likely
      ? fc.constantFrom('', '\n')
      : fc.constantFrom('', '', '\n', '<!-- after -->', '<?pi?>', '<svg/>', 'text'),
    encoding: likely
      ? fc.constantFrom<Encoding>('utf8', 'utf8', 'utf8-bom')
      : fc.oneof(
          { weight: 12, arbitrary: fc.constant<Encoding>('utf8') },
          {
            weight: 1,
            arbitrary: fc.constantFrom<Encoding>(
              'utf8-bom',
              'utf16le-bom',
              'utf16be-bom',
              'utf32-bom',
              'broken-byte',
              'truncated',
            ),
          },
        ),
    at: fc.nat(),
  });
}

function svgBytes({
  prologue,
  root,
  rootAttributes,
  children,
  definitions,
  repeat,
  nest,
  trailer,
  encoding,
  at,
}: SvgParts) {
  const name = root.slice(1, root.indexOf(' ') === -1 ? undefined : root.indexOf(' '));
  const content = `${definitions}${'<g>'.repeat(nest)}${children.join('').repeat(repeat)}${'</g>'.repeat(nest)}`;
  const text = `${prologue}${[root, ...rootAttributes].join(' ')}>${content}</${name}>${trailer}`;
  return encode(text, encoding, at);
}

/** A file in public/logos/: mostly SVGs, and raster files whose bytes may not be what the extension says. */
export function logoFile(intent: Intent): fc.Arbitrary<{ extension: string; bytes: Uint8Array }> {
  return fc.oneof(
    { weight: 8, arbitrary: svgLogo(intent).map((bytes) => ({ extension: 'svg', bytes })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('png', 'jpg', 'webp', 'gif', 'SVG', 'svgz'),
          fc.uint8Array({ maxLength: 64 }),
          fc.boolean(),
        )
        .map(([extension, tail, signed]) => {
          const signature: Record<string, number[]> = {
            png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
            jpg: [0xff, 0xd8, 0xff],
            webp: [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
          };
          return { extension, bytes: new Uint8Array([...(signed ? (signature[extension] ?? []) : []), ...tail]) };
        }),
    },
  );
}

/** What may happen to a content file's bytes on the way: nothing, mostly; or a NUL, a byte that is not UTF-8, a cut. */
export const damage = fc.oneof(
  { weight: 20, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom('nul', 'not-utf8', 'cut', 'empty', 'blank'), at: fc.nat() }),
  },
);

/** `bytes` with `damage` done to them. */
export function damaged(bytes: Uint8Array, how: { kind: string; at: number } | undefined): Uint8Array {
  if (how === undefined) return bytes;
  const at = bytes.length === 0 ? 0 : how.at % bytes.length;
  switch (how.kind) {
    case 'nul':
      return new Uint8Array([...bytes.subarray(0, at), 0, ...bytes.subarray(at)]);
    case 'not-utf8':
      return new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
    case 'cut':
      return bytes.subarray(0, at);
    case 'empty':
      return new Uint8Array();
    default:
      return encoder.encode(' \n\t\r\n');
  }
}

/** The bytes of a text file. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
