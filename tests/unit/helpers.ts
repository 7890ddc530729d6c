// Builds boards for tests from fixture files: a base board (one company, one valid posting) plus extras; and runs
// the board's commands as a contributor would.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { validateBoard, type Board } from '../../src/board/board.ts';
import { JobSchema, type Job } from '../../src/board/schema.ts';
import type { ContentEntry } from '../../src/board/content-entry.ts';
import { readContentDir } from '../../src/build/content-files.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const BASE_BOARD = join(FIXTURES, 'board');
export const TODAY = '2026-11-28';
const SCRIPTS = fileURLToPath(new URL('../../scripts/', import.meta.url));

/**
 * `scripts/<script>` run in `cwd` on TODAY, outside GitHub Actions (whose annotations would change the output),
 * with nothing on its standard input.
 */
export function runScript(script: string, args: string[], cwd: string) {
  const { GITHUB_ACTIONS: _ci, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [join(SCRIPTS, script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, BOARD_DATE: TODAY },
    input: '',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A content entry holding `text` (or bytes) at `path`. */
export function entry(path: string, content: string | Uint8Array): ContentEntry {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { path, type: 'file', size: bytes.length, bytes };
}

/** The rule fixture `tests/fixtures/rules/<kind>/<name>` as an entry of the board's content folder. */
export function fixture(kind: 'jobs' | 'companies', name: string): ContentEntry {
  const bytes = readFileSync(join(FIXTURES, 'rules', kind, name));
  return {
    path: `content/${kind}/${name}`,
    type: 'file',
    size: bytes.length,
    bytes: bytes.length > 100 * 1024 ? undefined : bytes,
  } as ContentEntry;
}

/** Every rule fixture of a kind. */
export function fixtureNames(kind: 'jobs' | 'companies'): string[] {
  return readdirSync(join(FIXTURES, 'rules', kind)).sort();
}

/** Validates the base board with extra entries added. */
export function boardWith(extra: { jobs?: ContentEntry[]; companies?: ContentEntry[] }, today = TODAY): Board {
  return validateBoard({
    jobs: [...readContentDir(BASE_BOARD, 'content/jobs'), ...(extra.jobs ?? [])],
    companies: [...readContentDir(BASE_BOARD, 'content/companies'), ...(extra.companies ?? [])],
    publicFile: () => undefined,
    today,
  });
}

/** A valid posting's front-matter, parsed: a remote Senior role in the EU at €100k–€120k a year, open on TODAY, with `changes` applied. */
export function validJob(changes: Partial<Record<keyof Job, unknown>> = {}): Job {
  return JobSchema.parse({
    title: 'Senior Backend Engineer, Payments',
    company: 'acme-corp',
    level: 'senior',
    employmentType: 'full-time',
    workplace: 'remote',
    remoteFrom: ['eu'],
    salary: { min: 100_000, max: 120_000, currency: 'EUR', period: 'year' },
    stack: ['go'],
    posted: '2026-11-01',
    expires: '2027-01-15',
    apply: 'https://acme.example/jobs/1',
    ...changes,
  });
}
