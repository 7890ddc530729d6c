// The Markdown the commands write for GitHub (issue bodies, comments, job summaries): contributors' text in it is
// shown as text, and pings no one, links no other issue and renders no HTML, whether escaped or quoted as code.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, markdownCode, markdownTable } from '../../scripts/lib/markdown-report.ts';

/** The text of rendered Markdown outside code spans, as GitHub's mention and reference filters read it. */
function textOutsideCode(markdown: string): string {
  return new MarkdownIt({ html: true, linkify: true })
    .render(markdown)
    .replace(/<code>[^]*?<\/code>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const HOSTILE =
  '@maintainers fixes #1, closes acme/board#2, cc @senior-backend-jobs/maintainers <b>hi</b> [x](https://evil.example)';

describe('Markdown for GitHub', () => {
  it('escapes a title so that it shows as typed, with no @mention, #reference, Markdown link or HTML', () => {
    const cell = escapeMarkdown(HOSTILE);
    const text = textOutsideCode(markdownTable(['title'], [[cell]]));
    // What a reader sees is the title, with a word joiner after each @ and # that would have linked.
    assert.ok(text.includes(HOSTILE.replace(/([@#])(?=\w)/g, '$1\u2060')), text);
    assert.doesNotMatch(text, /(?:^|\W)@\w|#\d/);
    assert.doesNotMatch(new MarkdownIt({ html: true }).render(cell), /<a |<b>/);
  });

  it('quotes a value as code, which GitHub leaves unlinked, whatever backticks and pipes it holds', () => {
    const cell = markdownCode('`@everyone` | #1 ```');
    const html = new MarkdownIt().render(markdownTable(['value'], [[cell]]));
    assert.ok(html.includes('<td><code>`@everyone` | #1 ```</code></td>'), html);
    assert.equal(textOutsideCode(markdownTable(['value'], [[cell]])).includes('@'), false);
  });
});
