// What a real build publishes for public/logos/: each SVG rebuilt by its allowlist, never the contributor's
// bytes, in full and incremental builds alike; nothing hostile in dist/ even when the validator is skipped;
// `astro dev` serving the same files; and dist/_headers holding the pages' policy for hosts that read it.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cleanSvgLogo } from '../../src/board/logo/logo-svg.ts';
import { FRAME_ANCESTORS, LOGO_POLICY, metaPolicy, parsePolicy } from '../../src/site/csp.ts';
import { publishLogos } from '../../src/build/integrations/logos.ts';
import { ACCEPTED, CORPUS, EXPECTATIONS } from '../support/corpus.ts';
import { PROJECT, createFixtureProject } from '../support/fixture-project.ts';
import { BASE_BOARD, TODAY } from './helpers.ts';

const LOGOS = join(CORPUS, 'public/logos');
/** The corpus's SVG logos the validator accepts, and those it refuses. */
const ACCEPTED_SVGS = ACCEPTED.filter((p) => p.startsWith('public/logos/') && p.endsWith('.svg')).map((p) =>
  p.slice('public/logos/'.length),
);
const REFUSED_SVGS = Object.keys(EXPECTATIONS)
  .filter((p) => p.startsWith('public/logos/') && p.endsWith('.svg') && !EXPECTATIONS[p]!.accepted)
  .map((p) => p.slice('public/logos/'.length))
  // Links are made by createCorpusCopy, and a misnamed file is refused for its name alone.
  .filter((name) => /^[a-z0-9-]+\.svg$/.test(name) && existsSync(join(LOGOS, name)));
/** Bytes a raster logo may hold after its signature: published as they are. */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
/**
 * Markup and addresses the hostile corpus files use: none may be in a published logo. (An accepted logo may show
 * "window.__pwned=1" as text, escaped.)
 */
const PAYLOADS = ['evil.example', 'javascript:', '<script', 'foreignObject', 'http-equiv', '<iframe', 'onload'];

