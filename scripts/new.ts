// npm run new: scaffolds a posting (and its company, when new) from flags or prompts.
// The file is written only when it passes validation, so a contributor starts from a valid posting.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { COMPANIES_DIR } from '../src/build/content-files.ts';
import { addDays } from '../src/board/dates.ts';
import { formatText } from '../src/board/problems.ts';
import {
  CURRENCIES,
  EMPLOYMENT_TYPES,
  INTERVIEW_STEPS,
  LEVELS,
  SALARY_PERIODS,
  WORKPLACES,
  keysOf,
} from '../src/board/vocabulary.ts';
import { BOARD } from '../src/board/wording.ts';
import { EXIT, UsageError, buildDateFromEnvironment, exitStatus, parseCommandLine, runCommand } from './lib/cli.ts';
import { commandBoardFiles } from './lib/load-board.ts';
import { BODY_TEMPLATE, DEFAULT_OPEN_DAYS, companySlugs, draftPosting, type Answers } from './new/posting.ts';

const SALARY_EXAMPLE = `${BOARD.examples.salary.min}-${BOARD.examples.salary.max}`;
const CURRENCY_EXAMPLES = [...new Set([BOARD.examples.salary.currency, ...keysOf(CURRENCIES)])].slice(0, 3);

const USAGE = `Usage: npm run new -- [options]

Creates content/jobs/<company>-<title>.md, asking for anything not given as a flag.
The file is written only if it passes validation.

Options:
  --company <slug>          the company's slug (its file in content/companies/)
  --company-name <name>     the company's name, when it has no file yet
  --company-website <url>   the company's https:// home page, when it has no file yet
  --title <title>           e.g. "${BOARD.examples.title}"
  --level <level>           ${keysOf(LEVELS).join(' | ')}
  --employment-type <type>  ${keysOf(EMPLOYMENT_TYPES).join(' | ')} (default full-time)
  --workplace <workplace>   ${keysOf(WORKPLACES).join(' | ')}
  --remote-from <places>    remote only: comma-separated countries and regions, e.g. ${BOARD.examples.remoteFrom.join(',')}
  --office <office>         hybrid and onsite: an office as city,CC or city,region,postal code,CC, e.g.
                            "Berlin,DE" or "Austin,Texas,78701,US"; leave a part empty to skip it,
                            "London,,SW1A 1AA,GB" (repeat for more offices)
  --timezone=<from to to>   the UTC offsets the team works with, west to east, e.g. --timezone="-1 to 3"
                            (optional; with "=", as the value may start with a minus)
  --hours <window zone>     the team's working hours and their time zone, e.g. "09:00-17:00 Europe/Berlin"
                            or "10:00-18:30 UTC+05:30" (optional)
  --salary <min-max>        e.g. ${SALARY_EXAMPLE}
  --currency <code>         ${keysOf(CURRENCIES).join(' ')}
  --period <period>         ${keysOf(SALARY_PERIODS).join(' | ')} (default year)
  --equity <yes|no>         whether the offer includes equity (optional)
  --visa-sponsorship <yes|no>
                            whether the company sponsors work visas (optional)
  --stack <tags>            comma-separated tags, e.g. ${BOARD.examples.stack.join(',')}
  --interview <steps>       comma-separated, in order (optional): ${keysOf(INTERVIEW_STEPS).join(', ')}
  --apply <url>             https:// link to the posting, or mailto: address
  --posted <date>           YYYY-MM-DD (default: today)
  --expires <date>          YYYY-MM-DD (default: ${DEFAULT_OPEN_DAYS} days after posted)
  --body-file <path>        the description, in Markdown (default: a template of the sections to write)
  --yes                     never prompt: fail on anything missing
  -h, --help                show this help

Environment:
  BOARD_DATE=YYYY-MM-DD     the day taken as today (default: today in UTC)

${exitStatus('the posting (and its company) was written', 'the values do not make a valid posting, or the file exists: nothing was written')}`;

