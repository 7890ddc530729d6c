// How every command reads the board: from the folder --root names (the current folder without it), read and
// validated exactly as the build reads it, with what can go wrong turned into the commands' exit codes: a folder
// that is not there is a usage error (2), a content folder that cannot be read safely is a content problem (1).

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Board, BoardInput } from '../../src/board/board.ts';
import {
  ContentFolderError,
  JOBS_DIR,
  listContentDir,
  loadBoard,
  loadBoardOnce,
  readBoard,
} from '../../src/build/content-files.ts';
import { ContentError, UsageError } from './cli.ts';

/** The board's folder: `--root`, or the current folder; a UsageError when it is not a folder. */
export function boardRoot(option: string | undefined): string {
  const root = resolve(option ?? '.');
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) {
    throw new UsageError(
      `${option === undefined ? 'the current folder' : `--root ${option}`}: there is no such folder`,
    );
  }
  return root;
}

/**
 * The board at `root` on `today`, every file read and checked. With `once`, a board already validated in this
 * process is taken as it is, and one validated now is kept for the rest of the process: what the build does, so
 * that Astro's content loaders take it rather than validate again.
 */
export async function commandBoard(root: string, today: string, options: { once?: boolean } = {}): Promise<Board> {
  try {
    return await (options.once ? loadBoardOnce(root, today) : loadBoard(root, today));
  } catch (error) {
    throw asContentError(error);
  }
}

/** The files of the board at `root`, read but not checked, for a command that checks them with files of its own. */
export function commandBoardFiles(root: string, today: string): BoardInput {
  try {
    return readBoard(root, today);
  } catch (error) {
    throw asContentError(error);
  }
}

/** The slugs of the board's postings, from the names in content/jobs/ (none read), for suggestions. */
export function postingSlugs(root: string): string[] {
  try {
    return listContentDir(root, JOBS_DIR).map((path) => path.slice(JOBS_DIR.length + 1).replace(/\.md$/, ''));
  } catch (error) {
    throw asContentError(error);
  }
}

function asContentError(error: unknown): unknown {
  return error instanceof ContentFolderError ? new ContentError(error.message) : error;
}
