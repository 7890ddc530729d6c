// Builds the Pagefind index in a worker thread while Astro renders pages on the main thread: reads each open
// posting's body (or takes its text from the cache when the file is unchanged), makes its record and hands
// it to Pagefind, whose indexer runs as a process of its own. An incremental build whose records are all
// the same as the previous build's uses that build's index instead (Pagefind cannot update an index). The bodies
// it parses are also rendered here for their pages, and sent to the main thread (see src/build/bodies.ts).

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { renderParsed, renderSource, sourceDigest } from '../bodies.ts';
import { writeIndex } from '../search-fragments.ts';
import type { OfferedBody } from '../build-state.ts';
import { readBody } from '../../board/frontmatter.ts';
import { bodyText, parseBody } from '../../board/markdown.ts';
import { searchRecord, type RecordInput, type SearchRecord } from '../../site/search-records.ts';

/** What the integration sends the worker. */
export interface IndexJob {
  root: string;
  outputPath: string;
  cacheFile: string;
  /**
   * Where an incremental build keeps a copy of the index, in a folder named by a hash of every record and of
   * how they are indexed: when the next build's records are the same, the copy is used instead of indexing
   * again. Undefined: always index.
   */
  reuseDir: string | undefined;
  maxFragments: number | undefined;
  /** The build date, which places working hours stated in a zone with summer time in UTC. */
  today: string;
  postings: Array<Omit<RecordInput, 'text' | 'today'> & { file: string; digest: string }>;
  /**
   * Closed postings, whose bodies the worker renders for their pages too, each once the open postings that come
   * before it in the pages' order have been read.
   */
  closedBodies: Array<{ file: string; openBefore: number }>;
}

/** What the worker sends the integration: page bodies as it renders them, then the result. */
export type WorkerMessage = { kind: 'bodies'; bodies: OfferedBody[] } | { kind: 'done'; result: IndexResult };

/** How the search index turned out. */
export interface IndexResult {
  indexed: number;
  fromCache: number;
  /** Whether the previous build's index was used, its records being the same. */
  reused: boolean;
  errors: string[];
  /** What went wrong without harming this build's index, to be shown as warnings. */
  notes: string[];
  /** Seconds spent handing records to Pagefind, and writing the index. */
  seconds?: { add: number; write: number };
}

/** The version of an installed package, from the package.json above its entry point. */
function packageVersion(name: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.resolve(name))); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version: string };
      if (found === name) return version;
    }
    if (dirname(dir) === dir) throw new Error(`no package.json for ${name}`);
  }
}

/** A hash of files and package versions: what a cache was made with. */
function versionOf(files: URL[], packages: string[]): string {
  const hash = createHash('sha1');
  for (const file of files) hash.update(readFileSync(file));
  for (const name of packages) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('base64url');
}

// Texts are cached per file digest; a change to how text is read or extracted must invalidate them all.
const TEXT_VERSION = versionOf(
  [new URL('../../board/frontmatter.ts', import.meta.url), new URL('../../board/markdown.ts', import.meta.url)],
  ['markdown-it', 'gray-matter', 'js-yaml'],
);

