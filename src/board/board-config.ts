// The format of board.config.ts, the one file a fork edits: what the board is called, where it lives, how it
// words its role family, and every value a posting may use. Checked when any command, the build or `astro dev`
// starts (src/build/board-config-check.ts); a mistake is reported like a posting's, with its line and a fix.

import { z } from 'astro/zod';
import { COUNTRIES, type CountryCode } from './countries.ts';
import { fieldHints } from './field-hints.ts';

/** A vocabulary key: it is also a URL segment (/level/staff/, /stack/go/), so lowercase words and hyphens. */
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const key = z.string().regex(KEY_PATTERN, {
  error: 'a key is lowercase letters, digits and single hyphens, like staff or distributed-systems',
});

/** Text shown on pages: one line, no spaces at either end. */
function text(min: number, max: number) {
  return z
    .string()
    .min(min)
    .max(max)
    .refine((s) => s.trim() === s && !/[\r\n]/.test(s), {
      error: 'write one line, with no spaces at its start or end',
    });
}

const alias = z.string().regex(/^[a-z0-9][a-z0-9+#._-]*$/, {
  error: 'an alias is written in lowercase as people type it, like golang or node.js',
});

const country = z.enum(Object.keys(COUNTRIES) as [CountryCode, ...CountryCode[]]);
// UK and EL are what the United Kingdom and Greece often go by, but their ISO codes are GB and GR.
fieldHints.add(country, {
  allowed: 'an ISO 3166-1 alpha-2 country code in capitals, such as DE, GB or US',
  aliases: { uk: 'GB', el: 'GR' },
});

const positiveInt = (max: number) => z.int().min(1).max(max);

