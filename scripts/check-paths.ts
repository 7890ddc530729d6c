// npm run check-paths: fails when a pull request from someone who is not a maintainer touches anything
// but postings, companies and logos, naming each file. Exit 0 when allowed, 1 when not, 2 on a usage error.

import { execFileSync } from 'node:child_process';
import { appendFileSync, lstatSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseNameStatus, parseNameStatusZ, type Change } from '../src/lib/changed-files.ts';
import {
  CONTRIBUTOR_FOLDERS,
  MAINTAINER_ASSOCIATIONS,
  contributorPathProblems,
  isMaintainer,
  logoFileProblem,
  type PathProblem,
} from '../src/lib/contributor-paths.ts';
import { escapeMarkdown, markdownCode, markdownTable } from '../src/lib/markdown-report.ts';
import { escapeData, escapeProperty } from '../src/lib/problems.ts';
import { parseCommandLine, UsageError } from './lib/cli.ts';

const USAGE = `Usage: npm run check-paths -- [options] [paths...]

Checks that a pull request only adds or changes files in ${CONTRIBUTOR_FOLDERS.join(', ')},
unless its author is a maintainer. Logos it adds or changes must be safe images.

The changed files come from one of:
  --base <rev>             what HEAD changes since it branched from <rev> (e.g. origin/main)
  --from <file>            a file of git diff --name-status (or --name-only) lines; - reads standard input
  paths...                 paths given as arguments, taken as changed

Options:
  --author-association <a> GitHub's author_association of the pull request's author
                           (default: $AUTHOR_ASSOCIATION); ${MAINTAINER_ASSOCIATIONS.join(', ')} are maintainers
  --format text|github     output (default: github under GitHub Actions, else text)
  --summary <file>         also append a Markdown report to <file> (e.g. $GITHUB_STEP_SUMMARY)
  --root <dir>             the repository (default: the current folder)
  -h, --help               show this help`;

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
  const root = resolve(values.root ?? '.');

  let changes: Change[];
  try {
    if (values.base !== undefined) {
      const output = execFileSync(
        'git',
        ['-c', 'core.quotePath=false', 'diff', '--name-status', '-M', '-z', `${values.base}...HEAD`, '--'],
        { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      changes = parseNameStatusZ(output);
    } else if (values.from !== undefined) {
      changes = parseNameStatus(readFileSync(values.from === '-' ? 0 : values.from, 'utf8'));
    } else {
      changes = positionals.map((path) => ({ status: 'modified', path }));
    }
  } catch (error) {
    const stderr = (error as { stderr?: unknown }).stderr;
    // git's first line says what went wrong; the rest is its usage text.
    const reason = typeof stderr === 'string' && stderr.trim() ? stderr.trim().split('\n')[0]! : undefined;
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

/** Logos the change adds or modifies, checked on disk: a link or an unsafe image is refused. */
function logoProblems(root: string, changes: readonly Change[]): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const change of changes) {
    if (change.status === 'deleted' || !/^public\/logos\/[^/]+$/.test(change.path)) continue;
    const absolute = join(root, change.path);
    const stat = lstatSync(absolute, { throwIfNoEntry: false });
    let message: string | undefined;
    if (stat === undefined) message = 'is listed as changed but is not in the checkout';
    else if (!stat.isFile())
      message = 'is not a regular file (links and folders are not accepted); add the image itself';
    else message = logoFileProblem(change.path, readFileSync(absolute));
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
    problems.map((p) => [markdownCode(p.path), escapeMarkdown(p.message)]),
  )}`;
}

function main(): number {
  let options: Options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`check-paths: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  const maintainer = isMaintainer(options.association);
  const problems = maintainer
    ? []
    : [...contributorPathProblems(options.changes), ...logoProblems(options.root, options.changes)].sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );

  for (const problem of problems) {
    console.log(
      options.format === 'github'
        ? `::error file=${escapeProperty(problem.path)},title=Contributor paths::${escapeData(`${problem.path} ${problem.message}`)}`
        : `${problem.path}: ${problem.message}`,
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
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.main) process.exitCode = main();
