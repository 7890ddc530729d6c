// Incremental builds (BOARD_INCREMENTAL=1): after any sequence of changes, dist/ holds exactly, byte for byte, what a
// clean build of the same tree writes; the search index is reused only when no record changed, and a change that
// reaches a record (an open posting's title) is indexed.

import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { stripVTControlCharacters } from 'node:util';
import { readBoard } from '../../src/build/content-files.ts';
import {
  IncrementalOutputError,
  prepareOutput,
  pruneOutput,
  recordedPages,
} from '../../src/build/integrations/incremental-output.ts';
import { validateBoard, type JobEntry } from '../../src/board/board.ts';
import { addDays } from '../../src/board/dates.ts';
import { SITE } from '../../src/site/site.ts';
import { PROJECT, createFixtureProject } from '../support/fixture-project.ts';
import { BASE_BOARD, FIXTURES, TODAY } from './helpers.ts';

const REUSED = /indexed \d+ open postings \(no record changed: the previous build's index is reused\)/;
const INDEXED =
  /indexed \d+ open postings \(\d+ from cache\) in [\d.]+ s, [\d.]+ s (before the pages were done|after the pages)/;

/** How many pages Astro did not render again, kept from its cache. */
function skipped(output: string): number {
  // The build's log counts them (src/build/build-logger.ts).
  return Number(/(\d+) kept from the last build/.exec(output)?.[1] ?? 0);
}

interface BuildOptions {
  date?: string;
  incremental?: boolean;
}

function runBuild(root: string, { date = TODAY, incremental = true }: BuildOptions) {
  const { GITHUB_ACTIONS: _ci, BOARD_INCREMENTAL: _incremental, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...inherited,
      BOARD_DATE: date,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(incremental ? { BOARD_INCREMENTAL: '1' } : {}),
    },
    timeout: 300_000,
  });
  // Astro colours its log whenever CI is set (picocolors); the assertions read the words.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}

function build(root: string, options: BuildOptions = {}): string {
  const { status, output } = runBuild(root, options);
  assert.equal(status, 0, output);
  return output;
}

/** The text of every fragment in the built index. */
function indexedText(root: string): string {
  const dir = join(root, 'dist/pagefind/fragment');
  return readdirSync(dir)
    .map((name) =>
      gunzipSync(readFileSync(join(dir, name)))
        .toString('utf8')
        .slice('pagefind_dcd'.length),
    )
    .join('\n');
}

/** A project holding the frozen sample board (45 postings, 17 companies, 3 logos). */
function sampleProject(root: string): string {
  const fixture = join(FIXTURES, 'sample-board');
  createFixtureProject(root, join(fixture, 'content'));
  rmSync(join(root, 'public/logos'), { recursive: true, force: true });
  cpSync(join(fixture, 'public/logos'), join(root, 'public/logos'), { recursive: true });
  return root;
}

/** Every file and folder under `dir`, by path, with each file's bytes (undefined for a folder). */
function tree(dir: string): Map<string, Buffer | undefined> {
  const entries = new Map<string, Buffer | undefined>();
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(dir, path);
    entries.set(path, lstatSync(full).isDirectory() ? undefined : readFileSync(full));
  }
  return entries;
}

/** How two output folders differ: paths only in one, and files whose bytes differ. */
function differences(incremental: string, clean: string): string[] {
  const ours = tree(incremental);
  const theirs = tree(clean);
  const found: string[] = [];
  for (const path of [...new Set([...ours.keys(), ...theirs.keys()])].sort()) {
    const a = ours.get(path);
    const b = theirs.get(path);
    if (!ours.has(path)) found.push(`only in the clean build: ${path}`);
    else if (!theirs.has(path)) found.push(`only in the incremental build: ${path}`);
    else if ((a === undefined) !== (b === undefined) || (a && b && !a.equals(b))) found.push(`differs: ${path}`);
  }
  return found;
}

