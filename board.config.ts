// Everything a fork changes to run its own board: its name and address, how it words its role family, the
// levels, stack tags, regions and currencies a posting may use, and the rules and sizes of its pages. It is
// checked whenever a command, the build or `astro dev` starts; `npm run docs` then regenerates CONTRIBUTING.md's
// reference, CODEOWNERS and the issue forms from it. docs/fork.md walks through running your own board.

import { defineBoard } from './src/board/board-config.ts';

const EU = [
  ...['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU'],
  ...['IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'],
] as const;
const EUROPE = [
  ...EU,
  ...['AD', 'AL', 'AX', 'BA', 'BY', 'CH', 'FO', 'GB', 'GG', 'GI', 'IM', 'IS', 'JE', 'LI', 'MC', 'MD', 'ME', 'MK'],
  ...['NO', 'RS', 'RU', 'SJ', 'SM', 'TR', 'UA', 'VA'],
] as const;
const MIDDLE_EAST = [
  'AE',
  'BH',
  'EG',
  'IL',
  'IQ',
  'IR',
  'JO',
  'KW',
  'LB',
  'OM',
  'PS',
  'QA',
  'SA',
  'SY',
  'TR',
  'YE',
] as const;
const AFRICA = [
  ...['AO', 'BF', 'BI', 'BJ', 'BW', 'CD', 'CF', 'CG', 'CI', 'CM', 'CV', 'DJ', 'DZ', 'EG', 'EH', 'ER', 'ET', 'GA'],
  ...['GH', 'GM', 'GN', 'GQ', 'GW', 'KE', 'KM', 'LR', 'LS', 'LY', 'MA', 'MG', 'ML', 'MR', 'MU', 'MW', 'MZ', 'NA'],
  ...['NE', 'NG', 'RE', 'RW', 'SC', 'SD', 'SH', 'SL', 'SN', 'SO', 'SS', 'ST', 'SZ', 'TD', 'TG', 'TN', 'TZ', 'UG'],
  ...['YT', 'ZA', 'ZM', 'ZW'],
] as const;
const NORTH_AMERICA = ['US', 'CA', 'MX'] as const;
const LATIN_AMERICA = [
  ...['AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PR', 'PY', 'SV'],
  ...['UY', 'VE'],
] as const;
const CARIBBEAN_AND_MORE = [
  ...['AG', 'AI', 'AW', 'BB', 'BL', 'BM', 'BQ', 'BS', 'BZ', 'CW', 'DM', 'FK', 'GD', 'GF', 'GL', 'GP', 'GY', 'HT'],
  ...['JM', 'KN', 'KY', 'LC', 'MF', 'MQ', 'MS', 'PM', 'SR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI'],
] as const;
const OCEANIA = [
  ...['AS', 'AU', 'CC', 'CK', 'CX', 'FJ', 'FM', 'GU', 'KI', 'MH', 'MP', 'NC', 'NF', 'NR', 'NU', 'NZ', 'PF', 'PG'],
  ...['PN', 'PW', 'SB', 'TK', 'TO', 'TV', 'VU', 'WF', 'WS'],
] as const;
const EAST_AND_SOUTH_ASIA = [
  ...['BD', 'BN', 'BT', 'CN', 'HK', 'ID', 'IN', 'JP', 'KH', 'KP', 'KR', 'LA', 'LK', 'MM', 'MN', 'MO', 'MV', 'MY'],
  ...['NP', 'PH', 'PK', 'SG', 'TH', 'TL', 'TW', 'VN'],
] as const;
const CENTRAL_ASIA = ['AF', 'AM', 'AZ', 'GE', 'KG', 'KZ', 'TJ', 'TM', 'UZ'] as const;

