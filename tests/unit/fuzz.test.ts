// Property-based fuzzing of the validator and the renderers with generated postings, companies and logos
// (tests/support/fuzz-inputs.ts): nothing throws, nothing takes long, and everything accepted renders to output
// that passes the board's allowlists, checked again here with parsers of our own (parse5 for HTML, saxes for XML).
// FUZZ_RUNS sets the runs per property and FUZZ_SEED the seed; a failure prints the shrunk input and the seed.

import { describe, it, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { SaxesParser } from 'saxes';
import { checkCompanyFile, checkJobFile, validateBoard } from '../../src/board/board.ts';
import type { ContentEntry } from '../../src/board/content-entry.ts';
import { characterProblem } from '../../src/board/characters.ts';
import { renderParsed } from '../../src/build/bodies.ts';
import { rss } from '../../src/site/feeds.ts';
import { formatSalary, formatWhere, levelLabel, tagLabel } from '../../src/site/format.ts';
import { readBody, readSource } from '../../src/board/frontmatter.ts';
import { jobPosting, scriptSafeJson } from '../../src/site/json-ld.ts';
import { logoEntryProblem, publishedLogo } from '../../src/board/logo/logo.ts';
import { cleanSvgLogo } from '../../src/board/logo/logo-svg.ts';
import { assertSafeHtml, bodyProblems, checkBody, parseBody } from '../../src/board/markdown.ts';
import type { Problem } from '../../src/board/problems.ts';
import type { Company, Job } from '../../src/board/schema.ts';
import { ATTRIBUTES, PROPERTIES } from '../../src/board/logo/svg-values.ts';
import {
  acceptedBody,
  anyBody,
  companyText,
  contentExtension,
  damage,
  damaged,
  fileStem,
  frontMatterText,
  logoFile,
  postingText,
  svgLogo,
  utf8,
  type Intent,
} from '../support/fuzz-inputs.ts';
import { BODY_ELEMENTS } from '../support/body-elements.ts';

/** Runs per property: small enough for CI (the file takes well under a minute), FUZZ_RUNS to search longer. */
const RUNS = positiveInteger(process.env['FUZZ_RUNS'], 1000);
/** A fixed seed, so CI is reproducible; FUZZ_SEED replays a failure printed by a longer run. */
const SEED = Number.parseInt(process.env['FUZZ_SEED'] ?? '20261128', 10);
/**
 * The most one file may take to validate or render. Far above normal (milliseconds): it catches blow-ups, not
 * slowness, which `npm run bench` measures.
 */
const BUDGET_MS = 2000;
const TODAY = '2026-11-28';

function positiveInteger(text: string | undefined, fallback: number): number {
  const value = Number.parseInt(text ?? '', 10);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function entry(path: string, bytes: Uint8Array): ContentEntry {
  return { path, type: 'file', size: bytes.length, bytes };
}

/** The slowest run of the current property: reported with the test, to show how far below the budget it stays. */
let slowest = { ms: 0, what: '' };

/** Runs `work`, failing when it takes longer than `budget` milliseconds. */
function timed<T>(what: string, work: () => T, budget = BUDGET_MS): T {
  const started = performance.now();
  const result = work();
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { ms, what };
  assert.ok(ms < budget, `${what} took ${Math.round(ms)} ms, more than ${budget} ms`);
  return result;
}

/**
 * Fails when fewer generated files than `least` were accepted: the properties about accepted files would hold for
 * nothing. Few runs (FUZZ_RUNS under 100) are too few to expect a share.
 */
function assertEnoughAccepted(accepted: number, least: number, what: string): void {
  if (RUNS >= 100) assert.ok(accepted >= least, `only ${accepted} generated ${what} were accepted in ${RUNS} runs`);
}

/** Checks a property with the run count and seed, then says how slow its slowest run was. */
function check<T>(t: TestContext, property: fc.IProperty<T>, runs = RUNS): void {
  slowest = { ms: 0, what: '' };
  fc.assert(property, { numRuns: runs, seed: SEED });
  t.diagnostic(`${runs} runs, seed ${SEED}; slowest: ${slowest.what}, ${slowest.ms.toFixed(1)} ms`);
}

const intent = fc.constantFrom<Intent>('likely-accepted', 'hostile', 'hostile');

// ---------------------------------------------------------------------------------------------------------------
// What is checked on every problem and every output.

const STACK_TRACE = /^\s+at .+[:(]\d+/m;

/** The lines of a file as an editor counts them: each line feed, carriage return and CR LF ends one. */
function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) lines++;
  }
  return lines;
}

