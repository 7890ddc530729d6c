// Posting bodies: the checks the validator runs, HTML that stays safe whatever the Markdown holds, and bodies
// rendered by the search index's worker for their pages.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderFileBody, renderParsed, renderSource, sourceDigest, summaryOf } from '../../src/build/bodies.ts';
import { offerBodies, withdrawBodies } from '../../src/build/build-state.ts';
import {
  assertSafeHtml,
  bodyProblems,
  bodyText,
  checkBody,
  markdownToHtml,
  mayHaveProblems,
  parseBody,
  textLength,
} from '../../src/board/markdown.ts';

describe('rendering posting Markdown', () => {
  it('renders h1 as h2 (the page has its own h1), lists, emphasis, code and safe links', () => {
    assert.equal(
      markdownToHtml('# Team\n\n### Scale\n\n- **Go** and `SQL`\n\n[Blog](https://acme.example/blog "t")\n'),
      '<h2>Team</h2>\n<h3>Scale</h3>\n<ul>\n<li><strong>Go</strong> and <code>SQL</code></li>\n</ul>\n<p><a href="https://acme.example/blog" rel="nofollow ugc noopener">Blog</a></p>\n',
    );
  });

  it('shows raw HTML as text instead of running it', () => {
    const html = markdownToHtml('<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there\n');
    assert.equal(
      html,
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Hi &lt;img src=x onerror=alert(1)&gt; there</p>\n',
    );
  });

  it('drops links that are not https: or mailto:, in every link form, and keeps their text', () => {
    const html = markdownToHtml(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#x73;cript:alert(1)) [d][r] <vbscript:x> [e](data:text/html,x) [f](/relative) [g](http://plain.example)\n\n[r]: javascript:alert(2)\n',
    );
    assert.doesNotMatch(html, /<a /);
    assert.match(html, /^<p>a b c d/);
  });

  it('drops links to this machine or a private network, and direction-changing characters around kept links', () => {
    assert.equal(
      markdownToHtml('[wiki](https://10.0.0.5/) [admin](https://localhost/) [hr](https://hr.internal/)\n'),
      '<p>wiki admin hr</p>\n',
    );
    assert.equal(
      markdownToHtml(
        'Apply \u202E[elpmaxe.emca](https://acme.example/apply)\u202C now; \u200Fעברית\n\nNo link \u200Fעברית\n',
      ),
      '<p>Apply <a href="https://acme.example/apply" rel="nofollow ugc noopener">elpmaxe.emca</a> now; עברית</p>\n<p>No link \u200Fעברית</p>\n',
    );
  });

  it('writes a link whose scheme is in capitals with the scheme in lower case, as the allowlist expects', () => {
    const body = '[a](HTTPS://acme.example/a) <MailTo:jobs@acme.example> [b](hTtPs://acme.example/b)\n';
    assert.deepEqual(checkBody(body), []);
    assert.equal(
      markdownToHtml(body),
      '<p><a href="https://acme.example/a" rel="nofollow ugc noopener">a</a> <a href="mailto:jobs@acme.example">MailTo:jobs@acme.example</a> <a href="https://acme.example/b" rel="nofollow ugc noopener">b</a></p>\n',
    );
  });

  it('refuses and drops links with a user name or password, which make an address read as another host', () => {
    const body =
      '[a](https://acme.example@evil.example/) [b](https://user:pass@acme.example/) [c](<HTTPS://u@acme.example>)\n';
    const refused = (href: string) =>
      `link to "${href}" is not allowed; a link must not contain a user name or password`;
    assert.deepEqual(
      checkBody(body).map((p) => `${p.column} ${p.message}`),
      [
        `5 ${refused('https://acme.example@evil.example/')}`,
        `45 ${refused('https://user:pass@acme.example/')}`,
        `83 ${refused('HTTPS://u@acme.example')}`,
      ],
    );
    assert.equal(markdownToHtml(body), '<p>a b c</p>\n');
  });

  it('refuses and drops mailto: links to this machine or a private network, as for apply links', () => {
    const body =
      'Write to <jobs@10.0.0.1>, [HR](mailto:hr@intranet), [ops](mailto:ops@acme.example,root@nas.local) or [us](mailto:jobs%40localhost).\n\nOr [jobs](mailto:jobs@acme.example?subject=Hi), not [here](mailto:jobs@127.1).\n';
    assert.deepEqual(
      checkBody(body).map((p) => `${p.line}:${p.column} ${p.message}`),
      [
        '1:11 link to "mailto:jobs@10.0.0.1" is not allowed; the host is an IP address, 10.0.0.1 (a private network address); link to the site by its domain name',
        '1:32 link to "mailto:hr@intranet" is not allowed; the host intranet is a single name, which only works on a private network; write the full host name, like acme.example',
        `1:59 link to "mailto:ops@acme.example,root@nas.local" is not allowed; the host nas.local is a name on a private network (.local), which no one outside it can open; use the site's public address`,
        `1:107 link to "mailto:jobs%40localhost" is not allowed; the host localhost is the computer that opens the link; use the site's public address`,
        '3:60 link to "mailto:jobs@127.1" is not allowed; the host is an IP address, 127.0.0.1 (a loopback address, which is this machine); link to the site by its domain name',
      ],
    );
    assert.equal(
      markdownToHtml(body),
      '<p>Write to jobs@10.0.0.1, HR, ops or us.</p>\n<p>Or <a href="mailto:jobs@acme.example?subject=Hi">jobs</a>, not here.</p>\n',
    );
  });

  it('turns images into their text', () => {
    assert.equal(
      markdownToHtml('![diagram of the system](https://acme.example/d.png)\n'),
      '<p>diagram of the system</p>\n',
    );
  });

  it('refuses to pass HTML outside the allowlist', () => {
    assert.throws(() => assertSafeHtml('<p onclick="x">a</p>'), /unexpected attribute/);
    assert.throws(() => assertSafeHtml('<iframe></iframe>'), /<iframe>/);
    assert.throws(() => assertSafeHtml('<a href="javascript:x">a</a>'), /unexpected attribute/);
    assert.doesNotThrow(() => assertSafeHtml('<ol start="3"><li><a href="mailto:a@b.example">a</a></li></ol>'));
  });
});

