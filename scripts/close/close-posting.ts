// Closes a posting by editing one line of its front-matter: `status: filled`, or `expires:` set to the build
// date. The YAML is edited as text, never re-serialized, so comments, quoting, key order and every byte of
// the description stay as the contributor wrote them; the result is read back to prove it.

import { addDays, daysBetween, formatDate } from '../../src/board/dates.ts';
import { readSource } from '../../src/board/frontmatter.ts';
import { JobSchema } from '../../src/board/schema.ts';

export type CloseResult =
  | {
      ok: true;
      /** The file's new text. */
      text: string;
      field: 'status' | 'expires';
      from: string | undefined;
      to: string;
      /** What the change means for the posting, for people. */
      note: string;
    }
  | { ok: false; message: string };

/**
 * Closes the posting in `text` on `today`: marks it filled, or ends it by setting `expires` to today (it
 * takes applications until the end of today). A posting posted today cannot expire the same day, since
 * `expires` must be after `posted`: it ends tomorrow, the earliest day allowed.
 */
export function closePosting(text: string, options: { filled: boolean; today: string }): CloseResult {
  const read = readSource(text);
  if (!read.ok) return refuse(`its front-matter cannot be read (line ${read.problem.line}: ${read.problem.message})`);
  const parsed = JobSchema.safeParse(read.parts.data);
  if (!parsed.success) return refuse('it is not a valid posting; run npm run validate and fix it first');
  const job = parsed.data;
  const { today } = options;
  const rawStatus = typeof read.parts.data['status'] === 'string' ? read.parts.data['status'] : undefined;

  if (job.draft)
    return refuse('it is a draft (draft: true), so it is not on the board; edit or delete the file instead');

  if (options.filled) {
    if (job.status === 'filled') return refuse('it is already marked filled');
    const note =
      job.expires < today
        ? `it had already closed when it expired (${job.expires}); it now also says the role was filled`
        : 'it leaves every listing, feed and the search at the next build; its page stays, saying it is filled';
    return edit(text, 'status', rawStatus, 'filled', note);
  }

  if (job.status === 'filled') return refuse('it is marked filled, so it is already closed');
  if (job.expires < today) {
    return refuse(
      `it already closed: it expired on ${job.expires}. To record that the role was filled, run it again with --filled`,
    );
  }
  if (job.expires === today) return refuse(`it already ends today (expires: ${job.expires})`);
  if (job.posted > today) return refuse(`it is posted on ${job.posted}, after the build date ${today}`);
  let end = today;
  let note = `it takes applications until the end of ${formatDate(today)} and leaves the listings at the first build after that (the daily deploy)`;
  if (daysBetween(job.posted, today) < 1) {
    end = addDays(job.posted, 1);
    if (end >= job.expires) {
      return refuse(
        `it was posted today and already ends on ${job.expires}, the earliest a posting may; to take it down at once, mark it filled (--filled) or, if it was published by mistake, set draft: true`,
      );
    }
    note = `it was posted today, and expires must be after posted, so it ends tomorrow (${formatDate(end)}), the earliest day allowed. To take it down at once, mark it filled (--filled) or, if it was published by mistake, set draft: true`;
  }
  return edit(text, 'expires', job.expires, end, note);
}

function refuse(message: string): CloseResult {
  return { ok: false, message };
}

interface Line {
  /** Where the line starts in the file. */
  start: number;
  /** Where its content ends, before the line break. */
  end: number;
  /** Where the next line starts. */
  next: number;
  text: string;
  newline: string;
}

/** The lines of the front-matter, between the opening and the closing `---`. */
function frontMatterLines(text: string): { lines: Line[]; closeStart: number } {
  const lines: Line[] = [];
  let start = text.indexOf('\n') + 1;
  while (start < text.length) {
    const lineBreak = text.indexOf('\n', start);
    const next = lineBreak === -1 ? text.length : lineBreak + 1;
    const end = lineBreak === -1 ? text.length : text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
    const line = text.slice(start, end);
    if (line.startsWith('---')) return { lines, closeStart: start };
    lines.push({ start, end, next, text: line, newline: text.slice(end, next) || '\n' });
    start = next;
  }
  return { lines, closeStart: text.length };
}

const KEY = (key: string) => new RegExp(`^(?:${key}|"${key}"|'${key}')[ \\t]*:(?:[ \\t]|$)`);
// A value on one line that can carry a trailing comment worth keeping: a plain or quoted scalar.
const SIMPLE_VALUE = /^([^:]+:[ \t]*)(?:[^\s#'"][^\s#]*|"[^"\\]*"|'[^']*')([ \t]+#.*)?$/;

/** The span of a top-level key's entry: its line and any indented lines that continue its value. */
function entrySpan(lines: Line[], key: string): { first: number; last: number } | undefined {
  const first = lines.findIndex((l) => KEY(key).test(l.text));
  if (first === -1) return undefined;
  let last = first;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (/^[ \t]/.test(line)) last = i;
    else if (line.trim() !== '') break;
  }
  return { first, last };
}

function edit(
  text: string,
  field: 'status' | 'expires',
  from: string | undefined,
  to: string,
  note: string,
): CloseResult {
  const { lines } = frontMatterLines(text);
  const span = entrySpan(lines, field);
  let updated: string;
  if (span) {
    const first = lines[span.first]!;
    const last = lines[span.last]!;
    const simple = span.first === span.last ? SIMPLE_VALUE.exec(first.text) : null;
    const replacement = simple ? `${simple[1]}${to}${simple[2] ?? ''}` : `${field}: ${to}`;
    updated = text.slice(0, first.start) + replacement + text.slice(last.end);
  } else {
    // A posting without `status` gets one after `expires`, where the format's reference lists it.
    const after = entrySpan(lines, 'expires');
    if (!after) return refuse(`its front-matter has no ${field}: line to change; edit the file by hand`);
    const anchor = lines[after.last]!;
    updated = `${text.slice(0, anchor.next)}${field}: ${to}${anchor.newline}${text.slice(anchor.next)}`;
  }
  const problem = verify(text, updated, field, to);
  if (problem) return refuse(`${problem}; edit the file by hand`);
  return { ok: true, text: updated, field, from, to, note };
}

/** Why `updated` is not `original` with exactly `field` changed to `value`, or undefined when it is. */
function verify(original: string, updated: string, field: string, value: string): string | undefined {
  const before = readSource(original);
  const after = readSource(updated);
  if (!before.ok || !after.ok) return 'the edited front-matter cannot be read back';
  if (after.parts.body !== before.parts.body) return 'the edit would change the description';
  const expected = { ...before.parts.data, [field]: value };
  if (canonical(after.parts.data) !== canonical(expected)) return `the edit would change more than ${field}`;
  if (!JobSchema.safeParse(after.parts.data).success) return 'the edited posting would not be valid';
  return undefined;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
