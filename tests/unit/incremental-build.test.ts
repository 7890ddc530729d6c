// Incremental builds (BOARD_INCREMENTAL=1): the search index is reused only when no record changed, and a
// change that reaches a record (an open posting's title) is indexed.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PROJECT, createFixtureProject } from '../support/fixture-project.ts';
import { BASE_BOARD, TODAY } from './helpers.ts';

const REUSED = /indexed \d+ open postings \(no record changed: the previous build's index is reused\)/;
const INDEXED =
  /indexed \d+ open postings \(\d+ from cache\) in [\d.]+ s, [\d.]+ s (before the pages were done|after the pages)/;

function build(root: string): string {
  const { GITHUB_ACTIONS: _ci, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, BOARD_DATE: TODAY, BOARD_INCREMENTAL: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 300_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  assert.equal(result.status, 0, output);
  return output;
}

/** The text of every fragment in the built index. */
function indexedText(root: string): string {
  const dir = join(root, 'dist/pagefind/fragment');
  return readdirSync(dir)
    .map((name) =>
      gunzipSync(readFileSync(join(dir, name)))
        .toString('utf8')
        .slice('pagefind_dcd'.length),
    )
    .join('\n');
}

describe('incremental builds', () => {
  let dir = '';
  let root = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'board-incremental-'));
    root = createFixtureProject(join(dir, 'project'), join(BASE_BOARD, 'content'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('index from scratch, reuse the index while no record changes, and index again after one does', () => {
    const first = build(root);
    assert.match(first, INDEXED);
    // The open posting's body was rendered beside the index, and its page took it.
    assert.match(first, /the pages took 1 of the 1 bodies rendered beside the index/);
    assert.match(build(root), REUSED);

    // A company's description is on its page, not in any record.
    const companies = join(root, 'content/companies');
    appendFileSync(join(companies, readdirSync(companies).sort()[0]!), '\nWe also run a reading group.\n');
    assert.match(build(root), REUSED);

    const jobs = join(root, 'content/jobs');
    const open = readdirSync(jobs)
      .sort()
      .map((name) => join(jobs, name))
      .find(
        (file) => /^expires: 2027-/m.test(readFileSync(file, 'utf8')) && !/^status:/m.test(readFileSync(file, 'utf8')),
      );
    assert.ok(open, 'the fixture board has an open posting');
    writeFileSync(open, readFileSync(open, 'utf8').replace(/^title: (.*)$/m, 'title: $1 Zanzibarian'));
    assert.doesNotMatch(indexedText(root), /Zanzibarian/);
    assert.match(build(root), INDEXED);
    assert.match(indexedText(root), /Zanzibarian/);
  });
});
