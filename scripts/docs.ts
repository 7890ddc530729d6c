// npm run docs: regenerates what is written from board.config.ts and src/board/: the generated parts of
// CONTRIBUTING.md (what the board accepts, an example, the reference of fields and values), CODEOWNERS, the issue
// forms and the pull request template. With --check, only reports whether they are up to date (exit 1 when not).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { withReference } from './docs/format-docs.ts';
import { githubFiles } from './docs/github-files.ts';
import { ContentError, EXIT, UsageError, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';

const CONTRIBUTING = 'CONTRIBUTING.md';

const USAGE = `Usage: npm run docs -- [--check]

Regenerates, from board.config.ts and the schemas and vocabulary in src/board/:
  ${CONTRIBUTING}                    what the board accepts, an example, every field and allowed value
  .github/CODEOWNERS                 the maintainers team of the repository
  .github/ISSUE_TEMPLATE/*.yml       the issue form for a posting, and the link to ${CONTRIBUTING}
  .github/pull_request_template.md   the reviewers' checklist

Options:
  --check      change nothing; only say whether every file is up to date
  -h, --help   show this help

${exitStatus('every file is up to date (or was updated)', `with --check, a file is out of date; or ${CONTRIBUTING}'s markers are missing`)}`;

function readIfAny(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function main(): number {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), { check: { type: 'boolean' } }, USAGE);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const contributing = readIfAny(CONTRIBUTING);
  if (contributing === undefined) throw new UsageError(`cannot read ${CONTRIBUTING}`);
  let updated: string;
  try {
    updated = withReference(contributing);
  } catch (error) {
    throw new ContentError(`${CONTRIBUTING}: ${(error as Error).message}; the generated text goes between them`);
  }
  const files: Array<[string, string | undefined, string]> = [
    [CONTRIBUTING, contributing, updated],
    ...Object.entries(githubFiles()).map(([path, text]): [string, string | undefined, string] => [
      path,
      readIfAny(path),
      text,
    ]),
  ];
  const stale = files.filter(([, current, next]) => current !== next);
  if (values.check) {
    if (stale.length === 0) {
      console.log('every generated file is up to date');
      return EXIT.ok;
    }
    for (const [path] of stale) console.error(`${path} is out of date with board.config.ts and src/board`);
    console.error('run npm run docs and commit the result');
    return EXIT.problems;
  }
  for (const [path, , next] of stale) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, next);
    console.log(`updated ${path}`);
  }
  if (stale.length === 0) console.log('every generated file is already up to date');
  return EXIT.ok;
}

process.exitCode = await runCommand('docs', USAGE, main);
