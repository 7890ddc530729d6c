// Logos in Chromium: a logo rebuilt from its allowlist looks exactly like the contributor's file, as an <img>
// and opened on its own under the logo policy; and the built board served with the headers dist/_headers
// gives (as Cloudflare Pages applies them) works: search runs, no policy violation, no framing.

import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanSvgLogo } from '../../src/board/logo/logo-svg.ts';
import { LOGO_POLICY } from '../../src/site/csp.ts';
import { SAMPLE_DIST } from '../support/servers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS_LOGOS = join(ROOT, 'tests/fixtures/corpus/public/logos');
const SAMPLE_LOGOS = join(ROOT, 'tests/fixtures/sample-board/public/logos');
/** Real exports and the sample board's logos, each rendered before and after cleaning. */
const LOGOS = [
  join(CORPUS_LOGOS, 'logo-inkscape-export.svg'),
  join(CORPUS_LOGOS, 'logo-illustrator-export.svg'),
  join(CORPUS_LOGOS, 'logo-figma-export.svg'),
  join(CORPUS_LOGOS, 'logo-svg-prefixed-root.svg'),
  join(CORPUS_LOGOS, 'logo-svg-cdata-text.svg'),
  join(CORPUS_LOGOS, 'corpus-co.svg'),
  ...readdirSync(SAMPLE_LOGOS).map((name) => join(SAMPLE_LOGOS, name)),
];
const ORIGIN = 'http://logos.test';

function cleaned(file: string): string {
  const result = cleanSvgLogo(readFileSync(file));
  if (!result.ok) throw new Error(`${file} is refused: ${JSON.stringify(result.problems)}`);
  return result.svg;
}

let images = 0;

/** Screenshots of `svg` drawn by an <img> of a fixed size, large enough to show every detail. */
async function asImage(page: Page, svg: string | Buffer): Promise<Buffer> {
  // A new address each time, so that no image is taken from the cache.
  const path = `/logo-${++images}.svg`;
  await page.route(`${ORIGIN}${path}`, (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
  await page.route(`${ORIGIN}/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><body style="margin:0;background:#fff"><img src="${path}" width="480" height="240" style="object-fit:contain"></body>`,
    }),
  );
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => {
    const img = document.querySelector('img')!;
    return img.complete && img.naturalWidth > 0;
  });
  const shot = await page.locator('img').screenshot();
  await page.unrouteAll();
  return shot;
}

test('a cleaned logo looks exactly like the original, pixel for pixel, in an <img>', async ({ page }) => {
  const blank = await asImage(page, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>');
  for (const file of LOGOS) {
    const original = await asImage(page, readFileSync(file));
    const rebuilt = await asImage(page, cleaned(file));
    expect(original.equals(blank), `${file} draws nothing`).toBe(false);
    expect(rebuilt.equals(original), `${file}: the cleaned logo is drawn differently`).toBe(true);
  }
  // The comparison can fail: one colour changed in a cleaned file shows.
  const inkscape = cleaned(LOGOS[0]!);
  const altered = await asImage(page, inkscape.replace('stop-color="#0b3d91"', 'stop-color="#0b3d92"'));
  expect(altered.equals(await asImage(page, inkscape))).toBe(false);
});

test('a cleaned logo opened on its own renders the same under the logo policy, without a violation', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const file of LOGOS) {
    const svg = cleaned(file);
    const open = async (headers: Record<string, string>) => {
      await page.route(`${ORIGIN}/logo.svg`, (route) =>
        route.fulfill({ contentType: 'image/svg+xml', body: svg, headers }),
      );
      const response = await page.goto(`${ORIGIN}/logo.svg`);
      expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
      const shot = await page.screenshot();
      await page.unrouteAll();
      return shot;
    };
    const unprotected = await open({});
    const strict = await open({ 'Content-Security-Policy': LOGO_POLICY, 'X-Content-Type-Options': 'nosniff' });
    expect(strict.equals(unprotected), `${file} is drawn differently under ${LOGO_POLICY}`).toBe(true);
  }
  expect(violations).toEqual([]);
  // The policy is in force: CSS in a logo is blocked by it, which is why a published logo holds none.
  const styled =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>circle{fill:red}</style><circle cx="5" cy="5" r="4"/></svg>';
  const screenshot = async (headers: Record<string, string>) => {
    await page.route(`${ORIGIN}/styled.svg`, (route) =>
      route.fulfill({ contentType: 'image/svg+xml', body: styled, headers }),
    );
    await page.goto(`${ORIGIN}/styled.svg`);
    await page.unrouteAll();
    return page.screenshot();
  };
  expect((await screenshot({ 'Content-Security-Policy': LOGO_POLICY })).equals(await screenshot({}))).toBe(false);
  expect(violations.some((v) => v.includes('style-src'))).toBe(true);
});

