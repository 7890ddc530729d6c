// Builds the Pagefind search index at the end of `astro build`, from the validated board rather than from
// the HTML pages, and fails the build on any indexing error. Only open postings are indexed.

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { loadBoardOnce } from '../data/content-files.ts';
import { newestFirst } from '../lib/board.ts';
import { buildDate } from '../data/build-date.ts';
import { renderFileBody } from '../data/bodies.ts';
import { joinBase, paths } from '../lib/paths.ts';
import { namedCountries, searchRecord } from '../lib/search-records.ts';

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
  return {
    name: 'board-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const today = buildDate();
        const board = await loadBoardOnce(root, today);
        if (board.problems.length > 0) throw new Error('the search index cannot be built from a board with problems');
        const companies = new Map(board.companies.map((c) => [c.id, c.data.name]));
        // Indexed newest first, in the board's one order: the rank is the "newest" sort key.
        const open = board.jobs.filter((job) => !job.closed && !job.data.draft).sort(newestFirst);
        const listedCountries = namedCountries(open.map((job) => job.data));

        const { index, errors } = await pagefind.createIndex({
          forceLanguage: 'en',
          ...(options.maxFragments ? { maxFragments: options.maxFragments } : {}),
        });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const problems: string[] = [];
        for (const [position, job] of open.entries()) {
          const record = searchRecord({
            rank: open.length - position,
            id: job.id,
            job: job.data,
            companyName: companies.get(job.data.company) ?? job.data.company,
            url: joinBase(base, paths.job(job.id)),
            text: renderFileBody(job.file).text,
            listedCountries,
          });
          const added = await index.addCustomRecord(record);
          problems.push(...added.errors.map((error) => `${job.file}: ${error}`));
        }
        const output = join(fileURLToPath(dir), 'pagefind');
        const written = await index.writeFiles({ outputPath: output });
        problems.push(...written.errors);
        await pagefind.close();
        // Pagefind also writes its own UI bundles; the board has its own interface, so they are dead weight.
        for (const file of readdirSync(output)) {
          if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(join(output, file));
        }
        if (problems.length > 0) throw new Error(`the search index failed:\n${problems.join('\n')}`);
        if (!existsSync(join(output, 'pagefind.js'))) throw new Error(`the search index was not written to ${output}`);
        if (open.length === 0) logger.warn('no posting is open, so the search index is empty');
        logger.info(`indexed ${open.length} open postings in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
