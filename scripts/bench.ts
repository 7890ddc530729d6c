// npm run bench -- --postings 10000: builds a deterministic synthetic board of N postings with the project's
// real build and prints a Markdown table of where the time, memory and bytes go. Optionally times a reference
// command on the same board (--reference hugo, or any shell command) and a rebuild after one posting changes.
// npm run bench -- --hostile: times the validator on every file of the hostile corpus instead (scripts/bench/hostile.ts).
// Linux only: peak memory is the largest total resident set of the build's whole process tree, read from /proc.

import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchHostile } from './bench/hostile.ts';
import { generateBoard } from './generate-board.ts';
import { PROJECT, copyProject } from './lib/project-copy.ts';
import { EXIT, UsageError, exitStatus, parseCommandLine } from './lib/cli.ts';

const USAGE = `Usage: npm run bench -- [options]

  --postings N        postings on the generated board (default 1000; N/10 companies)
  --runs R            cold builds to take the median of (default 3)
  --reference CMD     also time CMD on the same board, run in the board's folder; "hugo" builds it with
                      Hugo (scripts/bench/hugo), every posting included as on the board, and indexes the
                      open postings with Pagefind; "hugo-open" does not render expired postings at all
                      (Hugo's default). Its runs alternate with the board's.
  --reference-runs R  runs of the reference (default: --runs)
  --rebuild           also time incremental rebuilds after an open posting and then a company change
  --no-search         skip measuring the search page in Chromium
  --seed S            generator seed (default 1)
  --keep              keep the temporary folder
  --search-only DIST  only measure the search page of an already built dist/ folder: three first queries,
                      their time to results and their whole transfer (results, and the counts of the filters
                      on screen, until the network is quiet) at 1280 × 720 and at 320 × 640

  --hostile           instead, run npm run validate -- <file> on every posting and company of the hostile
                      corpus, one at a time, and print the slowest with their time and peak memory; exits 1
                      when one passes a limit or the validator does not reach the outcome the corpus expects
  --match TEXT        with --hostile: only the files whose path contains TEXT
  --max-seconds S     with --hostile: the limit on one file's CPU time, user and system (default 2;
                      wall time is shown too, but grows with whatever else the machine runs)
  --max-mb M          with --hostile: the limit on one file's peak memory, in MB (default 300)
  -h, --help          show this help

${exitStatus('the measures are printed', 'with --hostile: a file passed a limit or reached the wrong outcome; otherwise a build failed')}`;

const OPTIONS = {
  postings: { type: 'string', default: '1000' },
  runs: { type: 'string', default: '3' },
  reference: { type: 'string' },
  'reference-runs': { type: 'string' },
  rebuild: { type: 'boolean', default: false },
  'no-search': { type: 'boolean', default: false },
  seed: { type: 'string', default: '1' },
  keep: { type: 'boolean', default: false },
  'search-only': { type: 'string' },
  hostile: { type: 'boolean', default: false },
  match: { type: 'string' },
  'max-seconds': { type: 'string', default: '2' },
  'max-mb': { type: 'string', default: '300' },
} as const;

/** The options, or a UsageError for an unknown one, an argument, or a number that is not one. */
function parseOptions(argv: string[]) {
  const { values, positionals } = parseCommandLine(argv, OPTIONS, USAGE);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"; options go after --`);
  for (const name of ['postings', 'runs', 'reference-runs', 'seed', 'max-seconds', 'max-mb'] as const) {
    const value = values[name];
    if (value !== undefined && !(Number(value) >= 0 && value.trim() !== ''))
      throw new UsageError(`--${name} must be a number, not "${value}"`);
  }
  if (Number(values.postings) < 1 || Number(values.runs) < 1)
    throw new UsageError('--postings and --runs must be at least 1');
  return values;
}

let values: ReturnType<typeof parseOptions>;
try {
  values = parseOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`bench: ${error.message}\n\n${USAGE}`);
  process.exit(EXIT.usage);
}

const TODAY = '2026-11-28';
const postings = Number(values.postings);
const runs = Number(values.runs);

interface Measured {
  seconds: number;
  /** CPU time the whole machine spent while the command ran, in seconds: the work, on however many cores. */
  cpuSeconds: number;
  peakBytes: number;
  output: string;
  code: number | null;
}

