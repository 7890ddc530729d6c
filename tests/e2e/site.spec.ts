// The reader's site, built from the sample board on 2026-11-28, as Chromium sees it.

import { expect, test, type Page } from '@playwright/test';
import { COUNTRIES } from '../../src/board/vocabulary.ts';
import { googleJobPostingProblems, jsonLdBlocks, type Workplace } from '../support/google-job-posting.ts';

const OPEN = '/jobs/northwind-ledger-staff-backend-engineer-ledger-core/';
const EXPIRED = '/jobs/harborline-logistics-staff-engineer-container-tracking-platform/';
const FILLED = '/jobs/tidepool-analytics-senior-backend-engineer-ingestion/';

/** The value shown beside a label in a posting's facts. */
function fact(page: Page, label: string) {
  return page
    .locator('.facts div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');
}

async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test.describe('home page', () => {
  test('lists open postings newest first as cards with the facts at a glance', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('every one with its salary');
    const cards = page.locator('.job-card');
    await expect(cards).toHaveCount(20);
    const first = cards.first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText(
      /Senior Backend Engineer, Search and Catalogue\s*New/,
    );
    await expect(first.locator('.job-meta')).toContainText('Ember Commerce');
    await expect(first.locator('.job-meta')).toContainText('Remote · UK & Ireland, EU');
    await expect(first.locator('.salary')).toHaveText('€85k–108k / year');
    await expect(first.locator('.job-meta time')).toHaveAttribute('datetime', '2026-11-26');
    const dates = await cards
      .locator('.job-meta time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('marks postings from the last 7 days as new, and only those', async ({ page }) => {
    await page.goto('/');
    const badges = await page
      .locator('.job-card')
      .evaluateAll((cards) =>
        cards.map((card) => [
          card.querySelector('time')!.getAttribute('datetime')!,
          !!card.querySelector('.badge-new'),
        ]),
      );
    for (const [date, isNew] of badges) expect(isNew, String(date)).toBe(String(date) >= '2026-11-22');
    expect(badges.some(([, isNew]) => isNew)).toBe(true);
  });

  test('paginates with stable URLs and never lists a closed posting', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.lede').first()).toContainText('42 open postings from 17 companies');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL('/page/2/');
    await page.goto('/page/3/');
    await expect(page.locator('.job-card')).toHaveCount(2);
    for (const path of ['/', '/page/2/', '/page/3/']) {
      await page.goto(path);
      for (const closed of [EXPIRED, FILLED, '/jobs/lumen-maps-staff-engineer-geocoding-and-search/']) {
        await expect(page.locator(`a[href="${closed}"]`)).toHaveCount(0);
      }
    }
  });
});

