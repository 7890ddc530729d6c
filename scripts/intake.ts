// npm run intake: turns the body of a "Submit a posting" issue into a posting (and its company when new), with
// the drafting of npm run new --yes, or into a Markdown comment naming every problem under its form field. The
// Posting intake workflow runs it when a maintainer labels an issue `accepted`.

import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT, UsageError, buildDateFromEnvironment, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';
import { commandBoardFiles } from './lib/load-board.ts';
import { problemsComment, pullRequestBody, visible } from './intake/messages.ts';
import { MAX_ISSUE_BYTES, readSubmission } from './intake/submission.ts';
import { ISSUE, type FormProblem } from './intake/issue-form.ts';

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

const USAGE = `Usage: npm run intake -- --body-file <file> [--issue <number>] [--comment-file <file>] [--pr-body-file <file>]

Reads the body of a "Submit a posting" issue (the Markdown GitHub writes for the form) and drafts the
posting it describes, and its company when new, as npm run new --yes does. When the draft is valid, writes
content/jobs/<slug>.md (and content/companies/<slug>.md); otherwise writes nothing and lists every problem
under the form field to change.

Options:
  --body-file <file>      the issue's body, as GitHub stores it (at most ${kilobytes(MAX_ISSUE_BYTES)})
  --issue <number>        the issue's number, for the pull request body
  --comment-file <file>   when there are problems, write them here as a Markdown comment for the issue
  --pr-body-file <file>   when the posting is written, write a pull request body here that closes the issue
                          (needs --issue)
  -h, --help              show this help

Environment:
  BOARD_DATE=YYYY-MM-DD   the day taken as today (default: today in UTC)

${exitStatus('the posting (and its company) was written', 'the answers do not make a valid posting: nothing was written, every problem was printed (and written to --comment-file)')}`;

const OPTIONS = {
  'body-file': { type: 'string' },
  issue: { type: 'string' },
  'comment-file': { type: 'string' },
  'pr-body-file': { type: 'string' },
} as const;

/** The body file's text; a FormProblem instead when it is larger than any posting's issue, read no further. */
function readBody(path: string): string | FormProblem {
  let fd: number;
  try {
    fd = openSync(resolve(path), 'r');
  } catch {
    throw new UsageError(`--body-file ${path}: there is no such file, or it cannot be read`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`--body-file ${path}: is not a regular file`);
    if (stat.size > MAX_ISSUE_BYTES) {
      return {
        field: ISSUE,
        message: `is ${kilobytes(stat.size)}; a posting's issue is at most ${kilobytes(MAX_ISSUE_BYTES)}, and a posting file under 100 KB: shorten the description`,
      };
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}

function main(): number {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), OPTIONS, USAGE);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const bodyFile = values['body-file'];
  if (bodyFile === undefined) throw new UsageError('--body-file is required: the file holding the issue body');
  const issueText = values.issue;
  if (issueText !== undefined && !/^[1-9]\d{0,9}$/.test(issueText)) {
    throw new UsageError(`--issue ${issueText}: an issue number is a whole number, e.g. --issue 42`);
  }
  const issue = issueText === undefined ? undefined : Number(issueText);
  if (values['pr-body-file'] !== undefined && issue === undefined) {
    throw new UsageError('--pr-body-file needs --issue: the pull request body closes that issue');
  }
  const root = process.cwd();
  const today = buildDateFromEnvironment();
  const body = readBody(bodyFile);
  const board = commandBoardFiles(root, today);
  const submission = typeof body === 'string' ? readSubmission(board, today, body) : undefined;
  const problems = submission?.problems ?? [body as FormProblem];

  if (submission?.draft === undefined) {
    for (const problem of problems) console.error(visible(`${problem.field}: ${problem.message}`));
    if (values['comment-file'] !== undefined) {
      writeFileSync(values['comment-file'], problemsComment(problems, { today }));
    }
    console.error(`intake: nothing was written; ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    return EXIT.problems;
  }
  const { draft } = submission;
  for (const file of draft.files.toReversed()) {
    writeFileSync(join(root, file.path), file.text, { flag: 'wx' });
    console.log(`created ${file.path}`);
  }
  if (values['pr-body-file'] !== undefined && issue !== undefined) {
    writeFileSync(values['pr-body-file'], pullRequestBody(draft, { issue, today }));
  }
  return EXIT.ok;
}

if (import.meta.main) process.exitCode = await runCommand('intake', USAGE, main);
