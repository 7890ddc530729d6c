// Near-identical job titles: the same role posted twice with the title spelt a little differently.
// Words every title shares (the levels, the role family's words from board.config.ts) are set aside, so what is
// compared is the part that says which role it is: "Payments" against "Payment", not the level and role twice.

import { foldTitle } from '../../src/board/characters.ts';
import { LEVELS, LEVEL_ALIASES } from '../../src/board/vocabulary.ts';
import { BOARD } from '../../src/board/wording.ts';

/**
 * Words that name a seniority or the kind of role, not which role it is: the board's levels and their aliases and
 * its role words (board.config.ts), and words every job title may use.
 */
const ROLE_WORDS = new Set([
  ...Object.keys(LEVELS),
  ...Object.keys(LEVEL_ALIASES).flatMap((alias) => alias.split('-')),
  ...BOARD.wording.roleWords,
  ...['sr', 'lead', 'developer', 'dev', 'swe', 'the', 'and', 'of', 'for', 'in', 'on', 'a', 'an', 'team'],
  // Gender markers some titles carry: (m/f/d), (m/w/d), (f/m/x).
  ...['m', 'f', 'd', 'x', 'w'],
]);

/**
 * A title's words, folded (NFKC and case folding: fullwidth, mathematical and ligature letters become plain
 * ones) and without accents or punctuation: "Senior Back-End Engineer – Payments" → "senior back end engineer
 * payments". Letters of every script are kept.
 */
export function normalizeTitle(title: string): string {
  return foldTitle(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** What tells a title apart from other roles: its normalized words without role words, singular, sorted. */
export function distinctiveWords(title: string): string {
  const words = normalizeTitle(title)
    .split(' ')
    .filter((w) => w !== '' && !ROLE_WORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  return [...new Set(words)].sort().join(' ');
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const compact = ` ${text} `;
  for (let i = 0; i < compact.length - 1; i++) {
    const pair = compact.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** How alike two titles are, from 0 to 1: the Sørensen–Dice coefficient of the character pairs of their distinctive words. */
export function titleSimilarity(a: string, b: string): number {
  const x = distinctiveWords(a);
  const y = distinctiveWords(b);
  if (x === y) return 1;
  if (x === '' || y === '') return 0;
  const left = bigrams(x);
  const right = bigrams(y);
  let shared = 0;
  let total = 0;
  for (const [pair, count] of left) {
    shared += Math.min(count, right.get(pair) ?? 0);
    total += count;
  }
  for (const count of right.values()) total += count;
  return (2 * shared) / total;
}

/** Titles at least this alike are reported as possible duplicates. */
export const DUPLICATE_SIMILARITY = 0.85;
