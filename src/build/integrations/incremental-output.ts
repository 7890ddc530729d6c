// Makes an incremental build (BOARD_INCREMENTAL=1) publish exactly what a clean build publishes. Astro's
// incremental build skips a page whose cache key is unchanged, keeping the file it finds in dist/ or copying its
// own cached copy back, and nothing removes what a build no longer makes. So before the build, dist/ is cleared
// down to the pages of Astro's cache, each one a hard link to the cached copy (linked in where missing): as if it
// were emptied like a clean build's, but a page Astro skips is in place without being copied. After the build, the
// linked pages Astro neither kept nor wrote again (deleted postings, listings and feeds that are gone) are removed.

import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { linkSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, type BigIntStats } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The part of Astro's incremental manifest (`incremental-build.json` in its cache folder, written by
 * astro/dist/core/build/incremental.js) this integration reads: every page the build recorded, by route.
 */
const AstroManifestSchema = z.looseObject({
  version: z.literal(1),
  routes: z.record(
    z.string(),
    z.looseObject({
      paths: z.record(
        z.string(),
        /** The page's file, relative to the output folder and URL-encoded. */
        z.looseObject({ outputFile: z.string() }),
      ),
    }),
  ),
});

/** Where Astro's incremental build keeps its manifest and its copy of each page, inside its cache folder. */
const MANIFEST_FILE = 'incremental-build.json';
const CACHED_PAGES = 'dist/';

/** The output folder and Astro's record of it disagree: the build stops rather than publish it. */
export class IncrementalOutputError extends Error {}

/** A file's identity and last write, to tell later whether anything wrote it. */
interface Stamp {
  ino: bigint;
  mtimeNs: bigint;
}

function stampOf(stats: BigIntStats): Stamp {
  return { ino: stats.ino, mtimeNs: stats.mtimeNs };
}

/** The stats of a file, or undefined when there is none. */
function statIfAny(file: string): BigIntStats | undefined {
  try {
    return statSync(file, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The output files Astro's manifest records, relative to the output folder (decoded), or an error saying why the
 * manifest cannot be read.
 */
export function recordedPages(text: string): Set<string> | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return `it is not JSON (${(error as Error).message})`;
  }
  const parsed = AstroManifestSchema.safeParse(json);
  if (!parsed.success) return `it is not in the format this build knows (${parsed.error.issues[0]?.message})`;
  const base = new URL('file:///out/');
  const pages = new Set<string>();
  for (const route of Object.values(parsed.data.routes)) {
    for (const { outputFile } of Object.values(route.paths)) {
      const url = new URL(outputFile, base);
      if (!url.href.startsWith(base.href) || url.search || url.hash) {
        return `a page is recorded outside the output folder: ${outputFile}`;
      }
      pages.add(decodeURIComponent(url.pathname.slice(base.pathname.length)));
    }
  }
  return pages;
}

/**
 * Removes from the output folder every file that is not the cached copy of its page itself (a hard link to it),
 * and every folder that leaves empty; `.git` stays, as Astro's clean build leaves it. Returns the links kept.
 */
function clearOutput(dir: string, cached: ReadonlyMap<string, BigIntStats>, prefix = ''): Map<string, Stamp> {
  const kept = new Map<string, Stamp>();
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return kept;
    throw error;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const page = `${prefix}${entry.name}`;
    if (entry.isDirectory()) {
      if (page === '.git') continue;
      const inside = clearOutput(path, cached, `${page}/`);
      for (const [name, stamp] of inside) kept.set(name, stamp);
      if (inside.size === 0) removeIfEmpty(path);
      continue;
    }
    const source = entry.isFile() ? cached.get(page) : undefined;
    if (source) {
      const stats = statSync(path, { bigint: true });
      if (stats.ino === source.ino && stats.dev === source.dev) {
        kept.set(page, stampOf(stats));
        continue;
      }
    }
    rmSync(path, { force: true });
  }
  return kept;
}

/** Removes a folder if it is empty. */
function removeIfEmpty(dir: string): boolean {
  try {
    rmdirSync(dir);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') return false;
    if (code === 'ENOENT') return true;
    throw error;
  }
}

/** Removes `dir` and its parents up to (not including) `root` while they are empty. */
function removeEmptyFolders(dir: string, root: string): void {
  for (let current = dir; current.startsWith(root + sep); current = dirname(current)) {
    if (!removeIfEmpty(current)) return;
  }
}

/** One build's state: what was linked into the output folder, and the manifest it started from. */
interface Run {
  outDir: string;
  manifestFile: string;
  /** The manifest before the build, to check that Astro wrote a new one. */
  manifestBefore: Stamp | undefined;
  /** Pages linked from Astro's cache, relative to the output folder, with their state before the build. */
  linked: Map<string, Stamp>;
}

/**
 * The pages of Astro's cache that its manifest records, with their stats; none when there is no usable manifest.
 * When a page in the cache was written after the build that recorded it (a build stopped half-way, or a page in
 * the output folder was edited, which is the same file), the cache no longer matches its manifest: the manifest
 * goes, and Astro renders every page.
 */
