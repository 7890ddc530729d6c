// SVG logos, safe by construction: a logo is parsed with a namespace-aware XML parser and rebuilt from an
// allowlist of SVG drawing elements and attributes, with its CSS converted to presentation attributes. The
// build publishes that rebuilt file, never the contributor's bytes. What editors add and the picture does not
// need is dropped; anything that could run, load, link or animate, or that cannot be converted exactly, is
// refused with the line it is on and how to fix it.

import { SaxesParser } from 'saxes';
import { fateOf, parseStyleAttribute, parseStyleSheet, quoted, type Declaration } from './svg-style.ts';
import {
  ATTRIBUTES,
  PROPERTIES,
  REFERENCE_ID,
  XML_LANG,
  XML_SPACE,
  checkProperty,
  type CheckedValue,
} from './svg-values.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';

/** What a logo may hold, so that checking, and showing, one costs little whatever its 100 KB hold. */
export const SVG_LIMITS = {
  /** Elements nested inside one another. */
  depth: 50,
  /** Elements in the file, dropped ones included. */
  elements: 10_000,
  /** Attributes on one element. */
  attributes: 100,
  /** Characters in a path's `d`, a `points` list or a `style` attribute. */
  longValue: 65_536,
  /** Characters in any other attribute. */
  value: 4_096,
  /** Elements drawn once every `use` and url(#…) reference is followed (against "use bombs"). */
  rendered: 50_000,
  /** The cleaned file, in bytes: converting CSS repeats it on every element it applies to. */
  output: 512 * 1024,
  /** Problems listed for one file; the rest are counted. */
  problems: 20,
} as const;

const LONG_VALUES = new Set(['d', 'points', 'path', 'style', 'dx', 'dy', 'rotate']);

/**
 * Namespaces of editors' own elements and attributes (Inkscape, Sodipodi, Illustrator, Sketch, Affinity, Boxy
 * SVG) and of the metadata they write (RDF, Creative Commons, Dublin Core, XMP): dropped silently.
 */
const EDITOR_NAMESPACES = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://creativecommons.org/ns#',
  'http://web.resource.org/cc/',
  'http://purl.org/dc/elements/1.1/',
  'http://purl.org/dc/terms/',
  'http://www.bohemiancoding.com/sketch/ns',
  'http://ns.adobe.com/AdobeIllustrator/10.0/',
  'http://ns.adobe.com/Extensibility/1.0/',
  'http://ns.adobe.com/Graphs/1.0/',
  'http://ns.adobe.com/Variables/1.0/',
  'http://ns.adobe.com/SaveForWeb/1.0/',
  'http://ns.adobe.com/ImageReplacement/1.0/',
  'http://ns.adobe.com/GenericCustomNamespace/1.0/',
  'http://ns.adobe.com/XPath/1.0/',
  'http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/',
  'http://ns.adobe.com/xap/1.0/',
  'adobe:ns:meta/',
  'http://www.serif.com/',
  'https://boxy-svg.com',
]);

/** Namespaces whose elements act in a browser wherever they are, even inside metadata. */
const ACTIVE_NAMESPACES = new Set([SVG_NS, XHTML_NS, MATHML_NS]);

/** The SVG elements a logo keeps: shapes, text, paint servers, clipping, masking, markers and simple filters. */
const DRAWING_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'linearGradient',
  'radialGradient',
  'stop',
  'pattern',
  'clipPath',
  'mask',
  'marker',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
]);

/** Elements whose text is part of the picture, or of its accessible name. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);

const ANIMATION =
  'animation, which can change the drawing and what it refers to after it was checked; a logo is a still image, so remove it';
const EMBEDS = 'an element that embeds other content, which this check cannot see; remove it';
const SVG_FONT =
  'part of an SVG font, which can load other files; use a standard font family or convert the text to paths';

/** Why an SVG element is refused, for the elements that can act: scripts, links, embedding, animation. */
const ACTIVE_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'a script, which runs when the logo is opened on its own; a logo must be a plain drawing, so remove it',
  handler: 'an SVG Tiny event handler, which runs code; remove it',
  listener: 'an SVG Tiny event listener, which runs code; remove it',
  foreignObject: 'a container for HTML (frames, forms, scripts); remove it, or convert what it shows to paths',
  image:
    'an image, which loads or embeds another picture this check cannot see; trace it as paths, or submit a PNG logo',
  feImage: 'a filter image, which loads or embeds another picture; remove it',
  a: 'a link; a logo links nowhere, so remove the <a> element and keep what it contains',
  animate: ANIMATION,
  animateColor: ANIMATION,
  animateMotion: ANIMATION,
  animateTransform: ANIMATION,
  set: ANIMATION,
  mpath: ANIMATION,
  discard: ANIMATION,
  iframe: EMBEDS,
  video: EMBEDS,
  audio: EMBEDS,
  canvas: EMBEDS,
  embed: EMBEDS,
  object: EMBEDS,
  cursor: 'a cursor, which loads an image for the mouse pointer; remove it',
  font: SVG_FONT,
  'font-face': SVG_FONT,
  'font-face-src': SVG_FONT,
  'font-face-uri': SVG_FONT,
  glyph: SVG_FONT,
  'missing-glyph': SVG_FONT,
  switch:
    'a switch, which shows different content depending on the viewer, so what is checked may not be what is shown; keep one version of the drawing',
};

