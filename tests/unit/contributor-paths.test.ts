// The contributor-path check: on fixture lists of changed files, a pull request from someone who is not a
// maintainer passes only when it adds or changes postings, companies and logos; every other file is named.

import { describe, it, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCompanyFile, checkJobFile, validateBoard } from '../../src/board/board.ts';
import {
  contentEntryOf,
  parseChanges,
  parseNameStatus,
  parseNameStatusZ,
  type Change,
} from '../../scripts/lib/changed-files.ts';
import { contributorPathProblems, isMaintainer, logoFileProblem } from '../../scripts/check-paths/contributor-paths.ts';
import { logoEntryProblem } from '../../src/board/logo/logo.ts';
import { quotePath } from '../../src/board/problems.ts';
import { readBoard } from '../../src/build/content-files.ts';
import { FIXTURES, TODAY } from './helpers.ts';
import { createGitRepo, type GitRepo } from '../support/git-repo.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHECK_PATHS = join(ROOT, 'scripts/check-paths.ts');

const lines = (stdout: string) => stdout.trimEnd().split('\n');

function list(name: string): string {
  return readFileSync(join(FIXTURES, 'changed-files', name), 'utf8');
}

function problems(name: string): Array<[string, string]> {
  return contributorPathProblems(parseNameStatus(list(name))).map((p) => [p.path, p.message]);
}

describe('changed files', () => {
  it('reads git diff --name-status lines, renames with both paths, and bare --name-only paths', () => {
    assert.deepEqual(parseNameStatus(list('deletes-and-renames.txt')), [
      { status: 'deleted', path: 'content/jobs/acme-corp-old-posting.md' },
      { status: 'renamed', from: 'content/jobs/acme-corp-a.md', path: 'content/jobs/acme-corp-b.md' },
      { status: 'deleted', path: 'public/logos/acme-corp.png' },
      { status: 'renamed', from: 'src/pages/index.astro', path: 'content/jobs/acme-corp-c.md' },
    ]);
    assert.deepEqual(parseNameStatus(list('name-only.txt')), [
      { status: 'modified', path: 'content/jobs/acme-corp-staff-backend-engineer.md' },
      { status: 'modified', path: 'README.md' },
    ]);
  });

  it('unquotes the paths git quotes, and reads the -z form with any file name', () => {
    assert.deepEqual(parseNameStatus(list('odd-names.txt')).at(-1), {
      status: 'added',
      path: 'content/jobs/tab\there.md',
    });
    assert.deepEqual(parseNameStatus('A\t"content/jobs/caf\\303\\251.md"\n'), [
      { status: 'added', path: 'content/jobs/café.md' },
    ]);
    assert.deepEqual(parseNameStatusZ('M\0a b.md\0R100\0old\nname\0new\0D\0gone\0'), [
      { status: 'modified', path: 'a b.md' },
      { status: 'renamed', from: 'old\nname', path: 'new' },
      { status: 'deleted', path: 'gone' },
    ]);
  });

  it('refuses lines that are not git diff output', () => {
    assert.throws(() => parseNameStatus('X\tfile\n'), /^Error: not git diff --raw or --name-status output/);
    assert.throws(() => parseNameStatus('R100\tonly-one\n'), /a rename or copy needs two paths/);
  });

  it('maps a changed path to the content entry it belongs to', () => {
    const folders = ['content/jobs', 'content/companies'];
    assert.equal(contentEntryOf('content/jobs/acme.md', folders), 'content/jobs/acme.md');
    assert.equal(contentEntryOf('content/jobs/sub/deeper/acme.md', folders), 'content/jobs/sub');
    assert.equal(contentEntryOf('./content/companies/acme.md', folders), 'content/companies/acme.md');
    assert.equal(contentEntryOf('content/pages/about.mdx', folders), undefined);
    assert.equal(contentEntryOf('README.md', folders), undefined);
  });
});

