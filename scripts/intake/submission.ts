// An issue of the "Submit a posting" form turned into a posting (and its company when new) with the same
// drafting as `npm run new --yes`, or into the problems to tell the submitter, each under the form's field it
// belongs to. Pure: the board comes in, the draft or the problems go out, and npm run intake writes them.

import { checkCompanyFile, type BoardInput } from '../../src/board/board.ts';
import { COMPANIES_DIR } from '../../src/build/content-files.ts';
import { didYouMean } from '../../src/board/did-you-mean.ts';
import { slugify } from '../../src/board/file-names.ts';
import type { Problem } from '../../src/board/problems.ts';
import { MAX_FILE_BYTES } from '../../src/board/schema.ts';
import { WORKPLACES } from '../../src/board/vocabulary.ts';
import { POSTING_FORM_FIELDS, formLabel, type FormFieldId } from '../lib/posting-form.ts';
import { draftPosting, type AnswerKey, type Answers, type Draft } from '../new/posting.ts';
import { ISSUE, parseIssueForm, type FormProblem } from './issue-form.ts';

/**
 * The largest issue body read: a posting file's limit and room for the form's headings. A larger body could
 * only make a posting the validator refuses, so it is refused before it is parsed.
 */
export const MAX_ISSUE_BYTES = MAX_FILE_BYTES + 16 * 1024;

export interface Submission {
  /** The posting and its company, when the answers make a valid posting. */
  draft: Draft | undefined;
  /** Everything to change in the issue, in the form's order; empty when `draft` can be written. */
  problems: FormProblem[];
}

interface KnownCompany {
  slug: string;
  name: string | undefined;
}

/** The board's companies with their names, as far as their files can be read. */
function knownCompanies(board: BoardInput): KnownCompany[] {
  return board.companies.map((entry) => ({
    slug: entry.path.slice(COMPANIES_DIR.length + 1).replace(/\.md$/, ''),
    name: checkCompanyFile(entry).data?.name,
  }));
}

/** A name, then a website (a scheme or `www.`, possibly in <> or ()) as its last word; undefined otherwise. */
function nameAndWebsite(text: string): { name: string; website: string } | undefined {
  const match = /^(.*\S)\s+(\S+)$/.exec(text);
  if (!match) return undefined;
  const [, before = '', last = ''] = match;
  const website = /^<(.*)>$/.exec(last)?.[1] ?? /^\((.*)\)$/.exec(last)?.[1] ?? last;
  if (!/^(?:[a-z][a-z0-9+.-]*:|www\.)/i.test(website)) return undefined;
  return { name: before.replace(/[\s,;:–—-]+$/, ''), website };
}

type CompanyAnswer = { company: string; name?: string; website?: string; isNew: boolean } | { problem: string };

/**
 * The company field: an existing slug, an existing company's name, or a new company's name and website, whose
 * slug is made from the name. A name the board does not know, without a website, is a problem with a suggestion.
 */
export function readCompany(value: string, companies: readonly KnownCompany[]): CompanyAnswer {
  const text = value.trim();
  if (!text) {
    return {
      problem: `is empty; give the company's slug when it is on the board (e.g. acme-corp), otherwise its name and its https:// website (e.g. "Acme Corp https://acme.example")`,
    };
  }
  const existing = (slug: string) =>
    companies.find((c) => c.slug === slug) ?? companies.find((c) => c.name && slugify(c.name) === slug);
  const exact = companies.find((c) => c.slug === text);
  if (exact) return { company: exact.slug, isNew: false };

  const withWebsite = nameAndWebsite(text);
  if (withWebsite) {
    const { name, website } = withWebsite;
    const slug = slugify(name);
    if (!slug) {
      return {
        problem: `the name before the website, "${name}", has no letter or digit to make the company's address from; write the company's name, then its website`,
      };
    }
    const known = existing(slug);
    if (known) return { company: known.slug, isNew: false };
    return { company: slug, name, website, isNew: true };
  }

  const known = existing(slugify(text));
  if (known) return { company: known.slug, isNew: false };
  const suggestion = didYouMean(
    slugify(text),
    companies.map((c) => c.slug),
  );
  const suggested = companies.find((c) => c.slug === suggestion);
  const hint = suggested ? ` Did you mean "${suggested.slug}"${suggested.name ? ` (${suggested.name})` : ''}?` : '';
  return {
    problem: `"${text}" is not a company on the board.${hint} If the company is new, give its name and its https:// website, e.g. "Acme Corp https://acme.example"`,
  };
}

/**
 * The label of the form field a validator problem belongs to, and what to say before its message: the item or
 * part (`stack[1]`, `offices[0].city`) or, for the new company's file, which of its fields.
 */
