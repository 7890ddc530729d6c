// Reads the body GitHub writes for a "Submit a posting" issue: each field's answer under `### <label>`, in the
// form's order. The body is the submitter's to edit, so nothing about its shape is trusted: a description may
// hold headings that imitate the form's, and a one-line answer may have been edited into several lines.

import { POSTING_FORM_CHECKS, POSTING_FORM_FIELDS, formLabel, type FormFieldId } from '../lib/posting-form.ts';

/** What GitHub writes for an optional field left empty. */
export const NO_RESPONSE = '_No response_';

/** The label of a problem with the issue as a whole rather than one of its fields. */
export const ISSUE = 'the issue';

/** A problem with one field of the form, as the submitter sees it: the field's label, then what to change. */
export interface FormProblem {
  /** The label of the form's field, or `the issue` for the body as a whole. */
  field: string;
  message: string;
}

export interface IssueForm {
  /** Each field's answer, trimmed; empty when left empty or missing. */
  values: Record<FormFieldId, string>;
  problems: FormProblem[];
}

/**
 * The answers of an issue-form body. Fields before the description are found in order from the top, the
 * checkboxes after it from the bottom, so the description keeps whatever headings it holds.
 */
export function parseIssueForm(body: string): IssueForm {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const heading = (label: string) => `### ${label}`;
  const descriptionIndex = POSTING_FORM_FIELDS.findIndex((f) => f.id === 'description');
  const starts = new Map<FormFieldId, number>();

  let from = 0;
  for (const field of POSTING_FORM_FIELDS.slice(0, descriptionIndex + 1)) {
    const at = lines.findIndex((line, i) => i >= from && line.trimEnd() === heading(field.label));
    if (at === -1) continue;
    starts.set(field.id, at);
    from = at + 1;
  }
  const descriptionStart = starts.get('description') ?? from - 1;
  let to = lines.length;
  for (const field of POSTING_FORM_FIELDS.slice(descriptionIndex + 1).toReversed()) {
    const at = lines.findLastIndex(
      (line, i) => i < to && i > descriptionStart && line.trimEnd() === heading(field.label),
    );
    if (at === -1) continue;
    starts.set(field.id, at);
    to = at;
  }

  const ordered = [...starts.entries()].sort((a, b) => a[1] - b[1]);
  const values = Object.fromEntries(POSTING_FORM_FIELDS.map((f) => [f.id, ''])) as Record<FormFieldId, string>;
  const problems: FormProblem[] = [];
  ordered.forEach(([id, start], i) => {
    const end = ordered[i + 1]?.[1] ?? lines.length;
    const text = lines
      .slice(start + 1, end)
      .join('\n')
      .replace(/^(?:[ \t]*\n)+/, '')
      .trimEnd();
    values[id] = text.trim() === NO_RESPONSE ? '' : text;
  });

  if (starts.size === 0) {
    problems.push({
      field: ISSUE,
      message:
        'has none of the "Submit a posting" form\'s headings; open a new issue with the form (Issues, New issue, Submit a posting)',
    });
  }
  for (const field of POSTING_FORM_FIELDS) {
    const value = values[field.id];
    if (!starts.has(field.id)) {
      if (starts.size > 0) {
        problems.push({
          field: field.label,
          message: `the issue has no "${heading(field.label)}" heading; edit the issue so that it keeps every heading of the form, each on a line of its own`,
        });
      }
      continue;
    }
    if (field.kind === 'line') {
      values[field.id] = value.trim();
      const count = value.trim() === '' ? 1 : value.trim().split('\n').length;
      if (count > 1) {
        problems.push({
          field: field.label,
          message: `is one line; found ${count} lines: ${JSON.stringify(value.trim())}. Edit the issue and keep the answer on one line`,
        });
      }
    }
  }

  if (starts.has('checks')) {
    const ticked = new Set(
      values.checks
        .split('\n')
        .map((line) => /^\s*[-*]\s+\[[xX]\]\s+(.*?)\s*$/.exec(line)?.[1])
        .filter((label) => label !== undefined),
    );
    for (const check of POSTING_FORM_CHECKS) {
      if (!ticked.has(check)) {
        problems.push({
          field: formLabel('checks'),
          message: `"${check}" is not ticked; tick it when it is true, or the posting cannot be accepted`,
        });
      }
    }
  }
  return { values, problems };
}
