// Link health: which URLs of a board to check, what a check's outcome means (dead, a redirect to a generic
// careers page, a timeout), and the reports. The network requests themselves live beside it, in link-checker.ts.

import type { Board } from '../../src/board/board.ts';
import { formatDate } from '../../src/board/dates.ts';
import { escapeMarkdown, markdownCode, markdownTable } from '../lib/markdown-report.ts';

/**
 * What a link check found: `dead` links, and links `refused` because they lead to this machine or a private
 * network, fail the check; the other findings are for a person to look at.
 */
export type LinkKind = 'ok' | 'dead' | 'refused' | 'careers-page' | 'timeout' | 'failed';

/** Where a URL is used. */
export interface LinkRef {
  file: string;
  field: 'apply' | 'website';
  /** The posting's title or the company's name. */
  label: string;
}

export interface LinkTarget {
  url: string;
  refs: LinkRef[];
}

/** One request of a check: the URL asked for and the HTTP status it answered with. */
export interface Hop {
  url: string;
  status: number;
}

/** What happened when a URL was requested, redirects followed, before it is judged. */
export interface Outcome {
  /** Every response, in order; the last is the final answer unless `error` is set. */
  chain: Hop[];
  /** Why no (further) response came, with the URL that was being requested. */
  error?: { url: string; timeout: boolean; code: string | undefined; message: string };
  /** Set when the redirects went on past the limit. */
  tooManyRedirects?: boolean;
  /** Set when a URL was not requested because its host is, or resolves to, a private or local address. */
  refused?: { url: string; reason: string };
}

export interface LinkResult extends LinkTarget {
  kind: LinkKind;
  /** What was found, for people: "HTTP 404", "no such host", "timed out after 10 s". */
  detail: string;
  /** The final HTTP status, when there was a response. */
  status?: number;
  /** Where the redirects ended. */
  finalUrl: string;
  chain: Hop[];
  /** Requests made for the URL, counting retries. */
  attempts: number;
}

/** The URLs to check: every open posting's https apply link and every company's website, each once. */
export function linkTargets(board: Pick<Board, 'jobs' | 'companies'>): LinkTarget[] {
  const targets = new Map<string, LinkRef[]>();
  const add = (url: string, ref: LinkRef) => {
    const refs = targets.get(url);
    if (refs) refs.push(ref);
    else targets.set(url, [ref]);
  };
  for (const job of board.jobs) {
    if (job.closed || job.data.draft || !/^https:/i.test(job.data.apply)) continue;
    add(job.data.apply, { file: job.file, field: 'apply', label: job.data.title });
  }
  for (const company of board.companies) {
    add(company.data.website, { file: company.file, field: 'website', label: company.data.name });
  }
  return [...targets]
    .map(([url, refs]) => ({ url, refs: refs.sort((a, b) => a.file.localeCompare(b.file)) }))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** Path segments that name a list of jobs or a site's general pages rather than one posting. */
const GENERIC_SEGMENTS = new Set([
  'careers',
  'career',
  'jobs',
  'job',
  'join',
  'join-us',
  'joinus',
  'work-with-us',
  'workwithus',
  'work-for-us',
  'positions',
  'open-positions',
  'openings',
  'open-roles',
  'roles',
  'vacancies',
  'opportunities',
  'hiring',
  'search',
  'all',
  'about',
  'about-us',
  'company',
  'team',
  'index',
  'index.html',
  'index.htm',
  'index.php',
  'home',
]);

// A first path segment naming a language (/en/careers, /de-CH/jobs): common languages only, so /go is not one.
const LOCALE =
  /^(?:ar|bg|ca|cs|da|de|el|en|es|et|fi|fr|he|hi|hr|hu|id|it|ja|ko|lt|lv|ms|nb|nl|nn|no|pl|pt|ro|ru|sk|sl|sr|sv|th|tr|uk|vi|zh)(?:[-_][a-z]{2,4})?$/i;
// A query value that identifies one posting: a number (gh_jid=4012345) or a UUID.
const ID_VALUE = /^(?:\d{3,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s).toLowerCase();
      } catch {
        return s.toLowerCase();
      }
    });
}

/**
 * Whether a redirect from the posting link `original` that ended at `final` lands on a generic page instead
 * of the posting: a path such as /, /careers or /en/jobs with no posting-specific segment, or the posting's
 * own URL cut short (jobs.lever.co/acme/<id> → jobs.lever.co/acme), unless its query still names a posting.
 */
