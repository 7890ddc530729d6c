// The questions `npm run new` asks in a terminal (@clack/prompts): each answer is checked by the validator the
// moment it is given and asked again, in place, with the validator's message; closed vocabularies are choices;
// the final draft's problems ask again only for the answers they concern. Nothing typed is lost.

import {
  autocomplete,
  autocompleteMultiselect,
  confirm,
  isCancel,
  log,
  select,
  text,
  type Option,
} from '@clack/prompts';
import type { BoardInput } from '../../src/board/board.ts';
import { checkCompanyFile } from '../../src/board/board.ts';
import { didYouMean } from '../../src/board/did-you-mean.ts';
import { slugify } from '../../src/board/file-names.ts';
import type { Problem } from '../../src/board/problems.ts';
import {
  COUNTRIES,
  CURRENCIES,
  EMPLOYMENT_TYPES,
  INTERVIEW_STEPS,
  LEVEL_ALIASES,
  LEVELS,
  PLACE_ALIASES,
  REGIONS,
  SALARY_PERIODS,
  STACK_ALIASES,
  STACK_TAGS,
  WORKPLACES,
  keysOf,
} from '../../src/board/vocabulary.ts';
import { BOARD } from '../../src/board/wording.ts';
import {
  ANSWER_KEYS,
  BODY_TEMPLATE,
  DEFAULT_OPEN_DAYS,
  answerKeyOf,
  answerProblems,
  companySlugs,
  draftPosting,
  type AnswerKey,
  type Answers,
  type Draft,
} from './posting.ts';
import { parseSalary } from './typed-values.ts';

/** Thrown when the person cancels a question (Ctrl+C, Escape): nothing is written. */
export class Cancelled extends Error {}

function answered<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) throw new Cancelled('cancelled');
  return value as Exclude<T, symbol>;
}

