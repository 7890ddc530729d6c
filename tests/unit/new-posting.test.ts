// npm run new: the scaffolded posting passes validation, and nothing is written when the answers are wrong.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPLATE_SECTIONS } from '../../src/board/posting-template.ts';
import { BASE_BOARD, runScript } from './helpers.ts';

/** A description with no placeholder left, long enough for the validator. */
const REAL_BODY = `## About the team\n\n${'We run the ledger that settles every payment, and we are on call one week in six. '.repeat(6)}\n`;

/** A file holding REAL_BODY, for --body-file. */
function bodyFile(dir: string): string {
  const path = join(dir, 'real-body.md');
  writeFileSync(path, REAL_BODY);
  return path;
}

const run = runScript;

describe('npm run new', () => {
  let board: string;
  before(() => {
    board = mkdtempSync(join(tmpdir(), 'board-'));
    cpSync(BASE_BOARD, board, { recursive: true });
  });
  after(() => rmSync(board, { recursive: true, force: true }));

  it('writes a posting named after company and title that the validator accepts', () => {
    const { code, stdout } = run(
      'new.ts',
      [
        '--yes',
        '--company',
        'acme-corp',
        '--title',
        'Principal Engineer: Data Platform',
        '--level',
        'principal',
        '--workplace',
        'hybrid',
        '--office',
        'Berlin,DE',
        '--office',
        'Munich,DE',
        '--salary',
        '150000-190000',
        '--currency',
        'EUR',
        '--stack',
        'java,kafka,aws',
        '--apply',
        'https://acme.example/careers/principal-data',
      ],
      board,
    );
    assert.equal(code, 0, stdout);
    const path = join(board, 'content/jobs/acme-corp-principal-engineer-data-platform.md');
    assert.match(stdout, /created content\/jobs\/acme-corp-principal-engineer-data-platform\.md/);
    const text = readFileSync(path, 'utf8');
    assert.match(text, /^title: "Principal Engineer: Data Platform"$/m);
    assert.match(text, /^posted: 2026-11-28$/m);
    assert.match(text, /^expires: 2027-01-27$/m);
    assert.match(text, /^ {2}- city: Munich\n {4}country: DE$/m);
    // The front-matter is valid; the description is the template, which the command and the validator name.
    const sections = TEMPLATE_SECTIONS.map((s) => s.heading);
    assert.ok(
      stdout.includes(
        `Left to do: fill in the description's sections in content/jobs/acme-corp-principal-engineer-data-platform.md: ${sections.join(', ')}.`,
      ),
      stdout,
    );
    const unfinished = run('validate.ts', [], board);
    assert.equal(unfinished.code, 1);
    const lines = unfinished.stdout.split('\n').filter((line) => line.includes(' error '));
    assert.deepEqual(
      lines.map((line) => /error body: the "([^"]+)" section still holds the template's placeholder/.exec(line)?.[1]),
      sections,
      unfinished.stdout,
    );
    writeFileSync(path, text.replace(/\n---\n[\s\S]*$/, `\n---\n${REAL_BODY}`));
    const validation = run('validate.ts', [], board);
    assert.equal(validation.code, 0, validation.stdout);
  });

  it('creates the company file too when the company is new', () => {
    const { code, stdout } = run(
      'new.ts',
      [
        '--yes',
        '--body-file',
        bodyFile(board),
        '--company',
        'globex',
        '--company-name',
        'Globex',
        '--company-website',
        'https://globex.example',
        '--title',
        'Senior Backend Engineer',
        '--level',
        'senior',
        '--workplace',
        'remote',
        '--remote-from',
        'north-america,GB',
        '--salary',
        '160000-190000',
        '--currency',
        'USD',
        '--stack',
        'python,postgresql',
        '--apply',
        'mailto:jobs@globex.example',
      ],
      board,
    );
    assert.equal(code, 0);
    assert.match(
      stdout,
      /^Left to do: describe the company in content\/companies\/globex\.md, in two or three sentences\.$/m,
    );
    const company = join(board, 'content/companies/globex.md');
    const validation = run('validate.ts', [], board);
    assert.equal(validation.code, 1);
    assert.deepEqual(
      validation.stdout.split('\n').filter((line) => line.includes(' error ')),
      [
        `content/companies/globex.md:5:1 error body: the description still holds the template's placeholder ("Say in two or three sentences…"); replace it with the real text`,
      ],
    );
    writeFileSync(
      company,
      readFileSync(company, 'utf8').replace(
        /TODO:[\s\S]*$/,
        'Globex builds logistics software for freight forwarders across Europe.\n',
      ),
    );
    assert.equal(run('validate.ts', [], board).code, 0);
  });

  it("writes an office's region and postal code, quoting the postal code so that YAML keeps its leading zero", () => {
    const { code, stdout } = run(
      'new.ts',
      [
        '--yes',
        '--body-file',
        bodyFile(board),
        '--company',
        'acme-corp',
        '--title',
        'Senior Backend Engineer, Claims',
        '--level',
        'senior',
        '--workplace',
        'onsite',
        '--office',
        'Boston, Massachusetts, 02110, US',
        '--office',
        'London,,SW1A 1AA,GB',
        '--office',
        'Toronto,Ontario,CA',
        '--salary',
        '150000-180000',
        '--currency',
        'USD',
        '--stack',
        'java',
        '--apply',
        'https://acme.example/careers/senior-claims',
      ],
      board,
    );
    assert.equal(code, 0, stdout);
    const text = readFileSync(join(board, 'content/jobs/acme-corp-senior-backend-engineer-claims.md'), 'utf8');
    assert.match(
      text,
      /^offices:\n {2}- city: Boston\n {4}region: Massachusetts\n {4}postalCode: "02110"\n {4}country: US\n {2}- city: London\n {4}postalCode: "SW1A 1AA"\n {4}country: GB\n {2}- city: Toronto\n {4}region: Ontario\n {4}country: CA$/m,
    );
    const validation = run('validate.ts', [], board);
    assert.equal(validation.code, 0, validation.stdout);
  });

  it('refuses an office of more than four parts with the other problems, writing nothing', () => {
    const before = readdirSync(join(board, 'content/jobs')).sort();
    const { code, stderr } = run(
      'new.ts',
      [
        '--yes',
        '--company',
        'acme-corp',
        '--title',
        'Staff Engineer',
        '--workplace',
        'onsite',
        '--office',
        'Washington, D.C., 20001, DC, US',
      ],
      board,
    );
    assert.equal(code, 1);
    assert.match(stderr, /error level: /);
    assert.match(
      stderr,
      /content\/jobs\/acme-corp-staff-engineer\.md:1:1 error offices: the office "Washington, D\.C\., 20001, DC, US" has 5 parts; write city,CC or city,region,postal code,CC/,
    );
    assert.deepEqual(readdirSync(join(board, 'content/jobs')).sort(), before);
  });

  it('writes nothing and names each problem when the answers are not valid', () => {
    const before = readdirSync(join(board, 'content/jobs')).sort();
    const { code, stderr } = run(
      'new.ts',
      [
        '--yes',
        '--company',
        'acme-corp',
        '--title',
        'Lead Engineer',
        '--level',
        'lead',
        '--workplace',
        'remote',
        '--remote-from',
        'eu',
        '--salary',
        '100000-300000',
        '--currency',
        'EUR',
        '--stack',
        'go',
        '--apply',
        'http://acme.example/x',
      ],
      board,
    );
    assert.equal(code, 1);
    assert.match(stderr, /error level: found "lead"/);
    assert.match(stderr, /error salary\.max: found 300000, more than 2 × min \(100000\)/);
    assert.match(stderr, /error apply: found "http:\/\/acme\.example\/x": only https: links are accepted/);
    assert.match(stderr, /new: nothing was written/);
    assert.deepEqual(readdirSync(join(board, 'content/jobs')).sort(), before);
  });

  it('writes the optional fields and a description from a file', () => {
    const bodyFile = join(board, 'body.md');
    writeFileSync(bodyFile, `## About the team\n\n${'We run the ledger that settles every payment. '.repeat(10)}\n`);
    const { code, stdout, stderr } = run(
      'new.ts',
      [
        '--yes',
        ...['--company', 'acme-corp', '--title', 'Senior Engineer, Ledger', '--level', 'senior'],
        ...['--workplace', 'remote', '--remote-from', 'eu,GB', '--timezone=-1 to 3'],
        ...['--salary', '90000-120000', '--currency', 'EUR', '--equity', 'yes', '--visa-sponsorship', 'no'],
        ...['--stack', 'go,postgresql', '--interview', 'behavioral,system-design'],
        ...['--apply', 'https://acme.example/careers/ledger', '--body-file', bodyFile],
      ],
      board,
    );
    assert.equal(code, 0, stdout + stderr);
    const text = readFileSync(join(board, 'content/jobs/acme-corp-senior-engineer-ledger.md'), 'utf8');
    assert.match(text, /^timezone:\n {2}from: -1\n {2}to: 3$/m);
    assert.match(text, /^equity: true\nvisaSponsorship: false$/m);
    assert.match(text, /^interview: \[behavioral, system-design\]$/m);
    assert.match(text, /^---\n## About the team\n\nWe run the ledger/m);
  });

  it('names answers that cannot be written as a field, with the fix', () => {
    const { code, stderr } = run(
      'new.ts',
      [
        '--yes',
        ...['--company', 'acme-corp', '--title', 'Staff Engineer, Search', '--level', 'staff'],
        ...['--workplace', 'remote', '--remote-from', 'eu', '--timezone', 'CET'],
        ...['--salary', '90000-120000', '--currency', 'EUR', '--equity', 'maybe', '--stack', 'go'],
        ...['--apply', 'https://acme.example/careers/search'],
      ],
      board,
    );
    assert.equal(code, 1);
    assert.match(stderr, /error timezone: "CET" is not a range of UTC offsets; write .* e\.g\. "-1 to 3"/);
    assert.match(stderr, /error equity: "maybe" is neither yes nor no; answer yes or no/);
  });

  it('keeps every answer a value of its own field: a line break cannot add a field', () => {
    const { code, stderr } = run(
      'new.ts',
      [
        '--yes',
        ...['--company', 'acme-corp', '--title', 'Staff Engineer\nlevel: principal', '--level', 'staff'],
        ...['--workplace', 'remote', '--remote-from', 'eu', '--salary', '90000-120000\nequity: true'],
        ...['--currency', 'EUR', '--stack', 'go', '--apply', 'https://acme.example/x\nvisaSponsorship: true'],
      ],
      board,
    );
    assert.equal(code, 1);
    assert.match(stderr, /error title: /);
    assert.match(stderr, /error salary: the salary holds a line break or another control character/);
    assert.match(stderr, /error apply: /);
    assert.doesNotMatch(stderr, /given twice/);
  });

  it('reads a salary and dates given as people type them', () => {
    const { code, stdout, stderr } = run(
      'new.ts',
      [
        '--yes',
        ...['--body-file', bodyFile(board), '--company', 'acme-corp', '--title', 'Staff Engineer, Billing'],
        ...['--level', 'staff', '--workplace', 'remote', '--remote-from', 'eu', '--salary', '€120,000 to 150,000'],
        ...['--stack', 'go', '--apply', 'https://acme.example/careers/billing', '--posted', 'yesterday'],
        ...['--expires', '+8w'],
      ],
      board,
    );
    assert.equal(code, 0, stdout + stderr);
    const text = readFileSync(join(board, 'content/jobs/acme-corp-staff-engineer-billing.md'), 'utf8');
    assert.match(text, /^salary:\n {2}min: 120000\n {2}max: 150000\n {2}currency: EUR\n {2}period: year$/m);
    assert.match(text, /^posted: 2026-11-27\nexpires: 2027-01-22$/m);
    assert.match(stdout, /content\/jobs\/acme-corp-staff-engineer-billing\.md is complete/);
  });

  it('refuses an ambiguous salary, and one whose currency contradicts --currency, once each', () => {
    const flags = (salary: string, ...more: string[]) => [
      '--yes',
      ...['--company', 'acme-corp', '--title', 'Staff Engineer, Ledger Tools', '--level', 'staff'],
      ...['--workplace', 'remote', '--remote-from', 'eu', '--salary', salary, ...more, '--stack', 'go'],
      ...['--apply', 'https://acme.example/careers/ledger-tools'],
    ];
    const ambiguous = run('new.ts', flags('120.000-150.000', '--currency', 'EUR'), board);
    assert.equal(ambiguous.code, 1);
    assert.deepEqual(
      ambiguous.stderr.split('\n').filter((line) => line.includes(' error ')),
      [
        'content/jobs/acme-corp-staff-engineer-ledger-tools.md:1:1 error salary: "120.000" can be read in two ways, with "." between thousands or as a decimal point; write 120000 (or 120k) for the one, 120 for the other',
      ],
    );
    const contradiction = run('new.ts', flags('€120k-150k', '--currency', 'USD'), board);
    assert.equal(contradiction.code, 1);
    assert.match(
      contradiction.stderr,
      /error salary\.currency: the salary "€120k-150k" is in EUR, but the currency is USD; give one currency\n/,
    );
    assert.equal(contradiction.stderr.match(/ error /g)?.length, 1, contradiction.stderr);
  });
});
