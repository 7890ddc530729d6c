// The posting and company formats: the contract between contributors, the validator and the build.
// Rules that need other files (company exists, duplicates, build date) live in board.ts.

import { z } from 'astro/zod';
import { characterProblem, quote } from './characters.ts';
import { fieldHints, type FieldHint } from './field-hints.ts';
import { dateProblem, daysBetween } from './dates.ts';
import { hostProblem, mailDomainProblem } from './private-network.ts';
import {
  COMPANY_SIZES,
  COUNTRIES,
  CURRENCIES,
  EMPLOYMENT_TYPES,
  INTERVIEW_STEPS,
  LEVELS,
  PLACE_ALIASES,
  REGIONS,
  SALARY_PERIODS,
  STACK_ALIASES,
  STACK_TAGS,
  STATUSES,
  WORKPLACES,
  LEVEL_ALIASES,
  keysOf,
  type Place,
} from './vocabulary.ts';
import {
  DAY_MINUTES,
  MAX_ZONE_LENGTH,
  WINDOW_HOURS,
  clockMinutes,
  clockProblem,
  formatClock,
  zoneAliases,
  zoneNames,
  zoneProblem,
} from './time-zones.ts';
import { didYouMeanHint } from './did-you-mean.ts';
import { BOARD, EXAMPLE_TITLE_SLUG, SCOPE_SENTENCE, flowList, levelKeyList } from './wording.ts';

export { fieldHints, type FieldHint };

function withHint<T extends z.ZodType>(schema: T, hint: FieldHint): T {
  fieldHints.add(schema, hint);
  return schema;
}

/** The longest a posting may stay open: `expires` is at most this many days after `posted` (board.config.ts). */
export const MAX_OPEN_DAYS: number = BOARD.rules.maxOpenDays;
/** A salary's `max` may be at most this multiple of its `min` (board.config.ts). */
export const MAX_SALARY_SPREAD: number = BOARD.rules.maxSalarySpread;
/** Posting and company files must be smaller than this many bytes. */
export const MAX_FILE_BYTES = 100 * 1024;
/** The shortest a posting's body may be, in characters of visible text. */
export const MIN_BODY_CHARS = 300;
/** The shortest and longest a company's description may be, in characters of visible text. */
export const COMPANY_BODY_CHARS = { min: 40, max: 2000 } as const;

/** File names (without `.md`) of postings and companies: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

/** Why a URL is not an acceptable apply link, or undefined when it is fine. */
function applyLinkProblem(value: string): string | undefined {
  if (/^mailto:/i.test(value)) {
    const characters = characterProblem(value);
    if (characters) return characters;
    if (!/^mailto:[^\s@/?#]+@[a-z0-9-]+(\.[a-z0-9-]+)+(\?[^\s]*)?$/i.test(value)) {
      return 'a mailto: link must hold one address, like mailto:jobs@acme.example';
    }
    return mailDomainProblem(/@([^?]+)/.exec(value)![1]!);
  }
  return httpsUrlProblem(value);
}

/**
 * Why a string is not an absolute `https:` URL to a public named host, or undefined when it is one: IP
 * addresses, localhost and private-network names are refused (src/board/private-network.ts).
 */
function httpsUrlProblem(value: string): string | undefined {
  if (/\s/.test(value)) return 'a link must not contain spaces or line breaks';
  const characters = characterProblem(value);
  if (characters) return characters;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not a complete URL; write it in full, starting with https://';
  }
  if (url.protocol !== 'https:') {
    return url.protocol === 'http:'
      ? `only https: links are accepted; use ${value.replace(/^http:/i, 'https:')}`
      : `${url.protocol} links are not accepted; use an https:// link`;
  }
  if (url.username || url.password) return 'a link must not contain a user name or password';
  return hostProblem(url.hostname);
}

// Cross-field checks run even when single fields failed, so every problem is reported in one run;
// they only need the value to be an object, and check each field's type themselves.
function isObjectPayload(payload: { value: unknown }): boolean {
  return typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value);
}

/**
 * A single line of text shown on pages and in feeds: every such field of every schema is built here, so one
 * rule (src/board/characters.ts) decides which characters it may hold. `text` is the string schema to start
 * from, for a field that words a wrong type its own way.
 */
export function singleLine(min: number, max: number, text: z.ZodString = z.string()) {
  return text
    .min(min)
    .max(max)
    .refine((s) => s.trim() === s, { error: 'remove the spaces at its start or end' })
    .refine((s) => characterProblem(s) === undefined, {
      error: (issue) => characterProblem(String(issue.input)),
    });
}

