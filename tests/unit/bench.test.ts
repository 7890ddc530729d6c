// The benchmark's generated board is deterministic, realistic and valid, and `npm run bench` builds it with the
// real build and prints every row of its table, with a reference command timed beside it.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBoard } from '../../src/build/content-files.ts';
import { readBody } from '../../src/board/frontmatter.ts';
import { generateBoard } from '../../scripts/generate-board.ts';
import { PROJECT } from '../support/fixture-project.ts';

const TODAY = '2026-11-28';

/** Every file of a generated board, by path. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const kind of ['jobs', 'companies']) {
    const dir = join(root, 'content', kind);
    for (const name of readdirSync(dir)) files.set(`${kind}/${name}`, readFileSync(join(dir, name), 'utf8'));
  }
  return files;
}

describe('the generated board', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'board-generate-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is the same for the same seed, and another for another seed', () => {
    generateBoard({ postings: 60, out: join(dir, 'a'), seed: 1, today: TODAY });
    generateBoard({ postings: 60, out: join(dir, 'b'), seed: 1, today: TODAY });
    generateBoard({ postings: 60, out: join(dir, 'c'), seed: 2, today: TODAY });
    assert.deepEqual(snapshot(join(dir, 'a')), snapshot(join(dir, 'b')));
    assert.notDeepEqual(snapshot(join(dir, 'a')), snapshot(join(dir, 'c')));
  });

  it('passes the validator, with N postings, N/10 companies, bodies of 400–900 words and some closed', async () => {
    const root = join(dir, 'valid');
    assert.deepEqual(generateBoard({ postings: 200, out: root, seed: 1, today: TODAY }), {
      postings: 200,
      companies: 20,
    });
    const board = await loadBoard(root, TODAY);
    assert.deepEqual(board.problems, []);
    assert.equal(board.jobs.length, 200);
    assert.equal(board.companies.length, 20);
    const closed = board.jobs.filter((job) => job.closed).length;
    assert.ok(closed > 20 && closed < 120, `${closed} of 200 closed`);
    for (const job of board.jobs) {
      const read = readBody(readFileSync(join(root, job.file), 'utf8'));
      assert.ok(read, job.file);
      const words = read.body.split(/\s+/).filter((word) => /\w/.test(word)).length;
      assert.ok(words >= 400 && words <= 900, `${job.file}: ${words} words`);
    }
    assert.ok(new Set(board.jobs.map((job) => job.data.level)).size === 3, 'every level');
    assert.ok(new Set(board.jobs.map((job) => job.data.workplace)).size === 3, 'every workplace');
  });
});

describe('npm run bench', () => {
  it('builds a generated board with the real build and prints the whole table, and the reference beside it', () => {
    const { GITHUB_ACTIONS: _ci, ...env } = process.env;
    const result = spawnSync(
      process.execPath,
      [
        join(PROJECT, 'scripts/bench.ts'),
        '--postings',
        '30',
        '--runs',
        '1',
        '--no-search',
        '--reference',
        'sleep 0.2',
        '--reference-runs',
        '1',
      ],
      { cwd: PROJECT, encoding: 'utf8', env, timeout: 300_000 },
    );
    assert.equal(result.status, 0, result.stderr);
    const table = result.stdout;
    for (const row of [
      /^\| postings \(open\) \| 30 \(\d+\) \|$/m,
      /^\| validation \(median\) \| [\d.]+ s \|$/m,
      /^\| Astro build, pages and feeds \(median\) \| [\d.]+ s \|$/m,
      /^\| search index: Pagefind adding records and writing, alongside the pages \(median\) \| [\d.]+ s \|$/m,
      /^\| \*\*total wall time \(median of 1\)\*\* \| \*\*[\d.]+ s\*\* /m,
      /^\| CPU time of the whole machine during a build \(median\) \| [\d.]+ s \|$/m,
      /^\| peak memory, whole process tree \(max\) \| [\d.]+ GB \|$/m,
      /^\| output \| [\d.]+ MB in \d+ files \|$/m,
      /^\| search index \| [\d.]+ MB in \d+ files \|$/m,
      /^\| reference \(`sleep 0\.2`\) \| [\d.]+ s \| 1 \| [\d.]+ s \| [\d.]+ GB \|$/m,
      /^\| ratio of the medians \| [\d.]+ \| \| ([\d.]+|–) \| \|$/m,
    ]) {
      assert.match(table, row);
    }
    assert.doesNotMatch(table, /NaN/);
  });
});

describe('npm run bench -- --search-only', () => {
  it("measures a first query's whole transfer, results and counts, on a desktop and a phone screen", () => {
    const { GITHUB_ACTIONS: _ci, ...env } = process.env;
    const built = spawnSync(
      process.execPath,
      [join(PROJECT, 'scripts/bench.ts'), '--postings', '30', '--runs', '1', '--no-search', '--keep'],
      { cwd: PROJECT, encoding: 'utf8', env, timeout: 300_000 },
    );
    assert.equal(built.status, 0, built.stderr);
    const kept = /kept (\S+)/.exec(built.stderr)?.[1];
    assert.ok(kept, built.stderr);
    try {
      const result = spawnSync(
        process.execPath,
        [join(PROJECT, 'scripts/bench.ts'), '--search-only', join(kept, 'project/dist')],
        { cwd: PROJECT, encoding: 'utf8', env, timeout: 300_000 },
      );
      assert.equal(result.status, 0, result.stderr);
      const kb = (pattern: RegExp) => Number(pattern.exec(result.stdout)?.[1]);
      const until = kb(/^\| bytes a first query downloads until its results show: .* \| (\d+) KB in \d+ requests \|$/m);
      const then = kb(/^\| then, for the rest of the results and the counts .* \| (\d+) KB \|$/m);
      const whole = kb(
        /^\| \*\*the first query's whole transfer, results and counts, at 1280 × 720 \(median, range\)\*\* \| \*\*(\d+) KB \(\d+ KB–\d+ KB\)\*\* \|$/m,
      );
      const phone = kb(
        /^\| the same at 320 × 640, where the filters are folded \(median, range\) \| (\d+) KB \(\d+ KB–\d+ KB\) \|$/m,
      );
      // Pagefind's script, WebAssembly and metadata alone are over 60 KB: a sum that left them out would show.
      assert.ok(until > 60 && then > 0 && phone > 60, result.stdout);
      // Medians of sums need not be sums of medians, but the three queries of a 30-posting board differ little.
      assert.ok(Math.abs(whole - (until + then)) <= 2, result.stdout);
      // Folded filters are not counted: the phone downloads less.
      assert.ok(phone < whole, result.stdout);
      assert.doesNotMatch(result.stdout, /NaN/);
    } finally {
      rmSync(kept, { recursive: true, force: true });
    }
  });
});

describe('npm run bench -- --hostile', () => {
  const bench = (...args: string[]) => {
    const { GITHUB_ACTIONS: _ci, ...env } = process.env;
    return spawnSync(process.execPath, [join(PROJECT, 'scripts/bench.ts'), '--hostile', ...args], {
      cwd: PROJECT,
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
  };

  it('validates each hostile file on its own and prints the slowest with their outcome, time and memory', () => {
    const result = bench('--match', 'yaml-complex-key');
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const files = [
      'yaml-complex-key-aliases.md',
      'yaml-complex-key-bomb-flow.md',
      'yaml-complex-key-bomb-nested.md',
      'yaml-complex-key-bomb.md',
      'yaml-complex-key-crash-nested.md',
      'yaml-complex-key-crash.md',
      'yaml-complex-key.md',
    ];
    assert.match(
      result.stdout,
      /^\| files validated one at a time \(`npm run validate -- <file>`, each in a board of its own\) \| 7 \|$/m,
    );
    assert.match(
      result.stdout,
      /^\| slowest, wall time \| [\d.]+ s \(`content\/jobs\/yaml-complex-key[a-z-]*\.md`\) \|$/m,
    );
    assert.match(
      result.stdout,
      /^\| most CPU time \(user and system\) \| [\d.]+ s \(`content\/jobs\/yaml-complex-key[a-z-]*\.md`\) \|$/m,
    );
    assert.match(
      result.stdout,
      /^\| most memory, peak resident set \| [\d.]+ MB \(`content\/jobs\/yaml-complex-key[a-z-]*\.md`\) \|$/m,
    );
    assert.match(result.stdout, /^\| limits \| 2\.00 s of CPU time, 300\.0 MB \|$/m);
    assert.match(result.stdout, /^\| \*\*files over a limit or with a wrong outcome\*\* \| \*\*0\*\* \|$/m);
    for (const file of files) {
      assert.match(
        result.stdout,
        new RegExp(
          `^\\| \`content/jobs/${file}\` \\| rejected, 1 problem \\| [\\d.]+ s \\| [\\d.]+ s \\| [\\d.]+ MB \\|$`,
          'm',
        ),
      );
    }
    assert.doesNotMatch(result.stdout, /NaN/);
  });

  it('fails, naming the file, when one passes a limit', () => {
    const result = bench('--match', 'yaml-complex-key-crash.md', '--max-mb', '1');
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^\| \*\*files over a limit or with a wrong outcome\*\* \| \*\*1\*\* \|$/m);
    assert.match(
      result.stdout,
      /^\| failed \| outcome \| wall time \| CPU time \| peak memory \|\n\|---\|---\|---\|---\|---\|\n\| `content\/jobs\/yaml-complex-key-crash\.md` \| rejected, 1 problem \| [\d.]+ s \| [\d.]+ s \| [\d.]+ MB \|$/m,
    );
  });
});
