// A command run in a pseudo-terminal, driven as a person would: type, press keys, wait for text on the screen.
// util-linux's `script` (Debian's essential bsdutils) holds the terminal, so nothing is built or downloaded.
// Everything the command prints is kept with its ANSI sequences stripped; waits are for text, never for time.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export const KEY = {
  enter: '\r',
  tab: '\t',
  backspace: '\x7f',
  down: '\x1b[B',
  up: '\x1b[A',
  ctrlC: '\x03',
} as const;

/** Text without ANSI escape sequences (colours, cursor moves, erases). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g, '');
}

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

export class Terminal {
  private readonly child: ChildProcessWithoutNullStreams;
  private raw = '';
  /** Where the last `waitFor` found its text: later waits look after it. */
  private mark = 0;
  readonly exited: Promise<number | null>;

  constructor(command: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
    // A real size, as a terminal window has (prompts wrap and scroll by it), wide enough that no message wraps.
    const shell = `stty cols 400 rows 60 && exec ${command.map(quote).join(' ')}`;
    this.child = spawn('script', ['-qfec', shell, '/dev/null'], { cwd: options.cwd, env: options.env });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => (this.raw += chunk));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => (this.raw += chunk));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** Everything printed so far, without ANSI sequences. */
  get screen(): string {
    return stripAnsi(this.raw);
  }

  /** Types text or keys. */
  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  /**
   * Waits until `text` appears after the last text waited for, and returns what was printed up to it; fails
   * after `timeout` ms with the screen so far.
   */
  async waitFor(text: string | RegExp, timeout = 15_000): Promise<string> {
    const started = Date.now();
    for (;;) {
      const screen = this.screen;
      const rest = screen.slice(this.mark);
      const found =
        typeof text === 'string'
          ? { at: rest.indexOf(text), length: text.length }
          : ((match) => ({ at: match?.index ?? -1, length: match?.[0].length ?? 0 }))(rest.match(text));
      if (found.at >= 0) {
        const end = this.mark + found.at + found.length;
        const seen = screen.slice(this.mark, end);
        this.mark = end;
        return seen;
      }
      if (this.child.exitCode !== null || Date.now() - started > timeout) {
        throw new Error(
          `waited for ${String(text)}; the terminal shows:\n${screen.slice(this.mark)}\n(all: ${screen})`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits for the question, then types the answer. */
  async answer(question: string | RegExp, keys: string): Promise<void> {
    await this.waitFor(question);
    this.type(keys);
  }

  kill(): void {
    this.child.kill();
  }
}
