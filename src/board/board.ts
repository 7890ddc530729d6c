// Validates a whole board: every posting and company file on its own, then the rules that span files
// (the company exists, no duplicate postings, nothing posted after the build date). Pure: the caller
// reads the files. The validator, the build and the other commands check files with `checkJobFile` and
// `checkCompanyFile` and apply the rules between them with `crossCheck` (through src/build/content-files.ts,
// which spreads the files over threads); `validateBoard` does both in one call.

import type { z } from 'astro/zod';
import { isCalendarDate } from './dates.ts';
import { readSource } from './frontmatter.ts';
import { escapeRefused, foldTitle } from './characters.ts';
import { checkBody, textLength } from './markdown.ts';
import { leftoverMessage, templateLeftovers } from './posting-template.ts';
import { didYouMeanHint } from './did-you-mean.ts';
import { messagesFor, unknownKeyMessage } from './issue-messages.ts';
import type { ContentEntry } from './content-entry.ts';
import type { Problem } from './problems.ts';
import {
  COMPANY_BODY_CHARS,
  CompanySchema,
  JobSchema,
  MAX_FILE_BYTES,
  MAX_SLUG_LENGTH,
  MIN_BODY_CHARS,
  SLUG_PATTERN,
  type Company,
  type Job,
} from './schema.ts';
import { YamlLocator } from './yaml-locate.ts';
import { logoEntryProblem, logoProblem, logoSummary, publishedLogo, type LogoOutput } from './logo/logo.ts';
import { entryTypeWords, executableProblem, slugFault, suggestedSlug, type EntryType } from './file-names.ts';

export interface BoardInput {
  jobs: readonly ContentEntry[];
  companies: readonly ContentEntry[];
  /** The bytes of a file under `public/` (a company logo), or undefined when there is none. */
  publicFile: (path: string) => Uint8Array | undefined;
  /** Every entry of `public/logos/`, as found on disk: the build publishes them all, so each is checked. */
  logos?: readonly ContentEntry[] | undefined;
  /** The build date, `YYYY-MM-DD`: postings posted after it are errors, postings expired before it are closed. */
  today: string;
}

export interface JobEntry {
  /** The slug: file name without `.md`, also the URL. */
  id: string;
  file: string;
  /** A hash of the file: it changes whenever the posting does. */
  digest: string;
  data: Job;
  /** Filled, or expired before the build date. */
  closed: boolean;
}

export interface CompanyEntry {
  id: string;
  file: string;
  digest: string;
  data: Company;
}

export interface Board {
  jobs: JobEntry[];
  companies: CompanyEntry[];
  problems: Problem[];
  /** Every file checked. */
  files: string[];
}

/** One file checked on its own. Plain data, so checks can run in worker threads and be sent back. */
export interface FileCheck<T> {
  file: string;
  digest: string;
  /** The slug, when the file name is a valid one. */
  id: string | undefined;
  /** The validated front-matter, when it had no problems. */
  data: T | undefined;
  /** The front-matter as read, before validation: cross-file rules still check the fields that are valid. */
  raw: Record<string, unknown>;
  /** The front-matter's YAML text, to locate fields in messages; empty when it could not be read. */
  yaml: string;
  problems: Problem[];
}

/** The files of a board, each checked on its own, ready for the rules between files. */
export interface CheckedBoard {
  jobs: ReadonlyArray<FileCheck<Job>>;
  companies: ReadonlyArray<FileCheck<Company>>;
  publicFile: BoardInput['publicFile'];
  logos?: BoardInput['logos'];
  today: string;
}

/** Checks every file and the rules between them; `jobs` and `companies` hold only files without problems. */
export function validateBoard(input: BoardInput): Board {
  return crossCheck({
    jobs: input.jobs.map(checkJobFile),
    companies: input.companies.map(checkCompanyFile),
    publicFile: input.publicFile,
    logos: input.logos,
    today: input.today,
  });
}

/** Checks one posting file on its own. */
export function checkJobFile(entry: ContentEntry): FileCheck<Job> {
  return checkFile(entry, 'jobs', JobSchema);
}

