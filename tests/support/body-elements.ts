// The elements a rendered description may hold, written out here rather than taken from src/board/markdown.ts, so
// that the tests check the renderer's output against a list of their own.

export const BODY_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'em',
  'strong',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
]);