/** Every problem names its file and a line of it, and says what is wrong in one readable line of visible text. */
function assertReadable(problems: readonly Problem[], files: ReadonlyMap<string, Uint8Array>): void {
  for (const problem of problems) {
    const { file, line, column, field, message } = problem;
    const where = `${JSON.stringify(file)}:${line}:${column} ${field}: ${JSON.stringify(message)}`;
    const bytes = files.get(file);
    assert.ok(bytes, `a problem names a file that was not checked: ${where}`);
    assert.ok(Number.isInteger(line) && line >= 1 && line <= lineCount(bytes), `no such line: ${where}`);
    assert.ok(Number.isInteger(column) && column >= 1, `no such column: ${where}`);
    assert.ok(message.length > 0 && message.length <= 400, `a message of ${message.length} characters: ${where}`);
    assert.doesNotMatch(message, /[\u0000-\u001f\u007f]/, `a control character in ${where}`);
    assert.equal(characterProblem(`${field}: ${message}`), undefined, `an invisible character in ${where}`);
    assert.doesNotMatch(message, STACK_TRACE, where);
  }
}

/**
 * What a single-line value may not hold, written out here apart from src/lib/characters.ts: controls, format and
 * bidi characters, separators, default-ignorable and blank characters, private use, odd spaces, non-characters.
 */
const NOT_ONE_VISIBLE_LINE =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\u1680\u2000-\u200a\u205f\u3000\u2800\u{1d159}]/u;

function assertOneVisibleLine(value: string | undefined, where: string): void {
  if (value === undefined) return;
  assert.ok(value.isWellFormed(), `${where} holds an unpaired surrogate: ${JSON.stringify(value)}`);
  assert.doesNotMatch(value, NOT_ONE_VISIBLE_LINE, `${where}: ${JSON.stringify(value)}`);
  assert.equal(value.trim(), value, `${where} starts or ends with spaces`);
}

const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'pre', 'blockquote']);
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

type Node = DefaultTreeAdapterTypes.ChildNode;
type Parent = DefaultTreeAdapterTypes.ParentNode;
const isElement = (node: Node): node is DefaultTreeAdapterTypes.Element => 'tagName' in node;

/** The text of a block, without the blocks nested in it. */
function ownText(node: Parent): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') text += (child as DefaultTreeAdapterTypes.TextNode).value;
    else if (isElement(child) && !BLOCKS.has(child.tagName)) text += ownText(child);
  }
  return text;
}

/** Whether a host looks like a public name: a dot, no IP address, not localhost (a rough check of our own). */
function isPublicName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name.includes('.') && !/^[\d.]+$|^\[|^0x|(?:^|\.)localhost$/.test(name);
}

/**
 * A rendered body, parsed as a browser parses it: only the body elements, `href` only on links and only to https:
 * or mailto:, `rel` and `start` as the renderer writes them, no handler, no style, no comment, and no
 * direction-changing character in a block that holds a link.
 */
