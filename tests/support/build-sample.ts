// Builds the frozen sample board (tests/fixtures/sample-board) on its fixed date with the real build, into a
// throwaway project, for the browser tests to serve (see playwright.config.ts).

import { cpSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT, copyProject } from '../../scripts/lib/project-copy.ts';
import { SAMPLE_ROOT, TEST_BOARD_DATE } from './servers.ts';

const fixture = join(PROJECT, 'tests/fixtures/sample-board');
copyProject(SAMPLE_ROOT, join(fixture, 'content'));
rmSync(join(SAMPLE_ROOT, 'public/logos'), { recursive: true, force: true });
cpSync(join(fixture, 'public/logos'), join(SAMPLE_ROOT, 'public/logos'), { recursive: true });
const build = spawnSync(process.execPath, ['scripts/build.ts'], {
  cwd: SAMPLE_ROOT,
  stdio: 'inherit',
  env: { ...process.env, BOARD_DATE: TEST_BOARD_DATE, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exitCode = build.status ?? 1;
