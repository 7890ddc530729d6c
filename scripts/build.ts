// npm run build: validates the board, then builds the site with Astro into dist/.
// Any content problem stops the build before Astro starts, with the validator's messages.

import { build } from 'astro';
import { formatText, sortProblems } from '../src/board/problems.ts';
import {
  ContentError,
  EXIT,
  UsageError,
  buildDateFromEnvironment,
  exitStatus,
  parseCommandLine,
  runCommand,
} from './lib/cli.ts';
import { commandBoard } from './lib/load-board.ts';
import { formatGithub, summarize } from './lib/problem-formats.ts';

const USAGE = `Usage: npm run build

Validates every posting, company and logo, then builds the site into dist/. Any problem in the
content stops the build before Astro starts, with every problem printed.

Environment:
  BOARD_DATE=YYYY-MM-DD   the build date: postings are closed when filled or expired before it
                          (default: today in UTC)
  BOARD_INCREMENTAL=1     keep Astro's build cache and render again only the pages a change touches
  BUILD_LOG_LEVEL=debug   Astro's debug output, with a line for each page it renders

${exitStatus('the site is built', 'the content has problems, so nothing was built; or Astro failed (its message says why)')}`;

async function main(): Promise<number> {
  const { positionals } = parseCommandLine(process.argv.slice(2), {}, USAGE);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"; the build takes none`);
  const today = buildDateFromEnvironment();
  // Every part of the build reads this one date, even if the build runs past midnight.
  process.env['BOARD_DATE'] = today;
  const root = process.cwd();

  const started = performance.now();
  let board;
  try {
    board = await commandBoard(root, today, { once: true });
  } catch (error) {
    if (error instanceof ContentError) throw new ContentError(`${error.message}\nbuild: stopped, nothing was built.`);
    throw error;
  }
  const format = process.env['GITHUB_ACTIONS'] === 'true' ? formatGithub : formatText;
  for (const problem of sortProblems(board.problems)) console.error(format(problem));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (board.problems.length > 0) {
    console.error(
      `${summarize(board)} (${seconds} s)\nbuild: stopped, nothing was built. Fix the problems above and run npm run build again.`,
    );
    return EXIT.problems;
  }
  const open = board.jobs.filter((j) => !j.closed && !j.data.draft).length;
  console.log(
    `validated ${board.files.length} files in ${seconds} s: ${open} open postings, ${board.companies.length} companies (build date ${today})`,
  );

  const astroStarted = performance.now();
  try {
    await build({ root, logLevel: process.env['BUILD_LOG_LEVEL'] === 'debug' ? 'debug' : 'info' });
  } catch (error) {
    console.error(`build: Astro failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.problems;
  }
  const astroSeconds = (performance.now() - astroStarted) / 1000;
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(`build: Astro finished in ${astroSeconds.toFixed(2)} s; ${totalSeconds.toFixed(2)} s in all`);
  return EXIT.ok;
}

process.exitCode = await runCommand('build', USAGE, main);