function distinct<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).refine((items) => new Set(items).size === items.length, {
    when: (payload) => Array.isArray(payload.value),
    error: (issue) => {
      const items = issue.input as unknown[];
      const twice = items.find((x, i) => items.indexOf(x) !== i);
      return `lists ${typeof twice === 'string' ? quote(twice) : JSON.stringify(twice)} twice; each ${what} may appear once`;
    },
  });
}

const isoDate = z.string().refine((s) => dateProblem(s) === undefined, {
  error: (issue) =>
    `found ${quote(String(issue.input))}: ${dateProblem(String(issue.input))}; write a real date as YYYY-MM-DD`,
});

const slug = z
  .string()
  .regex(SLUG_PATTERN, { error: 'a slug is lowercase letters, digits and single hyphens, like acme-corp' })
  .max(MAX_SLUG_LENGTH);

const place = withHint(z.enum([...keysOf(COUNTRIES), ...keysOf(REGIONS)] as [Place, ...Place[]]), {
  allowed: `an ISO 3166-1 alpha-2 country code in capitals (DE, US) or a region: ${keysOf(REGIONS).join(', ')}`,
  aliases: PLACE_ALIASES,
});

const stackTag = withHint(z.enum(keysOf(STACK_TAGS)), {
  allowed: 'a tag from the stack vocabulary (CONTRIBUTING.md lists them all)',
  aliases: STACK_ALIASES,
});

const utcOffset = z
  .number()
  .min(-12)
  .max(14)
  .refine((n) => Number.isInteger(n * 4), { error: 'an offset is whole hours or quarter hours, like 1, -5 or 5.5' });

/** A clock time of a working-hours window: "09:00" in quotes, on a quarter hour. */
const clockTime = z
  .string({
    // YAML reads 0900 or 900 as a number, and 9:00 stays text only in quotes-free YAML 1.2: say how to write it.
    error: (issue) =>
      typeof issue.input === 'number'
        ? `found the number ${issue.input}; write the time in quotes as HH:MM on the 24-hour clock, like "09:00"`
        : undefined,
  })
  .refine((s) => clockProblem(s) === undefined, {
    error: (issue) => `found ${quote(String(issue.input))}: ${clockProblem(String(issue.input))}`,
  });

/** Did-you-mean for a zone name, from the runtime's zone names and the spellings people use for them. */
function zoneSuggestion(zone: string): string {
  // Beyond 40 characters no name is close: the length rule speaks first, and nothing is compared.
  return zone.length > MAX_ZONE_LENGTH ? '' : didYouMeanHint(zone, zoneNames(), zoneAliases());
}

const timeZone = z
  .string()
  .refine((s) => characterProblem(s) === undefined, { error: (issue) => characterProblem(String(issue.input)) })
  .refine((s) => characterProblem(s) !== undefined || zoneProblem(s, zoneSuggestion) === undefined, {
    error: (issue) => {
      const zone = String(issue.input);
      // An over-long name is counted, not quoted back.
      const found = zone.length > MAX_ZONE_LENGTH ? '' : `found ${quote(zone)}: `;
      return `${found}${zoneProblem(zone, zoneSuggestion)}`;
    },
  });

/** The length of a window from `start` to `end` in minutes, across midnight when `end` is earlier. */
function windowMinutes(start: number, end: number): number {
  return (end - start + DAY_MINUTES) % DAY_MINUTES;
}

