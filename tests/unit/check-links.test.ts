// npm run check-links against local servers the tests start (never the internet): what counts as dead, a
// redirect to a careers page, a timeout; retries, redirects followed hop by hop, bounded concurrency; and that
// it never connects to this machine or a private network, unless a test relaxes its address policy to reach
// its own server.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { parse, run } from '../../scripts/check-links.ts';
import {
  checkLink,
  checkLinks,
  describeError,
  PUBLIC_ADDRESSES_ONLY,
  type AddressPolicy,
  type CheckOptions,
  type Resolver,
} from '../../scripts/check-links/link-checker.ts';
import {
  formatLinksMarkdown,
  isGenericCareersUrl,
  judge,
  linkTargets,
  mapPool,
  type LinkResult,
  type LinkTarget,
} from '../../scripts/check-links/link-health.ts';
import { boardWith, entry, BASE_BOARD, FIXTURES, TODAY } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TLS = join(FIXTURES, 'tls');
const FAKE_DNS = join(ROOT, 'tests/support/fake-dns.ts');

/** The tests' servers listen on 127.0.0.1: this policy, which only tests use, lets the checker reach them. */
const LOCAL_SERVERS: AddressPolicy = (address) =>
  address === '127.0.0.1' ? undefined : PUBLIC_ADDRESSES_ONLY(address);

/** A resolver that answers from a table, as a DNS server under the test's control; counts its lookups. */
function fakeResolver(table: Record<string, string[] | (() => string[])>, lookups: string[] = []): Resolver {
  return async (hostname) => {
    lookups.push(hostname);
    const entry = table[hostname];
    const addresses = typeof entry === 'function' ? entry() : entry;
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

/** A server with the behaviours a link check meets, counting the requests each path receives. */
function routes(hits: Map<string, number>, inFlight: { now: number; max: number }) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    const send = (status: number, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'text/html', ...headers });
      response.end('<!doctype html><title>page</title>');
    };
    if (path === '/ok' || path === '/careers' || path.startsWith('/jobs?')) return send(200);
    if (path === '/moved') return send(301, { location: '/ok' });
    if (path === '/moved-relative/') return send(308, { location: '../ok' });
    if (path === '/not-found') return send(404);
    if (path === '/gone') return send(410);
    if (path === '/moved-to-gone') return send(302, { location: '/gone' });
    if (path === '/careers/staff-backend-engineer') return send(302, { location: '/careers' });
    if (path === '/job/4012345') return send(301, { location: '/jobs?gh_jid=4012345' });
    if (path === '/flaky') return send(hit === 1 ? 503 : 200);
    if (path === '/down') return send(503);
    if (path === '/forbidden') return send(403);
    if (path === '/loop') return send(302, { location: '/loop' });
    // Redirects from a public page into this machine or a private network.
    const port = (request.headers.host ?? '').replace(/^.*:/, '');
    if (path === '/to-metadata') return send(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    if (path === '/to-localhost') return send(302, { location: `http://localhost:${port}/ok` });
    if (path === '/to-mapped') return send(301, { location: `http://[::ffff:127.0.0.1]:${port}/ok` });
    if (path === '/to-rebind') return send(302, { location: `http://rebind.acme.example:${port}/ok` });
    if (path === '/slow') {
      const timer = setTimeout(() => send(200), 5000);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    if (path.startsWith('/wait/')) {
      inFlight.now++;
      inFlight.max = Math.max(inFlight.max, inFlight.now);
      setTimeout(() => {
        inFlight.now--;
        send(200);
      }, 40);
      return;
    }
    send(404);
  };
}

async function listen(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
}

