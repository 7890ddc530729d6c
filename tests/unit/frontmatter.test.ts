// The hardened front-matter reader: YAML only, nothing evaluated, and the same values as Astro reads.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import { readSource } from '../../src/lib/frontmatter.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function data(text: string): Record<string, unknown> {
  const result = readSource(text);
  if (!result.ok) throw new Error(result.problem.message);
  return result.parts.data;
}

/** Astro's reading of a file, with the Dates its default YAML schema makes turned back into YYYY-MM-DD. */
function astroData(text: string): unknown {
  return JSON.parse(
    JSON.stringify(parseFrontmatter(text).frontmatter, (_key, value: unknown) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value,
    ),
  );
}

describe('reading front-matter', () => {
  it('reads every sample posting and company exactly as Astro does, dates aside', () => {
    for (const dir of ['content/jobs', 'content/companies']) {
      for (const name of readdirSync(ROOT + dir)) {
        const text = readFileSync(`${ROOT}${dir}/${name}`, 'utf8');
        assert.deepEqual(data(text), astroData(text), `${dir}/${name}`);
      }
    }
  });

  it('reads numbers such as 02134 and 1_000 the way Astro (js-yaml 4) does, not the way gray-matter alone would', () => {
    const text = '---\nzip: 02134\nbig: 1_000\noctal: 0o17\n---\n';
    assert.deepEqual(data(text), { zip: 2134, big: '1_000', octal: 15 });
    assert.deepEqual(data(text), astroData(text));
  });

  it('keeps dates as written so 2026-02-30 can be rejected instead of becoming 2 March', () => {
    assert.deepEqual(data('---\nposted: 2026-02-30\n---\n'), { posted: '2026-02-30' });
  });

  it('splits the body from the front-matter and reports the line the body starts on', () => {
    const result = readSource('---\ntitle: A\n---\n# Heading\n');
    assert.ok(result.ok);
    assert.equal(result.parts.body, '# Heading\n');
    assert.equal(result.parts.bodyLine, 4);
  });

  it('accepts a byte order mark and CRLF line endings', () => {
    const result = readSource('\ufeff---\r\ntitle: A\r\n---\r\nBody\r\n');
    assert.ok(result.ok);
    assert.deepEqual(result.parts.data, { title: 'A' });
    assert.equal(result.parts.body, 'Body\r\n');
  });

  it('names lone CR line endings instead of quoting the whole file back', () => {
    const result = readSource(`---\rtitle: A\r${'x: 1\r'.repeat(20_000)}---\rBody\r`);
    assert.deepEqual(!result.ok && result.problem, {
      line: 1,
      column: 1,
      message: 'the lines end in a carriage return alone (CR); save the file with LF or CRLF line endings',
    });
  });

  it('quotes at most 40 characters of an unknown front-matter language', () => {
    const result = readSource(`---js ${'x'.repeat(100_000)}\n---\n`);
    assert.equal(
      !result.ok && result.problem.message,
      `front-matter in "js ${'x'.repeat(37)}…" is not accepted (it was not read or run); use YAML: a first line of exactly ---`,
    );
  });

  it('refuses front-matter in any language but YAML, without evaluating it', () => {
    for (const [text, message] of [
      [
        '---js\n{ title: "x" }\n---\n',
        'front-matter in "js" is not accepted (it was not read or run); use YAML: a first line of exactly ---',
      ],
      [
        '---javascript\n{}\n---\n',
        'front-matter in "javascript" is not accepted (it was not read or run); use YAML: a first line of exactly ---',
      ],
      [
        '---coffee\ntitle: "x"\n---\n',
        'front-matter in "coffee" is not accepted (it was not read or run); use YAML: a first line of exactly ---',
      ],
      ['+++\ntitle = "x"\n+++\n', 'front-matter in TOML (+++) is not accepted; use YAML between two --- lines'],
    ]) {
      const result = readSource(text!);
      assert.equal(result.ok, false, text);
      assert.deepEqual(!result.ok && result.problem, { line: 1, column: 1, message });
    }
  });

  it('reports a closing line that holds more than ---', () => {
    const result = readSource('---\ntitle: A\n--- extra\nBody\n');
    assert.deepEqual(!result.ok && result.problem, {
      line: 3,
      column: 1,
      message:
        'a line starting with --- closes the front-matter, so it must hold nothing else; put --- alone on this line',
    });
  });

  it('refuses front-matter that is a list or a plain value', () => {
    const result = readSource('---\n- a\n- b\n---\nBody\n');
    assert.deepEqual(!result.ok && result.problem.message, 'the front-matter must be a list of "key: value" fields');
  });

  it('stores __proto__ as a plain key instead of changing the object prototype', () => {
    const parsed = data('---\n__proto__: { polluted: true }\ntitle: A\n---\n');
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.ok(Object.hasOwn(parsed, '__proto__'));
  });

  it('refuses deeply nested values instead of overflowing the stack', () => {
    const result = readSource(`---\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`);
    assert.equal(result.ok, false);
  });
});
