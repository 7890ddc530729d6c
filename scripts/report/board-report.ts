// What needs a maintainer's attention on a board: postings about to expire, postings past their date
// still marked open, companies with nothing open, and postings that look like the same role twice.

import type { Board, CompanyEntry, JobEntry } from '../../src/board/board.ts';
import { addDays, daysBetween, formatDate } from '../../src/board/dates.ts';
import { MAX_OPEN_DAYS } from '../../src/board/schema.ts';
import { DUPLICATE_SIMILARITY, titleSimilarity } from './similar-titles.ts';
import { escapeMarkdown, markdownCode, markdownTable } from '../lib/markdown-report.ts';

/** A posting as the report lists it. */
export interface ReportedPosting {
  id: string;
  file: string;
  title: string;
  company: string;
  expires: string;
}

export interface BoardReport {
  /** The build date the report was made for. */
  today: string;
  /** How many days ahead `expiringSoon` looks. */
  days: number;
  /** Open postings whose last day is within `days` days, soonest first, with the days left (0: today is the last day). */
  expiringSoon: Array<ReportedPosting & { daysLeft: number }>;
  /** Postings past `expires` whose status still says open: closed on the site, but their files say otherwise. */
  expiredStillOpen: Array<ReportedPosting & { daysAgo: number }>;
  /** Companies without any open posting. */
  companiesWithoutOpenPosting: Array<{ id: string; file: string; name: string }>;
  /** Pairs of open postings at one company, at one level, with near-identical titles. */
  duplicateSuspects: Array<{ company: string; similarity: number; postings: [ReportedPosting, ReportedPosting] }>;
  /** Files left out because they have validation problems. */
  filesWithProblems: number;
}

function reported(job: JobEntry): ReportedPosting {
  return { id: job.id, file: job.file, title: job.data.title, company: job.data.company, expires: job.data.expires };
}

