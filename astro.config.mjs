// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE } from './src/site.config.ts';

export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Postings are rendered by src/lib/markdown.ts; no remote content, no telemetry-like fetches.
  prefetch: false,
  devToolbar: { enabled: false },
});
