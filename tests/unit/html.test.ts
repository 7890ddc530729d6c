// The string templates that make repeated markup (src/site/html.ts): every value is text unless it is markup the
// templates made, whatever it holds.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Markup, escapeHtml, markup } from '../../src/site/html.ts';

describe('markup templates', () => {
  it('escapes the five characters that can end text or an attribute, as Astro does', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&amp;</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    assert.equal(escapeHtml('Go & Rust, 120k–150k € / year'), 'Go &amp; Rust, 120k–150k € / year');
  });

  it('escapes every interpolated string and number, in text and in attributes', () => {
    const title = 'Staff </script><script>window.__pwned=1</script> "Engineer" & <b>Co</b> <!--';
    const made = markup`<a href="${'/x/" onmouseover="alert(1)'}">${title}</a><span>${42}</span>`;
    assert.equal(
      made.html,
      '<a href="/x/&quot; onmouseover=&quot;alert(1)">Staff &lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt; &quot;Engineer&quot; &amp; &lt;b&gt;Co&lt;/b&gt; &lt;!--</a><span>42</span>',
    );
  });

  it('keeps markup made by a template, joins lists, and leaves out null, undefined and false', () => {
    const item = (text: string) => markup`<li>${text}</li>`;
    const made = markup`<ul>${['a<', 'b'].map(item)}</ul>${null}${undefined}${false}${markup`<hr>`}`;
    assert.ok(made instanceof Markup);
    assert.equal(made.html, '<ul><li>a&lt;</li><li>b</li></ul><hr>');
    assert.equal(`${made}`, made.html);
  });

  it('takes only its own markup as markup, not a string or an object that looks like it', () => {
    const forged = { html: '<script>alert(1)</script>', toString: () => '<script>alert(1)</script>' };
    assert.equal(markup`${String(forged)}`.html, '&lt;script&gt;alert(1)&lt;/script&gt;');
    assert.equal(markup`${forged as unknown as string}`.html, '&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