/** Builds the tree of `root` from nothing in `cleanRoot` and returns how root's dist/ differs from it. */
function differencesFromClean(root: string, cleanRoot: string, date: string): string[] {
  // No output and no cache: a clean build.
  for (const entry of ['dist', 'node_modules/.astro']) rmSync(join(cleanRoot, entry), { recursive: true, force: true });
  for (const entry of ['src', 'public', 'content', 'board.config.ts', 'astro.config.mjs']) {
    rmSync(join(cleanRoot, entry), { recursive: true, force: true });
    cpSync(join(root, entry), join(cleanRoot, entry), { recursive: true });
  }
  const output = build(cleanRoot, { date, incremental: false });
  // A newcomer's build reads cleanly: no warning the board could avoid (Vite's about MDX's directive is dropped).
  assert.doesNotMatch(output, /\[WARN\]/, output);
  return differences(join(root, 'dist'), join(cleanRoot, 'dist'));
}

/** The board of a project as the validator sees it on `date`; the test's edits must keep it valid. */
function boardOf(root: string, date: string) {
  const board = validateBoard(readBoard(root, date));
  assert.deepEqual(board.problems, [], 'the edited board is valid');
  const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
  const open = board.jobs.filter((job) => !job.closed && !job.data.draft).sort(byFile);
  return { ...board, jobs: [...board.jobs].sort(byFile), companies: [...board.companies].sort(byFile), open };
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `the edit changes ${file}`);
  writeFileSync(path, after);
}

/** Closes a posting the way `npm run close -- --filled` does. */
function fill(root: string, job: JobEntry): void {
  edit(root, job.file, (text) => text.replace(/^expires: .*$/m, '$&\nstatus: filled'));
}

/** The number of pages a listing of `count` postings has. */
function pagesOf(count: number): number {
  return Math.max(1, Math.ceil(count / SITE.pageSize));
}

function exists(root: string, path: string): boolean {
  return existsSync(join(root, 'dist', path));
}

function cssFiles(root: string): string[] {
  return readdirSync(join(root, 'dist/_astro')).filter((name) => name.endsWith('.css'));
}