describe('contributor paths', () => {
  it('treats OWNER, MEMBER and COLLABORATOR as maintainers, and everyone else as a contributor', () => {
    for (const a of ['OWNER', 'MEMBER', 'COLLABORATOR', 'member']) assert.equal(isMaintainer(a), true, a);
    for (const a of ['CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'NONE', 'MANNEQUIN', '', undefined]) {
      assert.equal(isMaintainer(a), false, String(a));
    }
  });

  it('accepts a pull request that adds a posting, a company and a logo, and changes a posting', () => {
    assert.deepEqual(problems('posting-company-and-logo.txt'), []);
  });

  it('names every file outside the content folders, and only those', () => {
    const found = problems('code-beside-a-posting.txt');
    assert.deepEqual(
      found.map(([path]) => path),
      ['package.json', '.github/workflows/ci.yml', 'src/lib/helper.ts', 'scripts/check-paths.ts'],
    );
    assert.match(
      found[1]![1],
      /^changes the repository workflows or settings; contributors may only add or change files in content\/jobs\/, content\/companies\/ and public\/logos\/\. A maintainer makes this change \(see CODEOWNERS\)$/,
    );
    assert.match(found[0]![1], /^is outside the content folders; /);
  });

  it('refuses deletions and renames, and a rename out of another folder names its old path', () => {
    assert.deepEqual(problems('deletes-and-renames.txt'), [
      [
        'content/jobs/acme-corp-old-posting.md',
        'is deleted; contributors add or change postings but do not delete them. To close a posting, set status: filled (or ask a maintainer to run npm run close)',
      ],
      [
        'content/jobs/acme-corp-a.md',
        "is renamed to content/jobs/acme-corp-b.md; a file's name is its address on the board, so only a maintainer renames one. Change the file in place instead",
      ],
      [
        'public/logos/acme-corp.png',
        'is deleted; only a maintainer deletes a logo. Leave it in place, or ask in the pull request',
      ],
      [
        'src/pages/index.astro',
        'is outside the content folders; contributors may only add or change files in content/jobs/, content/companies/ and public/logos/. A maintainer makes this change (see CODEOWNERS)',
      ],
    ]);
  });

  it('refuses sub-folders, files that are not Markdown, logos that are not images and other public files', () => {
    assert.deepEqual(
      problems('odd-names.txt').map(([path, message]) => [path, message.split(';')[0]]),
      [
        ['content/jobs/nested/acme-corp-go.md', 'is in a sub-folder of content/jobs/'],
        ['content/jobs/notes.txt', 'only <slug>.md files belong in content/jobs/'],
        [
          'public/logos/acme-corp.html',
          'everything in public/logos/ is published, so it holds only logos named <company>.svg, .png, .webp or .jpg',
        ],
        [
          'public/logos/Acme Corp.PNG',
          'everything in public/logos/ is published, so it holds only logos named <company>.svg, .png, .webp or .jpg',
        ],
        ['content/pages/about.mdx', 'is an editorial page or another folder of content/'],
        ['public/robots.txt', 'is a public file other than a logo'],
        [
          'content/jobs/tab\there.md',
          "the file name is the posting's URL, so it must be lowercase letters, digits and single hyphens, at most 80 characters, then .md",
        ],
      ],
    );
  });

  it('checks a logo’s bytes: a script in an SVG, or a PNG that is not one, is refused', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    assert.equal(
      logoFileProblem('public/logos/acme.svg', encode('<svg xmlns="http://www.w3.org/2000/svg"/>')),
      undefined,
    );
    assert.equal(
      logoFileProblem(
        'public/logos/acme.svg',
        encode('<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script></svg>'),
      ),
      'public/logos/acme.svg cannot be published: line 2: <script> is a script, which runs when the logo is opened on its own; a logo must be a plain drawing, so remove it',
    );
    assert.equal(
      logoFileProblem('public/logos/acme.png', encode('<html>not a png</html>')),
      'public/logos/acme.png is not a PNG image; save it in that format or change the extension',
    );
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    assert.equal(logoFileProblem('public/logos/acme.png', png), undefined);
    assert.match(logoFileProblem('public/logos/acme.webp', new Uint8Array(200 * 1024))!, /a logo must be under 100 KB/);
  });
});