function assertSafeBodyHtml(html: string): void {
  assertSafeHtml(html);
  const visit = (node: Node, block: Parent | undefined): void => {
    if (node.nodeName === '#comment') assert.fail(`a comment in ${JSON.stringify(html)}`);
    if (!isElement(node)) return;
    const { tagName } = node;
    assert.ok(BODY_ELEMENTS.has(tagName), `<${tagName}> in ${JSON.stringify(html)}`);
    for (const { name, value } of node.attrs) {
      const allowed =
        (tagName === 'a' && (name === 'href' || (name === 'rel' && value === 'nofollow ugc noopener'))) ||
        (tagName === 'ol' && name === 'start' && /^\d+$/.test(value));
      assert.ok(allowed, `${name}="${value}" on <${tagName}> in ${JSON.stringify(html)}`);
      if (name === 'href') {
        // A browser ignores tabs and line breaks in a URL and strips leading controls and spaces.
        const url = URL.parse(value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''));
        assert.ok(url, `href="${value}" is not a URL`);
        assert.ok(['https:', 'mailto:'].includes(url.protocol), `href="${value}" in ${JSON.stringify(html)}`);
        if (url.protocol === 'mailto:') {
          for (const address of url.pathname.split(',')) {
            const domain = address.includes('@') ? address.slice(address.lastIndexOf('@') + 1) : 'no-domain.example';
            assert.ok(isPublicName(domain), `href="${value}": a mail domain on a private network`);
          }
        }
        if (url.protocol === 'https:') {
          assert.ok(isPublicName(url.hostname), `href="${value}": a private host`);
          assert.equal(url.username + url.password, '', `href="${value}" carries a user name or password`);
        }
      }
    }
    const inner = BLOCKS.has(tagName) && tagName !== 'ul' && tagName !== 'ol' ? node : block;
    if (tagName === 'a' && inner !== undefined) {
      assert.doesNotMatch(
        ownText(inner),
        BIDI,
        `a direction-changing character beside a link in ${JSON.stringify(html)}`,
      );
    }
    for (const child of node.childNodes) visit(child, inner);
  };
  for (const child of parseFragment(html).childNodes) visit(child, undefined);
}

/** HTML as a feed reader's browser parses it: the elements and comments it holds, and the text it shows. */
function asHtml(html: string): { elements: string[]; text: string } {
  const elements: string[] = [];
  let text = '';
  const visit = (node: Node) => {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
    else if (node.nodeName === '#comment') elements.push('<!-- -->');
    else if (isElement(node)) {
      elements.push(`<${node.tagName}>`);
      node.childNodes.forEach(visit);
    }
  };
  parseFragment(html).childNodes.forEach(visit);
  return { elements, text };
}

/** The text of each element of an XML document, read by a conforming parser; fails when it is not well-formed. */
function xmlTexts(xml: string): Map<string, string[]> {
  const parser = new SaxesParser({ xmlns: true });
  const texts = new Map<string, string[]>();
  const open: Array<{ path: string; text: string }> = [];
  parser.on('opentag', (tag) => open.push({ path: `${open.at(-1)?.path ?? ''}/${tag.name}`, text: '' }));
  parser.on('text', (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
  });
  parser.on('cdata', (text) => {
    if (open.length > 0) open.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    const { path, text } = open.pop()!;
    texts.set(path, [...(texts.get(path) ?? []), text]);
  });
  let error: Error | undefined;
  parser.on('error', (e) => (error ??= e));
  parser.write(xml).close();
  assert.equal(error, undefined, `the feed is not well-formed XML: ${String(error)}\n${xml}`);
  return texts;
}

// XML 1.0 cannot hold these, so the feed drops them, and reading turns every line break into a line feed.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const asXmlText = (text: string) => text.toWellFormed().replace(NOT_XML, '').replace(/\r\n?/g, '\n');

