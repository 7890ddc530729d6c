// The grammar of every attribute and style property an SVG logo may keep: colours, numbers, lengths, keywords,
// transforms, path data, and url(#id) references to the file's own elements. A value that does not match is
// refused, so nothing in a published logo can fetch, run or escape its attribute.

/** A value that matched its grammar: how it is written in the cleaned file, and the ids it refers to. */
export interface CheckedValue {
  value: string;
  /** Ids referred to with url(#id). */
  refs: string[];
}

/**
 * Where a value was written. CSS (a `style` attribute or a `<style>` rule) is stricter than a presentation
 * attribute: a length without a unit is invalid there for some properties, and the browser ignores it.
 */
export type ValueContext = 'attribute' | 'css';

export interface ValueRule {
  check: (raw: string, context: ValueContext) => CheckedValue | undefined;
  /** What the value may be, for messages: "a colour, none or url(#id)". */
  expected: string;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const UNITS = 'px|pt|pc|mm|cm|in|em|ex|rem|ch|q|vw|vh|vmin|vmax|%';
const LENGTH = new RegExp(`^([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)(${UNITS})?$`, 'i');
const PERCENTAGE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%$/;
const ANGLE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?:deg|grad|rad|turn)?$/i;
/** Ids a reference may name: plain enough to sit in url(#…) unquoted and unescaped. */
export const REFERENCE_ID = /^[A-Za-z0-9_][\w.:-]*$/;
const LOCAL_URL = /^url\(\s*(?:"#([^"]*)"|'#([^']*)'|#([^\s'"()]*))\s*\)/i;
const LIST_SEPARATOR = /[\s,]+/;

/** The ids a value such as `url(#a)` names, or undefined when it is not a local reference. */
function localUrl(text: string): { id: string; rest: string } | undefined {
  const match = LOCAL_URL.exec(text);
  const id = match?.[1] ?? match?.[2] ?? match?.[3];
  if (match === null || id === undefined || !REFERENCE_ID.test(id)) return undefined;
  return { id, rest: text.slice(match[0].length).trim() };
}

const plain = (value: string): CheckedValue => ({ value, refs: [] });

/** One of a fixed set of keywords, written as the list spells them (CSS keywords match in any case). */
function keywords(list: readonly string[], caseSensitive = false): ValueRule {
  const lookup = new Map(list.map((k) => [caseSensitive ? k : k.toLowerCase(), k]));
  return {
    check: (raw) => {
      const found = lookup.get(caseSensitive ? raw.trim() : raw.trim().toLowerCase());
      return found === undefined ? undefined : plain(found);
    },
    expected: list.length <= 6 ? list.join(', ') : `one of ${list.slice(0, 5).join(', ')}…`,
  };
}

/** The first rule that accepts the value. */
function either(expected: string, ...rules: ValueRule[]): ValueRule {
  return {
    check: (raw, context) => {
      for (const rule of rules) {
        const checked = rule.check(raw, context);
        if (checked) return checked;
      }
      return undefined;
    },
    expected,
  };
}

export const number: ValueRule = {
  check: (raw) => (NUMBER.test(raw.trim()) ? plain(raw.trim()) : undefined),
  expected: 'a number',
};

const numberOrPercentage: ValueRule = {
  check: (raw) => {
    const value = raw.trim();
    return NUMBER.test(value) || PERCENTAGE.test(value) ? plain(value) : undefined;
  },
  expected: 'a number or a percentage',
};

/**
 * A length; `unitless` says whether CSS accepts a bare number for the property (stroke-width does, font-size
 * does not), since a presentation attribute always does.
 */
function length(unitless: boolean, extra: readonly string[] = []): ValueRule {
  const words = new Set(extra);
  return {
    check: (raw, context) => {
      const value = raw.trim();
      if (words.has(value.toLowerCase())) return plain(value.toLowerCase());
      const match = LENGTH.exec(value);
      if (!match) return undefined;
      if (context === 'css' && !unitless && match[2] === undefined && Number(match[1]) !== 0) return undefined;
      return plain(value);
    },
    expected: extra.length > 0 ? `a length or ${extra.join(', ')}` : 'a length (a number with an optional unit)',
  };
}

