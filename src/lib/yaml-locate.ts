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
}

/** Locates paths such as ['salary', 'max'] or ['stack', 2] in a front-matter block. */
export class YamlLocator {
  readonly #source: string;
  readonly #root: Node | undefined;

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
    const before = this.#source.slice(0, index);
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    return { line, column: index - lineStart + 1 };
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

function child(node: Node, segment: PropertyKey): { key?: Node; value: Node } | undefined {
  const children = node.children.map(unwrap).filter((n): n is Node => n !== undefined);
  if (node.kind === 'mapping') {
    for (let i = 0; i + 1 < children.length; i += 2) {
      if (String(children[i]!.result) === String(segment)) return { key: children[i]!, value: children[i + 1]! };
    }
    // A key with no value (`title:` alone) yields a key node and nothing else at the end.
    const lastKey = children.length % 2 === 1 ? children.at(-1) : undefined;
    if (lastKey && String(lastKey.result) === String(segment)) return { key: lastKey, value: lastKey };
    return undefined;
  }
  if (node.kind === 'sequence' && typeof segment === 'number') {
    const item = children[segment];
    return item ? { value: item } : undefined;
  }
  return undefined;
}