/** A port on which nothing listens: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createNetServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

const OPTIONS: CheckOptions = {
  concurrency: 4,
  // Generous, so a busy machine never turns a working link into a timeout; the slow test sets its own.
  timeoutMs: 2000,
  retries: 2,
  backoffMs: 5,
  maxRedirects: 5,
  userAgent: 'link-check-test',
  addressPolicy: LOCAL_SERVERS,
};

const target = (url: string, field: 'apply' | 'website' = 'apply'): LinkTarget => ({
  url,
  refs: [{ file: 'content/jobs/acme-corp-staff-backend-engineer.md', field, label: 'Staff Backend Engineer' }],
});

describe('link health rules', () => {
  it('knows a generic careers page by the path a redirect ends on', () => {
    const from = 'https://acme.example/careers/staff-backend-engineer-payments';
    for (const final of [
      'https://acme.example/',
      'https://acme.example/careers',
      'https://acme.example/careers/',
      'https://acme.example/en/jobs/',
      'https://acme.example/en-GB/company/careers/index.html',
      'https://jobs.acme.example/open-positions?department=engineering',
    ]) {
      assert.equal(isGenericCareersUrl(from, final), true, final);
    }
    // The posting's own URL cut short: an applicant tracking system's board for the company.
    assert.equal(isGenericCareersUrl('https://jobs.lever.example/acme/5f1c', 'https://jobs.lever.example/acme'), true);
    assert.equal(
      isGenericCareersUrl('https://boards.ats.example/acme/jobs/4012345', 'https://boards.ats.example/acme?error=true'),
      true,
    );
    for (const final of [
      'https://acme.example/careers/staff-backend-engineer-payments/',
      'https://acme.example/jobs/4012345/apply',
      'https://acme.example/careers?gh_jid=4012345',
      'https://apply.acme.example/staff-backend-engineer',
      'https://acme.example/jobs/go',
    ]) {
      assert.equal(isGenericCareersUrl(from, final), false, final);
    }
  });

  it('judges 404, 410 and an unknown host dead; a timeout and a 5xx worth retrying; a refusal failed', () => {
    const url = 'https://acme.example/job';
    const kind = (outcome: Parameters<typeof judge>[1]) => {
      const { kind: k, retry, detail } = judge(target(url), outcome);
      return [k, retry, detail];
    };
    assert.deepEqual(kind({ chain: [{ url, status: 404 }] }), ['dead', false, 'HTTP 404']);
    assert.deepEqual(kind({ chain: [{ url, status: 410 }] }), ['dead', false, 'HTTP 410']);
    const error = (code: string | undefined, timeout = false) => ({ url, timeout, code, message: 'fetch failed' });
    assert.deepEqual(kind({ chain: [], error: error('ENOTFOUND') }), ['dead', false, 'no such host']);
    assert.deepEqual(kind({ chain: [], error: error(undefined, true) }), ['timeout', true, 'timed out']);
    assert.deepEqual(kind({ chain: [{ url, status: 503 }] }), ['failed', true, 'HTTP 503']);
    assert.deepEqual(kind({ chain: [], error: error('ECONNREFUSED') }), ['failed', false, 'connection refused']);
    assert.deepEqual(kind({ chain: [{ url, status: 403 }] }), ['failed', false, 'HTTP 403']);
    assert.deepEqual(kind({ chain: [{ url, status: 200 }] }), ['ok', false, 'HTTP 200']);
  });

  it('does not call a company website that redirects to its home page a careers page', () => {
    const chain = [
      { url: 'https://acme.example/about', status: 301 },
      { url: 'https://acme.example/', status: 200 },
    ];
    assert.equal(judge(target('https://acme.example/about', 'website'), { chain }).kind, 'ok');
    assert.equal(judge(target('https://acme.example/about', 'apply'), { chain }).kind, 'careers-page');
  });

  it('finds the system error fetch wraps: an unknown host, a refusal, a timeout', () => {
    const dns = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND x.invalid'), { code: 'ENOTFOUND' }),
    });
    assert.deepEqual(describeError(dns), {
      timeout: false,
      code: 'ENOTFOUND',
      message: 'getaddrinfo ENOTFOUND x.invalid',
    });
    const many = new TypeError('fetch failed', {
      cause: new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:443'), { code: 'ECONNREFUSED' })]),
    });
    assert.equal(describeError(many).code, 'ECONNREFUSED');
    assert.equal(
      describeError(new DOMException('The operation was aborted due to timeout', 'TimeoutError')).timeout,
      true,
    );
  });

  it('checks every open posting’s https apply link and every company website, each URL once', () => {
    const text = readFileSync(join(BASE_BOARD, 'content/jobs/acme-corp-staff-backend-engineer.md'), 'utf8');
    const board = boardWith({
      jobs: [
        entry(
          'content/jobs/acme-corp-mail.md',
          text.replace(/apply: .*/, 'apply: mailto:jobs@acme.example').replace('Billing', 'Mail'),
        ),
        entry(
          'content/jobs/acme-corp-expired.md',
          text
            .replace(/apply: .*/, 'apply: https://acme.example/old')
            .replace('expires: 2027-01-31', 'expires: 2026-11-27')
            .replace('Billing', 'Old'),
        ),
        entry(
          'content/jobs/acme-corp-draft.md',
          text.replace(/apply: .*/, 'apply: https://acme.example/draft\ndraft: true').replace('Billing', 'Draft'),
        ),
      ],
    });
    assert.deepEqual(board.problems, []);
    assert.deepEqual(
      linkTargets(board).map((t) => [t.url, t.refs.map((r) => `${r.file} ${r.field}`)]),
      [
        ['https://acme.example', ['content/companies/acme-corp.md website']],
        [
          'https://acme.example/careers/staff-backend-engineer',
          ['content/jobs/acme-corp-staff-backend-engineer.md apply'],
        ],
      ],
    );
  });

  it('runs at most the given number of tasks at once and keeps the results in order', async () => {
    let running = 0;
    let most = 0;
    const results = await mapPool([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n * 3));
      running--;
      return n * 10;
    });
    assert.deepEqual(results, [50, 10, 40, 20, 30, 0]);
    assert.equal(most, 2);
  });

  it('escapes the Markdown report and cuts it to fit an issue, saying how many it left out', () => {
    const result = (i: number): LinkResult => ({
      ...target(`https://acme.example/job/${i}|<b>`),
      kind: 'dead',
      detail: 'HTTP 404',
      status: 404,
      finalUrl: '',
      chain: [],
      attempts: 1,
    });
    const all = Array.from({ length: 50 }, (_, i) => result(i));
    const full = formatLinksMarkdown(all, TODAY);
    assert.ok(
      full.includes(
        '| `https://acme.example/job/0\\|<b>` | HTTP 404 | `content/jobs/acme-corp-staff-backend-engineer.md` (apply) |',
      ),
    );
    const cut = formatLinksMarkdown(all, TODAY, 2000);
    assert.ok(cut.length <= 2000, String(cut.length));
    const rows = cut.split('\n').filter((l) => l.startsWith('| `https')).length;
    assert.match(cut, new RegExp(`…and ${50 - rows} more, left out to fit`));
  });
});