/** The maintainer's report for `board` on `today`, looking `days` days ahead for expiring postings. */
export function boardReport(
  board: Pick<Board, 'jobs' | 'companies' | 'problems'>,
  today: string,
  days = 7,
): BoardReport {
  const published = board.jobs.filter((j) => !j.data.draft);
  const open = published.filter((j) => !j.closed);
  const horizon = addDays(today, days);

  const expiringSoon = open
    .filter((j) => j.data.expires <= horizon)
    .map((j) => ({ ...reported(j), daysLeft: daysBetween(today, j.data.expires) }))
    .sort((a, b) => a.expires.localeCompare(b.expires) || a.id.localeCompare(b.id));

  const expiredStillOpen = published
    .filter((j) => j.data.status === 'open' && j.data.expires < today)
    .map((j) => ({ ...reported(j), daysAgo: daysBetween(j.data.expires, today) }))
    .sort((a, b) => a.expires.localeCompare(b.expires) || a.id.localeCompare(b.id));

  const hiring = new Set(open.map((j) => j.data.company));
  const companiesWithoutOpenPosting = board.companies
    .filter((c: CompanyEntry) => !hiring.has(c.id))
    .map((c) => ({ id: c.id, file: c.file, name: c.data.name }))
    .sort((a, b) => a.id.localeCompare(b.id));

  const duplicateSuspects: BoardReport['duplicateSuspects'] = [];
  const byCompany = Map.groupBy(open, (j) => `${j.data.company}\u0000${j.data.level}`);
  for (const jobs of byCompany.values()) {
    const sorted = [...jobs].sort((a, b) => a.id.localeCompare(b.id));
    for (let i = 0; i < sorted.length; i++) {
      for (let k = i + 1; k < sorted.length; k++) {
        const [a, b] = [sorted[i]!, sorted[k]!];
        const similarity = titleSimilarity(a.data.title, b.data.title);
        if (similarity >= DUPLICATE_SIMILARITY) {
          duplicateSuspects.push({
            company: a.data.company,
            similarity: Math.round(similarity * 100) / 100,
            postings: [reported(a), reported(b)],
          });
        }
      }
    }
  }
  duplicateSuspects.sort(
    (a, b) => a.company.localeCompare(b.company) || a.postings[0].id.localeCompare(b.postings[0].id),
  );

  return {
    today,
    days,
    expiringSoon,
    expiredStillOpen,
    companiesWithoutOpenPosting,
    duplicateSuspects,
    filesWithProblems: new Set(board.problems.map((p) => p.file)).size,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The report for people: one section per kind of finding, each line naming the file to change. */
export function formatReportText(report: BoardReport): string {
  const lines: string[] = [`Board report for ${formatDate(report.today)}`, ''];
  const section = (title: string, items: string[], hint: string) => {
    lines.push(`${title} (${items.length})`);
    if (items.length === 0) lines.push('  none');
    else lines.push(...items.map((item) => `  ${item}`), `  → ${hint}`);
    lines.push('');
  };

  section(
    `Expiring in the next ${plural(report.days, 'day')}`,
    report.expiringSoon.map(
      (j) =>
        `${j.file}  ${j.daysLeft === 0 ? 'last day today' : `${plural(j.daysLeft, 'day')} left`} (expires ${j.expires}): ${j.title}`,
    ),
    `ask the company whether to extend expires (at most ${MAX_OPEN_DAYS} days after posted) or let it close`,
  );
  section(
    'Past expires but still marked open',
    report.expiredStillOpen.map((j) => `${j.file}  expired ${plural(j.daysAgo, 'day')} ago (${j.expires}): ${j.title}`),
    'the site already shows them closed; npm run close -- <slug> --filled records a filled role',
  );
  section(
    'Companies with no open posting',
    report.companiesWithoutOpenPosting.map((c) => `${c.file}  ${c.name}`),
    'their pages stay online; remove a company only once none of its postings link to it',
  );
  section(
    'Possible duplicates (near-identical titles at one company and level)',
    report.duplicateSuspects.map(
      (d) =>
        `${d.postings[0].file} and ${d.postings[1].file}  ${Math.round(d.similarity * 100)}% alike: "${d.postings[0].title}" / "${d.postings[1].title}"`,
    ),
    'keep one, or make the titles say how the roles differ (team, product)',
  );
  if (report.filesWithProblems > 0) {
    lines.push(
      `${plural(report.filesWithProblems, 'file')} with validation problems left out of this report: run npm run validate`,
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** How many things the report asks a maintainer to look at: 0 when there is nothing to say. */
export function reportFindings(report: BoardReport): number {
  return (
    report.expiringSoon.length +
    report.expiredStillOpen.length +
    report.companiesWithoutOpenPosting.length +
    report.duplicateSuspects.length +
    report.filesWithProblems
  );
}

/**
 * The report as GitHub Markdown, for the weekly issue: a table per kind of finding, with what to do, and the
 * sections with nothing in them left out. Titles and names come from contributors: every cell is escaped.
 */
export function formatReportMarkdown(report: BoardReport): string {
  const parts: string[] = [`## Board report for ${formatDate(report.today)}`, ''];
  const section = (title: string, headers: string[], rows: string[][], hint: string) => {
    if (rows.length === 0) return;
    parts.push(`### ${title} (${rows.length})`, '', markdownTable(headers, rows), `What to do: ${hint}.`, '');
  };
  const file = (path: string) => markdownCode(path);
  section(
    `Expiring in the next ${plural(report.days, 'day')}`,
    ['file', 'title', 'expires', 'left'],
    report.expiringSoon.map((j) => [
      file(j.file),
      escapeMarkdown(j.title),
      j.expires,
      j.daysLeft === 0 ? 'last day today' : plural(j.daysLeft, 'day'),
    ]),
    `ask the company whether to extend \`expires\` (at most ${MAX_OPEN_DAYS} days after \`posted\`) or let it close`,
  );
  section(
    'Past expires but still marked open',
    ['file', 'title', 'expired'],
    report.expiredStillOpen.map((j) => [
      file(j.file),
      escapeMarkdown(j.title),
      `${j.expires} (${plural(j.daysAgo, 'day')} ago)`,
    ]),
    'the site already shows them closed; `npm run close -- <slug> --filled` records a filled role',
  );
  section(
    'Companies with no open posting',
    ['file', 'company'],
    report.companiesWithoutOpenPosting.map((c) => [file(c.file), escapeMarkdown(c.name)]),
    'their pages stay online; remove a company only once none of its postings link to it',
  );
  section(
    'Possible duplicates (near-identical titles at one company and level)',
    ['files', 'titles', 'alike'],
    report.duplicateSuspects.map((d) => [
      `${file(d.postings[0].file)}<br>${file(d.postings[1].file)}`,
      `${escapeMarkdown(d.postings[0].title)}<br>${escapeMarkdown(d.postings[1].title)}`,
      `${Math.round(d.similarity * 100)}%`,
    ]),
    'keep one, or make the titles say how the roles differ (team, product)',
  );
  if (report.filesWithProblems > 0) {
    parts.push(
      `${plural(report.filesWithProblems, 'file')} with validation problems ${report.filesWithProblems === 1 ? 'was' : 'were'} left out of this report: run \`npm run validate\`.`,
      '',
    );
  }
  if (reportFindings(report) === 0) parts.push('Nothing to look at.', '');
  return `${parts.join('\n').trimEnd()}\n`;
}