describe('the text of a body', () => {
  const body = [
    '## About   the team',
    '',
    'We run **Go** services with `PostgreSQL`,\nand [a blog](https://acme.example/blog).',
    '',
    '```',
    'SELECT 1;',
    '```',
    '',
    ...Array.from({ length: 40 }, (_, i) => [`Paragraph ${i} says something about the work.`, '']).flat(),
  ].join('\n');

  it('is the visible text, whitespace collapsed, code included, link targets left out', () => {
    assert.match(
      bodyText(parseBody(body)),
      /^About the team We run Go services with PostgreSQL, and a blog\. SELECT 1; Paragraph 0 says/,
    );
  });

  it('stops early for a summary with exactly the beginning of the whole text', () => {
    const whole = bodyText(parseBody(body));
    for (const atLeast of [0, 10, 60, 280, 1000]) {
      const prefix = bodyText(parseBody(body), atLeast);
      assert.ok(whole.startsWith(prefix), `a prefix for ${atLeast}`);
      assert.ok(prefix.length > atLeast, `longer than ${atLeast}`);
      assert.ok(prefix.length < whole.length, `shorter than the whole for ${atLeast}`);
    }
    assert.equal(bodyText(parseBody(body), whole.length), whole);
    // Mostly whitespace: the text is still exact.
    const spaced = `    code${' '.repeat(5000)}end\n\nAfter.`;
    assert.equal(
      bodyText(parseBody(spaced), 5),
      bodyText(parseBody(spaced)).slice(0, bodyText(parseBody(spaced), 5).length),
    );
  });
});

