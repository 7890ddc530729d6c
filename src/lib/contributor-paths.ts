// Which files a pull request may touch. Maintainers may change anything; anyone else may only add or
// change postings, companies and logos, so a contribution can never alter the code that builds the site.

import { touchedPaths, type Change } from './changed-files.ts';
import { logoProblem } from './logo.ts';
import { CompanySchema } from './schema.ts';

/** GitHub's `author_association` values of people who maintain the repository. */
export const MAINTAINER_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR'] as const;

/** The folders a contributor may add files to or change files in; nothing in their sub-folders. */
export const CONTRIBUTOR_FOLDERS = ['content/jobs/', 'content/companies/', 'public/logos/'] as const;

/** A file a pull request may not touch, and why. */
export interface PathProblem {
  path: string;
  message: string;
}

/** Whether a pull request author's `author_association` makes them a maintainer. */
export function isMaintainer(association: string | undefined): boolean {
  return (MAINTAINER_ASSOCIATIONS as readonly string[]).includes((association ?? '').trim().toUpperCase());
}

const ALLOWED = 'contributors may only add or change files in content/jobs/, content/companies/ and public/logos/';

/** Every file in `changes` that a pull request from someone who is not a maintainer may not touch. */
export function contributorPathProblems(changes: readonly Change[]): PathProblem[] {
  const problems: PathProblem[] = [];
  const renamed = new Map(changes.filter((c) => c.status === 'renamed').map((c) => [c.from, c.path]));
  for (const { path, removed } of touchedPaths(changes)) {
    const problem = pathProblem(path, removed, renamed.get(path));
    if (problem) problems.push({ path, message: problem });
  }
  return problems;
}

function pathProblem(path: string, removed: boolean, renamedTo: string | undefined): string | undefined {
  const folder = CONTRIBUTOR_FOLDERS.find((f) => path.startsWith(f));
  if (folder === undefined)
    return `${outsideReason(path)}; ${ALLOWED}. A maintainer makes this change (see CODEOWNERS)`;
  const name = path.slice(folder.length);
  if (name.includes('/') || name === '') {
    return `is in a sub-folder of ${folder}; ${ALLOWED}, directly in those folders`;
  }
  if (renamedTo !== undefined) {
    return `is renamed to ${renamedTo}; a file's name is its address on the board, so only a maintainer renames one. Change the file in place instead`;
  }
  if (removed) {
    return folder === 'public/logos/'
      ? 'is deleted; only a maintainer deletes a logo. Leave it in place, or ask in the pull request'
      : `is deleted; contributors add or change ${folder === 'content/jobs/' ? 'postings' : 'companies'} but do not delete them. To close a posting, set status: filled (or ask a maintainer to run npm run close)`;
  }
  if (folder === 'public/logos/') {
    const logo = CompanySchema.shape.logo.safeParse(`logos/${name}`);
    if (!logo.success) {
      return `is not a logo file name; a logo is public/logos/<company>.svg (or .png, .webp, .jpg), named like the company's file`;
    }
    return undefined;
  }
  if (!name.endsWith('.md')) {
    return `is not a Markdown file; only <slug>.md files belong in ${folder}`;
  }
  return undefined;
}

function outsideReason(path: string): string {
  if (path.startsWith('.github/')) return 'changes the repository workflows or settings';
  if (path.startsWith('content/')) return 'is an editorial page or another folder of content/';
  if (path.startsWith('public/')) return 'is a public file other than a logo';
  return 'is outside the content folders';
}

/**
 * Why a logo file added or changed at `path` (under `public/logos/`) is not acceptable: too large, an SVG
 * that could run something, or a file whose bytes are not the image format its extension names.
 * Runs on every logo a pull request touches, used by a company or not; the build runs the same check.
 */
export function logoFileProblem(path: string, bytes: Uint8Array | undefined): string | undefined {
  return logoProblem(path.replace(/^public\//, ''), bytes);
}
