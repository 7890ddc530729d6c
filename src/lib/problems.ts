// Validation problems and the three ways the validator prints them: text, GitHub annotations, JSON.

/** One thing wrong with one file, at a 1-based line and column. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The front-matter field (`salary.max`, `stack[2]`), or `file`, `front-matter` or `body`. */
  field: string;
  message: string;
}

/** What a validation run looked at and found. */
export interface ValidationReport {
  /** Every file checked, relative to the project root. */
  files: string[];
  problems: Problem[];
}

/** Problems in file order, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
}

/** `file:line:column error field: message`, one line per problem. */
export function formatText(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column} error ${problem.field}: ${problem.message}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
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