describe('checking links over HTTP', () => {
  const hits = new Map<string, number>();
  const inFlight = { now: 0, max: 0 };
  let server: Server;
  let base: string;
  before(async () => {
    server = createServer(routes(hits, inFlight));
    base = `http://127.0.0.1:${await listen(server)}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const check = (path: string, options: Partial<CheckOptions> = {}) =>
    checkLink(target(`${base}${path}`), { ...OPTIONS, ...options });

  it('reports 200 as working and follows 301 → 200, recording the chain', async () => {
    assert.equal((await check('/ok')).kind, 'ok');
    const moved = await check('/moved');
    assert.equal(moved.kind, 'ok');
    assert.deepEqual(moved.chain, [
      { url: `${base}/moved`, status: 301 },
      { url: `${base}/ok`, status: 200 },
    ]);
    assert.equal(moved.detail, 'HTTP 200 (after 1 redirect)');
    assert.equal((await check('/moved-relative/')).finalUrl, `${base}/ok`);
  });

  it('reports 404 and 410 dead, also at the end of a redirect, without retrying', async () => {
    assert.deepEqual((({ kind, detail, attempts }) => [kind, detail, attempts])(await check('/not-found')), [
      'dead',
      'HTTP 404',
      1,
    ]);
    assert.equal((await check('/gone')).kind, 'dead');
    const chained = await check('/moved-to-gone');
    assert.deepEqual(
      [chained.kind, chained.detail, chained.finalUrl],
      ['dead', 'HTTP 410 (after 1 redirect)', `${base}/gone`],
    );
  });

  it('reports a redirect from a posting to the careers page, but not to a page that names the posting', async () => {
    const careers = await check('/careers/staff-backend-engineer');
    assert.deepEqual([careers.kind, careers.detail], ['careers-page', `redirects to ${base}/careers`]);
    assert.equal((await check('/job/4012345')).kind, 'ok');
  });

  it('times a slow server out, retrying with backoff before reporting it', async () => {
    const started = performance.now();
    const slow = await check('/slow', { retries: 2, timeoutMs: 300 });
    assert.deepEqual([slow.kind, slow.attempts], ['timeout', 3]);
    assert.equal(hits.get('/slow'), 3);
    assert.ok(performance.now() - started < 2500, 'each attempt stops at the timeout');
  });

  it('retries a 5xx answer: one that recovers works, one that does not fails', async () => {
    const flaky = await check('/flaky');
    assert.deepEqual([flaky.kind, flaky.attempts], ['ok', 2]);
    const down = await check('/down', { retries: 1 });
    assert.deepEqual([down.kind, down.detail, down.attempts], ['failed', 'HTTP 503', 2]);
    const forbidden = await check('/forbidden');
    assert.deepEqual([forbidden.kind, forbidden.attempts], ['failed', 1]);
  });

  it('reports a refused connection at once, and stops following a redirect loop', async () => {
    const refused = await checkLink(target(`http://127.0.0.1:${await closedPort()}/job`), OPTIONS);
    assert.deepEqual([refused.kind, refused.detail, refused.attempts], ['failed', 'connection refused', 1]);
    const loop = await check('/loop', { maxRedirects: 3 });
    assert.deepEqual([loop.kind, loop.detail, loop.chain.length], ['failed', 'more than 3 redirects', 4]);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const targets = Array.from({ length: 12 }, (_, i) => target(`${base}/wait/${i}`));
    const results = await checkLinks(targets, { ...OPTIONS, concurrency: 3 });
    assert.ok(results.every((r) => r.kind === 'ok'));
    assert.deepEqual(
      results.map((r) => r.url),
      targets.map((t) => t.url),
    );
    assert.equal(inFlight.max, 3);
  });
});

