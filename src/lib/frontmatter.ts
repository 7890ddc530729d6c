// Reads a content file's YAML front-matter with gray-matter, hardened: only YAML is accepted (gray-matter's
// default engines would evaluate `---js`), parsed by js-yaml 4 like Astro, and nothing is ever executed.
// The validator and the build both read files through this module, so they cannot disagree.

import matter from 'gray-matter';
import yaml from 'js-yaml';
import { quote } from './characters.ts';

/** A problem that stops a file from being read at all; line and column are 1-based. */
export interface ReadProblem {
  line: number;
  column: number;
  message: string;
}

/** A file split into its parsed front-matter and its Markdown body. */
export interface SourceParts {
  data: Record<string, unknown>;
  /** The YAML text between the delimiters; its first line is the file's first line. */
  yaml: string;
  body: string;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
}

export type ReadResult = { ok: true; parts: SourceParts } | { ok: false; problem: ReadProblem };

/**
 * The YAML rules: js-yaml 4's core schema (the YAML 1.2 types Astro reads: strings, numbers, booleans,
 * null, lists, mappings). Timestamps are left as text so the schema can reject dates such as 2026-02-30,
 * which js-yaml's default schema silently turns into 2 March. No custom tags: `!!js/function`,
 * `!!python/object` and the like are errors.
 */
export const YAML_SCHEMA = yaml.CORE_SCHEMA;

/** The most values (scalars, lists and mappings) a front-matter block may hold. */
const MAX_NODES = 5000;
/** The deepest lists and mappings may nest. */
const MAX_DEPTH = 12;

// Typed as gray-matter wants; readSource checks that the result really is a mapping.
function parseYaml(source: string): object {
  return yaml.load(source, { schema: YAML_SCHEMA, json: false }) as object;
}

function refuse(language: string) {
  return () => {
    throw new Error(`front-matter language "${language}" is not accepted`);
  };
}

// Every engine gray-matter knows, replaced: YAML goes to js-yaml 4, everything else is refused.
const ENGINES = {
  yaml: { parse: parseYaml, stringify: (data: object) => yaml.dump(data) },
  yml: { parse: parseYaml, stringify: (data: object) => yaml.dump(data) },
  js: refuse('js'),
  javascript: refuse('javascript'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  json: refuse('json'),
  toml: refuse('toml'),
};

interface Layout {
  /** The file without a byte order mark. */
  source: string;
  firstLine: string;
  /** Where the closing line's line break starts. */
  closeIndex: number;
  closeLine: number;
  /** Where the closing line ends. */
  blockEnd: number;
}

/** Where a file's front-matter opens and closes, or why it has no acceptable front-matter. */
function layout(text: string): { ok: true; layout: Layout } | { ok: false; problem: ReadProblem } {
  const fail = (line: number, column: number, message: string) => ({
    ok: false as const,
    problem: { line, column, message },
  });
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.indexOf('\n') === -1 ? source.length : source.indexOf('\n'));

  if (source.trim() === '') {
    return fail(
      1,
      1,
      'the file is empty; a posting starts with front-matter between two --- lines, then the description',
    );
  }
  if (!firstLine.startsWith('---') && !firstLine.startsWith('+++')) {
    return fail(1, 1, 'no front-matter: the first line must be ---, followed by the fields, then a line ---');
  }
  // With lone CR line endings (classic Mac OS) the whole file is its first line: say so, instead of
  // quoting all of it back as the name of a front-matter language.
  if (/\r(?!$)/.test(firstLine)) {
    return fail(1, 1, 'the lines end in a carriage return alone (CR); save the file with LF or CRLF line endings');
  }
  const language = firstLine.slice(3).trim();
  if (firstLine.startsWith('+++')) {
    return fail(1, 1, 'front-matter in TOML (+++) is not accepted; use YAML between two --- lines');
  }
  if (language !== '' && language !== 'yaml') {
    return /^-+$/.test(language)
      ? fail(1, 1, 'the first line must be exactly --- to open the front-matter')
      : fail(
          1,
          1,
          // Only the start of the line is quoted: the rest of a 100 KB line would drown the message.
          `front-matter in ${quote(language.length > 40 ? `${language.slice(0, 40)}…` : language)} is not accepted (it was not read or run); use YAML: a first line of exactly ---`,
        );
  }

  // gray-matter closes the front-matter at the first line that starts with ---.
  const closeIndex = source.indexOf('\n---', firstLine.length);
  if (closeIndex === -1) {
    return fail(1, 1, 'the front-matter opened on line 1 is never closed; add a line --- after the last field');
  }
  const closeLine = lineOf(source, closeIndex + 1);
  const closeRest = source.slice(closeIndex + 4, lineEnd(source, closeIndex + 1));
  if (closeRest.trim() !== '') {
    return fail(
      closeLine,
      1,
      'a line starting with --- closes the front-matter, so it must hold nothing else; put --- alone on this line',
    );
  }

  return { ok: true, layout: { source, firstLine, closeIndex, closeLine, blockEnd: lineEnd(source, closeIndex + 1) } };
}

