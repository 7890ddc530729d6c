// npm run lighthouse: Lighthouse scores of the built site's main page types, served by `astro preview` and
// audited in Chromium (CHROMIUM_PATH, default /usr/bin/chromium) with Lighthouse's default mobile settings.
// Build first (npm run build); --help says what the exit codes mean.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { EXIT, UsageError, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';

const USAGE = `Usage: npm run lighthouse -- [options]

Serves the built site (dist/, so run npm run build first) with astro preview and audits pages in Chromium
(CHROMIUM_PATH, default /usr/bin/chromium) with Lighthouse's default mobile settings: performance,
accessibility, best practices and SEO, printed as a Markdown table with what cost each point.

Options:
  --page <path>   a page to audit, as /path/?query (repeatable; default: the home page, a posting,
                  /stack/kafka/ and /search/?q=kafka)
  --min <score>   the lowest score that passes (default: 100)
  --port <n>      the preview server's port (default: 4340)
  -h, --help      show this help

${exitStatus('every score of every page is at least --min', 'a score is below --min')}`;

function options(argv: string[]): { port: number; min: number; pages: string[] } {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      port: { type: 'string', default: '4340' },
      min: { type: 'string', default: '100' },
      page: { type: 'string', multiple: true },
    },
    USAGE,
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port must be a port number, not "${values.port}"`);
  const min = Number(values.min);
  if (!(min >= 0 && min <= 100)) throw new UsageError(`--min must be a score from 0 to 100, not "${values.min}"`);
  const pages = values.page ?? [
    '/',
    '/jobs/northwind-ledger-staff-backend-engineer-ledger-core/',
    '/stack/kafka/',
    '/search/?q=kafka',
  ];
  const bad = pages.find((page) => !page.startsWith('/'));
  if (bad !== undefined) throw new UsageError(`--page takes a path that starts with /, not "${bad}"`);
  if (!existsSync('dist/index.html')) throw new UsageError('there is no built site in dist/; run npm run build first');
  return { port, min, pages };
}

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
  throw new UsageError(`${url} did not come up: astro preview could not serve dist/`);
}

async function main(argv: string[]): Promise<number> {
  const { port, min, pages } = options(argv);
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
    chrome.kill();
    server.kill();
  }
  return failed ? EXIT.problems : EXIT.ok;
}

if (import.meta.main) process.exitCode = await runCommand('lighthouse', USAGE, () => main(process.argv.slice(2)));
