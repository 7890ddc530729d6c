// Where the end-to-end tests find the boards they test (see playwright.config.ts).

import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The build date the tests assume: the sample postings' dates are chosen around it. */
export const TEST_BOARD_DATE = '2026-11-28';
// SAMPLE_PORT and HOSTILE_PORT move the servers, so that a second test run can work beside the first.
/** The sample board's server. */
export const SAMPLE_PORT = Number(process.env['SAMPLE_PORT'] ?? 4329);
/** The hostile fixture board, built with the validator bypassed. */
export const HOSTILE_PORT = Number(process.env['HOSTILE_PORT'] ?? 4330);
export const HOSTILE_URL = `http://localhost:${HOSTILE_PORT}`;
export const HOSTILE_ROOT = join(tmpdir(), 'job-board-hostile-board');
/** The frozen sample board's throwaway project (tests/support/build-sample.ts) and its build output. */
export const SAMPLE_ROOT = join(tmpdir(), 'job-board-sample-board');
export const SAMPLE_DIST = join(SAMPLE_ROOT, 'dist');
