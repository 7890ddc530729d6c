// npm run build: validates the board, then builds the site with Astro into dist/.
// Any content problem stops the build before Astro starts, with the validator's messages.

import { build } from 'astro';
import { ContentFolderError, loadBoardOnce } from '../src/build/content-files.ts';
import { resolveBuildDate } from '../src/board/dates.ts';
import { formatGithub, formatText, sortProblems, summarize } from '../src/board/problems.ts';

async function main(): Promise<number> {
  let today: string;
  try {
    today = resolveBuildDate(process.env['BOARD_DATE'], new Date());
  } catch (error) {
    console.error(`build: ${(error as Error).message}`);
    return 2;
  }
  // Every part of the build reads this one date, even if the build runs past midnight.
  process.env['BOARD_DATE'] = today;
  const root = process.cwd();

  const started = performance.now();
  let board;
  try {
    board = await loadBoardOnce(root, today);
  } catch (error) {
    if (error instanceof ContentFolderError) {
      console.error(`build: ${error.message}\nbuild: stopped, nothing was built.`);
      return 1;
    }
    throw error;
  }
  const format = process.env['GITHUB_ACTIONS'] === 'true' ? formatGithub : formatText;
  for (const problem of sortProblems(board.problems)) console.error(format(problem));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (board.problems.length > 0) {
    console.error(
      `${summarize(board)} (${seconds} s)\nbuild: stopped, nothing was built. Fix the problems above and run npm run build again.`,
    );
    return 1;
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
    return 1;
  }
  const astroSeconds = (performance.now() - astroStarted) / 1000;
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(`build: Astro finished in ${astroSeconds.toFixed(2)} s; ${totalSeconds.toFixed(2)} s in all`);
  return 0;
}

process.exitCode = await main();
