// Generated files for the corpus that are too large to commit (issue 12): front-matter and Markdown bodies
// known to make parsers slow or hungry, each under the 100 KB file limit, with the outcome the validator must
// reach. `createCorpusCopy` writes them; `npm run bench -- --hostile` times the validator on each.

import type { Expectation, ExpectedProblem } from './expectations.ts';

/** The largest file that is still read: 100 KB. */
const FILE_LIMIT = 100 * 1024;

const FIELDS = (slug: string, title = `Staff Backend Engineer, ${slug}`) => `title: ${title}
company: corpus-co
level: staff
employmentType: full-time
workplace: remote
remoteFrom: [eu, GB]
salary: { min: 120000, max: 150000, currency: EUR, period: year }
stack: [go, postgresql]
posted: 2026-11-20
expires: 2027-01-20
apply: https://corpus.example/jobs/${slug}
`;

const BODY = `## About the team

The ledger team owns the double-entry ledger behind every payment: about two thousand writes a second at peak,
on Go and PostgreSQL, with an on-call rotation of one week in six. We interview with a system design session
and a conversation with two engineers, and answer every applicant within two weeks of their application.
Most of the team works from Europe, and we meet in person twice a year.
`;

function posting(slug: string, extraFields: string, body = BODY): string {
  return `---\n${FIELDS(slug)}${extraFields}---\n${body}`;
}

/** `unit` repeated to fill a body so that the whole posting is just under the file limit. */
function filling(slug: string, unit: string, after = ''): string {
  const room = FILE_LIMIT - 200 - posting(slug, '').length - after.length;
  return unit.repeat(Math.floor(room / unit.length)) + after;
}

/** A posting whose body is BODY followed by `unit`, repeated up to the file limit. */
function bodyOf(slug: string, unit: string, after = ''): string {
  return posting(slug, '', `${BODY}\n${filling(slug, unit, after)}\n`);
}

/** A posting whose front-matter (the text between the --- lines) is exactly `bytes` long, padded by a comment. */
function frontMatterOf(slug: string, bytes: number): string {
  // The text between the lines runs from the end of the first line to the line break before the last.
  const fixed = `\n${FIELDS(slug)}# \n`.length;
  return posting(slug, `# ${'x'.repeat(bytes - fixed)}\n`);
}

const TAGS = 12_000;
const ENCODED_LINKS = 4_000;
const UNKNOWN_KEYS = 950;
const UNKNOWN_PLACES = 2_200;
const unknownKey = (i: number) => `extra${String(i).padStart(4, '0')}`;

