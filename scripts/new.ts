// npm run new: scaffolds a posting (and its company, when new) from flags or, in a terminal, questions that check
// each answer as it is given. The file is written only when its front-matter passes validation; then the command
// opens it in $VISUAL or $EDITOR when one is set, and says exactly what is left to write.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { intro, log, outro } from '@clack/prompts';
import { validateBoard } from '../src/board/board.ts';
import { TEMPLATE_SECTIONS } from '../src/board/posting-template.ts';
import { formatText, type Problem } from '../src/board/problems.ts';
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
import { editorCommand, openInEditor } from './new/editor.ts';
import {
  ANSWER_KEYS,
  BODY_TEMPLATE,
  DEFAULT_OPEN_DAYS,
  draftPosting,
  type AnswerKey,
  type Answers,
  type Draft,
} from './new/posting.ts';
import { Cancelled, askAnswers } from './new/prompts.ts';

const SALARY_EXAMPLE = `${BOARD.examples.salary.min}-${BOARD.examples.salary.max}`;
const SALARY_EXAMPLE_K = `${BOARD.examples.salary.min / 1000}k-${BOARD.examples.salary.max / 1000}k`;
const SALARY_EXAMPLE_WORDS = `${BOARD.examples.salary.min.toLocaleString('en')} to ${BOARD.examples.salary.max.toLocaleString('en')}`;
const SALARY_EXAMPLE_SYMBOL = `${CURRENCIES[BOARD.examples.salary.currency as keyof typeof CURRENCIES]?.symbol.trim() ?? ''}${SALARY_EXAMPLE_K.replace('-', ' – ')}`;

const USAGE = `Usage: npm run new -- [options]

Creates content/jobs/<company>-<title>.md (and content/companies/<company>.md for a new company).
In a terminal it asks for anything not given as a flag, and again for a flag whose value is wrong: each answer
is checked as it is given, with the validator's message. The files are written only if their front-matter
passes validation; the description starts as a template whose TODO: paragraphs are to be replaced. With
$VISUAL or $EDITOR set, the posting then opens in that editor and is checked again when it closes.

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
  --salary <min-max>        as people write it: ${SALARY_EXAMPLE}, ${SALARY_EXAMPLE_K}, "${SALARY_EXAMPLE_WORDS}",
                            "${SALARY_EXAMPLE_SYMBOL}", "85-110/hour"; a currency or period it names is used
                            when --currency or --period is not given; "120.000" is refused as ambiguous
  --currency <code>         ${keysOf(CURRENCIES).join(' ')}
  --period <period>         ${keysOf(SALARY_PERIODS).join(' | ')} (default year)
  --equity <yes|no>         whether the offer includes equity (optional)
  --visa-sponsorship <yes|no>
                            whether the company sponsors work visas (optional)
  --stack <tags>            comma-separated tags, e.g. ${BOARD.examples.stack.join(',')}
  --interview <steps>       comma-separated, in order (optional): ${keysOf(INTERVIEW_STEPS).join(', ')}
  --apply <url>             https:// link to the posting, or mailto: address
  --posted <date>           YYYY-MM-DD, today, yesterday, or -3d (default: today)
  --expires <date>          YYYY-MM-DD (default: ${DEFAULT_OPEN_DAYS} days after posted), or days or weeks after
                            posted: +30d, +8w
  --body-file <path>        the description, in Markdown (default: a template of the sections to write)
  --yes                     never prompt or open an editor: fail on anything missing or wrong
  -h, --help                show this help

Without a terminal (input from a pipe, CI) it behaves as with --yes.

Environment:
  BOARD_DATE=YYYY-MM-DD     the day taken as today (default: today in UTC)
  VISUAL, EDITOR            the editor to open the new posting in, e.g. "vim" or "code --wait"
                            (asked questions only; VISUAL first)

${exitStatus('the posting (and its company) was written; what is left to write is listed', 'the values do not make a valid posting, the file exists, or the questions were cancelled: nothing was written')}`;

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
  const interactive = !yes && process.stdin.isTTY === true && process.stdout.isTTY === true;

  let draft: Draft;
  if (interactive) {
    intro('A new posting');
    const given = new Set(ANSWER_KEYS.filter((key: AnswerKey) => answers[key] !== undefined));
    try {
      draft = await askAnswers({ board, today, answers }, given, body);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      console.error('new: cancelled; nothing was written');
      return EXIT.problems;
    }
  } else draft = draftPosting(board, today, answers, body);

  if (draft.problems.length > 0) {
    for (const problem of draft.problems) console.error(formatText(problem));
    console.error(
      `new: nothing was written; fix the values above and run npm run new again (see npm run new -- --help)`,
    );
    return EXIT.problems;
  }
  for (const file of draft.files.toReversed()) {
    writeFileSync(join(root, file.path), file.text, { flag: 'wx' });
    if (interactive) log.success(`created ${file.path}`);
    else console.log(`created ${file.path}`);
  }

  let left = draft.unfinished;
  const editor = interactive ? editorCommand(process.env) : undefined;
  if (editor) {
    log.info(
      `Opening ${draft.jobPath} in ${editor.words.join(' ')}: replace each TODO: paragraph, then save and close`,
    );
    const failure = openInEditor(editor, join(root, draft.jobPath));
    if (failure) log.warn(failure);
    left = leftToDo(root, today, draft);
  }
  const report = whatIsLeft(draft, left, bodyFile === undefined && editor === undefined);
  if (interactive) {
    const last = report.pop()!;
    if (report.length > 0) log.warn(report.join('\n'));
    outro(last);
  } else console.log(report.join('\n'));
  return EXIT.ok;
}

/** The problems of the files just written, read back from disk and checked with the whole board. */
function leftToDo(root: string, today: string, draft: Draft): Problem[] {
  const mine = new Set(draft.files.map((f) => f.path));
  return validateBoard(commandBoardFiles(root, today)).problems.filter((p) => mine.has(p.file));
}

/**
 * What the contributor has left to do, in words: the description's sections still to write, the company's
 * description, any other problem as the validator says it, and then the check to run.
 */
function whatIsLeft(draft: Draft, problems: readonly Problem[], template: boolean): string[] {
  const lines: string[] = [];
  const sections = TEMPLATE_SECTIONS.filter((s) =>
    problems.some(
      (p) => p.file === draft.jobPath && p.field === 'body' && p.message.startsWith(`the "${s.heading}" section`),
    ),
  );
  const company = draft.files[1]?.path;
  const companyLeft = company !== undefined && problems.some((p) => p.file === company && p.field === 'body');
  const others = problems.filter(
    (p) =>
      !(
        p.field === 'body' &&
        (p.file === company || sections.some((s) => p.message.startsWith(`the "${s.heading}" section`)))
      ),
  );
  if (sections.length > 0) {
    lines.push(
      `Left to do: fill in the description's sections in ${draft.jobPath}: ${sections.map((s) => s.heading).join(', ')}.`,
      `  Replace each paragraph marked TODO: with the real text${template ? ' (the file holds the template)' : ''}, or remove a section that does not apply.`,
    );
  }
  if (companyLeft) lines.push(`Left to do: describe the company in ${company}, in two or three sentences.`);
  if (others.length > 0) {
    lines.push('Left to fix:', ...others.map((p) => `  ${formatText(p)}`));
  }
  lines.push(
    lines.length > 0
      ? 'Then run npm run validate, and commit the files when it reports nothing.'
      : `${draft.jobPath} is complete: run npm run validate, then commit the files.`,
  );
  return lines;
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
