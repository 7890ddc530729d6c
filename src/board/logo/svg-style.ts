// Reads the CSS of an SVG logo, a `style="…"` attribute or a `<style>` element of single-class rules (what
// Illustrator exports), so that its declarations can become presentation attributes: a published logo holds
// no CSS at all. Anything else (other selectors, at-rules, escapes, !important) is refused with the reason.

import { PROPERTIES } from './svg-values.ts';

/** One `property: value` declaration; `offset` is where it starts in the CSS text. */
export interface Declaration {
  /** The property name, in lowercase (CSS property names are case-insensitive). */
  property: string;
  value: string;
  offset: number;
}

/** A rule of a `<style>` element: the classes it selects (`.a, .b`) and its declarations, in order. */
export interface ClassRule {
  classes: string[];
  declarations: Declaration[];
}

export interface StyleProblem {
  /** Where in the CSS text the problem is. */
  offset: number;
  message: string;
}

const EXPORT_HINT = 'export the logo with presentation attributes instead of CSS';

/** The text with comments blanked out (line breaks kept, so offsets still give lines), or where one is unclosed. */
function withoutComments(css: string): { text: string; unclosed?: number } {
  let text = '';
  let index = 0;
  while (index < css.length) {
    const start = css.indexOf('/*', index);
    if (start === -1) {
      text += css.slice(index);
      break;
    }
    const end = css.indexOf('*/', start + 2);
    if (end === -1) return { text, unclosed: start };
    text += css.slice(index, start) + css.slice(start, end + 2).replace(/[^\n]/g, ' ');
    index = end + 2;
  }
  return { text };
}

/** Problems any CSS text in a logo is refused for, whatever its rules: escapes and at-rules. */
function hazards(css: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  const escape = css.indexOf('\\');
  if (escape !== -1) {
    problems.push({
      offset: escape,
      message: `uses a CSS escape (\\…), which can disguise a value (\\75 rl reads as url); write values plainly, or ${EXPORT_HINT}`,
    });
  }
  const at = /@([A-Za-z-]*)/.exec(css);
  if (at) {
    problems.push({
      offset: at.index,
      message: `has an @${at[1] || '…'} rule; at-rules (@import, @font-face, @media…) can load other files or apply conditionally, so ${EXPORT_HINT}`,
    });
  }
  return problems;
}

/** Splits on `separator` outside quotes and parentheses, keeping each piece's offset. */
function split(text: string, separator: string, base: number): Array<{ text: string; offset: number }> {
  const pieces: Array<{ text: string; offset: number }> = [];
  let quote = '';
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === separator && depth === 0) {
      pieces.push({ text: text.slice(start, i), offset: base + start });
      start = i + 1;
    }
  }
  pieces.push({ text: text.slice(start), offset: base + start });
  return pieces;
}

/** The declarations of a block of CSS starting at `base`; problems are added to `problems`. */
function declarationsOf(text: string, base: number, problems: StyleProblem[]): Declaration[] {
  const declarations: Declaration[] = [];
  for (const piece of split(text, ';', base)) {
    if (piece.text.trim() === '') continue;
    const offset = piece.offset + (piece.text.length - piece.text.trimStart().length);
    const colon = piece.text.indexOf(':');
    const property = colon === -1 ? '' : piece.text.slice(0, colon).trim().toLowerCase();
    if (!/^-?[a-z][a-z0-9-]*$/.test(property)) {
      problems.push({
        offset,
        message: `has ${quoted(piece.text.trim())}, which is not a "property: value" declaration`,
      });
      continue;
    }
    const value = piece.text.slice(colon + 1).trim();
    if (/!\s*important$/i.test(value)) {
      problems.push({
        offset,
        message: `marks ${property} !important, which changes which declaration wins and cannot be converted exactly; remove !important`,
      });
      continue;
    }
    declarations.push({ property, value, offset });
  }
  return declarations;
}

/** The declarations of a `style` attribute. */
export function parseStyleAttribute(css: string): { declarations: Declaration[]; problems: StyleProblem[] } {
  const { text, unclosed } = withoutComments(css);
  if (unclosed !== undefined)
    return { declarations: [], problems: [{ offset: unclosed, message: 'has an unclosed comment (/*)' }] };
  const problems = hazards(text);
  if (problems.length > 0) return { declarations: [], problems };
  const declarations = declarationsOf(text, 0, problems);
  return { declarations, problems };
}

const CLASS_SELECTOR = /^\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)$/;