describe('incremental builds', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'board-incremental-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('index from scratch, reuse the index while no record changes, and index again after one does', () => {
    const root = createFixtureProject(join(dir, 'index'), join(BASE_BOARD, 'content'));
    const first = build(root);
    assert.match(first, INDEXED);
    // The open posting's body was rendered beside the index, and its page took it.
    assert.match(first, /the pages took 1 of the 1 bodies rendered beside the index/);
    assert.match(build(root), REUSED);

    // A company's description is on its page, not in any record.
    const companies = join(root, 'content/companies');
    appendFileSync(join(companies, readdirSync(companies).sort()[0]!), '\nWe also run a reading group.\n');
    assert.match(build(root), REUSED);

    const jobs = join(root, 'content/jobs');
    const open = readdirSync(jobs)
      .sort()
      .map((name) => join(jobs, name))
      .find(
        (file) => /^expires: 2027-/m.test(readFileSync(file, 'utf8')) && !/^status:/m.test(readFileSync(file, 'utf8')),
      );
    assert.ok(open, 'the fixture board has an open posting');
    writeFileSync(open, readFileSync(open, 'utf8').replace(/^title: (.*)$/m, 'title: $1 Zanzibarian'));
    assert.doesNotMatch(indexedText(root), /Zanzibarian/);
    assert.match(build(root), INDEXED);
    assert.match(indexedText(root), /Zanzibarian/);
  });

  it('publish exactly what a clean build publishes after deletions, closings, expiries, and code and style changes', () => {
    const root = sampleProject(join(dir, 'rounds'));
    const cleanRoot = sampleProject(join(dir, 'rounds-clean'));
    build(root);

    // Round 1, on the same date.
    let board = boardOf(root, TODAY);
    const pagesBefore = pagesOf(board.open.length);
    assert.ok(exists(root, `page/${pagesBefore}/index.html`), 'the home listing has several pages');
    // The only open posting that names a country: its remote listing goes with it.
    const countries = new Map<string, JobEntry[]>();
    for (const job of board.open) {
      for (const place of job.data.remoteFrom ?? []) {
        if (/^[A-Z]{2}$/.test(place)) countries.set(place, [...(countries.get(place) ?? []), job]);
      }
    }
    const byName = <T>(a: [string, T], b: [string, T]) => a[0].localeCompare(b[0]);
    const named = [...countries].sort(byName).find(([, jobs]) => jobs.length === 1);
    assert.ok(named, 'some country is named by one open posting only');
    const [country, [deleted]] = [named[0], named[1] as [JobEntry]];
    const place = `remote/${country.toLowerCase()}/index.html`;
    assert.ok(exists(root, place));
    const deletedText = readFileSync(join(root, deleted.file), 'utf8');
    unlinkSync(join(root, deleted.file));
    // A company loses every posting it had.
    const counts = new Map<string, number>();
    for (const job of board.jobs) counts.set(job.data.company, (counts.get(job.data.company) ?? 0) + 1);
    const emptied = [...counts].filter(([id]) => id !== deleted.data.company).sort((a, b) => a[1] - b[1])[0]![0];
    for (const job of board.jobs) if (job.data.company === emptied) rmSync(join(root, job.file), { force: true });
    // The last open posting of a stack tag drops the tag.
    const tags = new Map<string, JobEntry[]>();
    for (const job of board.open) for (const tag of job.data.stack) tags.set(tag, [...(tags.get(tag) ?? []), job]);
    const lone = [...tags].sort(byName).find(([, jobs]) => jobs.length === 1 && existsSync(join(root, jobs[0]!.file)));
    assert.ok(lone, 'some stack tag has one open posting only');
    const [tag, [tagged]] = [lone[0], lone[1] as [JobEntry]];
    edit(root, tagged.file, (text) =>
      text.replace(/^stack: \[(.*)\]$/m, (_, list: string) => {
        const rest = list.split(', ').filter((t) => t !== tag);
        return `stack: [${rest.length > 0 ? rest.join(', ') : 'go'}]`;
      }),
    );
    // Postings close and change until the home listing loses its last page.
    const remaining = board.open.filter((job) => existsSync(join(root, job.file)) && job !== tagged);
    const [retitled, ...closable] = remaining;
    edit(root, retitled!.file, (text) => text.replace(/^title: (.*)$/m, 'title: $1, Payments'));
    let open = boardOf(root, TODAY).open.length;
    for (const job of closable) {
      if (pagesOf(open) < pagesBefore) break;
      fill(root, job);
      open--;
    }
    assert.ok(pagesOf(open) < pagesBefore);
    // A logo leaves with its company's reference to it.
    const withLogo = board.companies.find((company) => company.data.logo && company.id !== emptied)!;
    edit(root, withLogo.file, (text) => text.replace(/^logo: .*\n/m, ''));
    unlinkSync(join(root, 'public', withLogo.data.logo!));
    // An editorial page arrives (it leaves in round 2).
    writeFileSync(
      join(root, 'content/pages/faq.mdx'),
      '---\ntitle: Questions\ndescription: Answers to the questions employers and candidates ask most often.\n---\n\nAsk us.\n',
    );
    // Left behind by an older build, as a restored cache of dist/ would be.
    mkdirSync(join(root, 'dist/jobs/withdrawn-scam'), { recursive: true });
    writeFileSync(join(root, 'dist/jobs/withdrawn-scam/index.html'), '<p>scam</p>');

    const round1 = build(root);
    assert.ok(skipped(round1) > 20, `unchanged pages were kept, not rendered again:\n${round1}`);
    assert.deepEqual(differencesFromClean(root, cleanRoot, TODAY), []);
    // What round 1 took away is gone, as in the clean build.
    assert.equal(exists(root, `jobs/${deleted.id}/index.html`), false);
    assert.equal(exists(root, place), false);
    assert.equal(exists(root, `page/${pagesBefore}/index.html`), false);
    assert.equal(exists(root, withLogo.data.logo!), false);
    assert.equal(exists(root, 'jobs/withdrawn-scam'), false);
    assert.ok(exists(root, 'faq/index.html'));

    // Round 2, the next daily build: a day on which the first open posting has expired.
    board = boardOf(root, TODAY);
    const date = addDays(board.open.flatMap((job) => job.data.expires ?? []).sort()[0]!, 1);
    board = boardOf(root, date);
    writeFileSync(join(root, deleted.file), deletedText);
    const removedCompany = board.companies.find(
      (company) => company.id !== emptied && company.id !== deleted.data.company,
    )!;
    unlinkSync(join(root, removedCompany.file));
    for (const job of board.jobs) if (job.data.company === removedCompany.id) unlinkSync(join(root, job.file));
    rmSync(join(root, 'content/pages/faq.mdx'));
    // Every open posting of the rarest level moves to another: its listing and feeds empty.
    const levels = new Map<string, JobEntry[]>();
    for (const job of board.open) levels.set(job.data.level, [...(levels.get(job.data.level) ?? []), job]);
    const [rarest, ...others] = [...levels].sort((a, b) => a[1].length - b[1].length);
    for (const job of rarest![1]) {
      if (!existsSync(join(root, job.file))) continue;
      edit(root, job.file, (text) => text.replace(/^level: .*$/m, `level: ${others.at(-1)![0]}`));
    }

    const round2 = build(root, { date });
    assert.ok(skipped(round2) > 20, `unchanged pages were kept, not rendered again:\n${round2}`);
    assert.deepEqual(differencesFromClean(root, cleanRoot, date), []);
    assert.ok(exists(root, `jobs/${deleted.id}/index.html`));
    assert.equal(exists(root, `companies/${removedCompany.id}/index.html`), false);
    assert.equal(exists(root, 'faq/index.html'), false);

    // Round 3, the same day: a posting of three stages or more stops stating its interview. The note of every
    // interview listing counts it, also of "at most 2 stages", whose postings do not change.
    board = boardOf(root, date);
    const stated = board.open.find((job) => (job.data.interview?.length ?? 0) >= 3)!;
    const shortest = 'interview/at-most-2-stages/index.html';
    const noteBefore = readFileSync(join(root, 'dist', shortest), 'utf8');
    edit(root, stated.file, (text) => text.replace(/^interview: .*\n/m, ''));
    build(root, { date });
    assert.deepEqual(differencesFromClean(root, cleanRoot, date), []);
    assert.notEqual(readFileSync(join(root, 'dist', shortest), 'utf8'), noteBefore);

    // Round 4: the stylesheet and the code change, and with them every page and the hashed assets' names.
    const cssBefore = cssFiles(root);
    appendFileSync(join(root, 'src/styles/global.css'), '\n.job-card + .job-card { margin-block-start: 1rem; }\n');
    edit(root, 'board.config.ts', (text) => text.replace(/tagline: '([^']*)'/, "tagline: '$1 Updated daily.'"));
    build(root, { date });
    assert.deepEqual(differencesFromClean(root, cleanRoot, date), []);
    assert.notDeepEqual(cssFiles(root), cssBefore, 'the stylesheet has a new name');
  });

  it('publish what a clean build publishes after a build that stopped half-way, a clean build, or an edit in dist/', () => {
    const root = sampleProject(join(dir, 'stopped'));
    const cleanRoot = sampleProject(join(dir, 'stopped-clean'));
    build(root);
    const [first, second] = boardOf(root, TODAY).open;
    const texts = [first!, second!].map((job) => readFileSync(join(root, job.file), 'utf8'));
    for (const job of [first!, second!])
      edit(root, job.file, (text) => text.replace(/^title: (.*)$/m, 'title: $1 (v2)'));
    // Astro cannot keep its copy of the second page: the build stops after the first page was rendered again.
    const cached = join(root, 'node_modules/.astro/dist/jobs');
    rmSync(join(cached, second!.id, 'index.html'));
    mkdirSync(join(cached, second!.id, 'index.html'));
    const stopped = runBuild(root, {});
    assert.notEqual(stopped.status, 0, stopped.output);
    assert.match(readFileSync(join(cached, first!.id, 'index.html'), 'utf8'), /\(v2\)/, 'the cache went ahead');

    // The change is undone: the tree is the one Astro's manifest last recorded.
    rmSync(join(cached, second!.id, 'index.html'), { recursive: true });
    writeFileSync(join(root, first!.file), texts[0]!);
    writeFileSync(join(root, second!.file), texts[1]!);
    const output = build(root);
    assert.deepEqual(differencesFromClean(root, cleanRoot, TODAY), []);
    assert.match(output, /changed after the last build recorded it .* every page is rendered again/);
    // And the build after that trusts the cache again.
    assert.ok(skipped(build(root)) > 20);

    // A clean build of another tree writes dist/ in between: its pages may not stay.
    const original = readFileSync(join(root, first!.file), 'utf8');
    edit(root, first!.file, (text) => text.replace(/^title: (.*)$/m, 'title: $1 (draft wording)'));
    build(root, { incremental: false });
    assert.match(readFileSync(join(root, 'dist/jobs', first!.id, 'index.html'), 'utf8'), /\(draft wording\)/);
    writeFileSync(join(root, first!.file), original);
    assert.ok(skipped(build(root)) > 20);
    assert.deepEqual(differencesFromClean(root, cleanRoot, TODAY), []);

    // A page of dist/ edited in place, which is also Astro's cached copy of it.
    appendFileSync(join(root, 'dist/jobs', second!.id, 'index.html'), '<!-- edited -->');
    assert.match(build(root), /changed after the last build recorded it/);
    assert.deepEqual(differencesFromClean(root, cleanRoot, TODAY), []);
  });
});

