// npm run validate [files...]: checks postings and companies and names every problem in every file.
// Exit 0 when clean, 1 when there are problems, 2 on a usage error (the convention of scripts/lib/cli.ts).

import { relative, resolve, sep } from 'node:path';
import { appendFileSync, existsSync, lstatSync, readFileSync } from 'node:fs';
import { COMPANIES_DIR, JOBS_DIR } from '../src/build/content-files.ts';
import { contentEntryOf, parseChanges, touchedPaths } from './lib/changed-files.ts';
import { formatText, quotePath, sortProblems } from '../src/board/problems.ts';
import { formatGithub, formatMarkdown, summarize, toJson, type ValidationReport } from './lib/problem-formats.ts';
import { EXIT, UsageError, buildDateFromEnvironment, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';
import { boardRoot, commandBoard } from './lib/load-board.ts';

const USAGE = `Usage: npm run validate -- [options] [files...]

Checks postings (content/jobs/*.md) and companies (content/companies/*.md).
With files, reports only those files (the rules that span files still see the whole board).

Options:
  --format text|github|json   output format (default: github under GitHub Actions, else text)
  --files-from <file>         check the files a change touches, from git diff --name-status -z (or
                              --raw, with or without -z, or --name-only lines); - reads standard input.
                              Paths outside the content folders are ignored and deleted files are
                              listed, not checked; problems the change causes in other files are
                              reported too. Nothing changed, nothing checked.
  --summary <file>            also append a Markdown table (file, status, problems) to <file>,
                              e.g. $GITHUB_STEP_SUMMARY
  --root <dir>                the board's folder (default: the current folder)
  -h, --help                  show this help

Environment:
  BOARD_DATE=YYYY-MM-DD       the build date (default: today in UTC)

${exitStatus('every file checked is valid', 'problems were found (each is printed), or a content folder is a link')}`;

type Format = 'text' | 'github' | 'json';

/** What to check: every file, the files named, or the content files a change touched. */
type Selection =
  { kind: 'all' } | { kind: 'files'; files: string[] } | { kind: 'changed'; present: string[]; deleted: string[] };

/** Validates the board at `root`, keeping the files and problems the selection asks for. */
async function validate(root: string, today: string, selection: Selection): Promise<ValidationReport> {
  if (selection.kind === 'changed' && selection.present.length + selection.deleted.length === 0) {
    return { files: [], problems: [] };
  }
  const board = await commandBoard(root, today);
  if (selection.kind === 'all') return { files: board.files, problems: sortProblems(board.problems) };
  if (selection.kind === 'changed') {
    // The base branch is valid, so a problem in a file the change did not touch (a posting whose company
    // it deleted) is one the change caused: it is reported too.
    const wanted = new Set([...selection.present, ...board.problems.map((p) => p.file)]);
    return { files: board.files.filter((f) => wanted.has(f)), problems: sortProblems(board.problems) };
  }
  const wanted = new Set(selection.files);
  return {
    files: board.files.filter((f) => wanted.has(f)),
    problems: sortProblems(board.problems.filter((p) => wanted.has(p.file))),
  };
}

/** The posting and company entries a list of changes touches, split into those on disk and those deleted. */
function changedContent(root: string, listing: string): Selection {
  const entries = new Set<string>();
  for (const { path } of touchedPaths(parseChanges(listing))) {
    const entry = contentEntryOf(path, [JOBS_DIR, COMPANIES_DIR]);
    if (entry !== undefined) entries.add(entry);
  }
  const sorted = [...entries].sort();
  const onDisk = (path: string) => lstatSync(resolve(root, path), { throwIfNoEntry: false }) !== undefined;
  return { kind: 'changed', present: sorted.filter(onDisk), deleted: sorted.filter((p) => !onDisk(p)) };
}

function parse(argv: string[]): { format: Format; root: string; selection: Selection; summary: string | undefined } {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      format: { type: 'string' },
      root: { type: 'string' },
      'files-from': { type: 'string' },
      summary: { type: 'string' },
    },
    USAGE,
  );
  const format = values.format ?? (process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text');
  if (format !== 'text' && format !== 'github' && format !== 'json') {
    throw new UsageError(`--format must be text, github or json, not "${format}"`);
  }
  const root = boardRoot(values.root);
  const listing = values['files-from'];
  if (listing !== undefined) {
    if (positionals.length > 0) throw new UsageError('give either --files-from or files, not both');
    let text;
    try {
      text = readFileSync(listing === '-' ? 0 : listing, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read --files-from ${listing}: ${(error as Error).message}`);
    }
    try {
      return { format, root, selection: changedContent(root, text), summary: values.summary };
    } catch (error) {
      throw new UsageError(`--files-from ${listing}: ${(error as Error).message}`);
    }
  }
  const files = positionals.map((file) => {
    // Windows separators become /; on POSIX a backslash is part of a file name and stays.
    const path = relative(root, resolve(file)).split(sep).join('/');
    const folder = path.slice(0, path.lastIndexOf('/'));
    if (folder !== JOBS_DIR && folder !== COMPANIES_DIR) {
      throw new UsageError(
        `${file} is not in ${JOBS_DIR}/ or ${COMPANIES_DIR}/; only postings and companies are validated`,
      );
    }
    if (!existsSync(resolve(root, path))) throw new UsageError(`${file} does not exist`);
    return path;
  });
  const selection: Selection = files.length > 0 ? { kind: 'files', files } : { kind: 'all' };
  return { format, root, selection, summary: values.summary };
}

async function main(): Promise<number> {
  const started = performance.now();
  const options = parse(process.argv.slice(2));
  const today = buildDateFromEnvironment();
  const report = await validate(options.root, today, options.selection);

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (options.format === 'json') {
    console.log(JSON.stringify(toJson(report), null, 2));
  } else {
    const format = options.format === 'github' ? formatGithub : formatText;
    for (const problem of report.problems) console.log(format(problem));
    const { selection } = options;
    if (selection.kind === 'changed') {
      for (const file of selection.deleted) console.log(`${quotePath(file)} was deleted: not checked`);
    }
    console.log(
      selection.kind === 'changed' && report.files.length === 0 && report.problems.length === 0
        ? `✓ no posting or company to check (${selection.deleted.length} deleted)`
        : `${summarize(report)} (${seconds} s, build date ${today})`,
    );
  }
  if (options.summary !== undefined) {
    const { selection } = options;
    const markdown = formatMarkdown(report, {
      today,
      ...(selection.kind === 'changed' ? { deleted: selection.deleted, changed: new Set(selection.present) } : {}),
    });
    appendFileSync(options.summary, `${markdown}\n`);
  }
  return report.problems.length === 0 ? EXIT.ok : EXIT.problems;
}

process.exitCode = await runCommand('validate', USAGE, main);
