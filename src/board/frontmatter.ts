// Reads a content file's YAML front-matter with gray-matter, hardened: only YAML is accepted (gray-matter's
// default engines would evaluate `---js`), parsed by js-yaml 4 like Astro, nothing ever executed, and every cost
// bounded by the size of the file. The validator and the build both read files through this module, so they
// cannot disagree.

import matter from 'gray-matter';
import yaml from 'js-yaml';
import { quote } from './characters.ts';
import { BOARD } from './wording.ts';

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

/**
 * The largest front-matter read, in bytes between the --- lines. A posting's fields take about 1 KB, and the
 * largest the schema allows (20 offices or every place, the longest values, a 2,000-character link) 4.5 KB.
 */
export const MAX_FRONTMATTER_BYTES = 16 * 1024;
/**
 * The most lines a front-matter block may have: the largest posting the schema allows, every place listed one a
 * line, takes about 300. It also bounds gray-matter's check for comment-only front-matter, whose cost grows with
 * the number of lines times their length.
 */
const MAX_FRONTMATTER_LINES = 1000;
/** The longest key read: the field names are at most 15 characters. */
const MAX_KEY_LENGTH = 64;
/** The longest value read, in characters: titles and names stop at 100, and a link rarely needs 300. */
const MAX_SCALAR_LENGTH = 2000;
/** The most values (scalars, lists and mappings) a front-matter block may hold. */
const MAX_NODES = 5000;
/** The deepest lists and mappings may nest. */
const MAX_DEPTH = 12;
/**
 * How deep js-yaml may nest its own reading of nodes, which takes at most two steps per level of the data (a list
 * item holding a flow list): it stops there, long before the stack could overflow, and the exact limit on the
 * data is checked once it is read.
 */
const PARSER_DEPTH = 2 * MAX_DEPTH + 4;

function refuse(language: string): () => never {
  return () => {
    throw new Error(`front-matter language "${language}" is not accepted`);
  };
}

/** Every engine gray-matter knows, replaced: YAML goes to js-yaml 4 through parseYaml, everything else is refused. */
function enginesFor(topKeys: Map<string, number>): Record<string, (input: string) => object> {
  const parse = (input: string): object => (parseYaml(input, topKeys) ?? {}) as object;
  return {
    yaml: parse,
    yml: parse,
    js: refuse('js'),
    javascript: refuse('javascript'),
    coffee: refuse('coffee'),
    coffeescript: refuse('coffeescript'),
    json: refuse('json'),
    toml: refuse('toml'),
  };
}

/** A construct refused while the YAML is read; `offset` is where it starts in the YAML text. */
class Refusal extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

/** js-yaml's parser state as its listener sees it, with the fields its type declarations leave out. */
type ParserState = yaml.State & { anchor: string | null };

/** A node the parser has opened and not yet closed. */
interface OpenNode {
  /** Where its first token starts, after spaces and comments. */
  start: number;
  /** Whether it is a flow mapping (`{…}`), whose children are keys and values in turn. */
  flowMapping: boolean;
  /** For a flow mapping: whether its next child is a key. */
  expectKey: boolean;
  /** Whether it stands where its flow mapping expects a key. */
  flowKey: boolean;
}

/**
 * Reads YAML with js-yaml, refusing what makes reading costly before it is built: anchors and aliases (the
 * way "billion laughs" bombs grow, and a key built from aliases is turned into one huge string), complex
 * keys (`? …`, or a list or mapping used as a key), over-long keys and values, and deep nesting. It watches
 * js-yaml's own events, so it sees exactly what the parser reads, and stops it at the first such construct.
 * Top-level keys are recorded with their offsets, to point at them in later messages.
 */