/** From `min` to `max` items, separated by commas or spaces, written separated by spaces. */
function list(item: ValueRule, min: number, max: number, expected: string): ValueRule {
  return {
    check: (raw, context) => {
      const trimmed = raw.trim();
      const items = trimmed === '' ? [] : trimmed.split(LIST_SEPARATOR);
      if (items.length < min || items.length > max) return undefined;
      return items.every((i) => item.check(i, context)) ? plain(items.join(' ')) : undefined;
    },
    expected,
  };
}

// The CSS named colours (CSS Color 4), in lowercase.
const NAMED_COLOURS = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown burlywood ' +
    'cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod ' +
    'darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon ' +
    'darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray ' +
    'dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green ' +
    'greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon ' +
    'lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon ' +
    'lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen ' +
    'magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
    'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy ' +
    'oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred ' +
    'papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown ' +
    'salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen ' +
    'steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen transparent'
  ).split(' '),
);
const HEX_COLOUR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const COLOUR_FUNCTION = /^(rgba?|hsla?)\(([^()]*)\)$/i;

/**
 * Whether the arguments of rgb()/hsl() are valid: the legacy form (commas; numbers or percentages, not mixed)
 * or the modern one (spaces, then an optional "/ alpha"). A value the browser would ignore must not become an
 * attribute that overrides another.
 */
function colourArguments(hsl: boolean, text: string): boolean {
  const isChannel = (part: string, i: number) =>
    hsl && i === 0 ? ANGLE.test(part) : NUMBER.test(part) || PERCENTAGE.test(part);
  const isAlpha = (part: string) => NUMBER.test(part) || PERCENTAGE.test(part);
  if (text.includes(',')) {
    const parts = text.split(',').map((p) => p.trim());
    if (parts.length < 3 || parts.length > 4) return false;
    const channels = parts.slice(0, 3);
    if (!channels.every(isChannel) || (parts[3] !== undefined && !isAlpha(parts[3]))) return false;
    // Legacy rgb() takes three numbers or three percentages; legacy hsl() a hue and two percentages.
    return hsl
      ? PERCENTAGE.test(channels[1]!) && PERCENTAGE.test(channels[2]!)
      : channels.every((c) => PERCENTAGE.test(c)) || channels.every((c) => NUMBER.test(c));
  }
  const [main, alpha, ...rest] = text.split('/');
  const channels = main!.trim().split(/\s+/);
  return (
    rest.length === 0 &&
    channels.length === 3 &&
    channels.every(isChannel) &&
    (alpha === undefined || isAlpha(alpha.trim()))
  );
}

/** A colour, as written: hex, rgb()/rgba()/hsl()/hsla(), a named colour or currentColor. */
const colour: ValueRule = {
  check: (raw) => {
    const value = raw.trim();
    const lower = value.toLowerCase();
    if (HEX_COLOUR.test(value)) return plain(value);
    if (NAMED_COLOURS.has(lower)) return plain(lower);
    if (lower === 'currentcolor') return plain('currentColor');
    const fn = COLOUR_FUNCTION.exec(value);
    return fn && colourArguments(fn[1]!.toLowerCase().startsWith('hsl'), fn[2]!) ? plain(value) : undefined;
  },
  expected: 'a colour (#rgb, #rrggbb, rgb(), hsl(), a colour name or currentColor)',
};

