// Which files a pull request may touch. Maintainers may change anything; anyone else may only add or
// change postings, companies and logos, so a contribution can never alter the code that builds the site, and
// each must be a regular file with a name the validator accepts, refused otherwise with the validator's words.

import type { Change } from '../lib/changed-files.ts';
import { contentNameProblem, contentTypeProblem } from '../../src/board/board.ts';
import { entryTypeOfMode, type EntryType } from '../../src/board/file-names.ts';
import { logoNameProblem, logoProblem, logoTypeProblem } from '../../src/board/logo/logo.ts';
import { quotePath } from '../../src/board/problems.ts';

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

/**
 * Every file in `changes` that a pull request from someone who is not a maintainer may not touch, and every
 * file it adds or changes in the contributor folders whose name or type the validator would refuse, with the
 * validator's message. A file's type is git's mode when the listing gives it (`git diff --raw`), else what
 * `typeOf` finds in the checkout (undefined: not there); without either, only names are checked.
 */
export function contributorPathProblems(
  changes: readonly Change[],
  typeOf?: (path: string) => EntryType | undefined,
): PathProblem[] {
  const problems: PathProblem[] = [];
  const add = (path: string, message: string | undefined) => {
    if (message !== undefined) problems.push({ path, message });
  };
  for (const change of changes) {
    if (change.status === 'renamed' && change.from !== undefined) {
      add(change.from, placementProblem(change.from, true, change.path));
    }
    const removed = change.status === 'deleted';
    const placement = placementProblem(change.path, removed, undefined);
    add(change.path, placement);
    if (placement !== undefined || removed) continue;
    const type =
      change.mode !== undefined
        ? entryTypeOfMode(change.mode)
        : typeOf
          ? (typeOf(change.path) ?? 'missing')
          : 'unknown';
    for (const message of entryProblems(change.path, type)) add(change.path, message);
  }
  return problems;
}

/** The folder of CONTRIBUTOR_FOLDERS a path is directly in, if any. */
function contributorFolder(path: string): (typeof CONTRIBUTOR_FOLDERS)[number] | undefined {
  const folder = CONTRIBUTOR_FOLDERS.find((f) => path.startsWith(f));
  return folder !== undefined && !path.slice(folder.length).includes('/') ? folder : undefined;
}

// What the validator says about a file of this name and type in its folder: the same functions, so the same words.
function entryProblems(path: string, type: EntryType | 'missing' | 'unknown'): string[] {
  const folder = contributorFolder(path)!;
  const name = path.slice(folder.length);
  const kind = folder === 'public/logos/' ? 'logos' : folder === 'content/jobs/' ? 'jobs' : 'companies';
  const nameProblem = kind === 'logos' ? logoNameProblem(name) : contentNameProblem(name, kind);
  let typeProblem: string | undefined;
  if (type === 'missing') typeProblem = 'is listed as changed but is not in the checkout';
  else if (type !== 'unknown') {
    typeProblem = kind === 'logos' ? logoTypeProblem(path, type) : contentTypeProblem(path, type, kind);
  }
  return [nameProblem, typeProblem].filter((m) => m !== undefined);
}

function placementProblem(path: string, removed: boolean, renamedTo: string | undefined): string | undefined {
  if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    return 'is not a path as git writes it (an empty, "." or ".." part, or a leading or trailing /); give paths relative to the repository, as git diff lists them';
  }
  const folder = CONTRIBUTOR_FOLDERS.find((f) => path.startsWith(f));
  if (folder === undefined)
    return `${outsideReason(path)}; ${ALLOWED}. A maintainer makes this change (see CODEOWNERS)`;
  if (contributorFolder(path) === undefined) {
    return `is in a sub-folder of ${folder}; ${ALLOWED}, directly in those folders`;
  }
  if (renamedTo !== undefined) {
    return `is renamed to ${quotePath(renamedTo)}; a file's name is its address on the board, so only a maintainer renames one. Change the file in place instead`;
  }
  if (removed) {
    return folder === 'public/logos/'
      ? 'is deleted; only a maintainer deletes a logo. Leave it in place, or ask in the pull request'
      : `is deleted; contributors add or change ${folder === 'content/jobs/' ? 'postings' : 'companies'} but do not delete them. To close a posting, set status: filled (or ask a maintainer to run npm run close)`;
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
