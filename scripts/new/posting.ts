// A posting (and its company, when new) drafted from answers: the one conversion behind `npm run new`, asked or
// given as flags, and behind the workflow that turns a "Submit a posting" issue into a pull request. Nothing here
// writes a file: the draft comes back with the validator's problems for its own files, checked against the board.

import { COMPANIES_DIR, JOBS_DIR } from '../../src/build/content-files.ts';
import { validateBoard, type BoardInput } from '../../src/board/board.ts';
import type { ContentEntry } from '../../src/board/content-entry.ts';
import { addDays } from '../../src/board/dates.ts';
import { slugify } from '../../src/board/file-names.ts';
import {
  COMPANY_TEMPLATE,
  POSTING_TEMPLATE,
  leftoverMessage,
  templateLeftovers,
} from '../../src/board/posting-template.ts';
import { sortProblems, type Problem } from '../../src/board/problems.ts';
import { BOARD } from '../../src/board/wording.ts';
import { parseDate, parseSalary } from './typed-values.ts';

/** How long a new posting stays open unless told: 60 days, or the board's longest when that is shorter. */
export const DEFAULT_OPEN_DAYS = Math.min(60, BOARD.rules.maxOpenDays);

/** What a posting is drafted from, keyed as `npm run new`'s options are named; every value as typed. */
export const ANSWER_KEYS = [
  'company',
  'company-name',
  'company-website',
  'title',
  'level',
  'employment-type',
  'workplace',
  'remote-from',
  'office',
  'timezone',
  'hours',
  'salary',
  'currency',
  'period',
  'equity',
  'visa-sponsorship',
  'stack',
  'interview',
  'apply',
  'posted',
  'expires',
] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];
/** `office` holds offices separated by `;`, each as --office takes it; lists are comma-separated. */
export type Answers = { [K in AnswerKey]?: string | undefined };

/** A file the draft would create, as it would be written. */
export interface DraftFile {
  path: string;
  text: string;
}

export interface Draft {
  /** content/jobs/<slug>.md */
  jobPath: string;
  /** The posting, then its company when the company is new. */
  files: DraftFile[];
  /** What is wrong with the answers, as the validator says it of the drafted files; none when they can be written. */
  problems: Problem[];
  /**
   * What is left to write before the posting validates, though the files can be written: the template's
   * placeholders still in the description, as the validator reports them.
   */
  unfinished: Problem[];
}

/** The description a posting starts from when none is given: the sections a good posting has, to fill in. */
export const BODY_TEMPLATE = POSTING_TEMPLATE;

/** YAML for a scalar: quoted when it could be read as something other than the string it is. */
function yamlString(value: string): string {
  return /^[A-Za-z][\w .,()/&+-]*$/.test(value) &&
    !/^(true|false|yes|no|null|on|off)$/i.test(value) &&
    !/: /.test(value)
    ? value
    : JSON.stringify(value);
}

/** A whole number as YAML reads one; anything else quoted, so that the validator names it rather than YAML. */
function yamlNumber(value: string): string {
  return /^\d{1,15}(\.\d{1,2})?$/.test(value) ? value : JSON.stringify(value);
}

