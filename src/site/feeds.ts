// RSS 2.0 and JSON Feed 1.1 documents for open postings. Readers show an RSS title or description as HTML
// (the description by the specification, titles by widespread practice, feedparser's included), so their
// text is escaped as HTML and then as XML: decoded twice, it is still the text. Categories are plain text, and
// JSON Feed says which is which (`title` and `content_text` are plain text), so they are escaped once.

/** One posting in a feed. */
export interface FeedItem {
  /** Stable and unique: the posting's URL. */
  url: string;
  /** Plain text. */
  title: string;
  /** Plain text: the facts line and the first sentences of the description. */
  summary: string;
  /** `YYYY-MM-DD`. */
  date: string;
  categories: string[];
}

export interface FeedMeta {
  title: string;
  description: string;
  /** The page the feed belongs to. */
  pageUrl: string;
  /** The feed's own URL. */
  feedUrl: string;
  /** `YYYY-MM-DD`: the build date. */
  updated: string;
}

// XML 1.0 forbids most control characters even when escaped.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text escaped for XML element content and attribute values. */
export function escapeXml(text: string): string {
  // An unpaired surrogate cannot be written in UTF-8 at all: it becomes U+FFFD.
  return text
    .toWellFormed()
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Text escaped for HTML: shown as written, whatever it holds. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text for an RSS element that readers show as HTML: escaped for HTML, then for XML. */
function htmlTextInXml(text: string): string {
  return escapeXml(escapeHtml(text));
}

function rfc822(date: string): string {
  return new Date(`${date}T00:00:00Z`).toUTCString();
}

/** An RSS 2.0 document. */
export function rss(meta: FeedMeta, items: readonly FeedItem[]): string {
  const entries = items.map((item) =>
    [
      '    <item>',
      `      <title>${htmlTextInXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      `      <pubDate>${rfc822(item.date)}</pubDate>`,
      `      <description>${htmlTextInXml(item.summary)}</description>`,
      ...item.categories.map((c) => `      <category>${escapeXml(c)}</category>`),
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${htmlTextInXml(meta.title)}</title>`,
    `    <link>${escapeXml(meta.pageUrl)}</link>`,
    `    <description>${htmlTextInXml(meta.description)}</description>`,
    '    <language>en</language>',
    `    <lastBuildDate>${rfc822(meta.updated)}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** A JSON Feed 1.1 document. */
export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[]): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: meta.pageUrl,
    feed_url: meta.feedUrl,
    language: 'en',
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      content_text: item.summary,
      date_published: `${item.date}T00:00:00Z`,
      tags: item.categories,
    })),
  };
}
