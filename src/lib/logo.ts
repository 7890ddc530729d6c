// Company logos are files contributors add under public/logos/. A browser opening an SVG directly runs
// its scripts on the board's origin, so an SVG is accepted only when it holds nothing that can act.

/** The largest a logo file may be. */
export const MAX_LOGO_BYTES = 100 * 1024;

const SVG_HAZARDS: ReadonlyArray<[RegExp, string]> = [
  [/<script/i, 'a <script> element'],
  [/<foreignObject/i, 'a <foreignObject> element'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
  [/<!(DOCTYPE|ENTITY)/i, 'a DOCTYPE or ENTITY declaration'],
  [/(?:^|[\s"'])(?:xlink:)?href\s*=\s*["'](?!#)/i, 'a link to another document (href=…)'],
  [/<(iframe|embed|object|a|animate|set|handler|listener)[\s>]/i, 'an element that can load or run something'],
  [/url\(\s*["']?(?!#)/i, 'a url() reference to another document'],
  [/@import/i, 'an @import rule'],
];

/** Why the logo at `path` (under public/) is not acceptable, or undefined when it is fine. */
export function logoProblem(path: string, bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined)
    return `found "${path}", but there is no file public/${path}; add the image there or remove logo`;
  if (bytes.length > MAX_LOGO_BYTES) {
    return `public/${path} is ${Math.ceil(bytes.length / 1024)} KB; a logo must be under ${MAX_LOGO_BYTES / 1024} KB`;
  }
  if (!path.endsWith('.svg')) return undefined;
  const text = new TextDecoder().decode(bytes);
  if (!/<svg[\s>]/i.test(text)) return `public/${path} is not an SVG image`;
  for (const [pattern, what] of SVG_HAZARDS) {
    if (pattern.test(text))
      return `public/${path} contains ${what}; logos must be plain drawings, so remove it or use a PNG`;
  }
  return undefined;
}
