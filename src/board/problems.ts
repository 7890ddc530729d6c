// Validation problems, and the one line of text each is printed as: by the validator, and by the build when
// the content loaders find a problem. The other formats (GitHub annotations, JSON, a Markdown job summary) are
// the commands' own: scripts/lib/problem-formats.ts.

/** One thing wrong with one file, at a 1-based line and column. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The front-matter field (`salary.max`, `stack[2]`), or `file`, `front-matter`, `body` or `svg` (a logo's content). */
  field: string;
  message: string;
}

/** Problems in file order, then line, then column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
}

/** `file:line:column error field: message`, one line per problem, whatever the file's name holds. */
export function formatText(problem: Problem): string {
  return `${quotePath(problem.file)}:${problem.line}:${problem.column} error ${problem.field}: ${problem.message}`;
}

// Characters that would break a line of output, move the cursor, recolour a terminal or reorder text.
const UNPRINTABLE = /["\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
};

/**
 * A path as git quotes it (`"content/jobs/a\nb.md"`, with `\ooo` for the UTF-8 bytes of other control and
 * invisible characters), when it holds such a character, a quote or a backslash; otherwise the path itself.
 * A file name can then never start a line of its own, and the quoted form reads back with git's rules.
 */
export function quotePath(path: string): string {
  if (!UNPRINTABLE.test(path)) return path;
  let quoted = '';
  for (const char of path) {
    if (ESCAPES[char] !== undefined) quoted += ESCAPES[char];
    else if (UNPRINTABLE.test(char)) {
      for (const byte of new TextEncoder().encode(char)) quoted += `\\${byte.toString(8).padStart(3, '0')}`;
    } else quoted += char;
  }
  return `"${quoted}"`;
}
