// Every command follows one exit-code convention (scripts/lib/cli.ts) and says so in its --help: 0 when all is
// well, 1 for problems in the content, 2 for a usage error: a bad option, argument or BOARD_DATE, or a folder
// it needs that is not there. Each command is run as npm runs it, in a process of its own.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_BOARD } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SLUG = 'acme-corp-staff-backend-engineer';

/** The script behind `npm run <command>`, when its file has another name. */
const SCRIPT_FILES: Readonly<Record<string, string>> = { generate: 'generate-board' };

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _ci, ...inherited } = process.env;
  const script = join(ROOT, 'scripts', `${SCRIPT_FILES[command] ?? command}.ts`);
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, BOARD_DATE: '2026-11-28', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    input: '',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the commands’ exit codes', () => {
  const work = mkdtempSync(join(tmpdir(), 'board-cli-'));
  const board = join(work, 'board');
  const linked = join(work, 'linked');
  before(() => {
    cpSync(BASE_BOARD, board, { recursive: true });
    // A board whose content/jobs is a link to a folder outside it, holding the same posting.
    cpSync(BASE_BOARD, linked, { recursive: true });
    renameSync(join(linked, 'content/jobs'), join(work, 'outside-jobs'));
    symlinkSync(join(work, 'outside-jobs'), join(linked, 'content/jobs'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('are documented in every command’s --help, the same 2 for all', () => {
    const commands = ['validate', 'build', 'new', 'intake', 'report', 'close', 'check-links', 'check-paths', 'docs'];
    for (const command of [...commands, 'generate', 'lighthouse', 'bench']) {
      const { code, stdout, stderr } = run(command, ['--help'], ROOT);
      assert.equal(code, 0, `${command}: ${stderr}`);
      assert.match(stdout, /^Usage: npm run /, command);
      assert.match(stdout, /\nExit status:\n {2}0 {2}\S.*\n {2}1 {2}\S.*\n {2}2 {2}a usage error: /, command);
    }
  });

  it('are 2, with the usage, when --root names no folder', () => {
    for (const [command, args] of [
      ['validate', []],
      ['report', []],
      ['close', [SLUG]],
      ['check-links', []],
      ['check-paths', [`content/jobs/${SLUG}.md`]],
    ] as const) {
      const { code, stdout, stderr } = run(command, [...args, '--root', 'no-such-board'], board);
      assert.equal(code, 2, `${command}: ${stdout}${stderr}`);
      assert.ok(
        stderr.startsWith(`${command}: --root no-such-board: there is no such folder\n\nUsage: npm run ${command}`),
        `${command}: ${stderr}`,
      );
    }
  });

  it('are 2, with the usage, for a BOARD_DATE that is not a date, before anything is read or built', () => {
    for (const [command, args] of [
      ['validate', []],
      ['build', []],
      ['new', ['--yes']],
      ['intake', ['--body-file', 'issue.md']],
      ['report', []],
      ['close', [SLUG]],
      ['check-links', []],
    ] as const) {
      const { code, stderr } = run(command, [...args], board, { BOARD_DATE: '2026-02-30' });
      assert.equal(code, 2, `${command}: ${stderr}`);
      assert.ok(
        stderr.startsWith(`${command}: BOARD_DATE=2026-02-30 is February 2026 has 28 days, so day 30 does not exist`),
        `${command}: ${stderr}`,
      );
      assert.match(stderr, new RegExp(`\\n\\nUsage: npm run ${command}`), command);
    }
  });

  it('are 2 for an argument a command does not take', () => {
    for (const [command, args, message] of [
      ['build', ['dist'], 'unexpected argument "dist"; the build takes none'],
      ['new', ['acme'], 'unexpected argument "acme"; every value is given with its option'],
      ['docs', ['CONTRIBUTING.md'], 'unexpected argument "CONTRIBUTING.md"'],
      ['generate', ['--out', join(tmpdir(), 'unused'), '--postings', 'many'], '--postings must be a whole number'],
      ['lighthouse', ['--page', 'search'], '--page takes a path that starts with /, not "search"'],
      ['close', ['acme-corp-staff-backend'], `there is no posting content/jobs/acme-corp-staff-backend.md`],
    ] as const) {
      const { code, stderr } = run(command, [...args], board);
      assert.equal(code, 2, `${command}: ${stderr}`);
      assert.ok(stderr.startsWith(`${command}: ${message}`), `${command}: ${stderr}`);
    }
  });

  it('are 1, naming the folder, when a content folder is a link, and nothing behind it is read', () => {
    for (const [command, args] of [
      ['validate', []],
      ['new', ['--yes', '--company', 'acme-corp', '--title', 'Senior Backend Engineer, Search']],
      ['report', []],
      ['close', [SLUG]],
      ['check-links', []],
    ] as const) {
      const { code, stdout, stderr } = run(command, [...args], linked);
      assert.equal(code, 1, `${command}: ${stdout}${stderr}`);
      assert.equal(stdout, '', command);
      assert.equal(
        stderr,
        `${command}: content/jobs is a symbolic link; content folders must be real folders in the repository\n`,
        command,
      );
    }
  });
});
