// The board's words, put together from board.config.ts: the list of its levels, the sentence saying what it
// lists, and the examples messages show. Pages, messages, prompts and generated files all read them from here.

import BOARD from '../../board.config.ts';
import { LEVELS, keysOf } from './vocabulary.ts';

export { BOARD };

/** The levels' labels as a list: "Staff, Principal and Distinguished" ("… or Distinguished" with `or`). */
export function levelList(conjunction: 'and' | 'or'): string {
  const labels = keysOf(LEVELS).map((level) => LEVELS[level].label);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} ${conjunction} ${labels.at(-1)}`;
}

/** The levels' keys as a list: "staff, principal or distinguished". */
export function levelKeyList(): string {
  const keys: string[] = keysOf(LEVELS);
  return keys.length <= 1 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} or ${keys.at(-1)}`;
}

/** What the board lists, as a sentence: "This board lists <levels> <role> roles only." */
export const SCOPE_SENTENCE = `This board lists ${levelList('and')} ${BOARD.wording.role} roles only.`;

/** The example title as a URL or file name part: "Staff Data Engineer, Pipelines" is "staff-data-engineer-pipelines". */
export const EXAMPLE_TITLE_SLUG = BOARD.examples.title
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-+|-+$/g, '');

/** A list as YAML's flow style writes it: "[go, postgresql, kafka]". */
export function flowList(values: readonly string[]): string {
  return `[${values.join(', ')}]`;
}

/** A number as words say it in a rule: 2 is "twice", 3 is "three times". */
export function timesInWords(n: number): string {
  const words: Record<number, string> = { 2: 'twice', 3: 'three times', 4: 'four times', 5: 'five times' };
  return words[n] ?? `${n} times`;
}