function parseYaml(source: string, topKeys: Map<string, number>): unknown {
  const stack: OpenNode[] = [];
  const options: yaml.LoadOptions & { maxDepth: number } = {
    schema: YAML_SCHEMA,
    json: false,
    maxDepth: PARSER_DEPTH,
    listener(event, parserState) {
      const state = parserState as ParserState;
      if (event === 'open') {
        const start = skipSpace(source, state.position);
        refuseAhead(source, start);
        const parent = stack.at(-1);
        // A block mapping first reads its first key as a node of its own: a child starting where its parent
        // starts is that first reading of the parent's content, not the content of a flow mapping.
        if (parent && parent.start === start) parent.flowMapping = false;
        const flowKey = parent !== undefined && parent.flowMapping && parent.expectKey;
        stack.push({ start, flowMapping: startsFlowMapping(source, start), expectKey: true, flowKey });
        return;
      }
      const node = stack.pop()!;
      if (state.anchor !== null) throw new Refusal(node.start, anchorMessage('&', state.anchor));
      const next = skipSpace(source, state.position);
      const colon = source.charCodeAt(next) === COLON;
      const parent = stack.at(-1);
      const isKey = node.flowKey || (colon && startsEntry(source, node.start));
      if (parent?.flowMapping) parent.expectKey = !node.flowKey || !colon;
      if (state.kind === 'sequence' || state.kind === 'mapping') {
        if (isKey) throw new Refusal(node.start, complexKeyMessage(state.kind));
      } else if (state.kind === 'scalar') {
        // Numbers, booleans and nulls are measured as written.
        const length = typeof state.result === 'string' ? state.result.length : state.position - node.start;
        if (isKey && length > MAX_KEY_LENGTH) throw new Refusal(node.start, longKeyMessage(length));
        if (length > MAX_SCALAR_LENGTH) throw new Refusal(node.start, longValueMessage(length));
        if (isKey && stack.length === 1) {
          const key = String(state.result);
          if (!topKeys.has(key)) topKeys.set(key, node.start);
        }
      }
      refuseAhead(source, next);
    },
  };
  return yaml.load(source, options);
}

// Character codes of the YAML syntax the listener looks at. Past the end of the text, charCodeAt gives NaN,
// which is none of them.
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const EXCLAMATION = 0x21;
const HASH = 0x23;
const AMPERSAND = 0x26;
const ASTERISK = 0x2a;
const COMMA = 0x2c;
const DASH = 0x2d;
const COLON = 0x3a;
const QUESTION = 0x3f;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** Whether the character at `index` is a space, a tab, a line break, or the end of the text. */
function isBlank(source: string, index: number): boolean {
  const c = source.charCodeAt(index);
  return c === SPACE || c === TAB || c === LF || c === CR || c !== c;
}

/** Where the next token starts at or after `index`: spaces, line breaks and comments skipped, as js-yaml does. */
function skipSpace(source: string, index: number): number {
  let i = index;
  for (;;) {
    const c = source.charCodeAt(i);
    if (c === SPACE || c === TAB || c === LF || c === CR) i++;
    else if (c === HASH) {
      for (let d = c; d === d && d !== LF && d !== CR; d = source.charCodeAt(++i));
    } else return i;
  }
}

/** Where a tag (`!!str`) starting at `index` ends. */
function tagEnd(source: string, index: number): number {
  let i = index;
  while (!isBlank(source, i)) i++;
  return i;
}

function startsFlowMapping(source: string, start: number): boolean {
  let i = start;
  while (source.charCodeAt(i) === EXCLAMATION) i = skipSpace(source, tagEnd(source, i));
  return source.charCodeAt(i) === OPEN_BRACE;
}

/**
 * Refuses an anchor, an alias or a complex key among the tokens from `index` to the next value: the indicators
 * that open collections and entries (`[`, `{`, `,`, `- `) and tags are passed over, since a node's anchor or
 * alias, or the `?` of the key of a collection's first entry, follows them before js-yaml opens another node.
 */
function refuseAhead(source: string, index: number): void {
  let i = index;
  for (;;) {
    i = skipSpace(source, i);
    const c = source.charCodeAt(i);
    if (c === EXCLAMATION) i = tagEnd(source, i);
    else if (c === OPEN_BRACKET || c === OPEN_BRACE || c === COMMA || (c === DASH && isBlank(source, i + 1))) i++;
    else if (c === AMPERSAND || c === ASTERISK) {
      throw new Refusal(i, anchorMessage(source[i]!, nameAt(source, i + 1)));
    } else if (c === QUESTION && isBlank(source, i + 1)) throw new Refusal(i, complexKeyMessage('?'));
    else return;
  }
}

/** The name of an anchor or alias, as js-yaml reads it: up to a space or a flow indicator. */
function nameAt(source: string, index: number): string {
  let i = index;
  for (let c = source.charCodeAt(i); !isBlank(source, i); c = source.charCodeAt(++i)) {
    if (c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE || c === COMMA) break;
  }
  return source.slice(index, i);
}

