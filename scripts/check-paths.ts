// npm run check-paths: fails when a pull request from someone who is not a maintainer touches anything
// but postings, companies and logos, or adds one the validator would refuse for its name or file type (git's
// modes: links, gitlinks, executables), naming each file. Exit 0 when allowed, 1 when not, 2 on a usage error.

import { execFileSync } from 'node:child_process';
import { appendFileSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChanges, type Change } from './lib/changed-files.ts';
import {
  CONTRIBUTOR_FOLDERS,
  MAINTAINER_ASSOCIATIONS,
  contributorPathProblems,
  isMaintainer,
  logoFileProblem,
  type PathProblem,
} from './check-paths/contributor-paths.ts';
import type { EntryType } from '../src/board/file-names.ts';
import { logoEntryProblem, MAX_LOGO_BYTES } from '../src/board/logo/logo.ts';
import { escapeMarkdown, markdownCode, markdownTable } from './lib/markdown-report.ts';
import { quotePath } from '../src/board/problems.ts';
import { escapeData, escapeProperty } from './lib/problem-formats.ts';
import { EXIT, UsageError, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';
import { boardRoot } from './lib/load-board.ts';

const USAGE = `Usage: npm run check-paths -- [options] [paths...]

Checks that a pull request only adds or changes files in ${CONTRIBUTOR_FOLDERS.join(', ')},
unless its author is a maintainer; that each of them is a regular file (not a symbolic link, a
submodule or an executable) with a name the validator accepts; and that the logos are safe images.

The changed files come from one of:
  --base <rev>             what HEAD changes since it branched from <rev> (e.g. origin/main), read
                           from git with each file's mode
  --from <file>            a listing of git diff --raw or --name-status, NUL-separated (-z) or one
                           change a line, or --name-only lines; - reads standard input
  paths...                 paths given as arguments, taken as changed
Without git's modes (--name-status listings, paths), file types come from the checkout, and an
executable bit is not judged: a checkout's file modes depend on its file system.

Options:
  --author-association <a> GitHub's author_association of the pull request's author
                           (default: $AUTHOR_ASSOCIATION); ${MAINTAINER_ASSOCIATIONS.join(', ')} are maintainers
  --format text|github     output (default: github under GitHub Actions, else text)
  --summary <file>         also append a Markdown report to <file> (e.g. $GITHUB_STEP_SUMMARY)
  --root <dir>             the repository (default: the current folder)
  -h, --help               show this help

${exitStatus('every changed file may be changed by the author', 'a file may not be changed by a contributor (each is named)')}`;

interface Options {
  changes: Change[];
  association: string;
  format: 'text' | 'github';
  summary: string | undefined;
  root: string;
}

function parse(argv: string[]): Options {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      base: { type: 'string' },
      from: { type: 'string' },
      'author-association': { type: 'string' },
      format: { type: 'string' },
      summary: { type: 'string' },
      root: { type: 'string' },
    },
    USAGE,
  );
  const sources = [values.base !== undefined, values.from !== undefined, positionals.length > 0].filter(Boolean);
  if (sources.length !== 1) throw new UsageError('give the changed files one way: --base, --from or paths');
  const format = values.format ?? (process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text');
  if (format !== 'text' && format !== 'github')
    throw new UsageError(`--format must be text or github, not "${format}"`);
  const root = boardRoot(values.root);

  let changes: Change[];
  try {
    if (values.base !== undefined) {
      // --raw gives each file's mode; -z keeps any name whole. Submodules are listed even when configuration
      // (diff.ignoreSubmodules, or an `ignore` line the pull request adds to .gitmodules) would hide them.
      const output = git(root, [
        'diff',
        '--raw',
        '-z',
        '-M',
        '--no-abbrev',
        '--ignore-submodules=none',
        '--no-relative',
        `${values.base}...HEAD`,
        '--',
      ]).toString('utf8');
      changes = parseChanges(output);
    } else if (values.from !== undefined) {
      changes = parseChanges(readFileSync(values.from === '-' ? 0 : values.from, 'utf8'));
    } else {
      changes = positionals.map((path) => ({ status: 'modified', path }));
    }
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    // git's first line says what went wrong; the rest is its usage text.
    const reason = stderr ? stderr.split('\n')[0]! : undefined;
    throw new UsageError(reason ?? (error as Error).message);
  }
  return {
    changes,
    association: values['author-association'] ?? process.env['AUTHOR_ASSOCIATION'] ?? '',
    format,
    summary: values.summary,
    root,
  };
}

