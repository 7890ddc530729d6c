// npm run bench -- --hostile: runs `npm run validate -- <file>` on every posting and company of the hostile
// corpus (tests/fixtures/corpus plus the generated files too large to commit), one file at a time, each in a
// board of its own, and prints the costliest with their time and peak memory. Fails when a file takes more CPU
// time or more memory than the limits, or when the validator does not reach the outcome the corpus expects.
// Linux only: peak memory is the validator process's maximum resident set, as GNU time reports it.

import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { CORPUS_DATE, EXPECTATIONS, createCorpusCopy } from '../../tests/support/corpus.ts';
import { PROJECT } from '../lib/project-copy.ts';

const VALIDATE = join(PROJECT, 'scripts/validate.ts');
const TIME = '/usr/bin/time';
/** The companies the corpus's postings belong to: every posting's board holds them. */
const COMPANIES = ['corpus-co.md', 'corpus-markup.md'];

export interface HostileOptions {
  /** Only files whose path contains this. */
  match?: string | undefined;
  maxSeconds: number;
  maxBytes: number;
  /** How many of the costliest files (by CPU time) the table shows. */
  rows: number;
}

interface Run {
  file: string;
  seconds: number;
  /** User and system CPU time of the validator: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  peakBytes: number;
  /** What went wrong besides the limits: a wrong exit code, the file not named, output on stderr. */
  wrong: string | undefined;
  problems: number;
}

/** Recreates a corpus entry in another board as it is: a file, a folder, a link or a FIFO. */
function copyEntry(from: string, to: string): void {
  const stat = lstatSync(from);
  if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
  else if (stat.isDirectory()) cpSync(from, to, { recursive: true });
  else if (stat.isFile()) copyFileSync(from, to);
  else if (spawnSync('mkfifo', [to]).status !== 0) throw new Error(`cannot make a FIFO at ${to}`);
}

/** A board holding `file` (and the companies and logos the corpus's postings use), ready to validate. */
function boardFor(corpus: string, board: string, file: string): void {
  rmSync(board, { recursive: true, force: true });
  for (const dir of ['content/jobs', 'content/companies', 'public/logos'])
    mkdirSync(join(board, dir), { recursive: true });
  for (const name of readdirSync(join(corpus, 'public/logos'))) {
    copyEntry(join(corpus, 'public/logos', name), join(board, 'public/logos', name));
  }
  if (file.startsWith('content/jobs/')) {
    for (const name of COMPANIES)
      copyEntry(join(corpus, 'content/companies', name), join(board, 'content/companies', name));
  }
  copyEntry(join(corpus, file), join(board, file));
  // A link to another file of the corpus needs that file: the validator checks a named file exists.
  const target = lstatSync(join(corpus, file)).isSymbolicLink() ? readlinkSync(join(corpus, file)) : '';
  if (target !== '' && !isAbsolute(target))
    copyEntry(join(corpus, dirname(file), target), join(board, dirname(file), target));
}

