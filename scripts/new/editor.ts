// Opening the new posting in the contributor's editor: $VISUAL, else $EDITOR, which may hold arguments
// ("code --wait", "emacs -nw"), run without a shell so that nothing in the file's name is interpreted.

import { spawnSync } from 'node:child_process';

/**
 * A command line split into words as a POSIX shell splits it, without expanding anything: spaces separate words,
 * quotes group them, a backslash outside single quotes takes the next character as it is.
 */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (c === '\\' && i + 1 < command.length) {
      word = (word ?? '') + command[++i];
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The editor to open files in, from $VISUAL or $EDITOR, as program and arguments; undefined when neither is set. */
export function editorCommand(env: NodeJS.ProcessEnv): { words: string[]; variable: string } | undefined {
  for (const variable of ['VISUAL', 'EDITOR']) {
    const words = splitCommand(env[variable]?.trim() ?? '');
    if (words.length > 0) return { words, variable };
  }
  return undefined;
}

/** Opens `file` in the editor and waits for it to close; a message when it could not be run or failed. */
export function openInEditor(editor: { words: string[]; variable: string }, file: string): string | undefined {
  const [program, ...args] = editor.words as [string, ...string[]];
  const result = spawnSync(program, [...args, file], { stdio: 'inherit' });
  if (result.error) {
    return `the editor "${program}" ($${editor.variable}) could not be started (${(result.error as NodeJS.ErrnoException).code ?? result.error.message})`;
  }
  if (result.status !== 0)
    return `the editor "${program}" ($${editor.variable}) exited with status ${result.status ?? result.signal}`;
  return undefined;
}