export const HoursSchema = withHint(
  z
    .strictObject({
      start: clockTime.describe('When the working day starts, "HH:MM" in quotes on the 24-hour clock: "09:00".'),
      end: clockTime.describe('When it ends, "HH:MM"; earlier than start when the window crosses midnight.'),
      zone: timeZone.describe(
        "The time zone of start and end: the IANA name of a city's zone (Europe/Berlin, America/New_York, Asia/Kolkata), UTC, or a fixed offset like UTC+05:30.",
      ),
    })
    .superRefine(
      (hours, ctx) => {
        const { start, end } = hours as Partial<Record<string, unknown>>;
        if (typeof start !== 'string' || typeof end !== 'string') return;
        const from = clockMinutes(start);
        const to = clockMinutes(end);
        if (from === undefined || to === undefined || clockProblem(start) || clockProblem(end)) return;
        const length = windowMinutes(from, to);
        const span = `${formatClock(from)} to ${formatClock(to)}`;
        if (length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['end'],
            message: `found end ${end}, the same as start: a window of 0 or 24 hours says nothing; give the hours the team works, ${WINDOW_HOURS.min} to ${WINDOW_HOURS.max} of them`,
          });
        } else if (length < WINDOW_HOURS.min * 60 || length > WINDOW_HOURS.max * 60) {
          const hoursText =
            length % 60 === 0 ? `${length / 60} hours` : `${Math.floor(length / 60)} h ${length % 60} min`;
          ctx.addIssue({
            code: 'custom',
            path: ['end'],
            message: `found a window of ${hoursText} (${span}${to < from ? ', across midnight' : ''}); a window is ${WINDOW_HOURS.min} to ${WINDOW_HOURS.max} hours, so check start and end`,
          });
        }
      },
      { when: isObjectPayload },
    ),
  { example: '{ start: "09:00", end: "17:00", zone: Europe/Berlin }' },
);

export const SalarySchema = withHint(
  z
    .strictObject({
      min: z.int().positive().describe('Lowest base pay offered, as a whole number in `currency` (120000, not 120k).'),
      max: z.int().positive().describe(`Highest base pay offered; at most ${MAX_SALARY_SPREAD} × min.`),
      currency: z.enum(keysOf(CURRENCIES)).describe('ISO 4217 currency code of min and max.'),
      period: z.enum(keysOf(SALARY_PERIODS)).describe('What min and max pay for: a year, a month or an hour of work.'),
    })
    .describe('The base pay range. Required: this board only lists postings that show their salary.')
    .superRefine(
      (salary, ctx) => {
        const { min, max, period } = salary as Partial<Record<string, unknown>>;
        if (typeof min !== 'number' || typeof max !== 'number') return;
        if (max < min) {
          ctx.addIssue({
            code: 'custom',
            path: ['max'],
            message: `found ${max}, which is below min (${min}); max is the top of the range, so swap them or correct one`,
          });
        } else if (max > MAX_SALARY_SPREAD * min) {
          ctx.addIssue({
            code: 'custom',
            path: ['max'],
            message: `found ${max}, more than ${MAX_SALARY_SPREAD} × min (${min}); give an honest range with max at most ${MAX_SALARY_SPREAD * min}`,
          });
        }
        const floor = period === 'year' ? 1000 : period === 'month' ? 100 : 1;
        if (min < floor) {
          ctx.addIssue({
            code: 'custom',
            path: ['min'],
            message: `found ${min} per ${String(period)}, which looks like an amount in thousands; write the full number, e.g. ${min * 1000}`,
          });
        }
      },
      { when: isObjectPayload },
    ),
  {
    example: `{ min: ${BOARD.examples.salary.min}, max: ${BOARD.examples.salary.max}, currency: ${BOARD.examples.salary.currency}, period: year }`,
  },
);

/**
 * A postal code as the post of any country writes it: letters and digits, with single spaces or hyphens
 * between groups (10115, SW1A 1AA, 94103-1234, K1A 0B1, LV-1050). Nothing else: it reaches pages and
 * structured data as it is.
 */
export const POSTAL_CODE_PATTERN = /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/;

const postalCode = singleLine(
  2,
  12,
  z.string({
    // YAML reads 02134 as the number 2134: a postal code written without quotes has lost what it was.
    error: (issue) =>
      typeof issue.input === 'number'
        ? `found the number ${issue.input}; put the postal code in quotes exactly as the post writes it, e.g. postalCode: "02134": without quotes YAML reads digits as a number and drops leading zeros`
        : undefined,
  }),
).refine(
  // Spaces at the ends and refused characters have their own message; the pattern speaks only of the rest.
  (s) => s.trim() !== s || characterProblem(s) !== undefined || POSTAL_CODE_PATTERN.test(s),
  {
    error: (issue) =>
      `found ${quote(String(issue.input))}: a postal code is letters and digits, with single spaces or hyphens between them, like 10115, SW1A 1AA or 94103-1234`,
  },
);

const OfficeSchema = z.strictObject({
  city: singleLine(2, 60).describe('City of the office, in English: Berlin, Munich, New York.'),
  region: singleLine(2, 60)
    .optional()
    .describe('State, province or region of the office, when the address needs one: Texas, Ontario, Bavaria.'),
  postalCode: postalCode
    .optional()
    .describe(
      'Postal code of the office as the post writes it, in quotes: "10115", "SW1A 1AA", "02110" (2–12 letters and digits).',
    ),
  country: withHint(z.enum(keysOf(COUNTRIES)).describe('ISO 3166-1 alpha-2 code of the country the office is in.'), {
    allowed: 'an ISO 3166-1 alpha-2 country code in capitals, such as DE, GB or US',
    aliases: PLACE_ALIASES,
  }),
});

