// Builds the Pagefind search index during `astro build`, from the validated board rather than from the HTML
// pages, and fails the build on any indexing error. Only open postings are indexed. The work runs in a
// worker thread from the start of the build, beside page rendering instead of after it.

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadBoardOnce } from '../data/content-files.ts';
import { buildDate } from '../data/build-date.ts';
import { newestFirst } from '../lib/board.ts';
import { joinBase, paths } from '../lib/paths.ts';
import { namedCountries } from '../lib/search-records.ts';
import type { IndexJob, IndexResult } from './search-index-worker.ts';

export interface SearchIndexOptions {
  /**
   * Pagefind bundles the per-posting fragments into shared files once there are more than this many, so a large
   * board does not ship one file per posting.
   */
  maxFragments?: number;
}

export default function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
  let root = '';
  let base = '/';
  let cacheDir = '';
  let incremental = false;
  let started = 0;
  let building = false;
  let pending: Promise<{ result: IndexResult; output: string; count: number }> | undefined;

  async function start(): Promise<{ result: IndexResult; output: string; count: number }> {
    const board = await loadBoardOnce(root, buildDate());
    if (board.problems.length > 0) throw new Error('the search index cannot be built from a board with problems');
    const companies = new Map(board.companies.map((c) => [c.id, c.data.name]));
    // Indexed newest first, in the board's one order: the rank is the "newest" sort key.
    const open = board.jobs.filter((job) => !job.closed && !job.data.draft).sort(newestFirst);
    const output = mkdtempSync(join(tmpdir(), 'board-pagefind-'));
    const job: IndexJob = {
      root,
      outputPath: output,
      cacheFile: join(cacheDir, 'board', 'search-texts.json'),
      reuseDir: incremental ? join(cacheDir, 'board', 'search-index') : undefined,
      maxFragments: options.maxFragments,
      listedCountries: [...namedCountries(open.map((j) => j.data))],
      postings: open.map((j, position) => ({
        id: j.id,
        rank: open.length - position,
        file: j.file,
        digest: j.digest,
        job: j.data,
        companyName: companies.get(j.data.company) ?? j.data.company,
        url: joinBase(base, paths.job(j.id)),
      })),
    };
    const result = await new Promise<IndexResult>((resolve, reject) => {
      const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: job });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`the search index worker stopped with exit code ${code}`));
      });
    });
    return { result, output, count: open.length };
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
        if (!pending) throw new Error('the search index was never started');
        const { result, output, count } = await pending;
        if (result.errors.length > 0) throw new Error(`the search index failed:\n${result.errors.join('\n')}`);
        const target = join(fileURLToPath(dir), 'pagefind');
        rmSync(target, { recursive: true, force: true });
        // Pagefind also writes its own UI bundles; the board has its own interface, so they are dead weight.
        cpSync(output, target, {
          recursive: true,
          filter: (src) => !/pagefind-(component-ui|modular-ui|ui|highlight)\./.test(src),
        });
        rmSync(output, { recursive: true, force: true });
        if (!existsSync(join(target, 'pagefind.js')) || readdirSync(target).length === 0) {
          throw new Error(`the search index was not written to ${target}`);
        }
        if (count === 0) logger.warn('no posting is open, so the search index is empty');
        for (const note of result.notes) logger.warn(note);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          result.reused
            ? `indexed ${count} open postings (no record changed: the previous build's index is reused) in ${seconds} s`
            : `indexed ${count} open postings (${result.fromCache} from cache) in ${seconds} s, alongside the pages (Pagefind: ${result.seconds?.add.toFixed(1)} s adding, ${result.seconds?.write.toFixed(1)} s writing)`,
        );
      },
    },
  };
}
