// Astro content loaders for postings and companies. They validate the whole board with the same code
// as `npm run validate` and fail the build on any problem. The data store keeps only the validated
// front-matter: bodies stay in their files and are rendered page by page (see bodies.ts), so the
// store, which Astro inlines into one module, stays small however many postings the board has.

import type { Loader, LoaderContext } from 'astro/loaders';
import type { Board } from '../board/board.ts';
import { formatText, sortProblems } from '../board/problems.ts';
import { loadBoardOnce } from './content-files.ts';
import { buildDate } from './build-date.ts';
import { fileURLToPath } from 'node:url';

/** Thrown when the board has problems; its message lists them all, as the validator prints them. */
class InvalidBoardError extends Error {
  constructor(board: Board) {
    const lines = sortProblems(board.problems).map(formatText);
    super(
      `${lines.length} problem${lines.length === 1 ? '' : 's'} in the content; run npm run validate\n${lines.join('\n')}`,
    );
    this.name = 'InvalidBoardError';
  }
}

/** The board for the content loaders: validated, or the build stops with every problem. */
async function validBoard(root: string, logger: LoaderContext['logger']): Promise<Board> {
  const started = performance.now();
  let validatedHere = false;
  const board = await loadBoardOnce(root, buildDate(), () => (validatedHere = true));
  // `npm run build` validated the board before Astro started; `astro dev` has the loaders do it, and says so.
  if (validatedHere) {
    logger.info(`validated ${board.files.length} files in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  }
  if (board.problems.length > 0) throw new InvalidBoardError(board);
  return board;
}

/** The loaders of the two collections, sharing one validation of the board per build. */
export function boardLoaders(): { jobs: Loader; companies: Loader } {
  let pending: Promise<Board> | undefined;
  const board = (root: string, logger: LoaderContext['logger']): Promise<Board> => {
    pending ??= validBoard(root, logger);
    return pending;
  };
  return {
    jobs: {
      name: 'board-jobs',
      load: async ({ store, config, logger }) => {
        const { jobs } = await board(fileURLToPath(config.root), logger);
        store.clear();
        for (const job of jobs) {
          if (job.data.draft) continue;
          store.set({ id: job.id, data: job.data, filePath: job.file, digest: job.digest });
        }
      },
    },
    companies: {
      name: 'board-companies',
      load: async ({ store, config, logger }) => {
        const { companies } = await board(fileURLToPath(config.root), logger);
        store.clear();
        for (const company of companies) {
          store.set({
            id: company.id,
            data: company.data,
            filePath: company.file,
            digest: company.digest,
          });
        }
      },
    },
  };
}
