// The corpus files the validator accepts, through a real build (validator not bypassed): no injected script,
// handler, unsafe URL, frame or style survives, the structured data parses to the front-matter's values, and
// the pages are valid HTML. And a build never reads a file outside the repository through a link.

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
import { dirname, join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate/node';
import { readSource } from '../../src/lib/frontmatter.ts';
import { PROJECT, createFixtureProject } from '../support/fixture-project.ts';
import { ACCEPTED, CORPUS_DATE, SECRET, createCorpusCopy, type CorpusCopy } from '../support/corpus.ts';

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
const BODY_TAGS = new Set([
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'em',
  'strong',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
]);

/** Why a URL in a page is unsafe, or undefined: any scheme but https: and mailto: is, however it is spelt. */
function unsafeUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
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
    if (FORBIDDEN.has(name)) found.push(`<${name}>`);
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
    const company = page('companies/corpus-markup/index.html');
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
      for (const element of elements(posting.description, `${path} description`)) {
        assert.ok(BODY_TAGS.has(element.name), `${path}: <${element.name}> in the description`);
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

  it('escapes markup in the feeds', () => {
    for (const file of ['feed.xml', 'feeds/staff/go.xml']) {
      if (!existsSync(join(dist(), file))) continue;
      const xml = page(file);
      assert.equal(/<script/i.test(xml), false, file);
      assert.ok(xml.includes('&lt;/script&gt;&lt;script&gt;'), file);
    }
    const json = JSON.parse(page('feed.json')) as { items: Array<{ title: string }> };
    assert.ok(json.items.some((item) => item.title.includes('</script><script>window.__pwned=1</script>')));
  });
});

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