test.describe('posting page', () => {
  test('shows every fact, labelled, the body and a prominent apply link', async ({ page }) => {
    await page.goto(OPEN);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff Backend Engineer, Ledger Core');
    await expect(page.getByRole('link', { name: 'Apply on the company’s site' })).toHaveAttribute(
      'href',
      'https://northwind-ledger.example/careers/staff-backend-engineer-ledger-core',
    );
    await expect(fact(page, 'Salary')).toContainText('€118k–148k / year');
    await expect(fact(page, 'Salary')).toContainText('118,000 to 148,000 EUR per year');
    await expect(fact(page, 'Level')).toHaveText('Staff');
    await expect(fact(page, 'Employment')).toHaveText('Full-time');
    await expect(fact(page, 'Workplace')).toHaveText('Remote');
    await expect(fact(page, 'Applicants may live in')).toHaveText(/European Union\s*United Kingdom\s*Switzerland/);
    await expect(fact(page, 'Time zones')).toHaveText('UTC−1 to UTC+3');
    await expect(fact(page, 'Equity')).toHaveText('Yes');
    await expect(fact(page, 'Visa sponsorship')).toHaveText('No');
    await expect(fact(page, 'Stack').getByRole('link')).toHaveText([
      'Go jobs',
      'PostgreSQL jobs',
      'Kafka jobs',
      'Kubernetes jobs',
      'Distributed systems jobs',
      'gRPC jobs',
    ]);
    await expect(fact(page, 'Interview, 3 stages').locator('ol.timeline > li')).toHaveText([
      'Behavioral',
      'System design',
      'Pair programming',
    ]);
    await expect(fact(page, 'Posted')).toHaveText('2 November 2026');
    await expect(fact(page, 'Open until')).toHaveText('31 January 2027');
    await expect(page.locator('.posting-body h2').first()).toBeVisible();
    await expect(page.locator('.company-box')).toContainText('Northwind Ledger');
    await expect(
      page.locator('.company-box').getByRole('link', { name: /open postings? at Northwind Ledger/ }),
    ).toHaveAttribute('href', '/companies/northwind-ledger/');
    await expect(page.getByRole('heading', { name: 'Related open postings' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  });

  test('shows offices, unknown visa sponsorship and an hourly rate as stated', async ({ page }) => {
    await page.goto('/jobs/harborline-logistics-senior-backend-contractor-edi-integrations/');
    await expect(fact(page, 'Employment')).toHaveText('Contract');
    await expect(fact(page, 'Salary')).toContainText('/ hour');
    await page.goto('/jobs/meridian-health-principal-engineer-patient-records-platform/');
    await expect(fact(page, 'Offices').locator('li')).toHaveText([
      'Boston, Massachusetts 02110, United States',
      'Nashville, Tennessee 37203, United States',
    ]);
    await page.goto('/jobs/kestrel-security-principal-engineer-identity-federation/');
    await expect(fact(page, 'Office')).toHaveText('London, EC2A 4NE, United Kingdom');
  });

  test('carries JSON-LD JobPosting with the fields Google requires', async ({ page }) => {
    await page.goto(OPEN);
    const [posting] = await jsonLd(page);
    expect(posting).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Staff Backend Engineer, Ledger Core',
      datePosted: '2026-11-02',
      validThrough: '2027-01-31T23:59:59Z',
      employmentType: 'FULL_TIME',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Northwind Ledger',
        sameAs: 'https://northwind-ledger.example',
      },
      jobLocationType: 'TELECOMMUTE',
      identifier: {
        '@type': 'PropertyValue',
        name: 'Northwind Ledger',
        value: 'northwind-ledger-staff-backend-engineer-ledger-core',
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 118000, maxValue: 148000, unitText: 'YEAR' },
      },
      directApply: false,
      url: 'https://senior-backend-jobs.example/jobs/northwind-ledger-staff-backend-engineer-ledger-core/',
    });
    expect(String(posting!['description'])).toMatch(/^<h2>/);
    const countries = (posting!['applicantLocationRequirements'] as Array<{ '@type': string; name: string }>).map(
      (c) => c.name,
    );
    expect(countries).toContain('Germany');
    expect(countries).toContain('United Kingdom');
    expect(countries).toContain('Switzerland');
    expect((posting!['hiringOrganization'] as Record<string, string>)['logo']).toBe(
      'https://senior-backend-jobs.example/logos/northwind-ledger.svg',
    );
  });

  test('gives an office posting a jobLocation with its region, postal code and country', async ({ page }) => {
    await page.goto('/jobs/meridian-health-principal-engineer-patient-records-platform/');
    const [posting] = await jsonLd(page);
    expect(posting!['jobLocation']).toEqual([
      {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Boston',
          addressRegion: 'Massachusetts',
          postalCode: '02110',
          addressCountry: 'US',
        },
      },
      {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Nashville',
          addressRegion: 'Tennessee',
          postalCode: '37203',
          addressCountry: 'US',
        },
      },
    ]);
    expect(posting!['jobLocationType']).toBeUndefined();
    expect(posting!['applicantLocationRequirements']).toBeUndefined();
  });

  test('names every country as where applicants may live for a worldwide posting', async ({ page }) => {
    await page.goto('/jobs/quillstack-staff-engineer-sdk-generation/');
    const [posting] = await jsonLd(page);
    expect(posting!['jobLocationType']).toBe('TELECOMMUTE');
    expect(posting!['jobLocation']).toBeUndefined();
    const requirements = posting!['applicantLocationRequirements'] as Array<{ '@type': string; name: string }>;
    expect(requirements.map((r) => r.name).sort()).toEqual(Object.values(COUNTRIES).sort());
    expect(new Set(requirements.map((r) => r['@type']))).toEqual(new Set(['Country']));
  });

  test('gives every open posting the JSON-LD Google requires for its workplace', async ({ request }) => {
    const api = (await (await request.get('/api/jobs.json')).json()) as { jobs: Array<Workplace & { url: string }> };
    expect(api.jobs).toHaveLength(42);
    const kinds = new Set<string>();
    for (const job of api.jobs) {
      const path = new URL(job.url).pathname;
      const blocks = jsonLdBlocks(await (await request.get(path)).text());
      expect(blocks, path).toHaveLength(1);
      expect(googleJobPostingProblems(blocks[0]!, job), path).toEqual([]);
      kinds.add(job.workplace === 'remote' && job.remoteFrom?.includes('worldwide') ? 'worldwide' : job.workplace);
    }
    // The sample board holds every case: worldwide, other remote, hybrid and on-site postings.
    expect([...kinds].sort()).toEqual(['hybrid', 'onsite', 'remote', 'worldwide']);
  });

  for (const [kind, path, reason] of [
    ['an expired', EXPIRED, 'It closed on 31 October 2026.'],
    ['a filled', FILLED, 'The role has been filled.'],
  ] as const) {
    test(`keeps ${kind} posting's page, says it is closed, without apply link, JSON-LD or indexing`, async ({
      page,
    }) => {
      const response = await page.goto(path);
      expect(response!.status()).toBe(200);
      await expect(page.getByRole('note')).toContainText('This posting is no longer accepting applications.');
      await expect(page.getByRole('note')).toContainText(reason);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.getByRole('link', { name: /apply/i })).toHaveCount(0);
      expect(await jsonLd(page)).toEqual([]);
    });
  }
});

