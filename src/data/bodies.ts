// Renders a posting's or company's Markdown body from its own file, when its page is built.
// Bodies never enter Astro's data store (see board-loader.ts).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBody } from '../lib/frontmatter.ts';
import { bodyText, parseBody, renderBody } from '../lib/markdown.ts';

/** A body ready for a page: safe HTML, and its first sentences as plain text. */
export interface RenderedBody {
  html: string;
  summary: string;
}

const SUMMARY_CHARS = 280;
// Summaries are small and feeds ask for the same postings again and again: keep them for the build.
const summaries = new Map<string, string>();
// Feeds are rendered before most posting pages and need their summaries: the body rendered for a summary is
// kept, with the source it came from, until its page takes it, instead of being rendered twice.
const unclaimed = new Map<string, { source: string; body: RenderedBody }>();

/** Renders the body of the content file at `filePath` (relative to the project root). */
export function renderFileBody(filePath: string): RenderedBody {
  const source = readFileSync(join(process.cwd(), filePath), 'utf8');
  const kept = unclaimed.get(filePath);
  if (kept) {
    unclaimed.delete(filePath);
    // Under `astro dev` the file may have changed since.
    if (kept.source === source) return kept.body;
  }
  const body = render(filePath, source);
  summaries.set(filePath, body.summary);
  return body;
}

function render(filePath: string, source: string): RenderedBody {
  const read = readBody(source);
  // The loader validated every file before any page is built: a failure here means it changed since.
  if (!read) throw new Error(`${filePath} no longer has valid front-matter; run npm run validate`);
  const parsed = parseBody(read.body);
  return { html: renderBody(parsed), summary: cut(bodyText(parsed, SUMMARY_CHARS)) };
}

/** The first sentences of a body as plain text, at most a few hundred characters. */
export function summaryOf(filePath: string): string {
  const summary = summaries.get(filePath);
  if (summary !== undefined) return summary;
  const source = readFileSync(join(process.cwd(), filePath), 'utf8');
  const body = render(filePath, source);
  summaries.set(filePath, body.summary);
  unclaimed.set(filePath, { source, body });
  return body.summary;
}

function cut(text: string): string {
  if (text.length <= SUMMARY_CHARS) return text;
  return `${text.slice(0, text.lastIndexOf(' ', SUMMARY_CHARS - 1))}…`;
}