function run(args: string[], cwd: string, env: Record<string, string> = {}, input?: string) {
  const { GITHUB_ACTIONS: _ignored, AUTHOR_ASSOCIATION: _none, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [CHECK_PATHS, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, ...env },
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check-paths', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'paths-'));
    mkdirSync(join(root, 'public/logos'), { recursive: true });
    writeFileSync(join(root, 'public/logos/acme-corp.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>');
    writeFileSync(
      join(root, 'public/logos/evil-corp.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    );
    writeFileSync(join(root, 'public/logos/fake-corp.png'), '<!doctype html><script>alert(1)</script>');
    symlinkSync('/etc/passwd', join(root, 'public/logos/link-corp.svg'));
    // The postings and the company the fixture listings name, as a checkout holds them.
    mkdirSync(join(root, 'content/jobs'), { recursive: true });
    mkdirSync(join(root, 'content/companies'), { recursive: true });
    for (const path of [
      'content/jobs/acme-corp-senior-backend-engineer-payments.md',
      'content/jobs/acme-corp-staff-backend-engineer.md',
      'content/companies/acme-corp.md',
    ]) {
      writeFileSync(join(root, path), '---\n---\n');
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('exits 0 for a contributor who changes only postings, companies and logos', () => {
    const { code, stdout } = run(['--from', join(FIXTURES, 'changed-files/posting-company-and-logo.txt')], root, {
      AUTHOR_ASSOCIATION: 'FIRST_TIME_CONTRIBUTOR',
    });
    assert.equal(code, 0);
    assert.equal(stdout, '✓ 4 changed files, all postings, companies or logos\n');
  });

  it('exits 1 naming each disallowed file, as GitHub annotations and in the job summary', () => {
    const summary = join(root, 'summary.md');
    const { code, stdout } = run(
      ['--from', join(FIXTURES, 'changed-files/code-beside-a-posting.txt'), '--format', 'github', '--summary', summary],
      root,
      { AUTHOR_ASSOCIATION: 'CONTRIBUTOR' },
    );
    assert.equal(code, 1);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, 5);
    assert.equal(
      lines[0],
      '::error file=.github/workflows/ci.yml,title=Contributor paths::.github/workflows/ci.yml changes the repository workflows or settings; contributors may only add or change files in content/jobs/, content/companies/ and public/logos/. A maintainer makes this change (see CODEOWNERS)',
    );
    assert.match(lines[4]!, /^✗ 4 of 5 changed files may not be changed by a contributor/);
    const markdown = readFileSync(summary, 'utf8');
    assert.match(markdown, /^### Contributor paths\n\n❌ /);
    assert.match(markdown, /\| `package\.json` \| is outside the content folders; /);
    rmSync(summary);
  });

  it('lets a maintainer change anything', () => {
    for (const association of ['OWNER', 'MEMBER', 'COLLABORATOR']) {
      const { code, stdout } = run(['--from', join(FIXTURES, 'changed-files/code-beside-a-posting.txt')], root, {
        AUTHOR_ASSOCIATION: association,
      });
      assert.equal(code, 0, association);
      assert.match(stdout, new RegExp(`^✓ the author is a maintainer \\(${association}\\): 5 changed files allowed`));
    }
  });

  it('reads the list from standard input and checks the logos on disk: unsafe, mislabelled, or a link', () => {
    const input = [
      'A\tpublic/logos/acme-corp.svg',
      'A\tpublic/logos/evil-corp.svg',
      'M\tpublic/logos/fake-corp.png',
      'A\tpublic/logos/link-corp.svg',
    ].join('\n');
    const { code, stdout } = run(['--from', '-', '--author-association', 'NONE'], root, {}, input);
    assert.equal(code, 1);
    assert.deepEqual(stdout.trimEnd().split('\n').slice(0, -1), [
      'public/logos/evil-corp.svg: cannot be published: line 1: onload="alert(1)" on <svg> is an event handler, which runs code; remove it',
      'public/logos/fake-corp.png: is not a PNG image; save it in that format or change the extension',
      'public/logos/link-corp.svg: is a symbolic link; a logo must be a regular file (links are never followed, and the build would publish what they point to)',
    ]);
  });

  it('takes the changes from git with --base, renames and odd file names included', () => {
    const repo = createGitRepo({ 'content/jobs/acme-corp-go.md': 'a posting\n'.repeat(20), 'README.md': 'readme\n' });
    try {
      repo.git('mv', 'content/jobs/acme-corp-go.md', 'content/jobs/acme-corp-golang.md');
      repo.write('content/jobs/acme corp "new".md', 'new\n');
      repo.write('README.md', 'changed\n');
      repo.commit('change');
      const { code, stdout } = run(['--base', 'HEAD^1'], repo.dir, { AUTHOR_ASSOCIATION: 'CONTRIBUTOR' });
      assert.equal(code, 1);
      assert.deepEqual(
        stdout
          .trimEnd()
          .split('\n')
          .map((line) => line.split(':')[0]),
        [
          'README.md',
          '"content/jobs/acme corp \\"new\\".md"',
          'content/jobs/acme-corp-go.md',
          '✗ 3 of 3 changed files may not be changed by a contributor',
        ],
      );
    } finally {
      repo.remove();
    }
  });

  it('exits 2 on a usage error: no list, two lists, an unknown format, a bad revision', () => {
    for (const [args, message] of [
      [[], /give the changed files one way/],
      [['--base', 'main', 'README.md'], /give the changed files one way/],
      [['--format', 'json', 'README.md'], /--format must be text or github/],
      [
        ['--base', 'no-such-revision'],
        /^check-paths: (?:fatal: |warning: )?(?:.*no-such-revision|not a git repository)/i,
      ],
    ] as const) {
      const { code, stderr } = run([...args], root);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
      assert.match(stderr, /Usage: npm run check-paths/);
    }
  });
});

// A board as the base branch holds it; each test commits what a pull request changes on top.
const SAFE_SVG = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>\n';
const BASE_FILES = {
  'README.md': 'readme\n',
  'content/jobs/acme-corp-go.md': 'a posting\n',
  'content/jobs/acme-corp-rust.md': 'another posting\n',
  'content/companies/acme-corp.md': 'a company\n',
  'public/logos/acme-corp.svg': SAFE_SVG,
};
const slugRule = (noun: string) =>
  `the file name is the ${noun}'s URL, so it must be lowercase letters, digits and single hyphens, at most 80 characters, then .md`;
const LOGO_RULE =
  'everything in public/logos/ is published, so it holds only logos named <company>.svg, .png, .webp or .jpg';
const refused = (files: number, of: number) =>
  `✗ ${files} of ${of} changed files may not be changed by a contributor: content/jobs/, content/companies/, public/logos/ only. Move the other changes to a separate pull request for a maintainer, or ask one to make them.`;

describe('npm run check-paths --base: file types and names as git records them', () => {
  let repo: GitRepo;
  beforeEach(() => {
    repo = createGitRepo(BASE_FILES);
  });
  afterEach(() => repo.remove());

  const check = (format = 'text') =>
    run(['--base', 'HEAD^1', '--format', format], repo.dir, { AUTHOR_ASSOCIATION: 'CONTRIBUTOR' });
  /** What the validator says about the file itself (its name and type) when it reads the checkout. */
  const validatorSays = (path: string) =>
    validateBoard(readBoard(repo.dir, TODAY))
      .problems.filter((p) => p.file === path && p.field === 'file')
      .map((p) => p.message);

  it('accepts a posting, a company and a logo added or changed as plain files', () => {
    repo.write('content/jobs/acme-corp-python.md', 'a new posting\n');
    repo.write('content/companies/acme-corp.md', 'a company, changed\n');
    repo.write('public/logos/acme-corp.svg', SAFE_SVG.replace('width="1"', 'width="2"'));
    repo.commit('pull request');
    const { code, stdout } = check();
    assert.equal(stdout, '✓ 3 changed files, all postings, companies or logos\n');
    assert.equal(code, 0);
  });

  it('refuses a symbolic link with the validator’s message, even where the checkout holds it as a plain file', () => {
    symlinkSync('../../README.md', join(repo.dir, 'content/jobs/acme-corp-link.md'));
    // What a checkout with core.symlinks=false (Windows) holds for a link: a file whose text is the target.
    repo.write('public/logos/acme-corp-link.svg', '../../README.md');
    repo.git('add', '--all');
    const target = repo.git('hash-object', '-w', 'public/logos/acme-corp-link.svg').trim();
    repo.git('update-index', '--cacheinfo', `120000,${target},public/logos/acme-corp-link.svg`);
    repo.git('commit', '-q', '-m', 'links');
    const posting =
      'is a symbolic link; each posting is one regular file content/jobs/<slug>.md (links are never followed)';
    const logo =
      'is a symbolic link; a logo must be a regular file (links are never followed, and the build would publish what they point to)';
    const { code, stdout } = check();
    assert.deepEqual(lines(stdout), [
      `content/jobs/acme-corp-link.md: ${posting}`,
      `public/logos/acme-corp-link.svg: ${logo}`,
      refused(2, 2),
    ]);
    assert.equal(code, 1);
    assert.deepEqual(validatorSays('content/jobs/acme-corp-link.md'), [posting]);
    assert.equal(logoEntryProblem({ path: 'public/logos/acme-corp-link.svg', type: 'symlink', size: 0 }), logo);
  });

  it('refuses a gitlink (a submodule), even one that .gitmodules or the configuration tells git diff to hide', () => {
    const commit = repo.git('rev-parse', 'HEAD').trim();
    repo.git('update-index', '--add', '--cacheinfo', `160000,${commit},content/jobs/acme-corp-platform.md`);
    repo.write(
      '.gitmodules',
      '[submodule "x"]\n\tpath = content/jobs/acme-corp-platform.md\n\turl = ./x\n\tignore = all\n',
    );
    repo.git('add', '.gitmodules');
    repo.git('commit', '-q', '-m', 'a submodule');
    repo.git('config', 'diff.ignoreSubmodules', 'all');
    const { code, stdout } = check();
    assert.deepEqual(lines(stdout), [
      '.gitmodules: is outside the content folders; contributors may only add or change files in content/jobs/, content/companies/ and public/logos/. A maintainer makes this change (see CODEOWNERS)',
      'content/jobs/acme-corp-platform.md: is a submodule (a gitlink to another repository); each posting is one regular file content/jobs/<slug>.md',
      refused(2, 2),
    ]);
    assert.equal(code, 1);
  });

  it('refuses an executable posting or logo, a change of mode alone included, and the fix it gives works', () => {
    chmodSync(join(repo.dir, 'content/jobs/acme-corp-go.md'), 0o755);
    repo.write('public/logos/acme-corp-labs.svg', SAFE_SVG);
    chmodSync(join(repo.dir, 'public/logos/acme-corp-labs.svg'), 0o755);
    repo.commit('executables');
    const { code, stdout } = check();
    assert.deepEqual(lines(stdout), [
      'content/jobs/acme-corp-go.md: is executable (git mode 100755); a posting is data that nothing should run, so commit it without the executable bit: git update-index --chmod=-x -- content/jobs/acme-corp-go.md',
      'public/logos/acme-corp-labs.svg: is executable (git mode 100755); a logo is data that nothing should run, so commit it without the executable bit: git update-index --chmod=-x -- public/logos/acme-corp-labs.svg',
      refused(2, 2),
    ]);
    assert.equal(code, 1);

    repo.git('update-index', '--chmod=-x', '--', 'content/jobs/acme-corp-go.md');
    repo.git('update-index', '--chmod=-x', '--', 'public/logos/acme-corp-labs.svg');
    repo.git('commit', '-q', '--amend', '-m', 'executable bits removed');
    assert.equal(check().stdout, '✓ 1 changed file, all postings, companies or logos\n');
  });

  it('refuses a file name holding a line break or a tab, naming the character, and prints the name so it cannot forge a line', () => {
    repo.write('content/jobs/acme-corp\nstaff.md', 'a posting\n');
    repo.write('content/companies/acme\tcorp.md', 'a company\n');
    repo.commit('odd names');
    const job = `${slugRule('posting')}; character 10 is a line break (U+000A). Rename it to acme-corp-staff.md`;
    const company = `${slugRule('company')}; character 5 is a tab (U+0009). Rename it to acme-corp.md`;
    const text = check();
    assert.deepEqual(lines(text.stdout), [
      `"content/companies/acme\\tcorp.md": ${company}`,
      `"content/jobs/acme-corp\\nstaff.md": ${job}`,
      refused(2, 2),
    ]);
    assert.equal(text.code, 1);
    assert.deepEqual(lines(check('github').stdout).slice(0, -1), [
      `::error file=content/companies/acme\tcorp.md,title=Contributor paths::content/companies/acme\tcorp.md ${company}`,
      `::error file=content/jobs/acme-corp%0Astaff.md,title=Contributor paths::content/jobs/acme-corp%0Astaff.md ${job}`,
    ]);
    assert.deepEqual(validatorSays('content/jobs/acme-corp\nstaff.md'), [job]);
    assert.deepEqual(validatorSays('content/companies/acme\tcorp.md'), [company]);
  });

  it('refuses look-alike letters by code point: a Cyrillic letter in a posting, a company and a logo', () => {
    repo.write('content/jobs/аcme-corp-python.md', 'a posting\n');
    repo.write('content/companies/acme-сorp-labs.md', 'a company\n');
    repo.write('public/logos/acme-сorp-labs.svg', SAFE_SVG);
    repo.commit('look-alike names');
    const job = `${slugRule('posting')}; character 1 is the Cyrillic letter "а" (U+0430), which looks like the Latin "a". Rename it to acme-corp-python.md`;
    const company = `${slugRule('company')}; character 6 is the Cyrillic letter "с" (U+0441), which looks like the Latin "c". Rename it to acme-corp-labs.md`;
    const logo = `${LOGO_RULE}; character 6 is the Cyrillic letter "с" (U+0441), which looks like the Latin "c", so rename it to acme-corp-labs.svg, or remove it`;
    const { code, stdout } = check();
    assert.deepEqual(lines(stdout), [
      `content/companies/acme-сorp-labs.md: ${company}`,
      `content/jobs/аcme-corp-python.md: ${job}`,
      `public/logos/acme-сorp-labs.svg: ${logo}`,
      refused(3, 3),
    ]);
    assert.equal(code, 1);
    assert.deepEqual(validatorSays('content/jobs/аcme-corp-python.md'), [job]);
    assert.deepEqual(validatorSays('content/companies/acme-сorp-labs.md'), [company]);
    assert.deepEqual(validatorSays('public/logos/acme-сorp-labs.svg'), [logo]);
  });

  it('refuses deletions and renames, and checks the new name of a renamed file', () => {
    repo.git('rm', '-q', 'content/jobs/acme-corp-rust.md');
    repo.git('mv', 'content/jobs/acme-corp-go.md', 'content/jobs/acme-corp-gо.md');
    repo.commit('a deletion and a rename');
    const { code, stdout } = check();
    assert.deepEqual(lines(stdout), [
      "content/jobs/acme-corp-go.md: is renamed to content/jobs/acme-corp-gо.md; a file's name is its address on the board, so only a maintainer renames one. Change the file in place instead",
      `content/jobs/acme-corp-gо.md: ${slugRule('posting')}; character 12 is the Cyrillic letter "о" (U+043E), which looks like the Latin "o". Rename it to acme-corp-go.md`,
      'content/jobs/acme-corp-rust.md: is deleted; contributors add or change postings but do not delete them. To close a posting, set status: filled (or ask a maintainer to run npm run close)',
      refused(3, 2),
    ]);
    assert.equal(code, 1);
  });

  it('checks the logo the commit holds, not the file in the working folder', () => {
    repo.write('public/logos/acme-corp.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>\n');
    repo.commit('an unsafe logo');
    repo.write('public/logos/acme-corp.svg', SAFE_SVG);
    const { code, stdout } = check();
    assert.deepEqual(lines(stdout), [
      'public/logos/acme-corp.svg: cannot be published: line 1: onload="alert(1)" on <svg> is an event handler, which runs code; remove it',
      refused(1, 1),
    ]);
    assert.equal(code, 1);
  });
});

describe('names the validator refuses', () => {
  // Each name, and what keeps it from being a slug. The contributor-paths check must say exactly what the
  // validator says, so a contributor reads one message whichever check ran first.
  const NAMES: Array<[name: string, fault: string, suggestion: string | undefined]> = [
    ['аcme-corp-go', 'character 1 is the Cyrillic letter "а" (U+0430), which looks like the Latin "a"', 'acme-corp-go'],
    ['acme-corp-gο', 'character 12 is the Greek letter "ο" (U+03BF), which looks like the Latin "o"', 'acme-corp-go'],
    ['ａcme-corp-go', 'character 1 is the fullwidth "ａ" (U+FF41), not the ASCII "a"', 'acme-corp-go'],
    [
      'acme-corp-cafe\u0301',
      'character 15 is a combining mark (U+0301), an accent stored apart from its letter',
      'acme-corp-cafe',
    ],
    ['acme-corp-caf\u00e9', 'character 14 is the accented letter "é" (U+00E9)', 'acme-corp-cafe'],
    ['acme-corp\ngo', 'character 10 is a line break (U+000A)', 'acme-corp-go'],
    ['acme-corp\tgo', 'character 10 is a tab (U+0009)', 'acme-corp-go'],
    ['acme\u200bcorp', 'character 5 is an invisible formatting character (U+200B)', 'acme-corp'],
    // Characters that draw nothing without being format characters: named by code point alone (found by fuzzing).
    ['acme\u3164corp', 'character 5 is an invisible or blank character (U+3164)', 'acme-corp'],
    ['acme\u{1d159}corp', 'character 5 is an invisible or blank character (U+1D159)', 'acme-corp'],
    ['acme-corp\u2800', 'character 10 is an invisible or blank character (U+2800)', 'acme-corp'],
    ['acme-corp-go\ufe0f', 'character 13 is an invisible or blank character (U+FE0F)', 'acme-corp-go'],
    ['-acme-corp-go', 'it starts with a hyphen', 'acme-corp-go'],
    ['.', 'character 1 is a dot "." (U+002E)', undefined],
    ['acme-corp..go', 'character 10 is a dot "." (U+002E)', 'acme-corp-go'],
    ['acme-corp\\go', 'character 10 is a backslash "\\" (U+005C)', 'acme-corp-go'],
    ['Acme-Corp-Go', 'character 1 is the capital letter "A"', 'acme-corp-go'],
    ['a'.repeat(81), 'it is 81 characters long', 'a'.repeat(80)],
  ];

  for (const [stem, fault, suggestion] of NAMES) {
    it(`refuses ${JSON.stringify(stem)} in every folder with the validator's message`, () => {
      for (const [kind, noun] of [
        ['jobs', 'posting'],
        ['companies', 'company'],
      ] as const) {
        const path = `content/${kind}/${stem}.md`;
        const expected = `${slugRule(noun)}; ${fault}${suggestion ? `. Rename it to ${suggestion}.md` : ''}`;
        const check = kind === 'jobs' ? checkJobFile : checkCompanyFile;
        const validator = check({ path, type: 'file', size: 3, bytes: new TextEncoder().encode('---') }).problems;
        assert.deepEqual(
          validator.filter((p) => p.field === 'file').map((p) => p.message),
          [expected],
        );
        assert.deepEqual(contributorPathProblems([{ status: 'added', path, mode: '100644' }]), [
          { path, message: expected },
        ]);
      }
      if (stem.length > 80) return; // a logo's name has no length limit
      const path = `public/logos/${stem}.svg`;
      const expected = `${LOGO_RULE}; ${fault}, so ${suggestion ? `rename it to ${suggestion}.svg, or remove it` : 'remove or rename this file'}`;
      assert.equal(
        logoEntryProblem({ path, type: 'file', size: 3, bytes: new TextEncoder().encode('<svg/>') }),
        expected,
      );
      assert.deepEqual(contributorPathProblems([{ status: 'added', path, mode: '100644' }]), [
        { path, message: expected },
      ]);
    });
  }

  it('refuses a path with an empty, "." or ".." part, which no git listing holds, before looking at its folder', () => {
    const message =
      'is not a path as git writes it (an empty, "." or ".." part, or a leading or trailing /); give paths relative to the repository, as git diff lists them';
    const paths = [
      'content/jobs/../../package.json',
      'content/jobs/./acme-corp-go.md',
      'content/jobs//acme-corp-go.md',
      '/content/jobs/acme-corp-go.md',
      'public/logos/',
    ];
    assert.deepEqual(
      contributorPathProblems(paths.map((path) => ({ status: 'modified' as const, path }))),
      paths.map((path) => ({ path, message })),
    );
  });

  it('accepts slugs, and logos with each allowed extension', () => {
    const changes = [
      'content/jobs/acme-corp-go-2.md',
      'content/companies/acme.md',
      'public/logos/acme.svg',
      'public/logos/acme.png',
      'public/logos/acme.webp',
      'public/logos/acme.jpg',
    ].map((path) => ({ status: 'added' as const, path, mode: '100644' }));
    assert.deepEqual(contributorPathProblems(changes), []);
  });
});

describe('a NUL-separated git diff --raw listing', () => {
  it('gives each path whole, with its mode and object', () => {
    const changes = parseChanges(list('types-and-names.raw-z'));
    assert.deepEqual(
      changes.map((c) => [c.status, c.path, c.mode]),
      [
        ['added', 'content/companies/acme-corp-tools.md', '100755'],
        ['added', 'content/jobs/acme-corp\nstaff.md', '100644'],
        ['renamed', 'content/jobs/acme-corp-golang.md', '100644'],
        ['added', 'content/jobs/acme-corp-link.md', '120000'],
        ['deleted', 'content/jobs/acme-corp-old.md', '000000'],
        ['added', 'content/jobs/acme-corp-platform.md', '160000'],
        ['added', 'content/jobs/acme-corp-python.md', '100644'],
        ['added', 'content/jobs/acme-сorp-rust.md', '100644'],
      ],
    );
    assert.equal(changes[2]!.from, 'content/jobs/acme-corp-go.md');
    assert.equal(changes[3]!.object, 'fe840054137e2ccda075344f21e728249a60a2fc');
    assert.equal(changes[4]!.object, undefined);
  });

  it('reads the same changes from the one-line-per-change form, with git’s quoting', () => {
    const text = [
      ':000000 100755 0000000 587be6b A\tcontent/companies/acme-corp-tools.md',
      ':000000 100644 0000000 bec81d2 A\t"content/jobs/acme-corp\\nstaff.md"',
      ':100644 100644 4023f20 4023f20 R100\tcontent/jobs/acme-corp-go.md\tcontent/jobs/acme-corp-golang.md',
      ':000000 120000 0000000 fe84005 A\tcontent/jobs/acme-corp-link.md',
      ':100644 000000 3367afd 0000000 D\tcontent/jobs/acme-corp-old.md',
      ':000000 160000 0000000 8a0747e A\tcontent/jobs/acme-corp-platform.md',
      ':000000 100644 0000000 fdc793e A\tcontent/jobs/acme-corp-python.md',
      ':000000 100644 0000000 fe660e5 A\t"content/jobs/acme-\\321\\201orp-rust.md"',
    ].join('\n');
    const strip = (changes: Change[]) => changes.map(({ object: _object, ...rest }) => rest);
    assert.deepEqual(strip(parseChanges(text)), strip(parseChanges(list('types-and-names.raw-z'))));
  });

  it('is refused when it ends in the middle of an entry', () => {
    assert.throws(
      () => parseChanges('R100\0content/jobs/a.md\0'),
      /^Error: the listing ends in the middle of an entry/,
    );
    assert.throws(
      () => parseChanges(':100644 100644 abc def\0content/jobs/a.md\0'),
      /^Error: not git diff --raw or --name-status output/,
    );
  });

  it('is checked by npm run check-paths --from without a repository: every type and name refused', () => {
    const empty = mkdtempSync(join(tmpdir(), 'paths-from-'));
    try {
      const { code, stdout } = run(
        ['--from', join(FIXTURES, 'changed-files/types-and-names.raw-z'), '--author-association', 'NONE'],
        empty,
      );
      assert.deepEqual(lines(stdout), [
        'content/companies/acme-corp-tools.md: is executable (git mode 100755); a company is data that nothing should run, so commit it without the executable bit: git update-index --chmod=-x -- content/companies/acme-corp-tools.md',
        // Sorted by the name itself: a line break comes before a hyphen.
        `"content/jobs/acme-corp\\nstaff.md": ${slugRule('posting')}; character 10 is a line break (U+000A). Rename it to acme-corp-staff.md`,
        "content/jobs/acme-corp-go.md: is renamed to content/jobs/acme-corp-golang.md; a file's name is its address on the board, so only a maintainer renames one. Change the file in place instead",
        'content/jobs/acme-corp-link.md: is a symbolic link; each posting is one regular file content/jobs/<slug>.md (links are never followed)',
        'content/jobs/acme-corp-old.md: is deleted; contributors add or change postings but do not delete them. To close a posting, set status: filled (or ask a maintainer to run npm run close)',
        'content/jobs/acme-corp-platform.md: is a submodule (a gitlink to another repository); each posting is one regular file content/jobs/<slug>.md',
        `content/jobs/acme-сorp-rust.md: ${slugRule('posting')}; character 6 is the Cyrillic letter "с" (U+0441), which looks like the Latin "c". Rename it to acme-corp-rust.md`,
        refused(7, 8),
      ]);
      assert.equal(code, 1);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('paths in text output', () => {
  it('are quoted as git quotes them when they hold a control or invisible character, a quote or a backslash', () => {
    assert.equal(quotePath('content/jobs/acme-corp.md'), 'content/jobs/acme-corp.md');
    assert.equal(quotePath('content/jobs/crème.md'), 'content/jobs/crème.md');
    assert.equal(quotePath('content/jobs/a\nb.md'), '"content/jobs/a\\nb.md"');
    assert.equal(quotePath('content/jobs/\x1b[31mred.md'), '"content/jobs/\\033[31mred.md"');
    assert.equal(quotePath('content/jobs/\u202eevil.md'), '"content/jobs/\\342\\200\\256evil.md"');
    assert.equal(quotePath('content/jobs/"a"\\b.md'), '"content/jobs/\\"a\\"\\\\b.md"');
    for (const path of ['content/jobs/a\nb\t\r\v\f\x07\b.md', 'content/jobs/\u202e\u200b"\\.md', 'plain.md']) {
      assert.deepEqual(parseNameStatus(`A\t${quotePath(path)}\n`), [{ status: 'added', path }], JSON.stringify(path));
    }
  });
});