/** A file's Markdown body and the line it starts on, split exactly as readSource splits it, without reading the YAML. */
export function readBody(text: string): { body: string; bodyLine: number } | undefined {
  const found = layout(text);
  if (!found.ok) return undefined;
  const { source, blockEnd, closeLine } = found.layout;
  return { body: source.slice(Math.min(blockEnd + 1, source.length)), bodyLine: closeLine + 1 };
}

/** Splits a content file into front-matter data and body, or says why it cannot. */
export function readSource(text: string): ReadResult {
  const found = layout(text);
  if (!found.ok) return { ok: false, problem: found.problem };
  const { source, firstLine, closeIndex, closeLine, blockEnd } = found.layout;

  // gray-matter sees the front-matter block only: it keys a cache lookup on its whole input, which
  // costs more than the parse itself for long bodies, and the body needs no reading.
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(source.slice(0, blockEnd), { engines: ENGINES, language: 'yaml' });
  } catch (error) {
    return yamlFailure(error);
  }

  const data: unknown = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(2, 1, 'the front-matter must be a list of "key: value" fields');
  }
  const shapeProblem = checkShape(data);
  if (shapeProblem) return fail(2, 1, shapeProblem);

  const yamlText = source.slice(firstLine.length, closeIndex + 1);
  return {
    ok: true,
    parts: {
      data: data as Record<string, unknown>,
      yaml: yamlText,
      body: source.slice(Math.min(blockEnd + 1, source.length)),
      bodyLine: closeLine + 1,
    },
  };
}

function fail(line: number, column: number, message: string): ReadResult {
  return { ok: false, problem: { line, column, message } };
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function lineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end === -1 ? text.length : end;
}

function yamlFailure(error: unknown): ReadResult {
  if (error instanceof yaml.YAMLException) {
    // The YAML text starts with the rest of the opening line, so YAML line 0 is file line 1.
    const line = error.mark ? error.mark.line + 1 : 1;
    const column = error.mark ? error.mark.column + 1 : 1;
    return fail(line, column, `the front-matter is not valid YAML: ${yamlReason(error.reason)}`);
  }
  if (error instanceof RangeError) {
    return fail(
      1,
      1,
      `the front-matter nests too deeply to read; keep lists and mappings at most ${MAX_DEPTH} levels deep`,
    );
  }
  if (error instanceof Error && /front-matter language/.test(error.message)) {
    return fail(1, 1, `${error.message}; use YAML`);
  }
  throw error;
}

function yamlReason(reason: string): string {
  if (/duplicated mapping key/.test(reason)) return 'a key appears twice; keep one of them';
  if (/unknown tag/.test(reason)) {
    return `${reason}; custom tags such as !!js/function are not accepted, write plain values`;
  }
  if (/unidentified alias/.test(reason)) return `${reason}; anchors and aliases (&name, *name) are not accepted`;
  return reason;
}

/**
 * Rejects anchors and aliases that reuse a list or mapping (the way YAML "billion laughs" bombs grow),
 * values nested too deeply, and front-matter with too many values.
 */
function checkShape(data: object): string | undefined {
  const seen = new Set<object>();
  let nodes = 0;
  const stack: Array<[value: unknown, depth: number]> = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (++nodes > MAX_NODES) return `the front-matter holds more than ${MAX_NODES} values; a posting needs far fewer`;
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) return 'anchors and aliases (&name, *name) are not accepted; write each value out';
    if (depth > MAX_DEPTH) return `the front-matter nests more than ${MAX_DEPTH} levels deep; flatten it`;
    seen.add(value);
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return undefined;
}