/** The rules of a `<style>` element; every rule must select single classes only. */
export function parseStyleSheet(css: string): { rules: ClassRule[]; problems: StyleProblem[] } {
  const { text, unclosed } = withoutComments(css);
  if (unclosed !== undefined)
    return { rules: [], problems: [{ offset: unclosed, message: 'has an unclosed comment (/*)' }] };
  const problems = hazards(text);
  if (problems.length > 0) return { rules: [], problems };
  const rules: ClassRule[] = [];
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('{', index);
    if (open === -1) {
      const rest = text.slice(index);
      if (rest.trim() !== '')
        problems.push({
          offset: index + rest.search(/\S/),
          message: `has text outside any rule: ${quoted(rest.trim())}`,
        });
      break;
    }
    const close = text.indexOf('}', open + 1);
    const nested = text.indexOf('{', open + 1);
    if (close === -1 || (nested !== -1 && nested < close)) {
      problems.push({ offset: open, message: 'has a rule that is not closed, or blocks inside blocks' });
      break;
    }
    const selectorText = text.slice(index, open);
    const selectorOffset = index + (selectorText.length - selectorText.trimStart().length);
    const classes: string[] = [];
    for (const selector of split(selectorText, ',', index)) {
      const match = CLASS_SELECTOR.exec(selector.text.trim());
      if (match) classes.push(match[1]!);
      else {
        problems.push({
          offset: selectorOffset,
          message: `has the rule ${quoted(selectorText.trim())}, but only rules on single classes (.cls-1 { … }) can be converted to attributes; ${EXPORT_HINT} (Illustrator: Styling → Presentation Attributes)`,
        });
        classes.length = 0;
        break;
      }
    }
    const declarations = declarationsOf(text.slice(open + 1, close), open + 1, problems);
    if (classes.length > 0) rules.push({ classes, declarations });
    index = close + 1;
  }
  return { rules, problems };
}

/**
 * CSS properties that are not presentation attributes but that a logo can drop without changing how it looks:
 * undefined means any value can go (it has no effect on SVG rendering, or only in the editor that wrote it);
 * otherwise only the listed values can (their initial value, set by editors out of habit).
 */
const DROPPABLE: Readonly<Record<string, readonly string[] | undefined>> = {
  // No effect on SVG text without inline-size or shape-inside, which are refused.
  'line-height': undefined,
  'text-align': undefined,
  'text-align-last': undefined,
  'block-progression': undefined,
  'enable-background': undefined,
  // Inkscape's own paint server and editing properties.
  'solid-color': undefined,
  'solid-opacity': undefined,
  'font-variant-ligatures': ['normal'],
  'font-variant-caps': ['normal'],
  'font-variant-numeric': ['normal'],
  'font-variant-east-asian': ['normal'],
  'font-variant-alternates': ['normal'],
  'font-variant-position': ['normal'],
  'font-feature-settings': ['normal'],
  'font-variation-settings': ['normal'],
  'font-kerning': ['auto'],
  'text-transform': ['none'],
  'text-orientation': ['mixed'],
  'text-indent': ['0'],
  'text-decoration-line': ['none'],
  'mix-blend-mode': ['normal'],
  isolation: ['auto'],
  'white-space': ['normal'],
  'shape-inside': ['none'],
  'shape-padding': ['0'],
  'shape-margin': ['0'],
  'inline-size': ['0', 'auto'],
};

/** What to do with one CSS declaration of a logo. */
export type DeclarationFate =
  { kind: 'property'; properties: string[] } | { kind: 'drop' } | { kind: 'refuse'; message: string };

/**
 * Whether a declaration becomes presentation attributes (a shorthand becomes several), can be dropped because it
 * does not change the picture, or must be refused. Values are checked by the caller.
 */
export function fateOf(declaration: Declaration): DeclarationFate {
  const { property, value } = declaration;
  if (Object.hasOwn(PROPERTIES, property)) return { kind: 'property', properties: [property] };
  if (property === 'marker') return { kind: 'property', properties: ['marker-start', 'marker-mid', 'marker-end'] };
  // Inkscape's and Sodipodi's own properties only matter inside the editor.
  if (property.startsWith('-inkscape-') || property.startsWith('-sodipodi-')) return { kind: 'drop' };
  // Decoration longhands only matter when a decoration is drawn; the caller refuses them when one is.
  if (property === 'text-decoration-color' || property === 'text-decoration-style') return { kind: 'drop' };
  if (Object.hasOwn(DROPPABLE, property)) {
    const values = DROPPABLE[property];
    if (values === undefined || values.includes(value.trim().toLowerCase())) return { kind: 'drop' };
    return {
      kind: 'refuse',
      message: `sets ${property}: ${quoted(value)}, which changes the picture and has no presentation attribute, so it cannot be converted exactly; ${EXPORT_HINT}, or convert the text to paths`,
    };
  }
  return {
    kind: 'refuse',
    message: `sets ${quoted(property)}, which is not a drawing property a logo may use (or has no presentation attribute to convert it to); ${EXPORT_HINT}`,
  };
}

/** A value from the file, quoted for a message: short, with anything but printable ASCII escaped. */
export function quoted(text: string, max = 60): string {
  const escaped = JSON.stringify(text.slice(0, max)).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return text.length > max ? `${escaped}…` : escaped;
}