/** fill and stroke: none, a colour, or a paint server of this file with an optional fallback. */
const paint: ValueRule = {
  check: (raw, context) => {
    const value = raw.trim();
    const lower = value.toLowerCase();
    if (lower === 'none') return plain('none');
    if (lower === 'context-fill' || lower === 'context-stroke') return plain(lower);
    const url = localUrl(value);
    if (url) {
      if (url.rest === '') return { value: `url(#${url.id})`, refs: [url.id] };
      const fallback = url.rest.toLowerCase() === 'none' ? plain('none') : colour.check(url.rest, context);
      return fallback ? { value: `url(#${url.id}) ${fallback.value}`, refs: [url.id] } : undefined;
    }
    return colour.check(value, context);
  },
  expected: 'none, a colour, or url(#id) naming a gradient or pattern of this file',
};

/** clip-path, mask, filter and markers: none, or url(#id) naming an element of this file. */
const reference: ValueRule = {
  check: (raw) => {
    const value = raw.trim();
    if (value.toLowerCase() === 'none') return plain('none');
    const url = localUrl(value);
    return url && url.rest === '' ? { value: `url(#${url.id})`, refs: [url.id] } : undefined;
  },
  expected: 'none, or url(#id) naming an element of this file',
};

const opacity = { ...numberOrPercentage, expected: 'a number from 0 to 1, or a percentage' };

const FAMILY_NAME = /^(?:"[^"\\\n]*"|'[^'\\\n]*'|[A-Za-z0-9_-]+(?:\s+[A-Za-z0-9_-]+)*)$/;
const fontFamily: ValueRule = {
  check: (raw) => {
    const names = raw.trim().split(/\s*,\s*/);
    return names.every((name) => FAMILY_NAME.test(name)) ? plain(names.join(', ')) : undefined;
  },
  expected: 'font names separated by commas, quoted or plain',
};

const dashArray: ValueRule = either(
  'none, or a list of lengths',
  keywords(['none']),
  list(length(true), 1, 1000, 'a list of lengths'),
);

const TEXT_DECORATION = new Set(['underline', 'overline', 'line-through']);
const textDecoration: ValueRule = {
  check: (raw) => {
    const words = raw.trim().toLowerCase().split(/\s+/);
    if (words.length === 1 && words[0] === 'none') return plain('none');
    return words.every((w) => TEXT_DECORATION.has(w)) && new Set(words).size === words.length
      ? plain(words.join(' '))
      : undefined;
  },
  expected: 'none, underline, overline or line-through',
};

const PAINT_ORDER = new Set(['fill', 'stroke', 'markers']);
const paintOrder: ValueRule = {
  check: (raw) => {
    const words = raw.trim().toLowerCase().split(/\s+/);
    if (words.length === 1 && words[0] === 'normal') return plain('normal');
    return words.length <= 3 && words.every((w) => PAINT_ORDER.has(w)) && new Set(words).size === words.length
      ? plain(words.join(' '))
      : undefined;
  },
  expected: 'normal, or fill, stroke and markers in some order',
};

const fontWeight = either(
  'normal, bold, bolder, lighter or a number from 1 to 1000',
  keywords(['normal', 'bold', 'bolder', 'lighter']),
  {
    check: (raw) => {
      const value = raw.trim();
      return NUMBER.test(value) && Number(value) >= 1 && Number(value) <= 1000 ? plain(value) : undefined;
    },
    expected: '',
  },
);