const BaseJobSchema = z.strictObject({
  title: singleLine(5, 100).describe(`The role as the company titles it, 5–100 characters: "${BOARD.examples.title}".`),
  company: slug.describe('The company\'s slug: the name of its file in content/companies/ without ".md".'),
  level: z.enum(keysOf(LEVELS)).describe(`Seniority. ${SCOPE_SENTENCE}`),
  employmentType: z.enum(keysOf(EMPLOYMENT_TYPES)).describe('Full-time, part-time or contract.'),
  workplace: z
    .enum(keysOf(WORKPLACES))
    .describe('remote: work from home; hybrid: some days in an office; onsite: in an office every day.'),
  remoteFrom: distinct(place, 'place')
    .min(1)
    .optional()
    .describe('Required for remote postings: where applicants may live, as country codes and regions.'),
  offices: z
    .array(OfficeSchema)
    .min(1)
    .max(20)
    .optional()
    .describe('Required for hybrid and onsite postings: the offices people work from.'),
  timezone: z
    .strictObject({
      from: utcOffset.describe('Earliest UTC offset, in hours, that the team works with (-12 to 14).'),
      to: utcOffset.describe('Latest UTC offset, in hours, that the team works with (-12 to 14).'),
    })
    .optional()
    .describe('The range of UTC offsets the team can work with, e.g. { from: -1, to: 3 }.'),
  hours: HoursSchema.optional().describe(
    `The working hours the team expects you to overlap with, in one time zone: { start: "09:00", end: "17:00", zone: Europe/Berlin }. A window of ${WINDOW_HOURS.min} to ${WINDOW_HOURS.max} hours on quarter hours; it may cross midnight.`,
  ),
  salary: SalarySchema,
  equity: z.boolean().optional().describe('Whether the offer includes equity (stock or options).'),
  visaSponsorship: z.boolean().optional().describe('Whether the company sponsors work visas. Leave out when unknown.'),
  stack: distinct(stackTag, 'tag')
    .min(1)
    .max(12)
    .describe('1 to 12 tags from the stack vocabulary, most important first.'),
  interview: z
    .array(z.enum(keysOf(INTERVIEW_STEPS)))
    .min(1)
    .max(10)
    .optional()
    .describe('The interview steps, in order; a step may appear twice (two system design rounds).'),
  posted: isoDate.describe('The day the posting was published, YYYY-MM-DD.'),
  expires: isoDate.describe(
    `The day after which the posting closes, YYYY-MM-DD; at most ${MAX_OPEN_DAYS} days after posted.`,
  ),
  status: z
    .enum(keysOf(STATUSES))
    .default('open')
    .describe('open, or filled once the role is taken. A filled posting keeps its page but leaves every listing.'),
  apply: z
    .string()
    .refine((s) => applyLinkProblem(s) === undefined, {
      error: (issue) => `found ${quote(String(issue.input))}: ${applyLinkProblem(String(issue.input))}`,
    })
    .describe("Where to apply: the https:// link of this posting on the company's site, or a mailto: address."),
  draft: z.boolean().default(false).describe('A draft is validated but never published.'),
});

fieldHints.add(BaseJobSchema.shape.title, { example: BOARD.examples.title });
fieldHints.add(BaseJobSchema.shape.company, { example: 'acme-corp' });
fieldHints.add(BaseJobSchema.shape.level, {
  example: keysOf(LEVELS)[Math.floor(keysOf(LEVELS).length / 2)] ?? '',
  allowed: `${levelKeyList()} (${SCOPE_SENTENCE.replace(/^This/, 'this').replace(/\.$/, '')})`,
  aliases: LEVEL_ALIASES,
});
fieldHints.add(BaseJobSchema.shape.employmentType, {
  example: 'full-time',
  aliases: { fulltime: 'full-time', contractor: 'contract', freelance: 'contract' },
});
fieldHints.add(BaseJobSchema.shape.workplace, {
  example: 'remote',
  aliases: { 'on-site': 'onsite', office: 'onsite', 'in-office': 'onsite' },
});
fieldHints.add(BaseJobSchema.shape.stack, { example: flowList(BOARD.examples.stack) });
fieldHints.add(BaseJobSchema.shape.posted, { example: '2026-11-02' });
fieldHints.add(BaseJobSchema.shape.expires, { example: '2027-01-31' });
fieldHints.add(BaseJobSchema.shape.apply, { example: `https://acme.example/careers/${EXAMPLE_TITLE_SLUG}` });
fieldHints.add(BaseJobSchema.shape.remoteFrom, { example: flowList(BOARD.examples.remoteFrom) });
fieldHints.add(BaseJobSchema.shape.offices, { example: '[{ city: Berlin, country: DE }]' });
fieldHints.add(OfficeSchema.shape.region, { example: 'Texas' });
fieldHints.add(OfficeSchema.shape.postalCode, { example: '78701' });

