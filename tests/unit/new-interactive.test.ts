// npm run new in a terminal, as a person uses it: through a pseudo-terminal, each wrong answer is named with the
// validator's message and corrected in place, choices are made from the board's vocabulary, and the posting
// written is valid.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEY, Terminal } from '../support/terminal.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(ROOT, 'tests/fixtures/sample-board');
const NEW = join(ROOT, 'scripts/new.ts');

/** The environment of a contributor's terminal: no CI, the sample board's date, an editor or none. */
function environment(editor?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BOARD_DATE: '2026-11-28', GITHUB_ACTIONS: '', TERM: 'xterm' };
  delete env['VISUAL'];
  delete env['EDITOR'];
  delete env['CI'];
  if (editor !== undefined) env['EDITOR'] = editor;
  return env;
}

function validate(cwd: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/validate.ts')], {
    cwd,
    encoding: 'utf8',
    env: environment(),
  });
  return { code: result.status, stdout: result.stdout };
}

describe('npm run new in a terminal', () => {
  let board: string;
  before(() => {
    board = mkdtempSync(join(tmpdir(), 'new-tty-'));
    cpSync(SAMPLE, board, { recursive: true });
  });
  after(() => rmSync(board, { recursive: true, force: true }));

  it('asks again in place for a wrong answer, offers the vocabulary, and writes a valid posting', async () => {
    const editor = `'${process.execPath}' '${join(ROOT, 'tests/support/fake-editor.ts')}' --wait`;
    const term = new Terminal([process.execPath, NEW, '--level', 'sen'], { cwd: board, env: environment(editor) });
    try {
      // "basalt" is not a slug, but the list offers BasaltDB (basalt-db), focused, to pick with Enter.
      await term.answer('Company (type its name or slug)', 'basalt');
      const companies = await term.waitFor('a new company: "basalt"');
      assert.match(companies, /● BasaltDB \(basalt-db\)/);
      term.type(KEY.enter);
      await term.answer('Job title', `Staff Backend Engineer, Storage${KEY.enter}`);

      // The level given as a flag is wrong: the validator's message, then the choice of levels.
      await term.waitFor('level: found "sen"; allowed: senior, staff or principal');
      await term.answer('Level', `${KEY.down}${KEY.enter}`);
      await term.answer('Employment type', KEY.enter);
      await term.answer('Workplace', KEY.enter);

      // Places by alias and by region, picked with Tab.
      // "uk" is an alias of GB: that choice comes first, before UK and Ireland, and shows its aliases as focused.
      await term.answer('Where may applicants live?', 'uk');
      await term.waitFor('Search: uk');
      await term.waitFor('◻ United Kingdom (GB) (also uk, united-kingdom, england)');
      term.type(`${KEY.tab}${KEY.backspace}${KEY.backspace}eu`);
      await term.waitFor('◻ European Union (eu) (also european-union)');
      term.type(`${KEY.tab}${KEY.enter}`);
      await term.waitFor('United Kingdom (GB), European Union (eu)');
      await term.answer('UTC offsets', KEY.enter);
      // A zone spelt in lower case is asked again with the database's spelling.
      await term.answer('working hours and time zone', `09:00-17:00 europe/berlin${KEY.enter}`);
      await term.waitFor('Did you mean "Europe/Berlin"?');
      term.type(`${KEY.backspace.repeat('europe/berlin'.length)}Europe/Berlin${KEY.enter}`);

      // German thousands are ambiguous: asked again, with what was typed kept to correct.
      await term.answer('Salary range, min-max', `120.000-150.000${KEY.enter}`);
      await term.waitFor(
        'salary: "120.000" can be read in two ways, with "." between thousands or as a decimal point; write 120000 (or 120k) for the one, 120 for the other',
      );
      term.type(`${KEY.backspace.repeat('120.000-150.000'.length)}120k-150k${KEY.enter}`);
      await term.answer('Currency', KEY.enter);
      await term.answer('The salary is paid per', KEY.enter);
      await term.answer('Does the offer include equity?', KEY.enter);
      await term.answer('Does the company sponsor work visas?', KEY.enter);

      // "postgres" finds PostgreSQL by its alias. The screen redraws only the lines that change, so the choice
      // is focused (its aliases shown) from the first letters on.
      await term.answer('Stack', 'postgres');
      await term.waitFor('◻ PostgreSQL (also postgres, psql, pg)');
      await term.waitFor('Search: postgres');
      term.type(`${KEY.tab}${KEY.enter}`);
      await term.waitFor(/●\s+PostgreSQL\r?\n/);
      await term.answer('Interview steps', KEY.enter);

      const link = 'http://basalt-db.example/careers/staff-storage';
      await term.answer('Apply link', `${link}${KEY.enter}`);
      await term.waitFor(`apply: found "${link}": only https: links are accepted; use https://`);
      term.type(`${KEY.backspace.repeat(link.length)}${link.replace('http:', 'https:')}${KEY.enter}`);
      await term.answer('Posted on', KEY.enter);
      await term.answer('Expires on', KEY.enter);

      await term.waitFor('created content/jobs/basalt-db-staff-backend-engineer-storage.md');
      await term.waitFor('content/jobs/basalt-db-staff-backend-engineer-storage.md is complete');
      assert.equal(await term.exited, 0, term.screen);
    } finally {
      term.kill();
    }

    const text = readFileSync(join(board, 'content/jobs/basalt-db-staff-backend-engineer-storage.md'), 'utf8');
    assert.match(text, /^company: basalt-db$/m);
    assert.match(text, /^level: staff$/m);
    assert.match(text, /^remoteFrom: \[GB, eu\]$/m);
    assert.match(text, /^hours: \{ start: "09:00", end: "17:00", zone: "Europe\/Berlin" \}$/m);
    assert.match(text, /^salary:\n {2}min: 120000\n {2}max: 150000\n {2}currency: EUR\n {2}period: year$/m);
    assert.match(text, /^stack: \[postgresql\]$/m);
    assert.match(text, /^apply: https:\/\/basalt-db\.example\/careers\/staff-storage$/m);
    assert.match(text, /^posted: 2026-11-28\nexpires: 2027-01-27$/m);
    // The editor replaced the template.
    assert.match(text, /^## About the team\n\nWe keep the storage engine fast/m);
    assert.doesNotMatch(text, /TODO:/);
    const validation = validate(board);
    assert.equal(validation.code, 0, validation.stdout);
  });

  it('asks again only for the answer a problem of the whole board concerns: a duplicate apply link', async () => {
    const duplicate = 'https://basalt-db.example/careers/principal-engineer-distributed-transactions';
    const flags = [
      ...['--company', 'basalt-db', '--title', 'Principal Engineer, Replication', '--level', 'principal'],
      ...['--workplace', 'hybrid', '--office', 'Berlin,DE', '--salary', '€150,000 to 190,000'],
      ...['--stack', 'go,postgresql', '--apply', duplicate, '--posted', 'today', '--expires', '+8w'],
    ];
    const term = new Terminal([process.execPath, NEW, ...flags], { cwd: board, env: environment() });
    try {
      // Only the answers that no flag gave are asked (the salary named its currency), then the draft is
      // checked with the whole board.
      await term.answer('Employment type', KEY.enter);
      await term.answer('UTC offsets', KEY.enter);
      await term.answer('working hours and time zone', KEY.enter);
      await term.answer('The salary is paid per', KEY.enter);
      await term.answer('Does the offer include equity?', KEY.enter);
      await term.answer('Does the company sponsor work visas?', KEY.enter);
      await term.answer('Interview steps', KEY.enter);
      const asked = await term.waitFor(
        'apply: the same apply link as content/jobs/basalt-db-principal-engineer-distributed-transactions.md',
      );
      assert.doesNotMatch(asked, /Company|Job title|Salary range|Stack|Currency/);
      await term.waitFor('Apply link');
      term.type(
        `${KEY.backspace.repeat(duplicate.length)}https://basalt-db.example/careers/principal-replication${KEY.enter}`,
      );
      await term.waitFor('created content/jobs/basalt-db-principal-engineer-replication.md');
      // No editor: the file says what is left, and so does the command.
      await term.waitFor("Left to do: fill in the description's sections");
      assert.equal(await term.exited, 0, term.screen);
    } finally {
      term.kill();
    }
    const text = readFileSync(join(board, 'content/jobs/basalt-db-principal-engineer-replication.md'), 'utf8');
    assert.match(text, /^salary:\n {2}min: 150000\n {2}max: 190000\n {2}currency: EUR\n {2}period: year$/m);
    assert.match(text, /^posted: 2026-11-28\nexpires: 2027-01-23$/m);
    assert.match(text, /^apply: https:\/\/basalt-db\.example\/careers\/principal-replication$/m);
    assert.match(text, /^TODO: Say what the team owns/m);
  });

  it('creates a new company, its website checked like a company file, and offers the existing one for a near miss', async () => {
    const flags = [
      ...['--title', 'Senior Backend Engineer, Routing', '--level', 'senior', '--employment-type', 'full-time'],
      ...['--workplace', 'onsite', '--office', 'Oslo,NO', '--timezone=0 to 2', '--hours', '08:00-16:00 Europe/Oslo'],
      ...['--salary', '900k-1.1M NOK'],
      ...['--period', 'year', '--equity', 'no', '--visa-sponsorship', 'yes', '--stack', 'kotlin'],
      ...['--interview', 'behavioral', '--apply', 'https://globex.example/jobs/routing', '--posted', 'today'],
      ...['--expires', '+30d'],
    ];
    const term = new Terminal([process.execPath, NEW, ...flags], { cwd: board, env: environment() });
    try {
      await term.answer('Company (type its name or slug)', 'Globex');
      await term.waitFor('a new company: "Globex"');
      term.type(KEY.enter);
      await term.answer('Company name', KEY.enter);
      await term.answer("Company's website", `globex.example${KEY.enter}`);
      await term.waitFor(
        'website: found "globex.example": not a complete URL; write it in full, starting with https://',
      );
      term.type(`${KEY.backspace.repeat('globex.example'.length)}https://globex.example${KEY.enter}`);
      await term.answer('Company slug', KEY.enter);
      await term.waitFor('created content/companies/globex.md');
      await term.waitFor('Left to do: describe the company in content/companies/globex.md');
      assert.equal(await term.exited, 0, term.screen);
    } finally {
      term.kill();
    }
    assert.match(
      readFileSync(join(board, 'content/companies/globex.md'), 'utf8'),
      /^---\nname: Globex\nwebsite: "https:\/\/globex\.example"\n---\nTODO: /,
    );
    const posting = readFileSync(join(board, 'content/jobs/globex-senior-backend-engineer-routing.md'), 'utf8');
    assert.match(posting, /^salary:\n {2}min: 900000\n {2}max: 1100000\n {2}currency: NOK\n {2}period: year$/m);

    // Choosing "a new company" for what the board has already: it asks whether it is that one.
    const again = new Terminal(
      [process.execPath, NEW, ...flags.slice(0, -4), '--apply', 'https://basalt-db.example/r'],
      {
        cwd: board,
        env: environment(),
      },
    );
    try {
      await again.answer('Company (type its name or slug)', 'basalt');
      await again.waitFor('a new company: "basalt"');
      again.type(`${KEY.down}${KEY.enter}`);
      await again.answer('Company name', KEY.enter);
      await again.answer('The board already has BasaltDB (basalt-db). Is the posting for BasaltDB?', KEY.enter);
      await again.answer('Posted on', KEY.enter);
      await again.answer('Expires on', KEY.enter);
      await again.waitFor('created content/jobs/basalt-db-senior-backend-engineer-routing.md');
      assert.equal(await again.exited, 0, again.screen);
    } finally {
      again.kill();
    }
    assert.equal(existsSync(join(board, 'content/companies/basalt.md')), false);
  });

  it('writes nothing when the questions are cancelled', async () => {
    const before = readdirSync(join(board, 'content/jobs')).sort();
    const term = new Terminal([process.execPath, NEW], { cwd: board, env: environment() });
    try {
      await term.answer('Company (type its name or slug)', `basalt${KEY.enter}`);
      await term.answer('Job title', KEY.ctrlC);
      await term.waitFor('new: cancelled; nothing was written');
      assert.equal(await term.exited, 1);
    } finally {
      term.kill();
    }
    assert.deepEqual(readdirSync(join(board, 'content/jobs')).sort(), before);
    assert.equal(existsSync(join(board, 'content/companies/basalt.md')), false);
  });
});