/** A date or link as written when it reads back as that string, so the file looks as a person writes it. */
function yamlPlain(value: string): string {
  return /^(\d{4}-\d{2}-\d{2}|(https:\/\/|mailto:)[\w\-.~:/?#@!$&'()*+,;=%]+)$/.test(value)
    ? value
    : JSON.stringify(value);
}

/** A flow list whose items are written as the validator will read them, each quoted when it needs to be. */
function yamlList(value: string): string {
  return `[${list(value).map(yamlString).join(', ')}]`;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A problem with an answer itself, before any file is drafted: reported as the validator would, at the file. */
function answerProblem(jobPath: string, field: string, message: string): Problem {
  return { file: jobPath, line: 1, column: 1, field, message };
}

interface Office {
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

/**
 * An office as --office gives it: city,CC, city,region,CC or city,region,postal code,CC, the country code
 * always last; an empty part is left out. A message instead when it has more parts than that.
 */
function officeParts(office: string): Office | string {
  const parts = office.split(',').map((part) => part.trim());
  if (parts.length > 4) {
    return `the office "${office}" has ${parts.length} parts; write city,CC or city,region,postal code,CC, e.g. "Austin,Texas,78701,US"`;
  }
  const country = parts.length > 1 ? parts.pop()! : '';
  const [city = '', region = '', postalCode = ''] = parts;
  return { city, region, postalCode, country };
}

const OFFSET = String.raw`[+\-−]?\d{1,2}(?:\.\d+)?`;
const OFFSET_RANGE = new RegExp(String.raw`^(${OFFSET})(?:\s*(?:to|\.\.|–|—|,|\s)\s*(${OFFSET}))?$`, 'i');

/** `-1 to 3`, `-1..3`, `+5.5` as the timezone field's two numbers; undefined when it is not a range. */
function offsetRange(value: string): { from: string; to: string } | undefined {
  const match = OFFSET_RANGE.exec(value.trim());
  if (!match) return undefined;
  const number = (text: string) => String(Number(text.replace('−', '-')));
  return { from: number(match[1]!), to: number(match[2] ?? match[1]!) };
}

/** `yes`/`no` (or true/false) as a boolean's YAML; undefined when it is neither. */
function yesNo(value: string): 'true' | 'false' | undefined {
  const word = value.trim().toLowerCase();
  if (['yes', 'y', 'true'].includes(word)) return 'true';
  if (['no', 'n', 'false'].includes(word)) return 'false';
  return undefined;
}

/** The posting's file text, with the problems of answers that cannot even be written as front-matter. */
function postingText(a: Answers, body: string, jobPath: string): { text: string; problems: Problem[] } {
  const problems: Problem[] = [];
  const [min = '', max = ''] = (a.salary ?? '').split(/\s*-\s*/);
  const lines = [
    '---',
    `title: ${yamlString(a.title ?? '')}`,
    `company: ${yamlString(a.company ?? '')}`,
    `level: ${yamlString(a.level ?? '')}`,
    `employmentType: ${yamlString(a['employment-type'] ?? 'full-time')}`,
    `workplace: ${yamlString(a.workplace ?? '')}`,
  ];
  if (a.workplace === 'remote') lines.push(`remoteFrom: ${yamlList(a['remote-from'] ?? '')}`);
  else {
    lines.push('offices:');
    for (const office of (a.office ?? '').split(';').filter((o) => o.trim())) {
      const parts = officeParts(office);
      if (typeof parts === 'string') {
        problems.push(answerProblem(jobPath, 'offices', parts));
        continue;
      }
      lines.push(`  - city: ${yamlString(parts.city)}`);
      if (parts.region) lines.push(`    region: ${yamlString(parts.region)}`);
      // Always quoted: YAML would read 02110 as the number 2110.
      if (parts.postalCode) lines.push(`    postalCode: ${JSON.stringify(parts.postalCode)}`);
      lines.push(`    country: ${yamlString(parts.country)}`);
    }
  }
  if (a.timezone?.trim()) {
    const range = offsetRange(a.timezone);
    if (range) lines.push('timezone:', `  from: ${range.from}`, `  to: ${range.to}`);
    else {
      problems.push(
        answerProblem(
          jobPath,
          'timezone',
          `"${a.timezone}" is not a range of UTC offsets; write the westernmost and easternmost offsets, e.g. "-1 to 3"`,
        ),
      );
    }
  }
  if (a.hours?.trim()) {
    const hours = /^\s*(\S+?)\s*[-–]\s*(\S+)\s+(\S+)\s*$/.exec(a.hours);
    if (hours) {
      const [, start, end, zone] = hours.map((part) => JSON.stringify(part));
      lines.push(`hours: { start: ${start}, end: ${end}, zone: ${zone} }`);
    } else {
      problems.push(
        answerProblem(
          jobPath,
          'hours',
          `"${a.hours}" is not a window and a zone; write the hours and the zone, e.g. "09:00-17:00 Europe/Berlin"`,
        ),
      );
    }
  }
  lines.push(
    'salary:',
    `  min: ${yamlNumber(min.replace(/[_,\s]/g, ''))}`,
    `  max: ${yamlNumber(max.replace(/[_,\s]/g, ''))}`,
    `  currency: ${yamlString(a.currency ?? '')}`,
    `  period: ${yamlString(a.period ?? 'year')}`,
  );
  for (const [key, field] of [
    ['equity', 'equity'],
    ['visa-sponsorship', 'visaSponsorship'],
  ] as const) {
    const value = a[key]?.trim();
    if (!value) continue;
    const yaml = yesNo(value);
    if (yaml) lines.push(`${field}: ${yaml}`);
    else problems.push(answerProblem(jobPath, field, `"${value}" is neither yes nor no; answer yes or no`));
  }
  lines.push(`stack: ${yamlList(a.stack ?? '')}`);
  if (a.interview?.trim()) lines.push(`interview: ${yamlList(a.interview)}`);
  lines.push(
    `posted: ${yamlPlain(a.posted ?? '')}`,
    `expires: ${yamlPlain(a.expires ?? '')}`,
    `apply: ${yamlPlain(a.apply ?? '')}`,
    '---',
    body.endsWith('\n') ? body : `${body}\n`,
  );
  return { text: lines.join('\n'), problems };
}

function companyText(name: string, website: string, body: string): string {
  return `---\nname: ${yamlString(name)}\nwebsite: ${yamlString(website)}\n---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** The slugs of the board's companies, from their file names. */
export function companySlugs(board: BoardInput): Set<string> {
  return new Set(board.companies.map((c) => c.path.slice(COMPANIES_DIR.length + 1).replace(/\.md$/, '')));
}

/** The job file the answers name: content/jobs/<company>-<title>.md. */
export function jobPathFor(answers: Answers): string {
  return `${JOBS_DIR}/${slugify(`${answers.company?.trim() ?? ''}-${answers.title ?? ''}`)}.md`;
}

/**
 * The answers as the front-matter needs them: a salary as typed ("120k-150k", "€120,000 to 150,000 a year")
 * as min-max with its currency and period when it names them, and dates as typed ("today", "+60d", expires
 * counted from posted) as YYYY-MM-DD; with what cannot be read, and the validator's fields it would repeat.
 */
function readAnswers(answers: Answers, today: string, jobPath: string) {
  const a: Answers = { ...answers };
  const problems: Problem[] = [];
  const repeated = new Set<string>();
  if (a.salary?.trim()) {
    const salary = parseSalary(a.salary);
    if (salary.ok) {
      const { min, max, currency, period } = salary.value;
      a.salary = `${min}-${max}`;
      for (const [key, named] of [
        ['currency', currency],
        ['period', period],
      ] as const) {
        const given = a[key]?.trim();
        if (named === undefined) continue;
        if (!given) a[key] = named;
        else if (given !== named) {
          problems.push(
            answerProblem(
              jobPath,
              `salary.${key}`,
              `the salary "${answers.salary}" is in ${named}, but the ${key} is ${given}; give one ${key}`,
            ),
          );
          repeated.add(`salary.${key}`);
        }
      }
    } else {
      problems.push(answerProblem(jobPath, 'salary', salary.problem));
      a.salary = '';
      for (const field of ['salary.min', 'salary.max']) repeated.add(field);
    }
  }
  const posted = a.posted?.trim() ? parseDate(a.posted, today, today) : { ok: true as const, value: today };
  if (posted.ok) a.posted = posted.value;
  else {
    problems.push(answerProblem(jobPath, 'posted', posted.problem));
    repeated.add('posted');
  }
  const start = posted.ok ? posted.value : today;
  const expires = a.expires?.trim()
    ? parseDate(a.expires, start, today)
    : { ok: true as const, value: addDays(start, DEFAULT_OPEN_DAYS) };
  if (expires.ok) a.expires = expires.value;
  else {
    problems.push(answerProblem(jobPath, 'expires', expires.problem));
    repeated.add('expires');
  }
  return { answers: a, problems, repeated };
}

/**
 * The posting the answers describe, on `today`, checked with the board as it is: posted defaults to today,
 * expires to DEFAULT_OPEN_DAYS later, the body to BODY_TEMPLATE. A company slug the board lacks is drafted as
 * a new company file when its name and website are given, its description `companyBody` (a template without). Salaries and dates are read as people type them
 * (./typed-values.ts). The template's placeholders left in the body are `unfinished`, not `problems`.
 */
export function draftPosting(
  board: BoardInput,
  today: string,
  answers: Answers,
  body = BODY_TEMPLATE,
  companyBody = COMPANY_TEMPLATE,
): Draft {
  const companySlug = answers.company?.trim() ?? '';
  const jobPath = jobPathFor(answers);
  if (board.jobs.some((job) => job.path === jobPath)) {
    return {
      jobPath,
      files: [],
      problems: [answerProblem(jobPath, 'file', `${jobPath} already exists; choose another title or edit that file`)],
      unfinished: [],
    };
  }
  const read = readAnswers(answers, today, jobPath);
  const a = read.answers;

  const posting = postingText(a, body, jobPath);
  const files: DraftFile[] = [{ path: jobPath, text: posting.text }];
  const name = a['company-name']?.trim();
  const website = a['company-website']?.trim();
  if (companySlug && !companySlugs(board).has(companySlug) && name && website) {
    files.push({ path: `${COMPANIES_DIR}/${companySlug}.md`, text: companyText(name, website, companyBody) });
  }

  const encoder = new TextEncoder();
  const entries: ContentEntry[] = files.map(({ path, text }) => {
    const bytes = encoder.encode(text);
    return { path, type: 'file', size: bytes.length, bytes };
  });
  const result = validateBoard({
    ...board,
    jobs: [...board.jobs, entries[0]!],
    companies: entries[1] ? [...board.companies, entries[1]] : board.companies,
  });
  const mine = new Set(files.map((f) => f.path));
  const leftovers = new Set([
    ...templateLeftovers(body).map(leftoverMessage),
    ...templateLeftovers(companyBody, 'companies').map(leftoverMessage),
  ]);
  const isLeftover = (p: Problem) => p.field === 'body' && leftovers.has(p.message);
  const found = result.problems.filter((p) => mine.has(p.file) && !read.repeated.has(p.field));
  return {
    jobPath,
    files,
    problems: sortProblems([...read.problems, ...posting.problems, ...found.filter((p) => !isLeftover(p))]),
    unfinished: sortProblems(found.filter(isLeftover)),
  };
}

/** Which answer a problem of a draft is about, or undefined for the description and the file as a whole. */
export function answerKeyOf(problem: Problem, jobPath: string): AnswerKey | undefined {
  if (problem.file !== jobPath) {
    if (problem.field === 'website') return 'company-website';
    return problem.field === 'body' ? undefined : 'company-name';
  }
  const field = problem.field;
  if (field === 'file') return 'title';
  if (field === 'salary' || field === 'salary.min' || field === 'salary.max') return 'salary';
  if (field === 'salary.currency') return 'currency';
  if (field === 'salary.period') return 'period';
  const head = /^[A-Za-z]+/.exec(field)?.[0] ?? '';
  return FIELD_KEYS[head];
}

const FIELD_KEYS: Readonly<Record<string, AnswerKey>> = {
  title: 'title',
  company: 'company',
  level: 'level',
  employmentType: 'employment-type',
  workplace: 'workplace',
  remoteFrom: 'remote-from',
  offices: 'office',
  timezone: 'timezone',
  hours: 'hours',
  equity: 'equity',
  visaSponsorship: 'visa-sponsorship',
  stack: 'stack',
  interview: 'interview',
  posted: 'posted',
  expires: 'expires',
  apply: 'apply',
};

// Stand-ins for a new company's name and website while only the other is checked: problems of the stand-in are
// never reported, as only the answer asked about is kept.
const COMPANY_STAND_INS = { 'company-name': 'Company', 'company-website': 'https://company.example' } as const;

/**
 * What is wrong with one answer, given the others so far, as the validator says it: the problems of the draft
 * that concern `key`. Bounded whatever the board's size: the draft is checked against its company alone, and
 * the board's postings only for the file name; the duplicate check is the final draft's.
 */
export function answerProblems(board: BoardInput, today: string, answers: Answers, key: AnswerKey): Problem[] {
  const a: Answers = { ...answers };
  if (key === 'company-name' || key === 'company-website') {
    for (const other of ['company-name', 'company-website'] as const)
      if (!a[other]?.trim()) a[other] = COMPANY_STAND_INS[other];
    // Asked before its slug: the company file is drafted under a slug no company has.
    const known = companySlugs(board);
    const given = a.company?.trim();
    if (!given || known.has(given)) {
      let stand = slugify(a['company-name'] ?? '') || 'new-company';
      while (known.has(stand)) stand = `${stand}-new`;
      a.company = stand;
    }
  }
  const slug = a.company?.trim() ?? '';
  const companyPath = `${COMPANIES_DIR}/${slug}.md`;
  const small: BoardInput = {
    jobs: [],
    companies: board.companies.filter((c) => c.path === companyPath),
    publicFile: () => undefined,
    today: board.today,
  };
  const draft = draftPosting(small, today, a, BODY_TEMPLATE);
  const problems = draft.problems.filter((p) => answerKeyOf(p, draft.jobPath) === key);
  if ((key === 'title' || key === 'company') && board.jobs.some((job) => job.path === draft.jobPath)) {
    problems.push(
      answerProblem(draft.jobPath, 'file', `${draft.jobPath} already exists; choose another title or edit that file`),
    );
  }
  return problems;
}
