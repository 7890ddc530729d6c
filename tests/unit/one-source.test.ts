// Every allowed value is defined once, in src/board/vocabulary.ts: the validator's schema, the editor schema
// Astro generates and CONTRIBUTING.md's reference must all say the same thing, or these tests fail.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withReference } from '../../scripts/docs/format-docs.ts';
import {
  COMPANY_SIZES,
  COUNTRIES,
  CURRENCIES,
  EMPLOYMENT_TYPES,
  INTERVIEW_STEPS,
  LEVELS,
  REGIONS,
  SALARY_PERIODS,
  STACK_ALIASES,
  STACK_TAGS,
  STATUSES,
  WORKPLACES,
} from '../../src/board/vocabulary.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface JsonSchema {
  properties: Record<string, JsonSchema & { enum?: string[]; items?: JsonSchema & { enum?: string[] } }>;
  enum?: string[];
}

describe('one source for every allowed value', () => {
  let jobs: JsonSchema;
  let companies: JsonSchema;
  before(() => {
    // astro sync writes the editor schemas from the content collections, as `astro dev` and `astro build` do.
    execFileSync(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'sync'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    jobs = JSON.parse(readFileSync(`${ROOT}.astro/collections/jobs.schema.json`, 'utf8')) as JsonSchema;
    companies = JSON.parse(readFileSync(`${ROOT}.astro/collections/companies.schema.json`, 'utf8')) as JsonSchema;
  });

  it('gives the editor schema Astro generates the vocabulary of every field', () => {
    const p = jobs.properties;
    assert.deepEqual(p['level']!.enum, Object.keys(LEVELS));
    assert.deepEqual(p['employmentType']!.enum, Object.keys(EMPLOYMENT_TYPES));
    assert.deepEqual(p['workplace']!.enum, Object.keys(WORKPLACES));
    assert.deepEqual(p['status']!.enum, Object.keys(STATUSES));
    assert.deepEqual(p['stack']!.items!.enum, Object.keys(STACK_TAGS));
    assert.deepEqual(p['interview']!.items!.enum, Object.keys(INTERVIEW_STEPS));
    assert.deepEqual(p['remoteFrom']!.items!.enum, [...Object.keys(COUNTRIES), ...Object.keys(REGIONS)]);
    assert.deepEqual(p['salary']!.properties['currency']!.enum, Object.keys(CURRENCIES));
    assert.deepEqual(p['salary']!.properties['period']!.enum, Object.keys(SALARY_PERIODS));
    assert.deepEqual(companies.properties['size']!.enum, Object.keys(COMPANY_SIZES));
  });

  it('keeps the reference in CONTRIBUTING.md identical to what npm run docs generates', () => {
    const current = readFileSync(`${ROOT}CONTRIBUTING.md`, 'utf8');
    assert.equal(withReference(current), current, 'run npm run docs and commit CONTRIBUTING.md');
    for (const tag of Object.keys(STACK_TAGS)) assert.ok(current.includes(`\`${tag}\``), tag);
    for (const region of Object.keys(REGIONS)) assert.ok(current.includes(`\`${region}\``), region);
  });

  it('defines the regions and tags the format requires, with labels, over real country codes', () => {
    for (const region of ['worldwide', 'eu', 'europe', 'north-america', 'latin-america', 'americas', 'emea', 'apac']) {
      assert.ok(region in REGIONS, region);
    }
    const required =
      'go java kotlin python node typescript csharp ruby rust scala elixir php postgresql mysql mongodb redis cassandra dynamodb elasticsearch kafka rabbitmq aws gcp azure kubernetes docker terraform graphql grpc rest microservices distributed-systems observability';
    for (const tag of required.split(' ')) assert.ok(STACK_TAGS[tag as keyof typeof STACK_TAGS]?.label, tag);
    for (const [name, region] of Object.entries(REGIONS)) {
      assert.equal(new Set(region.countries).size, region.countries.length, `${name} lists a country twice`);
      for (const code of region.countries) assert.ok(code in COUNTRIES, `${name}: ${code}`);
    }
    for (const [alias, tag] of Object.entries(STACK_ALIASES)) {
      assert.ok(tag in STACK_TAGS, `${alias} → ${tag}`);
      assert.ok(!(alias in STACK_TAGS), `${alias} is a tag itself`);
    }
    for (const code of ['USD', 'EUR', 'GBP', 'CAD', 'CHF', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN'])
      assert.ok(code in CURRENCIES, code);
  });
});