/** A region's countries with each listed once, in the order first given. */
const union = <T extends string>(...lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

export default defineBoard({
  name: 'Senior Backend Jobs',
  url: 'https://senior-backend-jobs.example',
  base: '/',
  repository: 'https://github.com/senior-backend-jobs/board',
  maintainersTeam: 'maintainers',

  wording: {
    tagline: 'Senior, Staff and Principal backend engineering jobs, every one with its salary.',
    description:
      'A curated board of Senior, Staff and Principal backend engineering jobs. Every posting shows its salary range, where you may live and how the interview works.',
    role: 'backend',
    discipline: 'backend engineering',
    roleTitle: 'Backend',
    roleWords: ['backend', 'back', 'end', 'server', 'side', 'software', 'engineer', 'engineering', 'eng'],
  },

  examples: {
    title: 'Staff Backend Engineer, Payments',
    stack: ['go', 'postgresql', 'kafka'],
    remoteFrom: ['eu', 'GB'],
    salary: { min: 120000, max: 150000, currency: 'EUR' },
  },

  levels: {
    senior: { label: 'Senior', aliases: ['sr'] },
    staff: { label: 'Staff', aliases: ['lead', 'senior-staff'] },
    principal: { label: 'Principal' },
  },

  stackGroups: {
    language: 'Languages',
    framework: 'Frameworks',
    datastore: 'Databases and storage',
    messaging: 'Messaging and streaming',
    data: 'Data processing',
    cloud: 'Cloud',
    infrastructure: 'Infrastructure',
    api: 'APIs',
    practice: 'Architecture and practice',
  },

  stack: {
    go: { label: 'Go', group: 'language', aliases: ['golang'] },
    java: { label: 'Java', group: 'language' },
    kotlin: { label: 'Kotlin', group: 'language' },
    python: { label: 'Python', group: 'language' },
    node: { label: 'Node.js', group: 'language', aliases: ['nodejs', 'node.js', 'javascript', 'js'] },
    typescript: { label: 'TypeScript', group: 'language', aliases: ['ts'] },
    csharp: { label: 'C#', group: 'language', aliases: ['c#'] },
    ruby: { label: 'Ruby', group: 'language' },
    rust: { label: 'Rust', group: 'language' },
    scala: { label: 'Scala', group: 'language' },
    elixir: { label: 'Elixir', group: 'language' },
    erlang: { label: 'Erlang', group: 'language' },
    php: { label: 'PHP', group: 'language' },
    cpp: { label: 'C++', group: 'language', aliases: ['c++'] },
    clojure: { label: 'Clojure', group: 'language' },
    haskell: { label: 'Haskell', group: 'language' },
    spring: { label: 'Spring', group: 'framework', aliases: ['spring-boot'] },
    rails: { label: 'Ruby on Rails', group: 'framework', aliases: ['ror', 'ruby-on-rails'] },
    django: { label: 'Django', group: 'framework' },
    dotnet: { label: '.NET', group: 'framework' },
    postgresql: { label: 'PostgreSQL', group: 'datastore', aliases: ['postgres', 'psql', 'pg'] },
    mysql: { label: 'MySQL', group: 'datastore' },
    mongodb: { label: 'MongoDB', group: 'datastore', aliases: ['mongo'] },
    redis: { label: 'Redis', group: 'datastore' },
    cassandra: { label: 'Cassandra', group: 'datastore' },
    dynamodb: { label: 'DynamoDB', group: 'datastore' },
    elasticsearch: { label: 'Elasticsearch', group: 'datastore', aliases: ['es', 'opensearch'] },
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
    gcp: { label: 'Google Cloud', group: 'cloud', aliases: ['google-cloud'] },
    azure: { label: 'Azure', group: 'cloud' },
    kubernetes: { label: 'Kubernetes', group: 'infrastructure', aliases: ['k8s'] },
    docker: { label: 'Docker', group: 'infrastructure' },
    terraform: { label: 'Terraform', group: 'infrastructure' },
    linux: { label: 'Linux', group: 'infrastructure' },
    graphql: { label: 'GraphQL', group: 'api' },
    grpc: { label: 'gRPC', group: 'api' },
    rest: { label: 'REST', group: 'api' },
    microservices: { label: 'Microservices', group: 'practice', aliases: ['microservice'] },
    'distributed-systems': { label: 'Distributed systems', group: 'practice', aliases: ['distributed-system'] },
    'event-driven': { label: 'Event-driven architecture', group: 'practice', aliases: ['event-sourcing'] },
    observability: { label: 'Observability', group: 'practice' },
    security: { label: 'Security', group: 'practice' },
    'machine-learning': { label: 'ML infrastructure', group: 'practice', aliases: ['ml'] },
  },

  regions: {
    eu: { label: 'European Union', short: 'EU', countries: EU },
    europe: { label: 'Europe', countries: EUROPE },
    dach: { label: 'DACH (Germany, Austria, Switzerland)', short: 'DACH', countries: ['DE', 'AT', 'CH'] },
    nordics: { label: 'Nordics', countries: ['DK', 'FI', 'IS', 'NO', 'SE'] },
    'uk-ireland': { label: 'UK and Ireland', short: 'UK & Ireland', countries: ['GB', 'IE'] },
    'north-america': { label: 'North America', countries: NORTH_AMERICA },
    'latin-america': { label: 'Latin America', countries: LATIN_AMERICA },
    americas: { label: 'Americas', countries: union(NORTH_AMERICA, LATIN_AMERICA, CARIBBEAN_AND_MORE) },
    'middle-east': { label: 'Middle East', countries: MIDDLE_EAST },
    africa: { label: 'Africa', countries: AFRICA },
    emea: { label: 'EMEA', short: 'EMEA', countries: union(EUROPE, MIDDLE_EAST, AFRICA) },
    apac: { label: 'Asia-Pacific', short: 'APAC', countries: [...EAST_AND_SOUTH_ASIA, ...OCEANIA] },
    asia: {
      label: 'Asia',
      countries: [...EAST_AND_SOUTH_ASIA, ...CENTRAL_ASIA, ...MIDDLE_EAST.filter((c) => c !== 'EG')],
    },
    oceania: { label: 'Oceania', countries: OCEANIA },
  },

  placeAliases: {
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
  },

  homeRegions: ['worldwide', 'europe', 'eu', 'north-america', 'americas', 'apac'],

  // Rates are ECB reference rates: units of each currency per euro. Refresh them now and then; the date says how
  // old they are. They only order and bucket postings in search: pages show each posting's own currency.
  currencies: {
    USD: { label: 'US dollar', symbol: '$', rate: 1.16 },
    EUR: { label: 'Euro', symbol: '€', rate: 1 },
    GBP: { label: 'Pound sterling', symbol: '£', rate: 0.88 },
    CAD: { label: 'Canadian dollar', symbol: 'CA$', rate: 1.62 },
    CHF: { label: 'Swiss franc', symbol: 'CHF ', rate: 0.93 },
    AUD: { label: 'Australian dollar', symbol: 'A$', rate: 1.77 },
    NZD: { label: 'New Zealand dollar', symbol: 'NZ$', rate: 2.01 },
    SEK: { label: 'Swedish krona', symbol: 'SEK ', rate: 10.95 },
    NOK: { label: 'Norwegian krone', symbol: 'NOK ', rate: 11.7 },
    DKK: { label: 'Danish krone', symbol: 'DKK ', rate: 7.46 },
    PLN: { label: 'Polish złoty', symbol: 'PLN ', rate: 4.25 },
    CZK: { label: 'Czech koruna', symbol: 'CZK ', rate: 24.3 },
    SGD: { label: 'Singapore dollar', symbol: 'S$', rate: 1.51 },
    JPY: { label: 'Japanese yen', symbol: '¥', rate: 176 },
    INR: { label: 'Indian rupee', symbol: '₹', rate: 102 },
    BRL: { label: 'Brazilian real', symbol: 'R$', rate: 6.25 },
  },
  salaryScale: {
    base: 'EUR',
    inWords: 'euros',
    ratesDate: '2026-11-02',
    bands: [50_000, 75_000, 100_000, 125_000, 150_000, 200_000, 250_000, 300_000],
  },

  rules: { maxOpenDays: 90, maxSalarySpread: 2 },

  pages: {
    pageSize: 20,
    // A worldwide posting belongs to every country's remote listing, so on a large board these listings would
    // otherwise dwarf the rest of the site. Search shows them all.
    maxPlacePages: 10,
    // "At most 5 interview stages" and "4 hours with London" hold most of a board too: their listings stop after
    // this many pages, each of the newest postings, and send readers to search for the rest.
    maxFacetPages: 10,
    feedSize: 50,
    newForDays: 7,
  },
});