describe('the output folder of an incremental build, around Astro', () => {
  const ROUTE = 'src/pages/jobs/[slug].astro';
  let dir = '';
  let cache = '';
  let out = '';

  /** Astro's manifest recording `pages` (relative to the output folder). */
  function manifest(pages: string[], version = 1): string {
    const paths = Object.fromEntries(pages.map((page) => [`/${page}`, { cacheKey: 'k', outputFile: page }]));
    return JSON.stringify({
      version,
      configHash: 'c',
      lockfileHash: 'l',
      routes: { [ROUTE]: { dependencyHash: 'd', paths } },
    });
  }

  /** Astro's cache after a build that made `pages`, all written a while ago. */
  function cacheOf(pages: string[]): void {
    const past = new Date(Date.now() - 60_000);
    for (const page of pages) {
      mkdirSync(join(cache, 'dist', page, '..'), { recursive: true });
      writeFileSync(join(cache, 'dist', page), `<p>${page} as cached</p>`);
      utimesSync(join(cache, 'dist', page), past, past);
    }
    writeFileSync(join(cache, 'incremental-build.json'), manifest(pages));
    utimesSync(join(cache, 'incremental-build.json'), past, past);
  }

  function put(path: string, text: string): void {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), text);
  }

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'board-incremental-output-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    rmSync(dir, { recursive: true, force: true });
    cache = join(dir, 'cache');
    out = join(dir, 'dist');
    mkdirSync(cache, { recursive: true });
  });

  it('keeps only the cached pages, each the cached file itself, and removes what the next build does not make', () => {
    cacheOf(['jobs/a/index.html', 'jobs/b/index.html', 'feeds/c.xml']);
    put('jobs/a/index.html', '<p>a, from a clean build of another tree</p>');
    put('jobs/withdrawn/index.html', '<p>a posting deleted long ago</p>');
    put('_astro/old.css', 'p{}');
    put('.git/HEAD', 'ref: refs/heads/pages');
    const warnings: string[] = [];
    const run = prepareOutput(out, cache, (message) => warnings.push(message));
    assert.deepEqual(warnings, []);
    assert.deepEqual(
      [...tree(out).keys()],
      [
        '.git',
        '.git/HEAD',
        'feeds',
        'feeds/c.xml',
        'jobs',
        'jobs/a',
        'jobs/a/index.html',
        'jobs/b',
        'jobs/b/index.html',
      ],
    );
    assert.equal(readFileSync(join(out, 'jobs/a/index.html'), 'utf8'), '<p>jobs/a/index.html as cached</p>');

    // The build: it keeps a, makes b no more, and another writer makes feeds/c.xml without Astro recording it.
    writeFileSync(join(out, 'feeds/c.xml'), '<rss/>');
    writeFileSync(join(cache, 'incremental-build.json'), manifest(['jobs/a/index.html']));
    assert.deepEqual(pruneOutput(run), { kept: 1, removed: 1 });
    assert.deepEqual(
      [...tree(out).keys()],
      ['.git', '.git/HEAD', 'feeds', 'feeds/c.xml', 'jobs', 'jobs/a', 'jobs/a/index.html'],
    );
  });

  it('uses none of the cache when a cached page changed after the build that recorded it', () => {
    cacheOf(['jobs/a/index.html', 'jobs/b/index.html']);
    // A build that stopped half-way, after rendering b again.
    writeFileSync(join(cache, 'dist/jobs/b/index.html'), '<p>b, from a build that never finished</p>');
    put('jobs/a/index.html', '<p>a</p>');
    const warnings: string[] = [];
    prepareOutput(out, cache, (message) => warnings.push(message));
    assert.deepEqual(warnings, [
      "jobs/b/index.html in Astro's cache changed after the last build recorded it (a build stopped half-way, or a page in the output folder was edited), so the cache is not used: every page is rendered again.",
    ]);
    assert.equal(existsSync(join(cache, 'incremental-build.json')), false, 'so Astro renders every page');
    assert.deepEqual([...tree(out).keys()], []);
  });

  it('stops the build when Astro records a page that the output folder lacks', () => {
    cacheOf(['jobs/a/index.html']);
    const run = prepareOutput(out, cache, () => undefined);
    rmSync(join(out, 'jobs/a/index.html'));
    writeFileSync(join(cache, 'incremental-build.json'), manifest(['jobs/a/index.html']));
    assert.throws(() => pruneOutput(run), {
      message: `Astro recorded a page that is not in the output folder (jobs/a/index.html), so the output folder cannot be trusted. Delete ${cache} and build again; if this happens every time, Astro's incremental build has changed and src/build/integrations/incremental-output.ts must follow it.`,
    });
  });

  it('stops the build when Astro did not record it', () => {
    cacheOf(['jobs/a/index.html']);
    const run = prepareOutput(out, cache, () => undefined);
    assert.throws(() => pruneOutput(run), IncrementalOutputError);
    assert.throws(() => pruneOutput(run), /Astro did not update its incremental manifest/);
  });

  it('reads the pages of a manifest, and says why it cannot', () => {
    assert.deepEqual(
      recordedPages(manifest(['jobs/caf%C3%A9/index.html', 'feed.xml'])),
      new Set(['jobs/café/index.html', 'feed.xml']),
    );
    assert.equal(
      recordedPages(manifest(['../../etc/passwd'])),
      'a page is recorded outside the output folder: ../../etc/passwd',
    );
    assert.match(String(recordedPages(manifest([], 2))), /^it is not in the format this build knows/);
    assert.match(String(recordedPages('{')), /^it is not JSON/);
  });
});
