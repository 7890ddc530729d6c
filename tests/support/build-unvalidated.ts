// Builds the project in the current folder as if its logos had slipped past the validator: postings and
// companies are validated, public/logos/ is not, so only the build's own publishing step (src/build/integrations/
// logos.ts) stands between a hostile logo and dist/. Run by tests/unit/logos-build.test.ts.

import { build } from 'astro';
import { checkCompanyFile, checkJobFile, crossCheck } from '../../src/board/board.ts';
import { publicFileReader, readContentDir } from '../../src/build/content-files.ts';
import { provideBoard } from './provide-board.ts';

const root = process.cwd();
const today = process.env['BOARD_DATE'] ?? '2026-11-28';
const board = crossCheck({
  jobs: readContentDir(root, 'content/jobs').map(checkJobFile),
  companies: readContentDir(root, 'content/companies').map(checkCompanyFile),
  publicFile: publicFileReader(root),
  // No `logos`: the entries of public/logos/ are not checked.
  today,
});
if (board.problems.length > 0) throw new Error(`the board itself has problems: ${JSON.stringify(board.problems)}`);
// The content loaders take this board instead of validating.
await provideBoard(root, today, board);
process.env['BOARD_DATE'] = today;
await build({ root, logLevel: 'warn' });
