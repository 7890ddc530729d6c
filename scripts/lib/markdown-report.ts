// Markdown that GitHub renders (job summaries, issue bodies). Text from content files is escaped, so a
// title, message or URL can never turn into a link, an image or HTML in a report.

/**
 * `text` on one line, with every character Markdown or HTML would interpret escaped, and no @mention or #reference:
 * GitHub links those in the rendered text, escaped or not, so a word joiner (U+2060, which draws nothing) follows
 * the sign and breaks them. An issue quoting a title then pings no one and links no other issue.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/(@|\\#)(?=[\p{L}\p{N}_])/gu, '$1\u2060');
}

/** `text` as an inline code span, safe inside a table cell. */
export function markdownCode(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** A GitHub-flavoured Markdown table; cells must already be escaped. */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}