/** The total resident memory of a process and all its descendants, in bytes. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Seconds of CPU time the machine has spent so far, from /proc/stat (user, nice, system, irq and softirq, in
 * the kernel's 100 ticks a second; time the hypervisor stole is not counted).
 */
function machineCpuSeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = fields;
  return (user + nice + system + irq + softirq) / 100;
}

/** Runs a shell command, timing it, and sampling its process tree's memory and the machine's CPU time. */
function measure(command: string, cwd: string, env: Record<string, string> = {}): Promise<Measured> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const cpuStarted = machineCpuSeconds();
    const child = spawn('/bin/sh', ['-c', command], { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolvePromise({
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: machineCpuSeconds() - cpuStarted,
        peakBytes,
        output,
        code,
      });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function walk(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

function phase(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  return match ? Number(match[1]) : NaN;
}

/** Where runs' outputs are set aside: a folder in the bench's temporary folder, deleted with it. */
let trash = '';

const BUILD = `${JSON.stringify(process.execPath)} scripts/build.ts`;
const BUILD_ENV = { BOARD_DATE: TODAY, ASTRO_TELEMETRY_DISABLED: '1' };

/**
 * Moves a previous run's output into the bench folder's trash, which is deleted when the bench ends, instead of
 * deleting it between runs. On ext4 without a journal (as on the machines this project is measured on), the
 * kernel skips inodes freed in the last minutes when it creates a file, one by one (recently_deleted() in
 * fs/ext4/ialloc.c): deleting a build's 20,000 files made every file the next run created cost more, and the
 * runs slowed by 50-70 % from the first to the last, the board and the reference alike.
 */
function setAside(path: string): void {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(path, join(trash, String(readdirSync(trash).length)));
}

async function buildRun(project: string, cold: boolean, env: Record<string, string> = {}) {
  if (cold) {
    setAside(join(project, 'dist'));
    setAside(join(project, 'node_modules/.astro'));
  }
  const run = await measure(BUILD, project, { ...BUILD_ENV, ...env });
  if (run.code !== 0) throw new Error(`the build failed:\n${run.output.slice(-4000)}`);
  return {
    ...run,
    validation: phase(run.output, /validated \d+ files in ([\d.]+) s/),
    astro: phase(run.output, /build: Astro finished in ([\d.]+) s/),
    // Pagefind's own time, adding records and writing the index (the build's log line is printed when Astro
    // is done, so its total would only repeat Astro's).
    index:
      phase(run.output, /Pagefind: ([\d.]+) s adding/) +
      phase(run.output, /Pagefind: [\d.]+ s adding, ([\d.]+) s writing/),
  };
}

type BuildRun = Awaited<ReturnType<typeof buildRun>>;

const CACHING = { 'Cache-Control': 'public, max-age=600' };

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A static server for dist/ that compresses text and allows caching for ten minutes, as GitHub Pages does. */
function serve(dist: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const type = TYPES[extname(file)];
    if (type) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', ...CACHING }).end(gzipSync(body));
    } else {
      response.writeHead(200, { 'Content-Type': 'application/octet-stream', ...CACHING }).end(body);
    }
  });
  return new Promise((resolvePromise) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

/** A window the search page is measured in: the bench's desktop, and a phone's, where the filters are folded. */
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 320, height: 640 };

/** How long the network must stay idle after a search settles before its bytes are summed. */
const QUIET_MS = 1000;

/**
 * Opens the search page in a fresh browser context, types a query and measures bytes and time to results. The
 * bytes are summed once the search has settled (results and counts shown) and then nothing has been requested
 * for QUIET_MS, so that whatever the page fetches after it settles, by itself, counts too.
 */
async function searchOnce(url: string, query: string, viewport = DESKTOP) {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await (await browser.newContext({ viewport })).newPage();
    // Pagefind fetches from a web worker, so requests are counted through the browser, not Resource Timing.
    const finished: Array<{ url: string; bytes: number; endedAt: number }> = [];
    let inFlight = 0;
    let lastActivity = Date.now();
    page.on('request', () => {
      inFlight++;
      lastActivity = Date.now();
    });
    page.on('requestfailed', () => {
      inFlight--;
      lastActivity = Date.now();
    });
    page.on('requestfinished', (request) => {
      // Counted as done once its sizes are known, so that the sum never misses one still being read.
      void request
        .sizes()
        .then((size) => {
          const timing = request.timing();
          finished.push({
            url: request.url(),
            bytes: size.responseBodySize + size.responseHeadersSize,
            endedAt: timing.startTime + timing.responseEnd,
          });
        })
        .finally(() => {
          inFlight--;
          lastActivity = Date.now();
        });
    });
    await page.goto(`${url}/search/`);
    await page.waitForSelector('job-search[data-settled=""]');
    // When each key went down, each search started (the page marks itself busy) and the results changed, in the
    // page's clock. The first results are the first change after the last search started: a search for the
    // first letters, when typing is slow, can change them after the last key too.
    await page.evaluate(() => {
      const now = () => performance.timeOrigin + performance.now();
      const times = { keys: [] as number[], starts: [] as number[], changes: [] as number[] };
      (window as unknown as { benchTimes: typeof times }).benchTimes = times;
      const search = document.querySelector('job-search')!;
      document.addEventListener('keydown', () => times.keys.push(now()), true);
      new MutationObserver(() => {
        if (search.getAttribute('aria-busy') === 'true') times.starts.push(now());
      }).observe(search, { attributes: true, attributeFilter: ['aria-busy'] });
      new MutationObserver(() => times.changes.push(now())).observe(document.querySelector('[data-results]')!, {
        childList: true,
      });
    });
    await page.locator('#q').focus();
    for (const key of query) await page.keyboard.type(key, { delay: 0 });
    // Counts of the filter values follow the results: wait for them too, then for the network to go quiet.
    await page.waitForSelector(`job-search[data-settled="?q=${query}"]`, { timeout: 60_000 });
    const times = await page.evaluate(
      () => (window as unknown as { benchTimes: { keys: number[]; starts: number[]; changes: number[] } }).benchTimes,
    );
    const lastKey = Math.max(...times.keys);
    const lastStart = Math.max(...times.starts);
    const changedAt = times.changes.find((time) => time >= lastStart);
    if (changedAt === undefined) throw new Error(`the results for "${query}" never changed`);
    const giveUp = Date.now() + 30_000;
    while ((inFlight > 0 || Date.now() - lastActivity < QUIET_MS) && Date.now() < giveUp)
      await page.waitForTimeout(100);
    if (inFlight > 0) throw new Error(`the search page for "${query}" still had ${inFlight} requests open after 30 s`);
    const isSearch = (u: string) => u.includes('/pagefind/') || /\/_astro\/.*\.js$/.test(u);
    const sum = (list: typeof finished) => list.reduce((total, r) => total + r.bytes, 0);
    const untilResults = finished.filter((r) => isSearch(r.url) && r.endedAt <= changedAt);
    const afterResults = finished.filter((r) => isSearch(r.url) && r.endedAt > changedAt);
    return {
      latency: changedAt - lastKey,
      searchBytes: sum(untilResults),
      searchRequests: untilResults.length,
      countBytes: sum(afterResults),
      wholeBytes: sum(untilResults) + sum(afterResults),
      pageBytes: sum(finished.filter((r) => !isSearch(r.url))),
    };
  } finally {
    await browser.close();
  }
}