const OPTIONS = {
  company: { type: 'string' },
  'company-name': { type: 'string' },
  'company-website': { type: 'string' },
  title: { type: 'string' },
  level: { type: 'string' },
  'employment-type': { type: 'string' },
  workplace: { type: 'string' },
  'remote-from': { type: 'string' },
  office: { type: 'string', multiple: true },
  timezone: { type: 'string' },
  hours: { type: 'string' },
  salary: { type: 'string' },
  currency: { type: 'string' },
  period: { type: 'string' },
  equity: { type: 'string' },
  'visa-sponsorship': { type: 'string' },
  stack: { type: 'string' },
  interview: { type: 'string' },
  apply: { type: 'string' },
  posted: { type: 'string' },
  expires: { type: 'string' },
  'body-file': { type: 'string' },
  yes: { type: 'boolean' },
} as const;

async function ask(answers: Answers, existingCompanies: Set<string>, today: string): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const prompt = async (key: keyof Answers, question: string, fallback?: string) => {
    if (answers[key] !== undefined) return;
    const reply = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    answers[key] = reply || fallback;
  };
  try {
    await prompt('company', 'Company slug (e.g. acme-corp)');
    if (answers['company'] && !existingCompanies.has(answers['company'])) {
      console.log(`There is no ${COMPANIES_DIR}/${answers['company']}.md yet; it will be created.`);
      await prompt('company-name', 'Company name');
      await prompt('company-website', 'Company website (https://…)');
    }
    await prompt('title', `Job title (e.g. ${BOARD.examples.title})`);
    await prompt('level', `Level (${keysOf(LEVELS).join(', ')})`);
    await prompt('employment-type', `Employment type (${keysOf(EMPLOYMENT_TYPES).join(', ')})`, 'full-time');
    await prompt('workplace', `Workplace (${keysOf(WORKPLACES).join(', ')})`);
    if (answers['workplace'] === 'remote')
      await prompt(
        'remote-from',
        `Where may applicants live? (countries and regions, e.g. ${BOARD.examples.remoteFrom.join(',')})`,
      );
    else
      await prompt(
        'office',
        'Offices (city,country code, or city,region,postal code,country code; several separated by ;), e.g. Berlin,DE;Austin,Texas,78701,US',
      );
    await prompt('salary', `Salary range, min-max (e.g. ${SALARY_EXAMPLE})`);
    await prompt('currency', `Currency (e.g. ${CURRENCY_EXAMPLES.join(', ')})`);
    await prompt('period', `Salary period (${keysOf(SALARY_PERIODS).join(', ')})`, 'year');
    await prompt('stack', `Stack tags, comma-separated (e.g. ${BOARD.examples.stack.join(',')})`);
    await prompt('apply', 'Apply link (https://… or mailto:…)');
    await prompt('posted', 'Posted on', today);
    await prompt('expires', 'Expires on', addDays(answers['posted'] ?? today, DEFAULT_OPEN_DAYS));
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), OPTIONS, USAGE);
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0]}"; every value is given with its option`);
  }
  const root = process.cwd();
  const today = buildDateFromEnvironment();
  const board = commandBoardFiles(root, today);

  const { office, yes, help: _help, 'body-file': bodyFile, ...flags } = values;
  const body = bodyFile === undefined ? BODY_TEMPLATE : readBody(bodyFile);
  const answers: Answers = { ...flags, office: office?.join(';') };
  if (!yes && process.stdin.isTTY) await ask(answers, companySlugs(board), today);

  const draft = draftPosting(board, today, answers, body);
  if (draft.problems.length > 0) {
    for (const problem of draft.problems) console.error(formatText(problem));
    console.error(
      `new: nothing was written; fix the values above and run npm run new again (see npm run new -- --help)`,
    );
    return EXIT.problems;
  }
  for (const file of draft.files.toReversed()) {
    writeFileSync(join(root, file.path), file.text, { flag: 'wx' });
    console.log(
      file.path === draft.jobPath
        ? `created ${file.path}: replace the description with the real one, then run npm run validate`
        : `created ${file.path}: describe the company in it`,
    );
  }
  return EXIT.ok;
}

/** The description --body-file names; a usage error when it cannot be read. */
function readBody(path: string): string {
  try {
    return readFileSync(resolve(path), 'utf8');
  } catch {
    throw new UsageError(`--body-file ${path}: there is no such file, or it cannot be read`);
  }
}

if (import.meta.main) process.exitCode = await runCommand('new', USAGE, main);