export function isGenericCareersUrl(original: string, final: string): boolean {
  let from: URL;
  let to: URL;
  try {
    from = new URL(original);
    to = new URL(final);
  } catch {
    return false;
  }
  for (const [key, value] of to.searchParams) {
    if (ID_VALUE.test(value) && !/error|redirect/i.test(key)) return false;
  }
  const path = segments(to);
  const specific = path.filter((segment, i) => !GENERIC_SEGMENTS.has(segment) && !(i === 0 && LOCALE.test(segment)));
  if (specific.length === 0) return true;
  const start = segments(from);
  return (
    to.hostname === from.hostname && path.length < start.length && path.every((segment, i) => segment === start[i])
  );
}

/** How long to wait before retry number `retry` (1, 2, …): doubling from `base` milliseconds. */
export function backoffDelay(retry: number, base: number): number {
  return base * 2 ** (retry - 1);
}

/** Judges an outcome: its kind, a detail for people, and whether trying again could change it (timeouts, 5xx). */
export function judge(target: LinkTarget, outcome: Outcome): Omit<LinkResult, 'attempts'> & { retry: boolean } {
  const last = outcome.chain.at(-1);
  const finalUrl = outcome.refused?.url ?? outcome.error?.url ?? last?.url ?? target.url;
  const base = { ...target, finalUrl, chain: outcome.chain };
  const via = outcome.chain.length > (outcome.error || outcome.refused ? 0 : 1) ? ` (after ${redirects(outcome)})` : '';
  if (outcome.refused) {
    const { url, reason } = outcome.refused;
    const where = outcome.chain.length > 0 ? ` (after ${redirects(outcome)}, at ${url})` : '';
    return { ...base, kind: 'refused', detail: `not requested: ${reason}${where}`, retry: false };
  }
  if (outcome.error) {
    const { timeout, code, message } = outcome.error;
    if (timeout) return { ...base, kind: 'timeout', detail: `timed out${via}`, retry: true };
    if (code === 'ENOTFOUND') return { ...base, kind: 'dead', detail: `no such host${via}`, retry: false };
    if (code === 'ECONNREFUSED') return { ...base, kind: 'failed', detail: `connection refused${via}`, retry: false };
    return { ...base, kind: 'failed', detail: `${code ? `${code}: ` : ''}${message}${via}`, retry: false };
  }
  if (!last) return { ...base, kind: 'failed', detail: 'no response', retry: false };
  const status = last.status;
  const result = { ...base, status };
  if (outcome.tooManyRedirects) {
    return { ...result, kind: 'failed', detail: `more than ${outcome.chain.length - 1} redirects`, retry: false };
  }
  if (status === 404 || status === 410)
    return { ...result, kind: 'dead', detail: `HTTP ${status}${via}`, retry: false };
  if (status >= 500) return { ...result, kind: 'failed', detail: `HTTP ${status}${via}`, retry: true };
  if (status >= 300 && status < 400) {
    return { ...result, kind: 'failed', detail: `HTTP ${status} without a Location to follow`, retry: false };
  }
  if (status >= 400) return { ...result, kind: 'failed', detail: `HTTP ${status}${via}`, retry: false };
  const isApply = target.refs.some((r) => r.field === 'apply');
  if (isApply && outcome.chain.length > 1 && isGenericCareersUrl(target.url, last.url)) {
    return { ...result, kind: 'careers-page', detail: `redirects to ${last.url}`, retry: false };
  }
  return { ...result, kind: 'ok', detail: `HTTP ${status}${via}`, retry: false };
}

function redirects(outcome: Outcome): string {
  const count = outcome.chain.filter((hop) => hop.status >= 300 && hop.status < 400).length;
  return `${count} redirect${count === 1 ? '' : 's'}`;
}

/** Runs `task` on every item, at most `limit` at a time, and returns the results in the items' order. */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** The kinds of finding, in the order reports list them, with their headings. */
const FINDINGS: ReadonlyArray<[Exclude<LinkKind, 'ok'>, string]> = [
  ['dead', 'Dead links (404, 410, no such host)'],
  ['refused', 'Not requested: this machine or a private network'],
  ['careers-page', 'Redirects to a generic careers page'],
  ['timeout', 'Timed out'],
  ['failed', 'Other failures (refused connections, server errors, blocked requests)'],
];

