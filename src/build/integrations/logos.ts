// Publishes company logos as the build checked them, never as contributors wrote them: Astro copies public/
// byte for byte, so when the build is done dist/logos/ is emptied and refilled with each logo's published form
// (an SVG rebuilt from its allowlist, a raster file whose format matches its name). `astro dev` serves the same
// files, so a maintainer previewing a pull request sees what the site would publish.

import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOGOS_DIR, readContentDir, readEntry } from '../content-files.ts';
import type { ContentEntry } from '../../board/content-entry.ts';
import { LOGO_HEADERS } from '../../site/csp.ts';
import { logoEntryProblem, publishedLogo } from '../../board/logo/logo.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
};

/** What is published for one entry of public/logos/: the bytes, or why nothing is. */
export type PublishedEntry =
  { ok: true; name: string; bytes: Uint8Array } | { ok: false; name: string; problems: string[] };

/** The published form of one entry of public/logos/, checked exactly as the validator checks it. */
function publishEntry(entry: ContentEntry): PublishedEntry {
  const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
  const problem = logoEntryProblem(entry);
  if (problem) return { ok: false, name, problems: [problem] };
  const output = publishedLogo(`logos/${name}`, entry.bytes);
  if (output.ok) return { ok: true, name, bytes: output.bytes };
  return { ok: false, name, problems: output.problems.map((p) => `line ${p.line}: ${p.message}`) };
}

/**
 * Replaces `outDir`/logos with the published form of every entry of the project's public/logos/: nothing a
 * contributor wrote reaches it unchecked. Returns the entries, those refused included (their files are gone).
 */
export function publishLogos(root: string, outDir: string): PublishedEntry[] {
  const target = join(outDir, 'logos');
  rmSync(target, { recursive: true, force: true });
  const entries = readContentDir(root, LOGOS_DIR).map(publishEntry);
  if (entries.length > 0) mkdirSync(target, { recursive: true });
  for (const entry of entries) if (entry.ok) writeFileSync(join(target, entry.name), entry.bytes);
  return entries;
}

/** The slice of Vite's dev server this integration uses. */
interface DevServer {
  middlewares: { use(handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void };
}

/** Serves /logos/<name> in `astro dev` as the build would publish it, with the headers a host would add. */
function devMiddleware(root: string, base: string) {
  const prefix = `${base.replace(/\/?$/, '/')}logos/`;
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split(/[?#]/)[0]!;
    if (!path.startsWith(prefix)) return next();
    let name: string;
    try {
      name = decodeURIComponent(path.slice(prefix.length));
    } catch {
      name = '';
    }
    const entry = name && !name.includes('/') ? readEntry(root, `${LOGOS_DIR}/${name}`) : undefined;
    const published = entry && entry.type !== 'other' ? publishEntry(entry) : undefined;
    for (const [header, value] of Object.entries(LOGO_HEADERS)) res.setHeader(header, value);
    if (!published?.ok) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      const reasons = published ? published.problems.join('\n') : 'there is no such logo';
      res.end(`This logo would not be published:\n${reasons}\n`);
      return;
    }
    res.setHeader('Content-Type', CONTENT_TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(published.bytes);
  };
}

export default function logos(): AstroIntegration {
  let root = '';
  return {
    name: 'board-logos',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command !== 'dev') return;
        const handler = devMiddleware(root, config.base);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'board-logos-dev',
                // Added before Vite's own middleware, which would serve public/ as it is. Nothing is returned:
                // Vite would run a returned function after its own middleware.
                configureServer: (server: DevServer) => {
                  server.middlewares.use(handler);
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const entries = publishLogos(root, fileURLToPath(dir));
        const refused = entries.filter((e) => !e.ok);
        if (refused.length > 0) {
          // Only a build that skipped the validator gets here; the refused files are already gone from dist/.
          const list = refused.map((e) => `public/logos/${e.name}: ${e.problems.join('; ')}`).join('\n');
          throw new Error(`these logos cannot be published:\n${list}`);
        }
        const svgs = entries.filter((e) => e.name.endsWith('.svg')).length;
        logger.info(`published ${entries.length} logos (${svgs} SVGs rebuilt from their allowlist)`);
      },
    },
  };
}
