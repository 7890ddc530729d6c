// npm run intake: recorded "Submit a posting" issue bodies (tests/fixtures/issues/) become the posting npm run new
// --yes writes for the same answers, or a comment naming every problem under its form field; hostile bodies
// (YAML, expressions and shell, HTML, imitated headings, invisible characters, mentions, huge) change nothing else.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  type PathLike,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import MarkdownIt from 'markdown-it';
import { COMPANY_TEMPLATE } from '../../src/board/posting-template.ts';
import { POSTING_FORM_CHECKS, POSTING_FORM_FIELDS } from '../../scripts/lib/posting-form.ts';
import { NO_RESPONSE, parseIssueForm } from '../../scripts/intake/issue-form.ts';
import { MAX_COMMENT_BYTES, problemsComment } from '../../scripts/intake/messages.ts';
import { MAX_ISSUE_BYTES, readCompany, readSubmission } from '../../scripts/intake/submission.ts';
import { readContentDir } from '../../src/build/content-files.ts';
import { JobSchema, SalarySchema } from '../../src/board/schema.ts';
import { BASE_BOARD, runScript } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ISSUES = join(ROOT, 'tests/fixtures/issues');
const TODAY = '2026-11-28';
const MARKER = 'INTAKE-MARKER';

const read = (path: PathLike) => readFileSync(path, 'utf8');

const run = runScript;

/** Every board a test made, removed when the tests are done. */
const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the test board. */
function board(): string {
  const dir = mkdtempSync(join(tmpdir(), 'intake-'));
  dirs.push(dir);
  cpSync(BASE_BOARD, dir, { recursive: true });
  return dir;
}

/** The content files of a board, by path. */
function contentFiles(dir: string): string[] {
  return ['content/jobs', 'content/companies'].flatMap((sub) => readdirSync(join(dir, sub)).map((f) => `${sub}/${f}`));
}

interface Intake {
  code: number | null;
  stdout: string;
  stderr: string;
  comment: string | undefined;
  pullRequest: string | undefined;
  created: string[];
  dir: string;
}

/** npm run intake on `body` in a fresh board, with the files the workflow passes. */
function intake(body: string): Intake {
  const dir = board();
  const before = new Set(contentFiles(dir));
  const bodyFile = join(dir, 'issue.md');
  writeFileSync(bodyFile, body);
  const result = run(
    'intake.ts',
    ['--body-file', bodyFile, '--issue', '7', '--comment-file', 'comment.md', '--pr-body-file', 'pr.md'],
    dir,
  );
  const optional = (path: string) => (existsSync(join(dir, path)) ? read(join(dir, path)) : undefined);
  return {
    ...result,
    comment: optional('comment.md'),
    pullRequest: optional('pr.md'),
    created: contentFiles(dir).filter((f) => !before.has(f)),
    dir,
  };
}

const fixture = (name: string) => read(join(ISSUES, `${name}.md`));

/** `body` with the answer under `label` replaced. */
function answer(body: string, label: string, value: string): string {
  const start = body.indexOf(`### ${label}\n\n`) + `### ${label}\n\n`.length;
  assert.ok(start >= `### ${label}\n\n`.length, label);
  const end = body.indexOf(label === 'Description' ? '\n\n### Before you submit' : '\n\n### ', start);
  return body.slice(0, start) + value + body.slice(end);
}

/** The text GitHub would show of a comment, outside code spans and blocks, with the HTML it would render. */
function renderedOutsideCode(markdown: string): string {
  return new MarkdownIt({ html: true, linkify: true }).render(markdown).replace(/<code>[^]*?<\/code>/g, '');
}