/** A posting's feed item, as the build writes it, decodes to its text without elements, as readers decode it. */
function assertFeedShowsText(job: Job, company: Company, summary: string): void {
  const title = `${job.title} at ${company.name}`;
  const facts = `${company.name} · ${levelLabel(job.level)} · ${formatWhere(job)} · ${formatSalary(job.salary)}`;
  const description = `${facts}. ${summary}`;
  const xml = rss(
    {
      title: `Jobs at ${company.name}`,
      description: 'Backend jobs',
      pageUrl: 'https://board.example/',
      feedUrl: 'https://board.example/feed.xml',
      updated: TODAY,
    },
    [
      {
        url: 'https://board.example/jobs/fuzz/',
        title,
        summary: description,
        date: job.posted,
        categories: [levelLabel(job.level), ...job.stack.map(tagLabel)],
      },
    ],
  );
  const texts = xmlTexts(xml);
  for (const [path, expected] of [
    ['/rss/channel/item/title', title],
    ['/rss/channel/item/description', description],
    ['/rss/channel/title', `Jobs at ${company.name}`],
  ] as const) {
    const [text] = texts.get(path) ?? [];
    assert.ok(text !== undefined, `${path} is missing`);
    const shown = asHtml(text);
    assert.deepEqual(shown.elements, [], `${path} holds markup: ${JSON.stringify(text)}`);
    assert.equal(shown.text, asXmlText(expected).replace(/\r/g, '\n'), path);
  }
}

/** Structured data for a posting: valid JSON of the same values, with nothing that could end its <script>. */
function assertStructuredData(id: string, job: Job, company: Company, html: string): void {
  const data = jobPosting({ id, job, company, url: `https://board.example/jobs/${id}/`, descriptionHtml: html });
  const json = scriptSafeJson(data);
  assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(data)));
}

/** The body of a content file, or the whole text when its front-matter cannot be found. */
function bodyOf(text: string): string {
  return readBody(text)?.body ?? text;
}

/** Renders a body within the budget, checks its HTML, and returns it with its summary. */
function renderChecked(body: string): { html: string; summary: string } {
  const rendered = timed('rendering the body', () => renderParsed(parseBody(body)));
  assertSafeBodyHtml(rendered.html);
  return rendered;
}

/** A content file's name, extension, text and damage: a hostile one may have odd names and damaged bytes too. */
function contentFile(intent: Intent, stem: string, text: fc.Arbitrary<string>) {
  return intent === 'hostile'
    ? fc.tuple(fileStem(stem), contentExtension, text, damage)
    : fc.tuple(fc.constant(stem), fc.constant('.md'), text, fc.constant(undefined));
}