/** Runs the validator on one file of `board`, under GNU time for its peak memory. */
function validateOne(board: string, file: string, maxSeconds: number): Run {
  const { GITHUB_ACTIONS: _ci, ...env } = process.env;
  const started = performance.now();
  const result = spawnSync(
    TIME,
    ['-f', '%U %S %M', process.execPath, VALIDATE, '--root', board, '--format', 'json', join(board, file)],
    // Far past the limit, the run is stopped: it has failed either way.
    {
      encoding: 'utf8',
      env: { ...env, BOARD_DATE: CORPUS_DATE },
      maxBuffer: 256 * 1024 * 1024,
      timeout: maxSeconds * 10_000,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const lines = result.stderr.trimEnd().split('\n');
  const [user = NaN, system = NaN, peak = NaN] = lines.at(-1)!.split(' ').map(Number);
  const peakBytes = peak * 1024;
  const stderr = lines.slice(0, -1).filter((line) => !line.startsWith('Command exited with non-zero status'));
  const expected = EXPECTATIONS[file];
  let wrong: string | undefined;
  let problems = 0;
  if (result.signal) wrong = `stopped by ${result.signal}`;
  else if (stderr.length > 0) wrong = `printed on stderr: ${stderr.join(' ').slice(0, 200)}`;
  else {
    const report = JSON.parse(result.stdout) as { files: Array<{ file: string; problems: unknown[] }> };
    problems = report.files.find((f) => f.file === file)?.problems.length ?? 0;
    const code = expected?.accepted ? 0 : 1;
    if (result.status !== code) wrong = `exit code ${result.status}, expected ${code}`;
    else if (code === 1 && problems === 0) wrong = 'exit code 1, but the file is not named';
  }
  return { file, seconds, cpuSeconds: user + system, peakBytes, wrong, problems };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (seconds: number) => `${seconds.toFixed(2)} s`;
/** A file name as a table cell: a line break or a pipe would break the table. */
const cell = (file: string) => `\`${JSON.stringify(file).slice(1, -1).replace(/\|/g, '\\|')}\``;

/** Validates every hostile file on its own, prints the table, and returns the exit code. */
export function benchHostile(options: HostileOptions): number {
  if (!existsSync(TIME)) {
    console.error(`bench: --hostile needs GNU time at ${TIME} (Debian: apt-get install time)`);
    return 2;
  }
  const dir = mkdtempSync(join(tmpdir(), 'board-hostile-'));
  try {
    const { root } = createCorpusCopy(join(dir, 'corpus'));
    const files = ['content/jobs', 'content/companies']
      .flatMap((folder) => readdirSync(join(root, folder)).map((name) => `${folder}/${name}`))
      .filter((file) => file.includes(options.match ?? ''))
      .sort();
    if (files.length === 0) {
      console.error(`bench: no hostile file matches ${JSON.stringify(options.match)}`);
      return 2;
    }
    const runs: Run[] = [];
    for (const [i, file] of files.entries()) {
      boardFor(root, join(dir, 'board'), file);
      const run = validateOne(join(dir, 'board'), file, options.maxSeconds);
      console.error(`${i + 1}/${files.length} ${JSON.stringify(file)}: ${s(run.seconds)}, ${mb(run.peakBytes)}`);
      runs.push(run);
    }

    // The limit is on CPU time: wall time on a shared machine (CI, or these 2 cores) grows with whatever else runs.
    const over = (run: Run) => run.cpuSeconds > options.maxSeconds || run.peakBytes > options.maxBytes;
    const failed = runs.filter((run) => over(run) || run.wrong);
    const slowest = [...runs].sort((a, b) => b.seconds - a.seconds)[0]!;
    const costliest = [...runs].sort((a, b) => b.cpuSeconds - a.cpuSeconds).slice(0, options.rows);
    const hungriest = runs.reduce((a, b) => (b.peakBytes > a.peakBytes ? b : a));
    const outcome = (run: Run) =>
      run.wrong ??
      (EXPECTATIONS[run.file]?.accepted
        ? 'accepted'
        : `rejected, ${run.problems} problem${run.problems === 1 ? '' : 's'}`);
    const row = (run: Run) =>
      `| ${cell(run.file)} | ${outcome(run)} | ${s(run.seconds)} | ${s(run.cpuSeconds)} | ${mb(run.peakBytes)} |`;
    const rows = [
      `| files validated one at a time (\`npm run validate -- <file>\`, each in a board of its own) | ${runs.length} |`,
      `| slowest, wall time | ${s(slowest.seconds)} (${cell(slowest.file)}) |`,
      `| most CPU time (user and system) | ${s(costliest[0]!.cpuSeconds)} (${cell(costliest[0]!.file)}) |`,
      `| most memory, peak resident set | ${mb(hungriest.peakBytes)} (${cell(hungriest.file)}) |`,
      `| limits | ${s(options.maxSeconds)} of CPU time, ${mb(options.maxBytes)} |`,
      `| **files over a limit or with a wrong outcome** | **${failed.length}** |`,
    ];
    const table = [
      '| file | outcome | wall time | CPU time | peak memory |',
      '|---|---|---|---|---|',
      ...costliest.map(row),
    ];
    const failures = failed.map(row);
    console.log(
      [
        '| measure | value |',
        '|---|---|',
        ...rows,
        '',
        ...table,
        ...(failures.length > 0
          ? ['', '| failed | outcome | wall time | CPU time | peak memory |', '|---|---|---|---|---|', ...failures]
          : []),
      ].join('\n'),
    );
    return failed.length > 0 ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