describe('checking posting Markdown', () => {
  it('finds the same problems with the quick check as with a full parse', () => {
    const bodies = [
      'Plain text only.\n',
      'A [link](https://acme.example/x) and [mail](mailto:a@acme.example).\n',
      'A [link](https://acme.example/x_(y)) with parentheses.\n',
      'A [ref][r] link.\n\n[r]: https://acme.example\n',
      'A [ref][r] link.\n\n> [r]: javascript:alert(1)\n',
      'A [bad](javascript:alert(1)) link.\n',
      'A [bad]( javascript:alert(1) ) link.\n',
      'Code `[x](javascript:y)` is fine.\n',
      'An ![image](https://acme.example/a.png).\n',
      'An <b>inline</b> tag.\n',
      'A [link](https://10.0.0.5/wiki) to a private address.\n',
      'A [link](https://wiki.corp/x) and [another](https://intranet/).\n',
      'A [ref][r] link.\n\n[r]: https://localhost/admin\n',
      'IPv4 spelt [as hex](https://0x7f.1/) and [as octal](https://0177.0.0.1/), [short](https://127.1/).\n',
      'A [name](https://ten.0.0.5.example/) that ends in a word is a name.\n',
      'Link text [https://acme.example/\u202Efdp.exe](https://acme.example/x) reversed.\n',
      '\u202E[moc.elpmaxe](https://acme.example/x) reversed around.\n',
      'Hebrew \u200F\u05E2\u05D1\u05E8\u05D9\u05EA\u200F with no link.\n',
      'Apply &#x202E;[elpmaxe.emca](https://acme.example/apply)&#x202C; now.\n',
      'Read [&rlm;fdp.exe](https://acme.example/x) and &#8207;\u200F twice.\n',
      '&#x202E;\u200F\u05E2\u05D1\u05E8\u05D9\u05EA <https://acme.example/x>\n',
      'Mail [jobs](mailto:jobs@10.0.0.1) or [hr](mailto:hr@nas.local), not [us](mailto:us@acme.example).\n',
    ];
    for (const body of bodies) {
      const full = bodyProblems(parseBody(body), body);
      assert.deepEqual(checkBody(body), full, body);
      if (full.length > 0) assert.equal(mayHaveProblems(body), true, body);
    }
  });

  it('names what is wrong with a link to this machine or a private network, and a direction-changing link text', () => {
    const body =
      'See [the wiki](https://10.0.0.5/wiki).\n\nRead [https://acme.example/\u202Efdp.exe](https://acme.example/x).\n';
    assert.deepEqual(checkBody(body), [
      {
        line: 1,
        column: 16,
        message:
          'link to "https://10.0.0.5/wiki" is not allowed; the host is an IP address, 10.0.0.5 (a private network address); link to the site by its domain name',
      },
      {
        line: 3,
        column: 28,
        message:
          'link text contains a direction-changing character (U+202E), which can make it read as another address; delete it',
      },
    ]);
  });

  it('refuses a direction-changing character written as a character reference beside a link', () => {
    const around =
      'a direction-changing character (U+202E) in a paragraph with a link can make the link read as another address; delete it';
    assert.deepEqual(checkBody('Apply &#x202E;[elpmaxe.emca](https://acme.example/apply) now.\n'), [
      { line: 1, column: 7, message: around },
    ]);
    assert.deepEqual(checkBody('Read [&rlm;fdp.exe](https://acme.example/x).\n'), [
      {
        line: 1,
        column: 7,
        message:
          'link text contains a direction-changing character (U+200F), which can make it read as another address; delete it',
      },
    ]);
    assert.equal(
      markdownToHtml('Apply &#x202E;[elpmaxe.emca](https://acme.example/apply) now.\n'),
      '<p>Apply <a href="https://acme.example/apply" rel="nofollow ugc noopener">elpmaxe.emca</a> now.</p>\n',
    );
  });

  it('names the column of each repeated problem on a line, and the right line after a tag over two lines', () => {
    const html = (tag: string) =>
      `raw HTML is not allowed (found ${JSON.stringify(tag)}); use Markdown instead, or put it in \`backticks\` to show it as code`;
    const link = 'link to "javascript:x" is not allowed; links must be complete https:// URLs or mailto: addresses';
    assert.deepEqual(checkBody('a <b> and <b>, [x](javascript:x) [x](javascript:x)\n'), [
      { line: 1, column: 3, message: html('<b>') },
      { line: 1, column: 11, message: html('<b>') },
      { line: 1, column: 20, message: link },
      { line: 1, column: 38, message: link },
    ]);
    assert.deepEqual(checkBody('para <a\nhref=x> then\n<i> and [y](javascript:x)\n'), [
      { line: 1, column: 6, message: html('<a\nhref=x>') },
      { line: 3, column: 1, message: html('<i>') },
      { line: 3, column: 13, message: link },
    ]);
  });

  it('counts letters and digits, not markup or link targets', () => {
    assert.equal(textLength('## Team\n\n**Go** and _Rust_, 24/7.'), 16);
    assert.equal(textLength('[our blog](https://acme.example/a-very-long-address)'), 7);
    assert.equal(textLength('Zürich 日本'), 8);
    assert.equal(textLength('a'.repeat(1000), 300), 301);
    // Each "](" skips to the first ")" after it, found once for all of them; with none, nothing is skipped.
    assert.equal(textLength('x](y](z) w](v) u'), 3);
    assert.equal(textLength('a](b c](d e'), 5);
    assert.equal(textLength(`${'](a'.repeat(50_000)}`), 50_000);
  });
});