/** The rules of dist/_headers. */
function readHeaders(dist: string): Array<{ path: string; headers: Array<[string, string]> }> {
  const rules: Array<{ path: string; headers: Array<[string, string]> }> = [];
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves the built sample board with the headers of its _headers file, as Cloudflare Pages documents it: every
 * rule whose path matches applies, and a header set by several is joined with commas (so a path under two
 * policies gets both, and the browser enforces both).
 */
async function serveWithHeaders(dist: string, withHeaders = true): Promise<{ url: string; server: Server }> {
  const rules = withHeaders ? readHeaders(dist) : [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      const headers = new Map<string, string>();
      for (const rule of rules) {
        const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
        if (!matches) continue;
        for (const [name, value] of rule.headers) {
          headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
        }
      }
      res.writeHead(200, {
        ...Object.fromEntries(headers),
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, server };
}

test.describe('the board served with dist/_headers', () => {
  let served: { url: string; server: Server };
  /** The same board without the headers, to show what they change. */
  let plain: { url: string; server: Server };
  test.beforeAll(async () => {
    served = await serveWithHeaders(SAMPLE_DIST);
    plain = await serveWithHeaders(SAMPLE_DIST, false);
  });
  test.afterAll(async () => {
    for (const { server } of [served, plain]) await new Promise((resolve) => server.close(resolve));
  });

  function watchViolations(page: Page): string[] {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|frame-ancestors/i.test(message.text())) violations.push(message.text());
    });
    return violations;
  }

  test('search runs under the header policy, and pages load without a violation', async ({ page }) => {
    const violations = watchViolations(page);
    const response = await page.goto(`${served.url}/search/?q=rotterdam`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.locator('[data-status]')).toContainText('found');
    await expect(page.locator('[data-results] h3 a')).toHaveCount(2);
    for (const path of ['/', '/jobs/fjordbyte-senior-rust-engineer-storage-engine/', '/companies/fjordbyte/']) {
      await page.goto(`${served.url}${path}`);
    }
    await expect(page.locator('img[src$="/logos/fjordbyte.svg"]').first()).toHaveJSProperty('complete', true);
    expect(violations).toEqual([]);
    // A violation would have been seen: an image from elsewhere is refused, and reported (by the header's
    // policy and by the page's own).
    await page.evaluate(() => {
      new Image().src = 'https://evil.example/pixel.png';
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.every((v) => v.includes('img-src'))).toBe(true);
  });

  test('a logo gets both policies and still renders as the build published it', async ({ page }) => {
    const violations = watchViolations(page);
    const response = await page.goto(`${served.url}/logos/fjordbyte.svg`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy.endsWith(`, ${LOGO_POLICY}`)).toBe(true);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff, nosniff');
    const strict = await page.screenshot();
    await page.route(`${ORIGIN}/logo.svg`, (route) =>
      route.fulfill({ contentType: 'image/svg+xml', body: readFileSync(join(SAMPLE_DIST, 'logos/fjordbyte.svg')) }),
    );
    await page.goto(`${ORIGIN}/logo.svg`);
    expect((await page.screenshot()).equals(strict)).toBe(true);
    expect(violations).toEqual([]);
  });

  test('another site cannot frame the board, which it could without the headers', async ({ page }) => {
    // Another site, on this machine too (Chromium lets no site on the internet frame one on this machine).
    const other = createServer((req, res) => {
      const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<iframe src="${src.replace(/"/g, '')}"></iframe>`);
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const framing = `http://127.0.0.1:${(other.address() as { port: number }).port}/?src=`;
    try {
      await page.goto(`${framing}${plain.url}/companies/`);
      await expect(page.frameLocator('iframe').locator('h1')).toHaveText('Companies');
      await page.goto(`${framing}${served.url}/companies/`);
      await expect
        .poll(() =>
          page
            .frames()
            .find((f) => f !== page.mainFrame())
            ?.url(),
        )
        .toMatch(/^chrome-error:/);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});