/** Checks one company file on its own. */
export function checkCompanyFile(entry: ContentEntry): FileCheck<Company> {
  return checkFile(entry, 'companies', CompanySchema);
}

function locate(check: FileCheck<unknown>, field: string): { line: number; column: number } {
  return check.yaml ? new YamlLocator(check.yaml).locate([field]) : { line: 1, column: 1 };
}

/** Applies the rules between files (company exists, logo exists, no duplicates, build date) and collects the board. */
export function crossCheck(board: CheckedBoard): Board {
  const { jobs, companies, today } = board;
  const problems = [...jobs, ...companies].flatMap((c) => c.problems);

  // Each logo file is checked once; a company's logo reuses that check when it names one of them.
  const logos = new Map<string, LogoOutput>();
  for (const entry of board.logos ?? []) {
    const problem = logoEntryProblem(entry);
    if (problem) {
      problems.push({ file: entry.path, line: 1, column: 1, field: 'file', message: problem });
      continue;
    }
    const path = `logos/${entry.path.slice(entry.path.lastIndexOf('/') + 1)}`;
    const output = publishedLogo(path, entry.bytes);
    logos.set(path, output);
    if (!output.ok) for (const p of output.problems) problems.push({ file: entry.path, ...p });
  }
  for (const company of companies) {
    const logo = company.data?.logo;
    if (logo === undefined) continue;
    const checked = logos.get(logo);
    const problem = checked ? logoSummary(logo, checked) : logoProblem(logo, board.publicFile(logo));
    if (problem) problems.push({ file: company.file, ...locate(company, 'logo'), field: 'logo', message: problem });
  }

  const companySlugs = companies.map((c) => c.id).filter((id): id is string => id !== undefined);
  const known = new Set(companySlugs);
  for (const job of jobs) {
    const { company, posted } = job.raw;
    if (typeof company === 'string' && SLUG_PATTERN.test(company) && !known.has(company)) {
      problems.push({
        file: job.file,
        ...locate(job, 'company'),
        field: 'company',
        message: `found "${company}", but there is no content/companies/${company}.md.${didYouMeanHint(company, companySlugs)} Use an existing company's slug or add the company's file`,
      });
    }
    if (typeof posted === 'string' && isCalendarDate(posted) && posted > today) {
      problems.push({
        file: job.file,
        ...locate(job, 'posted'),
        field: 'posted',
        message: `found ${posted}, after the build date ${today}; set the day it is published (today or earlier), or mark it draft: true until then`,
      });
    }
  }
  problems.push(...duplicateProblems(jobs, today));

  const filesWithProblems = new Set(problems.map((p) => p.file));
  return {
    jobs: jobs
      .filter(
        (j): j is FileCheck<Job> & { id: string; data: Job } => !!j.id && !!j.data && !filesWithProblems.has(j.file),
      )
      .map((j) => ({ id: j.id, file: j.file, digest: j.digest, data: j.data, closed: isClosed(j.data, today) })),
    companies: companies
      .filter(
        (c): c is FileCheck<Company> & { id: string; data: Company } =>
          !!c.id && !!c.data && !filesWithProblems.has(c.file),
      )
      .map((c) => ({ id: c.id, file: c.file, digest: c.digest, data: c.data })),
    problems,
    files: [...[...jobs, ...companies].map((c) => c.file), ...(board.logos ?? []).map((l) => l.path)],
  };
}

/** Newest first; postings of one day by title, then id, so the order never depends on the file system. */
export function newestFirst(
  a: { id: string; data: Pick<Job, 'posted' | 'title'> },
  b: { id: string; data: Pick<Job, 'posted' | 'title'> },
): number {
  if (a.data.posted !== b.data.posted) return a.data.posted < b.data.posted ? 1 : -1;
  return a.data.title.localeCompare(b.data.title) || a.id.localeCompare(b.id);
}

/** Whether a posting no longer takes applications on `today`: filled, or past its `expires` date. */
export function isClosed(job: Pick<Job, 'status' | 'expires'>, today: string): boolean {
  return job.status === 'filled' || job.expires < today;
}