/** Whether a node starting at `start` is the first on its line (after `- ` entries) or in a flow entry. */
function startsEntry(source: string, start: number): boolean {
  let i = start - 1;
  for (;;) {
    let c = source.charCodeAt(i);
    while (c === SPACE || c === TAB) c = source.charCodeAt(--i);
    if (c !== c || c === LF || c === CR || c === OPEN_BRACKET || c === OPEN_BRACE || c === COMMA) return true;
    if (c !== DASH || !isBlank(source, i + 1)) return false;
    i--;
  }
}

function anchorMessage(indicator: string, name: string): string {
  const what = indicator === '&' ? 'an anchor' : 'an alias';
  return `found ${what} (${indicator}${quoteStart(name)}); anchors and aliases (&name, *name) are not accepted, so write the value out in full, in quotes if it starts with & or *`;
}

function complexKeyMessage(kind: string): string {
  const found =
    kind === '?'
      ? 'a complex key (? …)'
      : kind === 'sequence'
        ? 'a list ([…]) used as a key'
        : 'a mapping ({…}) used as a key';
  return `found ${found}; keys must be plain field names, one "key: value" per line, like title: ${BOARD.examples.title}`;
}

function longKeyMessage(length: number): string {
  return `found a key of ${length} characters; keys are field names of at most ${MAX_KEY_LENGTH} characters, such as title or salary`;
}

function longValueMessage(length: number): string {
  return `found a value of ${length} characters; values may be at most ${MAX_SCALAR_LENGTH} characters (a title at most 100), so shorten it`;
}

/** The start of a name from a file, for a message: a long one would drown it. */
function quoteStart(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

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

  const yamlText = source.slice(firstLine.length, closeIndex + 1);
  const bytes = utf8Length(yamlText);
  if (bytes > MAX_FRONTMATTER_BYTES) {
    return fail(
      1,
      1,
      `the front-matter is ${Math.ceil(bytes / 1024)} KB; at most ${MAX_FRONTMATTER_BYTES / 1024} KB is accepted, and a posting's fields take about 1 KB. Check that a line --- closes it right after the last field`,
    );
  }

  let lines = 1;
  for (let i = yamlText.indexOf('\n'); i !== -1 && lines <= MAX_FRONTMATTER_LINES; i = yamlText.indexOf('\n', i + 1))
    lines++;
  if (lines > MAX_FRONTMATTER_LINES) {
    return fail(
      1,
      1,
      `the front-matter has more than ${MAX_FRONTMATTER_LINES} lines; a posting's fields take about 20. Check that a line --- closes it right after the last field`,
    );
  }

  // gray-matter sees the front-matter block only (never the body), and hands it to js-yaml through the one engine
  // it may use; every other language is refused unread. What it hands over is a prefix of yamlText, so offsets
  // in it are offsets in yamlText.
  const topKeys = new Map<string, number>();
  let data: unknown;
  try {
    data = matter(source.slice(0, blockEnd), { engines: enginesFor(topKeys), language: 'yaml' }).data;
  } catch (error) {
    return yamlFailure(error, yamlText);
  }
  // Empty front-matter (nothing, comments, a null) is no fields at all, as gray-matter reads it.
  data ??= {};

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail(2, 1, 'the front-matter must be a list of "key: value" fields');
  }
  const shape = shapeProblem(data as Record<string, unknown>);
  if (shape) {
    const offset = shape.key === undefined ? undefined : topKeys.get(shape.key);
    const at = offset === undefined ? { line: 2, column: 1 } : positionOf(yamlText, offset);
    return fail(at.line, at.column, shape.message);
  }

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

/** The length of a text in UTF-8, without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Two bytes up to U+07FF, three beyond; a surrogate pair (two units) makes four.
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** The file position of an offset in the YAML text, whose first line is the file's first line. */
function positionOf(yamlText: string, offset: number): { line: number; column: number } {
  const lineStart = yamlText.lastIndexOf('\n', offset - 1) + 1;
  let line = 1;
  for (let i = yamlText.indexOf('\n'); i !== -1 && i < offset; i = yamlText.indexOf('\n', i + 1)) line++;
  return { line, column: offset - lineStart + 1 };
}