const FONT_SIZES = ['xx-small', 'x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'larger', 'smaller'];

/**
 * The style properties a logo may set, as presentation attributes or in CSS. Every one is also a presentation
 * attribute, so CSS declarations of them convert to attributes exactly.
 */
export const PROPERTIES: Readonly<Record<string, ValueRule>> = {
  fill: paint,
  stroke: paint,
  'fill-opacity': opacity,
  'stroke-opacity': opacity,
  opacity,
  'stop-opacity': opacity,
  'flood-opacity': opacity,
  'fill-rule': keywords(['nonzero', 'evenodd']),
  'clip-rule': keywords(['nonzero', 'evenodd']),
  'stroke-width': length(true),
  'stroke-miterlimit': number,
  'stroke-dashoffset': length(true),
  'stroke-dasharray': dashArray,
  'stroke-linecap': keywords(['butt', 'round', 'square']),
  'stroke-linejoin': keywords(['miter', 'round', 'bevel', 'arcs', 'miter-clip']),
  'stop-color': colour,
  'flood-color': colour,
  'lighting-color': colour,
  color: colour,
  'clip-path': reference,
  mask: reference,
  filter: reference,
  'marker-start': reference,
  'marker-mid': reference,
  'marker-end': reference,
  'mask-type': keywords(['luminance', 'alpha']),
  display: keywords(['inline', 'block', 'none', 'inline-block', 'list-item', 'run-in', 'table', 'inherit']),
  visibility: keywords(['visible', 'hidden', 'collapse']),
  overflow: keywords(['visible', 'hidden', 'scroll', 'auto']),
  'font-family': fontFamily,
  'font-size': length(false, FONT_SIZES),
  'font-weight': fontWeight,
  'font-style': keywords(['normal', 'italic', 'oblique']),
  'font-variant': keywords(['normal', 'small-caps']),
  'font-stretch': either(
    'normal, condensed, expanded… or a percentage',
    keywords([
      'normal',
      'ultra-condensed',
      'extra-condensed',
      'condensed',
      'semi-condensed',
      'semi-expanded',
      'expanded',
      'extra-expanded',
      'ultra-expanded',
    ]),
    { check: (raw) => (PERCENTAGE.test(raw.trim()) ? plain(raw.trim()) : undefined), expected: '' },
  ),
  'text-anchor': keywords(['start', 'middle', 'end']),
  'dominant-baseline': keywords([
    'auto',
    'text-bottom',
    'alphabetic',
    'ideographic',
    'middle',
    'central',
    'mathematical',
    'hanging',
    'text-top',
    'use-script',
    'no-change',
    'reset-size',
  ]),
  'alignment-baseline': keywords([
    'auto',
    'baseline',
    'before-edge',
    'text-before-edge',
    'middle',
    'central',
    'after-edge',
    'text-after-edge',
    'ideographic',
    'alphabetic',
    'hanging',
    'mathematical',
    'top',
    'center',
    'bottom',
  ]),
  'baseline-shift': length(false, ['baseline', 'sub', 'super']),
  'letter-spacing': length(false, ['normal']),
  'word-spacing': length(false, ['normal']),
  'text-decoration': textDecoration,
  'writing-mode': keywords([
    'horizontal-tb',
    'vertical-rl',
    'vertical-lr',
    'lr',
    'lr-tb',
    'rl',
    'rl-tb',
    'tb',
    'tb-rl',
  ]),
  direction: keywords(['ltr', 'rtl']),
  'shape-rendering': keywords(['auto', 'optimizeSpeed', 'crispEdges', 'geometricPrecision']),
  'text-rendering': keywords(['auto', 'optimizeSpeed', 'optimizeLegibility', 'geometricPrecision']),
  'color-rendering': keywords(['auto', 'optimizeSpeed', 'optimizeQuality']),
  'image-rendering': keywords(['auto', 'optimizeSpeed', 'optimizeQuality', 'pixelated', 'crisp-edges']),
  'color-interpolation': keywords(['auto', 'sRGB', 'linearRGB']),
  'color-interpolation-filters': keywords(['auto', 'sRGB', 'linearRGB']),
  'vector-effect': keywords(['none', 'non-scaling-stroke']),
  'paint-order': paintOrder,
  'pointer-events': keywords([
    'auto',
    'none',
    'visiblePainted',
    'visibleFill',
    'visibleStroke',
    'visible',
    'painted',
    'fill',
    'stroke',
    'all',
  ]),
};

/**
 * A style property's value as it will be written, or undefined when it does not match the property's grammar;
 * `inherit` is valid for every property, as an attribute and in CSS.
 */
export function checkProperty(name: string, raw: string, context: ValueContext): CheckedValue | undefined {
  const rule = Object.hasOwn(PROPERTIES, name) ? PROPERTIES[name] : undefined;
  if (!rule) return undefined;
  if (raw.trim().toLowerCase() === 'inherit') return plain('inherit');
  return rule.check(raw, context);
}

// Path data holds only commands and numbers; its exact syntax is the renderer's business.
const PATH_DATA = /^[MmZzLlHhVvCcSsQqTtAa0-9eE.,+\-\s]*$/;
const pathData: ValueRule = {
  check: (raw) => (PATH_DATA.test(raw) ? plain(raw.trim().replace(/\s+/g, ' ')) : undefined),
  expected: 'path data (commands and numbers)',
};

const TRANSFORM_FUNCTION = /\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^()]*)\)\s*,?\s*/y;
const transform: ValueRule = {
  check: (raw) => {
    const parts: string[] = [];
    TRANSFORM_FUNCTION.lastIndex = 0;
    while (TRANSFORM_FUNCTION.lastIndex < raw.length) {
      const start = TRANSFORM_FUNCTION.lastIndex;
      const match = TRANSFORM_FUNCTION.exec(raw);
      if (!match || TRANSFORM_FUNCTION.lastIndex === start) {
        return raw.slice(start).trim() === '' && parts.length > 0 ? plain(parts.join(' ')) : undefined;
      }
      const args = match[2]!.trim().split(LIST_SEPARATOR);
      if (args.length < 1 || args.length > 6 || !args.every((a) => NUMBER.test(a))) return undefined;
      parts.push(`${match[1]}(${args.join(' ')})`);
    }
    return parts.length > 0 ? plain(parts.join(' ')) : undefined;
  },
  expected: 'a list of matrix(), translate(), scale(), rotate(), skewX() and skewY()',
};