function usableCache(run: Run, cachedPages: string, warn: (message: string) => void): Map<string, BigIntStats> {
  const cached = new Map<string, BigIntStats>();
  const manifest = statIfAny(run.manifestFile);
  if (!manifest) return cached;
  const pages = recordedPages(readFileSync(run.manifestFile, 'utf8'));
  run.manifestBefore = stampOf(manifest);
  if (typeof pages === 'string') {
    // Astro reads its own manifest and copies the pages it skips from its cache: the output is the same, only
    // slower.
    warn(`Astro's incremental manifest cannot be read: ${pages}; pages are copied instead of linked.`);
    return cached;
  }
  for (const page of pages) {
    const stats = statIfAny(join(cachedPages, page));
    if (!stats?.isFile()) continue; // Astro renders what its cache lacks.
    if (stats.mtimeNs > manifest.mtimeNs) {
      rmSync(run.manifestFile);
      run.manifestBefore = undefined;
      warn(
        `${page} in Astro's cache changed after the last build recorded it (a build stopped half-way, or a page in the output folder was edited), so the cache is not used: every page is rendered again.`,
      );
      return new Map();
    }
    cached.set(page, stats);
  }
  return cached;
}

/**
 * Leaves in the output folder only the pages of Astro's last build, each one the cached copy itself: what is
 * already a link to it stays, the rest of the cache is linked in, and every other file goes.
 */
export function prepareOutput(outDir: string, cacheDir: string, warn: (message: string) => void): Run {
  const run: Run = {
    outDir: resolve(outDir),
    manifestFile: join(cacheDir, MANIFEST_FILE),
    manifestBefore: undefined,
    linked: new Map(),
  };
  const cachedPages = join(cacheDir, CACHED_PAGES);
  const cached = usableCache(run, cachedPages, warn);
  run.linked = clearOutput(run.outDir, cached);
  for (const [page, stats] of cached) {
    if (run.linked.has(page)) continue;
    const target = join(run.outDir, page);
    try {
      try {
        linkSync(join(cachedPages, page), target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        mkdirSync(dirname(target), { recursive: true });
        linkSync(join(cachedPages, page), target);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Another file system, or one without hard links: Astro copies the pages it skips instead.
      if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK') break;
      throw error;
    }
    run.linked.set(page, stampOf(stats));
  }
  return run;
}

/**
 * After the build: removes each linked page that Astro's new manifest does not record and that no one wrote during
 * the build, with the folders it leaves empty. Throws when the output and the manifest disagree.
 */
export function pruneOutput(run: Run): { kept: number; removed: number } {
  // Without a manifest written by this build, the pages it no longer makes cannot be told from the others.
  const distrust = (problem: string) =>
    new IncrementalOutputError(
      `${problem}, so the output folder cannot be trusted. Delete ${dirname(run.manifestFile)} and build again; if this happens every time, Astro's incremental build has changed and src/build/integrations/incremental-output.ts must follow it.`,
    );
  const manifest = statIfAny(run.manifestFile);
  if (!manifest) {
    if (run.linked.size === 0) return { kept: 0, removed: 0 };
    throw distrust(`Astro wrote no incremental manifest (${run.manifestFile}) in this build`);
  }
  const before = run.manifestBefore;
  if (before && before.ino === manifest.ino && before.mtimeNs === manifest.mtimeNs) {
    throw distrust(`Astro did not update its incremental manifest (${run.manifestFile}) in this build`);
  }
  const pages = recordedPages(readFileSync(run.manifestFile, 'utf8'));
  if (typeof pages === 'string') {
    if (run.linked.size === 0) return { kept: 0, removed: 0 };
    throw distrust(`Astro's incremental manifest (${run.manifestFile}) cannot be read: ${pages}`);
  }
  const missing = [...pages].filter((page) => !statIfAny(join(run.outDir, page)));
  if (missing.length > 0) {
    const some = `${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`;
    throw distrust(
      `Astro recorded ${missing.length === 1 ? 'a page that is' : `${missing.length} pages that are`} not in the output folder (${some})`,
    );
  }
  let kept = 0;
  const removed: string[] = [];
  for (const [page, stamp] of run.linked) {
    const file = join(run.outDir, page);
    const now = statIfAny(file);
    // Rewritten or replaced during the build: this build's output, whoever wrote it.
    const untouched = now !== undefined && now.ino === stamp.ino && now.mtimeNs === stamp.mtimeNs;
    if (pages.has(page)) {
      if (untouched) kept++;
    } else if (untouched) {
      rmSync(file);
      removed.push(file);
    }
  }
  for (const file of removed) removeEmptyFolders(dirname(file), run.outDir);
  return { kept, removed: removed.length };
}

export default function incrementalOutput(): AstroIntegration {
  let active = false;
  let run: Run | undefined;
  /** Time spent clearing and pruning dist/, in milliseconds. */
  let spent = 0;
  return {
    name: 'board-incremental-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        active = command === 'build' && config.experimental.incrementalBuild === true;
        // prepareOutput() clears the output folder instead, keeping the pages it can link from Astro's cache.
        if (active) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config, logger }) => {
        if (!active) return;
        const started = performance.now();
        run = prepareOutput(fileURLToPath(config.outDir), fileURLToPath(config.cacheDir), (message) =>
          logger.warn(message),
        );
        spent = performance.now() - started;
      },
      'astro:build:done': ({ logger }) => {
        if (!run) return;
        const started = performance.now();
        const { kept, removed } = pruneOutput(run);
        spent += performance.now() - started;
        const gone = removed > 0 ? `, removed ${removed} pages this build no longer makes` : '';
        logger.info(
          `kept ${kept} unchanged pages of the last build in place (linked from Astro's cache)${gone}; ${(spent / 1000).toFixed(2)} s clearing and pruning dist/`,
        );
      },
    },
  };
}