describe('bodies rendered ahead of their page', () => {
  // renderFileBody reads paths relative to the working folder, as pages do in a build.
  const folder = mkdtempSync(join(tmpdir(), 'board-bodies-'));
  const file = 'content/jobs/offered.md';
  const source = '---\ntitle: Offered\n---\nWe run **Kafka** in three regions.\n';
  mkdirSync(join(folder, 'content/jobs'), { recursive: true });
  writeFileSync(join(folder, file), source);
  const cwd = process.cwd();
  before(() => process.chdir(folder));
  after(() => {
    process.chdir(cwd);
    rmSync(folder, { recursive: true, force: true });
  });

  it('are the bodies the page renders itself, from the same parse', () => {
    assert.deepEqual(renderParsed(parseBody('We run **Kafka** in three regions.\n')), renderSource(file, source));
  });

  it('are used by the page when the file still holds what they were rendered from, once', () => {
    withdrawBodies();
    const offered = { html: '<p>rendered by the worker</p>', summary: 'by the worker' };
    offerBodies([{ file, digest: sourceDigest(source), body: offered }]);
    assert.equal(summaryOf(file), 'by the worker');
    assert.deepEqual(renderFileBody(file), offered);
    assert.equal(renderFileBody(file).html, '<p>We run <strong>Kafka</strong> in three regions.</p>\n');
    assert.deepEqual(withdrawBodies(), { offered: 1, used: 1 });
  });

  it('are rendered again when the file changed after they were rendered', () => {
    withdrawBodies();
    offerBodies([
      { file, digest: sourceDigest(`${source}Changed since.\n`), body: { html: '<p>stale</p>', summary: 'stale' } },
    ]);
    assert.equal(renderFileBody(file).html, '<p>We run <strong>Kafka</strong> in three regions.</p>\n');
    assert.deepEqual(withdrawBodies(), { offered: 1, used: 0 });
  });

  it('are forgotten when the build is over', () => {
    offerBodies([{ file, digest: sourceDigest(source), body: { html: '<p>left over</p>', summary: 'left over' } }]);
    withdrawBodies();
    assert.equal(renderFileBody(file).html, '<p>We run <strong>Kafka</strong> in three regions.</p>\n');
  });
});
