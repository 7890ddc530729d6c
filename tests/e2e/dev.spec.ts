// `npm run dev` as a contributor uses it: the page shows an edit without a restart (and reloads by itself), a
// broken edit shows the validator's message in the browser and the terminal until it is fixed, and added and
// deleted postings appear and disappear. The dev server runs on a throwaway copy of the sample board.

import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT, copyProject } from '../../scripts/lib/project-copy.ts';
import { TEST_BOARD_DATE } from '../support/servers.ts';

const PORT = Number(process.env['DEV_PORT'] ?? 4331);
const BASE = `http://localhost:${PORT}`;
const SLUG = 'northwind-ledger-staff-backend-engineer-ledger-core';

test.describe.configure({ mode: 'serial' });

let root: string;
let server: ChildProcess;
let log = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  root = copyProject(join(tmpdir(), 'job-board-dev-board'), join(PROJECT, 'tests/fixtures/sample-board/content'));
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT)], {
    cwd: root,
    env: { ...process.env, BOARD_DATE: TEST_BOARD_DATE, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await expect(async () => expect((await fetch(`${BASE}/jobs/${SLUG}/`)).status).toBe(200)).toPass({
    timeout: 90_000,
  });
});

test.afterAll(() => {
  server.kill();
  rmSync(root, { recursive: true, force: true });
});

const file = () => join(root, `content/jobs/${SLUG}.md`);

test('an edited title shows in the open page, which reloads by itself', async ({ page }) => {
  const original = readFileSync(file(), 'utf8');
  await page.goto(`${BASE}/jobs/${SLUG}/`);
  await expect(page.locator('h1')).toHaveText('Staff Backend Engineer, Ledger Core');
  writeFileSync(file(), original.replace(/^title: .*$/m, 'title: Staff Backend Engineer, Ledger Core v2'));
  await expect(page.locator('h1')).toHaveText('Staff Backend Engineer, Ledger Core v2', { timeout: 20_000 });
  writeFileSync(file(), original);
  await expect(page.locator('h1')).toHaveText('Staff Backend Engineer, Ledger Core', { timeout: 20_000 });
});

test('a broken edit shows the validator’s message in the browser and the terminal, until it is fixed', async ({
  page,
}) => {
  const original = readFileSync(file(), 'utf8');
  await page.goto(`${BASE}/jobs/${SLUG}/`);
  const line = original.split('\n').findIndex((l) => l.startsWith('level:')) + 1;
  const message = `content/jobs/${SLUG}.md:${line}:8 error level: found "sen"; allowed: senior, staff or principal`;
  writeFileSync(file(), original.replace(/^level: .*$/m, 'level: sen'));
  await expect(page.locator('vite-error-overlay')).toContainText(message, { timeout: 20_000 });
  expect(log).toContain(message);
  writeFileSync(file(), original);
  await expect(page.locator('h1')).toHaveText('Staff Backend Engineer, Ledger Core', { timeout: 20_000 });
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
});

test('an added posting appears, and a deleted one is gone, without a restart', async ({ page }) => {
  const added = join(root, 'content/jobs/northwind-ledger-staff-backend-engineer-ledger-tools.md');
  const text = readFileSync(file(), 'utf8')
    .replace(/^title: .*$/m, 'title: Staff Backend Engineer, Tools')
    .replace(/^apply: .*$/m, 'apply: https://northwind-ledger.example/careers/tools');
  writeFileSync(added, text);
  await expect(async () => {
    await page.goto(`${BASE}/jobs/northwind-ledger-staff-backend-engineer-ledger-tools/`);
    await expect(page.locator('h1')).toHaveText('Staff Backend Engineer, Tools', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  rmSync(added);
  await expect(async () => {
    const response = await page.goto(`${BASE}/jobs/northwind-ledger-staff-backend-engineer-ledger-tools/`);
    expect(response?.status()).toBe(404);
  }).toPass({ timeout: 20_000 });
  // The copy of the board is as it was for the other tests.
  copyFileSync(join(PROJECT, `tests/fixtures/sample-board/content/jobs/${SLUG}.md`), file());
});
