// The contributor-path check: on fixture lists of changed files, a pull request from someone who is not a
// maintainer passes only when it adds or changes postings, companies and logos; every other file is named.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentEntryOf, parseNameStatus, parseNameStatusZ } from '../../src/lib/changed-files.ts';
import { contributorPathProblems, isMaintainer, logoFileProblem } from '../../src/lib/contributor-paths.ts';
import { FIXTURES } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHECK_PATHS = join(ROOT, 'scripts/check-paths.ts');

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
    assert.throws(() => parseNameStatus('X\tfile\n'), /not a line of git diff --name-status/);
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
        ['content/jobs/notes.txt', 'is not a Markdown file'],
        ['public/logos/acme-corp.html', 'is not a logo file name'],
        ['public/logos/Acme Corp.PNG', 'is not a logo file name'],
        ['content/pages/about.mdx', 'is an editorial page or another folder of content/'],
        ['public/robots.txt', 'is a public file other than a logo'],
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
      'public/logos/link-corp.svg: is not a regular file (links and folders are not accepted); add the image itself',
    ]);
  });

  it('takes the changes from git with --base, renames and odd file names included', () => {
    const repo = mkdtempSync(join(tmpdir(), 'paths-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: {
          ...process.env,
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_AUTHOR_NAME: 'Test',
          GIT_AUTHOR_EMAIL: 'test@example.com',
          GIT_COMMITTER_NAME: 'Test',
          GIT_COMMITTER_EMAIL: 'test@example.com',
        },
      });
    try {
      git('init', '-q', '-b', 'main');
      mkdirSync(join(repo, 'content/jobs'), { recursive: true });
      writeFileSync(join(repo, 'content/jobs/acme-corp-go.md'), 'a posting\n'.repeat(20));
      writeFileSync(join(repo, 'README.md'), 'readme\n');
      git('add', '.');
      git('commit', '-q', '-m', 'base');
      git('mv', 'content/jobs/acme-corp-go.md', 'content/jobs/acme-corp-golang.md');
      writeFileSync(join(repo, 'content/jobs/acme corp "new".md'), 'new\n');
      writeFileSync(join(repo, 'README.md'), 'changed\n');
      git('add', '.');
      git('commit', '-q', '-m', 'change');
      const { code, stdout } = run(['--base', 'HEAD^1'], repo, { AUTHOR_ASSOCIATION: 'CONTRIBUTOR' });
      assert.equal(code, 1);
      assert.deepEqual(
        stdout
          .trimEnd()
          .split('\n')
          .map((line) => line.split(':')[0]),
        ['README.md', 'content/jobs/acme-corp-go.md', '✗ 2 of 3 changed files may not be changed by a contributor'],
      );
    } finally {
      rmSync(repo, { recursive: true, force: true });
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
