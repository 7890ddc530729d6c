// The corpus files the validator accepts, through a real build (validator not bypassed): no injected script,
// handler, unsafe URL, frame or style survives, the structured data parses to the front-matter's values, the
// pages are valid HTML, and feeds decoded the way readers decode them hold the text and no markup. And a build
// never reads a file outside the repository through a link.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate/node';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { SaxesParser } from 'saxes';
import { readBody, readSource } from '../../src/board/frontmatter.ts';
import { bodyText, parseBody } from '../../src/board/markdown.ts';
import { loadBoard } from '../../src/build/content-files.ts';
import { searchRecord } from '../../src/site/search-records.ts';
import { PROJECT, createFixtureProject } from '../support/fixture-project.ts';
import { googleJobPostingProblems, type Workplace } from '../support/google-job-posting.ts';
import { ACCEPTED, CORPUS_DATE, SECRET, createCorpusCopy, type CorpusCopy } from '../support/corpus.ts';
import { BODY_ELEMENTS } from '../support/body-elements.ts';

const BUILD = join(PROJECT, 'scripts/build.ts');
const STACK_TRACE = /^\s+at .+[:(]\d+/m;

/** Runs `npm run build` in a fixture project, as CI would: the validator first, then Astro. */
function build(root: string) {
  const { GITHUB_ACTIONS: _ci, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [BUILD], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, BOARD_DATE: CORPUS_DATE, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 300_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every regular file under `dir`, links and node_modules left out. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.name === 'node_modules' || entry.isSymbolicLink()) return [];
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

interface Element {
  name: string;
  attributes: Map<string, string>;
  /** Where the tag starts in the document. */
  index: number;
}

// Astro escapes "<" in text and quotes in attribute values, and scriptSafeJson escapes "<" in structured data,
// so in a built page every "<" outside a quoted attribute value starts a tag, a comment or the doctype.
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>|<!--[^]*?-->|<!doctype html>/iy;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;

/** The opening tags of a page; fails when a "<" starts anything but a well-formed tag. */
function elements(html: string, where: string): Element[] {
  const found: Element[] = [];
  for (let index = html.indexOf('<'); index !== -1; index = html.indexOf('<', index + 1)) {
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(html);
    assert.ok(
      match,
      `${where}: markup that is not a well-formed tag: ${JSON.stringify(html.slice(index, index + 80))}`,
    );
    if (match[2] && !match[1]) {
      const attributes = new Map<string, string>();
      for (const [, name, value] of match[3]!.matchAll(ATTRIBUTE))
        attributes.set(name!.toLowerCase(), decode(value ?? ''));
      found.push({ name: match[2].toLowerCase(), attributes, index });
    }
    index += match[0].length - 1;
  }
  return found;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity[0] !== '#') return named[entity.toLowerCase()]!;
    return String.fromCodePoint(
      entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
    );
  });
}

const FORBIDDEN = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'base',
  'svg',
  'math',
  'template',
  'audio',
  'video',
  'canvas',
  'portal',
]);
/**
 * The site's own charts (the salary bars of /salaries/ and of a posting page) are the one SVG a page may hold:
 * drawn from numbers, hidden from screen readers, made of rectangles and lines with numeric geometry only.
 */
const CHART_SVG = {
  classes: new Set(['salary-bar', 'market-bar']),
  attributes: new Set(['class', 'viewbox', 'preserveaspectratio', 'aria-hidden', 'focusable']),
  shapes: new Set(['rect', 'line']),
  geometry: new Set(['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2']),
  shapeClasses: new Set(['grid', 'whisker', 'box', 'median', 'middle', 'range']),
};

