// The Posting intake workflow (.github/workflows/intake.yml): what starts it, what each job may do, and its scripts
// run as GitHub runs them, in real git repositories, with the real npm run intake behind `npm` and a `gh` that
// records what it was asked to do instead of calling GitHub.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { BASE_BOARD } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ISSUES = join(ROOT, 'tests/fixtures/issues');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'timeout-minutes'?: number;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency: { group: string };
  jobs: Record<string, Job>;
}

const workflow = yaml.load(readFileSync(join(ROOT, '.github/workflows/intake.yml'), 'utf8')) as Workflow;
const job = (name: string) => workflow.jobs[name]!;
const script = (name: string) => job(name).steps.at(-1)!.run!;

describe('the Posting intake workflow', () => {
  it('starts when an issue is labelled, for the accepted label on an open issue of the form only', () => {
    assert.deepEqual(workflow.on, { issues: { types: ['labeled'] } });
    const condition = job('draft').if!.replace(/\s+/g, ' ');
    assert.equal(
      condition,
      "github.event.label.name == 'accepted' && github.event.issue.state == 'open' && contains(github.event.issue.labels.*.name, 'posting')",
    );
    assert.equal(job('pull-request').if, "needs.draft.outputs.outcome == 'pull-request'");
    assert.equal(job('comment').if, "needs.draft.outputs.outcome == 'comment'");
    assert.equal(workflow.concurrency.group, 'posting-intake-${{ github.event.issue.number }}');
  });

  it('has exactly the permissions each job needs: reading the body writes nothing', () => {
    assert.deepEqual(workflow.permissions, { contents: 'read' });
    assert.equal(job('draft').permissions, undefined, 'the draft job keeps contents: read');
    assert.deepEqual(job('pull-request').permissions, { contents: 'write', 'pull-requests': 'write' });
    assert.deepEqual(job('comment').permissions, { issues: 'write' });
    // The jobs that can write run no npm and no code of the repository: they apply the draft job's result.
    for (const name of ['pull-request', 'comment']) {
      const runs = job(name)
        .steps.map((s) => s.run ?? '')
        .join('\n');
      assert.doesNotMatch(runs, /\bnpm\b|\bnode\b/, name);
    }
    assert.equal(job('draft').env?.['GH_TOKEN'], undefined, 'no token for npm ci and the command');
  });

  it('lets only a labeler with write access start it, and reads the body from the event file', () => {
    const check = job('draft').steps[0]!;
    assert.equal(check.env?.['SENDER'], '${{ github.event.sender.login }}');
    assert.match(check.run!, /gh api "repos\/\$GH_REPO\/collaborators\/\$SENDER\/permission" --jq \.permission/);
    assert.match(check.run!, /admin \| maintain \| write\) ;;/);
    const intake = job('draft').steps.find((s) => s.id === 'intake')!;
    assert.match(intake.run!, /jq -j '\.issue\.body \/\/ ""' "\$GITHUB_EVENT_PATH" > "\$RUNNER_TEMP\/issue\.md"/);
    assert.deepEqual(intake.env, { ISSUE: '${{ github.event.issue.number }}' });
    assert.ok(intake['timeout-minutes']! < 15);
  });

  it('opens the pull request on posting/issue-N as github-actions[bot], and comments with gh on problems', () => {
    assert.match(script('pull-request'), /branch="posting\/issue-\$ISSUE"/);
    assert.match(script('pull-request'), /user\.name='github-actions\[bot\]'/);
    assert.match(script('pull-request'), /gh pr create --base "\$BASE" --head "\$branch"/);
    assert.match(script('comment'), /gh issue comment "\$ISSUE" --body-file "\$RUNNER_TEMP\/intake\/comment\.md"/);
    assert.match(script('comment'), /gh issue edit "\$ISSUE" --remove-label accepted/);
  });
});

