// The ways the commands print validation problems beyond the plain text of src/board/problems.ts: GitHub
// annotations, the one-line summary, JSON, and a Markdown table for a GitHub job summary.

import { quotePath, type Problem } from '../../src/board/problems.ts';
import { escapeMarkdown, markdownCode, markdownTable } from './markdown-report.ts';

/** What a validation run looked at and found. */
export interface ValidationReport {
  /** Every file checked, relative to the project root. */
  files: string[];
  problems: Problem[];
}

/** Text escaped for the message of a GitHub Actions workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Text escaped for a property (`file=`, `title=`) of a GitHub Actions workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A GitHub Actions workflow command that annotates the line in a pull request. */
export function formatGithub(problem: Problem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(problem.field)}`,
  ].join(',');
  return `::error ${properties}::${escapeData(`${problem.field}: ${problem.message}`)}`;
}

/** The one-line summary printed after the problems. */
export function summarize(report: ValidationReport): string {
  const count = report.problems.length;
  const filesWithProblems = new Set(report.problems.map((p) => p.file)).size;
  const checked = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
  if (count === 0) return `✓ ${checked} checked, no problems`;
  return `✗ ${count} problem${count === 1 ? '' : 's'} in ${filesWithProblems} of ${checked}`;
}

/** The machine-readable report: every file with its status and problems. */
export function toJson(report: ValidationReport): object {
  const byFile = Map.groupBy(report.problems, (p) => p.file);
  const files = [...new Set([...report.files, ...byFile.keys()])].sort();
  return {
    ok: report.problems.length === 0,
    summary: summarize(report),
    files: files.map((file) => {
      const problems = byFile.get(file) ?? [];
      return {
        file,
        status: problems.length === 0 ? 'ok' : 'error',
        problems: problems.map(({ line, column, field, message }) => ({ line, column, field, message })),
      };
    }),
  };
}

/** More files than this, and the Markdown report lists only those with problems. */
const MAX_SUMMARY_ROWS = 100;

/**
 * A Markdown report for a GitHub job summary: a table of every file checked with its status and problems,
 * then the files that were `deleted` (listed, not checked). `changed`, when given, marks the files that
 * were not among them: problems a change caused in files it did not touch.
 */
export function formatMarkdown(
  report: ValidationReport,
  options: { today: string; deleted?: readonly string[]; changed?: ReadonlySet<string> },
): string {
  const byFile = Map.groupBy(report.problems, (p) => p.file);
  const files = [...new Set([...report.files, ...byFile.keys()])].sort();
  const deleted = [...(options.deleted ?? [])].sort();
  const heading = '### Postings and companies\n\n';
  if (files.length === 0 && deleted.length === 0) return `${heading}No postings or companies changed.\n`;
  // A whole large board would overflow the summary: list its files with problems only.
  const listed = files.length > MAX_SUMMARY_ROWS ? files.filter((f) => byFile.has(f)) : files;
  const rows = listed.map((file) => {
    const problems = byFile.get(file) ?? [];
    const untouched =
      options.changed && !options.changed.has(file) ? ' (not changed here: affected by the change)' : '';
    const status =
      problems.length === 0
        ? '✅ valid'
        : `❌ ${problems.length} problem${problems.length === 1 ? '' : 's'}${untouched}`;
    const details = problems
      .map((p) => `line ${p.line}: ${markdownCode(p.field)} ${escapeMarkdown(p.message)}`)
      .join('<br>');
    return [markdownCode(quotePath(file)), status, details];
  });
  for (const file of deleted) rows.push([markdownCode(quotePath(file)), '🗑️ deleted', 'not checked']);
  const unlisted = files.length - listed.length;
  const table = rows.length > 0 ? `${markdownTable(['file', 'status', 'problems'], rows)}\n` : '';
  const rest = unlisted > 0 ? `${unlisted} other file${unlisted === 1 ? ' is' : 's are'} valid. ` : '';
  return `${heading}${table}${rest}${escapeMarkdown(summarize(report))} (build date ${options.today})\n`;
}
