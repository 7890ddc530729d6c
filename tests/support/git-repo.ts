// Real git repositories in temporary folders, for the tests of what a pull request changes: a base commit,
// then the pull request's commit, made with git itself (links, gitlinks, modes and odd names included).

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** git's environment for tests: no user or system configuration, a fixed author and date. */
export const GIT_ENV: Readonly<Record<string, string>> = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-11-28T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-28T00:00:00Z',
};

export interface GitRepo {
  dir: string;
  /** Runs git in the repository and returns its standard output. */
  git: (...args: string[]) => string;
  /** Writes a file (and its folders) at a path relative to the repository. */
  write: (path: string, content: string) => void;
  /** Stages everything and commits it. */
  commit: (message: string) => void;
  remove: () => void;
}

/** A repository whose first commit holds `files` and, when given, a copy of the folder `from`. */
export function createGitRepo(files: Readonly<Record<string, string>>, from?: string): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'git-repo-'));
  if (from !== undefined) cpSync(from, dir, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const commit = (message: string) => {
    git('add', '--all');
    git('commit', '-q', '--allow-empty', '-m', message);
  };
  git('init', '-q', '-b', 'main');
  for (const [path, content] of Object.entries(files)) write(path, content);
  commit('base');
  return { dir, git, write, commit, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