// ---------------------------------------------------------------------------------------------------------------
// SVG output.

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** The SVG elements a published logo may hold, written out here apart from src/lib/logo-svg.ts. */
const SVG_ELEMENTS = new Set(
  (
    'svg g defs symbol use title desc path rect circle ellipse line polyline polygon text tspan textPath ' +
    'linearGradient radialGradient stop pattern clipPath mask marker filter feBlend feColorMatrix ' +
    'feComponentTransfer feComposite feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feMerge ' +
    'feMergeNode feMorphology feOffset'
  ).split(' '),
);
const SVG_ATTRIBUTES = new Set([...Object.keys(ATTRIBUTES), ...Object.keys(PROPERTIES), 'id', 'href']);
const LOCAL_REFERENCE = /^#[A-Za-z0-9_][\w.:-]*$/;
const URL_FUNCTION = /url\(/gi;
const LOCAL_URL = /url\(#[A-Za-z0-9_][\w.:-]*\)/g;

/**
 * A cleaned SVG, parsed again: well-formed UTF-8 XML of allowlisted SVG elements and attributes only, with no
 * declaration, DOCTYPE, comment, processing instruction or CSS, references only to ids it holds, and unchanged
 * when cleaned again.
 */
function assertCleanSvg(svg: string): void {
  const parser = new SaxesParser({ xmlns: true });
  const ids: string[] = [];
  const references: string[] = [];
  let elements = 0;
  parser.on('xmldecl', () => assert.fail('the cleaned logo has an XML declaration'));
  parser.on('doctype', () => assert.fail('the cleaned logo has a DOCTYPE'));
  parser.on('comment', () => assert.fail('the cleaned logo has a comment'));
  parser.on('processinginstruction', () => assert.fail('the cleaned logo has a processing instruction'));
  parser.on('opentag', (tag) => {
    elements++;
    assert.equal(tag.uri, SVG_NS, `<${tag.name}> is outside the SVG namespace`);
    assert.equal(tag.prefix, '', `<${tag.name}> has a prefix`);
    assert.ok(SVG_ELEMENTS.has(tag.local), `<${tag.name}> is not an allowlisted element`);
    for (const attribute of Object.values(tag.attributes)) {
      const { name, uri, local, value } = attribute;
      const where = `${name}="${value}" on <${tag.name}>`;
      if (uri === XMLNS_NS || name === 'xmlns') {
        assert.ok(
          (name === 'xmlns' && value === SVG_NS) || (name === 'xmlns:xlink' && value === XLINK_NS),
          `${where} declares another namespace`,
        );
        continue;
      }
      if (uri === XLINK_NS) assert.equal(local, 'href', where);
      else if (uri === XML_NS) assert.ok(local === 'space' || local === 'lang', where);
      else {
        assert.equal(uri, '', `${where} is in another namespace`);
        assert.ok(SVG_ATTRIBUTES.has(local), `${where} is not an allowlisted attribute`);
      }
      assert.doesNotMatch(local, /^on/i, `${where} is a handler`);
      assert.notEqual(local, 'style', `${where} is CSS`);
      if (local === 'id') ids.push(value);
      if (local === 'href') {
        assert.match(value, LOCAL_REFERENCE, `${where} refers outside the file`);
        references.push(value.slice(1));
      }
      // Labels are text for assistive technology, never CSS: "url(#a)" there refers to nothing.
      if (local.startsWith('aria-') || local === 'lang') continue;
      const urls = value.match(URL_FUNCTION)?.length ?? 0;
      const local_ = [...value.matchAll(LOCAL_URL)].map((m) => m[0].slice(5, -1));
      assert.equal(local_.length, urls, `${where} has a url() that is not url(#id)`);
      references.push(...local_);
    }
  });
  let error: Error | undefined;
  parser.on('error', (e) => (error ??= e));
  parser.write(svg).close();
  assert.equal(error, undefined, `the cleaned logo is not well-formed: ${String(error)}`);
  assert.ok(elements > 0);
  assert.equal(new Set(ids).size, ids.length, 'the cleaned logo repeats an id');
  for (const id of references) assert.ok(ids.includes(id), `the cleaned logo refers to #${id}, which it lacks`);
  const again = cleanSvgLogo(utf8(svg));
  assert.ok(again.ok, `the cleaned logo is refused when cleaned again: ${JSON.stringify(!again.ok && again.problems)}`);
  assert.equal(again.svg, svg, 'cleaning the cleaned logo again changes it');
}

// ---------------------------------------------------------------------------------------------------------------

describe('fuzzing the validator and the renderers', () => {
  it('reads any front-matter without throwing, in time, naming a line of the file for what it refuses', (t) => {
    check(
      t,
      fc.property(frontMatterText, (text) => {
        const bytes = utf8(text);
        const read = timed('reading the front-matter', () => readSource(text));
        if (read.ok) return;
        assertReadable([{ file: 'fuzz.md', field: 'front-matter', ...read.problem }], new Map([['fuzz.md', bytes]]));
      }),
    );
  });

  it('checks any Markdown body as a full parse does, and renders an accepted one with every link it holds', (t) => {
    let accepted = 0;
    check(
      t,
      fc.property(fc.oneof(acceptedBody, anyBody), (body) => {
        const problems = timed('checking the body', () => checkBody(body));
        // The validator's quick check is a shortcut to the same answer, never a different rule.
        assert.deepEqual(problems, bodyProblems(parseBody(body), body));
        const { html } = renderChecked(body);
        if (problems.length > 0) return;
        accepted++;
        const links = parseBody(body)
          .tokens.flatMap((t) => t.children ?? [])
          .filter((t) => t.type === 'link_open');
        assert.equal(html.match(/<a /g)?.length ?? 0, links.length, `a link was dropped from ${JSON.stringify(html)}`);
      }),
    );
    assertEnoughAccepted(accepted, RUNS / 5, 'bodies');
  });

  it('checks any posting file without throwing, in time, and renders what it accepts to allowlisted output', (t) => {
    let accepted = 0;
    const posting = intent.chain((i) => contentFile(i, 'fuzz', postingText('fuzz-co', i)));
    check(
      t,
      fc.property(posting, ([stem, extension, source, how]) => {
        const bytes = damaged(utf8(source), how);
        const text = new TextDecoder().decode(bytes);
        const path = `content/jobs/${stem}${extension}`;
        const checked = timed('checking the posting', () => checkJobFile(entry(path, bytes)));
        assertReadable(checked.problems, new Map([[path, bytes]]));
        const rendered = renderChecked(bodyOf(text));
        if (checked.problems.length > 0 || !checked.data) return;
        accepted++;
        const job = checked.data;
        assertOneVisibleLine(job.title, 'title');
        for (const [i, office] of (job.offices ?? []).entries()) {
          assertOneVisibleLine(office.city, `offices[${i}].city`);
          if (office.region !== undefined) assertOneVisibleLine(office.region, `offices[${i}].region`);
          if (office.postalCode !== undefined) assert.match(office.postalCode, /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/);
        }
        const company: Company = { name: 'Fuzz Co', website: 'https://fuzz.example' };
        assertFeedShowsText(job, company, rendered.summary);
        assertStructuredData(checked.id ?? 'fuzz', job, company, rendered.html);
      }),
    );
    assertEnoughAccepted(accepted, RUNS / 5, 'postings');
  });

  it('checks any company file without throwing, in time, and renders what it accepts to allowlisted output', (t) => {
    let accepted = 0;
    const company = intent.chain((i) => contentFile(i, 'fuzz-co', companyText(undefined, i)));
    check(
      t,
      fc.property(company, ([stem, extension, source, how]) => {
        const bytes = damaged(utf8(source), how);
        const text = new TextDecoder().decode(bytes);
        const path = `content/companies/${stem}${extension}`;
        const checked = timed('checking the company', () => checkCompanyFile(entry(path, bytes)));
        assertReadable(checked.problems, new Map([[path, bytes]]));
        renderChecked(bodyOf(text));
        if (checked.problems.length > 0 || !checked.data) return;
        accepted++;
        assertOneVisibleLine(checked.data.name, 'name');
        assertOneVisibleLine(checked.data.headquarters, 'headquarters');
      }),
    );
    assertEnoughAccepted(accepted, RUNS / 5, 'companies');
  });

  it('checks any logo without throwing, in time, and publishes only allowlisted SVG that cleans to itself', (t) => {
    let accepted = 0;
    const logo = intent.chain((i) =>
      fc.tuple(i === 'hostile' ? fileStem('fuzz-co') : fc.constant('fuzz-co'), logoFile(i)),
    );
    check(
      t,
      fc.property(logo, ([stem, { extension, bytes }]) => {
        const name = `${stem}.${extension}`;
        const path = `public/logos/${name}`;
        const files = new Map([[path, bytes]]);
        const problem = timed('checking the logo entry', () => logoEntryProblem(entry(path, bytes)));
        if (problem !== undefined) {
          assertReadable([{ file: path, line: 1, column: 1, field: 'file', message: problem }], files);
          return;
        }
        const output = timed('cleaning the logo', () => publishedLogo(`logos/${name}`, bytes));
        if (!output.ok) {
          assertReadable(
            output.problems.map((p) => ({ file: path, ...p })),
            files,
          );
          return;
        }
        if (extension !== 'svg') return;
        accepted++;
        assertCleanSvg(new TextDecoder('utf-8', { fatal: true }).decode(output.bytes));
      }),
    );
    assertEnoughAccepted(accepted, RUNS / 10, 'logos');
  });

  it('validates a whole board of generated files without throwing, in time, and renders every posting it accepts', (t) => {
    const board = fc
      .record({
        companies: fc.integer({ min: 1, max: 3 }),
        // A board of files meant to be accepted, or of files each likely accepted or hostile.
        clean: fc.boolean(),
        intents: fc.array(intent, { minLength: 7, maxLength: 7 }),
      })
      .chain(({ companies, clean, intents }) => {
        const as = (i: number): Intent => (clean ? 'likely-accepted' : intents[i]!);
        const slugs = Array.from({ length: companies }, (_, i) => `fuzz-co-${i}`);
        return fc.record({
          companies: fc.tuple(...slugs.map((slug, i) => companyText(`logos/${slug}.svg`, as(i)))),
          logos: fc.tuple(
            ...slugs.map((_, i) =>
              clean ? svgLogo('likely-accepted').map((bytes) => ({ extension: 'svg', bytes })) : logoFile(as(i)),
            ),
          ),
          jobs: fc.array(
            // Now and then a posting names a company that has no file.
            fc
              .nat({ max: clean ? companies - 1 : companies })
              .chain((c) => postingText(`fuzz-co-${c}`, as(3 + Math.min(c, 2)))),
            { minLength: clean ? 1 : 0, maxLength: 4 },
          ),
          // A posting submitted twice (the same apply link and title), and entries that are not regular files.
          twice: clean ? fc.constant(false) : fc.boolean(),
          odd: clean
            ? fc.constant<ContentEntry['type'][]>([])
            : fc.array(fc.constantFrom<ContentEntry['type']>('directory', 'symlink', 'other'), { maxLength: 1 }),
        });
      });
    let accepted = 0;
    check(
      t,
      fc.property(board, ({ companies, logos, jobs, twice, odd }) => {
        const files = new Map<string, Uint8Array>();
        const add = (path: string, bytes: Uint8Array) => {
          files.set(path, bytes);
          return entry(path, bytes);
        };
        const input = {
          companies: companies.map((text, i) => add(`content/companies/fuzz-co-${i}.md`, utf8(text))),
          jobs: [
            ...[...jobs, ...(twice ? jobs.slice(0, 1) : [])].map((text, i) =>
              add(`content/jobs/fuzz-${i}.md`, utf8(text)),
            ),
            ...odd.map((type): ContentEntry => {
              files.set('content/jobs/odd.md', new Uint8Array());
              return { path: 'content/jobs/odd.md', type, size: 0 };
            }),
          ],
          logos: logos.map(({ extension, bytes }, i) => add(`public/logos/fuzz-co-${i}.${extension}`, bytes)),
          publicFile: (path: string) => files.get(`public/${path}`),
          today: TODAY,
        };
        const result = timed('validating the board', () => validateBoard(input), BUDGET_MS * files.size);
        assertReadable(result.problems, files);
        const names = new Map(result.companies.map((c) => [c.id, c.data]));
        for (const job of result.jobs) {
          const company = names.get(job.data.company);
          // A posting is checked on its own; the build publishes it only when the whole board has no problem.
          if (result.problems.length > 0) continue;
          accepted++;
          assert.ok(company, `${job.file} was accepted without its company`);
          const text = new TextDecoder().decode(files.get(job.file));
          const rendered = renderChecked(bodyOf(text));
          assertFeedShowsText(job.data, company, rendered.summary);
        }
      }),
      Math.max(1, Math.ceil(RUNS / 3)),
    );
    assertEnoughAccepted(accepted, 1, 'postings in boards');
  });
});