describe('the issue form and its parser', () => {
  const form = yaml.load(read(join(ROOT, '.github/ISSUE_TEMPLATE/posting.yml'))) as {
    body: Array<{ type: string; id?: string; attributes: { label?: string; options?: unknown[] } }>;
  };

  it('read every field of the form, by the id and label npm run docs writes', () => {
    const fields = form.body.filter((e) => e.type !== 'markdown');
    assert.deepEqual(
      fields.map((e) => [e.id, e.attributes.label]),
      POSTING_FORM_FIELDS.map((f) => [f.id, f.label]),
    );
    const checks = form.body.find((e) => e.id === 'checks')!.attributes.options as Array<{ label: string }>;
    assert.deepEqual(
      checks.map((c) => c.label),
      [...POSTING_FORM_CHECKS],
    );
    // A body with each field's id as its answer: every answer lands on its field.
    const body = POSTING_FORM_FIELDS.map((f) =>
      f.id === 'checks'
        ? `### ${f.label}\n\n${POSTING_FORM_CHECKS.map((c) => `- [X] ${c}`).join('\n')}`
        : `### ${f.label}\n\nanswer-${f.id}`,
    ).join('\n\n');
    const { values, problems } = parseIssueForm(body);
    assert.deepEqual(problems, []);
    for (const f of POSTING_FORM_FIELDS.filter((f) => f.id !== 'checks')) assert.equal(values[f.id], `answer-${f.id}`);
  });

  it(`reads ${NO_RESPONSE} as an empty answer, CRLF as line breaks, and a multiple dropdown as its list`, () => {
    const body = fixture('new-company');
    assert.match(body, /\r\n/, 'the fixture is recorded with CRLF');
    const { values } = parseIssueForm(body);
    assert.equal(values.timezone, '');
    assert.equal(values.offices, 'Berlin, DE\nMunich, Bavaria, 80331, DE');
    assert.equal(values.stack, 'go, postgresql, kafka');
    assert.doesNotMatch(values.description, /\r/);
  });

  it('names a heading the body lost, and says when the body is not the form at all', () => {
    const body = fixture('existing-company').replace('### Employment type (employmentType)\n', '');
    // The answer above the lost heading runs on into the next: both are named.
    assert.deepEqual(parseIssueForm(body).problems, [
      {
        field: 'Level (level)',
        message:
          'is one line; found 4 lines: "senior\\n\\n\\nfull-time". Edit the issue and keep the answer on one line',
      },
      {
        field: 'Employment type (employmentType)',
        message:
          'the issue has no "### Employment type (employmentType)" heading; edit the issue so that it keeps every heading of the form, each on a line of its own',
      },
    ]);
    assert.deepEqual(parseIssueForm('Please post our job: https://acme.example/jobs/1').problems, [
      {
        field: 'the issue',
        message:
          'has none of the "Submit a posting" form\'s headings; open a new issue with the form (Issues, New issue, Submit a posting)',
      },
    ]);
  });
});

describe('the problems of an issue', () => {
  it('fill the posting’s fields: each form field but the checkboxes and the company’s description has one, the description the body', () => {
    const fields = [
      ...Object.keys(JobSchema.shape),
      ...Object.keys(SalarySchema.shape).map((key) => `salary.${key}`),
      'body',
    ];
    for (const f of POSTING_FORM_FIELDS) {
      if (f.id === 'checks' || f.id === 'companyDescription') assert.ok(!('field' in f));
      else assert.ok('field' in f && fields.includes(f.field), f.id);
    }
  });

  it('are each put under the form field that holds the answer, naming the item or part', () => {
    let body = fixture('existing-company');
    for (const [label, value] of [
      ['Workplace (workplace)', 'hybrid'],
      ['Where applicants may live (remoteFrom, remote postings)', NO_RESPONSE],
      ['Offices (offices, hybrid and onsite postings)', 'Berlin\nMunich, Bavaria, 80331, DE, EU'],
      ['Highest base pay (salary.max)', '50000'],
      ['Time zones (timezone, optional)', '-1 to 30'],
    ] as const) {
      body = answer(body, label, value);
    }
    const board = {
      jobs: readContentDir(BASE_BOARD, 'content/jobs'),
      companies: readContentDir(BASE_BOARD, 'content/companies'),
      publicFile: () => undefined,
      today: TODAY,
    };
    const { draft, problems } = readSubmission(board, TODAY, body);
    assert.equal(draft, undefined);
    assert.deepEqual(problems, [
      {
        field: 'Offices (offices, hybrid and onsite postings)',
        message:
          'the office "Munich, Bavaria, 80331, DE, EU" has 5 parts; write city,CC or city,region,postal code,CC, e.g. "Austin,Texas,78701,US"',
      },
      {
        field: 'Offices (offices, hybrid and onsite postings)',
        message:
          'offices[0].country: found ""; allowed: an ISO 3166-1 alpha-2 country code in capitals, such as DE, GB or US.',
      },
      { field: 'Time zones (timezone, optional)', message: 'timezone.to: found 30; it must be at most 14' },
      {
        field: 'Highest base pay (salary.max)',
        message: 'found 50000, which is below min (90000); max is the top of the range, so swap them or correct one',
      },
    ]);
  });
});