/** The front-matter of a posting in `content/jobs/<slug>.md`. */
export const JobSchema = BaseJobSchema.superRefine(
  (job, ctx) => {
    const raw = job as Partial<Record<keyof typeof job, unknown>>;
    if (raw.workplace === 'remote' && raw.remoteFrom === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['remoteFrom'],
        message: `missing: a remote posting must say where applicants may live; add e.g. remoteFrom: ${flowList(BOARD.examples.remoteFrom)} (use [worldwide] if anywhere)`,
      });
    }
    if ((raw.workplace === 'hybrid' || raw.workplace === 'onsite') && raw.offices === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['offices'],
        message: `missing: ${raw.workplace === 'onsite' ? 'an' : 'a'} ${raw.workplace} posting must list its offices; add e.g. offices: [{ city: Berlin, country: DE }]`,
      });
    }
    if ((raw.workplace === 'hybrid' || raw.workplace === 'onsite') && raw.remoteFrom !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['remoteFrom'],
        message: `applies to remote postings only, but workplace is ${raw.workplace}; remove remoteFrom or set workplace: remote`,
      });
    }
    const tz = raw.timezone as { from?: unknown; to?: unknown } | undefined;
    if (typeof tz?.from === 'number' && typeof tz.to === 'number' && tz.from > tz.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['timezone', 'from'],
        message: `found from: ${tz.from} after to: ${tz.to}; from is the westernmost offset, so swap them`,
      });
    }
    const { posted, expires } = raw;
    if (typeof posted === 'string' && typeof expires === 'string' && !dateProblem(posted) && !dateProblem(expires)) {
      const days = daysBetween(posted, expires);
      if (days <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['expires'],
          message: `found ${expires}, which is not after posted (${posted}); set a closing date after the posting date`,
        });
      } else if (days > MAX_OPEN_DAYS) {
        ctx.addIssue({
          code: 'custom',
          path: ['expires'],
          message: `found ${expires}, ${days} days after posted (${posted}); a posting stays open at most ${MAX_OPEN_DAYS} days, so set it on or before that`,
        });
      }
    }
  },
  { when: isObjectPayload },
);

/** A validated posting's front-matter. */
export type Job = z.output<typeof JobSchema>;

const LOGO_PATTERN = /^logos\/[a-z0-9]+(?:-[a-z0-9]+)*\.(svg|png|webp|jpg)$/;

/** The front-matter of a company in `content/companies/<slug>.md`. */
export const CompanySchema = z.strictObject({
  name: singleLine(2, 80).describe("The company's name as it writes it."),
  website: z
    .string()
    .refine((s) => httpsUrlProblem(s) === undefined, {
      error: (issue) => `found ${quote(String(issue.input))}: ${httpsUrlProblem(String(issue.input))}`,
    })
    .describe("The company's home page, https:// only."),
  size: z.enum(keysOf(COMPANY_SIZES)).optional().describe('Number of employees.'),
  headquarters: singleLine(2, 80).optional().describe('Where the company is based, e.g. "Berlin, Germany".'),
  logo: z
    .string()
    .regex(LOGO_PATTERN, {
      error:
        'a logo is a file in public/logos/ named like the company, e.g. logos/acme-corp.svg (svg, png, webp or jpg)',
    })
    .optional()
    .describe('Path of the logo under public/, e.g. logos/acme-corp.svg.'),
});
fieldHints.add(CompanySchema.shape.name, { example: 'Acme Corp' });
fieldHints.add(CompanySchema.shape.website, { example: 'https://acme.example' });

/** A validated company's front-matter. */
export type Company = z.output<typeof CompanySchema>;