describe('never connecting to this machine or a private network', () => {
  const hits = new Map<string, number>();
  let server: Server;
  let port: number;
  let base: string;
  before(async () => {
    server = createServer(routes(hits, { now: 0, max: 0 }));
    port = await listen(server);
    base = `http://127.0.0.1:${port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  const requests = () => [...hits.values()].reduce((sum, n) => sum + n, 0);
  const { addressPolicy: _relaxed, ...PUBLIC_ONLY } = OPTIONS;
  const outcome = (r: LinkResult) => [r.kind, r.detail, r.attempts];

  it('refuses a loopback, private or link-local host, however it is written, without connecting', async () => {
    for (const [url, reason] of [
      [`${base}/ok`, '127.0.0.1 is a loopback address, which is this machine'],
      [`http://2130706433:${port}/ok`, '127.0.0.1 is a loopback address, which is this machine'],
      [`http://0x7f.1:${port}/ok`, '127.0.0.1 is a loopback address, which is this machine'],
      [`http://[::1]:${port}/ok`, '::1 is a loopback address, which is this machine'],
      [`http://[::ffff:127.0.0.1]:${port}/ok`, '::ffff:7f00:1 is a loopback address, which is this machine'],
      [`http://0.0.0.0:${port}/ok`, '0.0.0.0 is the unspecified address, which is this machine'],
      [`http://localhost:${port}/ok`, 'localhost is the computer that opens the link'],
      [`http://jobs.localhost:${port}/ok`, 'jobs.localhost is the computer that opens the link'],
      ['https://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
      ['https://10.1.2.3/', '10.1.2.3 is a private network address'],
      ['https://[fd00::1]/', 'fd00::1 is a unique local address, on a private network'],
      [
        'https://hr.internal/',
        'hr.internal is a name on a private network (.internal), which no one outside it can open',
      ],
      ['https://intranet/', 'intranet is a single name, which only works on a private network'],
    ]) {
      const result = await checkLink(target(url!), PUBLIC_ONLY);
      assert.deepEqual(outcome(result), ['refused', `not requested: ${reason}`, 1], url);
    }
    assert.equal(requests(), 0);
  });

  it('resolves every host first and refuses it when any of its addresses is not public', async () => {
    const resolve = fakeResolver({
      'mixed.acme.example': ['93.184.216.34', '127.0.0.1'],
      'v6.acme.example': ['2606:2800:220:1:248:1893:25c8:1946', 'fd12:3456::1'],
      'nat.acme.example': ['::ffff:192.168.1.10'],
    });
    for (const [host, reason] of [
      ['mixed', 'resolves to 127.0.0.1, a loopback address, which is this machine'],
      ['v6', 'resolves to fd12:3456::1, a unique local address, on a private network'],
      ['nat', 'resolves to ::ffff:192.168.1.10, a private network address'],
    ]) {
      const result = await checkLink(target(`https://${host}.acme.example/jobs/1`), { ...PUBLIC_ONLY, resolve });
      assert.deepEqual(outcome(result), ['refused', `not requested: ${host}.acme.example ${reason}`, 1]);
    }
  });

  it('checks every hop of a redirect: the public page is requested, the private one it leads to is not', async () => {
    const resolve = fakeResolver({ 'rebind.acme.example': ['10.9.8.7'] });
    const cases = [
      ['/to-metadata', '169.254.169.254 is a link-local address', 'http://169.254.169.254/latest/meta-data/'],
      ['/to-localhost', 'localhost is the computer that opens the link', `http://localhost:${port}/ok`],
      ['/to-mapped', '::ffff:7f00:1 is a loopback address, which is this machine', `http://[::ffff:7f00:1]:${port}/ok`],
      [
        '/to-rebind',
        'rebind.acme.example resolves to 10.9.8.7, a private network address',
        `http://rebind.acme.example:${port}/ok`,
      ],
    ];
    for (const [path, reason, next] of cases) {
      const result = await checkLink(target(`${base}${path}`), { ...OPTIONS, resolve });
      assert.deepEqual(
        [...outcome(result), result.chain, result.finalUrl],
        [
          'refused',
          `not requested: ${reason} (after 1 redirect, at ${next})`,
          1,
          [{ url: `${base}${path}`, status: path === '/to-mapped' ? 301 : 302 }],
          next,
        ],
        path,
      );
    }
    assert.equal(hits.get('/ok'), undefined);
  });

  it('connects to the addresses it checked, looking a host up once for each request', async () => {
    // DNS rebinding: a name that answers with a public address for the check and a private one for the
    // connection. Here the first answer is the test's server and every later one a private address.
    const lookups: string[] = [];
    let answers = 0;
    const resolve = fakeResolver(
      { 'flip.acme.example': () => (answers++ === 0 ? ['127.0.0.1'] : ['10.0.0.1']) },
      lookups,
    );
    const result = await checkLink(target(`http://flip.acme.example:${port}/moved`), { ...OPTIONS, resolve });
    assert.deepEqual(outcome(result), [
      'refused',
      `not requested: flip.acme.example resolves to 10.0.0.1, a private network address (after 1 redirect, at http://flip.acme.example:${port}/ok)`,
      1,
    ]);
    assert.deepEqual(result.chain, [{ url: `http://flip.acme.example:${port}/moved`, status: 301 }]);
    assert.deepEqual(lookups, ['flip.acme.example', 'flip.acme.example']);
    assert.equal(hits.get('/moved'), 1);
    assert.equal(hits.get('/ok'), undefined);
  });
});