const PRESERVE_ASPECT_RATIO =
  /^\s*(none|xMinYMin|xMidYMin|xMaxYMin|xMinYMid|xMidYMid|xMaxYMid|xMinYMax|xMidYMax|xMaxYMax)(\s+(meet|slice))?\s*$/;
const preserveAspectRatio: ValueRule = {
  check: (raw) => (PRESERVE_ASPECT_RATIO.test(raw) ? plain(raw.trim().replace(/\s+/g, ' ')) : undefined),
  expected: 'none or xMidYMid (and so on), optionally followed by meet or slice',
};

const FILTER_INPUT = /^[A-Za-z_][\w-]*$/;
const filterName: ValueRule = {
  check: (raw) => (FILTER_INPUT.test(raw.trim()) ? plain(raw.trim()) : undefined),
  expected: 'SourceGraphic, SourceAlpha or the result name of another filter step',
};

const IDS = /^[\w.:-]+(?:\s+[\w.:-]+)*$/;
const LANGUAGE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const ROLE = /^[a-z-]+(?:\s+[a-z-]+)*$/;

/** Text read by assistive technology: any text, since it is escaped when written. */
const label: ValueRule = { check: (raw) => plain(raw), expected: 'text' };

const units = keywords(['userSpaceOnUse', 'objectBoundingBox'], true);
const lengthAttribute = length(true);

/**
 * The attributes that are not style properties, by name. An element keeps the ones that make sense for it;
 * any other is ignored by the renderer, so one table serves every element.
 */
