// Reads the board's content folders from disk for the validator and the build. Symbolic links are
// reported, never followed, so no content file can make the build read outside the repository.

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  checkCompanyFile,
  checkJobFile,
  crossCheck,
  type Board,
  type BoardInput,
  type FileCheck,
} from '../board/board.ts';
import type { ContentEntry } from '../board/content-entry.ts';
import { MAX_FILE_BYTES, type Job } from '../board/schema.ts';
import { validatedBoard } from './build-state.ts';

export const JOBS_DIR = 'content/jobs';
export const COMPANIES_DIR = 'content/companies';
const PUBLIC_DIR = 'public';
/** Contributors' logos: published as they are, so every entry is checked. */
export const LOGOS_DIR = 'public/logos';

/** Thrown when the content folders themselves are unusable (missing, or a link out of the repository). */
export class ContentFolderError extends Error {}

/** Every entry of a content folder (`content/jobs`), sorted by name. */
export function readContentDir(root: string, dir: string): ContentEntry[] {
  return listContentDir(root, dir).map((path) => readEntry(root, path));
}

/** The paths of every entry of a content folder, sorted by name. */
export function listContentDir(root: string, dir: string): string[] {
  const absolute = checkedFolder(root, dir);
  if (absolute === undefined) return [];
  return readdirSync(absolute)
    .sort()
    .map((name) => `${dir}/${name}`);
}

/** Boards smaller than this are checked on one thread: starting a worker costs more than it saves. */
const PARALLEL_FROM = 1500;

/**
 * Reads and validates the board at `root`, checking posting files on every core for large boards.
 * The result is the same as `validateBoard(readBoard(root, today))`.
 */
export async function loadBoard(root: string, today: string): Promise<Board> {
  const jobPaths = listContentDir(root, JOBS_DIR);
  const workers = jobPaths.length >= PARALLEL_FROM ? Math.min(availableParallelism(), 4) - 1 : 0;
  // The main thread takes a larger share: workers spend their first moments loading modules.
  const share = Math.floor(jobPaths.length / (workers + 1.5));
  const pending = Array.from({ length: workers }, (_, i) =>
    checkInWorker(root, jobPaths.slice(jobPaths.length - share * (i + 1), jobPaths.length - share * i)),
  );
  const own = jobPaths.slice(0, jobPaths.length - share * workers).map((path) => checkJobFile(readEntry(root, path)));
  const companies = readContentDir(root, COMPANIES_DIR).map(checkCompanyFile);
  const fromWorkers = (await Promise.all(pending)).reverse().flat();
  return crossCheck({
    jobs: [...own, ...fromWorkers],
    companies,
    publicFile: publicFileReader(root),
    logos: readContentDir(root, LOGOS_DIR),
    today,
  });
}

/**
 * `loadBoard`, done at most once per process for a given board and date (`onValidate` is called when it is done
 * now): scripts/build.ts validates before Astro starts, and the content loaders and the search index take that
 * result (build-state.ts).
 */
export function loadBoardOnce(root: string, today: string, onValidate?: () => void): Promise<Board> {
  return validatedBoard(root, today, () => {
    onValidate?.();
    return loadBoard(root, today);
  });
}

function checkInWorker(root: string, paths: string[]): Promise<Array<FileCheck<Job>>> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { root, paths } });
    worker.once('message', resolvePromise);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the validation worker stopped with exit code ${code}`));
    });
  });
}

/** One content entry, read without following symbolic links. */
export function readEntry(root: string, path: string): ContentEntry {
  const stat = lstatSync(join(root, path), { throwIfNoEntry: false });
  if (!stat) return { path, type: 'other', size: 0 };
  if (stat.isSymbolicLink()) return { path, type: 'symlink', size: 0 };
  if (stat.isDirectory()) return { path, type: 'directory', size: 0 };
  if (!stat.isFile()) return { path, type: 'other', size: 0 };
  if (stat.size > MAX_FILE_BYTES) return { path, type: 'file', size: stat.size };
  const bytes = readFileSync(join(root, path));
  return { path, type: 'file', size: stat.size, bytes, digest: createHash('sha1').update(bytes).digest('base64url') };
}

/** The bytes of a regular file under `public/`, or undefined when there is none (links do not count). */
export function publicFileReader(root: string): (path: string) => Uint8Array | undefined {
  const base = resolve(root, PUBLIC_DIR);
  return (path) => {
    const absolute = resolve(base, path);
    if (!absolute.startsWith(base + sep)) return undefined;
    const stat = lstatSync(absolute, { throwIfNoEntry: false });
    return stat?.isFile() ? readFileSync(absolute) : undefined;
  };
}

/** Everything `validateBoard` needs, read from the board at `root`. */
export function readBoard(root: string, today: string): BoardInput {
  return {
    jobs: readContentDir(root, JOBS_DIR),
    companies: readContentDir(root, COMPANIES_DIR),
    publicFile: publicFileReader(root),
    logos: readContentDir(root, LOGOS_DIR),
    today,
  };
}

// A content folder must be a real folder inside the repository: a link could point anywhere.
function checkedFolder(root: string, dir: string): string | undefined {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return undefined;
  const realRoot = realpathSync(root);
  let current = realRoot;
  for (const part of dir.split('/')) {
    current = join(current, part);
    if (lstatSync(current).isSymbolicLink()) {
      throw new ContentFolderError(
        `${relative(realRoot, current)} is a symbolic link; content folders must be real folders in the repository`,
      );
    }
  }
  return absolute;
}