/** Runs a workflow script as GitHub does (bash -eo pipefail), with `npm` and `gh` from `bin`. */
function bash(scriptText: string, cwd: string, env: Record<string, string>) {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', scriptText], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', BOARD_DATE: '2026-11-28', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

describe('the Posting intake workflow’s scripts', () => {
  let work: string;
  let bin: string;
  let origin: string;
  let ghLog: string;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'intake-workflow-'));
    bin = join(work, 'bin');
    mkdirSync(bin);
    ghLog = join(work, 'gh.log');
    // `npm run --silent intake -- …` is the real command; anything else npm is asked is a failure.
    writeFileSync(
      join(bin, 'npm'),
      `#!/bin/sh\n[ "$1 $2 $3 $4" = "run --silent intake --" ] || exit 99\nshift 4\nexec "${process.execPath}" "${ROOT}scripts/intake.ts" "$@"\n`,
    );
    // gh records each call, one per line; `gh pr list` finds no open pull request.
    writeFileSync(join(bin, 'gh'), `#!/bin/sh\nprintf '%s\\n' "$*" >> "${ghLog}"\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    chmodSync(join(bin, 'gh'), 0o755);

    origin = join(work, 'origin.git');
    const seed = join(work, 'seed');
    cpSync(BASE_BOARD, seed, { recursive: true });
    git(work, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
    git(seed, 'init', '--quiet', '--initial-branch=main');
    git(seed, 'add', '-A');
    git(seed, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'board');
    git(seed, 'push', '--quiet', origin, 'main');
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  /** A checkout of main and a runner's folders, as each job starts with. */
  function runner(name: string) {
    const checkout = join(work, name);
    git(work, 'clone', '--quiet', origin, checkout);
    const temp = join(work, `${name}-temp`);
    mkdirSync(temp);
    const env = {
      PATH: `${bin}:${process.env['PATH']}`,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      ISSUE: '7',
      GH_TOKEN: 'token-for-the-test',
      GH_REPO: 'senior-backend-jobs/board',
      BASE: 'main',
    };
    return { checkout, temp, env };
  }

  /** The draft job's script on an issue `body`, then its artifact as the next jobs download it. */
  function draft(name: string, body: string) {
    const r = runner(name);
    const event = join(r.temp, 'event.json');
    writeFileSync(event, JSON.stringify({ issue: { number: 7, body } }));
    const step = job('draft').steps.find((s) => s.id === 'intake')!;
    const result = bash(step.run!, r.checkout, { ...r.env, GITHUB_EVENT_PATH: event });
    const output = existsSync(r.env.GITHUB_OUTPUT) ? readFileSync(r.env.GITHUB_OUTPUT, 'utf8') : '';
    return { ...r, result, output, artifact: join(r.temp, 'intake') };
  }

  /** The pull-request or comment job's script, with the draft's artifact downloaded. */
  function apply(jobName: 'pull-request' | 'comment', artifact: string) {
    const r = runner(`${jobName}-${Math.random().toString(36).slice(2)}`);
    cpSync(artifact, join(r.temp, 'intake'), { recursive: true });
    rmSync(ghLog, { force: true });
    const result = bash(script(jobName), r.checkout, r.env);
    const gh = existsSync(ghLog) ? readFileSync(ghLog, 'utf8') : '';
    return { ...r, result, gh };
  }

  it('turns a good issue into a commit by github-actions[bot] on posting/issue-7 and a pull request', () => {
    const body = readFileSync(join(ISSUES, 'new-company.md'), 'utf8');
    const drafted = draft('draft-good', body);
    assert.equal(drafted.result.code, 0, drafted.result.stderr);
    assert.equal(drafted.output, 'outcome=pull-request\n');
    assert.match(readFileSync(drafted.env.GITHUB_STEP_SUMMARY, 'utf8'), /^Closes #7$/m);

    const opened = apply('pull-request', drafted.artifact);
    assert.equal(opened.result.code, 0, opened.result.stderr);
    const files = git(origin, 'diff', '--name-status', 'main', 'posting/issue-7');
    assert.equal(
      files,
      'A\tcontent/companies/globex-corporation.md\nA\tcontent/jobs/globex-corporation-staff-backend-engineer-ledger.md\n',
    );
    assert.equal(
      git(origin, 'log', '-1', '--format=%an <%ae>%n%s', 'posting/issue-7'),
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\nAdd the posting submitted in issue #7\n',
    );
    const bodyFile = join(opened.temp, 'intake/pull-request.md');
    assert.equal(
      opened.gh,
      `pr list --head posting/issue-7 --state open --limit 1 --json number --jq .[0].number // empty\n` +
        `pr create --base main --head posting/issue-7 --title Posting from issue #7 --body-file ${bodyFile}\n`,
    );
    assert.match(readFileSync(bodyFile, 'utf8'), /^Closes #7\n/);
  });

  it('comments the problems on the issue and removes the label, opening nothing', () => {
    const drafted = draft('draft-problems', readFileSync(join(ISSUES, 'problems.md'), 'utf8'));
    assert.equal(drafted.result.code, 0, drafted.result.stderr);
    assert.equal(drafted.output, 'outcome=comment\n');
    assert.ok(!existsSync(join(drafted.artifact, 'posting.patch')));
    const commented = apply('comment', drafted.artifact);
    assert.equal(commented.result.code, 0, commented.result.stderr);
    assert.equal(
      commented.gh,
      `issue comment 7 --body-file ${join(commented.temp, 'intake/comment.md')}\nissue edit 7 --remove-label accepted\n`,
    );
    assert.match(
      readFileSync(join(commented.temp, 'intake/comment.md'), 'utf8'),
      /^\| Company \\\(company\\\) \| `"Acme Crop"/m,
    );
  });

  it('stops with the command’s exit code, and no outcome, when the command was run wrongly', () => {
    const r = runner('draft-usage');
    const event = join(r.temp, 'event.json');
    writeFileSync(event, JSON.stringify({ issue: { number: 7, body: 'x' } }));
    const step = job('draft').steps.find((s) => s.id === 'intake')!;
    const result = bash(step.run!, r.checkout, { ...r.env, GITHUB_EVENT_PATH: event, BOARD_DATE: 'soon' });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /^intake: BOARD_DATE=soon /m);
    assert.ok(!existsSync(r.env.GITHUB_OUTPUT));
  });

  it('refuses a draft that changes anything but new postings and companies, pushing nothing', () => {
    const drafted = draft('draft-tampered', readFileSync(join(ISSUES, 'existing-company.md'), 'utf8'));
    assert.equal(drafted.result.code, 0, drafted.result.stderr);
    const original = readFileSync(join(drafted.artifact, 'posting.patch'), 'utf8');
    spawnSync('git', ['branch', '--quiet', '-D', 'posting/issue-7'], { cwd: origin });
    for (const [what, extra] of [
      ['a workflow', 'mkdir -p .github/workflows && echo "on: push" > .github/workflows/evil.yml'],
      ['a symbolic link', 'ln -s /etc/passwd content/jobs/passwd.md'],
      ['an executable', 'printf "#!/bin/sh\\n" > content/jobs/run.md && chmod +x content/jobs/run.md'],
      ['a changed company', 'echo changed >> content/companies/acme-corp.md'],
    ] as const) {
      // The patch a compromised draft job could have uploaded: the posting and one thing more.
      const r = runner(`tamper-${what.replace(/\W/g, '-')}`);
      writeFileSync(join(r.temp, 'posting.patch'), original);
      git(r.checkout, 'apply', '--index', join(r.temp, 'posting.patch'));
      assert.equal(bash(extra, r.checkout, {}).code, 0, what);
      git(r.checkout, 'add', '-A');
      const tampered = join(work, `artifact-${what.replace(/\W/g, '-')}`);
      mkdirSync(tampered);
      writeFileSync(join(tampered, 'posting.patch'), git(r.checkout, 'diff', '--cached', '--binary'));
      cpSync(join(drafted.artifact, 'pull-request.md'), join(tampered, 'pull-request.md'));

      const refused = apply('pull-request', tampered);
      assert.equal(refused.result.code, 1, what);
      assert.match(refused.result.stdout, /::error::the draft changes more than a new posting and its company/, what);
      assert.equal(refused.gh, '', `${what}: gh was called`);
      assert.equal(
        spawnSync('git', ['rev-parse', '--verify', '--quiet', 'posting/issue-7'], { cwd: origin }).status,
        1,
        what,
      );
    }
  });
});