export const ATTRIBUTES: Readonly<Record<string, ValueRule>> = {
  x: lengthAttribute,
  y: lengthAttribute,
  width: length(true, ['auto']),
  height: length(true, ['auto']),
  cx: lengthAttribute,
  cy: lengthAttribute,
  r: lengthAttribute,
  rx: length(true, ['auto']),
  ry: length(true, ['auto']),
  x1: lengthAttribute,
  y1: lengthAttribute,
  x2: lengthAttribute,
  y2: lengthAttribute,
  fx: lengthAttribute,
  fy: lengthAttribute,
  fr: lengthAttribute,
  dx: list(lengthAttribute, 1, 10_000, 'a list of lengths'),
  dy: list(lengthAttribute, 1, 10_000, 'a list of lengths'),
  rotate: list(number, 1, 10_000, 'a list of numbers'),
  textLength: lengthAttribute,
  lengthAdjust: keywords(['spacing', 'spacingAndGlyphs'], true),
  startOffset: lengthAttribute,
  method: keywords(['align', 'stretch'], true),
  spacing: keywords(['auto', 'exact'], true),
  side: keywords(['left', 'right'], true),
  d: pathData,
  path: pathData,
  pathLength: number,
  points: list(number, 0, 100_000, 'a list of numbers'),
  viewBox: list(number, 4, 4, 'four numbers: min-x min-y width height'),
  preserveAspectRatio,
  transform,
  gradientTransform: transform,
  patternTransform: transform,
  gradientUnits: units,
  patternUnits: units,
  patternContentUnits: units,
  clipPathUnits: units,
  maskUnits: units,
  maskContentUnits: units,
  filterUnits: units,
  primitiveUnits: units,
  spreadMethod: keywords(['pad', 'reflect', 'repeat'], true),
  offset: numberOrPercentage,
  markerUnits: keywords(['strokeWidth', 'userSpaceOnUse'], true),
  markerWidth: lengthAttribute,
  markerHeight: lengthAttribute,
  refX: length(true, ['left', 'center', 'right']),
  refY: length(true, ['top', 'center', 'bottom']),
  orient: either('auto, auto-start-reverse or an angle', keywords(['auto', 'auto-start-reverse'], true), {
    check: (raw) => (ANGLE.test(raw.trim()) ? plain(raw.trim()) : undefined),
    expected: '',
  }),
  in: filterName,
  in2: filterName,
  result: filterName,
  stdDeviation: list(number, 1, 2, 'one or two numbers'),
  operator: keywords(['over', 'in', 'out', 'atop', 'xor', 'lighter', 'arithmetic', 'erode', 'dilate'], true),
  k1: number,
  k2: number,
  k3: number,
  k4: number,
  mode: keywords(
    [
      'normal',
      'multiply',
      'screen',
      'overlay',
      'darken',
      'lighten',
      'color-dodge',
      'color-burn',
      'hard-light',
      'soft-light',
      'difference',
      'exclusion',
      'hue',
      'saturation',
      'color',
      'luminosity',
    ],
    true,
  ),
  type: keywords(
    ['matrix', 'saturate', 'hueRotate', 'luminanceToAlpha', 'identity', 'table', 'discrete', 'linear', 'gamma'],
    true,
  ),
  values: list(number, 0, 20, 'a list of numbers'),
  tableValues: list(number, 0, 256, 'a list of numbers'),
  slope: number,
  intercept: number,
  amplitude: number,
  exponent: number,
  radius: list(number, 1, 2, 'one or two numbers'),
  edgeMode: keywords(['duplicate', 'wrap', 'none'], true),
  role: { check: (raw) => (ROLE.test(raw.trim()) ? plain(raw.trim()) : undefined), expected: 'an ARIA role' },
  'aria-label': label,
  'aria-roledescription': label,
  'aria-hidden': keywords(['true', 'false'], true),
  'aria-labelledby': { check: (raw) => (IDS.test(raw.trim()) ? plain(raw.trim()) : undefined), expected: 'ids' },
  'aria-describedby': { check: (raw) => (IDS.test(raw.trim()) ? plain(raw.trim()) : undefined), expected: 'ids' },
  focusable: keywords(['true', 'false', 'auto'], true),
  lang: { check: (raw) => (LANGUAGE.test(raw.trim()) ? plain(raw.trim()) : undefined), expected: 'a language tag' },
};

/** The values xml:space may take. */
export const XML_SPACE = keywords(['default', 'preserve'], true);
/** xml:lang, like lang. */
export const XML_LANG = ATTRIBUTES['lang']!;
