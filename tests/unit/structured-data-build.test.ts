// A real build of a board with one posting for each case of where work happens: the JSON-LD of each page has
// what Google requires for its case, offices show their region and postal code, and no page's title is longer
// than a search result shows, however long the posting's or the company's name.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource } from '../../src/board/frontmatter.ts';
import { COUNTRIES } from '../../src/board/vocabulary.ts';
import { PROJECT, createFixtureProject } from '../support/fixture-project.ts';
import { googleJobPostingProblems, jsonLdBlocks, type Workplace } from '../support/google-job-posting.ts';
import { FIXTURES, TODAY } from './helpers.ts';

const BOARD = join(FIXTURES, 'structured-data');

describe('structured data, offices and titles of a built board', () => {
  let work: string;
  let dist: string;
  let output: string;
  const page = (path: string) => readFileSync(join(dist, path), 'utf8');
  const postingOf = (slug: string) => {
    const blocks = jsonLdBlocks(page(`jobs/${slug}/index.html`));
    assert.equal(blocks.length, 1, slug);
    return blocks[0]!;
  };
  const frontMatter = (slug: string) =>
    (readSource(readFileSync(join(BOARD, `content/jobs/${slug}.md`), 'utf8')) as { ok: true; parts: { data: unknown } })
      .parts.data as Workplace;
  const slugs = readdirSync(join(BOARD, 'content/jobs')).map((name) => name.slice(0, -'.md'.length));

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'structured-data-'));
    const root = createFixtureProject(join(work, 'project'), join(BOARD, 'content'));
    const { GITHUB_ACTIONS: _ci, ...inherited } = process.env;
    const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/build.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...inherited, BOARD_DATE: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 300_000,
    });
    output = `${result.stdout}${result.stderr}`;
    assert.equal(result.status, 0, output);
    dist = join(root, 'dist');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('gives every posting the JSON-LD Google requires for its workplace', () => {
    assert.equal(slugs.length, 7);
    for (const slug of slugs) assert.deepEqual(googleJobPostingProblems(postingOf(slug), frontMatter(slug)), [], slug);
  });

  it('names every country for a worldwide posting, since Google has no value for anywhere', () => {
    const posting = postingOf('orbit-systems-remote-worldwide');
    assert.equal(posting['jobLocationType'], 'TELECOMMUTE');
    assert.equal(posting['jobLocation'], undefined);
    const requirements = posting['applicantLocationRequirements'] as Array<{ '@type': string; name: string }>;
    assert.equal(requirements.length, Object.keys(COUNTRIES).length);
    assert.deepEqual(requirements[0], { '@type': 'Country', name: 'Andorra' });
    assert.deepEqual(requirements.map((r) => r.name).sort(), Object.values(COUNTRIES).sort());
  });

  it("names a region's countries, and named countries, as where applicants may live", () => {
    const names = (slug: string) =>
      (postingOf(slug)['applicantLocationRequirements'] as Array<{ name: string }>).map((r) => r.name);
    assert.deepEqual(names('orbit-systems-remote-region'), ['Austria', 'Switzerland', 'Germany']);
    assert.deepEqual(names('orbit-systems-remote-countries'), ['Canada', 'United States']);
    assert.deepEqual(names('orbit-systems-remote-with-office'), [
      'Denmark',
      'Finland',
      'United Kingdom',
      'Iceland',
      'Norway',
      'Sweden',
    ]);
    assert.deepEqual(postingOf('orbit-systems-remote-with-office')['jobLocation'], [
      { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Oslo', addressCountry: 'NO' } },
    ]);
  });

  it('gives hybrid and on-site offices as jobLocation, with region and postal code, and never TELECOMMUTE', () => {
    const hybrid = postingOf('orbit-systems-hybrid');
    assert.deepEqual(hybrid['jobLocation'], [
      {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Toronto',
          addressRegion: 'Ontario',
          addressCountry: 'CA',
        },
      },
    ]);
    assert.equal(hybrid['jobLocationType'], undefined);
    assert.equal(hybrid['applicantLocationRequirements'], undefined);
    assert.deepEqual(postingOf('orbit-systems-onsite')['jobLocation'], [
      {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Austin',
          addressRegion: 'Texas',
          postalCode: '78701',
          addressCountry: 'US',
        },
      },
      {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'London', postalCode: 'SW1A 1AA', addressCountry: 'GB' },
      },
    ]);
  });

  it("shows each office's region and postal code with its city", () => {
    const offices = (slug: string) =>
      [...page(`jobs/${slug}/index.html`).matchAll(/<dt>Offices?<\/dt>\s*<dd>\s*<ul>([^]*?)<\/ul>/g)].flatMap((m) =>
        [...m[1]!.matchAll(/<li>([^<]*)<\/li>/g)].map((li) => li[1]),
      );
    assert.deepEqual(offices('orbit-systems-onsite'), [
      'Austin, Texas 78701, United States',
      'London, SW1A 1AA, United Kingdom',
    ]);
    assert.deepEqual(offices('orbit-systems-hybrid'), ['Toronto, Ontario, Canada']);
    assert.deepEqual(offices('northern-cooperative-long-title'), ['Berlin, 10115, Germany']);
  });

  it('keeps every title within 70 characters, shortening the name and keeping the company', () => {
    const titles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file, /<title>([^<]*)<\/title>/.exec(page(file))?.[1] ?? ''] as const);
    assert.ok(titles.length > 40);
    assert.deepEqual(
      titles.filter(([, title]) => title === '' || [...title].length > 70),
      [],
    );
    const title = (path: string) => titles.find(([file]) => file === path)?.[1];
    assert.equal(
      title('jobs/orbit-systems-remote-region/index.html'),
      'Senior Backend Engineer, DACH at Orbit Systems · Senior Backend Jobs',
    );
    assert.equal(
      title('jobs/orbit-systems-remote-worldwide/index.html'),
      'Senior Backend Engineer, Anywhere at Orbit Systems',
    );
    assert.equal(
      title('jobs/northern-cooperative-long-title/index.html'),
      'Senior Backend Engineer, Payments Clearing, Settlement and Regulatory…',
    );
    assert.equal(
      title('companies/northern-cooperative/index.html'),
      'The Northern and Western European Cooperative Bank…: backend jobs',
    );
    assert.equal(title('remote/dach/index.html'), 'Remote backend jobs you can do from DACH · Senior Backend Jobs');
  });
});
