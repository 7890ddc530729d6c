// Finds where a value sits in a front-matter block, so a message can point at its line and column.
// It re-reads the YAML with the same parser and schema through js-yaml's event listener, so the
// positions belong to exactly the structure the validator judged. Used only for files with problems.

import yaml from 'js-yaml';
import { YAML_SCHEMA } from './frontmatter.ts';

/** A 1-based position in the file. */
export interface Position {
  line: number;
  column: number;
}

interface Node {
  start: number;
  kind: string;
  result: unknown;
  children: Node[];
  /** A mapping's keys and values by key, or a sequence's items, built the first time the node is searched. */
  index?: Map<string, { key?: Node; value: Node }> | Node[];
}

/** Locates paths such as ['salary', 'max'] or ['stack', 2] in a front-matter block. */
export class YamlLocator {
  readonly #source: string;
  readonly #root: Node | undefined;
  /** Where each line starts, found the first time a position is asked for. */
  #lineStarts: number[] | undefined;

  /** `source` is the front-matter text whose first line is line 1 of the file. */
  constructor(source: string) {
    this.#source = source;
    const stack: Node[] = [{ start: 0, kind: 'document', result: undefined, children: [] }];
    try {
      yaml.load(source, {
        schema: YAML_SCHEMA,
        listener(event, state) {
          if (event === 'open') {
            stack.push({ start: state.position, kind: '', result: undefined, children: [] });
          } else {
            const node = stack.pop()!;
            node.kind = state.kind ?? '';
            node.result = state.result;
            stack.at(-1)!.children.push(node);
          }
        },
      });
      this.#root = unwrap(stack[0]!.children[0]);
    } catch {
      this.#root = undefined;
    }
  }

  /**
   * The position of the value at `path`, or of its key when `key` is true. When the path does not
   * exist (a missing field), the key of its closest existing parent, or the opening line.
   */
  locate(path: ReadonlyArray<PropertyKey>, key = false): Position {
    let node = this.#root;
    let parentKey: Node | undefined;
    for (const [i, segment] of path.entries()) {
      const found = node ? child(node, segment) : undefined;
      if (!found) return parentKey ? this.#position(parentKey.start) : { line: 1, column: 1 };
      if (i === path.length - 1) {
        // An empty value (`title:` alone) has no position of its own: point at its key.
        const useKey = found.key && (key || found.value.result === null || found.value.result === undefined);
        return this.#position((useKey ? found.key! : found.value).start);
      }
      parentKey = found.key ?? found.value;
      node = found.value;
    }
    return { line: 1, column: 1 };
  }

  #position(offset: number): Position {
    let index = offset;
    // Skip what precedes the value itself: spaces, line breaks and a sequence dash.
    while (index < this.#source.length && /[\s:?-]/.test(this.#source[index]!)) {
      if (this.#source[index] === '-' && !/\s/.test(this.#source[index + 1] ?? ' ')) break;
      index++;
    }
    // A file with many problems asks for many positions: lines are found once, then looked up by bisection.
    this.#lineStarts ??= lineStarts(this.#source);
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: index - starts[low]! + 1 };
  }
}

// js-yaml reports some values twice (an outer and an inner node with the same result): keep the inner.
function unwrap(node: Node | undefined): Node | undefined {
  let current = node;
  while (current && current.children.length === 1 && current.kind !== 'mapping' && current.kind !== 'sequence') {
    current = current.children[0];
  }
  return current;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function child(node: Node, segment: PropertyKey): { key?: Node; value: Node } | undefined {
  node.index ??= indexOf(node);
  if (node.index instanceof Map) return node.index.get(String(segment));
  if (typeof segment !== 'number') return undefined;
  const item = node.index[segment];
  return item ? { value: item } : undefined;
}

/** A mapping's entries by key (the first of a repeated key, as they were searched before), or a list's items. */
function indexOf(node: Node): Map<string, { key?: Node; value: Node }> | Node[] {
  const children = node.children.map(unwrap).filter((n): n is Node => n !== undefined);
  if (node.kind === 'sequence') return children;
  const entries = new Map<string, { key?: Node; value: Node }>();
  if (node.kind !== 'mapping') return entries;
  for (let i = 0; i + 1 < children.length; i += 2) {
    const name = String(children[i]!.result);
    if (!entries.has(name)) entries.set(name, { key: children[i]!, value: children[i + 1]! });
  }
  // A key with no value (`title:` alone) yields a key node and nothing else at the end.
  const lastKey = children.length % 2 === 1 ? children.at(-1) : undefined;
  if (lastKey && !entries.has(String(lastKey.result))) {
    entries.set(String(lastKey.result), { key: lastKey, value: lastKey });
  }
  return entries;
}
