// The files a pull request changes, as `git diff --name-status` lists them, and which of them are
// postings or companies. Used by the contributor-path check and by `npm run validate -- --files-from`.

/** One path a change touches. A rename is listed once, with the old path in `from`. */
export interface Change {
  status: 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';
  path: string;
  /** The path before a rename or copy. */
  from?: string;
}

const STATUS: Readonly<Record<string, Change['status']>> = {
  A: 'added',
  M: 'modified',
  T: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
};

/**
 * The changes in `git diff --name-status` output, one per line (`M\tpath`, `R087\told\tnew`).
 * A line without a tab is a bare path (`git diff --name-only`), taken as modified.
 */
export function parseNameStatus(text: string): Change[] {
  const changes: Change[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const fields = line.split('\t').map(unquote);
    if (fields.length === 1) {
      changes.push({ status: 'modified', path: fields[0]!.trim() });
      continue;
    }
    changes.push(change(fields[0]!, fields.slice(1), line));
  }
  return changes;
}

/** The changes in `git diff --name-status -z` output: fields separated by NUL, safe for any file name. */
export function parseNameStatusZ(text: string): Change[] {
  const fields = text.split('\0');
  if (fields.at(-1) === '') fields.pop();
  const changes: Change[] = [];
  for (let i = 0; i < fields.length;) {
    const code = fields[i]!;
    const count = code.startsWith('R') || code.startsWith('C') ? 2 : 1;
    changes.push(change(code, fields.slice(i + 1, i + 1 + count), code));
    i += 1 + count;
  }
  return changes;
}

function change(code: string, paths: string[], source: string): Change {
  const status = STATUS[code.charAt(0)];
  if (status === undefined || paths.length === 0 || paths.some((p) => p === '')) {
    throw new Error(`not a line of git diff --name-status: ${JSON.stringify(source)}`);
  }
  if (status === 'renamed' || status === 'copied') {
    if (paths.length !== 2) throw new Error(`a rename or copy needs two paths: ${JSON.stringify(source)}`);
    return { status, from: paths[0]!, path: paths[1]! };
  }
  return { status, path: paths[0]! };
}

// Git quotes a path holding a tab, a line break, a quote or a backslash ("a\tb"), unless -z is used.
function unquote(field: string): string {
  if (!(field.length >= 2 && field.startsWith('"') && field.endsWith('"'))) return field;
  const escapes: Record<string, string> = { t: '\t', n: '\n', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b' };
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
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  for (const folder of folders) {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    if (!normalized.startsWith(prefix)) continue;
    const name = normalized.slice(prefix.length).split('/')[0];
    return name ? `${prefix}${name}` : undefined;
  }
  return undefined;
}
