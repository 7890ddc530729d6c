// The validator as contributors and CI run it: exit codes, output formats, file arguments, and the
// guarantee that nothing in a content file is ever executed.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_BOARD, FIXTURES } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VALIDATE = join(ROOT, 'scripts/validate.ts');

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [VALIDATE, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, BOARD_DATE: '2026-11-28', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run validate', () => {
  let board: string;
  before(() => {
    board = mkdtempSync(join(tmpdir(), 'board-'));
    cpSync(BASE_BOARD, board, { recursive: true });
  });
  after(() => rmSync(board, { recursive: true, force: true }));

  it('exits 0 with a one-line summary on a clean board', () => {
    const { code, stdout } = run([], board);
    assert.equal(code, 0);
    assert.match(stdout, /^✓ 2 files checked, no problems \(\d+\.\d\d s, build date 2026-11-28\)\n$/);
  });

  it('exits 1 and prints every problem as path:line:column error field: message', () => {
    copyFileSync(join(FIXTURES, 'rules/jobs/level-not-listed.md'), join(board, 'content/jobs/level-not-listed.md'));
    copyFileSync(
      join(FIXTURES, 'rules/jobs/salary-range-too-wide.md'),
      join(board, 'content/jobs/salary-range-too-wide.md'),
    );
    try {
      const { code, stdout } = run([], board);
      assert.equal(code, 1);
      const lines = stdout.trimEnd().split('\n');
      assert.deepEqual(lines.slice(0, -1), [
        'content/jobs/level-not-listed.md:4:8 error level: found "lead"; allowed: senior, staff or principal (this board lists Senior, Staff and Principal backend roles only). Did you mean "staff"?',
        'content/jobs/salary-range-too-wide.md:11:8 error salary.max: found 300000, more than 2 × min (120000); give an honest range with max at most 240000',
      ]);
      assert.match(lines.at(-1)!, /^✗ 2 problems in 2 of 4 files /);
    } finally {
      rmSync(join(board, 'content/jobs/level-not-listed.md'));
      rmSync(join(board, 'content/jobs/salary-range-too-wide.md'));
    }
  });

  it('reports only the files it is given, while still checking them against the whole board', () => {
    copyFileSync(join(FIXTURES, 'rules/jobs/company-unknown.md'), join(board, 'content/jobs/company-unknown.md'));
    try {
      const clean = run(['content/jobs/acme-corp-staff-backend-engineer.md'], board);
      assert.equal(clean.code, 0);
      assert.match(clean.stdout, /^✓ 1 file checked/);
      const bad = run(['content/jobs/company-unknown.md'], board);
      assert.equal(bad.code, 1);
      assert.match(
        bad.stdout,
        /^content\/jobs\/company-unknown\.md:3:10 error company: found "acme", .* Did you mean "acme-corp"\?/,
      );
    } finally {
      rmSync(join(board, 'content/jobs/company-unknown.md'));
    }
  });

  it('prints GitHub annotations with --format github and by default under GitHub Actions', () => {
    copyFileSync(join(FIXTURES, 'rules/jobs/stack-unknown-tag.md'), join(board, 'content/jobs/stack-unknown-tag.md'));
    try {
      const explicit = run(['--format', 'github'], board);
      const automatic = run([], board, { GITHUB_ACTIONS: 'true' });
      assert.equal(explicit.code, 1);
      const withoutTiming = (out: string) => out.replace(/\(\d+\.\d\d s/, '');
      assert.equal(withoutTiming(explicit.stdout), withoutTiming(automatic.stdout));
      assert.equal(
        explicit.stdout.split('\n')[0],
        '::error file=content/jobs/stack-unknown-tag.md,line=15,col=9,title=stack[0]::stack[0]: found "golang"; allowed: a tag from the stack vocabulary (CONTRIBUTING.md lists them all). Did you mean "go"?',
      );
    } finally {
      rmSync(join(board, 'content/jobs/stack-unknown-tag.md'));
    }
  });

  it('prints machine-readable results with --format json', () => {
    copyFileSync(join(FIXTURES, 'rules/jobs/title-too-short.md'), join(board, 'content/jobs/title-too-short.md'));
    try {
      const { code, stdout } = run(['--format', 'json'], board);
      assert.equal(code, 1);
      const report = JSON.parse(stdout) as {
        ok: boolean;
        files: Array<{ file: string; status: string; problems: Array<Record<string, unknown>> }>;
      };
      assert.equal(report.ok, false);
      assert.deepEqual(
        report.files.map((f) => [f.file, f.status]),
        [
          ['content/companies/acme-corp.md', 'ok'],
          ['content/jobs/acme-corp-staff-backend-engineer.md', 'ok'],
          ['content/jobs/title-too-short.md', 'error'],
        ],
      );
      assert.deepEqual(report.files[2]!.problems, [
        { line: 2, column: 8, field: 'title', message: 'found 3 characters; at least 5 are needed' },
      ]);
    } finally {
      rmSync(join(board, 'content/jobs/title-too-short.md'));
    }
  });

  it('exits 2 on a usage error: unknown option, unknown format, a file outside the content folders, a bad BOARD_DATE', () => {
    for (const [args, env, message] of [
      [['--colour'], {}, /Unknown option '--colour'/],
      [['--format', 'xml'], {}, /--format must be text, github or json/],
      [['README.md'], {}, /is not in content\/jobs\/ or content\/companies\//],
      [['content/jobs/nope.md'], {}, /does not exist/],
      [[], { BOARD_DATE: '2026-02-30' }, /BOARD_DATE=2026-02-30 is February 2026 has 28 days/],
    ] as const) {
      const { code, stderr } = run([...args], board, env);
      assert.equal(code, 2, `exit code for ${args.join(' ')}`);
      assert.match(stderr, message);
      assert.match(stderr, /Usage: npm run validate/);
    }
  });

  it('never runs JavaScript front-matter: the marker file it would write does not appear', () => {
    const marker = join(board, 'marker-written-by-front-matter');
    copyFileSync(join(FIXTURES, 'rules/jobs/front-matter-js.md'), join(board, 'content/jobs/front-matter-js.md'));
    try {
      const { code, stdout } = run([], board, { MARKER_FILE: marker });
      assert.equal(code, 1);
      assert.match(
        stdout,
        /front-matter-js\.md:1:1 error front-matter: front-matter in "js" is not accepted \(it was not read or run\)/,
      );
      assert.equal(existsSync(marker), false);
      // The same file through gray-matter's default engines does run: the test would catch a regression.
      writeFileSync(
        join(board, 'probe.mjs'),
        `import matter from ${JSON.stringify(join(ROOT, 'node_modules/gray-matter/index.js'))}; import { readFileSync } from 'node:fs'; matter(readFileSync('content/jobs/front-matter-js.md', 'utf8'));`,
      );
      spawnSync(process.execPath, ['probe.mjs'], { cwd: board, env: { ...process.env, MARKER_FILE: marker } });
      assert.equal(existsSync(marker), true, 'the fixture really is executable JavaScript');
    } finally {
      rmSync(join(board, 'content/jobs/front-matter-js.md'));
      rmSync(join(board, 'probe.mjs'), { force: true });
      rmSync(marker, { force: true });
    }
  });
});
