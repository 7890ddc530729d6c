// What the command-line tools share: reading arguments and BOARD_DATE, and one convention for what they exit
// with, so that a script or CI can tell "fix the content" from "fix how the command was run". Whatever goes wrong
// is said in one line naming the command, never as a stack trace.

import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { resolveBuildDate } from '../../src/board/dates.ts';
import { configReport, projectConfigProblems } from '../../src/build/board-config-check.ts';

/** The exit codes of every command. */
export const EXIT = {
  /** Done, and nothing is wrong. */
  ok: 0,
  /** The content has problems: the command names them (a file that does not validate, a dead link…). */
  problems: 1,
  /** The command was called wrongly (an option, an argument, BOARD_DATE), or what it needs is missing. */
  usage: 2,
} as const;

/** A problem with how a command was called or with what it needs: reported with its usage, exit code 2. */
export class UsageError extends Error {}

/** A problem with the content that stops a command before it can check anything else: exit code 1. */
export class ContentError extends Error {}

/**
 * The "Exit status" part of a command's --help: what 0 and 1 mean for this command, then the 2 every command
 * shares.
 */
export function exitStatus(ok: string, problems: string): string {
  return `Exit status:
  ${EXIT.ok}  ${ok}
  ${EXIT.problems}  ${problems}
  ${EXIT.usage}  a usage error: an unknown option, a bad value or argument, a bad BOARD_DATE, a folder
     or tool it needs that is missing, or a mistake in board.config.ts`;
}

/**
 * Parses a command's arguments (positionals allowed, -h/--help added). --help prints the usage and exits; an
 * unknown or malformed option is a UsageError.
 */
export function parseCommandLine<O extends ParseArgsOptionsConfig>(argv: string[], options: O, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(EXIT.ok);
  }
  return parsed;
}

/** The build date: BOARD_DATE when set, else today in UTC; a UsageError when BOARD_DATE is not a date. */
export function buildDateFromEnvironment(): string {
  try {
    return resolveBuildDate(process.env['BOARD_DATE'], new Date());
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Runs a command and returns its exit code: what `main` returns, or, when it throws a UsageError, "<name>:
 * <problem>" and the usage with 2, and for a ContentError "<name>: <problem>" with 1. Anything else is a bug, and
 * is thrown. A broken board.config.ts stops every command before it starts, with its problems and 2.
 */
export async function runCommand(name: string, usage: string, main: () => number | Promise<number>): Promise<number> {
  const configProblems = projectConfigProblems();
  if (configProblems.length > 0) {
    console.error(`${configReport(configProblems)}\n${name}: stopped before it started.`);
    return EXIT.usage;
  }
  try {
    return await main();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${name}: ${error.message}\n\n${usage}`);
      return EXIT.usage;
    }
    if (error instanceof ContentError) {
      console.error(`${name}: ${error.message}`);
      return EXIT.problems;
    }
    throw error;
  }
}
