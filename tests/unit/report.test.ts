// npm run report on a fixture board dated 28 November 2026: what expires within a week, what expired but
// still says open, companies with nothing open, and near-identical titles at one company.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBoard } from '../../src/build/content-files.ts';
import { validateBoard } from '../../src/board/board.ts';
import {
  boardReport,
  formatReportMarkdown,
  formatReportText,
  reportFindings,
  type BoardReport,
} from '../../scripts/report/board-report.ts';
import { distinctiveWords, normalizeTitle, titleSimilarity } from '../../scripts/report/similar-titles.ts';
import { FIXTURES, TODAY } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPORT_BOARD = join(FIXTURES, 'report-board');

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/report.ts'), ...args], {
    cwd: REPORT_BOARD,
    encoding: 'utf8',
    env: { ...process.env, BOARD_DATE: TODAY, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const report = (days?: number) => boardReport(validateBoard(readBoard(REPORT_BOARD, TODAY)), TODAY, days);
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((i) => i.id);

describe('similar titles', () => {
  it('normalizes case, accents, punctuation and dashes', () => {
    assert.equal(
      normalizeTitle('Sénior Back-End Engineer – Payments & Risk'),
      'senior back end engineer payments and risk',
    );
  });

  it('compares what names the role, not the seniority and the words every title shares', () => {
    assert.equal(distinctiveWords('Senior Backend Engineer, Payments Platform'), 'payment platform');
    assert.equal(distinctiveWords('Sr. Software Engineer (Backend) - Platform, Payments'), 'payment platform');
  });

  it('rates the same role spelt differently as alike, and different teams as different', () => {
    assert.equal(titleSimilarity('Senior Backend Engineer, Payments', 'Senior Back-End Engineer – Payment'), 1);
    assert.equal(titleSimilarity('Staff Backend Engineer', 'Staff Software Engineer, Backend'), 1);
    assert.ok(titleSimilarity('Senior Backend Engineer, Payments', 'Senior Backend Engineer, Payouts') < 0.6);
    assert.ok(titleSimilarity('Senior Backend Engineer, Checkout', 'Senior Backend Engineer, Search') < 0.3);
    assert.ok(titleSimilarity('Staff Engineer, Identity Platform', 'Staff Engineer, Identity Platforms Team') >= 0.85);
  });

  it('folds look-alike letter forms before comparing, and keeps the letters of every script', () => {
    // Fullwidth, mathematical bold and a ligature: the same words to a reader.
    assert.equal(titleSimilarity('Senior Backend Engineer, Payments', 'Ｓｅｎｉｏｒ Backend Engineer, 𝐏ayments'), 1);
    assert.equal(normalizeTitle('Staff Engineer, Oﬃce Straße'), 'staff engineer office strasse');
    assert.equal(normalizeTitle('Staff Backend Engineer, 決済基盤'), 'staff backend engineer 決済基盤');
    assert.ok(titleSimilarity('Staff Backend Engineer, 決済基盤', 'Staff Backend Engineer, 検索基盤') < 0.85);
  });
});

describe('the board report', () => {
  it('lists open postings whose last day is within 7 days, today and the seventh day included', () => {
    assert.deepEqual(
      report().expiringSoon.map((j) => [j.id, j.daysLeft]),
      [
        ['acme-corp-senior-backend-engineer-search', 0],
        ['acme-corp-senior-backend-engineer-payments', 3],
        ['acme-corp-principal-engineer-platform', 7],
      ],
    );
    assert.deepEqual(ids(report(8).expiringSoon).at(-1), 'acme-corp-principal-engineer-data');
  });

  it('leaves filled postings and drafts out of the expiring list', () => {
    const listed = ids(report(60).expiringSoon);
    assert.ok(!listed.includes('quiet-co-staff-engineer-invoicing'), 'a draft');
    assert.ok(!listed.includes('quiet-co-staff-engineer-billing'), 'a filled posting');
  });

  it('lists postings past expires that still say open, but not filled ones', () => {
    assert.deepEqual(
      report().expiredStillOpen.map((j) => [j.id, j.expires, j.daysAgo]),
      [['acme-corp-senior-backend-engineer-ledger', '2026-11-20', 8]],
    );
  });

  it('lists companies without an open posting: a draft or a filled posting does not count', () => {
    assert.deepEqual(ids(report().companiesWithoutOpenPosting), ['empty-co', 'quiet-co']);
  });

  it('suspects near-identical titles at one company and level, not the same team at another level', () => {
    const suspects = report().duplicateSuspects;
    assert.deepEqual(
      suspects.map((d) => [d.company, d.similarity, ids(d.postings)]),
      [['acme-corp', 1, ['acme-corp-senior-back-end-engineer-payment', 'acme-corp-senior-backend-engineer-payments']]],
    );
  });

  it('counts the files left out because they do not validate', () => {
    assert.equal(report().filesWithProblems, 1);
  });

  it('reads as sections a person can act on, naming each file', () => {
    const text = formatReportText(report());
    assert.ok(text.startsWith('Board report for 28 November 2026\n\nExpiring in the next 7 days (3)\n'));
    assert.ok(
      text.includes(
        '  content/jobs/acme-corp-senior-backend-engineer-search.md  last day today (expires 2026-11-28): Senior Backend Engineer, Search\n',
      ),
    );
    assert.ok(
      text.includes(
        'Past expires but still marked open (1)\n  content/jobs/acme-corp-senior-backend-engineer-ledger.md  expired 8 days ago (2026-11-20): Senior Backend Engineer, Ledger\n',
      ),
    );
    assert.ok(text.includes('Companies with no open posting (2)\n  content/companies/empty-co.md  Empty Co\n'));
    assert.ok(
      text.includes(
        '  content/jobs/acme-corp-senior-back-end-engineer-payment.md and content/jobs/acme-corp-senior-backend-engineer-payments.md  100% alike: "Senior Back-End Engineer – Payment" / "Senior Backend Engineer, Payments"\n',
      ),
    );
    assert.ok(text.endsWith('1 file with validation problems left out of this report: run npm run validate\n'));
  });

  it('says "none" for an empty section', () => {
    const empty = boardReport({ jobs: [], companies: [], problems: [] }, TODAY);
    assert.match(
      formatReportText(empty),
      /Possible duplicates \(near-identical titles at one company and level\) \(0\)\n {2}none\n/,
    );
  });
});

describe('the board report as the weekly issue’s Markdown', () => {
  it('has a table per kind of finding, with what to do, and leaves empty kinds out', () => {
    const markdown = formatReportMarkdown(report());
    assert.ok(
      markdown.startsWith(
        '## Board report for 28 November 2026\n\n### Expiring in the next 7 days (3)\n\n| file | title | expires | left |\n| --- | --- | --- | --- |\n| `content/jobs/acme-corp-senior-backend-engineer-search.md` | Senior Backend Engineer, Search | 2026-11-28 | last day today |\n',
      ),
      markdown,
    );
    assert.match(
      markdown,
      /\nWhat to do: ask the company whether to extend `expires` \(at most 90 days after `posted`\)/,
    );
    assert.match(markdown, /\n### Past expires but still marked open \(1\)\n/);
    assert.match(markdown, /\n### Companies with no open posting \(2\)\n/);
    assert.match(markdown, /\n### Possible duplicates \(near-identical titles at one company and level\) \(1\)\n/);
    assert.match(
      markdown,
      /\n1 file with validation problems was left out of this report: run `npm run validate`\.\n$/,
    );
    assert.equal(reportFindings(report()), 3 + 1 + 2 + 1 + 1);
  });

  it('escapes what contributors wrote, so a title cannot become a link, an image, HTML or a new cell', () => {
    const posting = {
      id: 'x',
      file: 'content/jobs/x|y.md',
      title: 'Staff | <img src=x onerror=alert(1)> [click](https://evil.example) `code` **bold**',
      company: 'acme-corp',
      expires: '2026-11-30',
    };
    const hostile: BoardReport = {
      today: TODAY,
      days: 7,
      expiringSoon: [{ ...posting, daysLeft: 2 }],
      expiredStillOpen: [],
      companiesWithoutOpenPosting: [],
      duplicateSuspects: [],
      filesWithProblems: 0,
    };
    const row = formatReportMarkdown(hostile)
      .split('\n')
      .find((line) => line.startsWith('| `content/jobs/'))!;
    assert.equal(
      row,
      '| `content/jobs/x\\|y.md` | Staff \\| &lt;img src=x onerror=alert\\(1\\)&gt; \\[click\\]\\(https://evil.example\\) \\`code\\` \\*\\*bold\\*\\* | 2026-11-30 | 2 days |',
    );
  });

  it('says there is nothing to look at when there is nothing, and counts no finding', () => {
    const empty = boardReport({ jobs: [], companies: [], problems: [] }, TODAY);
    assert.equal(formatReportMarkdown(empty), '## Board report for 28 November 2026\n\nNothing to look at.\n');
    assert.equal(reportFindings(empty), 0);
  });
});

describe('npm run report', () => {
  it('prints the weekly issue’s Markdown with --format markdown', () => {
    const { code, stdout } = run(['--format', 'markdown']);
    assert.equal(code, 0);
    assert.equal(stdout, formatReportMarkdown(report()));
  });

  it('prints the report for people and exits 0', () => {
    const { code, stdout } = run([]);
    assert.equal(code, 0);
    assert.equal(stdout, formatReportText(report()));
  });

  it('prints JSON with --format json', () => {
    const { code, stdout } = run(['--format', 'json', '--days', '3']);
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as ReturnType<typeof boardReport>;
    assert.deepEqual(json, JSON.parse(JSON.stringify({ ...report(3), findings: reportFindings(report(3)) })));
    assert.equal(json.today, TODAY);
    assert.deepEqual(ids(json.expiringSoon), [
      'acme-corp-senior-backend-engineer-search',
      'acme-corp-senior-backend-engineer-payments',
    ]);
  });

  it('exits 2 on a usage error, and says where options go when npm kept them', () => {
    for (const [args, message] of [
      [['json'], /unexpected argument "json"; options go after --, as in npm run report -- --format json/],
      [['--format', 'xml'], /--format must be text, json or markdown/],
      [['--days', 'soon'], /--days must be a whole number of days from 0 to 90/],
    ] as const) {
      const { code, stderr } = run([...args]);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
    }
    assert.match(run([], { BOARD_DATE: '2026-13-01' }).stderr, /BOARD_DATE=2026-13-01 is month 13 does not exist/);
  });
});
