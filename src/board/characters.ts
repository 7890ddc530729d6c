// Characters that make text look other than it is: the one rule every single-line value (titles, names,
// cities) is checked against, the direction-changing characters refused around links, and the folding that
// duplicate checks compare titles with, so that a look-alike spelling is still the same title.

/** A kind of character a single-line value may not hold: what to call it, and how to fix it. */
interface CharacterClass {
  pattern: RegExp;
  what: string;
  fix: string;
}

// Order matters only for the wording: a character is reported under the first class it belongs to.
const CLASSES: readonly CharacterClass[] = [
  {
    // Unpaired surrogates (only reachable through YAML escapes such as "\uD800") and noncharacters are not
    // text at all: XML feeds cannot carry them.
    pattern: /[\p{Cs}\p{Noncharacter_Code_Point}]/u,
    what: 'a code point that is not a character',
    fix: 'delete it',
  },
  {
    // Controls (C0, DEL, C1), format characters (bidi controls, zero-width characters, soft hyphen, tag
    // characters, interlinear annotations, musical formatting), line and paragraph separators, everything
    // Unicode says renders as nothing (Hangul fillers, Khmer inherent vowels, variation selectors), and two
    // symbols that draw nothing: BRAILLE PATTERN BLANK and MUSICAL SYMBOL NULL NOTEHEAD.
    pattern: /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800\u{1D159}]/u,
    what: 'an invisible or direction-changing character',
    fix: 'delete it',
  },
  {
    pattern: /\p{Co}/u,
    what: 'a private-use character',
    fix: 'delete it: every device draws it differently',
  },
  {
    // Spaces wider than a space, or drawn as a mark. The no-break spaces U+00A0 and U+202F look like a space
    // and are accepted; duplicate checks treat every space alike.
    pattern: /[\u1680\u2000-\u200a\u205f\u3000]/u,
    what: 'a wide or unusual space',
    fix: 'replace it with an ordinary space',
  },
];

const ANY = new RegExp(CLASSES.map((c) => c.pattern.source).join('|'), 'gu');
// The same, for the common answer "nothing to report", without the global flag's state.
const SOME = new RegExp(ANY.source, 'u');

/** `U+202E`: a code point as Unicode writes it. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why a single-line value may not be used as it is, or undefined when every character is fine: the first
 * character that is invisible, changes direction, is private-use, is an unusual space or is not a character
 * at all, at its position counted in characters from 1.
 */
export function characterProblem(value: string): string | undefined {
  if (!SOME.test(value)) return undefined;
  const found = [...value.matchAll(ANY)];
  const first = found[0];
  if (!first) return undefined;
  const char = first[0];
  const { what, fix } = CLASSES.find((c) => c.pattern.test(char))!;
  const position = [...value.slice(0, first.index)].length + 1;
  const more = found.length - 1;
  const rest =
    more > 0 ? ` (${more} more character${more > 1 ? 's' : ''} after it need${more > 1 ? '' : 's'} fixing too)` : '';
  return `contains ${what} (${codePointName(char)}) at position ${position}; ${fix}${rest}`;
}

/**
 * Text with every character `characterProblem` refuses written as a `\uXXXX` escape: a message must read the
 * same in a terminal, an annotation or a log, whatever the text it names holds.
 */
export function escapeRefused(text: string): string {
  return text.replace(ANY, (char) =>
    Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/** A value quoted for a message, as JSON quotes it, with the characters `characterProblem` refuses escaped. */
export function quote(value: string): string {
  return escapeRefused(JSON.stringify(value));
}

/**
 * The characters that reorder the text around them (embeddings, overrides, isolates, and the marks LRM, RLM
 * and ALM): next to a link they can make its text read as an address it does not go to.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * A title as duplicate checks compare it: NFKC-normalized and case-folded (the same letters in fullwidth,
 * mathematical or ligature forms, or in another case, compare equal), with default-ignorable characters
 * dropped and spaces collapsed.
 */
export function foldTitle(title: string): string {
  // Upper then lower case folds what lower case alone keeps apart (ß and SS, ς and σ); NFKC runs again
  // because case mapping can undo it.
  return title
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