test.describe('listings', () => {
  test('a stack tag listing holds exactly the open postings with that tag and links to its search and feed', async ({
    page,
    request,
  }) => {
    const api = (await (await request.get('/api/jobs.json')).json()) as {
      jobs: Array<{ url: string; stack: string[] }>;
    };
    const expected = api.jobs.filter((j) => j.stack.includes('kafka')).map((j) => new URL(j.url).pathname);
    const found: string[] = [];
    for (let n = 1; ; n++) {
      await page.goto(n === 1 ? '/stack/kafka/' : `/stack/kafka/page/${n}/`);
      found.push(...(await page.locator('.job-card h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
      if ((await page.getByRole('link', { name: 'Next' }).count()) === 0) break;
    }
    expect(found.sort()).toEqual(expected.sort());
    await expect(page.getByRole('link', { name: 'Narrow down with search' })).toHaveAttribute(
      'href',
      '/search/?stack=kafka',
    );
    await expect(page.locator('link[rel="alternate"][href="/stack/kafka/feed.xml"]')).toHaveCount(1);
  });

  test('a level listing and a remote place listing hold the right postings', async ({ page }) => {
    await page.goto('/level/principal/');
    await expect(page.locator('.lede')).toHaveText('9 open postings, newest first.');
    await page.goto('/remote/worldwide/');
    await expect(page.locator('.job-card')).toHaveCount(2);
    await page.goto('/remote/de/');
    // Postings open to the EU, Europe, EMEA or the world accept applicants living in Germany.
    await expect(page.getByRole('link', { name: 'Staff Backend Engineer, Ledger Core' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Principal Engineer, Query Engine' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Principal Engineer, API Gateway' })).toHaveCount(0);
  });

  test('a company page shows its facts, open postings and closed ones', async ({ page }) => {
    await page.goto('/companies/harborline-logistics/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harborline Logistics');
    await expect(page.getByRole('heading', { name: 'Open postings' })).toBeVisible();
    await expect(page.locator('.job-card')).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Closed postings' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Staff Engineer, Container Tracking Platform' })).toHaveAttribute(
      'href',
      EXPIRED,
    );
  });

  test('the browse page lists every tag, level, place and company with counts', async ({ page }) => {
    await page.goto('/browse/');
    await expect(page.getByRole('link', { name: 'PostgreSQL' })).toBeVisible();
    await expect(page.locator('li', { has: page.getByRole('link', { name: 'Principal', exact: true }) })).toContainText(
      '(9)',
    );
    await expect(page.getByRole('link', { name: 'Northwind Ledger' })).toHaveAttribute(
      'href',
      '/companies/northwind-ledger/',
    );
  });
});