function build(root: string, script = join(PROJECT, 'scripts/build.ts'), env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _ci, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, BOARD_DATE: TODAY, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    timeout: 300_000,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** A project with the base board, the sample logos, the corpus's accepted SVGs and a PNG. */
function project(dir: string, name: string): string {
  const root = createFixtureProject(join(dir, name), join(BASE_BOARD, 'content'));
  for (const logo of ACCEPTED_SVGS) copyFileSync(join(LOGOS, logo), join(root, 'public/logos', logo));
  writeFileSync(join(root, 'public/logos/raster-co.png'), PNG);
  return root;
}

/** Asserts that dist/logos/ holds exactly the published form of every logo in public/logos/. */
function assertPublished(root: string): void {
  const source = join(root, 'public/logos');
  const published = join(root, 'dist/logos');
  assert.deepEqual(readdirSync(published).sort(), readdirSync(source).sort());
  for (const name of readdirSync(source)) {
    const bytes = readFileSync(join(source, name));
    const expected = name.endsWith('.svg') ? cleanSvgLogo(bytes) : { ok: true as const, svg: '' };
    assert.ok(expected.ok, name);
    if (name.endsWith('.svg')) assert.equal(readFileSync(join(published, name), 'utf8'), expected.svg, name);
    else assert.deepEqual(new Uint8Array(readFileSync(join(published, name))), new Uint8Array(bytes), name);
  }
}

/** The rules of a _headers file: each path with its headers, in order. */
function parseHeaders(text: string): Array<{ path: string; headers: Array<[string, string]> }> {
  const rules: Array<{ path: string; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      assert.match(line, /^\/\S*$/, `a rule's path: ${line}`);
      rules.push({ path: line, headers: [] });
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    assert.ok(match && rules.length > 0, `a header line: ${line}`);
    rules.at(-1)!.headers.push([match[1]!, match[2]!]);
  }
  return rules;
}

describe('logos in a real build', () => {
  let dir: string;
  let root: string;
  let result: ReturnType<typeof build>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'logos-build-'));
    root = project(dir, 'project');
    result = build(root);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('publishes every logo rebuilt, without editor data or CSS, never the contributor’s bytes', () => {
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /published \d+ logos \(\d+ SVGs rebuilt from their allowlist\)/);
    assertPublished(root);
    const inkscape = readFileSync(join(root, 'dist/logos/logo-inkscape-export.svg'), 'utf8');
    assert.notEqual(inkscape, readFileSync(join(LOGOS, 'logo-inkscape-export.svg'), 'utf8'));
    assert.doesNotMatch(inkscape, /sodipodi|inkscape|metadata| style=|<\?xml|<!--/);
    assert.ok(inkscape.includes('<stop offset="0" stop-color="#0b3d91" stop-opacity="1"/>'), inkscape);
    const illustrator = readFileSync(join(root, 'dist/logos/logo-illustrator-export.svg'), 'utf8');
    assert.doesNotMatch(illustrator, /<style|class=|data-name/);
    assert.ok(illustrator.includes('<circle cx="20" cy="20" r="8" fill="#e30613"/>'), illustrator);
  });

  it('writes _headers: the search page’s policy and frame-ancestors for every path, a strict one for logos', () => {
    const text = readFileSync(join(root, 'dist/_headers'), 'utf8');
    const rules = parseHeaders(text);
    assert.deepEqual(
      rules.map((r) => r.path),
      ['/*', '/logos/*'],
    );
    // Cloudflare Pages' limits: 100 rules, 2,000 characters a line.
    for (const line of text.split('\n')) assert.ok(line.length <= 2000, `a line of ${line.length} characters`);
    const search = metaPolicy(readFileSync(join(root, 'dist/search/index.html'), 'utf8'))!;
    const everyPath = new Map(rules[0]!.headers);
    assert.equal(everyPath.get('Content-Security-Policy'), `${search.replace(/;\s*$/, '')}; ${FRAME_ANCESTORS}`);
    assert.equal(everyPath.get('X-Content-Type-Options'), 'nosniff');
    assert.deepEqual(
      new Map(rules[1]!.headers),
      new Map([
        ['Content-Security-Policy', LOGO_POLICY],
        ['X-Content-Type-Options', 'nosniff'],
      ]),
    );
    assert.deepEqual(parsePolicy(LOGO_POLICY).get('default-src'), ["'none'"]);

    // Every other page's <meta> policy is the search page's without Pagefind's additions, so the header only
    // ever adds frame-ancestors to what a page's own policy allows.
    const homePolicy = metaPolicy(readFileSync(join(root, 'dist/index.html'), 'utf8'))!;
    const home = parsePolicy(homePolicy);
    const searchDirectives = parsePolicy(search);
    assert.deepEqual(searchDirectives.get('worker-src'), ["'self'", 'blob:']);
    assert.deepEqual(
      searchDirectives.get('script-src'),
      [...home.get('script-src')!].toSpliced(1, 0, "'wasm-unsafe-eval'"),
    );
    const pages = filesUnder(join(root, 'dist')).filter((f) => f.endsWith('.html'));
    assert.ok(pages.length > 10);
    for (const page of pages) {
      const policy = metaPolicy(readFileSync(page, 'utf8'));
      const expected = page === join(root, 'dist/search/index.html') ? search : homePolicy;
      assert.equal(policy, expected, relative(root, page));
    }
  });

  it('publishes the rebuilt logos in an incremental build too, and follows changes and deletions', () => {
    const incremental = project(dir, 'incremental');
    const first = build(incremental, undefined, { BOARD_INCREMENTAL: '1' });
    assert.equal(first.code, 0, first.output);
    assertPublished(incremental);
    // A changed logo is rebuilt, a deleted one goes, and dist/ keeps nothing else from the previous build.
    writeFileSync(
      join(incremental, 'public/logos/logo-svg-prefixed-root.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><!-- changed --><circle r="2" fill="red"/></svg>',
    );
    rmSync(join(incremental, 'public/logos/logo-svg-cdata-text.svg'));
    const second = build(incremental, undefined, { BOARD_INCREMENTAL: '1' });
    assert.equal(second.code, 0, second.output);
    assertPublished(incremental);
    assert.equal(
      readFileSync(join(incremental, 'dist/logos/logo-svg-prefixed-root.svg'), 'utf8'),
      '<svg xmlns="http://www.w3.org/2000/svg"><circle r="2" fill="red"/></svg>\n',
    );
    assert.equal(existsSync(join(incremental, 'dist/logos/logo-svg-cdata-text.svg')), false);
  });

  it('never publishes a hostile logo, even when a build skips the validator', () => {
    const unvalidated = project(dir, 'unvalidated');
    for (const name of REFUSED_SVGS) copyFileSync(join(LOGOS, name), join(unvalidated, 'public/logos', name));
    writeFileSync(join(unvalidated, 'public/logos/page.html'), '<script>window.__pwned=1</script>');
    const { code, output } = build(unvalidated, join(PROJECT, 'tests/support/build-unvalidated.ts'));
    assert.notEqual(code, 0, output);
    assert.match(output, /these logos cannot be published:/);
    for (const name of [...REFUSED_SVGS, 'page.html']) {
      assert.match(output, new RegExp(`public/logos/${name.replace('.', '\\.')}: `), name);
      assert.equal(existsSync(join(unvalidated, 'dist/logos', name)), false, `${name} reached dist/`);
    }
    // What is published is exactly the accepted logos, and none of them holds a payload.
    assert.deepEqual(
      readdirSync(join(unvalidated, 'dist/logos')).sort(),
      [...ACCEPTED_SVGS, 'fjordbyte.svg', 'kestrel-security.svg', 'northwind-ledger.svg', 'raster-co.png'].sort(),
    );
    const leaking = filesUnder(join(unvalidated, 'dist/logos')).filter((file) => {
      const text = readFileSync(file, 'latin1');
      return PAYLOADS.some((p) => text.includes(p));
    });
    assert.deepEqual(leaking, []);
  });
});

