// npm run report: what on the board needs a maintainer: postings expiring soon, postings past their date
// still marked open, companies with no open posting, possible duplicates. Files that do not validate are left out
// and counted (the report is not the validator): exit 0, 1 only when a content folder is a link, 2 on a usage error.

import { boardReport, formatReportMarkdown, formatReportText, reportFindings } from './report/board-report.ts';
import { EXIT, UsageError, buildDateFromEnvironment, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';
import { boardRoot, commandBoard } from './lib/load-board.ts';

const USAGE = `Usage: npm run report -- [options]

Lists postings expiring in the next days, postings past expires still marked open, companies with
no open posting, and possible duplicates (near-identical titles at one company and level).

Options:
  --format text|json|markdown
                       output format (default: text; markdown is the weekly issue's body)
  --days <n>           how far ahead to look for expiring postings (default: 7)
  --root <dir>         the board's folder (default: the current folder)
  -h, --help           show this help

Environment:
  BOARD_DATE=YYYY-MM-DD   the date to report for (default: today in UTC)

${exitStatus('the report is printed (files with validation problems are left out of it and counted)', 'a content folder is a link, so nothing was read')}`;

function parse(argv: string[]): { format: 'text' | 'json' | 'markdown'; days: number; root: string } {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      format: { type: 'string' },
      days: { type: 'string' },
      root: { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length > 0) {
    // `npm run report --format json` (without --) hands npm the option and the script only "json".
    throw new UsageError(
      `unexpected argument "${positionals[0]}"; options go after --, as in npm run report -- --format json`,
    );
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown')
    throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
  const days = Number(values.days ?? '7');
  if (!Number.isInteger(days) || days < 0 || days > 90) {
    throw new UsageError(`--days must be a whole number of days from 0 to 90, not "${values.days}"`);
  }
  return { format, days, root: boardRoot(values.root) };
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  const today = buildDateFromEnvironment();
  const board = await commandBoard(options.root, today);
  const report = boardReport(board, today, options.days);
  const formats = {
    text: () => formatReportText(report),
    json: () => `${JSON.stringify({ ...report, findings: reportFindings(report) }, null, 2)}\n`,
    markdown: () => formatReportMarkdown(report),
  };
  process.stdout.write(formats[options.format]());
  return EXIT.ok;
}

if (import.meta.main) process.exitCode = await runCommand('report', USAGE, main);
