// Pagefind's result fragments cut down to what the search page shows. A fragment is what a reader downloads
// for each result; Pagefind stores in it the whole indexed text (for excerpts) and every filter value, which
// the search page never shows: without them a result is a quarter of a kilobyte instead of two.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** What Pagefind 1.x writes at the start of every file it compresses, before the data. */
const SIGNATURE = 'pagefind_dcd';

/** A fragment as Pagefind 1.x writes it: the fields pagefind.js reads when a result's data is asked for. */
interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: unknown[];
}

/** Fragment files the folder holds, and their bytes before and after. */
export interface SlimmedFragments {
  files: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * Rewrites every fragment of the Pagefind index in `pagefindDir` without its text and filters: each keeps its
 * URL, word count and meta. The words stay searchable (they are in the index chunks, not the fragments); only
 * excerpts, which the search page does not show, would come out empty. Throws, naming the file, when a
 * fragment is not in the format this reads, so that a Pagefind upgrade that changes it fails the build.
 */
export function slimFragments(pagefindDir: string): SlimmedFragments {
  const folder = join(pagefindDir, 'fragment');
  const slimmed: SlimmedFragments = { files: 0, bytesBefore: 0, bytesAfter: 0 };
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    const compressed = readFileSync(file);
    const text = gunzipSync(compressed).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${file} does not start with Pagefind's "${SIGNATURE}"`);
    const data = JSON.parse(text.slice(SIGNATURE.length)) as unknown;
    // Grouped fragments (Pagefind's maxFragments) are an object of fragments by page hash.
    const fragments = isFragment(data) ? [data] : Object.values(data as Record<string, unknown>);
    for (const fragment of fragments) {
      if (!isFragment(fragment)) throw new Error(`${file} holds a fragment this build cannot read`);
      fragment.content = '';
      fragment.filters = {};
    }
    const slim = gzipSync(SIGNATURE + JSON.stringify(data), { level: 9 });
    writeFileSync(file, slim);
    slimmed.files++;
    slimmed.bytesBefore += compressed.length;
    slimmed.bytesAfter += slim.length;
  }
  return slimmed;
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
