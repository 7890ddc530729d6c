// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE } from './src/site/site.ts';
import { exitOnConfigProblems } from './src/build/board-config-check.ts';
import searchIndex from './src/build/integrations/search-index.ts';
import logos from './src/build/integrations/logos.ts';
import securityHeaders from './src/build/integrations/security-headers.ts';
import { PAGE_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES } from './src/site/csp.ts';
import incrementalOutput from './src/build/integrations/incremental-output.ts';
import sharedBuildState from './src/build/integrations/shared-build-state.ts';

// `astro dev` and `astro build` start here: a broken board.config.ts is reported, with its lines, before anything
// is built (the npm commands check it as they start too).
exitOnConfigProblems();

const incremental = process.env.BOARD_INCREMENTAL === '1';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  // Pages render up to 16 at a time: their file writes overlap with rendering the next ones.
  build: { format: 'directory', concurrency: 16 },
  integrations: [
    sharedBuildState(),
    mdx(),
    // One result fragment file a posting (Pagefind's default): grouping them (`maxFragments`) names each
    // posting's group in the metadata every search downloads, 22 KB more at 10,000 postings, and each result
    // fetches its neighbours with it (docs/performance.md, issue 14).
    searchIndex(),
    logos(),
    securityHeaders(),
    incrementalOutput(),
  ],
  // A Content-Security-Policy <meta> on every page, from src/site/csp.ts (which also writes it to dist/_headers).
  // Pages load only the board's own styles and images; the search page alone adds what Pagefind needs (see
  // src/pages/search.astro). Astro hashes its own scripts and styles.
  security: {
    csp: {
      directives: [...PAGE_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_RESOURCES] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  // Postings are rendered by src/board/markdown.ts; the MDX pages need no syntax highlighting (Shiki's inline
  // styles would need 'unsafe-inline' under the CSP).
  markdown: { syntaxHighlight: false },
  prefetch: false,
  // Astro's log without its line for each page rendered (30,000 writes at 10,000 postings); BUILD_LOG_LEVEL=debug
  // (src/build/build-logger.ts) keeps them, with Astro's debug messages.
  logger: {
    entrypoint: './src/build/build-logger.ts',
    config: { level: process.env.BUILD_LOG_LEVEL === 'debug' ? 'debug' : 'info' },
  },
  // With BOARD_INCREMENTAL=1, pages whose cacheKey (src/build/cache-keys.ts) and code are unchanged are copied
  // from the previous build instead of rendered again; the cache lives in node_modules/.astro, which the deploy
  // workflow keeps between runs. Filling the cache makes a build slower, so one-off builds leave it off.
  // incrementalOutput() makes dist/ hold exactly what a clean build writes: it starts from an empty dist/ into
  // which it links the cached pages, and removes those that this build no longer makes.
  experimental: { incrementalBuild: incremental },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // @astrojs/mdx marks MDX modules with a "use astro:head-inject" directive, which the bundler warns about on
        // every build (two lines of noise a newcomer reads as a problem). That one warning is dropped; every
        // other warning, of that kind or any other, still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});
