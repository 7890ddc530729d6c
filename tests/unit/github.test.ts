// The repository's GitHub files: workflows that parse, run safely and call only scripts that exist; the
// issue form asking for exactly a posting's fields with the vocabulary's values; CODEOWNERS and the
// pull request template.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { JobSchema, SalarySchema } from '../../src/board/schema.ts';
import {
  CURRENCIES,
  EMPLOYMENT_TYPES,
  INTERVIEW_STEPS,
  LEVELS,
  REGIONS,
  SALARY_PERIODS,
  STACK_TAGS,
  WORKPLACES,
} from '../../src/board/vocabulary.ts';
import { SITE } from '../../src/site/site.ts';
import { githubFiles } from '../../scripts/docs/github-files.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOWS = `${ROOT}.github/workflows/`;

interface Step {
  uses?: string;
  run?: string;
  'timeout-minutes'?: number;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  steps: Step[];
  if?: string;
  needs?: string | string[];
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: unknown };
  jobs: Record<string, Job>;
}

function load<T>(path: string): T {
  return yaml.load(readFileSync(path, 'utf8')) as T;
}

const workflowFiles = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f));
const workflows = new Map(workflowFiles.map((f) => [f, load<Workflow>(WORKFLOWS + f)]));
const sources = new Map(workflowFiles.map((f) => [f, readFileSync(WORKFLOWS + f, 'utf8')]));
const scripts = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe('GitHub workflows', () => {
  it('are the pull request checks, the deployment, the link check, the board report and the posting intake', () => {
    for (const file of ['ci.yml', 'deploy.yml', 'links.yml', 'report.yml', 'intake.yml']) {
      assert.ok(workflows.has(file), file);
    }
  });

  it('never put an expression into a script: what a run step needs comes through its environment', () => {
    // An issue's or a pull request's text pasted into a script by ${{ }} would run as shell; even numbers and
    // names go through env:, so no script needs to be read to know it holds none.
    let scripts = 0;
    for (const [file, workflow] of workflows) {
      for (const [name, job] of Object.entries(workflow.jobs)) {
        for (const step of job.steps.filter((s) => s.run !== undefined)) {
          assert.doesNotMatch(step.run!, /\$\{\{/, `${file} ${name}: ${step.run!.trim().split('\n')[0]}`);
          scripts++;
        }
      }
    }
    assert.ok(scripts > 20, `${scripts}`);
  });

  it('never run on pull_request_target and grant read-only contents by default', () => {
    for (const [file, workflow] of workflows) {
      assert.ok(!('pull_request_target' in workflow.on), file);
      const code = sources.get(file)!.replace(/#.*$/gm, '');
      assert.doesNotMatch(code, /pull_request_target|workflow_run/, file);
      assert.deepEqual(workflow.permissions, { contents: 'read' }, `${file}: top-level permissions`);
    }
  });

  it('pin every action to a full commit SHA with its version as a comment', () => {
    for (const [file, source] of sources) {
      const uses = [...source.matchAll(/uses:\s*(\S+)(.*)$/gm)];
      assert.ok(uses.length > 0, file);
      for (const [, action, comment] of uses) {
        assert.match(action!, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, `${file}: ${action}`);
        assert.match(comment!, /^\s+# v\d+\.\d+\.\d+$/, `${file}: ${action} needs a # vX.Y.Z comment`);
      }
    }
  });

  it('give every job a timeout and a pinned runner, and every workflow a concurrency group', () => {
    for (const [file, workflow] of workflows) {
      assert.ok(workflow.concurrency?.group, `${file}: concurrency`);
      for (const [name, job] of Object.entries(workflow.jobs)) {
        assert.ok(typeof job['timeout-minutes'] === 'number' && job['timeout-minutes'] <= 30, `${file} ${name}`);
        assert.match(job['runs-on'], /^ubuntu-\d+\.\d+$/, `${file} ${name}`);
      }
    }
  });

  it("bound every step that reads contributors' files with a timeout shorter than its job's", () => {
    let bounded = 0;
    for (const [file, workflow] of workflows) {
      for (const [name, job] of Object.entries(workflow.jobs)) {
        for (const step of job.steps.filter((s) =>
          /npm run (?:--silent )?(validate|build|check-paths|intake)\b/.test(s.run ?? ''),
        )) {
          const minutes = step['timeout-minutes'];
          assert.ok(
            typeof minutes === 'number' && minutes < job['timeout-minutes']!,
            `${file} ${name}: ${step.run!.trim().split('\n').at(-1)}`,
          );
          bounded++;
        }
      }
    }
    assert.equal(bounded, 5);
  });

  it('check out without keeping the token in the repository', () => {
    for (const [file, workflow] of workflows) {
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) {
          assert.equal(step.with?.['persist-credentials'], false, file);
        }
      }
    }
  });

  it('run only npm scripts and files that exist', () => {
    for (const [file, source] of sources) {
      for (const [, name] of source.matchAll(/npm run (?:--silent )?([\w:-]+)/g)) {
        assert.ok(name! in scripts, `${file} runs npm run ${name}, which package.json does not define`);
      }
      for (const [, path] of source.matchAll(/node (scripts\/[\w./-]+)/g)) {
        assert.ok(existsSync(ROOT + path!), `${file} runs ${path}`);
      }
      for (const [, path] of source.matchAll(/node-version-file: (\S+)/g)) {
        assert.ok(existsSync(ROOT + path!), `${file} reads ${path}`);
      }
    }
  });

  it('checks pull requests: contributor paths, the changed content with a summary, then build and tests', () => {
    const ci = workflows.get('ci.yml')!;
    assert.ok('pull_request' in ci.on);
    assert.match(ci.concurrency!.group, /github\.ref/);
    const runs = (job: string) => ci.jobs[job]!.steps.map((s) => s.run ?? '').join('\n');
    assert.match(runs('paths'), /npm run check-paths -- --base HEAD\^1 --summary "\$GITHUB_STEP_SUMMARY"/);
    assert.equal(
      ci.jobs['paths']!.steps.at(-1)!.env?.['AUTHOR_ASSOCIATION'],
      '${{ github.event.pull_request.author_association }}',
    );
    // NUL-separated, so no file name can be read as two; submodules listed even when configuration would hide them.
    assert.match(runs('content'), /git diff --name-status -z --no-renames --ignore-submodules=none HEAD\^1 HEAD/);
    assert.match(
      runs('content'),
      /npm run validate -- --files-from .* --format github --summary "\$GITHUB_STEP_SUMMARY"/,
    );
    assert.match(runs('test'), /npm run build/);
    assert.match(runs('test'), /npm test/);
    assert.equal(ci.jobs['test']!.env?.['CHROMIUM_PATH'], '/usr/bin/google-chrome');
    for (const job of Object.values(ci.jobs)) assert.equal(job.permissions, undefined, 'no job widens permissions');
  });

  it('deploys to GitHub Pages on pushes to main and every day, building with the day’s date', () => {
    const deploy = workflows.get('deploy.yml')!;
    assert.deepEqual(deploy.on['push'], { branches: ['main'] });
    const schedule = deploy.on['schedule'] as Array<{ cron: string }>;
    assert.match(schedule[0]!.cron, /^\d+ \d+ \* \* \*$/, 'daily');
    const build = deploy.jobs['build']!;
    assert.match(build.steps.map((s) => s.run ?? '').join('\n'), /BOARD_DATE="\$\(date -u \+%F\)"[\s\S]*npm run build/);
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!;
    assert.equal(upload.with?.['path'], 'dist/');
    const publish = deploy.jobs['deploy']!;
    assert.deepEqual(publish.permissions, { pages: 'write', 'id-token': 'write' });
    assert.ok(publish.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    assert.equal(build.permissions, undefined, 'the build job keeps read-only permissions');
  });

  it('deploys an incremental build that keeps Astro’s cache between runs but never an earlier dist/', () => {
    const build = workflows.get('deploy.yml')!.jobs['build']!;
    const building = build.steps.find((s) => /npm run build/.test(s.run ?? ''))!;
    assert.equal(building.env?.['BOARD_INCREMENTAL'], '1');
    const caches = build.steps.filter((s) => s.uses?.startsWith('actions/cache@'));
    const cached = caches.flatMap((s) => String(s.with?.['path'] ?? '').split('\n')).map((p) => p.trim());
    assert.deepEqual(cached.filter(Boolean), ['node_modules/.astro']);
    const restored = build.steps.indexOf(caches[0]!);
    assert.ok(restored > build.steps.findIndex((s) => /npm ci/.test(s.run ?? '')), 'restored after npm ci');
    assert.ok(restored < build.steps.indexOf(building));
  });

  for (const [file, job, command, label] of [
    ['links.yml', 'check', /npm run --silent check-links/, 'link-health'],
    ['report.yml', 'report', /npm run --silent report -- --days 7 --format json[^]*--format markdown/, 'board-report'],
  ] as const) {
    it(`${file}: runs weekly and keeps one issue labelled ${label}; only the issue job writes issues, with gh`, () => {
      const workflow = workflows.get(file)!;
      const schedule = workflow.on['schedule'] as Array<{ cron: string }>;
      assert.match(schedule[0]!.cron, /^\d+ \d+ \* \* [0-6]$/, 'weekly');
      assert.equal(workflow.jobs[job]!.permissions, undefined);
      assert.deepEqual(workflow.jobs['issue']!.permissions, { issues: 'write' });
      assert.match(workflow.jobs[job]!.steps.map((s) => s.run ?? '').join('\n'), command);
      const issue = workflow.jobs['issue']!;
      assert.ok(issue.steps.every((s) => s.uses === undefined));
      const script = issue.steps.map((s) => s.run ?? '').join('\n');
      assert.match(script, new RegExp(`gh issue list --label ${label} --state open`));
      assert.match(script, new RegExp(`gh issue create .*--label ${label}`));
      assert.match(script, /gh issue edit/);
      // Closed when there is nothing to say.
      assert.match(script, /elif \[ -n "\$number" \]; then\n\s*gh issue close/);
      // The report comes through the environment, never pasted into the script where it could run.
      assert.doesNotMatch(script, /\$\{\{/);
    });
  }
});

interface FormElement {
  type: 'markdown' | 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  id?: string;
  attributes: { label?: string; description?: string; options?: unknown[]; multiple?: boolean; value?: string };
  validations?: { required?: boolean };
}

describe('the issue form for a posting', () => {
  const form = load<{ name: string; labels: string[]; body: FormElement[] }>(
    `${ROOT}.github/ISSUE_TEMPLATE/posting.yml`,
  );
  const element = (id: string) => form.body.find((e) => e.id === id)!;

  it('asks for exactly the fields of a posting, its description, and a new company’s description', () => {
    const asked = form.body.filter((e) => e.type !== 'markdown' && e.type !== 'checkboxes').map((e) => e.id);
    // status and draft are the board's business, not a submitter's: a new posting is open and published.
    const fields = Object.keys(JobSchema.shape)
      .filter((key) => key !== 'status' && key !== 'draft')
      .flatMap((key) => (key === 'salary' ? Object.keys(SalarySchema.shape).map((k) => `salary-${k}`) : [key]));
    assert.deepEqual([...asked].sort(), [...fields, 'description', 'companyDescription'].sort());
    for (const e of form.body) if (e.id) assert.match(e.id, /^[A-Za-z0-9_-]+$/, e.id);
  });

  it('offers the vocabulary’s values as dropdowns, so the form cannot drift from the schema', () => {
    const options = (id: string) => element(id).attributes.options;
    assert.deepEqual(options('level'), Object.keys(LEVELS));
    assert.deepEqual(options('employmentType'), Object.keys(EMPLOYMENT_TYPES));
    assert.deepEqual(options('workplace'), Object.keys(WORKPLACES));
    assert.deepEqual(options('salary-currency'), Object.keys(CURRENCIES));
    assert.deepEqual(options('salary-period'), Object.keys(SALARY_PERIODS));
    assert.deepEqual(options('stack'), Object.keys(STACK_TAGS));
    assert.equal(element('stack').attributes.multiple, true);
    assert.deepEqual(options('equity'), ['yes', 'no']);
    assert.deepEqual(options('visaSponsorship'), ['yes', 'no']);
    for (const region of Object.keys(REGIONS))
      assert.match(element('remoteFrom').attributes.description!, new RegExp(`\\b${region}\\b`));
    for (const step of Object.keys(INTERVIEW_STEPS))
      assert.match(element('interview').attributes.description!, new RegExp(`\\b${step}\\b`));
  });

  it('requires what the schema requires', () => {
    const required = form.body.filter((e) => e.validations?.required && e.type !== 'checkboxes').map((e) => e.id);
    assert.deepEqual(required.sort(), [
      'apply',
      'company',
      'description',
      'employmentType',
      'expires',
      'level',
      'salary-currency',
      'salary-max',
      'salary-min',
      'salary-period',
      'stack',
      'title',
      'workplace',
    ]);
  });

  it('asks the submitter to confirm the salary, the employer and the apply link, and links this repository', () => {
    const checks = element('checks').attributes.options as Array<{ label: string; required: boolean }>;
    assert.equal(checks.length, 3);
    assert.ok(checks.every((c) => c.required));
    const intro = form.body[0]!.attributes.value!;
    assert.ok(intro.includes(`${SITE.repository}/blob/main/CONTRIBUTING.md#posting-fields`));
  });
});

describe('the GitHub files written from board.config.ts', () => {
  it('are exactly what npm run docs writes: CODEOWNERS, the issue forms and the pull request template', () => {
    const files = githubFiles();
    assert.deepEqual(Object.keys(files).sort(), [
      '.github/CODEOWNERS',
      '.github/ISSUE_TEMPLATE/config.yml',
      '.github/ISSUE_TEMPLATE/posting.yml',
      '.github/pull_request_template.md',
    ]);
    for (const [path, text] of Object.entries(files)) {
      assert.equal(readFileSync(`${ROOT}${path}`, 'utf8'), text, `${path}: run npm run docs and commit the result`);
    }
  });
});

describe('CODEOWNERS and the pull request template', () => {
  it('make the maintainers of the repository’s organisation own every path, content included', () => {
    const owner = `@${new URL(SITE.repository).pathname.split('/')[1]}/maintainers`;
    const rules = readFileSync(`${ROOT}.github/CODEOWNERS`, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.trim().split(/\s+/));
    assert.deepEqual(rules[0], ['*', owner]);
    for (const folder of ['/content/jobs/', '/content/companies/', '/public/logos/']) {
      assert.deepEqual(
        rules.find((r) => r[0] === folder),
        [folder, owner],
      );
    }
  });

  it('gives reviewers the checklist: salary shown, the hiring company, an apply link to the posting itself', () => {
    const template = readFileSync(`${ROOT}.github/pull_request_template.md`, 'utf8');
    for (const item of [
      'Salary shown',
      'The employer is the hiring company',
      'The apply link goes to the posting itself',
    ]) {
      assert.match(template, new RegExp(`- \\[ \\] \\*\\*${item}\\*\\*`));
    }
  });
});
