// What npm run intake says on GitHub: the comment listing an issue's problems, and the body of the pull request
// it opens. The comment quotes submitters' values, so each message is an inline code span: GitHub renders no HTML,
// link, @mention or #reference inside one, and invisible characters are written out as their code points.

import { escapeMarkdown, markdownCode, markdownTable } from '../lib/markdown-report.ts';
import type { Draft } from '../new/posting.ts';
import type { FormProblem } from './issue-form.ts';

/**
 * GitHub refuses a comment over 65,536 characters: the comment stops listing problems before 60,000 bytes of
 * UTF-8, which bounds its characters too.
 */
export const MAX_COMMENT_BYTES = 60_000;
/** A message longer than this is cut: a long value it quotes says no more for being shown whole. */
export const MAX_MESSAGE_CHARS = 500;

/** Characters that would draw nothing, reorder the line or break it, as `<U+202E>`. */
export function visible(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\p{Cs}]|[^\S ]/gu,
    (char) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

function cut(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_MESSAGE_CHARS ? text : `${chars.slice(0, MAX_MESSAGE_CHARS - 1).join('')}…`;
}

/** The comment for an issue whose answers do not make a posting: every problem, under the field to change. */
export function problemsComment(problems: readonly FormProblem[], options: { today: string }): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  const head = `### This issue cannot become a posting yet

The answers of this issue were checked as \`npm run new\` checks a posting, and ${count} must be fixed first.
Edit the issue (its **⋯** menu, then **Edit**), change the answers below, and ask a maintainer to add the
\`accepted\` label again.

`;
  const foot = `\nChecked with the board of ${options.today}. The label \`accepted\` was removed.\n`;
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  const rows: string[][] = [];
  // The table's header and the line saying how many problems were left out take less than 200 bytes.
  let size = bytes(head) + bytes(foot) + 200;
  for (const problem of problems) {
    const row = [escapeMarkdown(problem.field), markdownCode(visible(cut(problem.message)))];
    const length = bytes(row.join(' | ')) + 5;
    if (size + length > MAX_COMMENT_BYTES) break;
    size += length;
    rows.push(row);
  }
  const left = problems.length - rows.length;
  const more = left > 0 ? `\n${left} more problem${left === 1 ? ' is' : 's are'} not shown; fix these first.\n` : '';
  return `${head}${markdownTable(['field', 'problem'], rows)}${more}${foot}`;
}

/** The pull request's body: it closes the issue, and names the files with the validator's clean result. */
export function pullRequestBody(draft: Draft, options: { issue: number; today: string }): string {
  const files = draft.files
    .map((file) => `- ${markdownCode(file.path)}${file.path === draft.jobPath ? '' : ' (a new company)'}`)
    .join('\n');
  const checked = `${draft.files.length} file${draft.files.length === 1 ? '' : 's'}`;
  return `Closes #${options.issue}

Drafted from the answers of issue #${options.issue} by the Posting intake workflow, with the code of
\`npm run new --yes\`:

${files}

✓ ${checked} checked against the board of ${options.today}, no problems.

Review it as any posting (SECURITY.md, "What maintainers must still review"): the submitter wrote every value.
A pull request opened by a workflow does not start the pull request checks: close and reopen it to run them.
`;
}
