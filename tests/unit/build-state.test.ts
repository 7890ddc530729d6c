// One build's shared state (src/build/build-state.ts) is one module: the integrations, the content loaders and the
// pages, three module graphs, read and write the same instance. A real build of the sample board shows it: the
// content loaders take the board scripts/build.ts validated instead of validating it again, and the pages take
// every body the search index's worker rendered for them.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBoard } from '../../src/build/content-files.ts';
import { PROJECT, createFixtureProject } from '../support/fixture-project.ts';
import { TODAY } from './helpers.ts';

describe('the build state shared by the parts of a build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'board-build-state-'));
  const root = createFixtureProject(join(dir, 'project'), join(PROJECT, 'tests/fixtures/sample-board/content'));
  let output = '';
  let code: number | null = null;

  before(() => {
    const { GITHUB_ACTIONS: _ci, ...inherited } = process.env;
    // The copy's own build script: a build script of one project and the Astro build of another would be two
    // programs, with two build states.
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...inherited, BOARD_DATE: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 300_000,
    });
    code = result.status;
    output = `${result.stdout}${result.stderr}`;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('validates the board once: the content loaders take what the build script validated', () => {
    assert.equal(code, 0, output);
    assert.match(output, /^validated \d+ files in /m);
    assert.doesNotMatch(output, /\[board-(jobs|companies)\] validated/);
  });

  it('gives the pages every body the search index rendered for them', async () => {
    const board = await loadBoard(root, TODAY);
    const published = board.jobs.filter((job) => !job.data.draft).length;
    assert.ok(published > 40, `the sample board publishes ${published} postings`);
    assert.ok(
      board.jobs.some((job) => job.closed),
      'the sample board has closed postings, whose bodies count too',
    );
    assert.match(
      output,
      new RegExp(`the pages took ${published} of the ${published} bodies rendered beside the index`),
    );
  });
});