test.describe('feeds and machine-readable outputs', () => {
  test('the RSS feed parses and holds every open posting, newest first, and no closed one', async ({
    page,
    request,
  }) => {
    const xml = await (await request.get('/feed.xml')).text();
    await page.goto('/');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        titles: [...doc.querySelectorAll('item > title')].map((t) => t.textContent),
        links: [...doc.querySelectorAll('item > link')].map((t) => t.textContent),
        self: doc.querySelector('channel > *|link[rel="self"]')?.getAttribute('href') ?? null,
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.titles).toHaveLength(42);
    expect(parsed.titles[0]).toBe('Senior Backend Engineer, Search and Catalogue at Ember Commerce');
    expect(parsed.links).not.toContain(`https://senior-backend-jobs.example${FILLED}`);
    expect(parsed.links).not.toContain(`https://senior-backend-jobs.example${EXPIRED}`);
    expect(parsed.self).toBe('https://senior-backend-jobs.example/feed.xml');
  });

  test('the JSON Feed, tag, level and alert feeds parse', async ({ request, page }) => {
    const json = (await (await request.get('/feed.json')).json()) as {
      version: string;
      items: Array<{ id: string; title: string }>;
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items).toHaveLength(42);
    await page.goto('/');
    for (const path of [
      '/stack/go/feed.xml',
      '/level/staff/feed.xml',
      '/feeds/staff/go.xml',
      '/feeds/principal/cobol.xml',
    ]) {
      const response = await request.get(path);
      if (path.includes('cobol')) {
        expect(response.status()).toBe(404);
        continue;
      }
      const items = await page.evaluate(
        (text) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          if (doc.querySelector('parsererror')) throw new Error('feed does not parse');
          return [...doc.querySelectorAll('item > category')].map((c) => c.textContent);
        },
        await response.text(),
      );
      expect(items.length).toBeGreaterThan(0);
    }
  });

  test('every page announces the feeds, a canonical URL and Open Graph metadata', async ({ page }) => {
    await page.goto(OPEN);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `https://senior-backend-jobs.example${OPEN}`,
    );
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
      'href',
      '/feed.xml',
    );
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'Staff Backend Engineer, Ledger Core at Northwind Ledger',
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  });

  test('the API lists open postings with their front-matter and URL; the sitemap lists open postings only', async ({
    request,
  }) => {
    const api = (await (await request.get('/api/jobs.json')).json()) as {
      count: number;
      jobs: Array<Record<string, unknown>>;
    };
    expect(api.count).toBe(42);
    const job = api.jobs.find((j) => j['id'] === 'northwind-ledger-staff-backend-engineer-ledger-core')!;
    expect(job).toMatchObject({
      level: 'staff',
      salary: { min: 118000, max: 148000, currency: 'EUR', period: 'year' },
    });
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain(`<loc>https://senior-backend-jobs.example${OPEN}</loc>`);
    expect(sitemap).not.toContain(FILLED);
    expect(sitemap).not.toContain(EXPIRED);
    expect(sitemap).toContain('<loc>https://senior-backend-jobs.example/stack/kafka/</loc>');
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: https://senior-backend-jobs.example/sitemap.xml');
  });

  test('an unknown address gets the 404 page with ways back', async ({ page }) => {
    const response = await page.goto('/jobs/no-such-posting/');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  });

  test('the 404 page claims no address of its own and asks not to be indexed', async ({ page }) => {
    await page.goto('/jobs/no-such-posting/');
    // It is served at every address that does not exist: a canonical URL or og:url would name one that does not.
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});

test('the editorial pages render from MDX', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this board');
  await page.goto('/contribute/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Post a job');
});