function formFieldOf(problem: Problem, jobPath: string): { label: string; prefix: string } {
  if (problem.file !== jobPath) {
    return problem.field === 'body'
      ? { label: formLabel('companyDescription'), prefix: '' }
      : { label: formLabel('company'), prefix: `the new company's ${problem.field}: ` };
  }
  // The file's name is made from the company and the title: a clash is fixed by another title.
  if (problem.field === 'file') return { label: formLabel('title'), prefix: '' };
  const path = problem.field.replace(/\[\d+\].*$/, '');
  const field = POSTING_FORM_FIELDS.find(
    (f) => 'field' in f && (path === f.field || path.startsWith(`${f.field}.`) || f.field.startsWith(`${path}.`)),
  );
  const prefix = field && 'field' in field && problem.field === field.field ? '' : `${problem.field}: `;
  return { label: field?.label ?? ISSUE, prefix };
}

/** The form fields whose answer is the same answer of `npm run new`; every other field is read on its own. */
type OneToOne = Exclude<
  FormFieldId,
  'company' | 'companyDescription' | 'offices' | 'salary-min' | 'salary-max' | 'description' | 'checks'
>;
// Every such field of the form must be here: a field added to the form and forgotten here is a type error.
const ANSWER_OF = {
  title: 'title',
  level: 'level',
  employmentType: 'employment-type',
  workplace: 'workplace',
  remoteFrom: 'remote-from',
  timezone: 'timezone',
  hours: 'hours',
  'salary-currency': 'currency',
  'salary-period': 'period',
  equity: 'equity',
  visaSponsorship: 'visa-sponsorship',
  stack: 'stack',
  interview: 'interview',
  posted: 'posted',
  expires: 'expires',
  apply: 'apply',
} as const satisfies Record<OneToOne, AnswerKey>;

/** The posting an issue's body describes, on `today`, checked against the board; or every problem with it. */
export function readSubmission(board: BoardInput, today: string, body: string): Submission {
  const form = parseIssueForm(body);
  const problems: FormProblem[] = [...form.problems];
  const v = form.values;
  const add = (id: FormFieldId, message: string) => problems.push({ field: formLabel(id), message });

  const company = readCompany(v.company, knownCompanies(board));
  if ('problem' in company) add('company', company.problem);
  else if (company.isNew && !v.companyDescription) {
    add(
      'companyDescription',
      `${company.name ?? company.company} is new to the board: describe it in two or three sentences (what it builds, for whom, how its engineering team works)`,
    );
  }

  for (const id of ['salary-min', 'salary-max'] as const) {
    // The two become one "min-max" answer: a hyphen in either would move a number into the other.
    if (/[-–—]/.test(v[id])) {
      add(id, `"${v[id]}" is not one amount; write a whole number, e.g. ${id === 'salary-min' ? 120000 : 150000}`);
    }
  }
  const offices = v.offices
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const office of offices.filter((o) => o.includes(';'))) {
    add('offices', `"${office}" holds a ";"; write one office per line, e.g. "Berlin, DE"`);
  }
  if (v.workplace === 'remote' && offices.length > 0) {
    add('offices', 'a remote posting has no offices; leave this empty, or choose hybrid or onsite as the workplace');
  }
  if (v.workplace !== 'remote' && Object.hasOwn(WORKPLACES, v.workplace) && v.remoteFrom) {
    add(
      'remoteFrom',
      `a ${v.workplace} posting says where its offices are, not where applicants may live; leave this empty, or choose remote as the workplace`,
    );
  }

  const answers: Answers = {
    ...Object.fromEntries(Object.entries(ANSWER_OF).map(([id, key]) => [key, v[id as OneToOne] || undefined])),
    company: 'problem' in company ? '' : company.company,
    'company-name': 'problem' in company ? undefined : company.name,
    'company-website': 'problem' in company ? undefined : company.website,
    office: offices.join(';'),
    salary: `${v['salary-min']}-${v['salary-max']}`,
  };
  const draft = draftPosting(board, today, answers, v.description, v.companyDescription);
  // A field already reported (a line broken in two, a company the board does not know) is not reported again
  // in the validator's words about what it became.
  const reported = new Set(problems.map((p) => p.field));
  // A description that still holds the template's placeholders would be refused by the pull request's checks.
  for (const problem of [...draft.problems, ...draft.unfinished]) {
    const { label, prefix } = formFieldOf(problem, draft.jobPath);
    if (!reported.has(label)) problems.push({ field: label, message: `${prefix}${problem.message}` });
  }
  const order = new Map<string, number>([ISSUE, ...POSTING_FORM_FIELDS.map((f) => f.label)].map((l, i) => [l, i]));
  problems.sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0));
  return {
    draft: problems.length === 0 ? draft : undefined,
    problems,
  };
}
