// What a reader finds through the real search index: records made by searchRecord, indexed by Pagefind's Node
// API and searched with the pagefind.js that the index ships, run in Node (it falls back to the main thread
// without a browser's Worker, and fetches from a local server). Node rather than Chromium: the index is built
// from records in a second, for a posting per stack tag that the sample board does not have.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Job } from '../../src/board/schema.ts';
import { STACK_TAGS, keysOf, type StackTag } from '../../src/board/vocabulary.ts';
import { searchTerm } from '../../src/site/search-params.ts';
import { SYMBOL_WORDS, searchRecord, tagWords } from '../../src/site/search-records.ts';
import { writeIndex } from '../../src/build/search-fragments.ts';

const BODY =
  'The team owns the services behind the product, with on-call one week in six. We interview with a call, ' +
  'a design session and a conversation with two engineers.';

function posting(title: string, stack: StackTag[]): Job {
  return {
    title,
    company: 'acme-corp',
    level: 'senior',
    employmentType: 'full-time',
    workplace: 'remote',
    remoteFrom: ['eu'],
    salary: { min: 90000, max: 120000, currency: 'EUR', period: 'year' },
    stack,
    posted: '2026-11-02',
    expires: '2027-01-31',
    status: 'open',
    apply: 'https://acme.example/jobs/1',
    draft: false,
  };
}

/**
 * One posting per stack tag, whose title and description never name it, and four that test ranking. Their ids
 * (Pagefind searches metadata too) and URLs are numbers, so only what the index holds can find them.
 */
const POSTINGS: Array<{ name: string; job: Job; text: string }> = [
  ...keysOf(STACK_TAGS).map((tag, n) => ({
    name: `tagged-${tag}`,
    job: posting(`Senior Backend Engineer, Team ${n}`, [tag]),
    text: BODY,
  })),
  { name: 'kafka-in-title', job: posting('Senior Backend Engineer, Kafka Platform', ['java']), text: BODY },
  { name: 'kafka-tag-only', job: posting('Senior Backend Engineer, Billing', ['kafka']), text: BODY },
  {
    // Pagefind's own weight marker, typed into a description to rank the posting first.
    name: 'kafka-marker',
    job: posting('Senior Backend Engineer, Invoicing', ['java']),
    text: `${BODY} ___PAGEFIND_WEIGHT___255 kafka ___END_PAGEFIND_WEIGHT___`,
  },
  // The same posting with words of its own in place of the markers.
  {
    name: 'kafka-in-text',
    job: posting('Senior Backend Engineer, Invoicing', ['java']),
    text: `${BODY} PAGEFIND_WEIGHT_255 kafka END_PAGEFIND_WEIGHT`,
  },
];
const url = (name: string) => `/jobs/${POSTINGS.findIndex((p) => p.name === name)}/`;

