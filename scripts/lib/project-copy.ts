// A throwaway copy of the project for building another board's content: the site's own code (src, public,
// scripts, board.config.ts and the tools' configuration) and node_modules linked entry by entry, so Astro's caches (node_modules/.astro) stay separate.

import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project this script belongs to. */
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** Creates (or recreates) a project at `root`; its content is copied from `content` when given. */
export function copyProject(root: string, content?: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of [
    'src',
    'public',
    'scripts',
    'board.config.ts',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
  ]) {
    cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  }
  if (content) cpSync(content, join(root, 'content'), { recursive: true });
  if (!existsSync(join(root, 'content/pages'))) {
    cpSync(join(PROJECT, 'content/pages'), join(root, 'content/pages'), { recursive: true });
  }
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(PROJECT, 'node_modules', name), join(modules, name));
  }
  return root;
}
