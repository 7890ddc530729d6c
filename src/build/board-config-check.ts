// Checks board.config.ts when a command, the build or `astro dev` starts, and reports a mistake like a
// posting's: the file, the line of the field, what was found and the fix, every problem at once, then exit 2.

import { readFileSync } from 'node:fs';
import BOARD from '../../board.config.ts';
import { BoardConfigSchema } from '../board/board-config.ts';
import { messagesFor, unknownKeyMessage } from '../board/issue-messages.ts';
import { formatText, type Problem } from '../board/problems.ts';

/** The configuration's file, relative to the project root. */
export const CONFIG_FILE = 'board.config.ts';

/** The exit code of a command whose configuration is broken: what it needs is wrong, as for a usage error. */
const EXIT_USAGE = 2;

/** `levels.staff.aliases[0]`: a path as the validator names fields. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (name, segment) =>
      typeof segment === 'number' ? `${name}[${segment}]` : `${name}${name ? '.' : ''}${String(segment)}`,
    '',
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The line and column of a field in the config's source: each key of the path is looked for after the one
 * before it. Keys written elsewhere (a list kept in a constant) leave the position at the deepest key found.
 */
export function locateField(source: string, path: ReadonlyArray<PropertyKey>): { line: number; column: number } {
  let at = -1;
  let from = source.search(/\bdefineBoard\s*\(|export\s+default\b/);
  if (from < 0) from = 0;
  for (const segment of path) {
    if (typeof segment !== 'string') continue;
    const pattern = new RegExp(`(^|[\\s{,])(['"]?)${escapeRegExp(segment)}\\2\\s*:`, 'gm');
    pattern.lastIndex = from;
    const match = pattern.exec(source);
    if (!match) break;
    at = match.index + match[1]!.length;
    from = pattern.lastIndex;
  }
  if (at < 0) return { line: 1, column: 1 };
  const before = source.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/** Every problem with a board configuration, located in its source when given. */
export function boardConfigProblems(config: unknown, source = ''): Problem[] {
  const result = BoardConfigSchema.safeParse(config, { error: messagesFor(BoardConfigSchema) });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const problem = (path: readonly PropertyKey[], message: string): Problem => ({
      file: CONFIG_FILE,
      ...locateField(source, path),
      field: fieldName(path) || 'config',
      message,
    });
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        problem([...issue.path, key], unknownKeyMessage(BoardConfigSchema, issue.path, key)),
      );
    }
    if (issue.code === 'invalid_key') {
      const why = issue.issues[0]?.message ?? 'not an allowed key';
      return [problem(issue.path, `found the key ${JSON.stringify(String(issue.path.at(-1)))}: ${why}`)];
    }
    return [problem(issue.path, issue.message)];
  });
}

/** The problems of the project's own board.config.ts, the one every part of the board imports. */
export function projectConfigProblems(): Problem[] {
  let source = '';
  try {
    source = readFileSync(new URL(`../../${CONFIG_FILE}`, import.meta.url), 'utf8');
  } catch {
    // Without its source the problems are still reported, only without their lines.
  }
  return boardConfigProblems(BOARD, source);
}

/** The report of a broken configuration: one line per problem, then what to do. */
export function configReport(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `${problems.map(formatText).join('\n')}\n${CONFIG_FILE} has ${count}: fix ${problems.length === 1 ? 'it' : 'them'} and run the command again (docs/fork.md describes every field).`;
}

/** For entry points outside the commands (`astro dev`): prints the problems and exits with 2 when there are any. */
export function exitOnConfigProblems(): void {
  const problems = projectConfigProblems();
  if (problems.length === 0) return;
  console.error(configReport(problems));
  process.exit(EXIT_USAGE);
}
