// npm run check-links: requests every open posting's apply link and every company's website, and reports
// dead links, redirects to a generic careers page, timeouts and other failures. It never connects to this
// machine or a private network (see scripts/check-links/link-checker.ts): such links are reported as not requested.
// Exit 0 when no link is dead or refused, 1 when one is (or a content folder is a link), 2 on a usage error.

import { appendFileSync } from 'node:fs';
import { checkLinks, type CheckOptions } from './check-links/link-checker.ts';
import {
  failsCheck,
  formatLinksMarkdown,
  formatLinksText,
  linkTargets,
  linksJson,
  summarizeLinks,
} from './check-links/link-health.ts';
import { SITE } from '../src/site/site.ts';
import { EXIT, UsageError, buildDateFromEnvironment, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';
import { boardRoot, commandBoard } from './lib/load-board.ts';

const USAGE = `Usage: npm run check-links -- [options]

Requests every open posting's apply link and every company's website, following redirects, and
reports dead links (404, 410, no such host), redirects to a generic careers page, timeouts and
other failures. A link whose host is, or resolves to, this machine or a private network is never
requested, at any step of its redirects, and is reported as not requested.

Options:
  --format text|json       output (default: text)
  --summary <file>         also append the findings as Markdown to <file> (e.g. $GITHUB_STEP_SUMMARY)
  --concurrency <n>        requests at once (default: 8)
  --timeout <ms>           time allowed for one request (default: 15000)
  --retries <n>            tries again after a timeout or a 5xx answer (default: 2)
  --backoff <ms>           wait before the first retry, doubled each time (default: 1000)
  --max-redirects <n>      redirects followed per link (default: 5)
  --root <dir>             the board's folder (default: the current folder)
  -h, --help               show this help

Environment:
  BOARD_DATE=YYYY-MM-DD    the date that decides which postings are open (default: today in UTC)

${exitStatus('no link is dead or refused (timeouts and careers-page redirects are reported only)', 'a link is dead or was not requested, or a content folder is a link')}`;

const NUMBERS = {
  concurrency: { fallback: 8, min: 1, max: 64 },
  timeout: { fallback: 15_000, min: 1, max: 120_000 },
  retries: { fallback: 2, min: 0, max: 5 },
  backoff: { fallback: 1000, min: 0, max: 60_000 },
  'max-redirects': { fallback: 5, min: 0, max: 20 },
} as const;

type NumberOption = keyof typeof NUMBERS;

/** The command's options from its arguments; a UsageError when they are wrong. */
export function parse(argv: string[]) {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      format: { type: 'string' },
      summary: { type: 'string' },
      root: { type: 'string' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      backoff: { type: 'string' },
      'max-redirects': { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length > 0) {
    throw new UsageError(
      `unexpected argument "${positionals[0]}"; options go after --, as in npm run check-links -- --format json`,
    );
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
  const number = (name: NumberOption): number => {
    const { fallback, min, max } = NUMBERS[name];
    const raw = values[name];
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
    }
    return value;
  };
  return {
    format,
    summary: values.summary,
    root: boardRoot(values.root),
    concurrency: number('concurrency'),
    timeoutMs: number('timeout'),
    retries: number('retries'),
    backoffMs: number('backoff'),
    maxRedirects: number('max-redirects'),
  };
}

/** Where the command writes: standard output and standard error, or a test's buffers. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Checks the links of the board in `options.root` and prints the report; returns the exit code (a content
 * folder that cannot be read is a ContentError). `network` is for tests alone, which serve links locally: the
 * command itself never passes it, so it never connects to this machine or a private network.
 */
export async function run(
  options: ReturnType<typeof parse>,
  today: string,
  output: Output,
  network: Pick<CheckOptions, 'addressPolicy' | 'resolve'> = {},
): Promise<number> {
  const board = await commandBoard(options.root, today);
  if (board.problems.length > 0) {
    const files = new Set(board.problems.map((p) => p.file)).size;
    output.err(`check-links: ${files} files with validation problems are left out; run npm run validate\n`);
  }

  const started = performance.now();
  const targets = linkTargets(board);
  const results = await checkLinks(targets, {
    ...options,
    ...network,
    userAgent: `${new URL(SITE.repository).pathname.split('/')[1]}-link-check (+${SITE.repository})`,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failed = results.some(failsCheck);
  if (options.format === 'json') output.out(`${JSON.stringify(linksJson(results, today), null, 2)}\n`);
  else output.out(`${formatLinksText(results)}${failed ? '✗' : '✓'} ${summarizeLinks(results)} (${seconds} s)\n`);
  if (options.summary !== undefined) appendFileSync(options.summary, formatLinksMarkdown(results, today));
  return failed ? EXIT.problems : EXIT.ok;
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  return run(options, buildDateFromEnvironment(), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}

if (import.meta.main) process.exitCode = await runCommand('check-links', USAGE, main);
