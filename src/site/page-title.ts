// Page titles short enough for search results: Google cuts a title at about 600 pixels, some 60–70
// characters, so a page's <title> never passes 70 characters, whatever its posting, company or place is called.

/** The most characters a page's `<title>` may hold. */
export const MAX_TITLE_CHARS = 70;

const ELLIPSIS = '…';
const DANGLING = /(?:[\s,;:·–—(/&+-]+(?:and|or|of|the|a|an|at|in|for|to|with|from|on|by))+$/iu;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const ONE_UNIT_EACH = /^[\u0020-\u007e\u00a0-\u02ff]*$/;

/** How long `text` is as a reader counts it: in characters, a letter with its accents counting once. */
export function titleLength(text: string): number {
  // Below U+0300 every code unit is a character of its own: most titles are counted without segmenting them.
  if (ONE_UNIT_EACH.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** Whether `text` fits in `max` characters; most titles are short enough to tell without counting. */
function fits(text: string, max: number): boolean {
  return text.length <= max || titleLength(text) <= max;
}

/**
 * `text` when it fits in `max` characters; otherwise cut at the last word that fits, without the punctuation
 * left hanging there, and ended with an ellipsis (a single word too long for `max` is cut inside).
 */
export function shortenTitle(text: string, max: number = MAX_TITLE_CHARS): string {
  if (fits(text, max)) return text;
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (kept.length === max - 1) break;
    kept.push(segment);
  }
  const cut = kept.join('');
  // Ends at a word when the next character starts a new one, or else at the last space inside the cut.
  const next = text.slice(cut.length);
  const atWord = /^\s/.test(next) ? cut : cut.slice(0, Math.max(cut.lastIndexOf(' '), 0));
  let trimmed = atWord || cut;
  // A bracket opened and not closed before the cut goes with what it held: "DACH (Germany…" reads as broken.
  const open = trimmed.lastIndexOf('(');
  if (open > 0 && trimmed.indexOf(')', open) === -1) trimmed = trimmed.slice(0, open);
  // Nor does a title end on a word that leads into what was cut: "South Georgia and…".
  trimmed = trimmed.replace(/[\s,;:·–—(/&+-]+$/u, '').replace(DANGLING, '');
  return `${trimmed || cut}${ELLIPSIS}`;
}

/**
 * `head` followed by `tail` ("Staff Engineer, Payments" and " at Acme"; a listing's title and ", page 2 of
 * 5") in `max` characters: when both do not fit, `head` is shortened and `tail` kept whole, unless `tail`
 * would take more than half the room, when the two are shortened together.
 */
export function titleWithTail(head: string, tail: string, max: number = MAX_TITLE_CHARS): string {
  const whole = `${head}${tail}`;
  if (fits(whole, max)) return whole;
  const tailLength = titleLength(tail);
  if (tailLength > max / 2) return shortenTitle(whole, max);
  return `${shortenTitle(head, max - tailLength)}${tail}`;
}

/**
 * A page's `<title>`: its title followed by the board's name when the two fit in `MAX_TITLE_CHARS`; otherwise
 * the title alone; otherwise `short` (a shorter title the page offers), with the board's name when it fits;
 * and as a last resort the shorter of them, shortened at a word.
 */
export function documentTitle(title: string, siteName: string, short?: string): string {
  if (title === siteName) return shortenTitle(title);
  const shorter = short === undefined ? [] : [`${short} · ${siteName}`, short];
  for (const candidate of [`${title} · ${siteName}`, title, ...shorter]) {
    if (fits(candidate, MAX_TITLE_CHARS)) return candidate;
  }
  return shortenTitle(short ?? title);
}
