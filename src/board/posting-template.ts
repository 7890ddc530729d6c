// The descriptions a new posting and a new company start from: for a posting, the sections a good posting has,
// each with a placeholder to replace. The validator refuses a description that still holds a placeholder, so a
// template (long enough to pass the length rules) can never be published as a description by mistake.

/** A section of the template: its heading, and the placeholder that asks for its text. */
export interface TemplateSection {
  heading: string;
  placeholder: string;
}

/** What the template marks each placeholder with, so that a reader sees at once what is left to write. */
export const PLACEHOLDER_MARK = 'TODO:';

/** The sections of the template, in order. */
export const TEMPLATE_SECTIONS: readonly TemplateSection[] = [
  {
    heading: 'About the team',
    placeholder:
      'Say what the team owns and why it matters: the product, the customers it serves and the part of the system this role will look after.',
  },
  {
    heading: 'What you will work on',
    placeholder:
      'Describe the systems (languages, data stores, queues), their scale in numbers, and the hardest problems of the next year.',
  },
  {
    heading: 'What we are looking for',
    placeholder: 'List the experience the role needs, and say which of it a strong candidate could learn on the job.',
  },
  {
    heading: 'On-call',
    placeholder: 'Explain how on-call works: how often, how many people share it, and how it is compensated.',
  },
  {
    heading: 'How we interview',
    placeholder: 'List each step of the interview, how long it takes and who the candidate meets.',
  },
  {
    heading: 'What we offer',
    placeholder: 'Name the benefits beyond the salary: equity, holidays, parental leave, a learning budget, equipment.',
  },
];

/** Text wrapped at `width` columns, breaking between words. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

/** The template as a posting's body: a heading and a marked placeholder for each section. */
export const POSTING_TEMPLATE = TEMPLATE_SECTIONS.map(
  (s) => `## ${s.heading}\n\n${wrap(`${PLACEHOLDER_MARK} ${s.placeholder}`, 100)}\n`,
).join('\n');

/** The placeholder a new company's description starts from. */
export const COMPANY_PLACEHOLDER: TemplateSection = {
  heading: '',
  placeholder: 'Say in two or three sentences what the company builds, for whom, and how its engineering team works.',
};

/** The template as a company's body. */
export const COMPANY_TEMPLATE = `${wrap(`${PLACEHOLDER_MARK} ${COMPANY_PLACEHOLDER.placeholder}`, 100)}\n`;

/** A section whose placeholder is still in a description, and the 1-based line of the body it starts on. */
export interface TemplateLeftover {
  section: TemplateSection;
  line: number;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A pattern for a placeholder's opening words, however the lines between them were wrapped. */
function opening(section: TemplateSection): string {
  return section.placeholder
    .split(' ')
    .slice(0, 4)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(String.raw`\s+`);
}

const SECTIONS = {
  jobs: TEMPLATE_SECTIONS.map((section) => ({ section, text: normalise(section.placeholder) })),
  companies: [{ section: COMPANY_PLACEHOLDER, text: normalise(COMPANY_PLACEHOLDER.placeholder) }],
};

// One search for any placeholder's opening words, which is far faster than normalising a description: the
// validator checks every posting of the board, and a posting almost never holds a placeholder.
const OPENINGS = {
  jobs: new RegExp(TEMPLATE_SECTIONS.map(opening).join('|')),
  companies: new RegExp(opening(COMPANY_PLACEHOLDER)),
};

/**
 * The template's placeholders still in a posting's (`jobs`) or company's description, however its lines were
 * wrapped, with or without the mark: their sections, in the order they appear.
 */
export function templateLeftovers(body: string, kind: 'jobs' | 'companies' = 'jobs'): TemplateLeftover[] {
  if (!OPENINGS[kind].test(body)) return [];
  const text = normalise(body);
  const leftovers: TemplateLeftover[] = [];
  let lines: string[] | undefined;
  for (const { section, text: placeholder } of SECTIONS[kind]) {
    if (!text.includes(placeholder)) continue;
    lines ??= body.split(/\r\n|\r|\n/);
    // The line is the first that holds the placeholder's opening words.
    const opening = placeholder.split(' ').slice(0, 4).join(' ');
    const index = lines.findIndex((l) => normalise(l).includes(opening));
    leftovers.push({ section, line: index === -1 ? 1 : index + 1 });
  }
  return leftovers.sort((a, b) => a.line - b.line);
}

/** The validator's message for a placeholder left in a description. */
export function leftoverMessage(leftover: TemplateLeftover): string {
  const { heading, placeholder } = leftover.section;
  const words = placeholder.split(' ').slice(0, 6).join(' ');
  return heading
    ? `the "${heading}" section still holds the template's placeholder ("${words}…"); replace it with the real text, or remove the section`
    : `the description still holds the template's placeholder ("${words}…"); replace it with the real text`;
}