/** Whether a result fails the check (exit code 1): a dead link, or one refused as private. */
export function failsCheck(result: Pick<LinkResult, 'kind'>): boolean {
  return result.kind === 'dead' || result.kind === 'refused';
}

/** "2 dead, 1 timed out of 40 links", or "all 40 links work". */
export function summarizeLinks(results: readonly LinkResult[]): string {
  const counts = FINDINGS.map(([kind]) => [kind, results.filter((r) => r.kind === kind).length] as const).filter(
    ([, count]) => count > 0,
  );
  const total = `${results.length} link${results.length === 1 ? '' : 's'}`;
  if (counts.length === 0) return `all ${total} work`;
  const words: Record<string, string> = {
    dead: 'dead',
    refused: 'not requested',
    'careers-page': 'to a careers page',
    timeout: 'timed out',
    failed: 'failed',
  };
  return `${counts.map(([kind, count]) => `${count} ${words[kind]}`).join(', ')} of ${total}`;
}

function where(refs: readonly LinkRef[]): string {
  return refs.map((r) => `${r.file} (${r.field})`).join(', ');
}

/** The findings for people, grouped by kind, each with the files that use the URL. */
export function formatLinksText(results: readonly LinkResult[]): string {
  const lines: string[] = [];
  for (const [kind, heading] of FINDINGS) {
    const found = results.filter((r) => r.kind === kind);
    if (found.length === 0) continue;
    lines.push(`${heading} (${found.length})`);
    for (const r of found) lines.push(`  ${r.url}  ${r.detail}`, `    used by ${where(r.refs)}`);
    lines.push('');
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** The machine-readable report: every link checked, and the findings. */
export function linksJson(results: readonly LinkResult[], today: string): object {
  const findings = results.filter((r) => r.kind !== 'ok');
  return {
    ok: !results.some(failsCheck),
    date: today,
    summary: summarizeLinks(results),
    checked: results.length,
    findings,
    links: results,
  };
}

/** GitHub caps issue bodies at 65,536 characters; the report stays below, with room to spare. */
const MAX_MARKDOWN_CHARS = 60_000;

/** The findings as Markdown, for a job summary and for the link-health issue, cut to fit `maxChars`. */
export function formatLinksMarkdown(
  results: readonly LinkResult[],
  today: string,
  maxChars = MAX_MARKDOWN_CHARS,
): string {
  const head = `## Link check, ${formatDate(today)}\n\nChecked every open posting's apply link and every company's website: ${summarizeLinks(results)}.\n`;
  const foot =
    '\nA dead apply link or a redirect to a careers page usually means the role is closed: confirm with the company, then `npm run close -- <slug>` (or `--filled`). `npm run check-links` runs the check locally.\n';
  const sections: string[] = [];
  // Room for the line that says how many findings were left out.
  let budget = maxChars - head.length - foot.length - 120;
  let omitted = 0;
  for (const [kind, heading] of FINDINGS) {
    const found = results.filter((r) => r.kind === kind);
    if (found.length === 0) continue;
    const rows: string[][] = [];
    let section = '';
    for (const r of found) {
      const row = [
        markdownCode(r.url),
        escapeMarkdown(r.detail),
        r.refs.map((ref) => `${markdownCode(ref.file)} (${ref.field})`).join('<br>'),
      ];
      const candidate = `\n### ${heading} (${found.length})\n\n${markdownTable(['link', 'result', 'used by'], [...rows, row])}`;
      if (candidate.length > budget) {
        omitted += found.length - rows.length;
        break;
      }
      rows.push(row);
      section = candidate;
    }
    if (section) {
      sections.push(section);
      budget -= section.length;
    }
    if (rows.length < found.length) {
      omitted += FINDINGS.slice(FINDINGS.findIndex(([k]) => k === kind) + 1).reduce(
        (sum, [k]) => sum + results.filter((r) => r.kind === k).length,
        0,
      );
      break;
    }
  }
  const cut =
    omitted > 0 ? `\n…and ${omitted} more, left out to fit: run \`npm run check-links\` for all of them.\n` : '';
  return `${head}${sections.join('')}${cut}${foot}`;
}
