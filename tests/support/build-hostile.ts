// Builds the hostile fixture board as if its files had slipped past the validator: every posting whose
// front-matter is readable is published, whatever its body holds. This proves the renderer, not the
// validator, keeps pages safe. Run by Playwright before serving the result (see playwright.config.ts).

import { join } from 'node:path';
import { build } from 'astro';
import { crossCheck, checkCompanyFile, checkJobFile, type Board } from '../../src/board/board.ts';
import { publicFileReader, readContentDir } from '../../src/build/content-files.ts';
import { PROJECT, createFixtureProject } from './fixture-project.ts';
import { provideBoard } from './provide-board.ts';

import { HOSTILE_ROOT } from './servers.ts';
const TODAY = process.env['BOARD_DATE'] ?? '2026-11-28';

const root = createFixtureProject(HOSTILE_ROOT, join(PROJECT, 'tests/fixtures/hostile-board/content'));
const jobs = readContentDir(root, 'content/jobs').map(checkJobFile);
const companies = readContentDir(root, 'content/companies').map(checkCompanyFile);
// Pretend nothing was wrong: keep every file whose front-matter passed, drop every problem.
const strip = <T>(check: { problems: unknown[] } & T) => ({ ...check, problems: [] });
const board: Board = crossCheck({
  jobs: jobs.filter((j) => j.data).map(strip),
  companies: companies.map(strip),
  publicFile: publicFileReader(root),
  today: TODAY,
});
const bypassed = jobs.filter((j) => j.problems.length > 0).map((j) => j.file);
if (bypassed.length === 0) throw new Error('the hostile fixture board should hold postings the validator rejects');
console.log(`bypassing the validator for ${bypassed.length} postings: ${bypassed.join(', ')}`);

// The content loaders take this board instead of validating.
await provideBoard(root, TODAY, board);
process.env['BOARD_DATE'] = TODAY;
process.chdir(root);
await build({ root, logLevel: 'warn' });