/** The Hugo reference; `openOnly` leaves out expired postings, as Hugo does by default (the board renders them). */
function prepareHugo(dir: string, project: string, openOnly: boolean): string {
  const site = join(dir, 'hugo');
  rmSync(site, { recursive: true, force: true });
  cpSync(join(PROJECT, 'scripts/bench/hugo'), site, { recursive: true });
  const config = join(site, 'hugo.toml');
  let toml = readFileSync(config, 'utf8').replace(/today = '[\d-]+'/, `today = '${TODAY}'`);
  if (openOnly) toml = toml.replace('buildExpired = true', 'buildExpired = false');
  writeFileSync(config, toml);
  mkdirSync(join(site, 'content'), { recursive: true });
  symlinkSync(join(project, 'content/jobs'), join(site, 'content/jobs'));
  const pagefind = join(PROJECT, 'node_modules/.bin/pagefind');
  return `hugo --quiet --source ${JSON.stringify(site)} && ${JSON.stringify(pagefind)} --site ${JSON.stringify(join(site, 'public'))}`;
}

type SearchSample = Awaited<ReturnType<typeof searchOnce>>;

/** The first queries the search page is measured with: a stack tag, a domain word, a database. */
const SEARCH_QUERIES = ['kafka', 'payments', 'postgres'];