let dir = '';
let server: Server;
interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Found {
  results: Array<{ score: number; data: () => Promise<ResultData> }>;
}
let slimmed: ReturnType<typeof writeIndex>;
/** The data of each result of a search. */
let data: (term: string) => Promise<ResultData[]>;
/** The URLs a search finds, best first. */
let search: (term: string) => Promise<string[]>;
/** Each URL a search finds, with its score. */
let scores: (term: string) => Promise<Map<string, number>>;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  assert.deepEqual(errors, []);
  for (const [rank, { job, text }] of POSTINGS.entries()) {
    const record = searchRecord({
      id: String(rank),
      rank,
      job,
      companyName: 'Acme Corp',
      url: `/jobs/${rank}/`,
      text,
      today: '2026-11-28',
    });
    assert.deepEqual((await index!.addCustomRecord(record)).errors, []);
  }
  // As the build writes it: every test below searches the slimmed index.
  const built = await index!.getFiles();
  assert.deepEqual(built.errors, []);
  await pagefind.close();
  slimmed = writeIndex(built.files, join(dir, 'pagefind'));
  server = createServer((request, response) => {
    const file = join(dir, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file.startsWith(dir) || !existsSync(file)) response.writeHead(404).end();
    else response.writeHead(200).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const client = (await import(join(dir, 'pagefind', 'pagefind.js'))) as {
    options: (options: Record<string, unknown>) => Promise<void>;
    search: (term: string) => Promise<Found>;
    destroy: () => Promise<void>;
  };
  await client.options({ basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/', excerptLength: 0 });
  scores = async (term) => {
    const found = await client.search(term);
    return new Map(
      await Promise.all(found.results.map(async (result) => [(await result.data()).url, result.score] as const)),
    );
  };
  search = async (term) => [...(await scores(term)).keys()];
  data = async (term) => Promise.all((await client.search(term)).results.map((result) => result.data()));
});

after(async () => {
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the search index', () => {
  it('finds every posting tagged with a stack tag by its label, key and each alias, as the search box sends them', async () => {
    const missed: string[] = [];
    for (const tag of keysOf(STACK_TAGS)) {
      for (const word of tagWords(tag)) {
        const found = await search(searchTerm(word, SYMBOL_WORDS));
        if (!found.includes(url(`tagged-${tag}`))) missed.push(`${tag}: "${word}"`);
      }
    }
    assert.deepEqual(missed, []);
  });

  it('tells C# from C++: each finds its own tag and not the other', async () => {
    const csharp = await search(searchTerm('C#', SYMBOL_WORDS));
    const cpp = await search(searchTerm('c++', SYMBOL_WORDS));
    const [sharp, plus] = [url('tagged-csharp'), url('tagged-cpp')];
    assert.ok(csharp.includes(sharp) && !csharp.includes(plus), String(csharp));
    assert.ok(cpp.includes(plus) && !cpp.includes(sharp), String(cpp));
  });

  it('finds a posting by its company, level and places', async () => {
    for (const word of ['acme', 'senior', 'remote', 'eu', 'european', 'union']) {
      assert.ok((await search(word)).includes(url('tagged-go')), word);
    }
  });

  it('ranks a posting whose title names the words above one only tagged with them', async () => {
    const found = await search('kafka');
    assert.ok(found.includes(url('kafka-tag-only')), String(found));
    assert.equal(found[0], url('kafka-in-title'));
  });

  it("gives a description's Pagefind weight markers no effect: the words rank as if the markers were not there", async () => {
    const found = await scores('kafka');
    assert.equal(found.get(url('kafka-marker')), found.get(url('kafka-in-text')));
  });

  it("gives a result's data its URL and facts without the posting's text or filters, and still ranks by the text", async () => {
    assert.equal(slimmed.files, POSTINGS.length);
    assert.ok(slimmed.bytesAfter < slimmed.bytesBefore, JSON.stringify(slimmed));
    const [first] = await data('kafka');
    assert.equal(first?.url, url('kafka-in-title'));
    assert.equal(first?.meta['title'], 'Senior Backend Engineer, Kafka Platform');
    assert.equal(first?.meta['company'], 'Acme Corp');
    assert.equal(first?.content, '');
    assert.deepEqual(first?.filters, {});
    // Words found only in a description still find its posting.
    assert.ok((await search('conversation')).includes(url('tagged-go')));
  });

  it("writes Pagefind's script, worker and wasm, and none of its prebuilt interfaces", () => {
    for (const name of ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'pagefind-entry.json']) {
      assert.ok(existsSync(join(dir, 'pagefind', name)), name);
    }
    for (const name of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-highlight.js']) {
      assert.equal(existsSync(join(dir, 'pagefind', name)), false, name);
    }
  });

  it('refuses, naming the file, a fragment in a format it does not know and a path outside its folder', () => {
    const out = join(dir, 'refused');
    const fragment = (data: unknown) => gzipSync(`pagefind_dcd${JSON.stringify(data)}`);
    assert.throws(
      () => writeIndex([{ path: 'fragment/en_1.pf_fragment', content: fragment({ url: '/x/', text: 'y' }) }], out),
      /fragment\/en_1\.pf_fragment holds a fragment this build cannot read/,
    );
    assert.throws(
      () => writeIndex([{ path: 'fragment/en_2.pf_fragment', content: gzipSync('{"url":"/x/"}') }], out),
      /fragment\/en_2\.pf_fragment does not start with Pagefind's "pagefind_dcd"/,
    );
    assert.throws(
      () => writeIndex([{ path: '../outside.js', content: Buffer.from('') }], out),
      /Pagefind named a file outside its folder: \.\.\/outside\.js/,
    );
    assert.equal(existsSync(join(dir, 'outside.js')), false);
  });
});
