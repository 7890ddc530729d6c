// npm run validate [files...]: checks postings and companies and names every problem in every file.
// Exit 0 when clean, 1 when there are problems, 2 on a usage error.

import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { COMPANIES_DIR, ContentFolderError, JOBS_DIR, loadBoard } from '../src/data/content-files.ts';
import { resolveBuildDate } from '../src/lib/dates.ts';
import {
  formatGithub,
  formatText,
  sortProblems,
  summarize,
  toJson,
  type ValidationReport,
} from '../src/lib/problems.ts';

const USAGE = `Usage: npm run validate -- [options] [files...]

Checks postings (content/jobs/*.md) and companies (content/companies/*.md).
With files, reports only those files (the rules that span files still see the whole board).

Options:
  --format text|github|json   output format (default: github under GitHub Actions, else text)
  --root <dir>                the board's folder (default: the current folder)
  -h, --help                  show this help

Environment:
  BOARD_DATE=YYYY-MM-DD       the build date (default: today in UTC)`;

type Format = 'text' | 'github' | 'json';

class UsageError extends Error {}

/** Validates the board at `root`, keeping only problems in `only` when given. */
async function validate(root: string, today: string, only?: readonly string[]): Promise<ValidationReport> {
  const board = await loadBoard(root, today);
  if (!only || only.length === 0) return { files: board.files, problems: sortProblems(board.problems) };
  const wanted = new Set(only);
  return {
    files: board.files.filter((f) => wanted.has(f)),
    problems: sortProblems(board.problems.filter((p) => wanted.has(p.file))),
  };
}

function parse(argv: string[]): { format: Format; root: string; files: string[] } {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const format = values.format ?? (process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text');
  if (format !== 'text' && format !== 'github' && format !== 'json') {
    throw new UsageError(`--format must be text, github or json, not "${format}"`);
  }
  const root = resolve(values.root ?? '.');
  const files = positionals.map((file) => {
    const path = relative(root, resolve(file)).split('\\').join('/');
    const folder = path.slice(0, path.lastIndexOf('/'));
    if (folder !== JOBS_DIR && folder !== COMPANIES_DIR) {
      throw new UsageError(
        `${file} is not in ${JOBS_DIR}/ or ${COMPANIES_DIR}/; only postings and companies are validated`,
      );
    }
    if (!existsSync(resolve(root, path))) throw new UsageError(`${file} does not exist`);
    return path;
  });
  return { format, root, files };
}

async function main(): Promise<number> {
  const started = performance.now();
  let options;
  let today;
  try {
    options = parse(process.argv.slice(2));
    today = resolveBuildDate(process.env['BOARD_DATE'], new Date());
  } catch (error) {
    if (error instanceof Error) {
      console.error(`validate: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }

  let report: ValidationReport;
  try {
    report = await validate(options.root, today, options.files);
  } catch (error) {
    if (error instanceof ContentFolderError) {
      console.error(`validate: ${error.message}`);
      return 1;
    }
    throw error;
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (options.format === 'json') {
    console.log(JSON.stringify(toJson(report), null, 2));
  } else {
    const format = options.format === 'github' ? formatGithub : formatText;
    for (const problem of report.problems) console.log(format(problem));
    console.log(`${summarize(report)} (${seconds} s, build date ${today})`);
  }
  return report.problems.length === 0 ? 0 : 1;
}

process.exitCode = await main();
