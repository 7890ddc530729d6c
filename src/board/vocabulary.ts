// Every value a posting or company may use, defined once. The zod schemas, the pages,
// the search filters and CONTRIBUTING.md's table of allowed values all derive from here.

import { COUNTRIES, type CountryCode } from './countries.ts';

/** The keys of a vocabulary map, as a non-empty tuple that `z.enum` accepts. */
export function keysOf<K extends string>(map: Readonly<Record<K, unknown>>): [K, ...K[]] {
  const keys = Object.keys(map) as K[];
  if (keys.length === 0) throw new Error('a vocabulary must not be empty');
  return keys as [K, ...K[]];
}

export const LEVELS = {
  senior: { label: 'Senior' },
  staff: { label: 'Staff' },
  principal: { label: 'Principal' },
} as const;
export type Level = keyof typeof LEVELS;

export const EMPLOYMENT_TYPES = {
  'full-time': { label: 'Full-time', schemaOrg: 'FULL_TIME' },
  'part-time': { label: 'Part-time', schemaOrg: 'PART_TIME' },
  contract: { label: 'Contract', schemaOrg: 'CONTRACTOR' },
} as const;

export const WORKPLACES = {
  remote: { label: 'Remote' },
  hybrid: { label: 'Hybrid' },
  onsite: { label: 'On-site' },
} as const;
export type Workplace = keyof typeof WORKPLACES;

export const STATUSES = {
  open: { label: 'Open' },
  filled: { label: 'Filled' },
} as const;

export const STACK_GROUPS = {
  language: 'Languages',
  framework: 'Frameworks',
  datastore: 'Databases and storage',
  messaging: 'Messaging and streaming',
  data: 'Data processing',
  cloud: 'Cloud',
  infrastructure: 'Infrastructure',
  api: 'APIs',
  practice: 'Architecture and practice',
} as const;
type StackGroup = keyof typeof STACK_GROUPS;

export const STACK_TAGS = {
  go: { label: 'Go', group: 'language' },
  java: { label: 'Java', group: 'language' },
  kotlin: { label: 'Kotlin', group: 'language' },
  python: { label: 'Python', group: 'language' },
  node: { label: 'Node.js', group: 'language' },
  typescript: { label: 'TypeScript', group: 'language' },
  csharp: { label: 'C#', group: 'language' },
  ruby: { label: 'Ruby', group: 'language' },
  rust: { label: 'Rust', group: 'language' },
  scala: { label: 'Scala', group: 'language' },
  elixir: { label: 'Elixir', group: 'language' },
  erlang: { label: 'Erlang', group: 'language' },
  php: { label: 'PHP', group: 'language' },
  cpp: { label: 'C++', group: 'language' },
  clojure: { label: 'Clojure', group: 'language' },
  haskell: { label: 'Haskell', group: 'language' },
  spring: { label: 'Spring', group: 'framework' },
  rails: { label: 'Ruby on Rails', group: 'framework' },
  django: { label: 'Django', group: 'framework' },
  dotnet: { label: '.NET', group: 'framework' },
  postgresql: { label: 'PostgreSQL', group: 'datastore' },
  mysql: { label: 'MySQL', group: 'datastore' },
  mongodb: { label: 'MongoDB', group: 'datastore' },
  redis: { label: 'Redis', group: 'datastore' },
  cassandra: { label: 'Cassandra', group: 'datastore' },
  dynamodb: { label: 'DynamoDB', group: 'datastore' },
  elasticsearch: { label: 'Elasticsearch', group: 'datastore' },
  clickhouse: { label: 'ClickHouse', group: 'datastore' },
  cockroachdb: { label: 'CockroachDB', group: 'datastore' },
  sqlite: { label: 'SQLite', group: 'datastore' },
  bigquery: { label: 'BigQuery', group: 'datastore' },
  kafka: { label: 'Kafka', group: 'messaging' },
  rabbitmq: { label: 'RabbitMQ', group: 'messaging' },
  nats: { label: 'NATS', group: 'messaging' },
  pulsar: { label: 'Pulsar', group: 'messaging' },
  spark: { label: 'Spark', group: 'data' },
  flink: { label: 'Flink', group: 'data' },
  aws: { label: 'AWS', group: 'cloud' },
  gcp: { label: 'Google Cloud', group: 'cloud' },
  azure: { label: 'Azure', group: 'cloud' },
  kubernetes: { label: 'Kubernetes', group: 'infrastructure' },
  docker: { label: 'Docker', group: 'infrastructure' },
  terraform: { label: 'Terraform', group: 'infrastructure' },
  linux: { label: 'Linux', group: 'infrastructure' },
  graphql: { label: 'GraphQL', group: 'api' },
  grpc: { label: 'gRPC', group: 'api' },
  rest: { label: 'REST', group: 'api' },
  microservices: { label: 'Microservices', group: 'practice' },
  'distributed-systems': { label: 'Distributed systems', group: 'practice' },
  'event-driven': { label: 'Event-driven architecture', group: 'practice' },
  observability: { label: 'Observability', group: 'practice' },
  security: { label: 'Security', group: 'practice' },
  'machine-learning': { label: 'ML infrastructure', group: 'practice' },
} as const satisfies Record<string, { label: string; group: StackGroup }>;
export type StackTag = keyof typeof STACK_TAGS;