describe('the company answer', () => {
  const companies = [
    { slug: 'acme-corp', name: 'Acme Corp' },
    { slug: 'globex', name: 'Globex Corporation' },
  ];

  it('is an existing slug, an existing name in any case, or that name with a website', () => {
    assert.deepEqual(readCompany('acme-corp', companies), { company: 'acme-corp', isNew: false });
    assert.deepEqual(readCompany('globex corporation', companies), { company: 'globex', isNew: false });
    assert.deepEqual(readCompany('Acme Corp https://acme.example', companies), { company: 'acme-corp', isNew: false });
  });

  it('is a new company, its slug made from its name, when a website follows the name', () => {
    for (const value of [
      'Initech GmbH https://initech.example',
      'Initech GmbH, https://initech.example',
      'Initech GmbH <https://initech.example>',
      'Initech GmbH (https://initech.example)',
    ]) {
      assert.deepEqual(
        readCompany(value, companies),
        { company: 'initech-gmbh', name: 'Initech GmbH', website: 'https://initech.example', isNew: true },
        value,
      );
    }
  });

  it('is a problem with a suggestion when a name the board lacks has no website', () => {
    assert.deepEqual(readCompany('Acme Crop', companies), {
      problem:
        '"Acme Crop" is not a company on the board. Did you mean "acme-corp" (Acme Corp)? If the company is new, give its name and its https:// website, e.g. "Acme Corp https://acme.example"',
    });
    assert.match((readCompany('  ', companies) as { problem: string }).problem, /^is empty; give the company's slug/);
  });
});

describe('npm run intake', () => {
  let pristine: string;
  before(() => {
    pristine = board();
    dirs.push(pristine);
  });

  it('writes the posting npm run new --yes writes for the same answers, and a pull request body closing the issue', () => {
    const result = intake(fixture('existing-company'));
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.created, ['content/jobs/acme-corp-senior-backend-engineer-billing.md']);
    const written = read(join(result.dir, result.created[0]!));

    const description = fixture('existing-company').split('### Description\n\n')[1]!.split('\n\n### Before')[0]!;
    writeFileSync(join(pristine, 'description.md'), `${description}\n`);
    const byNew = run(
      'new.ts',
      [
        '--yes',
        ...['--company', 'acme-corp', '--title', 'Senior Backend Engineer, Billing', '--level', 'senior'],
        ...['--employment-type', 'full-time', '--workplace', 'remote', '--remote-from', 'eu, GB'],
        ...['--salary', '90000-120000', '--currency', 'EUR', '--period', 'year', '--stack', 'go, postgresql, kafka'],
        ...['--expires', '2027-01-20', '--apply', 'https://acme.example/careers/senior-backend-billing'],
        ...['--body-file', 'description.md'],
      ],
      pristine,
    );
    assert.equal(byNew.code, 0, byNew.stderr);
    assert.equal(written, read(join(pristine, result.created[0]!)));

    assert.equal(
      result.pullRequest,
      `Closes #7

Drafted from the answers of issue #7 by the Posting intake workflow, with the code of
\`npm run new --yes\`:

- \`content/jobs/acme-corp-senior-backend-engineer-billing.md\`

✓ 1 file checked against the board of ${TODAY}, no problems.

Review it as any posting (SECURITY.md, "What maintainers must still review"): the submitter wrote every value.
A pull request opened by a workflow does not start the pull request checks: close and reopen it to run them.
`,
    );
    assert.equal(result.comment, undefined);
    const validation = run('validate.ts', [], result.dir);
    assert.equal(validation.code, 0, validation.stdout + validation.stderr);
  });

  it('creates a new company from its name and website, and reads a body with CRLF line endings', () => {
    const body = fixture('new-company');
    assert.match(body, /\r\n/, 'the fixture is recorded with CRLF');
    const result = intake(body);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.created.sort(), [
      'content/companies/globex-corporation.md',
      'content/jobs/globex-corporation-staff-backend-engineer-ledger.md',
    ]);
    const company = read(join(result.dir, 'content/companies/globex-corporation.md'));
    assert.match(company, /^---\nname: Globex Corporation\nwebsite: "https:\/\/globex\.example"\n---\n/);
    assert.match(company, /\n---\nGlobex builds the scheduling and billing software .*\nIts engineering team of 60/);
    const posting = read(join(result.dir, 'content/jobs/globex-corporation-staff-backend-engineer-ledger.md'));
    assert.doesNotMatch(posting + company, /\r/);
    assert.match(posting, /^workplace: hybrid\noffices:\n {2}- city: Berlin\n {4}country: DE\n {2}- city: Munich\n/m);
    assert.match(posting, /^ {4}region: Bavaria\n {4}postalCode: "80331"\n {4}country: DE$/m);
    assert.match(result.pullRequest!, /^- `content\/companies\/globex-corporation\.md` \(a new company\)$/m);
    assert.equal(run('validate.ts', [], result.dir).code, 0);
  });

  it('asks for a description of a company new to the board, and refuses one that is still the template', () => {
    const label = 'About the company (when it is new to the board)';
    const crlf = fixture('new-company').replace(/\r\n/g, '\n');
    const missing = intake(answer(crlf, label, '_No response_'));
    assert.equal(missing.code, 1);
    assert.deepEqual(missing.created, []);
    assert.match(
      missing.comment!,
      /^\| About the company \\\(when it is new to the board\\\) \| `Globex Corporation is new to the board: describe it in two or three sentences/m,
    );
    // The company's description is a company file's body: the validator's rules for one hold, raw HTML refused.
    const script = `<script>alert(1)</script> ${'Globex builds billing software for clinics. '.repeat(4)}`;
    const html = intake(answer(crlf, label, script));
    assert.equal(html.code, 1);
    assert.deepEqual(html.created, []);
    assert.match(html.comment!, /^\| About the company \\\(when it is new to the board\\\) \| `.*HTML/m);
    assert.doesNotMatch(html.comment!.replace(/`[^`\n]*`/g, ''), /<script/);
    const template = intake(answer(crlf, label, COMPANY_TEMPLATE.trim()));
    assert.equal(template.code, 1);
    assert.match(
      template.comment!,
      /^\| About the company \\\(when it is new to the board\\\) \| `the description still holds the template's placeholder/m,
    );
  });

  it('writes every optional field when the form answers it', () => {
    const result = intake(fixture('every-field'));
    assert.equal(result.code, 0, result.stderr);
    const posting = read(join(result.dir, result.created[0]!));
    for (const line of [
      'level: principal',
      'timezone:\n  from: -1\n  to: 3',
      'hours: { start: "10:00", end: "18:00", zone: "Europe/Berlin" }',
      'equity: true',
      'visaSponsorship: false',
      'interview: [behavioral, system-design, pair-programming]',
      'posted: 2026-11-20',
    ]) {
      assert.ok(posting.includes(`\n${line}\n`), line);
    }
  });

  it('writes nothing and comments every problem under its form field, with a suggestion for the company', () => {
    const result = intake(fixture('problems'));
    assert.equal(result.code, 1);
    assert.deepEqual(result.created, []);
    assert.equal(result.pullRequest, undefined);
    assert.equal(
      result.comment,
      `### This issue cannot become a posting yet

The answers of this issue were checked as \`npm run new\` checks a posting, and 6 problems must be fixed first.
Edit the issue (its **⋯** menu, then **Edit**), change the answers below, and ask a maintainer to add the
\`accepted\` label again.

| field | problem |
| --- | --- |
| Company \\(company\\) | \`"Acme Crop" is not a company on the board. Did you mean "acme-corp" (Acme Corp)? If the company is new, give its name and its https:// website, e.g. "Acme Corp https://acme.example"\` |
| Time zones \\(timezone, optional\\) | \`"UTC+1" is not a range of UTC offsets; write the westernmost and easternmost offsets, e.g. "-1 to 3"\` |
| Highest base pay \\(salary.max\\) | \`found 90000, which is below min (120000); max is the top of the range, so swap them or correct one\` |
| Stack \\(stack\\) | \`stack[1]: found "cobol"; allowed: a tag from the stack vocabulary (CONTRIBUTING.md lists them all).\` |
| Closes \\(expires\\) | \`found 2027-06-01, 185 days after posted (2026-11-28); a posting stays open at most 90 days, so set it on or before that\` |
| Before you submit | \`"The apply link goes to this posting itself, and the role is open." is not ticked; tick it when it is true, or the posting cannot be accepted\` |

Checked with the board of ${TODAY}. The label \`accepted\` was removed.
`,
    );
    assert.match(result.stderr, /^Company \(company\): "Acme Crop" is not a company on the board\./m);
    assert.match(result.stderr, /intake: nothing was written; 6 problems\n$/);
  });

  it('exits 2 with its usage when called wrongly', () => {
    for (const [args, message] of [
      [[], '--body-file is required: the file holding the issue body'],
      [['--body-file', 'no-such-file.md'], '--body-file no-such-file.md: there is no such file, or it cannot be read'],
      [['--body-file', 'issue.md', '--issue', '7; rm -rf /'], '--issue 7; rm -rf /: an issue number is a whole number'],
      [['--body-file', 'issue.md', '--pr-body-file', 'pr.md'], '--pr-body-file needs --issue'],
    ] as const) {
      writeFileSync(join(pristine, 'issue.md'), fixture('existing-company'));
      const result = run('intake.ts', [...args], pristine);
      assert.equal(result.code, 2, result.stderr);
      assert.ok(result.stderr.startsWith(`intake: ${message}`), result.stderr);
      assert.match(result.stderr, /\n\nUsage: npm run intake/);
    }
  });
});

