// Writes Pagefind's index as the board publishes it. Pagefind's result fragments are cut down to what the search
// page shows: a fragment is what a reader downloads for each result, and Pagefind stores in it the whole indexed
// text (for excerpts) and every filter value, which the search page never shows; without them a result is half
// a kilobyte instead of three. The index is taken from Pagefind in memory and each file written once, so the
// fragments are not written whole, read back and written again. Pagefind's own interfaces are left out: the
// board has its own.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** What Pagefind 1.x writes at the start of every file it compresses, before the data. */
const SIGNATURE = 'pagefind_dcd';

/** Pagefind's prebuilt search interfaces, which the board does not use. */
const INTERFACES = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** A fragment as Pagefind 1.x writes it: the fields pagefind.js reads when a result's data is asked for. */
interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: unknown[];
}

/** A file of the index, as Pagefind's getFiles() gives it: its path in the bundle folder and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** Fragment files written, and their bytes before and after. */
export interface SlimmedFragments {
  files: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * Writes the index's files into `outputPath`, every fragment without its text and filters: each keeps its URL,
 * word count and meta. The words stay searchable (they are in the index chunks, not the fragments); only
 * excerpts, which the search page does not show, would come out empty. Throws, naming the file, when a fragment
 * is not in the format this reads, so that a Pagefind upgrade that changes it fails the build.
 */
export function writeIndex(files: readonly IndexFile[], outputPath: string): SlimmedFragments {
  const slimmed: SlimmedFragments = { files: 0, bytesBefore: 0, bytesAfter: 0 };
  const folders = new Set<string>();
  for (const file of files) {
    if (INTERFACES.test(file.path)) continue;
    const target = join(outputPath, file.path);
    if (!target.startsWith(join(outputPath, '/')))
      throw new Error(`Pagefind named a file outside its folder: ${file.path}`);
    let content = file.content;
    if (file.path.startsWith('fragment/')) {
      content = slimFragment(file.path, file.content);
      slimmed.files++;
      slimmed.bytesBefore += file.content.length;
      slimmed.bytesAfter += content.length;
    }
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, content);
  }
  return slimmed;
}

/** A fragment file (or a group of them, with Pagefind's maxFragments) without text and filters. */
function slimFragment(path: string, compressed: Uint8Array): Buffer {
  const text = gunzipSync(compressed).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${path} does not start with Pagefind's "${SIGNATURE}"`);
  const data = JSON.parse(text.slice(SIGNATURE.length)) as unknown;
  // Grouped fragments (Pagefind's maxFragments) are an object of fragments by page hash.
  const fragments = isFragment(data) ? [data] : Object.values(data as Record<string, unknown>);
  for (const fragment of fragments) {
    if (!isFragment(fragment)) throw new Error(`${path} holds a fragment this build cannot read`);
    fragment.content = '';
    fragment.filters = {};
  }
  return gzipSync(SIGNATURE + JSON.stringify(data), { level: 9 });
}

function isFragment(value: unknown): value is Fragment {
  if (typeof value !== 'object' || value === null) return false;
  const fragment = value as Partial<Fragment>;
  return (
    typeof fragment.url === 'string' &&
    typeof fragment.content === 'string' &&
    typeof fragment.meta === 'object' &&
    typeof fragment.filters === 'object'
  );
}