/** Common spellings that are not tags, mapped to the tag meant; used for did-you-mean hints. */
export const STACK_ALIASES: Readonly<Record<string, StackTag>> = {
  golang: 'go',
  nodejs: 'node',
  'node.js': 'node',
  javascript: 'node',
  js: 'node',
  ts: 'typescript',
  'c#': 'csharp',
  'c++': 'cpp',
  postgres: 'postgresql',
  psql: 'postgresql',
  pg: 'postgresql',
  mongo: 'mongodb',
  k8s: 'kubernetes',
  es: 'elasticsearch',
  opensearch: 'elasticsearch',
  'google-cloud': 'gcp',
  ror: 'rails',
  'ruby-on-rails': 'rails',
  'spring-boot': 'spring',
  microservice: 'microservices',
  'event-sourcing': 'event-driven',
  'distributed-system': 'distributed-systems',
  ml: 'machine-learning',
};

export const INTERVIEW_STEPS = {
  'take-home': { label: 'Take-home exercise' },
  'pair-programming': { label: 'Pair programming' },
  'live-coding': { label: 'Live coding' },
  'system-design': { label: 'System design' },
  behavioral: { label: 'Behavioral' },
  'trial-day': { label: 'Paid trial day' },
} as const;

export const SALARY_PERIODS = {
  year: { label: 'year' },
  month: { label: 'month' },
  hour: { label: 'hour' },
} as const;

/** Currencies a salary may be given in; `symbol` is what cards show before the amount. */
export const CURRENCIES = {
  USD: { label: 'US dollar', symbol: '$' },
  EUR: { label: 'Euro', symbol: '€' },
  GBP: { label: 'Pound sterling', symbol: '£' },
  CAD: { label: 'Canadian dollar', symbol: 'CA$' },
  CHF: { label: 'Swiss franc', symbol: 'CHF ' },
  AUD: { label: 'Australian dollar', symbol: 'A$' },
  NZD: { label: 'New Zealand dollar', symbol: 'NZ$' },
  SEK: { label: 'Swedish krona', symbol: 'SEK ' },
  NOK: { label: 'Norwegian krone', symbol: 'NOK ' },
  DKK: { label: 'Danish krone', symbol: 'DKK ' },
  PLN: { label: 'Polish złoty', symbol: 'PLN ' },
  CZK: { label: 'Czech koruna', symbol: 'CZK ' },
  SGD: { label: 'Singapore dollar', symbol: 'S$' },
  JPY: { label: 'Japanese yen', symbol: '¥' },
  INR: { label: 'Indian rupee', symbol: '₹' },
  BRL: { label: 'Brazilian real', symbol: 'R$' },
} as const;
export type Currency = keyof typeof CURRENCIES;

export const COMPANY_SIZES = {
  '1-10': { label: '1–10 people' },
  '11-50': { label: '11–50 people' },
  '51-200': { label: '51–200 people' },
  '201-500': { label: '201–500 people' },
  '501-1000': { label: '501–1,000 people' },
  '1001-5000': { label: '1,001–5,000 people' },
  '5001+': { label: 'more than 5,000 people' },
} as const;

export { COUNTRIES, type CountryCode };

const EU: CountryCode[] = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'
  .split(' ')
  .map(asCountry);