async function searchRows(dist: string): Promise<string[]> {
  const { server, url } = await serve(resolve(dist));
  const samples: SearchSample[] = [];
  const phone: SearchSample[] = [];
  try {
    for (const query of SEARCH_QUERIES) samples.push(await searchOnce(url, query));
    for (const query of SEARCH_QUERIES) phone.push(await searchOnce(url, query, PHONE));
  } finally {
    server.close();
  }
  const whole = (list: SearchSample[]) =>
    `${kb(median(list.map((x) => x.wholeBytes)))} (${kb(Math.min(...list.map((x) => x.wholeBytes)))}–${kb(Math.max(...list.map((x) => x.wholeBytes)))})`;
  return [
    `| first results after the last keystroke (median of ${samples.length} first queries: ${SEARCH_QUERIES.join(', ')}) | ${median(samples.map((x) => x.latency)).toFixed(0)} ms |`,
    `| bytes a first query downloads until its results show: search script, wasm, index, fragments (median) | ${kb(median(samples.map((x) => x.searchBytes)))} in ${median(samples.map((x) => x.searchRequests))} requests |`,
    `| then, for the rest of the results and the counts of the filter groups on screen, until the network is quiet (median) | ${kb(median(samples.map((x) => x.countBytes)))} |`,
    `| **the first query's whole transfer, results and counts, at ${DESKTOP.width} × ${DESKTOP.height} (median, range)** | **${whole(samples)}** |`,
    `| the same at ${PHONE.width} × ${PHONE.height}, where the filters are folded (median, range) | ${whole(phone)} |`,
    `| the search page itself: HTML, CSS (median) | ${kb(median(samples.map((x) => x.pageBytes)))} |`,
  ];
}