function yamlFailure(error: unknown, yamlText: string): ReadResult {
  if (error instanceof Refusal) {
    const at = positionOf(yamlText, error.offset);
    return fail(at.line, at.column, error.message);
  }
  if (error instanceof yaml.YAMLException) {
    // The YAML text starts with the rest of the opening line, so YAML line 0 is file line 1.
    const line = error.mark ? error.mark.line + 1 : 1;
    const column = error.mark ? error.mark.column + 1 : 1;
    if (/unidentified alias/.test(error.reason)) {
      return fail(line, column, anchorMessage('*', /"(.*)"/.exec(error.reason)?.[1] ?? ''));
    }
    if (/nesting exceeded maxDepth/.test(error.reason)) return fail(line, column, DEPTH_MESSAGE);
    if (/duplicated mapping key/.test(error.reason) && error.mark) {
      return fail(line, column, duplicateKeyMessage(yamlText, error.mark.position, line));
    }
    return fail(line, column, `the front-matter is not valid YAML: ${yamlReason(error.reason)}`);
  }
  if (error instanceof RangeError) return fail(1, 1, DEPTH_MESSAGE);
  throw error;
}

/**
 * "`level` is given twice, on lines 4 and 20; keep one": js-yaml stops at the second key, `offset`, on file line
 * `line`; the first is the nearest line above at the same indentation with the same key, before the mapping
 * ends (a line indented less). Both keys sit within the front-matter's bounded size, so the scan is too.
 */
function duplicateKeyMessage(yamlText: string, offset: number, line: number): string {
  const key = keyAt(yamlText, offset);
  if (key === undefined) return 'the front-matter is not valid YAML: a key is given twice; keep one of them';
  // A key of the schema reads as code; anything else is quoted with its invisible characters escaped.
  const name = /^[\w.-]{1,40}$/.test(key) ? `\`${key}\`` : quote(key.length > 40 ? `${key.slice(0, 40)}…` : key);
  const lines = yamlText.split('\n');
  const indent = offset - (yamlText.lastIndexOf('\n', offset - 1) + 1);
  for (let i = line - 2; i >= 0; i--) {
    const text = lines[i]!;
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    // A list item's first key stands after its dash: "  - city: Berlin" holds a key at column 4.
    const keyColumn = /^\s*(?:-\s+)*/.exec(text)![0].length;
    if (keyColumn === indent && keyAt(text, keyColumn) === key) {
      return `${name} is given twice, on lines ${i + 1} and ${line}; keep one`;
    }
    if (text.length - text.trimStart().length < indent && keyColumn <= indent) break;
  }
  // In a flow mapping, { from: -1, from: 3 }, both are on one line.
  return `${name} is given twice in the mapping on line ${line}; keep one`;
}

/** The mapping key that starts at `offset` of `text` (plain, or in single or double quotes), if one does. */
function keyAt(text: string, offset: number): string | undefined {
  const rest = text.slice(offset, offset + 200);
  const quoted = /^(["'])(.*?)\1\s*:/.exec(rest);
  if (quoted) return quoted[2];
  const plain = /^([^\s:#,[\]{}][^:\n]*?)\s*:(\s|$)/.exec(rest);
  return plain?.[1];
}

function yamlReason(reason: string): string {
  if (/duplicated mapping key/.test(reason)) return 'a key appears twice; keep one of them';
  if (/unknown tag/.test(reason)) {
    return `${reason}; custom tags such as !!js/function are not accepted, write plain values`;
  }
  return reason;
}

const DEPTH_MESSAGE = `the front-matter nests more than ${MAX_DEPTH} levels deep; flatten it`;
const COUNT_MESSAGE = `the front-matter holds more than ${MAX_NODES} values; a posting needs far fewer`;

/**
 * Front-matter with too many values or values nested too deeply, and the top-level key whose value holds the
 * problem (counted in document order).
 */
function shapeProblem(data: Record<string, unknown>): { key: string | undefined; message: string } | undefined {
  let nodes = 1;
  for (const [key, value] of Object.entries(data)) {
    const stack: Array<[value: unknown, depth: number]> = [[value, 1]];
    while (stack.length > 0) {
      const [item, depth] = stack.pop()!;
      if (++nodes > MAX_NODES) return { key, message: COUNT_MESSAGE };
      if (item === null || typeof item !== 'object') continue;
      if (depth > MAX_DEPTH) return { key, message: DEPTH_MESSAGE };
      for (const child of Object.values(item)) stack.push([child, depth + 1]);
    }
  }
  return undefined;
}
