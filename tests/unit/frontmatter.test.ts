// The hardened front-matter reader: YAML only, nothing evaluated, and the same values as Astro reads.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';
import { checkJobFile } from '../../src/board/board.ts';
import { MAX_FRONTMATTER_BYTES, readSource } from '../../src/board/frontmatter.ts';
import { COUNTRIES, INTERVIEW_STEPS, REGIONS, STACK_TAGS, keysOf } from '../../src/board/vocabulary.ts';

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

/** The problem readSource reports for `yaml` placed between the --- lines, or the data it reads. */
function read(yamlLines: string): { line: number; column: number; message: string } | Record<string, unknown> {
  const result = readSource(`---\n${yamlLines}---\nBody\n`);
  return result.ok ? result.parts.data : result.problem;
}

const ANCHORS =
  'anchors and aliases (&name, *name) are not accepted, so write the value out in full, in quotes if it starts with & or *';
const KEYS = 'keys must be plain field names, one "key: value" per line, like title: Staff Backend Engineer, Payments';

describe('reading front-matter at a cost bounded by its size', () => {
  it('refuses an anchor where it stands, before any alias is read', () => {
    assert.deepEqual(read('title: Staff\nsalary: &pay { min: 1 }\nother: *pay\n'), {
      line: 3,
      column: 9,
      message: `found an anchor (&pay); ${ANCHORS}`,
    });
    assert.deepEqual(read('title: &t Staff\n'), { line: 2, column: 8, message: `found an anchor (&t); ${ANCHORS}` });
    assert.deepEqual(read('stack:\n  - go\n  - &k kafka\n'), {
      line: 4,
      column: 5,
      message: `found an anchor (&k); ${ANCHORS}`,
    });
    assert.deepEqual(read('&a title: x\n'), { line: 2, column: 1, message: `found an anchor (&a); ${ANCHORS}` });
    assert.deepEqual(read('x: !!str &a y\n'), { line: 2, column: 10, message: `found an anchor (&a); ${ANCHORS}` });
  });

  it('refuses aliases inside a key at the first anchor, before js-yaml turns the key into text', () => {
    // The shape of the file that took 44 s and 3.6 GB: a long anchored string repeated through aliases in a key.
    assert.deepEqual(read(`a: &a ${'x'.repeat(1900)}\n? [${Array(3000).fill('*a').join(', ')}]\n: x\n`), {
      line: 2,
      column: 4,
      message: `found an anchor (&a); ${ANCHORS}`,
    });
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [i, name] of [...'bcdefghi'].entries()) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`);
    }
    const bomb = `${levels.join('\n')}\n`;
    for (const key of ['? [*i, *i, *i]\n: x\n', 'x: {[*i, *i]: y}\n', 'x:\n  - ? [*i]\n    : y\n']) {
      assert.deepEqual(read(`${bomb}${key}`), { line: 2, column: 4, message: `found an anchor (&a); ${ANCHORS}` });
    }
  });

  it('refuses an alias, in a value, a key or a merge key, and quotes a long name only in part', () => {
    assert.deepEqual(read('title: *t\n'), { line: 2, column: 8, message: `found an alias (*t); ${ANCHORS}` });
    assert.deepEqual(read('*k : x\n'), { line: 2, column: 1, message: `found an alias (*k); ${ANCHORS}` });
    assert.deepEqual(read('a: 1\n<<: *base\n'), { line: 3, column: 5, message: `found an alias (*base); ${ANCHORS}` });
    assert.deepEqual(read(`x: [1, *${'n'.repeat(5000)}]\n`), {
      line: 2,
      column: 8,
      message: `found an alias (*${'n'.repeat(40)}…); ${ANCHORS}`,
    });
  });

  it('refuses complex keys: explicit (? …) and lists or mappings used as keys, block or flow', () => {
    const cases: Array<[string, number, number, string]> = [
      ['? draft\n: true\n', 2, 1, 'a complex key (? …)'],
      ['title: x\n? [a, b]\n: c\n', 3, 1, 'a complex key (? …)'],
      ['x: {a: 1, ? b: c}\n', 2, 11, 'a complex key (? …)'],
      ['x:\n  - ? a\n    : b\n', 3, 5, 'a complex key (? …)'],
      ['[draft, status]: true\n', 2, 1, 'a list ([…]) used as a key'],
      ['{ draft: true }: true\n', 2, 1, 'a mapping ({…}) used as a key'],
      ['timezone: { [from]: -1, to: 3 }\n', 2, 13, 'a list ([…]) used as a key'],
      ['x: {[a]}\n', 2, 5, 'a list ([…]) used as a key'],
      ['x: [[a]: b]\n', 2, 5, 'a list ([…]) used as a key'],
      ['x:\n  - {a: 1}: b\n', 3, 5, 'a mapping ({…}) used as a key'],
    ];
    for (const [yaml, line, column, what] of cases) {
      assert.deepEqual(read(yaml), { line, column, message: `found ${what}; ${KEYS}` }, yaml);
    }
  });

  it('still reads lists and mappings as values, anchors and question marks inside text, and comments', () => {
    assert.deepEqual(
      read(
        'a: [x, {b: [1, 2]}, [c]]\nd: {e: {f: g}, h: [i]}\nj:\n  - {k: l}\n  - - m\n    - n\n' +
          'o: x & y *z ?w\np: "&q *r"\ns: a#b # a comment with &t and *u\n"v": [?w, -1]\nx?: [a, b,]\n',
      ),
      {
        a: ['x', { b: [1, 2] }, ['c']],
        d: { e: { f: 'g' }, h: ['i'] },
        j: [{ k: 'l' }, ['m', 'n']],
        o: 'x & y *z ?w',
        p: '&q *r',
        s: 'a#b',
        v: ['?w', -1],
        'x?': ['a', 'b'],
      },
    );
  });

  it('refuses a key over 64 characters and a value over 2,000, whatever their style', () => {
    assert.deepEqual(read(`${'k'.repeat(64)}: 1\n`), { [`${'k'.repeat(64)}`]: 1 });
    assert.deepEqual(read(`${'k'.repeat(65)}: 1\n`), {
      line: 2,
      column: 1,
      message: 'found a key of 65 characters; keys are field names of at most 64 characters, such as title or salary',
    });
    assert.deepEqual(read(`x:\n  "${'k'.repeat(65)}": 1\n`), {
      line: 3,
      column: 3,
      message: 'found a key of 65 characters; keys are field names of at most 64 characters, such as title or salary',
    });
    const tooLong = {
      line: 2,
      column: 8,
      message:
        'found a value of 2001 characters; values may be at most 2000 characters (a title at most 100), so shorten it',
    };
    for (const style of [(v: string) => v, (v: string) => `"${v}"`, (v: string) => `'${v}'`]) {
      assert.deepEqual(read(`title: ${style('v'.repeat(2000))}\n`), { title: 'v'.repeat(2000) });
      assert.deepEqual(read(`title: ${style('v'.repeat(2001))}\n`), tooLong);
    }
    assert.deepEqual(read(`title: |-\n  ${'v'.repeat(2001)}\n`), tooLong);
    assert.deepEqual(read(`title: ${'9'.repeat(2001)}\n`), tooLong);
    // A value with a colon is not valid YAML, not a long key.
    assert.equal(
      (read(`title: ${'Staff Engineer '.repeat(5)}: Payments\n`) as { message: string }).message,
      'the front-matter is not valid YAML: bad indentation of a mapping entry',
    );
  });

  it('reads front-matter up to 16 KB and refuses anything larger before parsing it', () => {
    const padded = (bytes: number, filler = 'x') => {
      // The front-matter runs from the end of the first line to the line break before the closing ---.
      const fixed = '\ntitle: A\n# \n'.length;
      return `title: A\n# ${filler.repeat(bytes - fixed)}\n`;
    };
    assert.deepEqual(read(padded(16 * 1024)), { title: 'A' });
    const refused = {
      line: 1,
      column: 1,
      message:
        "the front-matter is 17 KB; at most 16 KB is accepted, and a posting's fields take about 1 KB. Check that a line --- closes it right after the last field",
    };
    assert.deepEqual(read(padded(16 * 1024 + 1)), refused);
    // Sizes are bytes of UTF-8: "é" takes two.
    assert.deepEqual(read(`title: A\n# ${'é'.repeat(8 * 1024)}\n`), refused);
    // Something that is not YAML at all, such as a body after a missing closing line, is refused unread.
    assert.deepEqual(read(`title: A\n${'[[[[ {{{{ &a *b ? '.repeat(2000)}\n`), {
      ...refused,
      message: refused.message.replace('17 KB', '36 KB'),
    });
  });

  it('accepts the largest posting the schema allows, with room to spare for comments', () => {
    const longest = (keys: string[]) => [...keys].sort((a, b) => b.length - a.length);
    const fields = (workplace: string) => `title: ${'T'.repeat(100)}
company: corpus-co
level: principal
employmentType: full-time
timezone: { from: -12, to: 14 }
salary: { min: 1000000, max: 2000000, currency: EUR, period: year }
equity: false
visaSponsorship: false
stack: [${longest(keysOf(STACK_TAGS)).slice(0, 12).join(', ')}]
interview: [${Array(10)
      .fill(longest(keysOf(INTERVIEW_STEPS))[0])
      .join(', ')}]
posted: 2026-11-20
expires: 2027-01-20
status: open
draft: false
apply: https://corpus.example/${'a'.repeat(2000 - 'https://corpus.example/'.length)}
workplace: ${workplace}
`;
    const remote = `${fields('remote')}remoteFrom: [${[...keysOf(COUNTRIES), ...keysOf(REGIONS)].join(', ')}]\n`;
    const offices = Array.from({ length: 20 }, (_, i) => `  - { city: ${String(i).padStart(60, 'C')}, country: DE }`);
    const hybrid = `${fields('hybrid')}offices:\n${offices.join('\n')}\n`;
    for (const yaml of [remote, hybrid]) {
      const text = `---\n${yaml}---\n${'The ledger team owns the double-entry ledger behind every payment. '.repeat(10)}`;
      const bytes = new TextEncoder().encode(text);
      assert.deepEqual(
        checkJobFile({ path: 'content/jobs/largest.md', type: 'file', size: bytes.length, bytes }).problems,
        [],
      );
      assert.ok(yaml.length < MAX_FRONTMATTER_BYTES / 3, `${yaml.length} bytes`);
    }
  });

  it('names the top-level field that holds too many values or nests too deeply', () => {
    assert.deepEqual(read(`title: A\nstack: [${Array(5000).fill('go').join(',')}]\n`), {
      line: 3,
      column: 1,
      message: 'the front-matter holds more than 5000 values; a posting needs far fewer',
    });
    assert.deepEqual(read(`title: A\nx: ${'['.repeat(13)}${']'.repeat(13)}\n`), {
      line: 3,
      column: 1,
      message: 'the front-matter nests more than 12 levels deep; flatten it',
    });
    // Far deeper, js-yaml itself stops at once, where the nesting goes too deep.
    assert.deepEqual(read(`title: A\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n`), {
      line: 3,
      column: 31,
      message: 'the front-matter nests more than 12 levels deep; flatten it',
    });
  });

  it('reads values nested 12 levels deep in every style js-yaml writes', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 12; level++) deep = level % 2 ? { [`k${level}`]: deep } : [deep, 'x'];
    const data = { x: deep };
    for (const flowLevel of [-1, 0, 1, 3, 6]) {
      assert.deepEqual(read(yaml.dump(data, { flowLevel })), data, `flowLevel ${flowLevel}`);
    }
    let lists: unknown = ['bottom'];
    for (let level = 1; level < 12; level++) lists = [lists];
    assert.deepEqual(read(yaml.dump({ x: lists })), { x: lists });
  });

  it('reads every document js-yaml writes for random data exactly as js-yaml does', () => {
    let seed = 12;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const words = [
      'go',
      'a b',
      '&x',
      '*y',
      '? z',
      '- w',
      ': v',
      '#u',
      'k: v',
      '[t]',
      '{s}',
      "'r'",
      '"q"',
      '',
      '~',
      '1',
    ];
    const value = (depth: number): unknown => {
      const kind = depth > 4 ? random(3) : random(6);
      if (kind === 0) return words[random(words.length)];
      if (kind === 1) return random(2) ? random(1000) - 500 : random(2) === 1;
      if (kind === 2) return null;
      if (kind === 3 || kind === 4) return Array.from({ length: random(4) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: random(4) }, () => [words[random(words.length)], value(depth + 1)]),
      );
    };
    for (let i = 0; i < 500; i++) {
      const data = { [`field${i}`]: value(0), other: value(2) };
      const text = yaml.dump(data, {
        flowLevel: random(4) - 1,
        forceQuotes: random(4) === 0,
        quotingType: random(2) ? '"' : "'",
        schema: yaml.CORE_SCHEMA,
      });
      assert.deepEqual(read(text), yaml.load(text, { schema: yaml.CORE_SCHEMA }), text);
    }
  });

  it('reads empty, comment-only and null front-matter as no fields, as gray-matter does, and refuses more than 1,000 lines', () => {
    assert.deepEqual(read('# only a comment\n\n  # another\n'), {});
    assert.deepEqual(read('~\n'), {});
    assert.deepEqual(read(''), {});
    assert.deepEqual(read('"x"\n'), {
      line: 2,
      column: 1,
      message: 'the front-matter must be a list of "key: value" fields',
    });
    assert.deepEqual(read(`title: A\n${'\r\n'.repeat(900)}x: 1\n`), { title: 'A', x: 1 });
    assert.deepEqual(read(`title: A\n${'\r\n'.repeat(7000)}x: 1\n`), {
      line: 1,
      column: 1,
      message:
        "the front-matter has more than 1000 lines; a posting's fields take about 20. Check that a line --- closes it right after the last field",
    });
  });
});
