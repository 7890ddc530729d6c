// What the command-line tools share: reading arguments, and turning a bad argument or BOARD_DATE into a one-line
// message with the usage and exit code 2, never a stack trace.

import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { resolveBuildDate } from '../../src/board/dates.ts';

/** A problem with how a command was called: reported with its usage, exit code 2. */
export class UsageError extends Error {}

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
    process.exit(0);
  }
  return parsed;
}

/**
 * Reads a command's options with `parse` and the build date from BOARD_DATE. When either is wrong it prints
 * "<name>: <problem>" and the usage, and returns undefined: the command then exits with 2.
 */
export function setUp<T>(
  name: string,
  usage: string,
  parse: (argv: string[]) => T,
): { options: T; today: string } | undefined {
  try {
    return { options: parse(process.argv.slice(2)), today: resolveBuildDate(process.env['BOARD_DATE'], new Date()) };
  } catch (error) {
    if (error instanceof Error) {
      console.error(`${name}: ${error.message}\n\n${usage}`);
      return undefined;
    }
    throw error;
  }
}
