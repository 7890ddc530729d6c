// The files a pull request changes, as `git diff` lists them (--raw or --name-status, NUL-separated with -z or
// one per line), and which of them are postings or companies. Used by the contributor-path check and by
// `npm run validate -- --files-from`.

/** One path a change touches. A rename is listed once, with the old path in `from`. */
export interface Change {
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';
  path: string;
  /** The path before a rename or copy. */
  from?: string;
  /** git's mode of `path` after the change (`100644`, `100755`, `120000`, `160000`), when the listing has it. */
  mode?: string;
  /** git's object id of `path` after the change, when the listing has it and it is committed. */
  object?: string;
}

const STATUS: Readonly<Record<string, Change['status']>> = {
  A: 'added',
  M: 'modified',
  T: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
};

const FORMATS = 'git diff --raw or --name-status output (with or without -z), or --name-only lines';

/**
 * The changes in any listing `git diff` writes: `--raw` or `--name-status`, NUL-separated (`-z`, the one
 * form no file name can break) or one per line with git's quoting; or bare paths (`--name-only`), taken
 * as modified.
 */
export function parseChanges(text: string): Change[] {
  return text.includes('\0') ? parseNameStatusZ(text) : parseNameStatus(text);
}

/**
 * The changes in `git diff --name-status` or `--raw` output, one per line (`M\tpath`, `R087\told\tnew`,
 * `:100644 100755 1a2b… 3c4d… M\tpath`). A line without a tab is a bare path (`--name-only`), taken as modified.
 */
export function parseNameStatus(text: string): Change[] {
  const changes: Change[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    if (fields.length === 1 && !line.startsWith(':')) {
      changes.push({ status: 'modified', path: unquote(line.trim()) });
      continue;
    }
    changes.push(change(fields[0]!, fields.slice(1).map(unquote), line));
  }
  return changes;
}

/** The changes in `git diff --name-status -z` or `--raw -z` output: fields separated by NUL, safe for any name. */
export function parseNameStatusZ(text: string): Change[] {
  const fields = text.split('\0');
  if (fields.at(-1) === '') fields.pop();
  const changes: Change[] = [];
  for (let i = 0; i < fields.length;) {
    const head = fields[i]!;
    const code = head.startsWith(':') ? head.slice(head.lastIndexOf(' ') + 1) : head;
    const count = code.startsWith('R') || code.startsWith('C') ? 2 : 1;
    const paths = fields.slice(i + 1, i + 1 + count);
    if (paths.length < count) throw new Error(`the listing ends in the middle of an entry: ${JSON.stringify(head)}`);
    changes.push(change(head, paths, head));
    i += 1 + count;
  }
  return changes;
}

// `M`, `R087`, or a --raw header `:100644 100644 <object> <object> M`.
function change(head: string, paths: string[], source: string): Change {
  let code = head;
  let mode: string | undefined;
  let object: string | undefined;
  if (head.startsWith(':')) {
    const raw = /^:([0-7]{6}) ([0-7]{6}) [0-9a-f]+(?:\.\.\.)? ([0-9a-f]+)(?:\.\.\.)? ([A-Z]\d*)$/.exec(head);
    if (raw === null) throw new Error(`not ${FORMATS}: ${JSON.stringify(source)}`);
    [, , mode, object, code] = raw as unknown as [string, string, string, string, string];
    if (/^0+$/.test(object)) object = undefined;
  }
  const status = STATUS[code.charAt(0)];
  if (status === undefined || !/^[A-Z]\d*$/.test(code) || paths.length === 0 || paths.some((p) => p === '')) {
    throw new Error(`not ${FORMATS}: ${JSON.stringify(source)}`);
  }
  const known = { ...(mode === undefined ? {} : { mode }), ...(object === undefined ? {} : { object }) };
  if (status === 'renamed' || status === 'copied') {
    if (paths.length !== 2) throw new Error(`a rename or copy needs two paths: ${JSON.stringify(source)}`);
    return { status, from: paths[0]!, path: paths[1]!, ...known };
  }
  if (paths.length !== 1) throw new Error(`not ${FORMATS}: ${JSON.stringify(source)}`);
  return { status, path: paths[0]!, ...known };
}

// Git quotes a path holding a control character, a quote or a backslash ("a\tb"), unless -z is used.
function unquote(field: string): string {
  if (!(field.length >= 2 && field.startsWith('"') && field.endsWith('"'))) return field;
  const escapes: Record<string, string> = {
    t: '\t',
    n: '\n',
    r: '\r',
    v: '\v',
    f: '\f',
    '"': '"',
    '\\': '\\',
    a: '\x07',
    b: '\b',
  };
  const bytes: number[] = [];
  const inner = field.slice(1, -1);
  const encoder = new TextEncoder();
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i]!;
    if (char !== '\\') {
      bytes.push(...encoder.encode(char));
      continue;
    }
    const next = inner[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(...encoder.encode(escapes[next] ?? next));
      i += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** Every path a list of changes touches: a rename touches its old path (removed) and its new one. */
export function touchedPaths(changes: readonly Change[]): Array<{ path: string; removed: boolean }> {
  const touched: Array<{ path: string; removed: boolean }> = [];
  for (const c of changes) {
    if (c.status === 'renamed' && c.from !== undefined) touched.push({ path: c.from, removed: true });
    touched.push({ path: c.path, removed: c.status === 'deleted' });
  }
  return touched;
}

/**
 * The entry of a content folder a changed path belongs to: the path itself for a file directly in
 * one of `folders`, the sub-folder for anything deeper (the validator reports the folder), or
 * undefined for a path outside them.
 */
export function contentEntryOf(path: string, folders: readonly string[]): string | undefined {
  // git writes paths with forward slashes on every system: a backslash is part of a file's name.
  const normalized = path.replace(/^\.\//, '');
  for (const folder of folders) {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    if (!normalized.startsWith(prefix)) continue;
    const name = normalized.slice(prefix.length).split('/')[0];
    return name ? `${prefix}${name}` : undefined;
  }
  return undefined;
}