export const BoardConfigSchema = z
  .strictObject({
    name: text(2, 60).describe(
      'The board\'s name, shown in every page title, feed and the header: "Senior Data Jobs".',
    ),
    url: z
      .url({ protocol: /^https$/, error: 'write the full https:// address, like https://jobs.example' })
      .refine((s) => !s.endsWith('/'), { error: 'remove the trailing slash' })
      .describe(
        'The deployed address, https:// with no trailing slash and no path; canonical links, feeds and the sitemap use it.',
      ),
    base: z
      .string()
      .regex(/^\/(?:[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*\/?)?$/, {
        error: "a base path starts with a slash: '/' for a site of its own, '/repository-name' for a project site",
      })
      .describe(
        "The path the board is served under: '/' for its own domain, '/<repository>' for a GitHub Pages project site.",
      ),
    repository: z
      .string()
      .regex(/^https:\/\/github\.com\/[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, {
        error: "write the GitHub address of the board's repository, like https://github.com/acme/jobs",
      })
      .describe(
        "The board's GitHub repository: contributors open pull requests there; CODEOWNERS, the issue forms and the footer link use it.",
      ),
    maintainersTeam: key
      .nullable()
      .describe(
        'The GitHub team of the repository\'s organisation that owns every path in CODEOWNERS ("maintainers" is @<owner>/maintainers); null when the owner is a person, who then owns every path.',
      ),
    wording: z
      .strictObject({
        tagline: text(10, 160).describe('The home page heading and the footer line.'),
        description: text(20, 300).describe("The default meta description and the main feeds' description."),
        role: text(2, 40).describe(
          'The role family as an adjective inside a sentence, in lowercase: "data", as in "Python data jobs".',
        ),
        discipline: text(2, 60).describe(
          'The role family as a field of work, in lowercase: "data engineering", as in "Staff data engineering jobs".',
        ),
        roleTitle: text(2, 40).describe(
          'The role family as it starts a job title: "Data", as in "Senior Data Engineer"; synthetic boards use it.',
        ),
        roleWords: z
          .array(z.string().regex(/^[a-z0-9]+$/, { error: 'a role word is one lowercase word, like data' }))
          .describe(
            'Words that name the kind of role, not which role it is ("data", "platform", "engineer"): the duplicate finder sets them aside, with the level names.',
          ),
      })
      .describe('How the board words itself; the levels and the role family make every page title and description.'),
    examples: z
      .strictObject({
        title: text(5, 100).describe(
          'An example job title, in messages, prompts and forms: "Staff Data Engineer, Pipelines".',
        ),
        stack: z
          .array(key)
          .min(1)
          .max(5)
          .describe('Example stack tags, in messages and prompts: [python, spark, airflow].'),
        remoteFrom: z
          .array(z.string())
          .min(1)
          .max(4)
          .describe('Example places for remoteFrom, in messages and prompts: [eu, GB].'),
        salary: z
          .strictObject({
            min: z.int().positive().describe('The lowest annual pay of the example: 120000.'),
            max: z
              .int()
              .positive()
              .describe('The highest; the example must itself be valid under rules.maxSalarySpread.'),
            currency: z.string().describe('One of the currencies: EUR.'),
          })
          .describe('An example annual salary range, in messages and prompts.'),
      })
      .describe('The examples messages, prompts, the issue form and CONTRIBUTING.md show.'),
    levels: z
      .record(
        key,
        z.strictObject({
          label: text(2, 30).describe('The level as pages show it: "Staff".'),
          aliases: z
            .array(alias)
            .optional()
            .describe('Other words people write for this level ("lead", "sr"), suggested as "did you mean".'),
        }),
      )
      .refine((levels) => Object.keys(levels).length > 0, { error: 'list at least one level' })
      .describe('The seniority levels a posting may have, most junior first: the key is what a posting writes.'),
    stackGroups: z
      .record(key, text(2, 40))
      .describe('The groups the stack tags are shown in on the browse page and in CONTRIBUTING.md, in order.'),
    stack: z
      .record(
        key,
        z.strictObject({
          label: text(1, 40).describe('The tag as pages show it: "PostgreSQL".'),
          group: key.describe('The key of its group in stackGroups.'),
          aliases: z
            .array(alias)
            .optional()
            .describe('Other spellings of this tag ("postgres", "pg"), suggested as "did you mean".'),
        }),
      )
      .refine((tags) => Object.keys(tags).length > 0, { error: 'list at least one stack tag' })
      .describe('The stack tags a posting may list: the key is what a posting writes.'),
    regions: z
      .record(
        key,
        z.strictObject({
          label: text(2, 60).describe('The region\'s name: "European Union".'),
          short: text(2, 20).optional().describe('A shorter name for cards: "EU".'),
          countries: z.array(country).min(1).describe('The ISO 3166-1 alpha-2 codes of the countries it covers.'),
        }),
      )
      .describe(
        'Regions a remote posting may accept applicants from, besides single countries; "worldwide" is always there.',
      ),
    placeAliases: z
      .record(alias, z.string())
      .describe('Names people write for places ("uk", "latam"), mapped to a region key or a country code.'),
    homeRegions: z
      .array(z.string())
      .max(12)
      .describe('The remote listings the home page links to, in order: region keys, "worldwide" or country codes.'),
    currencies: z
      .record(
        z.string().regex(/^[A-Z]{3}$/, { error: 'a currency is its ISO 4217 code in capitals, like EUR' }),
        z.strictObject({
          label: text(2, 40).describe('The currency\'s name: "Euro".'),
          symbol: z
            .string()
            .min(1)
            .max(5)
            .describe('What amounts start with: "€", "CA$", or a code and a space: "CHF ".'),
          rate: z
            .number()
            .positive()
            .describe('Units of this currency worth one unit of salaryScale.base, on salaryScale.ratesDate.'),
        }),
      )
      .refine((currencies) => Object.keys(currencies).length > 0, { error: 'list at least one currency' })
      .describe('The currencies a salary may be given in, each with its exchange rate to the base currency.'),
    salaryScale: z
      .strictObject({
        base: z.string().describe('The currency search compares salaries in (its rate is 1): "EUR".'),
        inWords: text(2, 40).describe('The base currency as the salary filter names it: "euros".'),
        ratesDate: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD' })
          .describe('The day the exchange rates were taken, YYYY-MM-DD; the search page shows it.'),
        bands: z
          .array(positiveInt(100_000_000))
          .min(1)
          .max(12)
          .refine((bands) => bands.every((band, i) => i === 0 || band > bands[i - 1]!), {
            error: 'list the bands from lowest to highest, each once',
          })
          .describe("The thresholds of the search's salary filter, in annual base currency, lowest first."),
      })
      .describe('How search puts every salary on one scale: annual pay in one currency.'),
    rules: z
      .strictObject({
        maxOpenDays: positiveInt(365).describe(
          'The longest a posting may stay open: expires at most this many days after posted.',
        ),
        maxSalarySpread: z
          .number()
          .min(1.1)
          .max(10)
          .describe("A salary's max may be at most this multiple of its min."),
      })
      .describe('The rules the validator holds postings to, beyond the format.'),
    pages: z
      .strictObject({
        pageSize: positiveInt(200).describe('Postings shown per page on the home page and on listings.'),
        maxPlacePages: positiveInt(1000).describe(
          'Remote listings by place stop after this many pages (search shows every posting).',
        ),
        maxFacetPages: positiveInt(1000).describe(
          'Listings by interview and by working hours stop after this many pages (search shows every posting).',
        ),
        feedSize: positiveInt(1000).describe('Postings in each feed, newest first.'),
        newForDays: positiveInt(90).describe('A posting is marked new for this many days after it was posted.'),
      })
      .describe('Page and feed sizes.'),
  })
  .superRefine(
    (raw, ctx) => {
      // Runs even when single fields failed, so every problem is reported at once: each part is checked
      // only when it has the right shape, and a part that has not is reported by its own field.
      const config = raw as Partial<Record<keyof typeof raw, unknown>>;
      const levels = entries<{ aliases?: unknown }>(config.levels);
      const stack = entries<{ group?: unknown; aliases?: unknown }>(config.stack);
      const groups = entries<unknown>(config.stackGroups).map(([group]) => group);
      const regions = new Set(['worldwide', ...entries<unknown>(config.regions).map(([region]) => region)]);
      const currencies = entries<{ rate?: unknown }>(config.currencies);
      const currencyCodes = currencies.map(([code]) => code);
      const isPlace = (value: unknown) => typeof value === 'string' && (regions.has(value) || value in COUNTRIES);
      const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });

      if (regions.size > 1 && entries<unknown>(config.regions).some(([region]) => region === 'worldwide')) {
        issue(['regions', 'worldwide'], 'found "worldwide", which every board has already; remove it');
      }
      if (groups.length > 0) {
        for (const [tag, { group }] of stack) {
          if (typeof group === 'string' && !groups.includes(group)) {
            issue(
              ['stack', tag, 'group'],
              `found "${group}", which is not a key of stackGroups; use one of: ${groups.join(', ')}`,
            );
          }
        }
        for (const group of groups) {
          if (stack.length > 0 && !stack.some(([, tag]) => tag.group === group)) {
            issue(['stackGroups', group], `no stack tag is in the group "${group}"; remove it or give it a tag`);
          }
        }
      }
      for (const [kind, map] of [
        ['levels', levels],
        ['stack', stack],
      ] as const) {
        const keys = new Set(map.map(([value]) => value));
        const seen = new Map<string, string>();
        for (const [value, { aliases }] of map) {
          if (!Array.isArray(aliases)) continue;
          aliases.forEach((word: unknown, i) => {
            if (typeof word !== 'string') return;
            const path = [kind, value, 'aliases', i];
            if (keys.has(word)) issue(path, `found "${word}", which is a key itself; remove the alias`);
            else if (seen.has(word)) issue(path, `found "${word}", an alias of ${seen.get(word)} too; keep one`);
            else seen.set(word, value);
          });
        }
      }
      for (const [word, place] of entries<unknown>(config.placeAliases)) {
        if (typeof place === 'string' && !isPlace(place)) {
          issue(['placeAliases', word], `found "${place}", which is neither a region key nor a country code (like DE)`);
        }
      }
      const places = (path: PropertyKey[], values: unknown) => {
        if (!Array.isArray(values)) return;
        values.forEach((place: unknown, i) => {
          if (typeof place === 'string' && !isPlace(place)) {
            issue([...path, i], `found "${place}"; use a region key, worldwide or a country code like DE`);
          }
        });
      };
      places(['homeRegions'], config.homeRegions);
      const examples = isObject(config.examples) ? config.examples : {};
      places(['examples', 'remoteFrom'], examples['remoteFrom']);
      const tags = new Set(stack.map(([tag]) => tag));
      if (Array.isArray(examples['stack']) && tags.size > 0) {
        examples['stack'].forEach((tag: unknown, i) => {
          if (typeof tag === 'string' && !tags.has(tag)) {
            issue(['examples', 'stack', i], `found "${tag}", which is not a stack tag; use one of stack's keys`);
          }
        });
      }
      const salary = isObject(examples['salary']) ? examples['salary'] : {};
      const { currency, min, max } = salary;
      if (typeof currency === 'string' && currencyCodes.length > 0 && !currencyCodes.includes(currency)) {
        issue(['examples', 'salary', 'currency'], `found "${currency}"; use one of: ${currencyCodes.join(', ')}`);
      }
      const spread = isObject(config.rules) ? config.rules['maxSalarySpread'] : undefined;
      if (typeof min === 'number' && typeof max === 'number' && typeof spread === 'number') {
        if (max < min || max > spread * min) {
          issue(
            ['examples', 'salary', 'max'],
            `found ${max}; the example must itself be valid: at least min (${min}) and at most ${spread} × min`,
          );
        }
      }
      const base = isObject(config.salaryScale) ? config.salaryScale['base'] : undefined;
      if (typeof base === 'string' && currencyCodes.length > 0) {
        const rate = currencies.find(([code]) => code === base)?.[1].rate;
        if (!currencyCodes.includes(base)) {
          issue(['salaryScale', 'base'], `found "${base}"; use one of the currencies: ${currencyCodes.join(', ')}`);
        } else if (typeof rate === 'number' && rate !== 1) {
          issue(
            ['currencies', base, 'rate'],
            `found ${rate}; the base currency (salaryScale.base) is worth exactly 1 of itself, so set rate: 1`,
          );
        }
      }
    },
    { when: (payload) => isObject(payload.value) },
  );

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of a map whose values are objects (or, for `unknown`, anything); none when it is not a map. */
function entries<T>(value: unknown): [string, T & Record<string, unknown>][] {
  if (!isObject(value)) return [];
  return Object.entries(value).filter(([, v]) => v !== null && v !== undefined) as [
    string,
    T & Record<string, unknown>,
  ][];
}

/** What board.config.ts holds, as written. */
export type BoardConfigInput = z.input<typeof BoardConfigSchema>;

/** A board config, read-only all the way down, so `as const` objects satisfy it. */
export type BoardConfigShape = DeepReadonly<BoardConfigInput>;

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type Place<C extends BoardConfigShape> = Extract<keyof C['regions'], string> | 'worldwide' | CountryCode;

/** The cross-references the type checker can follow too: a tag's group, and the examples' tags and places. */
export type CheckedBoardConfig<C extends BoardConfigShape> = C & {
  readonly stack: { readonly [K in keyof C['stack']]: { readonly group: Extract<keyof C['stackGroups'], string> } };
  readonly examples: {
    readonly stack: readonly Extract<keyof C['stack'], string>[];
    readonly remoteFrom: readonly Place<C>[];
  };
  readonly homeRegions: readonly Place<C>[];
};

/**
 * The board's configuration, typed exactly as written (so levels and tags are unions the code can check) and
 * with its cross-references checked by the type checker; the schema checks everything again at run time.
 */
export function defineBoard<const C extends BoardConfigShape>(config: CheckedBoardConfig<C>): C {
  return config;
}
