// npm run generate -- --postings 10000 --out /tmp/board: writes a deterministic synthetic board
// (N postings, N/10 companies) in the project's format, for benchmarks and scale tests.
// The same arguments always produce the same files.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addDays } from '../src/lib/dates.ts';
import {
  COMPANY_SIZES,
  INTERVIEW_STEPS,
  REGIONS,
  STACK_TAGS,
  keysOf,
  type Currency,
  type Place,
} from '../src/lib/vocabulary.ts';

/** A small, fast, seeded PRNG (mulberry32): the board must be the same on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAME_A = [
  'North',
  'Blue',
  'Iron',
  'Quiet',
  'Bright',
  'Copper',
  'Silver',
  'Tidal',
  'Granite',
  'Lumen',
  'Orbit',
  'Vector',
  'Harbor',
  'Cedar',
  'Signal',
  'Delta',
  'Atlas',
  'Kite',
  'Ember',
  'Prism',
];
const NAME_B = [
  'Ledger',
  'Works',
  'Labs',
  'Systems',
  'Cloud',
  'Pay',
  'Health',
  'Freight',
  'Grid',
  'Data',
  'Mobility',
  'Energy',
  'Insights',
  'Logistics',
  'Bank',
  'Security',
  'Metrics',
  'Commerce',
  'Games',
  'Maps',
];
const DOMAINS = [
  'payments',
  'logistics',
  'healthcare records',
  'energy trading',
  'developer tooling',
  'fraud detection',
  'search',
  'advertising',
  'insurance',
  'e-commerce checkout',
  'telecom billing',
  'mapping',
  'identity',
  'observability',
  'streaming video',
];
const TEAMS = [
  'Platform',
  'Payments',
  'Core Services',
  'Data Infrastructure',
  'Search',
  'Identity',
  'Billing',
  'Ledger',
  'Routing',
  'Messaging',
  'Storage',
  'API',
];
const CITIES: Array<[string, string, Currency]> = [
  ['Berlin', 'DE', 'EUR'],
  ['Munich', 'DE', 'EUR'],
  ['Amsterdam', 'NL', 'EUR'],
  ['Paris', 'FR', 'EUR'],
  ['Madrid', 'ES', 'EUR'],
  ['Lisbon', 'PT', 'EUR'],
  ['Dublin', 'IE', 'EUR'],
  ['London', 'GB', 'GBP'],
  ['Manchester', 'GB', 'GBP'],
  ['Zurich', 'CH', 'CHF'],
  ['Stockholm', 'SE', 'SEK'],
  ['Oslo', 'NO', 'NOK'],
  ['Copenhagen', 'DK', 'DKK'],
  ['Warsaw', 'PL', 'PLN'],
  ['Prague', 'CZ', 'CZK'],
  ['New York', 'US', 'USD'],
  ['San Francisco', 'US', 'USD'],
  ['Austin', 'US', 'USD'],
  ['Seattle', 'US', 'USD'],
  ['Toronto', 'CA', 'CAD'],
  ['Vancouver', 'CA', 'CAD'],
  ['Sydney', 'AU', 'AUD'],
  ['Melbourne', 'AU', 'AUD'],
  ['Auckland', 'NZ', 'NZD'],
  ['Singapore', 'SG', 'SGD'],
  ['Tokyo', 'JP', 'JPY'],
  ['Bangalore', 'IN', 'INR'],
  ['São Paulo', 'BR', 'BRL'],
];
// Typical annual base pay of a senior role, in each currency; staff and principal earn more.
const BASE_PAY: Record<Currency, number> = {
  USD: 170000,
  EUR: 95000,
  GBP: 90000,
  CAD: 160000,
  CHF: 150000,
  AUD: 180000,
  NZD: 150000,
  SEK: 850000,
  NOK: 900000,
  DKK: 800000,
  PLN: 300000,
  CZK: 1800000,
  SGD: 170000,
  JPY: 12000000,
  INR: 4500000,
  BRL: 300000,
};
const SENTENCES = [
  'The team owns {system}, which handles {scale} for customers in {domain}.',
  'You will design and operate services in {lang} that sit on the critical path of every request.',
  'We run on {cloud} with {infra}, and every engineer deploys their own changes several times a day.',
  'Our data lives in {db}, with {queue} carrying events between services.',
  'Latency matters: our p99 target is {latency} ms, and we measure it on every release.',
  'You will lead the design of a migration from a shared database to services that own their data.',
  'On-call is a weekly rotation shared by {oncall} engineers, with a follow-the-sun handover and paid time off after busy weeks.',
  'Incidents end with a blameless review, and the fixes are scheduled like any other work.',
  'You will mentor senior engineers, write design documents, and help the team decide what not to build.',
  'We care about boring technology that is well understood, and we retire systems as readily as we build them.',
  'The interview has a short conversation with the hiring manager, a system design session and a review of code you have written.',
  'We publish salary bands internally and review them every year against the market.',
  'You will work closely with product managers and with the SRE team that runs our shared infrastructure.',
  'Most of the team has worked on {domain} systems before, but curiosity matters more than domain knowledge.',
  'Our services handle {scale}, and traffic doubles during seasonal peaks.',
  'We expect you to own features from the first sketch to the dashboards that prove they work.',
];
const SCALES = [
  '40,000 requests per second',
  'two billion events a day',
  '15 TB of new data each week',
  'a million active users',
  'payments worth 3 billion euros a year',
  '600 million API calls a day',
];

interface Options {
  postings: number;
  out: string;
  seed: number;
  today: string;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function pickSome<T>(rand: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return chosen;
}

function body(rand: () => number, vars: Record<string, string>, words: number): string {
  const sections = [
    'About the team',
    'What you will work on',
    'The systems',
    'On-call and support',
    'How we interview',
    'What we offer',
  ];
  const out: string[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (count === 0 || rand() < 0.18) out.push(`## ${sections[section++ % sections.length]}`);
    const sentences: string[] = [];
    for (let i = 0; i < 3 + Math.floor(rand() * 3); i++) {
      sentences.push(pick(rand, SENTENCES).replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? key));
    }
    let paragraph = sentences.join(' ');
    if (rand() < 0.2) paragraph += ` Read more on [our engineering blog](https://${vars['host']}/blog).`;
    if (rand() < 0.15) {
      out.push(paragraph, `- **${vars['lang']}** services\n- \`${vars['db']}\` at scale\n- ${vars['queue']} pipelines`);
    } else out.push(paragraph);
    count += paragraph.split(' ').length;
  }
  return `${out.join('\n\n')}\n`;
}

/** Writes the board and returns how many postings and companies it holds. */
export function generateBoard(options: Options): { postings: number; companies: number } {
  const rand = random(options.seed);
  const jobsDir = join(options.out, 'content/jobs');
  const companiesDir = join(options.out, 'content/companies');
  rmSync(jobsDir, { recursive: true, force: true });
  rmSync(companiesDir, { recursive: true, force: true });
  mkdirSync(jobsDir, { recursive: true });
  mkdirSync(companiesDir, { recursive: true });

  const companyCount = Math.max(1, Math.floor(options.postings / 10));
  const companies: Array<{ slug: string; name: string; host: string; city: (typeof CITIES)[number] }> = [];
  for (let i = 0; i < companyCount; i++) {
    const name = `${pick(rand, NAME_A)} ${pick(rand, NAME_B)} ${i + 1}`;
    const slug = name.toLowerCase().replace(/\s+/g, '-');
    const host = `${slug}.example`;
    const city = pick(rand, CITIES);
    companies.push({ slug, name, host, city });
    writeFileSync(
      join(companiesDir, `${slug}.md`),
      `---\nname: ${name}\nwebsite: https://${host}\nsize: "${pick(rand, keysOf(COMPANY_SIZES))}"\nheadquarters: ${city[0]}, ${city[1]}\n---\n${name} builds software for ${pick(rand, DOMAINS)}. The engineering team is spread over several time zones and works in small, autonomous groups.\n`,
    );
  }

  const tags = keysOf(STACK_TAGS);
  const regions = keysOf(REGIONS);
  const levels = ['senior', 'senior', 'senior', 'staff', 'staff', 'principal'] as const;
  const usedTitles = new Set<string>();
  for (let i = 0; i < options.postings; i++) {
    const company = companies[i % companyCount]!;
    const level = pick(rand, levels);
    const team = pick(rand, TEAMS);
    const stack = pickSome(rand, tags, 2 + Math.floor(rand() * 6));
    const lang = STACK_TAGS[stack[0]!].label;
    let title = `${level[0]!.toUpperCase()}${level.slice(1)} Backend Engineer, ${team}`;
    for (let n = 2; usedTitles.has(`${company.slug}|${title}`); n++) title = `${title.replace(/ \(\d+\)$/, '')} (${n})`;
    usedTitles.add(`${company.slug}|${title}`);
    const workplace = rand() < 0.55 ? 'remote' : rand() < 0.6 ? 'hybrid' : 'onsite';
    const city = rand() < 0.7 ? company.city : pick(rand, CITIES);
    const currency = city[2];
    const multiplier = level === 'senior' ? 1 : level === 'staff' ? 1.3 : 1.6;
    const min = Math.round((BASE_PAY[currency] * multiplier * (0.85 + rand() * 0.3)) / 1000) * 1000;
    const max = Math.round((min * (1.1 + rand() * 0.5)) / 1000) * 1000;
    const posted = addDays(options.today, -Math.floor(rand() * 90));
    const expires = addDays(posted, 30 + Math.floor(rand() * 61));
    const slug = `${company.slug}-${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/-+$/, '')}`
      .slice(0, 80)
      .replace(/-+$/, '');
    const where: Place[] =
      rand() < 0.2
        ? ['worldwide']
        : [...new Set<Place>([pick(rand, regions), city[1] as Place])].slice(0, 1 + Math.floor(rand() * 2));
    const lines = [
      '---',
      `title: ${title}`,
      `company: ${company.slug}`,
      `level: ${level}`,
      `employmentType: ${rand() < 0.9 ? 'full-time' : 'contract'}`,
      `workplace: ${workplace}`,
      workplace === 'remote'
        ? `remoteFrom: [${where.join(', ')}]`
        : `offices:\n  - city: ${city[0]}\n    country: ${city[1]}`,
      ...(rand() < 0.4 ? [`timezone: { from: ${-Math.floor(rand() * 6)}, to: ${Math.floor(rand() * 6)} }`] : []),
      `salary:\n  min: ${min}\n  max: ${max}\n  currency: ${currency}\n  period: year`,
      ...(rand() < 0.5 ? [`equity: ${rand() < 0.5}`] : []),
      ...(rand() < 0.6 ? [`visaSponsorship: ${rand() < 0.5}`] : []),
      `stack: [${stack.join(', ')}]`,
      `interview: [${pickSome(rand, keysOf(INTERVIEW_STEPS), 2 + Math.floor(rand() * 3)).join(', ')}]`,
      `posted: ${posted}`,
      `expires: ${expires}`,
      ...(rand() < 0.05 ? ['status: filled'] : []),
      `apply: https://${company.host}/careers/${slug}-${i}`,
      '---',
    ];
    const vars = {
      system: `the ${team.toLowerCase()} service`,
      scale: pick(rand, SCALES),
      domain: pick(rand, DOMAINS),
      lang,
      cloud: pick(rand, ['AWS', 'Google Cloud', 'Azure', 'our own data centres']),
      infra: pick(rand, ['Kubernetes', 'Nomad', 'plain virtual machines', 'Terraform-managed clusters']),
      db: pick(rand, ['PostgreSQL', 'MySQL', 'Cassandra', 'DynamoDB', 'CockroachDB']),
      queue: pick(rand, ['Kafka', 'RabbitMQ', 'NATS', 'Pulsar']),
      latency: String(20 + Math.floor(rand() * 200)),
      oncall: String(5 + Math.floor(rand() * 8)),
      host: company.host,
    };
    writeFileSync(
      join(jobsDir, `${slug}.md`),
      `${lines.join('\n')}\n${body(rand, vars, 400 + Math.floor(rand() * 500))}`,
    );
  }
  return { postings: options.postings, companies: companyCount };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      postings: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string', default: process.env['BOARD_DATE'] ?? '2026-11-28' },
    },
  });
  if (!values.out) {
    console.error('Usage: npm run generate -- --postings N --out <dir> [--seed S] [--today YYYY-MM-DD]');
    process.exit(2);
  }
  const out = resolve(values.out);
  const result = generateBoard({
    postings: Number(values.postings),
    out,
    seed: Number(values.seed),
    today: values.today,
  });
  console.log(`wrote ${result.postings} postings and ${result.companies} companies to ${out}`);
}

if (import.meta.main) main();