const KIND = {
  jobs: { noun: 'posting', folder: 'content/jobs/', minChars: MIN_BODY_CHARS, maxChars: Infinity },
  companies: {
    noun: 'company',
    folder: 'content/companies/',
    minChars: COMPANY_BODY_CHARS.min,
    maxChars: COMPANY_BODY_CHARS.max,
  },
} as const;

function checkFile<S extends z.ZodType>(
  entry: ContentEntry,
  kind: keyof typeof KIND,
  schema: S,
): FileCheck<z.output<S>> {
  const { noun, minChars, maxChars } = KIND[kind];
  const problems: Problem[] = [];
  const file = entry.path;
  const name = file.slice(file.lastIndexOf('/') + 1);
  const add = (line: number, column: number, field: string, message: string) =>
    problems.push({ file, line, column, field, message });
  const result: FileCheck<z.output<S>> = {
    file,
    digest: entry.digest ?? '',
    id: undefined,
    data: undefined,
    raw: {},
    yaml: '',
    problems,
  };

  const nameProblem = contentNameProblem(name, kind);
  if (nameProblem) add(1, 1, 'file', nameProblem);
  const id = nameProblem ? undefined : name.slice(0, -'.md'.length);
  const typeProblem = contentTypeProblem(file, entry.type, kind);
  if (typeProblem) {
    add(1, 1, 'file', typeProblem);
    return result;
  }
  if (entry.size > MAX_FILE_BYTES || entry.bytes === undefined) {
    add(1, 1, 'file', `is ${formatBytes(entry.size)}; a ${noun} file must be under ${formatBytes(MAX_FILE_BYTES)}`);
    return result;
  }
  const text = decodeUtf8(entry.bytes, (line, message) => add(line, 1, 'file', message));
  if (text === undefined) return result;

  const read = readSource(text);
  if (!read.ok) {
    add(read.problem.line, read.problem.column, 'front-matter', read.problem.message);
    return result;
  }
  const parts = read.parts;
  result.raw = parts.data;
  result.yaml = parts.yaml;

  const parsed = schema.safeParse(parts.data, { reportInput: true, error: messagesFor(schema) });
  if (!parsed.success) {
    const locator = new YamlLocator(parts.yaml);
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const at = locator.locate([...issue.path, key], true);
          add(at.line, at.column, fieldName([...issue.path, key]), unknownKeyMessage(schema, issue.path, key));
        }
        continue;
      }
      const at = locator.locate(issue.path);
      add(at.line, at.column, fieldName(issue.path), issue.message);
    }
  }

  for (const problem of checkBody(parts.body)) {
    add(problem.line + parts.bodyLine - 1, problem.column, 'body', problem.message);
  }
  for (const leftover of templateLeftovers(parts.body, kind)) {
    add(leftover.line + parts.bodyLine - 1, 1, 'body', leftoverMessage(leftover));
  }
  // Counting stops just past the limits: long bodies need not be counted to the end.
  const length = textLength(parts.body, Number.isFinite(maxChars) ? maxChars + 1 : minChars);
  // A file that ends at its closing --- has no line after it: an empty description is pointed at that line.
  const bodyLine = parts.body === '' ? parts.bodyLine - 1 : parts.bodyLine;
  if (length < minChars) {
    const what =
      kind === 'jobs'
        ? 'the team, the systems, the scale, on-call and the interview process'
        : 'what the company builds and for whom';
    add(
      bodyLine,
      1,
      'body',
      `found ${length} letters and digits of text; a ${noun} description needs at least ${minChars}. Describe ${what}`,
    );
  } else if (length > maxChars) {
    add(
      parts.bodyLine,
      1,
      'body',
      `found more than ${maxChars} letters and digits of text; a ${noun} description has at most ${maxChars}, so shorten it`,
    );
  }

  result.id = id;
  result.data = parsed.success ? parsed.data : undefined;
  return result;
}

/**
 * Why `name` cannot be the name of a posting (`jobs`) or company file, or undefined when it is `<slug>.md`.
 * The contributor-paths check gives the same message for a name it reads from git.
 */