describe('npm run check-links on a fixture board', () => {
  let board: string;
  let server: Server;
  let origin: string;
  let refused: string;
  const requests = new Map<string, number>();
  // The board names its hosts; this stands in for DNS, pointing them at the test's server.
  const network = {
    addressPolicy: LOCAL_SERVERS,
    resolve: fakeResolver({ 'acme.example': ['127.0.0.1'], 'refused.acme.example': ['127.0.0.1'] }),
  };
  before(async () => {
    const cert = readFileSync(join(TLS, 'test-only.crt'), 'utf8');
    setDefaultCACertificates([...getCACertificates('default'), cert]);
    server = createHttpsServer(
      { key: readFileSync(join(TLS, 'test-only.key')), cert },
      routes(requests, { now: 0, max: 0 }),
    );
    origin = `https://acme.example:${await listen(server)}`;
    refused = `https://refused.acme.example:${await closedPort()}`;
    board = mkdtempSync(join(tmpdir(), 'links-'));
    cpSync(BASE_BOARD, board, { recursive: true });
    const company = join(board, 'content/companies/acme-corp.md');
    writeFileSync(company, readFileSync(company, 'utf8').replace('https://acme.example', `${origin}/moved`));
    const posting = readFileSync(join(board, 'content/jobs/acme-corp-staff-backend-engineer.md'), 'utf8');
    const add = (slug: string, apply: string, extra = '') =>
      writeFileSync(
        join(board, `content/jobs/acme-corp-${slug}.md`),
        posting.replace('Billing', slug.replace(/-/g, ' ')).replace(/apply: .*/, `apply: ${apply}${extra}`),
      );
    rmSync(join(board, 'content/jobs/acme-corp-staff-backend-engineer.md'));
    add('ok', `${origin}/ok`);
    add('not-found', `${origin}/not-found`);
    add('gone', `${origin}/gone`);
    add('slow', `${origin}/slow`);
    add('careers', `${origin}/careers/staff-backend-engineer`);
    add('refused', `${refused}/job`);
    add('filled', `${origin}/not-found?filled`, '\nstatus: filled');
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    rmSync(board, { recursive: true, force: true });
  });

  /** The command as npm runs it, in this process so that it can reach the test's server. */
  async function command(args: string[]) {
    let stdout = '';
    let stderr = '';
    const options = parse(['--timeout', '1000', '--retries', '1', '--backoff', '10', '--root', board, ...args]);
    const code = await run(
      options,
      TODAY,
      { out: (text) => (stdout += text), err: (text) => (stderr += text) },
      network,
    );
    return { code, stdout, stderr };
  }

  /** The command in a process of its own, exactly as npm runs it, with `FAKE_DNS` standing in for DNS. */
  async function spawnCommand(root: string, args: string[], dns: Record<string, string[]> = {}) {
    const child = spawn(
      process.execPath,
      ['--import', FAKE_DNS, join(ROOT, 'scripts/check-links.ts'), '--timeout', '1000', '--retries', '0', ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          BOARD_DATE: TODAY,
          NODE_EXTRA_CA_CERTS: join(TLS, 'test-only.crt'),
          FAKE_DNS: JSON.stringify(dns),
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number];
    return { code, stdout, stderr };
  }

  it('exits 1 and lists dead links, careers-page redirects, timeouts and refusals with the files using them', async () => {
    const { code, stdout, stderr } = await command([]);
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.equal(
      stdout.replace(/ \(\d+\.\d s\)\n$/, '\n'),
      [
        'Dead links (404, 410, no such host) (2)',
        `  ${origin}/gone  HTTP 410`,
        '    used by content/jobs/acme-corp-gone.md (apply)',
        `  ${origin}/not-found  HTTP 404`,
        '    used by content/jobs/acme-corp-not-found.md (apply)',
        '',
        'Redirects to a generic careers page (1)',
        `  ${origin}/careers/staff-backend-engineer  redirects to ${origin}/careers`,
        '    used by content/jobs/acme-corp-careers.md (apply)',
        '',
        'Timed out (1)',
        `  ${origin}/slow  timed out`,
        '    used by content/jobs/acme-corp-slow.md (apply)',
        '',
        'Other failures (refused connections, server errors, blocked requests) (1)',
        `  ${refused}/job  connection refused`,
        '    used by content/jobs/acme-corp-refused.md (apply)',
        '',
        '✗ 2 dead, 1 to a careers page, 1 timed out, 1 failed of 7 links',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with --format json and appends a Markdown report with --summary', async () => {
    const summary = join(board, 'links.md');
    const { code, stdout } = await command(['--format', 'json', '--summary', summary]);
    assert.equal(code, 1);
    const json = JSON.parse(stdout) as { ok: boolean; checked: number; findings: LinkResult[]; links: LinkResult[] };
    assert.equal(json.ok, false);
    assert.equal(json.checked, 7);
    assert.deepEqual(
      json.links.map((l) => [l.refs[0]!.file.replace(/^content\/\w+\//, ''), l.kind, l.attempts]).sort(),
      [
        ['acme-corp-careers.md', 'careers-page', 1],
        ['acme-corp-gone.md', 'dead', 1],
        ['acme-corp-not-found.md', 'dead', 1],
        ['acme-corp-ok.md', 'ok', 1],
        ['acme-corp-refused.md', 'failed', 1],
        ['acme-corp-slow.md', 'timeout', 2],
        ['acme-corp.md', 'ok', 1],
      ],
    );
    const website = json.links.find((l) => l.refs[0]!.field === 'website')!;
    assert.deepEqual(
      website.chain.map((h) => h.status),
      [301, 200],
    );
    const markdown = readFileSync(summary, 'utf8');
    assert.match(
      markdown,
      /^## Link check, 28 November 2026\n\nChecked every open posting's apply link and every company's website: 2 dead, 1 to a careers page, 1 timed out, 1 failed of 7 links\.\n/,
    );
    assert.match(markdown, /\n### Dead links \(404, 410, no such host\) \(2\)\n\n\| link \| result \| used by \|\n/);
    assert.ok(markdown.includes(`| \`${origin}/gone\` | HTTP 410 | \`content/jobs/acme-corp-gone.md\` (apply) |`));
  });

  it('never connects to this machine itself, whatever DNS answers, and fails the check for it', async () => {
    // The command as it runs on CI, with a DNS that answers the board's names with the test server's address.
    const before = [...requests.values()].reduce((sum, n) => sum + n, 0);
    const root = mkdtempSync(join(tmpdir(), 'links-dns-'));
    cpSync(board, root, { recursive: true });
    const posting = readFileSync(join(root, 'content/jobs/acme-corp-ok.md'), 'utf8');
    writeFileSync(
      join(root, 'content/jobs/acme-corp-ip.md'),
      posting.replace('ok', 'ip').replace(/apply: .*/, `apply: ${origin.replace('acme.example', '127.0.0.1')}/ok`),
    );
    try {
      const { code, stdout, stderr } = await spawnCommand(root, ['--format', 'json'], {
        'acme.example': ['127.0.0.1'],
        'refused.acme.example': ['93.184.216.34', '::1'],
      });
      assert.equal(stderr, 'check-links: 1 files with validation problems are left out; run npm run validate\n');
      assert.equal(code, 1);
      const json = JSON.parse(stdout) as { ok: boolean; summary: string; links: LinkResult[] };
      assert.equal(json.ok, false);
      assert.equal(json.summary, '7 not requested of 7 links');
      const loopback = 'acme.example resolves to 127.0.0.1, a loopback address, which is this machine';
      assert.deepEqual(
        json.links.map((l) => [l.refs[0]!.file.replace(/^content\/\w+\//, ''), l.kind, l.detail, l.chain]).sort(),
        [
          ['acme-corp-careers.md', 'refused', `not requested: ${loopback}`, []],
          ['acme-corp-gone.md', 'refused', `not requested: ${loopback}`, []],
          ['acme-corp-not-found.md', 'refused', `not requested: ${loopback}`, []],
          ['acme-corp-ok.md', 'refused', `not requested: ${loopback}`, []],
          [
            'acme-corp-refused.md',
            'refused',
            'not requested: refused.acme.example resolves to ::1, a loopback address, which is this machine',
            [],
          ],
          ['acme-corp-slow.md', 'refused', `not requested: ${loopback}`, []],
          ['acme-corp.md', 'refused', `not requested: ${loopback}`, []],
        ],
      );
      assert.equal(
        [...requests.values()].reduce((sum, n) => sum + n, 0),
        before,
        'the server was sent a request',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('exits 0 when nothing is dead, even with other findings', async () => {
    for (const slug of ['not-found', 'gone']) rmSync(join(board, `content/jobs/acme-corp-${slug}.md`));
    const { code, stdout } = await command([]);
    assert.equal(code, 0);
    assert.match(stdout, /\n✓ 1 to a careers page, 1 timed out, 1 failed of 5 links \(\d+\.\d s\)\n$/);
  });

  it('exits 2 on a usage error', async () => {
    for (const [args, message] of [
      [['json'], /unexpected argument "json"; options go after --/],
      [['--format', 'markdown'], /--format must be text or json/],
      [['--concurrency', '0'], /--concurrency must be a whole number from 1 to 64/],
    ] as const) {
      const { code, stderr } = await spawnCommand(board, [...args]);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
    }
  });
});