// A kept index is reused only by the same Pagefind, called the same way (this file's options).
const INDEX_VERSION = versionOf(
  [new URL(import.meta.url), new URL('../search-fragments.ts', import.meta.url)],
  ['pagefind'],
);

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
  const problems: string[] = [];
  const notes: string[] = [];
  let fromCache = 0;
  let offers: OfferedBody[] = [];
  const sendOffers = () => {
    if (offers.length > 0) send({ kind: 'bodies', bodies: offers });
    offers = [];
  };
  let closedDone = 0;
  const renderClosed = (openRead: number) => {
    for (; closedDone < job.closedBodies.length; closedDone++) {
      const { file, openBefore } = job.closedBodies[closedDone]!;
      if (openBefore > openRead) break;
      try {
        const source = readFileSync(join(job.root, file), 'utf8');
        offers.push({ file, digest: sourceDigest(source), body: renderSource(file, source) });
      } catch {
        // A file that cannot be read now is left to its page, which reports it.
      }
    }
  };

  // Records are made lazily, so that Pagefind starts on the first ones while the rest are read; an
  // incremental build makes them all first (mostly from cached texts), to know whether any changed. A body
  // parsed for its words is also rendered for its page, and offered to the pages' thread (see bodies.ts).
  function* records(): Generator<Made> {
    let openRead = 0;
    for (const posting of job.postings) {
      renderClosed(openRead++);
      const cached = cache.texts[posting.file];
      let text: string;
      if (cached && cached[0] === posting.digest) {
        text = cached[1];
        fromCache++;
      } else {
        const source = readFileSync(join(job.root, posting.file), 'utf8');
        const read = readBody(source);
        if (!read) {
          problems.push(`${posting.file}: its front-matter could not be read`);
          continue;
        }
        const parsed = parseBody(read.body);
        text = bodyText(parsed);
        offers.push({ file: posting.file, digest: sourceDigest(source), body: renderParsed(parsed) });
      }
      if (offers.length >= 64) sendOffers();
      next.texts[posting.file] = [posting.digest, text];
      yield [posting.file, searchRecord({ ...posting, text, today: job.today })];
    }
    renderClosed(Infinity);
    sendOffers();
  }

  let outcome: Pick<IndexResult, 'reused' | 'seconds'>;
  if (job.reuseDir) {
    const made = [...records()];
    const key = createHash('sha1')
      .update(JSON.stringify({ version: INDEX_VERSION, maxFragments: job.maxFragments, made }))
      .digest('base64url');
    const kept = join(job.reuseDir, key);
    if (existsSync(join(kept, 'pagefind.js'))) {
      cpSync(kept, job.outputPath, { recursive: true });
      outcome = { reused: true };
    } else {
      outcome = await indexRecords(made, job, problems, started);
      if (problems.length === 0) notes.push(...keep(job.reuseDir, key, job.outputPath));
    }
  } else {
    outcome = await indexRecords(records(), job, problems, started);
  }
  mkdirSync(dirname(job.cacheFile), { recursive: true });
  writeFileSync(job.cacheFile, JSON.stringify(next));
  if (!existsSync(join(job.outputPath, 'pagefind.js'))) problems.push(`no index was written to ${job.outputPath}`);
  return { indexed: job.postings.length, fromCache, errors: problems, notes, ...outcome };
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
  try {
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
    const built = await index.getFiles();
    problems.push(...built.errors);
    if (built.errors.length === 0) {
      try {
        writeIndex(built.files, job.outputPath);
      } catch (error) {
        problems.push(`the search index could not be written: ${String(error)}`);
      }
    }
    return { reused: false, seconds: { add: (added - started) / 1000, write: (performance.now() - added) / 1000 } };
  } finally {
    await pagefind.close();
  }
}

/**
 * Keeps a copy of the index under its key, for the next incremental build, and drops older copies. The copy is
 * written to a folder of its own and renamed into place, so a build never sees one cut short. Failing to keep
 * it costs the next build time, not this one its result: it is reported as a note.
 */
function keep(dir: string, key: string, output: string): string[] {
  try {
    mkdirSync(dir, { recursive: true });
    const partial = join(dir, `.partial-${process.pid}-${key}`);
    rmSync(partial, { recursive: true, force: true });
    cpSync(output, partial, { recursive: true });
    for (const old of readdirSync(dir)) {
      if (old !== key && join(dir, old) !== partial) rmSync(join(dir, old), { recursive: true, force: true });
    }
    rmSync(join(dir, key), { recursive: true, force: true });
    renameSync(partial, join(dir, key));
    return [];
  } catch (error) {
    return [`the index was not kept for the next build: ${String(error)}`];
  }
}

function send(message: WorkerMessage): void {
  parentPort!.postMessage(message);
}

const result = await run(workerData as IndexJob).catch((error: unknown): IndexResult => ({
  indexed: 0,
  fromCache: 0,
  reused: false,
  errors: [String(error instanceof Error ? error.stack : error)],
  notes: [],
}));
send({ kind: 'done', result });