/** The options that are set, for prompts that tell a missing option from one set to undefined. */
function defined<T extends object>(options: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** A choice of a closed vocabulary: its label, then the value the file holds when that differs. */
function choice(value: string, label: string, aliases: readonly string[] = []): Option<string> & { aliases: string[] } {
  const option: Option<string> & { aliases: string[] } = {
    value,
    label: label.toLowerCase() === value.toLowerCase() ? label : `${label} (${value})`,
    aliases: [...aliases],
  };
  if (aliases.length > 0) option.hint = `also ${aliases.join(', ')}`;
  return option;
}

/** Aliases grouped by the value they stand for. */
function aliasesByValue(aliases: Readonly<Record<string, string>>): Map<string, string[]> {
  const byValue = new Map<string, string[]>();
  for (const [alias, value] of Object.entries(aliases)) byValue.set(value, [...(byValue.get(value) ?? []), alias]);
  return byValue;
}

const fold = (s: string) => s.toLowerCase().replace(/[\s_.-]+/g, '');

/**
 * How well a choice matches what was typed, ignoring case, spaces and hyphens: 0 when its value, label or an alias
 * is what was typed, 1 when one starts with it, 2 when one holds it; undefined when none does.
 */
function rank(search: string, option: Option<string>): number | undefined {
  const typed = fold(search);
  if (typed === '') return 2;
  const aliases = (option as { aliases?: string[] }).aliases ?? [];
  const words = [option.value, option.label ?? '', ...aliases].map(fold);
  if (words.some((word) => word === typed)) return 0;
  if (words.some((word) => word.startsWith(typed))) return 1;
  return words.some((word) => word.includes(typed)) ? 2 : undefined;
}

/** Whether a choice matches what was typed. */
function matches(search: string, option: Option<string>): boolean {
  return rank(search, option) !== undefined;
}

/** What a dynamic list of choices sees of its prompt. */
interface Searching {
  userInput: string;
  focusedValue: unknown;
}

/**
 * Puts the focus back on the first choice when the search changes. The prompt keeps the focus on the choice it
 * was on while that one still matches, so "u" then "k" would stay on UK and Ireland though GB now comes first;
 * it reads the options (this getter) before it looks for the focused choice among them.
 */
function refocus(): (prompt: Searching) => void {
  let last: string | undefined;
  return (prompt) => {
    if (prompt.userInput !== last) prompt.focusedValue = undefined;
    last = prompt.userInput;
  };
}

/** The choices that match what was typed, best first ("uk" puts GB, whose alias it is, before UK and Ireland). */
function ranked(choices: readonly Option<string>[]) {
  const onSearch = refocus();
  return function (this: Searching): Option<string>[] {
    onSearch(this);
    const search = this.userInput;
    return choices
      .map((option, index) => ({ option, index, rank: rank(search, option) }))
      .filter((c) => c.rank !== undefined)
      .sort((a, b) => a.rank! - b.rank! || a.index - b.index)
      .map((c) => c.option);
  };
}

const STACK_CHOICES = (() => {
  const aliases = aliasesByValue(STACK_ALIASES);
  return keysOf(STACK_TAGS).map((tag) => choice(tag, STACK_TAGS[tag].label, aliases.get(tag)));
})();

const PLACE_CHOICES = (() => {
  const aliases = aliasesByValue(PLACE_ALIASES);
  return [
    ...keysOf(REGIONS).map((region) => choice(region, REGIONS[region].label, aliases.get(region))),
    ...keysOf(COUNTRIES).map((code) => choice(code, COUNTRIES[code], aliases.get(code))),
  ];
})();

/** The problems' messages as the validator words them, one a line, for a question's error. */
function say(problems: readonly Problem[]): string | undefined {
  return problems.length === 0 ? undefined : problems.map((p) => `${p.field}: ${p.message}`).join('\n');
}

/** What the questions work with: the board, the day, the answers so far, and the answers given as flags. */
export interface Session {
  board: BoardInput;
  today: string;
  answers: Answers;
}

/** The problems an answer would have, given the others so far. */
function check(session: Session, key: AnswerKey, value: string | undefined): Problem[] {
  return answerProblems(session.board, session.today, { ...session.answers, [key]: value }, key);
}

interface Question {
  key: AnswerKey;
  /** Asks, with `initial` as the starting answer and `problem` the message to show first; the answer's text. */
  ask: (session: Session, initial: string | undefined, problem: string | undefined) => Promise<string | undefined>;
  /** Whether to ask at all, given the answers so far (remote-from only for remote postings…). */
  when?: (answers: Answers) => boolean;
}

/** A question typed as text, checked as it is submitted. */
function typed(
  key: AnswerKey,
  message: string,
  options: { placeholder?: string; fallback?: (answers: Answers) => string; optional?: boolean } = {},
): Question {
  return {
    key,
    ask: async (session, initial, problem) => {
      if (problem) log.warn(problem);
      const fallback = options.fallback?.(session.answers);
      const reply = answered(
        await text({
          message: fallback ? `${message} (Enter for ${fallback})` : message,
          ...defined({ placeholder: options.placeholder, initialValue: initial }),
          validate: (value) => {
            const v = value?.trim() || fallback;
            if (!v) return options.optional ? undefined : 'this answer is needed';
            return say(check(session, key, v));
          },
        }),
      );
      return reply.trim() || fallback || undefined;
    },
  };
}

/** A question answered by choosing one of a closed vocabulary. */
function chosen(
  key: AnswerKey,
  message: string,
  choices: () => Option<string>[],
  options: { initial?: (answers: Answers) => string | undefined; aliases?: Readonly<Record<string, string>> } = {},
): Question {
  return {
    key,
    ask: async (session, initial, problem) => {
      if (problem) log.warn(problem);
      const list = choices();
      const values = list.map((c) => c.value);
      // A wrong value given as a flag starts on the choice it most likely meant.
      const start =
        (initial !== undefined ? didYouMean(initial, values, options.aliases) : undefined) ??
        options.initial?.(session.answers);
      return answered(
        await select({
          message,
          options: list,
          initialValue: start !== undefined && values.includes(start) ? start : undefined,
          maxItems: 10,
        }),
      );
    },
  };
}

/** A question answered by choosing several of a long vocabulary, typing to filter it. */
function several(key: AnswerKey, message: string, choices: Option<string>[], required: boolean): Question {
  return {
    key,
    ask: async (session, initial, problem) => {
      if (problem) log.warn(problem);
      const values = choices.map((c) => c.value);
      const start = (initial ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
        .map((v) => (values.includes(v) ? v : didYouMean(v, values, keyAliases(key))))
        .filter((v): v is string => v !== undefined);
      for (;;) {
        const picked = answered(
          await autocompleteMultiselect({
            message: `${message} (type to filter, Tab to pick, Enter when done)`,
            options: ranked(choices),
            filter: () => true,
            initialValues: start,
            required,
            maxItems: 8,
          }),
        );
        const value = picked.join(',');
        const labels = picked.map((v) => choices.find((c) => c.value === v)?.label ?? v);
        const problems = picked.length === 0 && !required ? [] : check(session, key, value);
        if (problems.length === 0) {
          log.info(labels.length > 0 ? `${labels.join(', ')}` : 'none');
          return value || undefined;
        }
        log.warn(say(problems)!);
        start.splice(0, start.length, ...picked);
      }
    },
  };
}

function keyAliases(key: AnswerKey): Readonly<Record<string, string>> {
  return key === 'stack' ? STACK_ALIASES : key === 'remote-from' ? PLACE_ALIASES : {};
}

/** A yes/no question that may be left unanswered. */
function yesNoSkip(key: AnswerKey, message: string): Question {
  return chosen(key, message, () => [
    { value: '', label: 'do not say' },
    { value: 'yes', label: 'yes' },
    { value: 'no', label: 'no' },
  ]);
}

const SALARY_EXAMPLE = `${BOARD.examples.salary.min / 1000}k-${BOARD.examples.salary.max / 1000}k`;

/** The questions about the posting, in order; the company is asked first, on its own. */
const QUESTIONS: readonly Question[] = [
  typed('title', 'Job title', { placeholder: BOARD.examples.title }),
  chosen('level', 'Level', () => keysOf(LEVELS).map((l) => choice(l, LEVELS[l].label)), {
    aliases: LEVEL_ALIASES,
  }),
  chosen(
    'employment-type',
    'Employment type',
    () => keysOf(EMPLOYMENT_TYPES).map((t) => choice(t, EMPLOYMENT_TYPES[t].label)),
    { initial: () => 'full-time' },
  ),
  chosen('workplace', 'Workplace', () => keysOf(WORKPLACES).map((w) => choice(w, WORKPLACES[w].label)), {
    aliases: { 'on-site': 'onsite', office: 'onsite', 'in-office': 'onsite' },
  }),
  {
    ...several('remote-from', 'Where may applicants live? Countries and regions', PLACE_CHOICES, true),
    when: (a) => a.workplace === 'remote',
  },
  {
    ...typed('office', 'Offices: city,CC or city,region,postal code,CC; several separated by ;', {
      placeholder: 'Berlin,DE; Austin,Texas,78701,US',
    }),
    when: (a) => a.workplace !== 'remote',
  },
  typed('timezone', 'UTC offsets the team works with, west to east (optional, Enter to skip)', {
    placeholder: '-1 to 3',
    optional: true,
  }),
  typed('hours', "The team's working hours and time zone (optional, Enter to skip)", {
    placeholder: '09:00-17:00 Europe/Berlin',
    optional: true,
  }),
  typed('salary', 'Salary range, min-max', { placeholder: `${SALARY_EXAMPLE}, 120,000 to 150,000, €90k–110k` }),
  chosen('currency', 'Currency', () => keysOf(CURRENCIES).map((c) => choice(c, CURRENCIES[c].label)), {
    initial: (a) => salaryPart(a, 'currency') ?? BOARD.examples.salary.currency,
  }),
  chosen('period', 'The salary is paid per', () => keysOf(SALARY_PERIODS).map((p) => choice(p, p)), {
    initial: (a) => salaryPart(a, 'period') ?? 'year',
  }),
  yesNoSkip('equity', 'Does the offer include equity?'),
  yesNoSkip('visa-sponsorship', 'Does the company sponsor work visas?'),
  several('stack', 'Stack', STACK_CHOICES, true),
  typed('interview', `Interview steps in order, comma-separated (optional, Enter to skip)`, {
    placeholder: keysOf(INTERVIEW_STEPS).join(', '),
    optional: true,
  }),
  typed('apply', 'Apply link (https://… or mailto:…)', { placeholder: 'https://acme.example/careers/1234' }),
  typed('posted', 'Posted on (YYYY-MM-DD, today…)', { fallback: () => 'today' }),
  typed('expires', 'Expires on (YYYY-MM-DD, or days or weeks after posted: +30d, +8w)', {
    fallback: () => `+${DEFAULT_OPEN_DAYS}d`,
  }),
];

/** The currency or period the salary's text names, to start its choice on. */
function salaryPart(answers: Answers, part: 'currency' | 'period'): string | undefined {
  const salary = answers.salary ? parseSalary(answers.salary) : undefined;
  return salary?.ok ? salary.value[part] : undefined;
}

const NEW_COMPANY = '+new';

/** The board's companies as choices: name and slug, by name. */
function companyChoices(board: BoardInput): Option<string>[] {
  return board.companies
    .map((entry) => {
      const check = checkCompanyFile(entry);
      const slug = entry.path.slice(entry.path.lastIndexOf('/') + 1).replace(/\.md$/, '');
      const name = typeof check.raw['name'] === 'string' ? check.raw['name'] : slug;
      return { value: slug, label: `${name} (${slug})` };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The company: one of the board's, found by typing part of its name or slug (with did-you-mean for a near miss),
 * or a new one, asked for its name, website and slug.
 */
async function askCompany(session: Session, given: string | undefined, problem: string | undefined): Promise<void> {
  const companies = companyChoices(session.board);
  const slugs = companies.map((c) => c.value);
  const names = new Map(companies.map((c) => [(c.label ?? c.value).replace(/ \([^)]*\)$/, ''), c.value]));
  if (problem) log.warn(problem);
  let typedText = given ?? '';
  const onSearch = refocus();
  const picked = answered(
    await autocomplete({
      message: 'Company (type its name or slug)',
      ...defined({ initialUserInput: given }),
      options: function (this: Searching) {
        onSearch(this);
        typedText = this.userInput;
        const search = this.userInput.trim();
        const found = companies.filter((c) => matches(search, c));
        const near = search
          ? (didYouMean(search, slugs) ?? names.get(didYouMean(search, [...names.keys()]) ?? ''))
          : undefined;
        const suggestion = companies.find((c) => c.value === near && !found.includes(c));
        const extra: Option<string>[] = suggestion ? [{ ...suggestion, hint: 'did you mean this one?' }] : [];
        return [
          ...found,
          ...extra,
          { value: NEW_COMPANY, label: search ? `a new company: "${search}"` : 'a new company' },
        ];
      },
      filter: () => true,
      maxItems: 8,
    }),
  );
  if (picked !== NEW_COMPANY) {
    session.answers.company = picked;
    return;
  }
  await askNewCompany(session, typedText.trim(), slugs, names);
}

async function askNewCompany(
  session: Session,
  typedName: string,
  slugs: string[],
  names: Map<string, string>,
): Promise<void> {
  const name = await typed('company-name', 'Company name').ask(session, typedName || undefined, undefined);
  const near = didYouMean(slugify(name ?? ''), slugs) ?? names.get(didYouMean(name ?? '', [...names.keys()]) ?? '');
  if (near !== undefined) {
    const label = [...names].find(([, slug]) => slug === near)?.[0] ?? near;
    const same = answered(
      await confirm({ message: `The board already has ${label} (${near}). Is the posting for ${label}?` }),
    );
    if (same) {
      session.answers.company = near;
      return;
    }
  }
  session.answers['company-name'] = name;
  session.answers['company-website'] = await typed('company-website', "Company's website (https://…)").ask(
    session,
    session.answers['company-website'],
    undefined,
  );
  const known = new Set(slugs);
  const slug = answered(
    await text({
      message: 'Company slug: the name of its file in content/companies/',
      initialValue: slugify(name ?? ''),
      validate: (value) => {
        const v = value?.trim() ?? '';
        if (known.has(v)) return `content/companies/${v}.md is already another company's; choose another slug`;
        return say(check(session, 'company', v)) ?? (v ? undefined : 'this answer is needed');
      },
    }),
  );
  session.answers.company = slug.trim();
}

/** Asks one answer again (or for the first time), starting from what it holds. */
async function ask(session: Session, key: AnswerKey, problem?: string): Promise<void> {
  const current = session.answers[key];
  if (key === 'company') return askCompany(session, current, problem);
  if (key === 'company-name' || key === 'company-website') {
    const message = key === 'company-name' ? 'Company name' : "Company's website (https://…)";
    session.answers[key] = await typed(key, message).ask(session, current, problem);
    return;
  }
  const question = QUESTIONS.find((q) => q.key === key)!;
  session.answers[key] = await question.ask(session, current, problem);
}

/**
 * Asks for every answer not given as a flag, and again for a flag whose value is wrong; then drafts the posting
 * with the whole board and asks again for the answers its problems concern, until none has any. The draft that
 * can be written, or the problems no answer can fix.
 */
export async function askAnswers(
  session: Session,
  given: ReadonlySet<AnswerKey>,
  body = BODY_TEMPLATE,
): Promise<Draft> {
  const flagProblem = (key: AnswerKey) => (given.has(key) ? say(check(session, key, session.answers[key])) : undefined);

  const companyProblem = flagProblem('company');
  const newCompany =
    given.has('company') && !companySlugs(session.board).has(session.answers.company ?? '') && !companyProblem;
  if (!given.has('company') || companyProblem) await ask(session, 'company', companyProblem);
  else if (newCompany) {
    for (const key of ['company-name', 'company-website'] as const) {
      const problem = flagProblem(key);
      if (!given.has(key) || problem) await ask(session, key, problem);
    }
  }
  for (const question of QUESTIONS) {
    if (question.when && !question.when(session.answers)) {
      delete session.answers[question.key];
      continue;
    }
    const problem = flagProblem(question.key);
    if (given.has(question.key) && !problem) continue;
    // "€120k – 150k a year" has answered the currency and the period already.
    const named =
      question.key === 'currency' || question.key === 'period' ? salaryPart(session.answers, question.key) : undefined;
    if (!given.has(question.key) && named !== undefined) {
      session.answers[question.key] = named;
      continue;
    }
    await ask(session, question.key, problem);
  }

  for (;;) {
    const draft = draftPosting(session.board, session.today, session.answers, body);
    if (draft.problems.length === 0) return draft;
    const byKey = new Map<AnswerKey, Problem[]>();
    for (const problem of draft.problems) {
      const key = answerKeyOf(problem, draft.jobPath);
      if (key === undefined) return draft;
      byKey.set(key, [...(byKey.get(key) ?? []), problem]);
    }
    for (const key of ANSWER_KEYS.filter((k) => byKey.has(k))) await ask(session, key, say(byKey.get(key)!));
  }
}