const EUROPE: CountryCode[] = [
  ...EU,
  ...'AD AL AX BA BY CH FO GB GG GI IM IS JE LI MC MD ME MK NO RS RU SJ SM TR UA VA'.split(' ').map(asCountry),
];
const MIDDLE_EAST: CountryCode[] = 'AE BH EG IL IQ IR JO KW LB OM PS QA SA SY TR YE'.split(' ').map(asCountry);
const AFRICA: CountryCode[] = (
  'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW ' +
  'MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA ZM ZW'
)
  .split(' ')
  .map(asCountry);
const NORTH_AMERICA: CountryCode[] = ['US', 'CA', 'MX'];
const LATIN_AMERICA: CountryCode[] = 'AR BO BR CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV UY VE'
  .split(' ')
  .map(asCountry);
const AMERICAS: CountryCode[] = [
  ...new Set([
    ...NORTH_AMERICA,
    ...LATIN_AMERICA,
    ...'AG AI AW BB BL BM BQ BS BZ CW DM FK GD GF GL GP GY HT JM KN KY LC MF MQ MS PM SR SX TC TT VC VG VI'
      .split(' ')
      .map(asCountry),
  ]),
];
const OCEANIA: CountryCode[] = 'AS AU CC CK CX FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS'
  .split(' ')
  .map(asCountry);
const ASIA_PACIFIC_ASIA: CountryCode[] = 'BD BN BT CN HK ID IN JP KH KP KR LA LK MM MN MO MV MY NP PH PK SG TH TL TW VN'
  .split(' ')
  .map(asCountry);
const CENTRAL_ASIA: CountryCode[] = 'AF AM AZ GE KG KZ TJ TM UZ'.split(' ').map(asCountry);

function asCountry(code: string): CountryCode {
  if (!(code in COUNTRIES)) throw new Error(`not an ISO 3166-1 alpha-2 code: ${code}`);
  return code as CountryCode;
}

/**
 * Regions a remote posting may accept applicants from, each with the countries it covers.
 * A region value in `remoteFrom` means "anyone living in any of these countries".
 */
export const REGIONS = {
  worldwide: { label: 'Worldwide', countries: Object.keys(COUNTRIES) as CountryCode[] },
  eu: { label: 'European Union', countries: EU },
  europe: { label: 'Europe', countries: EUROPE },
  dach: { label: 'DACH (Germany, Austria, Switzerland)', countries: ['DE', 'AT', 'CH'] },
  nordics: { label: 'Nordics', countries: ['DK', 'FI', 'IS', 'NO', 'SE'] },
  'uk-ireland': { label: 'UK and Ireland', countries: ['GB', 'IE'] },
  'north-america': { label: 'North America', countries: NORTH_AMERICA },
  'latin-america': { label: 'Latin America', countries: LATIN_AMERICA },
  americas: { label: 'Americas', countries: AMERICAS },
  'middle-east': { label: 'Middle East', countries: MIDDLE_EAST },
  africa: { label: 'Africa', countries: AFRICA },
  emea: { label: 'EMEA', countries: [...new Set([...EUROPE, ...MIDDLE_EAST, ...AFRICA])] },
  apac: { label: 'Asia-Pacific', countries: [...ASIA_PACIFIC_ASIA, ...OCEANIA] },
  asia: { label: 'Asia', countries: [...ASIA_PACIFIC_ASIA, ...CENTRAL_ASIA, ...MIDDLE_EAST.filter((c) => c !== 'EG')] },
  oceania: { label: 'Oceania', countries: OCEANIA },
} as const satisfies Record<string, { label: string; countries: readonly CountryCode[] }>;
export type Region = keyof typeof REGIONS;

/** Names people write for regions and countries, mapped to the board's value; for did-you-mean hints. */
export const PLACE_ALIASES: Readonly<Record<string, Region | CountryCode>> = {
  uk: 'GB',
  'united-kingdom': 'GB',
  england: 'GB',
  usa: 'US',
  'united-states': 'US',
  global: 'worldwide',
  anywhere: 'worldwide',
  world: 'worldwide',
  'european-union': 'eu',
  latam: 'latin-america',
  'south-america': 'latin-america',
  na: 'north-america',
  asia_pacific: 'apac',
  'asia-pacific': 'apac',
  mena: 'middle-east',
};

/** A place a remote posting accepts applicants from: a country code or a region. */
export type Place = CountryCode | Region;
