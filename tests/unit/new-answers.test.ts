// One answer of npm run new checked on its own (answerProblems): the validator's message for that answer and no
// other, at a cost that does not grow with the board, and each problem of a draft led back to its answer.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BoardInput } from '../../src/board/board.ts';
import type { ContentEntry } from '../../src/board/content-entry.ts';
import { readContentDir } from '../../src/build/content-files.ts';
import { answerKeyOf, answerProblems, draftPosting, type Answers } from '../../scripts/new/posting.ts';
import { BASE_BOARD, TODAY } from './helpers.ts';

const ANSWERS: Answers = {
  company: 'acme-corp',
  title: 'Staff Engineer, Payments',
  level: 'staff',
  workplace: 'remote',
  'remote-from': 'eu',
  salary: '120k-150k',
  currency: 'EUR',
  stack: 'go',
  apply: 'https://acme.example/careers/payments',
};

function board(extra: { jobs?: ContentEntry[]; companies?: ContentEntry[] } = {}): BoardInput {
  return {
    jobs: [...readContentDir(BASE_BOARD, 'content/jobs'), ...(extra.jobs ?? [])],
    companies: [...readContentDir(BASE_BOARD, 'content/companies'), ...(extra.companies ?? [])],
    publicFile: () => undefined,
    today: TODAY,
  };
}

/** A file that fails the test if anything reads it. */
function untouchable(path: string): ContentEntry {
  return {
    path,
    type: 'file',
    size: 10,
    get bytes(): Uint8Array {
      throw new Error(`${path} was read`);
    },
  };
}

describe('one answer checked on its own', () => {
  it("gives the validator's message for that answer and none for the others", () => {
    const answers = { ...ANSWERS, level: 'sen', stack: 'postgres', apply: undefined };
    const problems = answerProblems(board(), TODAY, answers, 'stack');
    assert.deepEqual(
      problems.map((p) => `${p.field}: ${p.message}`),
      [
        'stack[0]: found "postgres"; allowed: a tag from the stack vocabulary (CONTRIBUTING.md lists them all). Did you mean "postgresql"?',
      ],
    );
    assert.deepEqual(answerProblems(board(), TODAY, ANSWERS, 'salary'), []);
    assert.match(
      answerProblems(board(), TODAY, { ...ANSWERS, salary: '100k-300k' }, 'salary')[0]!.message,
      /^found 300000, more than 2 × min \(100000\)/,
    );
  });

  it('reads no posting and no other company, however many the board has', () => {
    const jobs = Array.from({ length: 1000 }, (_, i) => untouchable(`content/jobs/posting-${i}.md`));
    const companies = Array.from({ length: 100 }, (_, i) => untouchable(`content/companies/company-${i}.md`));
    const large = board({ jobs, companies });
    assert.deepEqual(answerProblems(large, TODAY, ANSWERS, 'title'), []);
    assert.match(
      answerProblems(large, TODAY, { ...ANSWERS, apply: 'http://acme.example/x' }, 'apply')[0]!.message,
      /only https: links are accepted/,
    );
  });

  it('names a title whose file exists already', () => {
    const [problem] = answerProblems(board(), TODAY, { ...ANSWERS, title: 'Staff Backend Engineer' }, 'title');
    assert.equal(
      problem?.message,
      'content/jobs/acme-corp-staff-backend-engineer.md already exists; choose another title or edit that file',
    );
  });

  it("checks a new company's name and website like a company file", () => {
    const answers = { ...ANSWERS, company: 'globex', 'company-name': 'G', 'company-website': 'http://globex.example' };
    assert.deepEqual(
      answerProblems(board(), TODAY, answers, 'company-website').map((p) => p.message),
      ['found "http://globex.example": only https: links are accepted; use https://globex.example'],
    );
    assert.equal(answerProblems(board(), TODAY, answers, 'company-name').length, 1);
    // Asked before the slug is chosen, or with the slug of a company the board has, it is still checked.
    for (const company of [undefined, 'acme-corp']) {
      assert.deepEqual(
        answerProblems(board(), TODAY, { ...answers, company }, 'company-website').map((p) => p.message),
        ['found "http://globex.example": only https: links are accepted; use https://globex.example'],
      );
    }
  });
});

describe("a draft's problems led back to their answers", () => {
  it('maps each field of the posting and the company to the answer that gives it', () => {
    const answers: Answers = {
      ...ANSWERS,
      company: 'globex',
      'company-name': 'Globex',
      'company-website': 'ftp://globex.example',
      level: 'lead',
      workplace: 'hybrid',
      office: 'Berlin,Germany',
      salary: '300k-100k',
      stack: 'go,cobol',
      expires: '+200d',
    };
    const draft = draftPosting(board(), TODAY, answers);
    assert.deepEqual(
      draft.problems.map((p) => [p.field, answerKeyOf(p, draft.jobPath)]),
      [
        ['website', 'company-website'],
        ['level', 'level'],
        ['offices[0].country', 'office'],
        ['salary.max', 'salary'],
        ['stack[1]', 'stack'],
        ['expires', 'expires'],
      ],
    );
    // The template's placeholders are what is left to write, not a reason to write nothing.
    assert.equal(draft.unfinished.length, 7);
  });
});