async function main(): Promise<void> {
  if (values.hostile) {
    process.exitCode = benchHostile({
      match: values.match,
      maxSeconds: Number(values['max-seconds']),
      maxBytes: Number(values['max-mb']) * 1024 * 1024,
      rows: 15,
    });
    return;
  }
  if (values['search-only']) {
    console.log(['| measure | value |', '|---|---|', ...(await searchRows(values['search-only']))].join('\n'));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'board-bench-'));
  trash = join(dir, 'trash');
  const project = copyProject(join(dir, 'project'));
  try {
    const generated = generateBoard({ postings, out: project, seed: Number(values.seed), today: TODAY });
    console.error(`generated ${generated.postings} postings and ${generated.companies} companies in ${project}`);

    // With a reference, its runs alternate with the board's, so that drifts in the machine's speed (it is
    // shared and noisy) fall on both alike.
    const reference = values.reference?.startsWith('hugo')
      ? prepareHugo(dir, project, values.reference === 'hugo-open')
      : values.reference;
    const referenceRuns = reference ? Number(values['reference-runs'] ?? runs) : 0;
    const cold: BuildRun[] = [];
    const measured: Measured[] = [];
    for (let i = 0; i < Math.max(runs, referenceRuns); i++) {
      if (i < runs) {
        const run = await buildRun(project, true);
        console.error(`cold build ${i + 1}/${runs}: ${s(run.seconds)}, peak ${gb(run.peakBytes)}`);
        cold.push(run);
      }
      if (reference && i < referenceRuns) {
        // Like the board's cold builds, from nothing: no output, no resource cache.
        for (const folder of ['hugo/public', 'hugo/resources']) setAside(join(dir, folder));
        const run = await measure(reference, project);
        if (run.code !== 0) throw new Error(`the reference command failed:\n${run.output.slice(-4000)}`);
        console.error(`reference ${i + 1}/${referenceRuns}: ${s(run.seconds)}, peak ${gb(run.peakBytes)}`);
        measured.push(run);
      }
    }
    const dist = join(project, 'dist');
    const output = walk(dist);
    const index = walk(join(dist, 'pagefind'));
    const open = /: (\d+) open postings/.exec(cold[0]!.output)?.[1] ?? '?';

    const search = values['no-search'] ? [] : await searchRows(dist);

    const rows = [
      `| postings (open) | ${postings} (${open}) |`,
      `| validation (median) | ${s(median(cold.map((r) => r.validation)))} |`,
      `| Astro build, pages and feeds (median) | ${s(median(cold.map((r) => r.astro)))} |`,
      `| search index: Pagefind adding records and writing, alongside the pages (median) | ${s(median(cold.map((r) => r.index)))} |`,
      `| **total wall time (median of ${runs})** | **${s(median(cold.map((r) => r.seconds)))}** (${s(Math.min(...cold.map((r) => r.seconds)))}–${s(Math.max(...cold.map((r) => r.seconds)))}) |`,
      `| CPU time of the whole machine during a build (median) | ${s(median(cold.map((r) => r.cpuSeconds)))} |`,
      `| peak memory, whole process tree (max) | ${gb(Math.max(...cold.map((r) => r.peakBytes)))} |`,
      `| output | ${mb(output.bytes)} in ${output.files} files |`,
      `| search index | ${mb(index.bytes)} in ${index.files} files |`,
      ...search,
    ];

    if (values.rebuild) {
      const filled = await buildRun(project, true, { BOARD_INCREMENTAL: '1' });
      const coldMedian = median(cold.map((r) => r.seconds));
      const share = (seconds: number) => `${((seconds / coldMedian) * 100).toFixed(0)} % of a cold build`;
      // An open posting, so that the change reaches its page, the listings and the search index.
      const jobs = join(project, 'content/jobs');
      const names = readdirSync(jobs).sort();
      const changed = [...names.slice(Math.floor(names.length / 2)), ...names].find((name) => {
        const text = readFileSync(join(jobs, name), 'utf8');
        const expires = /^expires: (\S+)$/m.exec(text)?.[1] ?? '';
        return expires >= TODAY && !/^status: filled$/m.test(text) && !/^draft: true$/m.test(text);
      })!;
      const file = join(jobs, changed);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1 (updated)'));
      const rebuild = await buildRun(project, false, { BOARD_INCREMENTAL: '1' });
      // A company's description: on its page only, so the search index is reused.
      const companies = join(project, 'content/companies');
      const company = join(companies, readdirSync(companies).sort()[0]!);
      writeFileSync(company, `${readFileSync(company, 'utf8')}\nWe also run a reading group.\n`);
      const companyRebuild = await buildRun(project, false, { BOARD_INCREMENTAL: '1' });
      rows.push(
        `| incremental build that fills the cache | ${s(filled.seconds)} |`,
        `| **rebuild after changing one open posting's title** | **${s(rebuild.seconds)}** (${share(rebuild.seconds)}) |`,
        `| rebuild after changing one company's description (search index reused) | ${s(companyRebuild.seconds)} (${share(companyRebuild.seconds)}) |`,
      );
    }

    const comparison: string[] = [];
    if (reference) {
      const ours = median(cold.map((r) => r.seconds));
      const theirs = median(measured.map((r) => r.seconds));
      const pairs = Math.min(cold.length, measured.length);
      const paired = median(cold.slice(0, pairs).map((r, i) => r.seconds / measured[i]!.seconds));
      const cpuRatio = median(cold.map((r) => r.cpuSeconds)) / median(measured.map((r) => r.cpuSeconds));
      comparison.push(
        '',
        '| build | median wall time | runs | median CPU time (whole machine) | peak memory |',
        '|---|---|---|---|---|',
        `| this project (\`npm run build\`) | ${s(ours)} | ${runs} | ${s(median(cold.map((r) => r.cpuSeconds)))} | ${gb(Math.max(...cold.map((r) => r.peakBytes)))} |`,
        `| reference (\`${values.reference}\`) | ${s(theirs)} | ${referenceRuns} | ${s(median(measured.map((r) => r.cpuSeconds)))} | ${gb(Math.max(...measured.map((r) => r.peakBytes)))} |`,
        `| ratio of the medians | ${(ours / theirs).toFixed(2)} | | ${Number.isFinite(cpuRatio) ? cpuRatio.toFixed(2) : '–'} | |`,
        `| median ratio of the ${pairs} runs taken one after the other | ${paired.toFixed(2)} | | | |`,
      );
    }

    console.log(['| measure | value |', '|---|---|', ...rows, ...comparison].join('\n'));
  } finally {
    if (values.keep) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
