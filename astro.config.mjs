// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  // Tests build the sample board on a fixed date into their own folder, leaving dist/ alone.
  outDir: process.env.BOARD_OUT_DIR ?? 'dist',
  base: SITE.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Postings are rendered by src/lib/markdown.ts; no remote content, no telemetry-like fetches.
  prefetch: false,
  devToolbar: { enabled: false },
});
