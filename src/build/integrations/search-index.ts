// Builds the Pagefind search index during `astro build`, from the validated board rather than from the HTML
// pages, and fails the build on any indexing error. Only open postings are indexed. The work runs in a
// worker thread from the start of the build, beside page rendering instead of after it.

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadBoardOnce } from '../content-files.ts';
import { buildDate } from '../build-date.ts';
import { newestFirst } from '../../board/board.ts';
import { joinBase, paths } from '../../site/paths.ts';
import { offerBodies, withdrawBodies } from '../build-state.ts';
import type { IndexJob, IndexResult, WorkerMessage } from './search-index-worker.ts';

export interface SearchIndexOptions {
  /**
   * Pagefind bundles the per-posting fragments into shared files once there are more than this many: fewer files,
   * but every search downloads each posting's group name in the metadata and each result its group's neighbours.
   * The board leaves it unset (docs/performance.md, issue 14).
   */
  maxFragments?: number;
}

const OUTPUT_PREFIX = 'index-output-';

/** Moves a folder: a rename, or a copy when the two places are on different file systems. */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** Removes the index output folders that builds which stopped half-way left behind (their process is gone). */
function removeLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(OUTPUT_PREFIX)) continue;
    const pid = Number.parseInt(name.slice(OUTPUT_PREFIX.length), 10);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0); // still running: another build's
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(dir, name), { recursive: true, force: true });
    }
  }
}

/** Closed postings' files, each with how many open postings come before it in the pages' order. */
function closedBodies(pages: Array<{ file: string; closed: boolean }>): IndexJob['closedBodies'] {
  const closed: IndexJob['closedBodies'] = [];
  let openBefore = 0;
  for (const page of pages) {
    if (page.closed) closed.push({ file: page.file, openBefore });
    else openBefore++;
  }
  return closed;
}

interface Indexed {
  result: IndexResult;
  output: string;
  /** Open postings indexed. */
  count: number;
  /** When the worker was done (performance.now()). */
  finished: number;
}

export default function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  let root = '';
  let base = '/';
  let cacheDir = '';
  let incremental = false;
  let started = 0;
  let building = false;
  let pending: Promise<Indexed> | undefined;

  async function start(): Promise<Indexed> {
    const today = buildDate();
    const board = await loadBoardOnce(root, today);
    if (board.problems.length > 0) throw new Error('the search index cannot be built from a board with problems');
    const companies = new Map(board.companies.map((c) => [c.id, c.data.name]));
    // Indexed newest first, in the board's one order: the rank is the "newest" sort key. Posting pages are
    // built in the same order.
    const pages = board.jobs.filter((job) => !job.data.draft).sort(newestFirst);
    const open = pages.filter((job) => !job.closed);
    // Written next to the build's other caches, so that it can be renamed into dist/ rather than copied.
    const scratch = join(cacheDir, 'board');
    mkdirSync(scratch, { recursive: true });
    removeLeftovers(scratch);
    const output = mkdtempSync(join(scratch, `${OUTPUT_PREFIX}${process.pid}-`));
    const job: IndexJob = {
      root,
      outputPath: output,
      cacheFile: join(cacheDir, 'board', 'search-texts.json'),
      reuseDir: incremental ? join(cacheDir, 'board', 'search-index') : undefined,
      maxFragments: options.maxFragments,
      today,
      postings: open.map((j, position) => ({
        id: j.id,
        rank: open.length - position,
        file: j.file,
        digest: j.digest,
        job: j.data,
        companyName: companies.get(j.data.company) ?? j.data.company,
        url: joinBase(base, paths.job(j.id)),
      })),
      // A build that renders every page also has the worker render closed postings' bodies, at the pace of
      // the open ones around them; an incremental build renders few pages, so it does not.
      closedBodies: incremental ? [] : closedBodies(pages),
    };
    const result = await new Promise<IndexResult>((resolve, reject) => {
      const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: job });
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'bodies') offerBodies(message.bodies);
        else resolve(message.result);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`the search index worker stopped with exit code ${code}`));
      });
    });
    return { result, output, count: open.length, finished: performance.now() };
  }

  return {
    name: 'board-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
        incremental = config.experimental.incrementalBuild === true;
        if (!building) return;
        // Indexing needs only the validated board, so it starts as soon as the configuration is known and
        // runs while Astro syncs content, bundles and renders pages.
        started = performance.now();
        pending = start();
        // Failures are reported when the build is done; until then nobody awaits the promise.
        pending.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pagesDone = performance.now();
        if (!pending) throw new Error('the search index was never started');
        // Every page is built: bodies offered for pages that were not rendered (kept from the last build) go.
        const bodies = withdrawBodies();
        const { result, output, count, finished } = await pending;
        if (result.errors.length > 0) {
          rmSync(output, { recursive: true, force: true });
          throw new Error(`the search index failed:\n${result.errors.join('\n')}`);
        }
        const target = join(fileURLToPath(dir), 'pagefind');
        rmSync(target, { recursive: true, force: true });
        moveFolder(output, target);
        if (!existsSync(join(target, 'pagefind.js')) || readdirSync(target).length === 0) {
          throw new Error(`the search index was not written to ${target}`);
        }
        if (count === 0) logger.warn('no posting is open, so the search index is empty');
        for (const note of result.notes) logger.warn(note);
        const seconds = `${((finished - started) / 1000).toFixed(2)} s`;
        // The worker's own time, and how long before the pages it was done (or how long the pages waited).
        const wait = (finished - pagesDone) / 1000;
        const when = `${Math.abs(wait).toFixed(1)} s ${wait < 0 ? 'before the pages were done' : 'after the pages'}`;
        const taken =
          bodies.offered > 0
            ? `; the pages took ${bodies.used} of the ${bodies.offered} bodies rendered beside the index`
            : '';
        logger.info(
          result.reused
            ? `indexed ${count} open postings (no record changed: the previous build's index is reused) in ${seconds}, ${when}${taken}`
            : `indexed ${count} open postings (${result.fromCache} from cache) in ${seconds}, ${when} (Pagefind: ${result.seconds?.add.toFixed(1)} s adding, ${result.seconds?.write.toFixed(1)} s writing)${taken}`,
        );
      },
    },
  };
}
