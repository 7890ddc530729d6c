// Astro content loaders for postings and companies. They validate the whole board with the same code
// as `npm run validate` and fail the build on any problem. The data store keeps only the validated
// front-matter: bodies stay in their files and are rendered page by page (see bodies.ts), so the
// store, which Astro inlines into one module, stays small however many postings the board has.

import type { Loader, LoaderContext } from 'astro/loaders';
import type { Board } from '../board/board.ts';
import { formatText, sortProblems } from '../board/problems.ts';
import { forgetBoard, setContentProblems } from './build-state.ts';
import { loadBoardOnce } from './content-files.ts';
import { buildDate } from './build-date.ts';
import { join, sep } from 'node:path';
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

/** The folders whose files make the board: a change in one is a change of the board. */
const WATCHED = ['content/jobs', 'content/companies', 'public/logos'];

/** Fills a collection's store from the board: every published entry, and nothing else. */
function fill(store: LoaderContext['store'], entries: Board['jobs'] | Board['companies']): void {
  store.clear();
  for (const entry of entries) {
    if ('draft' in entry.data && entry.data.draft) continue;
    store.set({ id: entry.id, data: entry.data, filePath: entry.file, digest: entry.digest });
  }
}

/**
 * The loaders of the two collections, sharing one validation of the board per build. Under `astro dev` they watch
 * the content folders: after an edit, an added or a deleted file, the board is validated again and both stores
 * follow it (Astro then reloads the page). While the content has problems the stores keep the last valid board,
 * the terminal lists the problems, and every page shows them (board-index.ts) until they are fixed.
 */
export function boardLoaders(): { jobs: Loader; companies: Loader } {
  let pending: Promise<Board> | undefined;
  const board = (root: string, logger: LoaderContext['logger']): Promise<Board> => {
    pending ??= validBoard(root, logger);
    return pending;
  };
  const load =
    (select: (board: Board) => Board['jobs'] | Board['companies']) =>
    async ({ store, config, logger, watcher, meta }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      fill(store, select(await board(root, logger)));
      if (!watcher) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const reload = async () => {
        forgetBoard(root, buildDate());
        pending = undefined;
        const next = await loadBoardOnce(root, buildDate());
        const problems = sortProblems(next.problems).map(formatText);
        setContentProblems(problems);
        // A change of the problems alone changes nothing in the store: the meta entry makes Astro reload the page.
        meta.set('problems', problems.join('\n'));
        if (problems.length > 0) {
          logger.error(
            `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n${problems.join('\n')}`,
          );
          return;
        }
        pending = Promise.resolve(next);
        fill(store, select(next));
        logger.info('content changed: validated and reloaded');
      };
      watcher.add(WATCHED.map((folder) => join(root, folder)));
      const onChange = (path: string) => {
        if (!WATCHED.some((folder) => path.startsWith(join(root, folder) + sep))) return;
        // An editor's save can be several events: the board is validated once they settle.
        clearTimeout(timer);
        timer = setTimeout(() => void reload().catch((error: unknown) => logger.error(String(error))), 100);
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
    };
  return {
    jobs: { name: 'board-jobs', load: load((b) => b.jobs) },
    companies: { name: 'board-companies', load: load((b) => b.companies) },
  };
}
