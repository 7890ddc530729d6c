// A fork runs its own board by swapping board.config.ts: a real build of a small "Staff Frontend Jobs" board
// (other role family, levels, stack, regions, currencies, rules and sizes) leaves no trace of the default board's
// words in any page, feed, sitemap, JSON-LD block or header file, nor in the validator's messages, npm run new's
// help, CONTRIBUTING.md or the GitHub files npm run docs writes. And a broken config stops every entry point.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT, createFixtureProject } from '../support/fixture-project.ts';
import { FIXTURES, TODAY } from './helpers.ts';

const FORK = join(FIXTURES, 'frontend-board');
/** What only the default board says: its role family, its name and its repository. */
const DEFAULT_WORDS = /backend|Senior Backend Jobs|senior-backend-jobs/i;

function run(root: string, args: string[], env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _ci, ...inherited } = process.env;
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, BOARD_DATE: TODAY, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    timeout: 300_000,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}${result.stderr}`,
  };
}

/** The fork's config, placed at the top of a project copy, where its import resolves from the project root. */
function installConfig(root: string, text = readFileSync(join(FORK, 'board.config.ts'), 'utf8')): void {
  writeFileSync(
    join(root, 'board.config.ts'),
    text.replace('../../../src/board/board-config.ts', './src/board/board-config.ts'),
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The lines of `text` that hold one of the default board's words, for a message that shows them. */
function defaultWordsIn(text: string): string[] {
  return text.split('\n').filter((line) => DEFAULT_WORDS.test(line));
}

describe('a board with a configuration of its own', () => {
  let dir: string;
  let root: string;
  let dist: string;
  let built: ReturnType<typeof run>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'second-board-'));
    root = createFixtureProject(join(dir, 'project'), join(FORK, 'content'));
    installConfig(root);
    cpSync(join(PROJECT, 'CONTRIBUTING.md'), join(root, 'CONTRIBUTING.md'));
    built = run(root, ['scripts/build.ts']);
    dist = join(root, 'dist');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const page = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('builds every page, feed, sitemap and header file without a word of the default board', () => {
    assert.equal(built.code, 0, built.output);
    const published = filesUnder(dist).filter((file) => !relative(dist, file).startsWith('pagefind/'));
    assert.ok(published.length > 40, `${published.length} files`);
    const found = published.flatMap((file) =>
      defaultWordsIn(readFileSync(file, 'utf8')).map((line) => `${relative(dist, file)}: ${line.slice(0, 200)}`),
    );
    assert.deepEqual(found, []);
    assert.ok(existsSync(join(dist, '_headers')));
    // The search index holds the postings' words, and its filters the fork's levels and tags.
    const filters = readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8');
    assert.doesNotMatch(filters, DEFAULT_WORDS);
  });

  it('titles, describes and lists pages in the fork’s words, levels and tags', () => {
    const home = page('index.html');
    assert.match(home, /<title>Staff Frontend Jobs<\/title>/);
    assert.match(home, /<h1>Staff, Principal and Distinguished frontend engineering jobs, each with its pay\.<\/h1>/);
    assert.match(home, /href="\/remote\/north-america\/">Remote: N\. America<\/a>/);
    assert.match(home, /href="\/remote\/gb\/">Remote: UK<\/a>/);
    assert.match(
      page('level/distinguished/index.html'),
      /<title>Distinguished frontend engineering jobs · Staff Frontend Jobs<\/title>/,
    );
    assert.match(page('stack/react/index.html'), /<title>React frontend jobs · Staff Frontend Jobs<\/title>/);
    assert.match(
      page('stack/react/index.html'),
      /content="Open Staff, Principal and Distinguished frontend engineering jobs working with React, with salaries\."/,
    );
    assert.match(
      page('companies/parcel-post/index.html'),
      /<title>Parcel Post: frontend jobs · Staff Frontend Jobs<\/title>/,
    );
    assert.match(
      page('remote/worldwide/index.html'),
      /<title>Remote frontend jobs open worldwide · Staff Frontend Jobs<\/title>/,
    );
    // Two postings a page: three open postings make a second page.
    assert.match(
      page('page/2/index.html'),
      /content="Open Staff, Principal and Distinguished frontend engineering jobs, page 2\."/,
    );
    for (const gone of ['level/senior', 'stack/go', 'remote/eu', 'feeds/senior']) {
      assert.equal(existsSync(join(dist, gone)), false, gone);
    }
    assert.match(page('level/staff/feed.xml'), /<description>New Staff frontend jobs\.<\/description>/);
    assert.match(page('feeds/principal/react.xml'), /<title>Staff Frontend Jobs: Principal React jobs<\/title>/);
    assert.match(page('sitemap.xml'), /<loc>https:\/\/staff-frontend\.example\/stack\/tailwind\/<\/loc>/);
    assert.match(page('index.html'), /<a href="https:\/\/github\.com\/frontend-guild\/staff-frontend">Source<\/a>/);
  });

  it('stops the listings by interview and by working hours after maxFacetPages pages, and sends readers to search', () => {
    // Two postings a page and maxFacetPages 1: three postings in a listing would make a second page.
    const sitemap = page('sitemap.xml');
    for (const [listing, search] of [
      ['interview/at-most-3-stages', '/search/?stages=at-most-3'],
      ['overlap/europe-london', '/search/?overlap=4&amp;tz=Europe%2FLondon'],
    ] as const) {
      const first = page(`${listing}/index.html`);
      assert.match(first, /<p class="lede">3 open postings, newest first\./, listing);
      assert.equal((first.match(/<li class="job-card">/g) ?? []).length, 2, listing);
      assert.ok(
        first.includes(
          `This listing shows the newest postings only. <a href="${search}">Search shows all of them</a>.`,
        ),
        listing,
      );
      assert.equal(existsSync(join(dist, listing, 'page/2')), false, listing);
      assert.ok(sitemap.includes(`/${listing}/</loc>`), listing);
      assert.ok(!sitemap.includes(`/${listing}/page/`), listing);
    }
    // The other listings are not cut: the home page and a level's have all their pages.
    assert.ok(existsSync(join(dist, 'page/2/index.html')));
  });

  it('filters salaries in the base currency of the fork, with its rates’ date and its bands', () => {
    const search = page('search/index.html');
    assert.match(search, /Salary, at least \(per year, in US dollars\)/);
    assert.match(search, /US\$250k\+/);
    assert.match(search, /exchange rates of 2026-10-15/);
  });

  it('gives each open posting JSON-LD in its own currency and countries', () => {
    const html = page('jobs/lumen-studio-principal-frontend-engineer-design-system/index.html');
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
    const posting = JSON.parse(json) as Record<string, unknown>;
    assert.equal(posting['title'], 'Principal Frontend Engineer, Design System');
    assert.deepEqual((posting['baseSalary'] as { currency: string }).currency, 'CAD');
    assert.deepEqual(
      (posting['applicantLocationRequirements'] as { name: string }[]).map((c) => c.name),
      ['Canada', 'Mexico', 'United States'],
    );
  });

  it('states the fork’s own numbers on the MDX pages', () => {
    const about = page('about/index.html');
    assert.match(about, /<strong>frontend engineering roles at Staff, Principal and Distinguished level<\/strong>/);
    assert.match(about, /at most 1\.5 times as wide as its lower end/);
    assert.match(about, /A posting stays open for at most 60 days\./);
    assert.match(page('contribute/index.html'), /<strong>Staff, Principal or Distinguished<\/strong> level/);
  });

  it('words the validator’s messages with the fork’s levels, tags and rules', () => {
    const file = 'content/jobs/lumen-studio-senior-engineer.md';
    const posting = readFileSync(
      join(root, 'content/jobs/lumen-studio-principal-frontend-engineer-design-system.md'),
      'utf8',
    )
      .replace('level: principal', 'level: fellow')
      .replace('max: 240000', 'max: 300000')
      .replace('stack: [react, typescript, css]', 'stack: [reactjs, go]')
      .replace('expires: 2027-01-10', 'expires: 2027-02-10')
      .replace('/careers/principal-frontend-design-system', '/careers/other');
    writeFileSync(join(root, file), posting);
    try {
      const result = run(root, ['scripts/validate.ts', file]);
      assert.equal(result.code, 1, result.output);
      const lines = result.stdout.split('\n').filter((line) => line.startsWith(file));
      assert.deepEqual(lines, [
        `${file}:4:8 error level: found "fellow"; allowed: staff, principal or distinguished (this board lists Staff, Principal and Distinguished frontend roles only). Did you mean "distinguished"?`,
        `${file}:10:8 error salary.max: found 300000, more than 1.5 × min (190000); give an honest range with max at most 285000`,
        `${file}:13:9 error stack[0]: found "reactjs"; allowed: a tag from the stack vocabulary (CONTRIBUTING.md lists them all). Did you mean "react"?`,
        `${file}:13:18 error stack[1]: found "go"; allowed: a tag from the stack vocabulary (CONTRIBUTING.md lists them all).`,
        `${file}:16:10 error expires: found 2027-02-10, 82 days after posted (2026-11-20); a posting stays open at most 60 days, so set it on or before that`,
      ]);
      assert.deepEqual(defaultWordsIn(result.output), []);
    } finally {
      rmSync(join(root, file));
    }
  });

  it('prompts npm run new with the fork’s levels, currencies and examples', () => {
    const help = run(root, ['scripts/new.ts', '--help']);
    assert.equal(help.code, 0, help.output);
    assert.match(help.stdout, /--title <title> {11}e\.g\. "Principal Frontend Engineer, Design System"/);
    assert.match(help.stdout, /--level <level> {11}staff \| principal \| distinguished/);
    assert.match(help.stdout, /--currency <code> {9}USD CAD GBP/);
    assert.match(help.stdout, /--stack <tags> {12}comma-separated tags, e\.g\. react,css/);
    assert.match(help.stdout, /--expires <date> {10}YYYY-MM-DD \(default: 60 days after posted\)/);
    assert.deepEqual(defaultWordsIn(help.output), []);
  });

  it('has npm run docs write CONTRIBUTING.md, CODEOWNERS and the issue forms for the fork', () => {
    const docs = run(root, ['scripts/docs.ts']);
    assert.equal(docs.code, 0, docs.output);
    const contributing = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
    assert.deepEqual(defaultWordsIn(contributing), []);
    assert.match(contributing, /\| `distinguished` \| Distinguished \|/);
    assert.match(contributing, /\| Styling \| `css` \(CSS\), `tailwind` \(Tailwind CSS\) \|/);
    assert.match(contributing, /error level: found "lead"; allowed: staff, principal or distinguished/);
    const generated = ['.github/CODEOWNERS', '.github/ISSUE_TEMPLATE/posting.yml', '.github/ISSUE_TEMPLATE/config.yml'];
    for (const file of [...generated, '.github/pull_request_template.md']) {
      assert.deepEqual(defaultWordsIn(readFileSync(join(root, file), 'utf8')), [], file);
    }
    assert.match(readFileSync(join(root, '.github/CODEOWNERS'), 'utf8'), /^\*\s+@frontend-guild\/curators$/m);
    assert.match(
      readFileSync(join(root, '.github/ISSUE_TEMPLATE/posting.yml'), 'utf8'),
      /options:\n {8}- staff\n {8}- principal\n {8}- distinguished\n/,
    );
    assert.equal(run(root, ['scripts/docs.ts', '--check']).code, 0);
  });
});

describe('a broken board.config.ts', () => {
  let dir: string;
  let root: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'broken-config-'));
    root = createFixtureProject(join(dir, 'project'), join(FORK, 'content'));
    const text = readFileSync(join(FORK, 'board.config.ts'), 'utf8')
      .replace("url: 'https://staff-frontend.example'", "url: 'http://staff-frontend.example/'")
      .replace("svelte: { label: 'Svelte', group: 'framework' }", "svelte: { label: 'Svelte', group: 'frameworks' }")
      .replace(
        "'uk-ireland': { label: 'UK and Ireland', countries: ['GB', 'IE'] }",
        "'uk-ireland': { label: 'UK and Ireland', countries: ['UK', 'IE'] }",
      )
      .replace('pageSize: 2,', 'pageSize: 0,');
    installConfig(root, text);
    mkdirSync(join(root, 'dist'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('stops every command and Astro itself with every problem, its line and a fix, and exit code 2', () => {
    const line = (pattern: string) =>
      readFileSync(join(root, 'board.config.ts'), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(pattern)) + 1;
    const expected = [
      `board.config.ts:${line("url: 'http:")}:3 error url: write the full https:// address, like https://jobs.example`,
      `board.config.ts:${line("url: 'http:")}:3 error url: remove the trailing slash`,
      `board.config.ts:${line('svelte: {')}:32 error stack.svelte.group: found "frameworks", which is not a key of stackGroups; use one of: framework, styling, language`,
      `board.config.ts:${line("'uk-ireland': {")}:46 error regions.uk-ireland.countries[0]: found "UK"; allowed: an ISO 3166-1 alpha-2 country code in capitals, such as DE, GB or US. Did you mean "GB"?`,
      `board.config.ts:${line('pageSize: 0')}:12 error pages.pageSize: found 0; it must be at least 1`,
    ];
    for (const args of [
      ['scripts/validate.ts'],
      ['scripts/build.ts'],
      ['scripts/new.ts', '--help'],
      ['scripts/report.ts'],
      ['scripts/close.ts', 'x'],
      ['scripts/check-links.ts'],
      ['scripts/docs.ts', '--check'],
    ]) {
      const result = run(root, args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.output}`);
      const problems = result.stderr.split('\n').filter((l) => l.startsWith('board.config.ts:'));
      assert.deepEqual(problems.sort(), [...expected].sort(), args.join(' '));
      assert.match(result.stderr, /board\.config\.ts has 5 problems: fix them and run the command again/);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    }
    // astro dev and astro build read astro.config.mjs first: `astro sync` shows what they do.
    const astro = run(root, ['node_modules/astro/bin/astro.mjs', 'sync']);
    assert.equal(astro.code, 2, astro.output);
    assert.match(astro.stderr, /board\.config\.ts:\d+:3 error url: remove the trailing slash/);
    assert.deepEqual(readdirSync(join(root, 'dist')), [], 'nothing was built');
  });
});