function git(root: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd: root, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** What a path is in the checkout, without following links; undefined when it is not there. */
function typeOnDisk(root: string, path: string): EntryType | undefined {
  const stat = lstatSync(join(root, path), { throwIfNoEntry: false });
  if (stat === undefined) return undefined;
  if (stat.isSymbolicLink()) return 'symlink';
  if (stat.isDirectory()) return 'directory';
  return stat.isFile() ? 'file' : 'other';
}

/**
 * The size and, when it is small enough to be a logo, the bytes of a changed file: from git when the listing
 * names its object (what the commit holds), else from the checkout; undefined when neither has it.
 */
function contents(root: string, change: Change): { size: number; bytes?: Uint8Array } | undefined {
  if (change.object !== undefined) {
    try {
      const size = Number(git(root, ['cat-file', '-s', change.object]).toString().trim());
      return size > MAX_LOGO_BYTES ? { size } : { size, bytes: git(root, ['cat-file', 'blob', change.object]) };
    } catch {
      // A listing from elsewhere (--from) may name objects this repository lacks: the checkout decides.
    }
  }
  const stat = lstatSync(join(root, change.path), { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  return stat.size > MAX_LOGO_BYTES
    ? { size: stat.size }
    : { size: stat.size, bytes: readFileSync(join(root, change.path)) };
}

/**
 * The validator's verdict on the bytes of each logo the change adds or modifies whose name and type are fine:
 * an SVG that could run something, a file that is not the image its extension says, or one too large.
 */
function logoProblems(root: string, changes: readonly Change[], earlier: readonly PathProblem[]): PathProblem[] {
  const refused = new Set(earlier.map((p) => p.path));
  const problems: PathProblem[] = [];
  for (const change of changes) {
    if (change.status === 'deleted' || !/^public\/logos\/[^/]+$/.test(change.path) || refused.has(change.path))
      continue;
    const found = contents(root, change);
    const message =
      found === undefined
        ? 'is listed as changed but is not in the checkout'
        : (logoEntryProblem({ path: change.path, type: 'file', ...found }) ??
          logoFileProblem(change.path, found.bytes));
    // The validator's message names the file again; the report already does.
    if (message) problems.push({ path: change.path, message: message.replace(`${change.path} `, '') });
  }
  return problems;
}

function summaryMarkdown(problems: readonly PathProblem[], changes: number, maintainer: boolean): string {
  const heading = '### Contributor paths\n\n';
  if (maintainer) return `${heading}The author is a maintainer: every path may change (${changes} changed).\n`;
  if (problems.length === 0) {
    return `${heading}✅ All ${changes} changed file${changes === 1 ? ' is' : 's are'} postings, companies or logos.\n`;
  }
  return `${heading}❌ This pull request touches files a contributor may not change. Contributors may only add or change files in ${CONTRIBUTOR_FOLDERS.map((f) => markdownCode(f)).join(', ')}; a maintainer makes any other change.\n\n${markdownTable(
    ['file', 'problem'],
    problems.map((p) => [markdownCode(quotePath(p.path)), escapeMarkdown(p.message)]),
  )}`;
}

function main(): number {
  const options = parse(process.argv.slice(2));
  const maintainer = isMaintainer(options.association);
  let problems: PathProblem[] = [];
  if (!maintainer) {
    const found = contributorPathProblems(options.changes, (path) => typeOnDisk(options.root, path));
    problems = [...found, ...logoProblems(options.root, options.changes, found)].sort((a, b) =>
      a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
    );
  }

  for (const problem of problems) {
    console.log(
      options.format === 'github'
        ? `::error file=${escapeProperty(problem.path)},title=Contributor paths::${escapeData(`${problem.path} ${problem.message}`)}`
        : `${quotePath(problem.path)}: ${problem.message}`,
    );
  }
  const count = options.changes.length;
  if (maintainer) {
    console.log(`✓ the author is a maintainer (${options.association.toUpperCase()}): ${count} changed files allowed`);
  } else if (problems.length === 0) {
    console.log(`✓ ${count} changed file${count === 1 ? '' : 's'}, all postings, companies or logos`);
  } else {
    const files = new Set(problems.map((p) => p.path)).size;
    console.log(
      `✗ ${files} of ${count} changed files may not be changed by a contributor: ${CONTRIBUTOR_FOLDERS.join(', ')} only. Move the other changes to a separate pull request for a maintainer, or ask one to make them.`,
    );
  }
  if (options.summary) appendFileSync(options.summary, `${summaryMarkdown(problems, count, maintainer)}\n`);
  return problems.length === 0 ? EXIT.ok : EXIT.problems;
}

if (import.meta.main) process.exitCode = await runCommand('check-paths', USAGE, main);
