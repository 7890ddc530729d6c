// Where the end-to-end tests find the boards they test (see playwright.config.ts).

import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The build date the tests assume: the sample postings' dates are chosen around it. */
export const TEST_BOARD_DATE = '2026-11-28';
/** The sample board, built into .test-dist/. */
export const SAMPLE_PORT = 4329;
/** The hostile fixture board, built with the validator bypassed. */
export const HOSTILE_PORT = 4330;
export const HOSTILE_URL = `http://localhost:${HOSTILE_PORT}`;
export const HOSTILE_ROOT = join(tmpdir(), 'backend-jobs-hostile-board');
/** The sample board's build output, relative to the project. */
export const SAMPLE_DIST = '.test-dist';
