// npm run new: scaffolds a posting (and its company, when new) from flags or prompts.
// The file is written only when it passes validation, so a contributor starts from a valid posting.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { COMPANIES_DIR, JOBS_DIR } from '../src/build/content-files.ts';
import { validateBoard } from '../src/board/board.ts';
import type { ContentEntry } from '../src/board/content-entry.ts';
import { slugify } from '../src/board/file-names.ts';
import { addDays } from '../src/board/dates.ts';
import { formatText, sortProblems } from '../src/board/problems.ts';
import { CURRENCIES, EMPLOYMENT_TYPES, LEVELS, SALARY_PERIODS, WORKPLACES, keysOf } from '../src/board/vocabulary.ts';
import { BOARD } from '../src/board/wording.ts';
import { EXIT, UsageError, buildDateFromEnvironment, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';
import { commandBoardFiles } from './lib/load-board.ts';

const SALARY_EXAMPLE = `${BOARD.examples.salary.min}-${BOARD.examples.salary.max}`;
const CURRENCY_EXAMPLES = [...new Set([BOARD.examples.salary.currency, ...keysOf(CURRENCIES)])].slice(0, 3);
/** How long a new posting stays open unless told: 60 days, or the board's longest when that is shorter. */
const DEFAULT_OPEN_DAYS = Math.min(60, BOARD.rules.maxOpenDays);

const USAGE = `Usage: npm run new -- [options]

Creates content/jobs/<company>-<title>.md, asking for anything not given as a flag.
The file is written only if it passes validation.

Options:
  --company <slug>          the company's slug (its file in content/companies/)
  --company-name <name>     the company's name, when it has no file yet
  --company-website <url>   the company's https:// home page, when it has no file yet
  --title <title>           e.g. "${BOARD.examples.title}"
  --level <level>           ${keysOf(LEVELS).join(' | ')}
  --employment-type <type>  ${keysOf(EMPLOYMENT_TYPES).join(' | ')} (default full-time)
  --workplace <workplace>   ${keysOf(WORKPLACES).join(' | ')}
  --remote-from <places>    remote only: comma-separated countries and regions, e.g. ${BOARD.examples.remoteFrom.join(',')}
  --office <office>         hybrid and onsite: an office as city,CC or city,region,postal code,CC, e.g.
                            "Berlin,DE" or "Austin,Texas,78701,US"; leave a part empty to skip it,
                            "London,,SW1A 1AA,GB" (repeat for more offices)
  --hours <window zone>     optional: the team's working hours and their time zone, e.g.
                            "09:00-17:00 Europe/Berlin" or "10:00-18:30 UTC+05:30"
  --salary <min-max>        e.g. ${SALARY_EXAMPLE}
  --currency <code>         ${keysOf(CURRENCIES).join(' ')}
  --period <period>         ${keysOf(SALARY_PERIODS).join(' | ')} (default year)
  --stack <tags>            comma-separated tags, e.g. ${BOARD.examples.stack.join(',')}
  --apply <url>             https:// link to the posting, or mailto: address
  --posted <date>           YYYY-MM-DD (default: today)
  --expires <date>          YYYY-MM-DD (default: ${DEFAULT_OPEN_DAYS} days after posted)
  --yes                     never prompt: fail on anything missing
  -h, --help                show this help

Environment:
  BOARD_DATE=YYYY-MM-DD     the day taken as today (default: today in UTC)

${exitStatus('the posting (and its company) was written', 'the values do not make a valid posting, or the file exists: nothing was written')}`;

const OPTIONS = {
  company: { type: 'string' },
  'company-name': { type: 'string' },
  'company-website': { type: 'string' },
  title: { type: 'string' },
  level: { type: 'string' },
  'employment-type': { type: 'string' },
  workplace: { type: 'string' },
  'remote-from': { type: 'string' },
  office: { type: 'string', multiple: true },
  hours: { type: 'string' },
  salary: { type: 'string' },
  currency: { type: 'string' },
  period: { type: 'string' },
  stack: { type: 'string' },
  apply: { type: 'string' },
  posted: { type: 'string' },
  expires: { type: 'string' },
  yes: { type: 'boolean' },
} as const;

type Answers = Record<string, string | undefined>;

const BODY = `## About the team

Say what the team owns and why it matters: the product, the customers it serves and the part of the
system this role will look after.

## What you will work on

Describe the systems (languages, data stores, queues), their scale in numbers, and the hardest
problems of the next year.

## On-call

Explain how on-call works: how often, how many people share it, and how it is compensated.

## How we interview

List each step of the interview, how long it takes and who the candidate meets.
`;

/** YAML for a scalar: quoted when it could be read as something other than the string it is. */
function yamlString(value: string): string {
  return /^[A-Za-z][\w .,()/&+-]*$/.test(value) &&
    !/^(true|false|yes|no|null|on|off)$/i.test(value) &&
    !/: /.test(value)
    ? value
    : JSON.stringify(value);
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * An office as --office gives it: city,CC, city,region,CC or city,region,postal code,CC, the country code
 * always last; an empty part is left out.
 */
function officeParts(office: string): { city: string; region: string; postalCode: string; country: string } {
  const parts = office.split(',').map((part) => part.trim());
  if (parts.length > 4) {
    throw new UsageError(
      `the office "${office}" has ${parts.length} parts; write city,CC or city,region,postal code,CC, e.g. "Austin,Texas,78701,US"`,
    );
  }
  const country = parts.length > 1 ? parts.pop()! : '';
  const [city = '', region = '', postalCode = ''] = parts;
  return { city, region, postalCode, country };
}

/** The posting's file text, built from the answers. */
function postingText(a: Answers): string {
  const [min = '', max = ''] = (a['salary'] ?? '').split(/\s*-\s*/);
  const lines = [
    '---',
    `title: ${yamlString(a['title'] ?? '')}`,
    `company: ${a['company'] ?? ''}`,
    `level: ${a['level'] ?? ''}`,
    `employmentType: ${a['employment-type'] ?? 'full-time'}`,
    `workplace: ${a['workplace'] ?? ''}`,
  ];
  if (a['workplace'] === 'remote') lines.push(`remoteFrom: [${list(a['remote-from'] ?? '').join(', ')}]`);
  else {
    lines.push('offices:');
    for (const office of (a['office'] ?? '').split(';').filter(Boolean)) {
      const { city, region, postalCode, country } = officeParts(office);
      lines.push(`  - city: ${yamlString(city)}`);
      if (region) lines.push(`    region: ${yamlString(region)}`);
      // Always quoted: YAML would read 02110 as the number 2110.
      if (postalCode) lines.push(`    postalCode: ${JSON.stringify(postalCode)}`);
      lines.push(`    country: ${country}`);
    }
  }
  if (a['hours'] !== undefined) {
    const hours = /^\s*(\S+?)\s*-\s*(\S+)\s+(\S+)\s*$/.exec(a['hours']);
    if (!hours) {
      throw new UsageError(
        `--hours "${a['hours']}" is not a window and a zone; write it like "09:00-17:00 Europe/Berlin"`,
      );
    }
    const [, start, end, zone] = hours.map((part) => JSON.stringify(part));
    lines.push(`hours: { start: ${start}, end: ${end}, zone: ${zone} }`);
  }
  lines.push(
    'salary:',
    `  min: ${min.replace(/[_,\s]/g, '')}`,
    `  max: ${max.replace(/[_,\s]/g, '')}`,
    `  currency: ${a['currency'] ?? ''}`,
    `  period: ${a['period'] ?? 'year'}`,
    `stack: [${list(a['stack'] ?? '').join(', ')}]`,
    `posted: ${a['posted'] ?? ''}`,
    `expires: ${a['expires'] ?? ''}`,
    `apply: ${a['apply'] ?? ''}`,
    '---',
    BODY,
  );
  return lines.join('\n');
}

function companyText(name: string, website: string): string {
  return `---\nname: ${yamlString(name)}\nwebsite: ${website}\n---\nDescribe in two or three sentences what ${name} builds, for whom, and how its engineering team works.\n`;
}

async function ask(answers: Answers, existingCompanies: Set<string>, today: string): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const prompt = async (key: string, question: string, fallback?: string) => {
    if (answers[key] !== undefined) return;
    const reply = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    answers[key] = reply || fallback;
  };
  try {
    await prompt('company', 'Company slug (e.g. acme-corp)');
    if (answers['company'] && !existingCompanies.has(answers['company'])) {
      console.log(`There is no ${COMPANIES_DIR}/${answers['company']}.md yet; it will be created.`);
      await prompt('company-name', 'Company name');
      await prompt('company-website', 'Company website (https://…)');
    }
    await prompt('title', `Job title (e.g. ${BOARD.examples.title})`);
    await prompt('level', `Level (${keysOf(LEVELS).join(', ')})`);
    await prompt('employment-type', `Employment type (${keysOf(EMPLOYMENT_TYPES).join(', ')})`, 'full-time');
    await prompt('workplace', `Workplace (${keysOf(WORKPLACES).join(', ')})`);
    if (answers['workplace'] === 'remote')
      await prompt(
        'remote-from',
        `Where may applicants live? (countries and regions, e.g. ${BOARD.examples.remoteFrom.join(',')})`,
      );
    else
      await prompt(
        'office',
        'Offices (city,country code, or city,region,postal code,country code; several separated by ;), e.g. Berlin,DE;Austin,Texas,78701,US',
      );
    await prompt('salary', `Salary range, min-max (e.g. ${SALARY_EXAMPLE})`);
    await prompt('currency', `Currency (e.g. ${CURRENCY_EXAMPLES.join(', ')})`);
    await prompt('period', `Salary period (${keysOf(SALARY_PERIODS).join(', ')})`, 'year');
    await prompt('stack', `Stack tags, comma-separated (e.g. ${BOARD.examples.stack.join(',')})`);
    await prompt('apply', 'Apply link (https://… or mailto:…)');
    await prompt('posted', 'Posted on', today);
    await prompt('expires', 'Expires on', addDays(answers['posted'] ?? today, DEFAULT_OPEN_DAYS));
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), OPTIONS, USAGE);
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}"; every value is given with its option`);
  }
  const root = process.cwd();
  const today = buildDateFromEnvironment();
  const board = commandBoardFiles(root, today);
  const companies = new Set(board.companies.map((c) => c.path.slice(COMPANIES_DIR.length + 1, -3)));

  const { office, yes, help: _help, ...flags } = values;
  const answers: Answers = { ...flags, office: office?.join(';') };
  if (!yes && process.stdin.isTTY) await ask(answers, companies, today);
  answers['posted'] ??= today;
  answers['expires'] ??= addDays(answers['posted'], DEFAULT_OPEN_DAYS);

  const companySlug = answers['company'] ?? '';
  const slug = slugify(`${companySlug}-${answers['title'] ?? ''}`);
  const jobPath = `${JOBS_DIR}/${slug}.md`;
  if (existsSync(join(root, jobPath))) {
    console.error(`new: ${jobPath} already exists; choose another title or edit that file`);
    return EXIT.problems;
  }
  const encoder = new TextEncoder();
  const entries: ContentEntry[] = [];
  const text = postingText(answers);
  entries.push({ path: jobPath, type: 'file', size: text.length, bytes: encoder.encode(text) });
  let company: { path: string; text: string } | undefined;
  if (companySlug && !companies.has(companySlug) && answers['company-name'] && answers['company-website']) {
    company = {
      path: `${COMPANIES_DIR}/${companySlug}.md`,
      text: companyText(answers['company-name'], answers['company-website']),
    };
    entries.push({ path: company.path, type: 'file', size: company.text.length, bytes: encoder.encode(company.text) });
  }

  const result = validateBoard({
    ...board,
    jobs: [...board.jobs, entries[0]!],
    companies: company ? [...board.companies, entries[1]!] : board.companies,
  });
  const mine = new Set(entries.map((e) => e.path));
  const problems = sortProblems(result.problems.filter((p) => mine.has(p.file)));
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatText(problem));
    console.error(
      `new: nothing was written; fix the values above and run npm run new again (see npm run new -- --help)`,
    );
    return EXIT.problems;
  }
  if (company) {
    writeFileSync(join(root, company.path), company.text);
    console.log(`created ${company.path}: describe the company in it`);
  }
  writeFileSync(join(root, jobPath), text);
  console.log(`created ${jobPath}: replace the description with the real one, then run npm run validate`);
  return EXIT.ok;
}

if (import.meta.main) process.exitCode = await runCommand('new', USAGE, main);
