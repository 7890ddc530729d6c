// npm run lighthouse: Lighthouse scores of the built site's main page types, served by `astro preview` and
// audited in Chromium (CHROMIUM_PATH, default /usr/bin/chromium) with Lighthouse's default mobile settings.
// Build first (npm run build). Exit 1 when a score is below --min (default 100).

import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4340' },
    min: { type: 'string', default: '100' },
    page: { type: 'string', multiple: true },
  },
});
const port = Number(values.port);
const min = Number(values.min);
const pages = values.page ?? [
  '/',
  '/jobs/northwind-ledger-staff-backend-engineer-ledger-core/',
  '/stack/kafka/',
  '/search/?q=kafka',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port)], {
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
let failed = false;
try {
  await waitFor(`http://localhost:${port}/`);
  console.log(`| page | ${CATEGORIES.join(' | ')} |\n|---|${CATEGORIES.map(() => '---').join('|')}|`);
  for (const page of pages) {
    const result = await lighthouse(`http://localhost:${port}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
    if (scores.some((s) => s < min)) failed = true;
    console.log(`| ${page} | ${scores.join(' | ')} |`);
    for (const c of CATEGORIES) {
      if ((categories[c]?.score ?? 0) * 100 >= min) continue;
      for (const ref of categories[c]?.auditRefs ?? []) {
        const audit = result!.lhr.audits[ref.id];
        if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0)
          console.log(`    ${c}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.kill();
}
process.exitCode = failed ? 1 : 0;
