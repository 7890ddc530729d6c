// npm run docs: regenerates the reference part of CONTRIBUTING.md (fields and allowed values) from the schemas
// and the vocabulary in src/board/. With --check, only reports whether it is up to date (exit 1 when not).

import { readFileSync, writeFileSync } from 'node:fs';
import { withReference } from './docs/format-docs.ts';
import { ContentError, EXIT, UsageError, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';

const PATH = 'CONTRIBUTING.md';

const USAGE = `Usage: npm run docs -- [--check]

Regenerates the reference in ${PATH} (every field and every allowed value) from the schemas and
the vocabulary in src/board/.

Options:
  --check      change nothing; only say whether ${PATH} is up to date
  -h, --help   show this help

${exitStatus(`${PATH} is up to date (or was updated)`, `with --check, ${PATH} is out of date; or its reference markers are missing`)}`;

function main(): number {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), { check: { type: 'boolean' } }, USAGE);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  let current: string;
  try {
    current = readFileSync(PATH, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${PATH}: ${(error as Error).message}`);
  }
  let updated: string;
  try {
    updated = withReference(current);
  } catch (error) {
    throw new ContentError(`${PATH}: ${(error as Error).message}; the reference goes between them`);
  }
  if (values.check) {
    if (updated === current) {
      console.log(`${PATH} is up to date`);
      return EXIT.ok;
    }
    console.error(`${PATH} is out of date with src/board: run npm run docs and commit the result`);
    return EXIT.problems;
  }
  if (updated === current) console.log(`${PATH} is already up to date`);
  else {
    writeFileSync(PATH, updated);
    console.log(`updated the reference in ${PATH}`);
  }
  return EXIT.ok;
}

process.exitCode = await runCommand('docs', USAGE, main);