export function contentNameProblem(name: string, kind: keyof typeof KIND): string | undefined {
  const { noun, folder } = KIND[kind];
  const dot = name.lastIndexOf('.');
  const stem = name.endsWith('.md') ? name.slice(0, -'.md'.length) : dot > 0 ? name.slice(0, dot) : name;
  if (!name.endsWith('.md')) {
    const extension = dot > 0 ? name.slice(dot) : '';
    return extension === '.mdx'
      ? `MDX can run code at build time, so a ${noun} must be plain Markdown: rename it to ${suggestedSlug(stem) || 'its-slug'}.md and remove any import, export or JSX`
      : `only <slug>.md files belong in ${folder}; a ${noun} is Markdown with YAML front-matter`;
  }
  const fault = slugFault(stem);
  if (fault === undefined) return undefined;
  const suggestion = suggestedSlug(stem);
  return `the file name is the ${noun}'s URL, so it must be lowercase letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters, then .md; ${fault}${suggestion ? `. Rename it to ${suggestion}.md` : ''}`;
}

/**
 * Why an entry of content/jobs/ or content/companies/ of this type is refused, or undefined for a regular file.
 * `path` names the file in the fix for an executable one.
 */
export function contentTypeProblem(path: string, type: EntryType, kind: keyof typeof KIND): string | undefined {
  const { noun, folder } = KIND[kind];
  if (type === 'file') return undefined;
  if (type === 'executable') return executableProblem(path, noun);
  return `is ${entryTypeWords(type)}; each ${noun} is one regular file ${folder}<slug>.md${type === 'symlink' ? ' (links are never followed)' : ''}`;
}

function decodeUtf8(bytes: Uint8Array, report: (line: number, message: string) => void): string | undefined {
  if (bytes.includes(0)) {
    report(1, 'is a binary file, not Markdown text');
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\ufffd')).split('\n').length;
    report(line, 'is not valid UTF-8 text (this line holds bytes in another encoding); save the file as UTF-8');
    return undefined;
  }
}

// A key is the contributor's text too: invisible characters in it are shown as escapes.
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let name = '';
  for (const segment of path)
    name += typeof segment === 'number' ? `[${segment}]` : `${name ? '.' : ''}${escapeRefused(String(segment))}`;
  return name || 'front-matter';
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The apply link as duplicates are compared: host in lower case, no utm_* parameters, no trailing slash. */
function normalizeApplyLink(link: string): string {
  if (/^mailto:/i.test(link)) return link.toLowerCase();
  try {
    const url = new URL(link);
    for (const key of [...url.searchParams.keys()]) if (/^utm_/i.test(key)) url.searchParams.delete(key);
    url.hash = '';
    return url.toString().replace(/\/(?=$|\?)/, '');
  } catch {
    return link;
  }
}

function duplicateProblems(jobs: ReadonlyArray<FileCheck<Job>>, today: string): Problem[] {
  const problems: Problem[] = [];
  const byLink = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const open = jobs
    .filter((j): j is FileCheck<Job> & { data: Job } => !!j.data && !j.data.draft && !isClosed(j.data, today))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  for (const job of open) {
    const link = normalizeApplyLink(job.data.apply);
    const first = byLink.get(link);
    if (first) {
      problems.push({
        file: job.file,
        ...locate(job, 'apply'),
        field: 'apply',
        message: `the same apply link as ${first}; two open postings cannot share one. Link to this role's own page, or keep only one of the files`,
      });
    } else byLink.set(link, job.file);
    // Folded, so that the same title in other letter forms (fullwidth, mathematical bold, ligatures) or
    // another case is still the same title.
    const title = `${job.data.company}\u0000${foldTitle(job.data.title)}`;
    const sameTitle = byTitle.get(title);
    if (sameTitle) {
      problems.push({
        file: job.file,
        ...locate(job, 'title'),
        field: 'title',
        message: `${sameTitle} is an open posting with the same company and title; keep one, or make the titles say how the roles differ (team, product)`,
      });
    } else byTitle.set(title, job.file);
  }
  return problems;
}
