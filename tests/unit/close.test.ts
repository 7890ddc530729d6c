// npm run close: a posting is marked filled or ended today by changing one front-matter line; every other
// byte of the file stays as it was, and what cannot be closed is refused with the reason.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closePosting } from '../../scripts/close/close-posting.ts';
import { readSource } from '../../src/board/frontmatter.ts';
import { BASE_BOARD, TODAY } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SLUG = 'acme-corp-staff-backend-engineer';
const BASE = readFileSync(join(BASE_BOARD, `content/jobs/${SLUG}.md`), 'utf8');

/** The base posting with front-matter lines replaced: `{ 'expires: 2027-01-31': 'expires: 2026-12-01' }`. */
function posting(replacements: Record<string, string> = {}): string {
  let text = BASE;
  for (const [from, to] of Object.entries(replacements)) {
    assert.ok(text.includes(from), from);
    text = text.replace(from, to);
  }
  return text;
}

function closed(text: string, filled: boolean, today = TODAY) {
  const result = closePosting(text, { filled, today });
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result;
}

/** The lines of `after` that differ from the same lines of `before`. */
function changedLines(before: string, after: string): string[] {
  const lines = before.split('\n');
  return after.split('\n').filter((line, i) => line !== lines[i]);
}

describe('closing a posting', () => {
  it('marks it filled by adding status: filled after expires, changing nothing else', () => {
    const result = closed(BASE, true);
    assert.equal(result.text, BASE.replace('expires: 2027-01-31\n', 'expires: 2027-01-31\nstatus: filled\n'));
    assert.deepEqual([result.field, result.from, result.to], ['status', undefined, 'filled']);
  });

  it('replaces an existing status line, keeping its comment', () => {
    const text = posting({ 'expires: 2027-01-31\n': 'expires: 2027-01-31\nstatus: open # until the team is full\n' });
    const result = closed(text, true);
    assert.equal(result.text, text.replace('status: open #', 'status: filled #'));
    assert.equal(result.from, 'open');
  });

  it('ends it today by setting expires to the build date, the rest of the file byte for byte', () => {
    const result = closed(BASE, false);
    assert.equal(result.text, BASE.replace('expires: 2027-01-31', `expires: ${TODAY}`));
    assert.deepEqual(changedLines(BASE, result.text), [`expires: ${TODAY}`]);
    assert.match(result.note, /takes applications until the end of 28 November 2026/);
  });

  it('ends a posting posted today tomorrow, the earliest day expires may be, and says why', () => {
    const text = posting({ 'posted: 2026-11-02': `posted: ${TODAY}` });
    const result = closed(text, false);
    assert.equal(result.to, '2026-11-29');
    assert.match(
      result.note,
      /^it was posted today, and expires must be after posted, so it ends tomorrow \(29 November 2026\)/,
    );
    assert.match(result.note, /mark it filled \(--filled\)/);
  });

  it('keeps a byte order mark, Windows line breaks, quoting and the description exactly', () => {
    const text = `\ufeff${posting({ 'expires: 2027-01-31': 'expires: "2027-01-31"' }).replace(/\n/g, '\r\n')}`;
    const result = closed(text, true);
    assert.equal(result.text, text.replace('expires: "2027-01-31"\r\n', 'expires: "2027-01-31"\r\nstatus: filled\r\n'));
    const ended = closed(text, false);
    assert.equal(ended.text, text.replace('expires: "2027-01-31"', `expires: ${TODAY}`));
    const read = readSource(ended.text);
    assert.ok(read.ok);
    assert.equal(read.parts.data['expires'], TODAY);
  });

  it('refuses a posting that is already closed, or that cannot close any earlier', () => {
    const refusal = (text: string, filled: boolean) => {
      const result = closePosting(text, { filled, today: TODAY });
      assert.equal(result.ok, false);
      return result.ok ? '' : result.message;
    };
    const filled = posting({ 'expires: 2027-01-31\n': 'expires: 2027-01-31\nstatus: filled\n' });
    assert.equal(refusal(filled, true), 'it is already marked filled');
    assert.equal(refusal(filled, false), 'it is marked filled, so it is already closed');
    const expired = posting({ 'expires: 2027-01-31': 'expires: 2026-11-20' });
    assert.match(
      refusal(expired, false),
      /^it already closed: it expired on 2026-11-20\. To record that the role was filled, run it again with --filled$/,
    );
    assert.equal(
      refusal(posting({ 'expires: 2027-01-31': `expires: ${TODAY}` }), false),
      `it already ends today (expires: ${TODAY})`,
    );
    const postedToday = posting({
      'posted: 2026-11-02': `posted: ${TODAY}`,
      'expires: 2027-01-31': 'expires: 2026-11-29',
    });
    assert.match(
      refusal(postedToday, false),
      /^it was posted today and already ends on 2026-11-29, the earliest a posting may/,
    );
    assert.match(refusal(posting({ 'equity: true\n': 'equity: true\ndraft: true\n' }), true), /^it is a draft/);
  });

  it('marks an expired posting filled, saying it had already closed', () => {
    const result = closed(posting({ 'expires: 2027-01-31': 'expires: 2026-11-20' }), true);
    assert.match(result.note, /^it had already closed when it expired \(2026-11-20\)/);
  });

  it('refuses a file that is not a valid posting, or whose front-matter it cannot edit line by line', () => {
    const invalid = closePosting(posting({ 'level: staff': 'level: lead' }), { filled: true, today: TODAY });
    assert.deepEqual(invalid, {
      ok: false,
      message: 'it is not a valid posting; run npm run validate and fix it first',
    });
    // A status written as a block scalar spans two lines: it is replaced whole, and the result read back.
    const block = posting({ 'expires: 2027-01-31\n': 'expires: 2027-01-31\nstatus: >-\n  open\n' });
    assert.equal(
      closed(block, true).text,
      BASE.replace('expires: 2027-01-31\n', 'expires: 2027-01-31\nstatus: filled\n'),
    );
    const read = readSource(BASE);
    assert.ok(read.ok);
    // The same posting with its front-matter as one flow mapping has no line to edit.
    const flow = `---\n${JSON.stringify(read.parts.data)}\n---\n${read.parts.body}`;
    const result = closePosting(flow, { filled: true, today: TODAY });
    assert.deepEqual(result, {
      ok: false,
      message: 'its front-matter has no status: line to change; edit the file by hand',
    });
  });
});

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const { npm_config_filled: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/close.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, BOARD_DATE: TODAY, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run close', () => {
  let board: string;
  let file: string;
  before(() => {
    board = mkdtempSync(join(tmpdir(), 'close-'));
    cpSync(BASE_BOARD, board, { recursive: true });
    file = join(board, `content/jobs/${SLUG}.md`);
  });
  after(() => rmSync(board, { recursive: true, force: true }));

  it('marks a posting filled, and the board still validates', () => {
    try {
      const { code, stdout } = run([SLUG, '--filled'], board);
      assert.equal(code, 0);
      assert.equal(
        stdout,
        `content/jobs/${SLUG}.md: status: open (the default) → filled; it leaves every listing, feed and the search at the next build; its page stays, saying it is filled\n`,
      );
      assert.equal(
        readFileSync(file, 'utf8'),
        BASE.replace('expires: 2027-01-31\n', 'expires: 2027-01-31\nstatus: filled\n'),
      );
      const validate = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts')], {
        cwd: board,
        encoding: 'utf8',
        env: { ...process.env, BOARD_DATE: TODAY, GITHUB_ACTIONS: '' },
      });
      assert.equal(validate.status, 0, validate.stdout);
    } finally {
      writeFileSync(file, BASE);
    }
  });

  it('ends a posting today, given its slug, file name or path', () => {
    for (const name of [SLUG, `${SLUG}.md`, `content/jobs/${SLUG}.md`]) {
      try {
        const { code, stdout } = run([name], board);
        assert.equal(code, 0, name);
        assert.match(
          stdout,
          /: expires: 2027-01-31 → 2026-11-28; it takes applications until the end of 28 November 2026/,
        );
        assert.equal(readFileSync(file, 'utf8'), BASE.replace('expires: 2027-01-31', 'expires: 2026-11-28'));
      } finally {
        writeFileSync(file, BASE);
      }
    }
  });

  it('honours --filled that npm kept for itself (npm run close <slug> --filled, without --)', () => {
    try {
      const { code } = run([SLUG], board, { npm_config_filled: 'true' });
      assert.equal(code, 0);
      assert.match(readFileSync(file, 'utf8'), /\nstatus: filled\n/);
    } finally {
      writeFileSync(file, BASE);
    }
  });

  it('refuses an unknown slug with a suggestion, and a closed or invalid posting, leaving files unchanged', () => {
    const unknown = run(['acme-corp-staff-backend'], board);
    assert.equal(unknown.code, 2);
    assert.ok(
      unknown.stderr.startsWith(
        'close: there is no posting content/jobs/acme-corp-staff-backend.md. Did you mean "acme-corp-staff-backend-engineer"?\n\nUsage: npm run close',
      ),
      unknown.stderr,
    );

    writeFileSync(file, posting({ 'expires: 2027-01-31': 'expires: 2026-11-20' }));
    const expired = run([SLUG], board);
    assert.equal(expired.code, 1);
    assert.match(
      expired.stderr,
      /^close: content\/jobs\/acme-corp-staff-backend-engineer\.md was left unchanged: it already closed: it expired on 2026-11-20/,
    );

    const invalid = posting({ 'level: staff': 'level: lead' });
    writeFileSync(file, invalid);
    const refused = run([SLUG, '--filled'], board);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /^content\/jobs\/acme-corp-staff-backend-engineer\.md:4:8 error level: found "lead"/);
    assert.match(
      refused.stderr,
      /close: content\/jobs\/acme-corp-staff-backend-engineer\.md is not valid, so it was left unchanged/,
    );
    assert.equal(readFileSync(file, 'utf8'), invalid);
    writeFileSync(file, BASE);
  });

  it('exits 2 on a usage error: no slug, two slugs, a path out of the folder', () => {
    for (const [args, message] of [
      [[], /name the posting to close/],
      [['a', 'b'], /close one posting at a time/],
      [['../../etc/passwd'], /is not a posting's slug/],
      [['--fill', SLUG], /Unknown option '--fill'/],
    ] as const) {
      const { code, stderr } = run([...args], board);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
      assert.match(stderr, /Usage: npm run close -- <slug> \[--filled\]/);
    }
  });
});
