// The validator as contributors and CI run it: exit codes, output formats, file arguments, and the
// guarantee that nothing in a content file is ever executed.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { BASE_BOARD, FIXTURES } from './helpers.ts';
import { createGitRepo, GIT_ENV } from '../support/git-repo.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VALIDATE = join(ROOT, 'scripts/validate.ts');

function run(args: string[], cwd: string, env: Record<string, string> = {}, input?: string) {
  const { GITHUB_ACTIONS: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [VALIDATE, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, BOARD_DATE: '2026-11-28', ...env },
    ...(input === undefined ? {} : { input }),
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

  it('checks the files a change lists with --files-from: deleted ones listed, other paths ignored', () => {
    copyFileSync(join(FIXTURES, 'rules/jobs/level-not-listed.md'), join(board, 'content/jobs/level-not-listed.md'));
    const listing = join(board, 'changed.txt');
    const summary = join(board, 'summary.md');
    writeFileSync(
      listing,
      [
        'M\tcontent/jobs/acme-corp-staff-backend-engineer.md',
        'A\tcontent/jobs/level-not-listed.md',
        'D\tcontent/jobs/acme-corp-old-posting.md',
        'M\tREADME.md',
        'M\tpublic/logos/acme-corp.svg',
      ].join('\n'),
    );
    writeFileSync(summary, '# Earlier step\n\n');
    try {
      const { code, stdout } = run(['--files-from', listing, '--summary', summary], board);
      assert.equal(code, 1);
      assert.deepEqual(stdout.trimEnd().split('\n').slice(0, -1), [
        'content/jobs/level-not-listed.md:4:8 error level: found "lead"; allowed: senior, staff or principal (this board lists Senior, Staff and Principal backend roles only). Did you mean "staff"?',
        'content/jobs/acme-corp-old-posting.md was deleted: not checked',
      ]);
      assert.match(stdout.trimEnd().split('\n').at(-1)!, /^✗ 1 problem in 1 of 2 files /);
      assert.equal(
        readFileSync(summary, 'utf8'),
        [
          '# Earlier step',
          '',
          '### Postings and companies',
          '',
          '| file | status | problems |',
          '| --- | --- | --- |',
          '| `content/jobs/acme-corp-staff-backend-engineer.md` | ✅ valid |  |',
          '| `content/jobs/level-not-listed.md` | ❌ 1 problem | line 4: `level` found "lead"; allowed: senior, staff or principal \\(this board lists Senior, Staff and Principal backend roles only\\). Did you mean "staff"? |',
          '| `content/jobs/acme-corp-old-posting.md` | 🗑️ deleted | not checked |',
          '',
          '✗ 1 problem in 1 of 2 files (build date 2026-11-28)',
          '',
          '',
        ].join('\n'),
      );
    } finally {
      rmSync(join(board, 'content/jobs/level-not-listed.md'));
      rmSync(listing);
      rmSync(summary);
    }
  });

  it('reads the NUL-separated listing the Content job writes: a line break, a tab or a backslash stays in its name', () => {
    const repo = createGitRepo({}, BASE_BOARD);
    const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    try {
      const source = readFileSync(join(BASE_BOARD, 'content/jobs/acme-corp-staff-backend-engineer.md'), 'utf8');
      const posting = (team: string) =>
        source
          .replace('Billing', team)
          .replace('staff-backend-engineer', `staff-backend-engineer-${team.toLowerCase()}`);
      repo.write('content/jobs/acme-corp\nledger.md', posting('Ledger'));
      repo.write('content/jobs/acme-corp\tsearch.md', posting('Search'));
      repo.write('content/jobs/acme-corp\\payments.md', posting('Payments'));
      repo.write('content/jobs/acme-corp-platform.md', posting('Platform'));
      repo.commit('four postings');
      // The Content job's own commands: its listing, then the validator reading it.
      const ci = yaml.load(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
        jobs: Record<string, { steps: Array<{ run?: string }> }>;
      };
      const script = ci.jobs['content']!.steps.map((step) => step.run ?? '').join('\n');
      const listing = script.split('\n').find((line) => line.startsWith('git diff'))!;
      const listed = spawnSync('bash', ['-c', listing], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...process.env, ...GIT_ENV, RUNNER_TEMP: runnerTemp },
      });
      assert.equal(listed.status, 0, listed.stderr);
      const args = /npm run validate -- (.*)$/m.exec(script)![1]!.split(' ');
      assert.deepEqual(args, [
        '--files-from',
        '"$RUNNER_TEMP/changed-files"',
        '--format',
        'github',
        '--summary',
        '"$GITHUB_STEP_SUMMARY"',
      ]);
      const summary = join(runnerTemp, 'summary.md');
      const { code, stdout } = run(
        ['--files-from', join(runnerTemp, 'changed-files'), '--format', 'github', '--summary', summary],
        repo.dir,
      );
      const rule =
        "the file name is the posting's URL, so it must be lowercase letters, digits and single hyphens, at most 80 characters, then .md";
      assert.deepEqual(stdout.trimEnd().split('\n').slice(0, -1), [
        `::error file=content/jobs/acme-corp\tsearch.md,line=1,col=1,title=file::file: ${rule}; character 10 is a tab (U+0009). Rename it to acme-corp-search.md`,
        `::error file=content/jobs/acme-corp%0Aledger.md,line=1,col=1,title=file::file: ${rule}; character 10 is a line break (U+000A). Rename it to acme-corp-ledger.md`,
        `::error file=content/jobs/acme-corp\\payments.md,line=1,col=1,title=file::file: ${rule}; character 10 is a backslash "\\" (U+005C). Rename it to acme-corp-payments.md`,
      ]);
      assert.match(stdout.trimEnd().split('\n').at(-1)!, /^✗ 3 problems in 3 of 4 files /);
      assert.equal(code, 1);
      const rows = readFileSync(summary, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) => line.split(' | ').slice(0, 2));
      assert.deepEqual(rows, [
        ['| `"content/jobs/acme-corp\\tsearch.md"`', '❌ 1 problem'],
        ['| `"content/jobs/acme-corp\\nledger.md"`', '❌ 1 problem'],
        ['| `content/jobs/acme-corp-platform.md`', '✅ valid'],
        ['| `"content/jobs/acme-corp\\\\payments.md"`', '❌ 1 problem'],
      ]);
    } finally {
      repo.remove();
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });

  it('reports the problems a change causes in files it did not touch: a deleted company', () => {
    const company = join(board, 'content/companies/acme-corp.md');
    const away = join(board, 'acme-corp.md');
    const summary = join(board, 'summary.md');
    renameSync(company, away);
    try {
      const { code, stdout } = run(
        ['--files-from', '-', '--format', 'github', '--summary', summary],
        board,
        {},
        'D\tcontent/companies/acme-corp.md\n',
      );
      assert.equal(code, 1);
      const lines = stdout.trimEnd().split('\n');
      assert.match(
        lines[0]!,
        /^::error file=content\/jobs\/acme-corp-staff-backend-engineer\.md,line=3,col=10,title=company::company: found "acme-corp", but there is no content\/companies\/acme-corp\.md\./,
      );
      assert.equal(lines[1], 'content/companies/acme-corp.md was deleted: not checked');
      assert.match(lines[2]!, /^✗ 1 problem in 1 of 1 file /);
      assert.match(
        readFileSync(summary, 'utf8'),
        /\| `content\/jobs\/acme-corp-staff-backend-engineer\.md` \| ❌ 1 problem \(not changed here: affected by the change\) \|/,
      );
    } finally {
      renameSync(away, company);
      rmSync(summary, { force: true });
    }
  });

  it('checks nothing, and says so, when a change touches no posting or company', () => {
    const summary = join(board, 'summary.md');
    try {
      const { code, stdout } = run(
        ['--files-from', '-', '--summary', summary],
        board,
        {},
        'M\tREADME.md\nM\tsrc/lib/board.ts\n',
      );
      assert.equal(code, 0);
      assert.equal(stdout, '✓ no posting or company to check (0 deleted)\n');
      assert.equal(
        readFileSync(summary, 'utf8'),
        '### Postings and companies\n\nNo postings or companies changed.\n\n',
      );
    } finally {
      rmSync(summary, { force: true });
    }
  });

  it('escapes Markdown in the summary, so a value in a file cannot become a link, an image or HTML', () => {
    const path = join(board, 'content/jobs/acme-corp-markdown-title.md');
    const source = readFileSync(join(board, 'content/jobs/acme-corp-staff-backend-engineer.md'), 'utf8');
    writeFileSync(path, source.replace('level: staff', 'level: "![x](https://evil.example/p.png) <b>|</b>"'));
    const summary = join(board, 'summary.md');
    try {
      const { code } = run(['content/jobs/acme-corp-markdown-title.md', '--summary', summary], board);
      assert.equal(code, 1);
      const markdown = readFileSync(summary, 'utf8');
      assert.ok(
        markdown.includes('found "\\!\\[x\\]\\(https://evil.example/p.png\\) &lt;b&gt;\\|&lt;/b&gt;"'),
        markdown,
      );
    } finally {
      rmSync(path);
      rmSync(summary, { force: true });
    }
  });

  it('exits 2 on a usage error: unknown option, unknown format, a file outside the content folders, a bad BOARD_DATE', () => {
    for (const [args, env, message] of [
      [['--colour'], {}, /Unknown option '--colour'/],
      [['--format', 'xml'], {}, /--format must be text, github or json/],
      [['README.md'], {}, /is not in content\/jobs\/ or content\/companies\//],
      [['content/jobs/nope.md'], {}, /does not exist/],
      [[], { BOARD_DATE: '2026-02-30' }, /BOARD_DATE=2026-02-30 is February 2026 has 28 days/],
      [['--files-from', '-', 'content/jobs/x.md'], {}, /give either --files-from or files, not both/],
      [['--files-from', 'no-such-list.txt'], {}, /cannot read --files-from no-such-list\.txt/],
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
