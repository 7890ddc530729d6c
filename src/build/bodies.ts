// Renders a posting's or company's Markdown body from its own file, when its page is built.
// Bodies never enter Astro's data store (see board-loader.ts).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBody } from '../board/frontmatter.ts';
import { bodyText, parseBody, renderBody, type ParsedBody } from '../board/markdown.ts';
import { offeredBody, takeOfferedBody, type OfferedBody, type RenderedBody } from './build-state.ts';

const SUMMARY_CHARS = 280;
// Summaries are small and feeds ask for the same postings again and again: keep them for the build.
const summaries = new Map<string, string>();
// Feeds are rendered before most posting pages and need their summaries: the body rendered for a summary is
// kept, with a digest of the source it came from, until its page takes it, instead of being rendered twice.
const unclaimed = new Map<string, OfferedBody>();

/** The digest an offered body is matched on: of the file's text as it was read. */
export function sourceDigest(source: string): string {
  return createHash('sha1').update(source).digest('base64url');
}

// The search index's worker parses every open posting's body for its words; it renders the page's body from the
// same parse and offers it (through build-state.ts, which the integration and the pages share), so that the pages
// need not parse it again.

/** Renders the body of the content file at `filePath` (relative to the project root). */
export function renderFileBody(filePath: string): RenderedBody {
  const source = readFileSync(join(process.cwd(), filePath), 'utf8');
  const digest = sourceDigest(source);
  const own = unclaimed.get(filePath);
  unclaimed.delete(filePath);
  // A file may have changed since it was rendered (under `astro dev`, or during a build): then it is rendered
  // again, from what the file holds now.
  const body =
    takeOfferedBody(filePath, digest) ?? (own?.digest === digest ? own.body : renderSource(filePath, source));
  summaries.set(filePath, body.summary);
  return body;
}

/** Renders a content file's body from the file's source. */
export function renderSource(filePath: string, source: string): RenderedBody {
  const read = readBody(source);
  // The loader validated every file before any page is built: a failure here means it changed since.
  if (!read) throw new Error(`${filePath} no longer has valid front-matter; run npm run validate`);
  return renderParsed(parseBody(read.body));
}

/** A page's body from a parsed body. */
export function renderParsed(parsed: ParsedBody): RenderedBody {
  return { html: renderBody(parsed), summary: cut(bodyText(parsed, SUMMARY_CHARS)) };
}

/** The first sentences of a body as plain text, at most a few hundred characters. */
export function summaryOf(filePath: string): string {
  const summary = summaries.get(filePath);
  if (summary !== undefined) return summary;
  const source = readFileSync(join(process.cwd(), filePath), 'utf8');
  const digest = sourceDigest(source);
  const kept = offeredBody(filePath);
  if (kept?.digest === digest) {
    summaries.set(filePath, kept.body.summary);
    return kept.body.summary;
  }
  const body = renderSource(filePath, source);
  summaries.set(filePath, body.summary);
  unclaimed.set(filePath, { file: filePath, digest, body });
  return body.summary;
}

function cut(text: string): string {
  if (text.length <= SUMMARY_CHARS) return text;
  return `${text.slice(0, text.lastIndexOf(' ', SUMMARY_CHARS - 1))}…`;
}
