// What is wrong with the name of a content file, said so a contributor can fix it: the character that is not
// allowed, by code point (a Cyrillic "а" looks exactly like a Latin "a"), and a slug to rename it to. Shared by
// the validator, which reads names from disk, and the contributor-paths check, which reads them from git.

import { characterProblem } from './characters.ts';
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from './schema.ts';

/**
 * What an entry of a content folder is. `executable` and `submodule` exist only in git's modes (100755 and
 * 160000, a gitlink); a checkout shows them as a plain file and an empty folder.
 */
export type EntryType = 'file' | 'executable' | 'directory' | 'symlink' | 'submodule' | 'other';

/** The entry type git's mode of a path stands for: `100644` a file, `120000` a link, `160000` a gitlink. */
export function entryTypeOfMode(mode: string): EntryType {
  switch (mode) {
    case '100644':
    case '100664': // written by very old versions of git, and read by git as 100644
      return 'file';
    case '100755':
      return 'executable';
    case '120000':
      return 'symlink';
    case '160000':
      return 'submodule';
    case '040000':
      return 'directory';
    default:
      return 'other';
  }
}

/** `is <what>` for an entry that is not a regular file, to begin the message that says what belongs there. */
export function entryTypeWords(type: Exclude<EntryType, 'file' | 'executable'>): string {
  return {
    directory: 'a directory',
    symlink: 'a symbolic link',
    submodule: 'a submodule (a gitlink to another repository)',
    other: 'not a regular file',
  }[type];
}

/**
 * Why a content file is refused for its executable bit: nothing should ever run a posting, a company or a logo,
 * and a shell runs a file without a `#!` line as a shell script, description and all.
 */
export function executableProblem(path: string, noun: string): string {
  const target = /^[A-Za-z0-9._/-]+$/.test(path) ? path : '<file>';
  return `is executable (git mode 100755); a ${noun} is data that nothing should run, so commit it without the executable bit: git update-index --chmod=-x -- ${target}`;
}

// Letters of other scripts that are drawn like a Latin letter, and the letter they pass for. Fullwidth and
// other compatibility forms, and accented letters, are found by Unicode normalisation instead.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  к: 'k',
  һ: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ү: 'y',
  А: 'a',
  В: 'b',
  Е: 'e',
  Ѕ: 's',
  І: 'i',
  Ј: 'j',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  Х: 'x',
  Ү: 'y',
  // Greek
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Ζ: 'z',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Υ: 'y',
  Χ: 'x',
  // Latin letters outside ASCII that pass for ASCII ones
  ı: 'i',
  ɑ: 'a',
  ɡ: 'g',
};

/** A file name stem turned into a slug: "Acme Staff Go" → "acme-staff-go". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

/** The slug a file name stem was most likely meant to be: look-alike letters are read as the Latin ones. */
export function suggestedSlug(stem: string): string {
  return slugify([...stem.normalize('NFC')].map((c) => LOOK_ALIKES[c] ?? c).join(''));
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A character that may not be in a slug, described so that it can be found: invisible ones by code point only. */
function describeCharacter(char: string): string {
  const code = codePoint(char);
  const named: Readonly<Record<string, string>> = {
    '\n': 'a line break',
    '\r': 'a carriage return',
    '\t': 'a tab',
    ' ': 'a space',
    '\\': 'a backslash "\\"',
    '.': 'a dot "."',
    _: 'an underscore "_"',
  };
  if (named[char]) return `${named[char]} (${code})`;
  if (char === '\ufffd') return `a replacement character (${code}), which stands for bytes that are not UTF-8 text`;
  if (/[A-Z]/.test(char)) return `the capital letter "${char}"`;
  if (/\p{Cc}/u.test(char)) return `a control character (${code})`;
  if (/[\p{Cs}\p{Co}\p{Cn}]/u.test(char)) return `a private-use or unassigned character (${code})`;
  if (/[\p{Cf}\p{Zl}\p{Zp}]/u.test(char)) return `an invisible formatting character (${code})`;
  if (/\p{Z}/u.test(char)) return `a space character (${code})`;
  // Anything else the single-line rule refuses draws nothing (a Hangul filler, a variation selector, a blank
  // Braille pattern): quoted, it would be an invisible character in the message.
  if (characterProblem(char) !== undefined) return `an invisible or blank character (${code})`;
  if (/\p{M}/u.test(char)) return `a combining mark (${code}), an accent stored apart from its letter`;
  const lookAlike = LOOK_ALIKES[char];
  if (lookAlike !== undefined) {
    const script = /\p{Script=Cyrillic}/u.test(char)
      ? 'Cyrillic'
      : /\p{Script=Greek}/u.test(char)
        ? 'Greek'
        : 'non-ASCII';
    return `the ${script} letter "${char}" (${code}), which looks like the Latin "${lookAlike}"`;
  }
  const compatible = char.normalize('NFKC');
  if (compatible !== char && /^[\x21-\x7e]+$/.test(compatible)) {
    const width = /[\uff01-\uff5e]/.test(char) ? 'fullwidth' : 'compatibility form';
    return `the ${width} "${char}" (${code}), not the ASCII "${compatible}"`;
  }
  if (/^[a-z]$/i.test(char.normalize('NFD').charAt(0)) && char.normalize('NFD').length > 1) {
    return `the accented letter "${char}" (${code})`;
  }
  if (/[\x21-\x7e]/.test(char)) return `"${char}" (${code})`;
  return `"${char}" (${code}), which is not an ASCII letter, digit or hyphen`;
}

/**
 * What keeps `stem` from being a slug (lowercase ASCII letters and digits in words joined by single hyphens, at
 * most `maxLength` characters), as words to follow "found …;", or undefined when it is one.
 */
export function slugFault(stem: string, maxLength = MAX_SLUG_LENGTH): string | undefined {
  // Every file of the board comes through here on each build: a good name costs one match.
  if (SLUG_PATTERN.test(stem) && stem.length <= maxLength) return undefined;
  const chars = [...stem];
  const bad = chars.findIndex((c) => !/[a-z0-9-]/.test(c));
  if (bad !== -1) return `character ${bad + 1} is ${describeCharacter(chars[bad]!)}`;
  if (chars.length === 0) return 'there is no name before the extension';
  if (chars.length > maxLength) return `it is ${chars.length} characters long`;
  if (stem.startsWith('-')) return 'it starts with a hyphen';
  if (stem.endsWith('-')) return 'it ends with a hyphen';
  const double = stem.indexOf('--');
  if (double !== -1) return `it has two hyphens in a row at character ${double + 1}`;
  return undefined;
}