/** Attributes editors write that never change the picture. */
const SILENT_ATTRIBUTES = new Set(['version', 'baseProfile', 'enable-background', 'zoomAndPan']);
/** XLink attributes that only describe a link; without one they do nothing. */
const SILENT_XLINK = new Set(['title', 'type', 'show', 'actuate', 'role', 'arcrole']);

const EXPORT = 'open it in a vector editor and export it again as plain SVG';

/** One thing wrong with a logo, at a 1-based line and column. */
export interface SvgProblem {
  line: number;
  column: number;
  message: string;
}

export type SvgLogoResult =
  | { ok: true; svg: string }
  | {
      ok: false;
      /** The first problems, in the file's order (at most SVG_LIMITS.problems). */
      problems: SvgProblem[];
      /** How many more problems there were. */
      omitted: number;
    };

interface SvgAttribute {
  /** As written, with its prefix. */
  name: string;
  local: string;
  uri: string;
  value: string;
  line: number;
  column: number;
}

interface SvgElement {
  kind: 'element';
  name: string;
  local: string;
  uri: string;
  attributes: SvgAttribute[];
  children: SvgNode[];
  line: number;
  column: number;
  /** Where its content starts: the line of the ">" ending its start tag. */
  contentLine: number;
}

interface SvgText {
  kind: 'text';
  text: string;
}

type SvgNode = SvgElement | SvgText;

/** Thrown to stop parsing: the file cannot be checked any further. */
class Stop extends Error {}

/** Problems kept in memory at most; beyond that they are only counted. */
const PROBLEMS_KEPT = 1000;

class Problems {
  private readonly kept: SvgProblem[] = [];
  count = 0;
  add(line: number, column: number, message: string): void {
    this.count++;
    if (this.kept.length < PROBLEMS_KEPT) this.kept.push({ line, column: Math.max(1, column), message });
  }
  at(node: { line: number; column: number }, message: string): void {
    this.add(node.line, node.column, message);
  }
  /** The first problems in the file's order, and how many others there are. */
  first(): { problems: SvgProblem[]; omitted: number } {
    const sorted = [...this.kept].sort((a, b) => a.line - b.line || a.column - b.column);
    const problems = sorted.slice(0, SVG_LIMITS.problems);
    return { problems, omitted: this.count - problems.length };
  }
}