/** Why an element is not part of one of the site's charts, or undefined when it is (or is no chart element). */
function chartProblem(name: string, attributes: ReadonlyMap<string, string>): string | undefined {
  if (name === 'svg') {
    const odd = [...attributes.keys()].filter((attribute) => !CHART_SVG.attributes.has(attribute));
    if (!CHART_SVG.classes.has(attributes.get('class') ?? '') || attributes.get('aria-hidden') !== 'true' || odd.length)
      return `<svg ${[...attributes].join(' ')}>`;
  }
  if (CHART_SVG.shapes.has(name)) {
    for (const [attribute, value] of attributes) {
      const numeric = CHART_SVG.geometry.has(attribute) && /^-?\d+(\.\d+)?$/.test(value);
      const known =
        (attribute === 'class' && CHART_SVG.shapeClasses.has(value)) ||
        (attribute === 'vector-effect' && value === 'non-scaling-stroke');
      if (!numeric && !known) return `<${name} ${attribute}="${value}">`;
    }
  }
  return undefined;
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'srcset',
  'poster',
  'cite',
  'data',
  'xlink:href',
]);

/** Why a URL in a page is unsafe, or undefined: any scheme but https: and mailto: is, however it is spelt. */
function unsafeUrl(value: string): boolean {
  const cleaned = value.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme !== undefined && scheme !== 'https' && scheme !== 'mailto';
}

/** Everything on a page that could run, load or restyle something it should not. */
function hazards(html: string, page: string, scriptsAllowed: boolean): string[] {
  const found: string[] = [];
  for (const element of elements(html, page)) {
    const { name, attributes } = element;
    const type = attributes.get('type');
    if (FORBIDDEN.has(name) && name !== 'svg') found.push(`<${name}>`);
    const chart = chartProblem(name, attributes);
    if (chart) found.push(chart);
    if (
      name === 'script' &&
      type !== 'application/ld+json' &&
      !(scriptsAllowed && attributes.get('src')?.startsWith('/_astro/'))
    )
      found.push(`<script ${[...attributes].join(' ')}>`);
    if (name === 'form' && attributes.get('action') !== '/search/')
      found.push(`<form action=${attributes.get('action')}>`);
    if (name === 'meta' && attributes.has('http-equiv') && attributes.get('http-equiv') !== 'content-security-policy')
      found.push(`<meta http-equiv=${attributes.get('http-equiv')}>`);
    if (name === 'link' && !['canonical', 'icon', 'alternate', 'stylesheet'].includes(attributes.get('rel') ?? ''))
      found.push(`<link rel=${attributes.get('rel')}>`);
    for (const [attribute, value] of attributes) {
      if (/^on/.test(attribute) || attribute === 'style' || attribute === 'srcdoc')
        found.push(`${attribute}= on <${name}>`);
      if (URL_ATTRIBUTES.has(attribute) && unsafeUrl(value)) found.push(`${attribute}="${value}" on <${name}>`);
    }
  }
  return found;
}

/** The front-matter of a corpus file. */
function frontMatter(path: string): Record<string, unknown> {
  const read = readSource(readFileSync(path, 'utf8'));
  assert.ok(read.ok, path);
  return read.parts.data;
}

interface JobPosting {
  title: string;
  description: string;
  identifier: { value: string };
  hiringOrganization: { name: string; sameAs: string };
}

