// npm run generate -- --postings 10000 --out /tmp/board: writes a deterministic synthetic board
// (N postings, N/10 companies) in the project's format, for benchmarks and scale tests.
// The same arguments always produce the same files.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addDays, isCalendarDate } from '../src/board/dates.ts';
import { EXIT, UsageError, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';
import {
  COMPANY_SIZES,
  CURRENCIES,
  INTERVIEW_STEPS,
  LEVELS,
  REGIONS,
  STACK_TAGS,
  keysOf,
  type Currency,
  type Place,
} from '../src/board/vocabulary.ts';
import { BOARD } from '../src/board/wording.ts';

/** A small, fast, seeded PRNG (mulberry32): the board must be the same on every machine. */
function random(seed: number): () => number {
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
const CITIES: Array<[string, string, string]> = [
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
/** The time zone of each city, for the working hours three postings in five state. */
const CITY_ZONES: Record<string, string> = {
  'New York': 'America/New_York',
  'San Francisco': 'America/Los_Angeles',
  Austin: 'America/Chicago',
  Seattle: 'America/Los_Angeles',
  Toronto: 'America/Toronto',
  Vancouver: 'America/Vancouver',
  Sydney: 'Australia/Sydney',
  Melbourne: 'Australia/Melbourne',
  Auckland: 'Pacific/Auckland',
  Singapore: 'Asia/Singapore',
  Tokyo: 'Asia/Tokyo',
  Bangalore: 'Asia/Kolkata',
  'São Paulo': 'America/Sao_Paulo',
  London: 'Europe/London',
  Manchester: 'Europe/London',
  Dublin: 'Europe/Dublin',
  Lisbon: 'Europe/Lisbon',
};

/**
 * The working hours of the `i`th posting in its city's zone, for three postings in five: from 08:00, 08:30, 09:00 or
 * 10:00, for 4 to 6 hours. Made from `i` alone, not from the random sequence, so that the rest of the board is
 * the same as before postings stated hours.
 */
function generatedHours(i: number, city: string): string[] {
  if (i % 5 >= 3) return [];
  const start = ['08:00', '08:30', '09:00', '10:00'][i % 4]!;
  const hours = 4 + (i % 5);
  const [h, m] = start.split(':').map(Number) as [number, number];
  const end = `${String(h + hours).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return [`hours: { start: "${start}", end: "${end}", zone: ${CITY_ZONES[city] ?? 'Europe/Berlin'} }`];
}

// Typical annual base pay at the board's first level, in each currency; each level up earns more. A currency
// the board does not take is paid in the board's example currency instead.
const BASE_PAY: Readonly<Record<string, number>> = {
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
// Sentences with slots: {name} slots are the posting's own facts, [name] slots are drawn anew each time from
// the word lists below, so bodies have the varied vocabulary of real postings rather than a few repeated lines.
const SENTENCES = [
  'The team owns {system}, which handles {scale} for customers in {domain}.',
  'You will design and operate services in {lang} that sit on the critical path of every [thing].',
  'We run on {cloud} with {infra}, and engineers deploy their own changes [frequency].',
  'Our data lives in {db}, with {queue} carrying [thing] events between services.',
  'Latency matters: our p99 target is {latency} ms for [thing] requests, and we measure it on every release.',
  'This year we are [verb] the [component] so that it can [goal] without [risk].',
  'The hardest open problem is [problem], which shows up as [symptom] during [peak].',
  'On-call is a rotation of {oncall} engineers; you are on call one week in [weeks], and pages outside working hours are paid.',
  'Incidents end with a blameless review, and the follow-up work is planned like any other [work].',
  'You will mentor [people], write design documents, and help the team decide what not to build.',
  'We prefer [preference] over [alternative], and we retire old systems as readily as we build new ones.',
  'The interview starts with a [minutes]-minute conversation with the hiring manager about [topic].',
  'Next comes a system design session where we sketch [design] together; there is no single right answer.',
  'We finish with a conversation with two engineers about [topic], and you can ask them anything.',
  'We publish salary bands internally and review them every [period] against the market.',
  'You will work closely with [partner] and with the team that runs our shared [component].',
  'Curiosity matters more than domain knowledge: several of us came from [background].',
  'Traffic grows by about [growth] percent a year, and [peak] brings roughly [multiplier] times the usual load.',
  'You will own features from the first sketch to the [artifact] that prove they work.',
  'Most of our services are written in {lang}, with [secondary] where it fits better.',
  'We recently moved [thing] processing from [old] to [new] and cut [metric] by [percent] percent.',
  'Every service has [artifact], and alerts page a human only when a customer would notice.',
  'We care about [value], [value] and [value], in that order when they conflict.',
  'The codebase is about [size] lines across [count] services, with [coverage] of it covered by tests.',
  'Benefits include [benefit], [benefit] and a yearly budget for [learning].',
  'You will spend roughly [share] percent of your time on [work] and the rest on [work].',
  'We hold [ritual] every [period], and decisions are written down in design records.',
  'A typical week includes [ritual], code review in small pull requests, and [ritual].',
  'We expect you to improve how we handle [problem] within your first [months] months.',
  'The platform serves [customers] and processes [volume] every [period].',
];
const WORDS: Record<string, string[]> = {
  thing: [
    'checkout',
    'payment',
    'search',
    'ledger',
    'booking',
    'invoice',
    'shipment',
    'telemetry',
    'pricing',
    'identity',
    'notification',
    'settlement',
    'catalogue',
    'routing',
    'authorisation',
  ],
  frequency: [
    'many times a day',
    'several times a day',
    'a few times a week',
    'whenever their change is ready',
    'through a fully automated pipeline',
  ],
  verb: [
    'rewriting',
    'splitting',
    'consolidating',
    'migrating',
    'hardening',
    'simplifying',
    'replacing',
    'sharding',
    'rebuilding',
    'untangling',
  ],
  component: [
    'scheduler',
    'rate limiter',
    'event bus',
    'storage layer',
    'query planner',
    'API gateway',
    'job queue',
    'cache tier',
    'reconciliation engine',
    'feature store',
    'deployment pipeline',
    'permission model',
  ],
  goal: [
    'scale horizontally',
    'survive a regional outage',
    'serve ten times the traffic',
    'be operated by a small team',
    'answer in under fifty milliseconds',
    'be tested in isolation',
  ],
  risk: [
    'downtime',
    'data loss',
    'a big-bang migration',
    'doubling the cloud bill',
    'waking anyone up at night',
    'losing ordering guarantees',
  ],
  problem: [
    'hot partitions',
    'retry storms',
    'schema evolution',
    'exactly-once delivery',
    'cache invalidation',
    'cross-region consistency',
    'noisy neighbours',
    'backpressure',
    'idempotency across retries',
    'slow cold starts',
    'clock skew',
    'long-tail latency',
  ],
  symptom: [
    'timeouts in the checkout flow',
    'duplicate events downstream',
    'growing replication lag',
    'uneven load across shards',
    'slow queries at month end',
    'memory pressure on the brokers',
  ],
  peak: [
    'Black Friday',
    'the end of each month',
    'the first day of every sale',
    'payroll day',
    'the evening peak',
    'the holiday season',
  ],
  weeks: ['six', 'seven', 'eight', 'nine', 'ten'],
  work: [
    'product work',
    'planned engineering work',
    'platform improvements',
    'reliability work',
    'mentoring',
    'design reviews',
  ],
  people: [
    'senior engineers',
    'new team members',
    `engineers moving into ${BOARD.wording.role} work`,
    'two tech leads',
  ],
  preference: [
    'boring, well understood technology',
    'small services with clear owners',
    'simple designs',
    'managed databases',
    'explicit contracts',
  ],
  alternative: [
    'the newest framework',
    'clever abstractions',
    'shared databases',
    'hand-rolled infrastructure',
    'implicit coupling',
  ],
  minutes: ['30', '45', '60'],
  topic: [
    'how you debug production issues',
    'a system you built and would build differently',
    'trade-offs you have made under pressure',
    'how you review code',
    'how you plan a migration',
  ],
  design: [
    'a rate limiter for a public API',
    'a payment retry pipeline',
    'a multi-tenant job scheduler',
    'an audit log that cannot be altered',
    'a search index that updates in near real time',
  ],
  period: ['year', 'quarter', 'six months', 'week', 'day', 'month'],
  partner: [
    'product managers',
    'the data platform team',
    'site reliability engineers',
    'our security team',
    'customer support',
  ],
  background: ['games', 'banking', 'telecoms', 'research', 'e-commerce', 'consulting', 'open source'],
  growth: ['30', '40', '60', '80', '120'],
  multiplier: ['three', 'five', 'eight', 'ten'],
  artifact: ['dashboards', 'runbooks', 'service-level objectives', 'load tests', 'tracing spans'],
  secondary: ['Rust', 'Python', 'TypeScript', 'Kotlin', 'Go', 'Java', 'Elixir'],
  old: ['a monolith', 'nightly batch jobs', 'a single PostgreSQL instance', 'cron scripts', 'a vendor queue'],
  new: [
    'streaming consumers',
    'a partitioned cluster',
    'event-driven services',
    'a managed workflow engine',
    'idempotent workers',
  ],
  metric: ['p99 latency', 'infrastructure cost', 'the error rate', 'deployment time', 'time to recovery'],
  percent: ['20', '35', '40', '60', '75'],
  value: ['correctness', 'simplicity', 'observability', 'speed of delivery', 'security', 'cost awareness'],
  size: ['200,000', '450,000', 'a million', '800,000', '1.5 million'],
  count: ['12', '25', '40', '70', '120'],
  coverage: ['most', 'about 80 percent', 'the critical paths', 'nearly all'],
  benefit: [
    'a pension plan',
    'private health insurance',
    'four weeks of parental leave on top of the statutory minimum',
    'a home office budget',
    'flexible hours',
    'thirty days of holiday',
    'sabbaticals after five years',
  ],
  learning: ['conferences', 'books and courses', 'certifications', 'side projects at work'],
  share: ['60', '70', '80'],
  ritual: [
    'a weekly architecture review',
    'a demo day',
    'an incident review',
    'a planning session',
    'pairing sessions',
    'a reading group',
  ],
  months: ['three', 'six', 'nine'],
  customers: [
    'small businesses',
    'hospitals',
    'logistics companies',
    'online shops',
    'banks',
    'airlines',
    'public agencies',
  ],
  volume: ['a billion events', '40 million requests', '12 TB of data', 'five million payments', '300,000 orders'],
};
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

const MAX_WORDS = 900;

/** Words as a reader counts them: every run of non-space characters with a letter or digit in it. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

/** A body of about `words` words (400–900), headings and lists included, never more than 900. */
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
    const blocks: string[] = [];
    if (count === 0 || rand() < 0.18) blocks.push(`## ${sections[section++ % sections.length]}`);
    const sentences: string[] = [];
    for (let i = 0; i < 3 + Math.floor(rand() * 3); i++) {
      sentences.push(
        pick(rand, SENTENCES)
          .replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? key)
          .replace(/\[(\w+)\]/g, (_, key: string) => pick(rand, WORDS[key] ?? [key])),
      );
    }
    if (rand() < 0.2) sentences.push(`Read more on [our engineering blog](https://${vars['host']}/blog).`);
    const list =
      rand() < 0.15 ? `- **${vars['lang']}** services\n- \`${vars['db']}\` at scale\n- ${vars['queue']} pipelines` : '';
    // The last paragraph loses sentences rather than take the body past the maximum.
    const size = () => wordCount([...blocks, sentences.join(' '), list].join(' '));
    while (count + size() > MAX_WORDS && sentences.length > 1) sentences.pop();
    if (count + size() > MAX_WORDS) break;
    blocks.push(sentences.join(' '));
    if (list) blocks.push(list);
    out.push(...blocks);
    count += wordCount(blocks.join(' '));
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
  // The first level is the most common: with three levels, three of every six postings, then two, then one.
  const levelKeys = keysOf(LEVELS);
  const levels = levelKeys.flatMap((level, i) => Array<typeof level>(levelKeys.length - i).fill(level));
  const usedTitles = new Set<string>();
  for (let i = 0; i < options.postings; i++) {
    const company = companies[i % companyCount]!;
    const level = pick(rand, levels);
    const team = pick(rand, TEAMS);
    const stack = pickSome(rand, tags, 2 + Math.floor(rand() * 6));
    const language = stack.find((tag) => STACK_TAGS[tag].group === 'language');
    const lang = language ? STACK_TAGS[language].label : 'Go';
    let title = `${LEVELS[level].label} ${BOARD.wording.roleTitle} Engineer, ${team}`;
    for (let n = 2; usedTitles.has(`${company.slug}|${title}`); n++) title = `${title.replace(/ \(\d+\)$/, '')} (${n})`;
    usedTitles.add(`${company.slug}|${title}`);
    const workplace = rand() < 0.55 ? 'remote' : rand() < 0.6 ? 'hybrid' : 'onsite';
    const city = rand() < 0.7 ? company.city : pick(rand, CITIES);
    const currency = (city[2] in CURRENCIES ? city[2] : BOARD.examples.salary.currency) as Currency;
    const multiplier = 1 + 0.3 * levelKeys.indexOf(level);
    const basePay = BASE_PAY[currency] ?? BASE_PAY['EUR']! * CURRENCIES[currency].rate;
    const min = Math.round((basePay * multiplier * (0.85 + rand() * 0.3)) / 1000) * 1000;
    const max = Math.min(
      Math.round((min * (1.1 + rand() * 0.5)) / 1000) * 1000,
      Math.floor((min * BOARD.rules.maxSalarySpread) / 1000) * 1000,
    );
    const posted = addDays(options.today, -Math.floor(rand() * 90));
    const expires = addDays(posted, Math.min(30 + Math.floor(rand() * 61), BOARD.rules.maxOpenDays));
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
      ...generatedHours(i, city[0]),
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

const USAGE = `Usage: npm run generate -- --out <dir> [options]

Writes a deterministic synthetic board (N postings, N/10 companies) into <dir>/content, for benchmarks and
scale tests. The same options always write the same files; <dir>/content is replaced.

Options:
  --out <dir>           where to write the board (required)
  --postings <n>        how many postings (default: 1000)
  --seed <n>            the generator's seed (default: 1)
  --today YYYY-MM-DD    the date postings are dated around (default: BOARD_DATE, else 2026-11-28)
  -h, --help            show this help

${exitStatus('the board was written', 'not used: a generated board has no content problems to report')}`;

/** A whole number of at least `min` from an option, or a UsageError naming the option. */
function whole(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min)
    throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  return n;
}

function main(argv: string[]): number {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      postings: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string', default: process.env['BOARD_DATE'] ?? '2026-11-28' },
    },
    USAGE,
  );
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (!values.out) throw new UsageError('--out <dir> is required');
  if (!isCalendarDate(values.today)) throw new UsageError(`--today must be a date, YYYY-MM-DD, not "${values.today}"`);
  const out = resolve(values.out);
  const result = generateBoard({
    postings: whole('postings', values.postings, 1),
    out,
    seed: whole('seed', values.seed, 0),
    today: values.today,
  });
  console.log(`wrote ${result.postings} postings and ${result.companies} companies to ${out}`);
  return EXIT.ok;
}

if (import.meta.main) process.exitCode = await runCommand('generate', USAGE, () => main(process.argv.slice(2)));