/** An element or attribute name from the file, fit for a message. */
function safeName(name: string): string {
  const short = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return short.replace(/[^\x20-\x7e…]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const tag = (element: SvgElement) => `<${safeName(element.name)}>`;

function namespaceName(uri: string): string {
  if (uri === XHTML_NS) return 'the HTML namespace';
  if (uri === MATHML_NS) return 'the MathML namespace';
  if (uri === SVG_NS) return 'the SVG namespace';
  return uri === '' ? 'no namespace' : `the namespace ${quoted(uri)}`;
}

/** The 0-based offset of the first byte that is not valid UTF-8, or -1. */
function invalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The file as text, or why it is not UTF-8. */
function decode(bytes: Uint8Array, problems: Problems): string | undefined {
  const startsWith = (...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (startsWith(0x00, 0x00, 0xfe, 0xff) || startsWith(0xff, 0xfe, 0x00, 0x00)) {
    problems.add(1, 1, `the file is UTF-32 text (it starts with a UTF-32 byte order mark); save the SVG as UTF-8`);
    return undefined;
  }
  if (startsWith(0xfe, 0xff) || startsWith(0xff, 0xfe)) {
    problems.add(1, 1, `the file is UTF-16 text (it starts with a UTF-16 byte order mark); save the SVG as UTF-8`);
    return undefined;
  }
  const bad = invalidUtf8(bytes);
  if (bad !== -1) {
    problems.add(lineOf(bytes, bad), 1, `the file is not valid UTF-8 (byte ${bad + 1}); save the SVG as UTF-8`);
    return undefined;
  }
  // A UTF-8 byte order mark is allowed, and removed.
  return new TextDecoder('utf-8').decode(bytes);
}

/** Parses the file into a tree, or undefined when it is not well-formed or is over a limit. */
function parse(text: string, problems: Problems): SvgElement | undefined {
  // Always XML 1.0, whatever the declaration says (another version is refused below): XML 1.1 would count NEL and
  // U+2028 as line breaks, and problems would be reported on lines no editor shows.
  const parser = new SaxesParser({ xmlns: true, position: true, defaultXMLVersion: '1.0', forceXMLVersion: true });
  const stack: SvgElement[] = [];
  let root: SvgElement | undefined;
  let elements = 0;
  let start = { line: 1, column: 1 };
  let current = '';
  const positions = new Map<string, { line: number; column: number }>();

  const stop = (line: number, column: number, message: string): never => {
    problems.add(line, column, message);
    throw new Stop();
  };

  parser.on('xmldecl', (declaration) => {
    if (declaration.version !== undefined && declaration.version !== '1.0') {
      problems.add(
        1,
        1,
        `the XML declaration says version=${quoted(declaration.version)}; a logo must be XML 1.0: set version="1.0"`,
      );
    }
    const encoding = declaration.encoding?.toLowerCase();
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'utf8') {
      problems.add(
        1,
        1,
        `the XML declaration says encoding=${quoted(declaration.encoding!)}; a logo must be UTF-8: save it as UTF-8 and declare encoding="UTF-8" (or nothing)`,
      );
    }
  });
  parser.on('doctype', () =>
    stop(
      parser.line,
      1,
      'a DOCTYPE (<!DOCTYPE …>) can declare entities and load other files; delete it (an SVG needs none)',
    ),
  );
  parser.on('processinginstruction', ({ target }) => {
    problems.add(
      parser.line,
      1,
      `the processing instruction <?${safeName(target)} …?> can load other files (a style sheet); delete it`,
    );
  });
  parser.on('opentagstart', (open) => {
    elements++;
    if (elements > SVG_LIMITS.elements) {
      stop(
        parser.line,
        1,
        `the file holds more than ${SVG_LIMITS.elements} elements; simplify the drawing (fewer, merged paths)`,
      );
    }
    if (stack.length >= SVG_LIMITS.depth) {
      stop(parser.line, 1, `elements are nested more than ${SVG_LIMITS.depth} levels deep; ungroup the drawing`);
    }
    start = { line: parser.line, column: parser.column - open.name.length - 1 };
    current = open.name;
    positions.clear();
  });
  parser.on('attribute', (attribute) => {
    if (positions.size >= SVG_LIMITS.attributes) {
      stop(
        parser.line,
        1,
        `<${safeName(current)}> has more than ${SVG_LIMITS.attributes} attributes; remove the ones the drawing does not need`,
      );
    }
    const column = parser.column - (attribute.name.length + attribute.value.length + 3) + 1;
    positions.set(attribute.name, { line: parser.line, column: column > 0 ? column : 1 });
  });
  parser.on('opentag', (open) => {
    const element: SvgElement = {
      kind: 'element',
      name: open.name,
      local: open.local,
      uri: open.uri,
      attributes: Object.values(open.attributes).map((a) => ({
        name: a.name,
        local: a.local,
        uri: a.uri,
        value: a.value,
        ...(positions.get(a.name) ?? start),
      })),
      children: [],
      ...start,
      contentLine: parser.line,
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string) => {
    stack.at(-1)?.children.push({ kind: 'text', text });
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    const reason = error.message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '').replace(/\.$/, '');
    stop(parser.line, parser.column, `the file is not well-formed XML (${reason}); ${EXPORT}`);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Stop) return undefined;
    throw error;
  }
  return root;
}

/** A kept element, with what the cleaning found out about it. */
interface Kept {
  element: SvgElement;
  children: Array<Kept | string>;
  /** Attributes that are not style properties, as they will be written. */
  attributes: Array<{ name: string; value: string }>;
  /** Style properties, in the order first set; later sources (class rules, then style) override. */
  properties: Map<string, CheckedValue>;
  classes: Set<string>;
  style: SvgAttribute | undefined;
  id: string | undefined;
  /** href / xlink:href targets, with the attribute they come from. */
  links: Array<{ attribute: SvgAttribute; id: string }>;
  /** Ids named by aria-labelledby / aria-describedby, kept if they exist. */
  labels: string[];
}

interface Cleaning {
  problems: Problems;
  /** The CSS of every <style> element, in document order, with where each declaration is. */
  sheets: Array<{ element: SvgElement; css: string }>;
  usesXlink: boolean;
}

/** Checks an element in a subtree that is dropped (metadata, an editor's own elements): nothing in it may act. */
function checkDropped(element: SvgElement, where: string, cleaning: Cleaning): void {
  const pending: SvgElement[] = [element];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (current !== element && ACTIVE_NAMESPACES.has(current.uri)) {
      cleaning.problems.at(
        current,
        `${tag(current)} (in ${namespaceName(current.uri)}) inside ${where} would still be acted on by a browser; remove it`,
      );
      continue;
    }
    for (const attribute of current.attributes) {
      if (/^on/i.test(attribute.local)) eventHandler(attribute, current, cleaning);
    }
    for (const child of current.children) if (child.kind === 'element') pending.push(child);
  }
}

/** Refuses an `on…` attribute, in any namespace: none is needed to draw. */
function eventHandler(attribute: SvgAttribute, element: SvgElement, cleaning: Cleaning): void {
  cleaning.problems.at(
    attribute,
    `${safeName(attribute.name)}=${quoted(attribute.value, 30)} on ${tag(element)} is an event handler, which runs code; remove it`,
  );
}

/** Keeps an href that names an element of the file (checked to exist later), and refuses any other. */
function checkLink(attribute: SvgAttribute, element: SvgElement, kept: Kept, cleaning: Cleaning): void {
  const value = attribute.value;
  const id = value.startsWith('#') ? value.slice(1) : undefined;
  if (id !== undefined && REFERENCE_ID.test(id)) {
    kept.links.push({ attribute, id });
    kept.attributes.push({ name: attribute.uri === XLINK_NS ? 'xlink:href' : 'href', value });
    if (attribute.uri === XLINK_NS) cleaning.usesXlink = true;
    return;
  }
  cleaning.problems.at(
    attribute,
    id !== undefined
      ? `${safeName(attribute.name)}=${quoted(value)} on ${tag(element)} names an id that cannot be referred to safely; use ids of letters, digits, "_", "-", "." and ":" only`
      : `${safeName(attribute.name)}=${quoted(value)} on ${tag(element)} points outside this file; a logo may only refer to its own elements (href="#id")`,
  );
}

/** Sorts an element's attributes into kept ones, style properties, classes, links and problems. */
function checkAttributes(element: SvgElement, kept: Kept, cleaning: Cleaning): void {
  const { problems } = cleaning;
  for (const attribute of element.attributes) {
    const { local, uri, value } = attribute;
    if (uri === XMLNS_NS || (uri === '' && local === 'xmlns')) continue;
    if (/^on/i.test(local)) {
      eventHandler(attribute, element, cleaning);
      continue;
    }
    const limit = LONG_VALUES.has(local) ? SVG_LIMITS.longValue : SVG_LIMITS.value;
    if (value.length > limit) {
      problems.at(
        attribute,
        `${safeName(attribute.name)} on ${tag(element)} has ${value.length} characters; at most ${limit}: simplify the drawing`,
      );
      continue;
    }
    if (uri === '') {
      if (local === 'id') kept.id = value;
      else if (local === 'class') for (const name of value.split(/\s+/).filter(Boolean)) kept.classes.add(name);
      else if (local === 'style') kept.style = attribute;
      else if (local === 'href') checkLink(attribute, element, kept, cleaning);
      else if (local.startsWith('data-') || SILENT_ATTRIBUTES.has(local)) continue;
      else if (Object.hasOwn(PROPERTIES, local)) {
        const checked = checkProperty(local, value, 'attribute');
        if (checked) kept.properties.set(local, checked);
        else invalidValue(attribute, element, PROPERTIES[local]!.expected, cleaning);
      } else if (Object.hasOwn(ATTRIBUTES, local)) {
        const rule = ATTRIBUTES[local]!;
        const checked = rule.check(value, 'attribute');
        if (checked) {
          kept.attributes.push({ name: local, value: checked.value });
          if (local === 'aria-labelledby' || local === 'aria-describedby')
            kept.labels.push(...checked.value.split(' '));
        } else invalidValue(attribute, element, rule.expected, cleaning);
      } else {
        problems.at(
          attribute,
          `${safeName(attribute.name)}=${quoted(value, 30)} on ${tag(element)} is not a drawing attribute a logo may use; remove it`,
        );
      }
    } else if (uri === XLINK_NS && local === 'href') checkLink(attribute, element, kept, cleaning);
    else if (uri === XLINK_NS && SILENT_XLINK.has(local)) continue;
    else if (uri === XML_NS && (local === 'space' || local === 'lang')) {
      const checked = (local === 'space' ? XML_SPACE : XML_LANG).check(value, 'attribute');
      if (checked) kept.attributes.push({ name: `xml:${local}`, value: checked.value });
      else invalidValue(attribute, element, local === 'space' ? 'default or preserve' : 'a language tag', cleaning);
    } else if (uri === XML_NS && local === 'base') {
      problems.at(attribute, `xml:base on ${tag(element)} changes where references point; remove it`);
    } else if (EDITOR_NAMESPACES.has(uri)) continue;
    else {
      problems.at(
        attribute,
        `the attribute ${safeName(attribute.name)} on ${tag(element)} is in ${namespaceName(uri)}; a logo may use only SVG attributes, so remove it`,
      );
    }
  }
}

/** Refuses an attribute whose value does not match its grammar, saying what it may be. */
function invalidValue(attribute: SvgAttribute, element: SvgElement, expected: string, cleaning: Cleaning): void {
  cleaning.problems.at(
    attribute,
    `${safeName(attribute.name)}=${quoted(attribute.value)} on ${tag(element)} must be ${expected}`,
  );
}

/** Walks the tree: keeps drawing elements, drops what editors add, and records every refused element. */
function walk(element: SvgElement, cleaning: Cleaning): Kept | undefined {
  const { problems } = cleaning;
  if (EDITOR_NAMESPACES.has(element.uri)) {
    checkDropped(element, `the editor element ${tag(element)}`, cleaning);
    return undefined;
  }
  if (element.uri !== SVG_NS) {
    problems.at(
      element,
      `${tag(element)} is an element in ${namespaceName(element.uri)}; a logo may hold only SVG drawing elements, so remove it`,
    );
    return undefined;
  }
  const reason = Object.hasOwn(ACTIVE_ELEMENTS, element.local) ? ACTIVE_ELEMENTS[element.local] : undefined;
  if (reason !== undefined) {
    problems.at(element, `${tag(element)} is ${reason}`);
    return undefined;
  }
  if (element.local === 'metadata') {
    checkDropped(element, '<metadata>', cleaning);
    return undefined;
  }
  if (element.local === 'style') {
    styleElement(element, cleaning);
    return undefined;
  }
  if (!DRAWING_ELEMENTS.has(element.local)) {
    problems.at(
      element,
      `${tag(element)} is not one of the SVG drawing elements a logo may use (shapes, paths, text, gradients, patterns, clip paths, masks, markers, simple filters, g, defs, symbol, use, title, desc); remove it`,
    );
    return undefined;
  }
  const kept: Kept = {
    element,
    children: [],
    attributes: [],
    properties: new Map(),
    classes: new Set(),
    style: undefined,
    id: undefined,
    links: [],
    labels: [],
  };
  checkAttributes(element, kept, cleaning);
  const keepsText = TEXT_ELEMENTS.has(element.local);
  for (const child of element.children) {
    if (child.kind === 'text') {
      // Text outside text elements is never drawn.
      if (keepsText) kept.children.push(child.text);
    } else {
      const result = walk(child, cleaning);
      if (result) kept.children.push(result);
    }
  }
  return kept;
}

/** Collects the CSS of a <style> element, converted later; the element itself is never published. */
function styleElement(element: SvgElement, cleaning: Cleaning): void {
  for (const attribute of element.attributes) {
    if (/^on/i.test(attribute.local)) eventHandler(attribute, element, cleaning);
    else if (
      attribute.uri === '' &&
      attribute.local === 'type' &&
      attribute.value.trim().toLowerCase() !== 'text/css'
    ) {
      cleaning.problems.at(
        attribute,
        `<style type=${quoted(attribute.value)}> is not CSS; only text/css can be converted`,
      );
    } else if (attribute.uri === '' && attribute.local === 'media') {
      cleaning.problems.at(
        attribute,
        `<style media=${quoted(attribute.value)}> applies only sometimes and cannot be converted exactly; remove media`,
      );
    }
  }
  let css = '';
  for (const child of element.children) {
    if (child.kind === 'text') css += child.text;
    else
      cleaning.problems.at(
        child,
        `${tag(child)} inside <style> does not belong there (<style> holds only CSS); remove it`,
      );
  }
  cleaning.sheets.push({ element, css });
}

/** Finds the line and column of offsets in a <style> element's CSS, in time logarithmic in its length. */
function cssLocator(element: SvgElement, css: string): (offset: number) => { line: number; column: number } {
  const breaks: number[] = [];
  for (let i = css.indexOf('\n'); i !== -1; i = css.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (breaks[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    // The first line's column is not known: the CSS starts after the <style> tag.
    return { line: element.contentLine + low, column: low === 0 ? 1 : offset - breaks[low - 1]! };
  };
}

/** A declaration checked once: the properties it sets, or nothing when it is dropped or refused. */
type Resolved = Array<[string, CheckedValue]> | undefined;

interface Resolution {
  /** Set when a text-decoration longhand was dropped: refused if any text is decorated. */
  decorationLonghand: { line: number; column: number } | undefined;
}

function resolveDeclaration(
  declaration: Declaration,
  where: { line: number; column: number },
  describe: string,
  cleaning: Cleaning,
  resolution: Resolution,
): Resolved {
  const fate = fateOf(declaration);
  if (fate.kind === 'refuse') {
    cleaning.problems.add(where.line, where.column, `${describe} ${fate.message}`);
    return undefined;
  }
  if (fate.kind === 'drop') {
    if (declaration.property.startsWith('text-decoration-')) resolution.decorationLonghand ??= where;
    return undefined;
  }
  const resolved: Array<[string, CheckedValue]> = [];
  for (const property of fate.properties) {
    const checked = checkProperty(property, declaration.value, 'css');
    if (!checked) {
      cleaning.problems.add(
        where.line,
        where.column,
        `${describe} sets ${declaration.property}: ${quoted(declaration.value)}; it must be ${PROPERTIES[property]!.expected}`,
      );
      return undefined;
    }
    resolved.push([property, checked]);
  }
  return resolved;
}

/**
 * Turns CSS into presentation attributes with CSS's precedence: a presentation attribute, then class rules in
 * the order of the style sheet, then the style attribute. No CSS is left in the cleaned file.
 */
function convertStyles(root: Kept, cleaning: Cleaning): void {
  const resolution: Resolution = { decorationLonghand: undefined };
  // For each class, the last value each property gets from the rules that select it, with its place in the
  // style sheets: of the rules matching an element, the last one in the sheets wins.
  const byClass = new Map<string, Map<string, { value: CheckedValue; order: number }>>();
  let order = 0;
  for (const { element, css } of cleaning.sheets) {
    const sheet = parseStyleSheet(css);
    const locate = cssLocator(element, css);
    for (const problem of sheet.problems) {
      const where = locate(problem.offset);
      cleaning.problems.add(where.line, where.column, `<style> ${problem.message}`);
    }
    for (const rule of sheet.rules) {
      for (const declaration of rule.declarations) {
        const resolved = resolveDeclaration(declaration, locate(declaration.offset), '<style>', cleaning, resolution);
        order++;
        for (const name of rule.classes) {
          let properties = byClass.get(name);
          if (!properties) byClass.set(name, (properties = new Map()));
          for (const [property, value] of resolved ?? []) properties.set(property, { value, order });
        }
      }
    }
  }
  let decorated = false;
  const pending: Kept[] = [root];
  while (pending.length > 0) {
    const kept = pending.pop()!;
    const apply = (resolved: Resolved) => {
      for (const [property, value] of resolved ?? []) kept.properties.set(property, value);
    };
    if (kept.classes.size > 0) {
      const winners = new Map<string, { value: CheckedValue; order: number }>();
      for (const name of kept.classes) {
        for (const [property, candidate] of byClass.get(name) ?? []) {
          const current = winners.get(property);
          if (current === undefined || current.order < candidate.order) winners.set(property, candidate);
        }
      }
      apply([...winners].sort((a, b) => a[1].order - b[1].order).map(([property, { value }]) => [property, value]));
    }
    if (kept.style) {
      const attribute = kept.style;
      const parsed = parseStyleAttribute(attribute.value);
      const describe = `style=${quoted(attribute.value, 40)} on ${tag(kept.element)}`;
      for (const problem of parsed.problems) cleaning.problems.at(attribute, `${describe} ${problem.message}`);
      for (const declaration of parsed.declarations) {
        apply(resolveDeclaration(declaration, attribute, describe, cleaning, resolution));
      }
    }
    const decoration = kept.properties.get('text-decoration')?.value;
    if (decoration !== undefined && decoration !== 'none') decorated = true;
    for (const child of kept.children) if (typeof child !== 'string') pending.push(child);
  }
  if (decorated && resolution.decorationLonghand) {
    const { line, column } = resolution.decorationLonghand;
    cleaning.problems.add(
      line,
      column,
      'text-decoration-color or text-decoration-style on decorated text cannot be converted exactly; export with presentation attributes instead of CSS',
    );
  }
}

/** Every kept element, depth first. */
function* keptElements(root: Kept): Generator<Kept> {
  const pending: Kept[] = [root];
  while (pending.length > 0) {
    const kept = pending.pop()!;
    yield kept;
    for (let i = kept.children.length - 1; i >= 0; i--) {
      const child = kept.children[i]!;
      if (typeof child !== 'string') pending.push(child);
    }
  }
}

/**
 * Checks every reference names an element of the file, keeps the ids that are referred to (and drops the rest),
 * and refuses reference cycles and drawings that would grow past the limit once references are followed.
 */
function checkReferences(root: Kept, cleaning: Cleaning): Set<Kept> {
  const { problems } = cleaning;
  const byId = new Map<string, Kept>();
  const duplicates = new Set<string>();
  for (const kept of keptElements(root)) {
    if (kept.id === undefined) continue;
    if (byId.has(kept.id)) duplicates.add(kept.id);
    else byId.set(kept.id, kept);
  }
  const referenced = new Set<Kept>();
  const edges = new Map<Kept, Edge[]>();
  const resolve = (kept: Kept, id: string, where: { line: number; column: number }, what: string) => {
    const target = byId.get(id);
    if (target === undefined) {
      problems.add(
        where.line,
        where.column,
        `${what} on ${tag(kept.element)} refers to no element of this file (no drawing element has id="${safeName(id)}"); fix the reference or remove it`,
      );
      return;
    }
    if (duplicates.has(id)) {
      problems.add(
        where.line,
        where.column,
        `${what} on ${tag(kept.element)} is ambiguous: several elements have id="${safeName(id)}"; give each a different id`,
      );
      return;
    }
    referenced.add(target);
    edges.set(kept, [...(edges.get(kept) ?? []), { target, id }]);
  };
  for (const kept of keptElements(root)) {
    for (const { attribute, id } of kept.links)
      resolve(kept, id, attribute, `${safeName(attribute.name)}="#${safeName(id)}"`);
    for (const [property, value] of kept.properties) {
      for (const id of value.refs) resolve(kept, id, kept.element, `${property}="url(#${safeName(id)})"`);
    }
    for (const id of kept.labels) {
      const target = byId.get(id);
      if (target) referenced.add(target);
    }
  }
  if (problems.count > 0) return referenced;

  const children = (kept: Kept) => kept.children.filter((c): c is Kept => typeof c !== 'string');
  const all = (kept: Kept): Edge[] => [...children(kept).map((target) => ({ target })), ...(edges.get(kept) ?? [])];
  const cycle = sumDepthFirst(root, all, 1);
  if (typeof cycle !== 'number') {
    problems.at(
      cycle.from.element,
      `${tag(cycle.from.element)} refers to #${safeName(cycle.id)}, which leads back to it: a reference cycle, which cannot be drawn; remove the loop`,
    );
    return referenced;
  }
  // What is drawn: the content of defs, symbols, gradients, patterns, clip paths, masks, markers and filters is
  // drawn only where it is referred to, and again at each reference.
  const drawn = (kept: Kept): Edge[] => [
    ...(NOT_DRAWN_IN_PLACE.has(kept.element.local) ? [] : children(kept).map((target) => ({ target }))),
    ...(edges.get(kept) ?? []),
  ];
  const total = sumDepthFirst(root, drawn, SVG_LIMITS.rendered + 1);
  // What is drawn is part of the graph checked above, so it has no cycle.
  if (typeof total === 'number' && total > SVG_LIMITS.rendered) {
    problems.at(
      root.element,
      `the drawing would have more than ${SVG_LIMITS.rendered} elements once its <use> elements and references are followed (a "use bomb"); use fewer nested <use> elements`,
    );
  }
  return referenced;
}

/** Elements whose content is drawn only where something refers to them. */
const NOT_DRAWN_IN_PLACE = new Set([
  'defs',
  'symbol',
  'clipPath',
  'mask',
  'pattern',
  'marker',
  'linearGradient',
  'radialGradient',
  'filter',
]);

/** An edge of the graph of elements: to a child, or to the element a reference names. */
interface Edge {
  target: Kept;
  /** The id, for a reference. */
  id?: string;
}

/**
 * 1 + the sums of what `next` leads to, for `start`, depth first without recursion and counting each element's
 * sum once however often it is reached; sums stop at `cap`. An edge back to an element still being summed is a
 * cycle: the element it leaves and the id it names are returned instead.
 */
function sumDepthFirst(start: Kept, next: (kept: Kept) => Edge[], cap: number): number | { from: Kept; id: string } {
  const done = new Map<Kept, number>();
  const open = new Set<Kept>([start]);
  const stack: Array<{ kept: Kept; edges: Edge[]; total: number }> = [{ kept: start, edges: next(start), total: 1 }];
  while (stack.length > 0) {
    const top = stack.at(-1)!;
    const edge = top.edges.pop();
    if (edge === undefined) {
      stack.pop();
      open.delete(top.kept);
      done.set(top.kept, top.total);
      const parent = stack.at(-1);
      if (parent) parent.total = Math.min(cap, parent.total + top.total);
      continue;
    }
    const known = done.get(edge.target);
    if (known !== undefined) top.total = Math.min(cap, top.total + known);
    else if (open.has(edge.target)) return { from: top.kept, id: edge.id ?? '' };
    else {
      open.add(edge.target);
      stack.push({ kept: edge.target, edges: next(edge.target), total: 1 });
    }
  }
  return done.get(start) ?? 1;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) =>
  escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

/** The cleaned file's text for a kept element: its checked attributes, then its style properties. */
function serialize(kept: Kept, referenced: Set<Kept>, root: boolean, usesXlink: boolean): string {
  const name = kept.element.local;
  const attributes: Array<[string, string]> = [];
  if (root) {
    attributes.push(['xmlns', SVG_NS]);
    if (usesXlink) attributes.push(['xmlns:xlink', XLINK_NS]);
  }
  if (kept.id !== undefined && referenced.has(kept)) attributes.push(['id', kept.id]);
  for (const { name: attribute, value } of kept.attributes) attributes.push([attribute, value]);
  for (const [property, { value }] of kept.properties) attributes.push([property, value]);
  const start = `<${name}${attributes.map(([a, v]) => ` ${a}="${escapeAttribute(v)}"`).join('')}`;
  if (kept.children.length === 0) return `${start}/>`;
  const content = kept.children
    .map((child) => (typeof child === 'string' ? escapeText(child) : serialize(child, referenced, false, usesXlink)))
    .join('');
  return `${start}>${content}</${name}>`;
}

/**
 * Checks an SVG logo and rebuilds it from what is allowed: the cleaned file to publish, or every problem (up to
 * SVG_LIMITS.problems) that stops it from being published.
 */
export function cleanSvgLogo(bytes: Uint8Array): SvgLogoResult {
  const problems = new Problems();
  const failed = (): SvgLogoResult => ({ ok: false, ...problems.first() });
  const text = decode(bytes, problems);
  if (text === undefined) return failed();
  const root = parse(text, problems);
  if (root === undefined) return failed();
  if (root.uri !== SVG_NS || root.local !== 'svg') {
    problems.at(
      root,
      `the root element is ${tag(root)} (in ${namespaceName(root.uri)}), but an SVG logo's root element is <svg xmlns="${SVG_NS}">; export the logo as SVG`,
    );
    return failed();
  }
  const cleaning: Cleaning = { problems, sheets: [], usesXlink: false };
  const kept = walk(root, cleaning);
  if (kept === undefined) return failed();
  convertStyles(kept, cleaning);
  if (problems.count > 0) return failed();
  const referenced = checkReferences(kept, cleaning);
  if (problems.count > 0) return failed();
  const svg = `${serialize(kept, referenced, true, cleaning.usesXlink)}\n`;
  if (svg.length > SVG_LIMITS.output) {
    problems.at(
      root,
      `converting its CSS to attributes would make the logo ${Math.ceil(svg.length / 1024)} KB, more than ${SVG_LIMITS.output / 1024} KB; export with presentation attributes instead of CSS`,
    );
    return failed();
  }
  return { ok: true, svg };
}