describe('publishing the logos folder', () => {
  it('replaces what Astro copied with the published form of each entry, and reports the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'logos-publish-'));
    try {
      const root = join(dir, 'project');
      const out = join(dir, 'dist');
      for (const folder of [join(root, 'public/logos'), join(out, 'logos')]) mkdirSync(folder, { recursive: true });
      for (const name of [...ACCEPTED_SVGS, ...REFUSED_SVGS]) {
        copyFileSync(join(LOGOS, name), join(root, 'public/logos', name));
        // As Astro leaves it: the contributor's bytes.
        copyFileSync(join(LOGOS, name), join(out, 'logos', name));
      }
      const entries = publishLogos(root, out);
      assert.deepEqual(
        entries
          .filter((e) => e.ok)
          .map((e) => e.name)
          .sort(),
        [...ACCEPTED_SVGS].sort(),
      );
      assert.deepEqual(
        entries
          .filter((e) => !e.ok)
          .map((e) => e.name)
          .sort(),
        [...REFUSED_SVGS].sort(),
      );
      assert.deepEqual(readdirSync(join(out, 'logos')).sort(), [...ACCEPTED_SVGS].sort());
      const refused = entries.find((e) => e.name === 'logo-svg-prefixed-script.svg');
      assert.deepEqual(refused, {
        ok: false,
        name: 'logo-svg-prefixed-script.svg',
        problems: [
          'line 2: <x:script> is a script, which runs when the logo is opened on its own; a logo must be a plain drawing, so remove it',
        ],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('logos in astro dev', () => {
  it('serves each logo as the build would publish it, with the logo headers, and refuses the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'logos-dev-'));
    const root = project(dir, 'project');
    const port = await freePort();
    const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
      cwd: root,
      env: { ...process.env, BOARD_DATE: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout.on('data', (chunk) => (log += chunk));
    server.stderr.on('data', (chunk) => (log += chunk));
    try {
      const url = `http://localhost:${port}`;
      const deadline = Date.now() + 60_000;
      for (;;) {
        try {
          if ((await fetch(`${url}/logos/raster-co.png`)).status !== 0) break;
        } catch {
          if (Date.now() > deadline || server.exitCode !== null) throw new Error(`astro dev did not start:\n${log}`);
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      const inkscape = await fetch(`${url}/logos/logo-inkscape-export.svg`);
      assert.equal(inkscape.status, 200);
      assert.equal(inkscape.headers.get('content-type'), 'image/svg+xml');
      assert.equal(inkscape.headers.get('content-security-policy'), LOGO_POLICY);
      assert.equal(inkscape.headers.get('x-content-type-options'), 'nosniff');
      const expected = cleanSvgLogo(readFileSync(join(LOGOS, 'logo-inkscape-export.svg')));
      assert.ok(expected.ok);
      assert.equal(await inkscape.text(), expected.svg);

      const png = await fetch(`${url}/logos/raster-co.png`);
      assert.equal(png.headers.get('content-type'), 'image/png');
      assert.deepEqual(new Uint8Array(await png.arrayBuffer()), PNG);

      // Added while the server runs (with it there at the start, the validator stops astro dev altogether).
      copyFileSync(
        join(LOGOS, 'logo-svg-prefixed-script.svg'),
        join(root, 'public/logos/logo-svg-prefixed-script.svg'),
      );
      const hostile = await fetch(`${url}/logos/logo-svg-prefixed-script.svg`);
      assert.equal(hostile.status, 404);
      assert.equal(hostile.headers.get('content-type'), 'text/plain; charset=utf-8');
      const body = await hostile.text();
      assert.match(body, /^This logo would not be published:\nline 2: <x:script> is a script/);
      assert.equal(body.includes('__pwned'), false);
      assert.equal((await fetch(`${url}/logos/missing.svg`)).status, 404);
    } finally {
      if (server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill();
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