describe('accepted corpus files, built', () => {
  let work: string;
  let corpus: CorpusCopy;
  let root: string;
  let result: ReturnType<typeof build>;
  const jobs = ACCEPTED.filter((path) => path.startsWith('content/jobs/'));
  const companies = ACCEPTED.filter((path) => path.startsWith('content/companies/'));
  const dist = () => join(root, 'dist');
  const page = (path: string) => readFileSync(join(dist(), path), 'utf8');
  const slug = (path: string) => path.slice(path.lastIndexOf('/') + 1, -3);

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'corpus-build-'));
    corpus = createCorpusCopy(join(work, 'copy'));
    const content = join(work, 'accepted');
    for (const path of ACCEPTED) {
      if (!path.startsWith('content/')) continue;
      mkdirSync(dirname(join(content, path)), { recursive: true });
      copyFileSync(join(corpus.root, path), join(content, path));
    }
    root = createFixtureProject(join(work, 'project'), join(content, 'content'));
    for (const path of ACCEPTED.filter((p) => p.startsWith('public/')))
      copyFileSync(join(corpus.root, path), join(root, path));
    result = build(root);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('builds, with the validator finding nothing wrong, a page for every accepted posting and company', () => {
    assert.equal(result.code, 0, result.output);
    // Astro's own summary, without its line for each page (src/build/build-logger.ts).
    const log = result.output.replace(/\u001b\[[\d;]*m/g, '');
    assert.match(log, /\[build\] \d+ pages rendered\n.*\[build\] \d+ page\(s\) built in/);
    assert.doesNotMatch(log, /[├└]─ \/|\(\+\d+ms\)/);
    // Every logo in public/logos/ is checked too: the project's three and the corpus's accepted ones.
    const logos = 3 + ACCEPTED.filter((path) => path.startsWith('public/logos/')).length;
    assert.match(result.output, new RegExp(`validated ${jobs.length + companies.length + logos} files`));
    for (const path of jobs) assert.ok(existsSync(join(dist(), 'jobs', slug(path), 'index.html')), path);
    for (const path of companies) assert.ok(existsSync(join(dist(), 'companies', slug(path), 'index.html')), path);
  });

  it('lets no injected script, handler, javascript:, vbscript: or data: URL, frame, form or style through on any page', () => {
    const pages = filesUnder(dist()).filter((file) => file.endsWith('.html'));
    assert.ok(pages.length > 20);
    const problems = pages.flatMap((file) => {
      const path = relative(dist(), file);
      return hazards(readFileSync(file, 'utf8'), path, path === 'search/index.html').map((h) => `${path}: ${h}`);
    });
    assert.deepEqual(problems, []);
  });

  it('shows markup in values and bodies as text', () => {
    const title = frontMatter(join(corpus.root, 'content/jobs/accepted-title-markup.md'))['title'] as string;
    const html = page('jobs/accepted-title-markup/index.html');
    const h1 = /<h1 id="job-title">([^<]*)<\/h1>/.exec(html);
    assert.equal(decode(h1![1]!), title);
    assert.ok(html.includes('&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;'));
    const entities = page('jobs/accepted-entities/index.html');
    assert.ok(entities.includes('Entities stay text: &lt;script&gt;window.__pwned=1&lt;/script&gt;'));
    assert.ok(entities.includes('<code>&lt;script&gt;window.__pwned=1&lt;/script&gt;</code>'));
    const region = page('jobs/office-region-markup/index.html');
    assert.ok(
      region.includes(
        '<li>Munich, Bavaria&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt; 80331, Germany</li>',
      ),
    );
    const company = page('companies/corpus-markup/index.html');
    // Cards are made as strings once a build (src/site/job-card.ts), not by Astro: the title is text there too.
    const card = /<li class="job-card"><h3><a href="\/jobs\/accepted-title-markup\/">([^<]*)<\/a>/.exec(company);
    assert.equal(decode(card![1]!), title);
    assert.ok(
      company.includes(
        'Markup &lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt; &quot;Co&quot; &amp; &lt;Sons&gt;',
      ),
    );
  });

  it('writes structured data that parses to the front-matter values, after the Content-Security-Policy', () => {
    for (const path of jobs) {
      const html = page(`jobs/${slug(path)}/index.html`);
      const data = frontMatter(join(corpus.root, path));
      const company = frontMatter(join(corpus.root, `content/companies/${data['company'] as string}.md`));
      const scripts = elements(html, path).filter((e) => e.name === 'script');
      assert.equal(scripts.length, 1, path);
      assert.equal(scripts[0]!.attributes.get('type'), 'application/ld+json');
      const start = html.indexOf('>', scripts[0]!.index) + 1;
      const posting = JSON.parse(html.slice(start, html.indexOf('</script>', start))) as JobPosting;
      assert.equal(posting.title, data['title'], path);
      assert.equal(posting.identifier.value, slug(path));
      assert.equal(posting.hiringOrganization.name, company['name']);
      assert.equal(posting.hiringOrganization.sameAs, company['website']);
      // Offices, with their region and postal code, and where remote applicants may live, as the front-matter says.
      assert.deepEqual(
        googleJobPostingProblems(posting as unknown as Record<string, unknown>, data as unknown as Workplace),
        [],
        path,
      );
      for (const element of elements(posting.description, `${path} description`)) {
        assert.ok(BODY_ELEMENTS.has(element.name), `${path}: <${element.name}> in the description`);
        for (const [attribute, value] of element.attributes) {
          assert.ok(['href', 'rel', 'start'].includes(attribute), `${path}: ${attribute}= in the description`);
          if (attribute === 'href') assert.match(value, /^(https:|mailto:)/, path);
        }
      }
      // A policy covers only what follows it: content must not come before it.
      const policy = html.indexOf('<meta http-equiv="content-security-policy"');
      assert.ok(policy !== -1 && policy < scripts[0]!.index, `${path}: the structured data comes before the CSP`);
      assert.ok(policy < html.indexOf('<body'), path);
    }
  });

  it("hands Pagefind a title's and a description's marker words as plain words, which weigh nothing", async () => {
    // The records as the build's worker makes them: the built fragments keep no text (src/build/search-fragments.ts),
    // and tests/unit/search-index.test.ts shows that words the markers surround rank as if they were not there.
    const board = await loadBoard(root, CORPUS_DATE);
    const names = new Map(board.companies.map((company) => [company.id, company.data.name]));
    const content = (slug: string) => {
      const job = board.jobs.find((entry) => entry.id === slug);
      assert.ok(job, `${slug} is on the board`);
      const read = readBody(readFileSync(join(root, job.file), 'utf8'));
      assert.ok(read, job.file);
      const text = bodyText(parseBody(read.body));
      const companyName = names.get(job.data.company) ?? job.data.company;
      return searchRecord({
        id: slug,
        rank: 1,
        job: job.data,
        companyName,
        url: `/jobs/${slug}/`,
        text,
        today: CORPUS_DATE,
      }).content;
    };
    const record = content('accepted-search-markers');
    assert.match(record, /^Staff Engineer __PAGEFIND_WEIGHT__255 Ledger __END_PAGEFIND_WEIGHT__\. /);
    assert.ok(record.includes('__PAGEFIND_WEIGHT__255 ledger payments kafka postgres __END_PAGEFIND_WEIGHT__'));
    assert.ok(record.includes('__PAGEFIND_ANCHOR__h2:top'));
    assert.match(content('accepted-search-marker-company'), /Marker __PAGEFIND_WEIGHT__255 Payments __END_/);
    assert.match(content('accepted-search-marker-city'), /Porto __PAGEFIND_WEIGHT__255 kafka/);
    assert.match(content('accepted-search-lone-markers'), /lone end __END_PAGEFIND_WEIGHT__ pop/);
    assert.match(content('accepted-search-underscores'), /Python __init__ Tooling/);
    for (const job of board.jobs) assert.doesNotMatch(content(job.id), /___/, job.id);
    // Pagefind took them: each has its fragment in the built index.
    const urls = filesUnder(join(dist(), 'pagefind', 'fragment')).map(
      (file) =>
        (JSON.parse(gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string })
          .url,
    );
    for (const slug of ['accepted-search-markers', 'accepted-search-marker-company', 'accepted-search-underscores'])
      assert.ok(urls.includes(`/jobs/${slug}/`), slug);
  });

  it('builds pages that are valid HTML', async () => {
    const config = JSON.parse(readFileSync(join(PROJECT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
    const validator = new HtmlValidate({ ...config, root: true });
    const files = [
      ...jobs.map((path) => `jobs/${slug(path)}/index.html`),
      ...companies.map((path) => `companies/${slug(path)}/index.html`),
      'index.html',
      'companies/index.html',
    ];
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(dist(), file));
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    assert.deepEqual(problems, []);
  });

  /** Every RSS document the build wrote: the main feed, and the per-tag, per-level and level+tag feeds. */
  function rssFiles(): string[] {
    return filesUnder(dist())
      .map((file) => relative(dist(), file))
      .filter((file) => file.endsWith('.xml') && !file.startsWith('sitemap'))
      .sort();
  }

  /** The feed's items, as the postings they are for, with each element's text once XML is decoded. */
  function rssItems(file: string): Array<{ slug: string; elements: RssElement[] }> {
    const elements = rssElements(page(file), file);
    const items: Array<{ slug: string; elements: RssElement[] }> = [];
    for (const element of elements) {
      if (element.path !== 'rss > channel > item') continue;
      const inside = elements.filter((e) => e.path.startsWith('rss > channel > item > ') && e.item === element.item);
      const link = inside.find((e) => e.path.endsWith('> link'))!.text;
      items.push({ slug: link.replace(/^.*\/jobs\/([^/]+)\/$/, '$1'), elements: inside });
    }
    return items;
  }

  /** A posting's title as feeds show it, from its front-matter and its company's. */
  function feedTitle(slug: string): string {
    const data = frontMatter(join(corpus.root, `content/jobs/${slug}.md`));
    const company = frontMatter(join(corpus.root, `content/companies/${data['company'] as string}.md`));
    return `${data['title'] as string} at ${company['name'] as string}`;
  }

  it('writes feeds whose titles and descriptions, decoded as readers decode them, are the text and no markup', () => {
    const files = rssFiles();
    // The main feed, one per level, one per tag, and level+tag alerts.
    assert.ok(files.includes('feed.xml') && files.includes('level/staff/feed.xml'), files.join(' '));
    assert.ok(files.includes('stack/go/feed.xml') && files.includes('feeds/staff/go.xml'), files.join(' '));
    const markup = feedTitle('accepted-feed-markup');
    const titleMarkup = feedTitle('accepted-title-markup');
    let seen = 0;
    for (const file of files) {
      const elements = rssElements(page(file), file);
      for (const { path, text } of elements) {
        if (/(?:^|> )(?:title|description)$/.test(path)) {
          // Readers take these as HTML: the board writes no elements there, so none may appear.
          assert.deepEqual(asHtml(text).elements, [], `${file}: ${path} ${JSON.stringify(text)}`);
        } else {
          assert.doesNotMatch(text, /[<>]/, `${file}: ${path} holds markup`);
        }
      }
      for (const item of rssItems(file)) {
        const shown = (name: string) => asHtml(item.elements.find((e) => e.path.endsWith(`> ${name}`))!.text).text;
        if (item.slug === 'accepted-feed-markup') {
          seen++;
          assert.equal(shown('title'), markup, file);
          const description = shown('description');
          for (const text of [
            'Code: <img src=https://evil.example/x.png onerror=window.__pwned=1>, <a href=https://evil.example/>phish</a>,',
            '<script>window.__pwned=1</script>; spelt out: <script>window.__pwned=2</script> &lt;b&gt;.',
          ]) {
            assert.ok(description.includes(text), `${file}: ${JSON.stringify(description)}`);
          }
        }
        if (item.slug === 'accepted-title-markup') assert.equal(shown('title'), titleMarkup, file);
      }
    }
    // In the main feed, and the go, postgresql, staff, staff+go and staff+postgresql feeds.
    assert.equal(seen, 6);
  });

  it('writes a JSON Feed of plain text only: title and content_text, never content_html', () => {
    const json = JSON.parse(page('feed.json')) as { items: Array<Record<string, unknown>> };
    for (const item of json.items) {
      assert.deepEqual(
        Object.keys(item).filter(
          (key) => !['id', 'url', 'title', 'content_text', 'date_published', 'tags'].includes(key),
        ),
        [],
      );
    }
    const item = json.items.find((i) => String(i['url']).endsWith('/jobs/accepted-feed-markup/'))!;
    assert.equal(item['title'], feedTitle('accepted-feed-markup'));
    assert.match(
      String(item['content_text']),
      /<script>window\.__pwned=1<\/script>; spelt out: <script>window\.__pwned=2<\/script> &lt;b&gt;\./,
    );
  });

  it('shows the titles as written, and no markup, in a real feed reader library (feedparser)', (t) => {
    const python = ['python3', '/usr/bin/python3'].find(
      (command) => spawnSync(command, ['-c', 'import feedparser'], { encoding: 'utf8' }).status === 0,
    );
    const missing = 'python3 with feedparser is not installed (Debian: apt-get install python3-feedparser)';
    // CI installs it (.ci/run, ci.yml): there a missing feedparser fails rather than skips.
    if (!python) return process.env['CI'] ? assert.fail(missing) : t.skip(missing);
    // feedparser sanitizes, but keeps <a> and <img>: single escaping shows here as live elements.
    const script = `import feedparser, json, sys
print(json.dumps([[{"link": e.link, "title": e.title, "title_type": e.title_detail.type, "summary": e.summary}
  for e in feedparser.parse(path).entries] for path in sys.argv[1:]]))`;
    const files = rssFiles();
    const result = spawnSync(python, ['-c', script, ...files.map((file) => join(dist(), file))], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const feeds = JSON.parse(result.stdout) as Array<
      Array<{ link: string; title: string; title_type: string; summary: string }>
    >;
    let seen = 0;
    for (const [index, entries] of feeds.entries()) {
      for (const entry of entries) {
        const shownTitle = entry.title_type === 'text/html' ? asHtml(entry.title) : { elements: [], text: entry.title };
        assert.deepEqual(shownTitle.elements, [], `${files[index]!}: ${entry.title}`);
        assert.deepEqual(asHtml(entry.summary).elements, [], `${files[index]!}: ${entry.summary}`);
        if (entry.link.endsWith('/jobs/accepted-feed-markup/')) {
          seen++;
          assert.equal(shownTitle.text, feedTitle('accepted-feed-markup'));
        }
      }
    }
    assert.equal(seen, 6);
  });
});

interface RssElement {
  /** The element's ancestors and name: `rss > channel > item > title`. */
  path: string;
  /** The number of the item it is in (or is), 0 outside items. */
  item: number;
  /** Its text, XML entities and character references decoded. */
  text: string;
}

/** The elements of an RSS document, read by a conforming XML parser; fails when it is not well-formed. */
function rssElements(xml: string, where: string): RssElement[] {
  const parser = new SaxesParser({ xmlns: true });
  const found: RssElement[] = [];
  const open: Array<{ name: string; text: string }> = [];
  let item = 0;
  parser.on('opentag', (tag) => {
    if (tag.name === 'item') item++;
    open.push({ name: tag.name, text: '' });
  });
  const addText = (text: string) => {
    if (open.length > 0) open.at(-1)!.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const path = open.map((o) => o.name).join(' > ');
    const { text } = open.pop()!;
    found.push({ path, item: path.includes('item') ? item : 0, text });
  });
  let error: Error | undefined;
  parser.on('error', (e) => (error ??= e));
  parser.write(xml).close();
  assert.equal(error, undefined, `${where} is not well-formed XML`);
  return found;
}

/** HTML as a reader's browser parses it: the elements it holds, and the text it shows. */
function asHtml(html: string): { elements: string[]; text: string } {
  const elements: string[] = [];
  let text = '';
  const visit = (node: DefaultTreeAdapterTypes.ChildNode) => {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
    else if (node.nodeName === '#comment') elements.push('<!-- comment -->');
    else if ('tagName' in node) {
      elements.push(`<${node.tagName}>`);
      node.childNodes.forEach(visit);
    }
  };
  parseFragment(html).childNodes.forEach(visit);
  return { elements, text };
}

describe('symbolic links and the build', () => {
  let work: string;
  let corpus: CorpusCopy;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'corpus-links-'));
    corpus = createCorpusCopy(join(work, 'copy'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  /** A project holding the corpus's accepted posting and company, plus whatever `link` adds. */
  function project(name: string, link: (root: string) => void): string {
    const content = join(work, `${name}-content`);
    for (const path of ['content/jobs/accepted-bom.md', 'content/companies/corpus-co.md']) {
      mkdirSync(dirname(join(content, path)), { recursive: true });
      copyFileSync(join(corpus.root, path), join(content, path));
    }
    const root = createFixtureProject(join(work, name), join(content, 'content'));
    copyFileSync(join(corpus.root, 'public/logos/corpus-co.svg'), join(root, 'public/logos/corpus-co.svg'));
    link(root);
    return root;
  }

  /** Asserts that the secret is in no file of the project, links and node_modules aside. */
  function assertSecretNowhere(root: string, output: string) {
    assert.equal(output.includes(SECRET), false, 'the build output holds the secret');
    const leaking = filesUnder(root).filter((file) => readFileSync(file).includes(SECRET));
    assert.deepEqual(leaking, []);
  }

  it('refuses to build with a linked posting, company or logo, and nothing they point to is read or published', () => {
    const root = project('linked-files', (root) => {
      symlinkSync(join(corpus.outside, 'posting.md'), join(root, 'content/jobs/linked-posting.md'));
      symlinkSync(join(corpus.outside, 'company.md'), join(root, 'content/companies/linked-company.md'));
      symlinkSync(join(corpus.outside, 'logo.svg'), join(root, 'public/logos/linked-logo.svg'));
      symlinkSync(join(corpus.outside, 'folder'), join(root, 'public/logos/linked-folder'));
    });
    const { code, output } = build(root);
    assert.equal(code, 1, output);
    for (const path of [
      'content/jobs/linked-posting.md',
      'content/companies/linked-company.md',
      'public/logos/linked-logo.svg',
      'public/logos/linked-folder',
    ]) {
      assert.match(output, new RegExp(`^${path}:1:1 error file: is a symbolic link`, 'm'));
    }
    assert.match(output, /build: stopped, nothing was built/);
    assert.doesNotMatch(output, STACK_TRACE);
    assert.equal(existsSync(join(root, 'dist')), false);
    assertSecretNowhere(root, output);
  });

  it('refuses to build when a content folder is itself a link', () => {
    for (const folder of ['content/jobs', 'public/logos']) {
      const root = project(`linked-${folder.replace('/', '-')}`, (root) => {
        const target = join(work, `outside-${folder.replace('/', '-')}`);
        mkdirSync(target, { recursive: true });
        const file = folder === 'content/jobs' ? 'posting.md' : 'logo.svg';
        copyFileSync(
          join(corpus.outside, file),
          join(target, folder === 'content/jobs' ? 'outside.md' : 'outside.svg'),
        );
        for (const entry of readdirSync(join(root, folder)))
          copyFileSync(join(root, folder, entry), join(target, entry));
        rmSync(join(root, folder), { recursive: true });
        symlinkSync(target, join(root, folder));
      });
      assert.ok(lstatSync(join(root, folder)).isSymbolicLink());
      const { code, output } = build(root);
      assert.notEqual(code, 0, output);
      assert.match(
        output,
        new RegExp(`${folder} is a symbolic link; content folders must be real folders in the repository`),
      );
      assert.equal(existsSync(join(root, 'dist')), false);
      assertSecretNowhere(root, output);
    }
  });
});
