// npm run new --hours: the working-hours window and zone become the posting's `hours`, which the validator then
// judges like any other field; a value that is not a window and a zone is named as a problem of its own.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_BOARD, runScript } from './helpers.ts';

const run = runScript;

const posting = (title: string, hours: string) => [
  '--yes',
  '--company',
  'acme-corp',
  '--title',
  title,
  '--level',
  'staff',
  '--workplace',
  'remote',
  '--remote-from',
  'eu',
  '--hours',
  hours,
  '--salary',
  '150000-190000',
  '--currency',
  'EUR',
  '--stack',
  'go',
  '--apply',
  `https://acme.example/careers/${title.toLowerCase().replace(/\W+/g, '-')}`,
];

describe('npm run new --hours', () => {
  let board: string;
  before(() => {
    board = mkdtempSync(join(tmpdir(), 'board-'));
    cpSync(BASE_BOARD, board, { recursive: true });
  });
  after(() => rmSync(board, { recursive: true, force: true }));

  it('writes the window and zone as hours, which validate', () => {
    const body = join(board, 'body.md');
    writeFileSync(
      body,
      `## About the team\n\n${'We run the ledger that settles every payment, day and night. '.repeat(8)}\n`,
    );
    const args = [...posting('Staff Engineer, India Hours', '10:00-18:30 Asia/Kolkata'), '--body-file', body];
    const { code, stdout } = run('new.ts', args, board);
    assert.equal(code, 0, stdout);
    const text = readFileSync(join(board, 'content/jobs/acme-corp-staff-engineer-india-hours.md'), 'utf8');
    assert.match(text, /^hours: \{ start: "10:00", end: "18:30", zone: "Asia\/Kolkata" \}$/m);
    assert.equal(run('validate.ts', [], board).code, 0);
  });

  it("leaves a wrong time or zone to the validator's messages, writing nothing", () => {
    const before = readdirSync(join(board, 'content/jobs')).sort();
    const { code, stdout, stderr } = run('new.ts', posting('Staff Engineer, Bad Hours', '9:00-17:00 Etc/GMT+5'), board);
    assert.equal(code, 1);
    assert.match(stdout + stderr, /hours\.start: found "9:00": write the time on the 24-hour clock as HH:MM/);
    assert.match(stdout + stderr, /hours\.zone: found "Etc\/GMT\+5": Etc\/GMT\+5 is UTC-05:00/);
    assert.deepEqual(readdirSync(join(board, 'content/jobs')).sort(), before);
  });

  it('names hours that are not a window and a zone, with the other problems, writing nothing', () => {
    const { code, stderr } = run('new.ts', posting('Staff Engineer, No Zone', '09:00-17:00'), board);
    assert.equal(code, 1);
    assert.match(
      stderr,
      /error hours: "09:00-17:00" is not a window and a zone; write the hours and the zone, e\.g\. "09:00-17:00 Europe\/Berlin"/,
    );
  });
});
