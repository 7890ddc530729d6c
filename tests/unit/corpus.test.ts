// The hostile and broken input corpus through the validator, as CI runs it: every bad file is named with
// a clear message, nothing in the corpus runs, nothing outside the board is read, and it takes seconds.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateBoard } from '../../src/board/board.ts';
import { characterProblem } from '../../src/board/characters.ts';
import { readBoard } from '../../src/build/content-files.ts';
import {
  ACCEPTED,
  CORPUS_DATE,
  EXPECTATIONS,
  SECRET,
  createCorpusCopy,
  type CorpusClass,
  type CorpusCopy,
} from '../support/corpus.ts';

const VALIDATE = fileURLToPath(new URL('../../scripts/validate.ts', import.meta.url));
const GRAY_MATTER = fileURLToPath(new URL('../../node_modules/gray-matter/index.js', import.meta.url));
/** Generous for a slow CI machine: the corpus takes well under a second once Node has started. */
const TIME_LIMIT_MS = 15_000;
const STACK_TRACE = /^\s+at .+[:(]\d+/m;

interface JsonReport {
  ok: boolean;
  files: Array<{
    file: string;
    status: 'ok' | 'error';
    problems: Array<{ line: number; column: number; field: string; message: string }>;
  }>;
}

function validate(root: string, args: string[], env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _ignored, ...inherited } = process.env;
  const started = performance.now();
  const result = spawnSync(process.execPath, [VALIDATE, '--root', root, ...args], {
    encoding: 'utf8',
    env: { ...inherited, BOARD_DATE: CORPUS_DATE, ...env },
    timeout: TIME_LIMIT_MS * 2,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    ms: performance.now() - started,
  };
}

/** Every entry the validator looks at in a board, as the paths it reports them by. */
function entries(root: string): string[] {
  return ['content/jobs', 'content/companies', 'public/logos'].flatMap((dir) =>
    readdirSync(join(root, dir)).map((name) => `${dir}/${name}`),
  );
}

describe('the hostile and broken input corpus', () => {
  let work: string;
  let corpus: CorpusCopy;
  let marker: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'corpus-'));
    corpus = createCorpusCopy(join(work, 'copy'));
    marker = join(work, 'marker-written-if-anything-ran');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('states an outcome for every file, and holds several files of every class', () => {
    assert.deepEqual(entries(corpus.root).sort(), Object.keys(EXPECTATIONS).sort());
    const perClass = new Map<CorpusClass, number>();
    for (const expectation of Object.values(EXPECTATIONS)) {
      perClass.set(expectation.class, (perClass.get(expectation.class) ?? 0) + 1);
    }
    for (const [name, count] of perClass) assert.ok(count >= 5, `${name} has ${count} files`);
    assert.equal(perClass.size, 8);
    assert.ok(ACCEPTED.some((path) => path.startsWith('content/jobs/')));
  });

  it('names every bad file with the expected message and accepts the rest, in seconds, without running anything', () => {
    const { code, signal, stdout, stderr, ms } = validate(corpus.root, ['--format', 'json'], { MARKER_FILE: marker });
    assert.equal(signal, null, 'the validator was killed: it did not finish in time');
    assert.equal(code, 1);
    assert.equal(stderr, '');
    assert.ok(ms < TIME_LIMIT_MS, `took ${Math.round(ms)} ms`);
    assert.equal(existsSync(marker), false, 'a file in the corpus was executed');

    const report = JSON.parse(stdout) as JsonReport;
    const byFile = new Map(report.files.map((f) => [f.file, f]));
    for (const [path, expected] of Object.entries(EXPECTATIONS)) {
      const result = byFile.get(path);
      assert.ok(result, `${path} is not in the report`);
      if (expected.accepted) {
        assert.deepEqual(result.problems, [], `${path} should be accepted`);
        continue;
      }
      const unmatched = [...result.problems];
      for (const [field, fragment] of expected.problems) {
        const index = unmatched.findIndex((p) => p.field === field && p.message.includes(fragment));
        // The message is built only on failure: files with thousands of problems would make it quadratic.
        if (index === -1) {
          assert.fail(
            `${JSON.stringify(path)}: no ${field} problem saying "${fragment}" in ${JSON.stringify(result.problems)}`,
          );
        }
        unmatched.splice(index, 1);
      }
      assert.deepEqual(unmatched, [], `${JSON.stringify(path)}: unexpected problems`);
    }
    assert.deepEqual(
      report.files.filter((f) => !(f.file in EXPECTATIONS)).map((f) => f.file),
      [],
      'the report names files the corpus does not hold',
    );
    for (const { file, problems } of report.files) {
      for (const { message, line, column, field } of problems) {
        assert.doesNotMatch(message, /[\u0000-\u001f\u007f]/, `${file}: a message holds a control character`);
        // Nor anything invisible or direction-changing that a value held: such characters are escaped.
        assert.equal(characterProblem(`${field}: ${message}`), undefined, `${file}: ${field}: ${message}`);
        assert.ok(message.length <= 400, `${file}: a message of ${message.length} characters is not readable`);
        assert.ok(line >= 1 && column >= 1, `${file}: line ${line}, column ${column}`);
      }
    }
  });

  it('prints one annotation per problem under GitHub Actions, whatever the file names hold', () => {
    const { code, stdout, stderr } = validate(corpus.root, ['--format', 'github']);
    assert.equal(code, 1);
    assert.equal(stderr, '');
    const lines = stdout.trimEnd().split('\n');
    const annotations = lines.slice(0, -1);
    // A line break in a file name must not start a workflow command of its own (::warning::, ::add-mask::…).
    assert.deepEqual(
      annotations.filter((line) => !line.startsWith('::error file=')),
      [],
    );
    assert.ok(annotations.some((line) => line.startsWith('::error file=content/jobs/evil%0A%3A%3Awarning')));
    assert.match(lines.at(-1)!, /^✗ \d+ problems in \d+ of \d+ files/);
  });

  it('never reads a file outside the board through a link, and never crashes with a stack trace', () => {
    for (const format of ['text', 'json', 'github']) {
      const { stdout, stderr } = validate(corpus.root, ['--format', format]);
      assert.doesNotMatch(stdout + stderr, STACK_TRACE, format);
      assert.equal((stdout + stderr).includes(SECRET), false, `${format} output holds the secret`);
    }
  });

  it('refuses content folders that are links, naming the folder, for every folder', () => {
    // Each linked folder holds what the real one would, taken from outside the repository.
    const targets: Record<string, Array<[path: string, source: string]>> = {
      content: [
        ['jobs/outside.md', 'posting.md'],
        ['companies/outside.md', 'company.md'],
      ],
      'content/jobs': [['outside.md', 'posting.md']],
      'content/companies': [['outside.md', 'company.md']],
      public: [['logos/outside.svg', 'logo.svg']],
      'public/logos': [['outside.svg', 'logo.svg']],
    };
    for (const [folder, files] of Object.entries(targets)) {
      const name = folder.replace('/', '-');
      const board = join(work, `linked-${name}`);
      for (const dir of ['content/jobs', 'content/companies', 'public/logos'])
        mkdirSync(join(board, dir), { recursive: true });
      const target = join(work, `target-${name}`);
      for (const [path, source] of files) {
        mkdirSync(join(target, path, '..'), { recursive: true });
        copyFileSync(join(corpus.outside, source), join(target, path));
      }
      rmSync(join(board, folder), { recursive: true });
      symlinkSync(target, join(board, folder));

      const { code, stdout, stderr } = validate(board, []);
      assert.equal(code, 1, folder);
      assert.equal(stdout, '', folder);
      assert.equal(
        stderr,
        `validate: ${folder} is a symbolic link; content folders must be real folders in the repository\n`,
      );
    }
  });

  it('leaves Object.prototype alone while reading __proto__ and constructor keys', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const board = validateBoard(readBoard(corpus.root, CORPUS_DATE));
    assert.ok(board.problems.length > 100);
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(({} as Record<string, unknown>)['isAdmin'], undefined);
  });

  it("keeps the marker test honest: gray-matter's default engines do run the corpus's JavaScript front-matter", () => {
    // Guards against a marker that could never appear (a misspelt variable, a syntax error in the fixture).
    for (const name of ['fm-js.md', 'fm-javascript.md']) {
      const probe = join(work, 'probe.cjs');
      writeFileSync(
        probe,
        `require(${JSON.stringify(GRAY_MATTER)})(require('fs').readFileSync(${JSON.stringify(join(corpus.root, 'content/jobs', name))}, 'utf8'));`,
      );
      spawnSync(process.execPath, [probe], { env: { ...process.env, MARKER_FILE: marker } });
      assert.equal(existsSync(marker), true, name);
      rmSync(marker);
    }
  });
});