describe('npm run intake on hostile issues', () => {
  it('never lets a line break in a one-line answer add a field: each such answer is named', () => {
    const result = intake(fixture('yaml-injection'));
    assert.equal(result.code, 1);
    assert.deepEqual(result.created, []);
    const rows = result.comment!.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| field'));
    assert.deepEqual(rows.slice(1), [
      '| Title \\(title\\) | `is one line; found 2 lines: "Senior Backend Engineer\\nlevel: principal". Edit the issue and keep the answer on one line` |',
      '| Lowest base pay \\(salary.min\\) | `is one line; found 2 lines: "90000\\n  max: 9000000". Edit the issue and keep the answer on one line` |',
      '| Apply link \\(apply\\) | `is one line; found 2 lines: "https://acme.example/careers/x\\nstatus: filled". Edit the issue and keep the answer on one line` |',
    ]);
  });

  it('runs nothing written as an expression or shell, in any field, and quotes it only in code', () => {
    const result = intake(fixture('expressions'));
    assert.equal(result.code, 1);
    assert.deepEqual(result.created, []);
    assert.ok(!existsSync(join(result.dir, MARKER)));
    assert.ok(!existsSync(join(ROOT, MARKER)));
    // 17 fields refuse the text: the title and the description are free text and take it as it is, and where
    // applicants may live is read once the workplace is remote.
    assert.equal((result.comment!.match(/^\| (?!field|---)/gm) ?? []).length, 17);
    assert.doesNotMatch(renderedOutsideCode(result.comment!), /github\.token|INTAKE-MARKER/);

    const accepted = answer(
      answer(
        fixture('existing-company'),
        'Title (title)',
        'Senior Backend Engineer ${{ github.token }} $(touch INTAKE-MARKER)',
      ),
      'Description',
      `\`touch ${MARKER}\` and $(touch ${MARKER}) and \${{ secrets.GITHUB_TOKEN }}\n\n${fixture('existing-company').split('### Description\n\n')[1]!.split('\n\n### Before')[0]!}`,
    );
    const written = intake(accepted);
    assert.equal(written.code, 0, written.stderr);
    const posting = read(join(written.dir, written.created[0]!));
    assert.match(posting, /^title: "Senior Backend Engineer \$\{\{ github\.token \}\} \$\(touch INTAKE-MARKER\)"$/m);
    assert.ok(posting.includes(`\`touch ${MARKER}\` and $(touch ${MARKER}) and \${{ secrets.GITHUB_TOKEN }}`));
    assert.ok(!existsSync(join(written.dir, MARKER)));
    // The pull request names the file by its slug, never by the submitter's text.
    assert.doesNotMatch(written.pullRequest!, /github\.token|INTAKE|\$\(/);
  });

  it('refuses raw HTML, scripts and script links in the description, and the comment renders none', () => {
    const result = intake(fixture('html-description'));
    assert.equal(result.code, 1);
    assert.deepEqual(result.created, []);
    assert.match(
      result.comment!,
      /^\| Description \| `raw HTML is not allowed \(found "<script>alert\(document\.cookie\)<\/script>"\);/m,
    );
    assert.match(result.comment!, /^\| Description \| `link to "javascript:alert\(1\)" is not allowed;/m);
    const html = renderedOutsideCode(result.comment!);
    assert.doesNotMatch(html, /<script|<img|javascript:|onerror/);
  });

  it('keeps headings that imitate the form inside the description, where they are text', () => {
    const result = intake(fixture('fake-headings'));
    assert.equal(result.code, 0, result.stderr);
    const posting = read(join(result.dir, result.created[0]!));
    assert.match(posting, /^level: senior$/m);
    assert.match(posting, /^ {2}min: 90000$/m);
    assert.match(posting, /^apply: https:\/\/acme\.example\/careers\/senior-backend-billing$/m);
    assert.match(posting, /\n### Level \(level\)\n\nprincipal\n\n### Lowest base pay \(salary\.min\)\n\n1\n/);
    assert.ok(posting.endsWith("- [X] The posting on the company's site states this salary range.\n"));
  });

  it('names invisible and direction-changing characters by code point, in the comment and on the terminal', () => {
    const result = intake(fixture('bidi'));
    assert.equal(result.code, 1);
    assert.deepEqual(result.created, []);
    for (const output of [result.comment!, result.stderr]) {
      assert.doesNotMatch(output, /[\u200b\u202a-\u202e\u2066-\u2069]/);
      assert.match(
        output,
        /Title \\?\(title\\?\) \| `contains an invisible or direction-changing character \(U\+202E\) at position 25;|Title \(title\): contains an invisible or direction-changing character \(U\+202E\)/,
      );
      assert.match(
        output,
        /the new company's name: contains an invisible or direction-changing character \(U\+200B\) at position 7/,
      );
    }
  });

  it('quotes @mentions, #references, HTML and backticks so that GitHub renders them as code', () => {
    const result = intake(fixture('mentions'));
    assert.equal(result.code, 1);
    const html = renderedOutsideCode(result.comment!);
    assert.doesNotMatch(html, /@\w|#\d|<b>|href="https:\/\/evil/);
    // Each problem is one row of two cells: a "|" or backticks in a value break neither the table nor the span.
    const table = new MarkdownIt().render(result.comment!);
    assert.equal((table.match(/<tr>/g) ?? []).length, 1 + 2);
    assert.equal((table.match(/<td>/g) ?? []).length, 2 * 2);
    assert.ok(
      table.includes('<code>&quot;@everyone fixes #1 &lt;b&gt;Evil&lt;/b&gt; ` | [x](https://evil.example) ```&quot;'),
    );

    // Accepted, a title with mentions stays out of the pull request, which closes only its own issue.
    const accepted = intake(answer(fixture('existing-company'), 'Title (title)', '@maintainers fixes #2'));
    assert.equal(accepted.code, 0, accepted.stderr);
    assert.doesNotMatch(accepted.pullRequest!, /@|#2/);
    assert.deepEqual(accepted.pullRequest!.match(/#\d+/g), ['#7', '#7']);
  });

  it('refuses a javascript: website for a new company with the validator’s message', () => {
    const result = intake(fixture('javascript-website'));
    assert.equal(result.code, 1);
    assert.deepEqual(result.created, []);
    assert.match(
      result.comment!,
      /^\| Company \\\(company\\\) \| `the new company's website: found "javascript:alert\(document\.domain\)": javascript: links are not accepted; use an https:\/\/ link` \|$/m,
    );
  });

  it('refuses a body larger than any posting before reading it, in bounded time', () => {
    const huge = `${fixture('existing-company')}${'### Title (title)\n\n@everyone\n\n'.repeat(40_000)}`;
    assert.ok(Buffer.byteLength(huge) > MAX_ISSUE_BYTES);
    const started = performance.now();
    const result = intake(huge);
    const took = performance.now() - started;
    assert.equal(result.code, 1);
    assert.deepEqual(result.created, []);
    assert.match(
      result.comment!,
      new RegExp(
        `^\\| the issue \\| \`is ${Math.ceil(Buffer.byteLength(huge) / 1024)} KB; a posting's issue is at most ${MAX_ISSUE_BYTES / 1024} KB, and a posting file under 100 KB: shorten the description\` \\|$`,
        'm',
      ),
    );
    assert.ok(took < 10_000, `${took} ms`);
  });

  it('parses a body at the limit full of lines that nearly match a heading in bounded time', () => {
    // Lines that nearly match a heading, then the headings: each field is looked for across the whole body.
    const headings = POSTING_FORM_FIELDS.map((f) => `### ${f.label}\n`).join('');
    const nearMiss = '### Before you submi\n';
    const body = `${nearMiss.repeat(Math.floor((MAX_ISSUE_BYTES - headings.length) / nearMiss.length))}${headings}`;
    assert.ok(Buffer.byteLength(body) <= MAX_ISSUE_BYTES);
    const started = performance.now();
    parseIssueForm(body);
    assert.ok(performance.now() - started < 2_000);
  });

  it('bounds the comment under GitHub’s limit, however many problems, saying how many it left out', () => {
    const problems = Array.from({ length: 5_000 }, (_, i) => ({
      field: 'Description',
      message: `link to "https://${'x'.repeat(2_000)}${i}.example" is not allowed`,
    }));
    const comment = problemsComment(problems, { today: TODAY });
    assert.ok(Buffer.byteLength(comment) <= MAX_COMMENT_BYTES, `${Buffer.byteLength(comment)}`);
    const shown = (comment.match(/^\| Description \|/gm) ?? []).length;
    assert.ok(shown > 50, `${shown}`);
    assert.match(comment, new RegExp(`\\n${5_000 - shown} more problems are not shown; fix these first\\.\\n`));
    assert.match(comment, /^\| Description \| `link to "https:\/\/x{400,}…` \|$/m);
  });
});
