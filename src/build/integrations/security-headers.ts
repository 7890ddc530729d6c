// Writes dist/_headers when the build is done: the pages' Content-Security-Policy as an HTTP header, plus what
// only a header can do (forbid framing, a strict policy for logos opened on their own, nosniff), for the hosts
// that read the file. The policy is taken from the search page Astro just built, so the header and the pages'
// <meta> never differ; the build fails if that page lacks a directive src/site/csp.ts defines.

import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PAGE_DIRECTIVES,
  SCRIPT_RESOURCES,
  SEARCH_DIRECTIVES,
  SEARCH_SCRIPT_RESOURCES,
  STYLE_RESOURCES,
  headersFile,
  metaPolicy,
  missingDirectives,
} from '../../site/csp.ts';
import { paths } from '../../site/paths.ts';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'board-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const page = join(out, paths.search(), 'index.html');
        const policy = metaPolicy(readFileSync(page, 'utf8'));
        if (policy === undefined) throw new Error(`${page} has no Content-Security-Policy <meta>`);
        const missing = missingDirectives(policy, [
          ...PAGE_DIRECTIVES,
          ...SEARCH_DIRECTIVES,
          `script-src ${[...SCRIPT_RESOURCES, ...SEARCH_SCRIPT_RESOURCES].join(' ')}`,
          `style-src ${STYLE_RESOURCES.join(' ')}`,
        ]);
        if (missing.length > 0) {
          throw new Error(`the search page's policy lacks ${missing.join('; ')}, so _headers would differ from it`);
        }
        writeFileSync(join(out, '_headers'), headersFile(base, policy));
        logger.info(
          "wrote _headers: the pages' Content-Security-Policy, frame-ancestors, and a strict policy for logos",
        );
      },
    },
  };
}
