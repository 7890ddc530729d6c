// Hands a board to the build of the project at `root` instead of letting it validate its files, for the builds
// that test what gets past the validator. The board goes to that project's own build state (its copy of
// src/build/build-state.ts, a module of its own), which its content loaders and search index read.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Board } from '../../src/board/board.ts';

/** Makes `board` what the next build of the project at `root` on `today` takes as validated. */
export async function provideBoard(root: string, today: string, board: Board): Promise<void> {
  const url = pathToFileURL(join(root, 'src/build/build-state.ts')).href;
  const state = (await import(url)) as typeof import('../../src/build/build-state.ts');
  state.provideBoard(root, today, board);
}
