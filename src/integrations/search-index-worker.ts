// Builds the Pagefind index in a worker thread while Astro renders pages on the main thread: reads each open
// posting's body (or takes its text from the cache when the file is unchanged), makes its record and hands
// it to Pagefind, whose indexer runs as a process of its own.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { readBody } from '../lib/frontmatter.ts';
import { bodyText, parseBody } from '../lib/markdown.ts';
import { searchRecord, type RecordInput } from '../lib/search-records.ts';
import type { CountryCode } from '../lib/vocabulary.ts';

/** What the integration sends the worker. */
export interface IndexJob {
  root: string;
  outputPath: string;
  cacheFile: string;
  maxFragments: number | undefined;
  listedCountries: CountryCode[];
  postings: Array<Omit<RecordInput, 'text' | 'listedCountries'> & { file: string; digest: string }>;
}

/** What the worker sends back. */
export interface IndexResult {
  indexed: number;
  fromCache: number;
  errors: string[];
  /** Seconds spent handing records to Pagefind, and writing the index. */
  seconds?: { add: number; write: number };
}

// Texts are cached per file digest; a change to how text is extracted must invalidate them all.
const TEXT_VERSION = createHash('sha1')
  .update(readFileSync(new URL('../lib/markdown.ts', import.meta.url)))
  .digest('base64url');

interface TextCache {
  version: string;
  texts: Record<string, [digest: string, text: string]>;
}

function loadCache(file: string): TextCache {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as TextCache;
    if (cache.version === TEXT_VERSION) return cache;
  } catch {
    // no cache yet, or an unreadable one: start afresh
  }
  return { version: TEXT_VERSION, texts: {} };
}

async function run(job: IndexJob): Promise<IndexResult> {
  const started = performance.now();
  const cache = loadCache(job.cacheFile);
  const next: TextCache = { version: TEXT_VERSION, texts: {} };
  const listedCountries = new Set(job.listedCountries);
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    ...(job.maxFragments ? { maxFragments: job.maxFragments } : {}),
  });
  if (!index) return { indexed: 0, fromCache: 0, errors: [`Pagefind could not start: ${errors.join('; ')}`] };
  const problems: string[] = [];
  let fromCache = 0;
  let pending: Array<Promise<void>> = [];
  for (const posting of job.postings) {
    const cached = cache.texts[posting.file];
    let text: string;
    if (cached && cached[0] === posting.digest) {
      text = cached[1];
      fromCache++;
    } else {
      const read = readBody(readFileSync(join(job.root, posting.file), 'utf8'));
      if (!read) {
        problems.push(`${posting.file}: its front-matter could not be read`);
        continue;
      }
      text = bodyText(parseBody(read.body));
    }
    next.texts[posting.file] = [posting.digest, text];
    const record = searchRecord({ ...posting, text, listedCountries });
    // Records go to Pagefind in flight together: one at a time, the round trips would dominate.
    pending.push(
      index.addCustomRecord(record).then((added) => {
        problems.push(...added.errors.map((error) => `${posting.file}: ${error}`));
      }),
    );
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  const added = performance.now();
  const written = await index.writeFiles({ outputPath: job.outputPath });
  const wrote = performance.now();
  problems.push(...written.errors);
  await pagefind.close();
  mkdirSync(dirname(job.cacheFile), { recursive: true });
  writeFileSync(job.cacheFile, JSON.stringify(next));
  if (!existsSync(join(job.outputPath, 'pagefind.js'))) problems.push(`no index was written to ${job.outputPath}`);
  return {
    indexed: job.postings.length,
    fromCache,
    errors: problems,
    seconds: { add: (added - started) / 1000, write: (wrote - added) / 1000 },
  };
}

const result = await run(workerData as IndexJob).catch((error: unknown): IndexResult => ({
  indexed: 0,
  fromCache: 0,
  errors: [String(error instanceof Error ? error.stack : error)],
}));
parentPort!.postMessage(result);
