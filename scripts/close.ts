// npm run close -- <slug> [--filled]: marks a posting filled, or ends it today, by rewriting one line of its
// front-matter and nothing else. Exit 0 when done, 1 when the posting cannot be closed, 2 on a usage error (an
// unknown slug included).

import { lstatSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JOBS_DIR } from '../src/build/content-files.ts';
import { checkJobFile } from '../src/board/board.ts';
import { closePosting } from './close/close-posting.ts';
import { didYouMeanHint } from '../src/board/did-you-mean.ts';
import { formatText, sortProblems } from '../src/board/problems.ts';
import { MAX_FILE_BYTES, SLUG_PATTERN } from '../src/board/schema.ts';
import { EXIT, UsageError, buildDateFromEnvironment, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';
import { boardRoot, postingSlugs } from './lib/load-board.ts';

const USAGE = `Usage: npm run close -- <slug> [--filled]

Closes the posting content/jobs/<slug>.md, changing one line of its front-matter and nothing else:
  (default)   ends it today: expires becomes the build date, so it takes applications until the end
              of today and leaves the listings at the next build (the daily deploy). A posting posted
              today ends tomorrow, the earliest day its expires may be.
  --filled    marks it filled (status: filled): it leaves every listing at the next build.
Either way its page stays online, saying it no longer takes applications.

Options:
  --root <dir>   the board's folder (default: the current folder)
  -h, --help     show this help

Environment:
  BOARD_DATE=YYYY-MM-DD   the build date (default: today in UTC)

${exitStatus('the posting is closed', 'it cannot be closed: it does not validate, is already closed or is a draft')}`;

function parse(argv: string[]): { slug: string; filled: boolean; root: string } {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      filled: { type: 'boolean' },
      root: { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'name the posting to close' : 'close one posting at a time');
  }
  // Accept the slug, its file name or its path: acme-go, acme-go.md, content/jobs/acme-go.md.
  const slug = positionals[0]!.replace(new RegExp(`^(?:\\./)?${JOBS_DIR}/`), '').replace(/\.md$/, '');
  if (!SLUG_PATTERN.test(slug)) {
    throw new UsageError(`"${positionals[0]}" is not a posting's slug (lowercase letters, digits and hyphens)`);
  }
  // `npm run close <slug> --filled`, without --, keeps --filled for npm, which passes it on as npm_config_filled.
  const filled = values.filled === true || process.env['npm_config_filled'] === 'true';
  return { slug, filled, root: boardRoot(values.root) };
}

function main(): number {
  const options = parse(process.argv.slice(2));
  const today = buildDateFromEnvironment();
  const path = `${JOBS_DIR}/${options.slug}.md`;
  // Listing the folder first also refuses a content folder that is a link, which would lead out of the repository.
  const slugs = postingSlugs(options.root);
  const absolute = join(options.root, path);
  const stat = lstatSync(absolute, { throwIfNoEntry: false });
  if (stat === undefined || !slugs.includes(options.slug)) {
    throw new UsageError(`there is no posting ${path}.${didYouMeanHint(options.slug, slugs)}`);
  }
  if (!stat.isFile() || stat.size > MAX_FILE_BYTES) {
    console.error(`close: ${path} is not a posting file (a regular file under ${MAX_FILE_BYTES / 1024} KB)`);
    return EXIT.problems;
  }

  const bytes = readFileSync(absolute);
  const check = checkJobFile({ path, type: 'file', size: bytes.length, bytes });
  if (check.problems.length > 0) {
    for (const problem of sortProblems(check.problems)) console.error(formatText(problem));
    console.error(`close: ${path} is not valid, so it was left unchanged; fix the problems above first`);
    return EXIT.problems;
  }
  const result = closePosting(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), {
    filled: options.filled,
    today,
  });
  if (!result.ok) {
    console.error(`close: ${path} was left unchanged: ${result.message}`);
    return EXIT.problems;
  }
  writeFileSync(absolute, result.text);
  console.log(`${path}: ${result.field}: ${result.from ?? 'open (the default)'} → ${result.to}; ${result.note}`);
  return EXIT.ok;
}

if (import.meta.main) process.exitCode = await runCommand('close', USAGE, main);
