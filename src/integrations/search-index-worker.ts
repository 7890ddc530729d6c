// Builds the Pagefind index in a worker thread while Astro renders pages on the main thread: reads each open
// posting's body (or takes its text from the cache when the file is unchanged), makes its record and hands
// it to Pagefind, whose indexer runs as a process of its own. An incremental build whose records are all
// the same as the previous build's uses that build's index instead (Pagefind cannot update an index).

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { readBody } from '../lib/frontmatter.ts';
import { bodyText, parseBody } from '../lib/markdown.ts';
import { searchRecord, type RecordInput, type SearchRecord } from '../lib/search-records.ts';
import type { CountryCode } from '../lib/vocabulary.ts';

/** What the integration sends the worker. */
export interface IndexJob {
  root: string;
  outputPath: string;
  cacheFile: string;
  /**
   * Where an incremental build keeps a copy of the index, with a key made from every record: when the next
   * build's records are the same, the copy is used instead of indexing again. Undefined: always index.
   */
  reuseDir: string | undefined;
  maxFragments: number | undefined;
  listedCountries: CountryCode[];
  postings: Array<Omit<RecordInput, 'text' | 'listedCountries'> & { file: string; digest: string }>;
}

/** What the worker sends back. */
export interface IndexResult {
  indexed: number;
  fromCache: number;
  /** Whether the previous build's index was used, its records being the same. */
  reused: boolean;
  errors: string[];
  /** Seconds spent handing records to Pagefind, and writing the index. */
  seconds?: { add: number; write: number };
}

// Texts are cached per file digest; a change to how text is extracted must invalidate them all.
const TEXT_VERSION = createHash('sha1')
  .update(readFileSync(new URL('../lib/markdown.ts', import.meta.url)))
  .digest('base64url');

// A kept index is reused only by the same Pagefind, called the same way (this file's options).
const WORKER_VERSION = createHash('sha1')
  .update(readFileSync(new URL(import.meta.url)))
  .digest('base64url');
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

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

type Made = [file: string, record: SearchRecord];

async function run(job: IndexJob): Promise<IndexResult> {
  const started = performance.now();
  const cache = loadCache(job.cacheFile);
  const next: TextCache = { version: TEXT_VERSION, texts: {} };
  const listedCountries = new Set(job.listedCountries);
  const problems: string[] = [];
  let fromCache = 0;

  // Records are made lazily, so that Pagefind starts on the first ones while the rest are read.
  function* records(): Generator<Made> {
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
      yield [posting.file, searchRecord({ ...posting, text, listedCountries })];
    }
  }

  let outcome: Pick<IndexResult, 'reused' | 'seconds'>;
  if (job.reuseDir) {
    const made = [...records()];
    const key = createHash('sha1')
      .update(
        JSON.stringify({ pagefind: PAGEFIND_VERSION, worker: WORKER_VERSION, maxFragments: job.maxFragments, made }),
      )
      .digest('base64url');
    outcome = reusable(job.reuseDir, key)
      ? (cpSync(join(job.reuseDir, 'index'), job.outputPath, { recursive: true }), { reused: true })
      : await indexRecords(made, job, problems, started);
    if (!outcome.reused && problems.length === 0) keep(job.reuseDir, key, job.outputPath);
  } else {
    outcome = await indexRecords(records(), job, problems, started);
  }
  mkdirSync(dirname(job.cacheFile), { recursive: true });
  writeFileSync(job.cacheFile, JSON.stringify(next));
  if (!existsSync(join(job.outputPath, 'pagefind.js'))) problems.push(`no index was written to ${job.outputPath}`);
  return { indexed: job.postings.length, fromCache, errors: problems, ...outcome };
}

/** Indexes the records with Pagefind and writes the index to the job's output folder. */
async function indexRecords(
  made: Iterable<Made>,
  job: IndexJob,
  problems: string[],
  started: number,
): Promise<Pick<IndexResult, 'reused' | 'seconds'>> {
  const { index, errors } = await pagefind.createIndex({
    forceLanguage: 'en',
    ...(job.maxFragments ? { maxFragments: job.maxFragments } : {}),
  });
  if (!index) {
    problems.push(`Pagefind could not start: ${errors.join('; ')}`);
    return { reused: false };
  }
  let pending: Array<Promise<void>> = [];
  for (const [file, record] of made) {
    // Records go to Pagefind in flight together: one at a time, the round trips would dominate.
    pending.push(
      index.addCustomRecord(record).then((added) => {
        problems.push(...added.errors.map((error) => `${file}: ${error}`));
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
  return { reused: false, seconds: { add: (added - started) / 1000, write: (wrote - added) / 1000 } };
}

/** Whether the kept index was made from exactly these records. The key is written last, so a copy cut short is never used. */
function reusable(dir: string, key: string): boolean {
  try {
    return readFileSync(join(dir, 'key'), 'utf8') === key && existsSync(join(dir, 'index', 'pagefind.js'));
  } catch {
    return false;
  }
}

function keep(dir: string, key: string, output: string): void {
  rmSync(join(dir, 'key'), { force: true });
  rmSync(join(dir, 'index'), { recursive: true, force: true });
  cpSync(output, join(dir, 'index'), { recursive: true });
  writeFileSync(join(dir, 'key'), key);
}

const result = await run(workerData as IndexJob).catch((error: unknown): IndexResult => ({
  indexed: 0,
  fromCache: 0,
  reused: false,
  errors: [String(error instanceof Error ? error.stack : error)],
}));
parentPort!.postMessage(result);
