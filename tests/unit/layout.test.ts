// The layout README describes holds: the board's model (src/board/) is pure and stands on its own but for the
// board's configuration (board.config.ts, which is data and imports only its own format), the site's code never
// reaches into the command-line tools or the tests, no module imports itself through others, and every relative
// import names its file. Read from the source files themselves.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every source file under the folders, relative to the project root; fixtures are content, not code. */
function sourceFiles(...folders: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(posix.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = posix.join(dir, entry.name);
      if (entry.isDirectory()) return path === 'tests/fixtures' ? [] : walk(path);
      return /\.(ts|mjs|astro)$/.test(entry.name) ? [path] : [];
    });
  return folders.flatMap(walk).sort();
}

/** The code of a file without its comments, so that a comment naming a module is not an import. */
function code(file: string): string {
  return readFileSync(posix.join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** What a file imports (type-only imports and re-exports included): module specifiers as written. */
function imports(file: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  return [...code(file).matchAll(pattern)].map((match) => match[1]!);
}

/** A relative specifier as a path from the project root. */
function target(file: string, specifier: string): string {
  return posix.normalize(posix.join(posix.dirname(file), specifier));
}

const CONFIG = 'board.config.ts';
const FILES = [CONFIG, ...sourceFiles('src', 'scripts', 'tests')];

describe('the layout', () => {
  it('keeps src/board/ pure: no file system, processes, network or Astro runtime, and nothing outside it', () => {
    // node:net is used for parsing addresses only (isIP); astro/zod is zod itself, re-exported.
    const io = /^(node:)?(fs|fs\/promises|child_process|worker_threads|http|https|http2|dns|os|process|module)$/;
    const found: string[] = [];
    for (const file of FILES.filter((f) => f.startsWith('src/board/'))) {
      for (const specifier of imports(file)) {
        if (
          specifier.startsWith('.') &&
          !target(file, specifier).startsWith('src/board/') &&
          target(file, specifier) !== CONFIG
        ) {
          found.push(`${file} imports ${specifier}`);
        }
        if (io.test(specifier) || specifier.startsWith('astro:') || specifier === 'astro') {
          found.push(`${file} imports ${specifier}`);
        }
      }
      if (/\bprocess\.|import\.meta\.env/.test(code(file))) found.push(`${file} reads the process or its environment`);
    }
    assert.deepEqual(found, []);
  });

  it('keeps board.config.ts data: it imports its own format and nothing else, and does no I/O', () => {
    assert.deepEqual(imports(CONFIG), ['./src/board/board-config.ts']);
    assert.doesNotMatch(code(CONFIG), /\bprocess\.|import\.meta\.env|\bimport\s*\(/);
  });

  it('never has the site or the build import a command-line tool or a test', () => {
    const found = FILES.filter((f) => f.startsWith('src/')).flatMap((file) =>
      imports(file)
        .filter((s) => s.startsWith('.') && /^(scripts|tests)\//.test(target(file, s)))
        .map((s) => `${file} imports ${s}`),
    );
    assert.deepEqual(found, []);
  });

  it('names the file of every relative import, with its extension', () => {
    const found = FILES.flatMap((file) =>
      imports(file)
        .filter((s) => s.startsWith('.') && !/\.(ts|mjs|js|astro|css|json)$/.test(s))
        .map((s) => `${file} imports ${s}`),
    );
    assert.deepEqual(found, []);
  });

  it('has no import cycles, type-only imports included', () => {
    const graph = new Map(
      FILES.map((file) => [
        file,
        imports(file)
          .filter((s) => s.startsWith('.'))
          .map((s) => target(file, s)),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of FILES) visit(file, []);
    assert.deepEqual(cycles, []);
  });
});