/** The generated files of content/jobs/, by name. */
export function boundedCostFiles(): Record<string, string> {
  const aliases = (count: number) => Array<string>(count).fill('*a').join(', ');
  return {
    // The file that crashed the validator (44 s, 3.6 GB): a 40,000-character string, anchored, used through
    // aliases in a list that is a key. Its front-matter is far over the limit, so it is never parsed.
    'yaml-complex-key-crash.md': posting(
      'yaml-complex-key-crash',
      `a: &a ${'x'.repeat(40_000)}\n? [${aliases(9_400)}]\n: x\n`,
    ),
    'yaml-complex-key-crash-nested.md': posting(
      'yaml-complex-key-crash-nested',
      `a: &a ${'x'.repeat(40_000)}\nb:\n  - ? [${aliases(9_400)}]\n    : x\n`,
    ),
    // The same under the front-matter limit: refused at the anchor, before any alias is read.
    'yaml-complex-key-aliases.md': posting(
      'yaml-complex-key-aliases',
      `a: &a ${'x'.repeat(1_900)}\n? [${aliases(3_000)}]\n: x\n`,
    ),
    'yaml-key-10000.md': posting('yaml-key-10000', `${'k'.repeat(10_000)}: true\n`),
    'yaml-scalar-15000.md': posting('yaml-scalar-15000', '').replace(/^title: .*$/m, `title: ${'x'.repeat(15_000)}`),
    'yaml-anchor-name-10000.md': posting('yaml-anchor-name-10000', `x: &${'n'.repeat(10_000)} value\n`),
    'yaml-many-keys.md': posting(
      'yaml-many-keys',
      Array.from({ length: UNKNOWN_KEYS }, (_, i) => `${unknownKey(i)}: 1\n`).join(''),
    ),
    // Thousands of wrong values, each named with a suggestion sought among every country and region.
    'yaml-many-unknown-places.md': posting('yaml-many-unknown-places', '').replace(
      'remoteFrom: [eu, GB]',
      `remoteFrom: [${Array.from({ length: UNKNOWN_PLACES }, (_, i) => `Q${i}`).join(', ')}]`,
    ),
    // Lines of spaces, as many as are read: the worst case of gray-matter's check for comment-only front-matter.
    'accepted-frontmatter-blank-lines.md': posting(
      'accepted-frontmatter-blank-lines',
      `${' '.repeat(14)}\r\n`.repeat(950),
    ),
    'yaml-too-many-lines.md': posting('yaml-too-many-lines', '\r\n'.repeat(7_000)),
    'accepted-frontmatter-at-limit.md': frontMatterOf('accepted-frontmatter-at-limit', 16 * 1024),
    'yaml-frontmatter-over-limit.md': frontMatterOf('yaml-frontmatter-over-limit', 16 * 1024 + 1),

    // Markdown that makes parsers backtrack: nested and unclosed brackets, emphasis and code runs, link
    // reference definitions, nesting of quotes and lists, runs of < and *.
    'accepted-markdown-nested-brackets.md': bodyOf('accepted-markdown-nested-brackets', '[', ']'.repeat(20_000)),
    'accepted-markdown-emphasis.md': bodyOf('accepted-markdown-emphasis', '*a_**_a*__'),
    'accepted-markdown-backtick-runs.md': posting(
      'accepted-markdown-backtick-runs',
      '',
      `${BODY}\n${Array.from({ length: 440 }, (_, i) => `${'`'.repeat(i + 1)}a`).join(' ')}\n`,
    ),
    'accepted-markdown-references.md': posting(
      'accepted-markdown-references',
      '',
      `${BODY}\n${Array.from({ length: 1_500 }, (_, i) => `[r${i}]`).join(' ')}\n\n${Array.from(
        { length: 1_500 },
        (_, i) => `[r${i}]: https://corpus.example/${i}`,
      ).join('\n')}\n`,
    ),
    'accepted-markdown-nested-quotes.md': bodyOf('accepted-markdown-nested-quotes', '> ', 'deep'),
    'accepted-markdown-nested-lists.md': posting(
      'accepted-markdown-nested-lists',
      '',
      `${BODY}\n${Array.from({ length: 600 }, (_, i) => `${'  '.repeat(i % 120)}- item ${i}`).join('\n')}\n`,
    ),
    'accepted-markdown-lt-and-star-runs.md': bodyOf('accepted-markdown-lt-and-star-runs', '<*'),
    'accepted-markdown-link-parens.md': bodyOf('accepted-markdown-link-parens', '(', ')').replace('\n(', '\n[a]('),
    // Many problems on one line, each to be named with its column.
    'markdown-many-tags.md': posting(
      'markdown-many-tags',
      '',
      `${BODY}\n${Array.from({ length: TAGS }, (_, i) => `<x${i}>`).join('')}\n`,
    ),
    'markdown-many-encoded-links.md': posting(
      'markdown-many-encoded-links',
      '',
      `${BODY}\n${'[a](javascript&#58;x)'.repeat(ENCODED_LINKS)}\n`,
    ),
  };
}

const rejected = (...problems: ExpectedProblem[]): Expectation => ({
  class: 'resource-exhaustion',
  accepted: false,
  problems,
});
const accepted: Expectation = { class: 'resource-exhaustion', accepted: true };
const ANCHOR = (name: string): ExpectedProblem => [
  'front-matter',
  `found an anchor (&${name}); anchors and aliases (&name, *name) are not accepted, so write the value out in full, in quotes if it starts with & or *`,
];
const tooLarge = (kb: number): ExpectedProblem => [
  'front-matter',
  `the front-matter is ${kb} KB; at most 16 KB is accepted`,
];

/** What the validator must say about each generated file, by its path. */
export const BOUNDED_COST_EXPECTATIONS: Readonly<Record<string, Expectation>> = {
  'content/jobs/yaml-complex-key-crash.md': rejected(tooLarge(77)),
  'content/jobs/yaml-complex-key-crash-nested.md': rejected(tooLarge(77)),
  'content/jobs/yaml-complex-key-aliases.md': rejected(ANCHOR('a')),
  'content/jobs/yaml-key-10000.md': rejected(['front-matter', 'found a key of 10000 characters; keys are field names']),
  'content/jobs/yaml-scalar-15000.md': rejected([
    'front-matter',
    'found a value of 15000 characters; values may be at most 2000 characters',
  ]),
  'content/jobs/yaml-anchor-name-10000.md': rejected(ANCHOR(`${'n'.repeat(40)}…`)),
  'content/jobs/yaml-many-keys.md': rejected(
    ...Array.from({ length: UNKNOWN_KEYS }, (_, i): ExpectedProblem => [unknownKey(i), 'unknown field.']),
  ),
  'content/jobs/yaml-many-unknown-places.md': rejected(
    ...Array.from({ length: UNKNOWN_PLACES }, (_, i): ExpectedProblem => [
      `remoteFrom[${i}]`,
      `found "Q${i}"; allowed: an ISO 3166-1 alpha-2 country code`,
    ]),
  ),
  'content/jobs/accepted-frontmatter-blank-lines.md': accepted,
  'content/jobs/accepted-frontmatter-at-limit.md': accepted,
  'content/jobs/yaml-too-many-lines.md': rejected(['front-matter', 'the front-matter has more than 1000 lines']),
  'content/jobs/yaml-frontmatter-over-limit.md': rejected(tooLarge(17)),
  'content/jobs/accepted-markdown-nested-brackets.md': accepted,
  'content/jobs/accepted-markdown-emphasis.md': accepted,
  'content/jobs/accepted-markdown-backtick-runs.md': accepted,
  'content/jobs/accepted-markdown-references.md': accepted,
  'content/jobs/accepted-markdown-nested-quotes.md': accepted,
  'content/jobs/accepted-markdown-nested-lists.md': accepted,
  'content/jobs/accepted-markdown-lt-and-star-runs.md': accepted,
  'content/jobs/accepted-markdown-link-parens.md': accepted,
  'content/jobs/markdown-many-tags.md': rejected(
    ...Array<ExpectedProblem>(TAGS).fill(['body', 'raw HTML is not allowed (found "<x']),
  ),
  'content/jobs/markdown-many-encoded-links.md': rejected(
    ...Array<ExpectedProblem>(ENCODED_LINKS).fill(['body', 'link to "javascript:x" is not allowed']),
  ),
};
