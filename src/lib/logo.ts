// Company logos are files contributors add under public/logos/. A browser opening an SVG directly runs
// its scripts on the board's origin, so an SVG is accepted only when it holds nothing that can act.
// The build publishes everything in public/, so every entry there is checked, not only referenced logos.

import type { ContentEntry } from './board.ts';
import { CompanySchema } from './schema.ts';
import { entryTypeWords, executableProblem, slugFault, suggestedSlug, type EntryType } from './file-names.ts';

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

// The first bytes of each raster format a logo may be in.
const SIGNATURES: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  png: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  webp: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Why the logo at `path` (under public/) is not acceptable, or undefined when it is fine. */
export function logoProblem(path: string, bytes: Uint8Array | undefined): string | undefined {
  if (bytes === undefined)
    return `found "${path}", but there is no file public/${path}; add the image there or remove logo`;
  if (bytes.length > MAX_LOGO_BYTES) {
    return `public/${path} is ${Math.ceil(bytes.length / 1024)} KB; a logo must be under ${MAX_LOGO_BYTES / 1024} KB`;
  }
  const extension = path.slice(path.lastIndexOf('.') + 1);
  const matches = SIGNATURES[extension];
  if (matches) {
    return matches(bytes)
      ? undefined
      : `public/${path} is not a ${extension.toUpperCase()} image; save it in that format or change the extension`;
  }
  if (extension !== 'svg') return undefined;
  const text = new TextDecoder().decode(bytes);
  if (!/<svg[\s>]/i.test(text)) return `public/${path} is not an SVG image`;
  for (const [pattern, what] of SVG_HAZARDS) {
    if (pattern.test(text))
      return `public/${path} contains ${what}; logos must be plain drawings, so remove it or use a PNG`;
  }
  return undefined;
}

/**
 * Why an entry of public/logos/ must not be published, or undefined when it is a plain logo. The build copies
 * public/ as it is, following links, so a file no company uses, or a link, would be published unchecked.
 */
export function logoEntryProblem(entry: ContentEntry): string | undefined {
  const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
  const problem = logoTypeProblem(entry.path, entry.type) ?? logoNameProblem(name);
  if (problem) return problem;
  if (entry.bytes === undefined) {
    return `is ${Math.ceil(entry.size / 1024)} KB; a logo must be under ${MAX_LOGO_BYTES / 1024} KB`;
  }
  return logoProblem(`logos/${name}`, entry.bytes);
}

/**
 * Why an entry of public/logos/ of this type is refused, or undefined for a regular file. The contributor-paths
 * check gives the same message for a type it reads from git.
 */
export function logoTypeProblem(path: string, type: EntryType): string | undefined {
  if (type === 'file') return undefined;
  if (type === 'executable') return executableProblem(path, 'logo');
  if (type === 'symlink') {
    return 'is a symbolic link; a logo must be a regular file (links are never followed, and the build would publish what they point to)';
  }
  return `is ${entryTypeWords(type)}; public/logos/ holds only logo files`;
}

/**
 * Why `name` cannot be the name of a file in public/logos/, or undefined when it is `<slug>.svg` (or .png, .webp,
 * .jpg). The contributor-paths check gives the same message for a name it reads from git.
 */
export function logoNameProblem(name: string): string | undefined {
  const isLogo = (file: string) => CompanySchema.shape.logo.safeParse(`logos/${file}`).success;
  if (isLogo(name)) return undefined;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  // A fullwidth or capitalised extension (".ＳＶＧ", ".PNG") is suggested as the one it stands for.
  const extension =
    dot > 0
      ? name
          .slice(dot + 1)
          .normalize('NFKC')
          .toLowerCase()
      : '';
  const fault =
    slugFault(stem, Infinity) ?? (dot > 0 ? `the extension is "${name.slice(dot)}"` : 'it has no extension');
  const suggestion = suggestedSlug(stem);
  const fix =
    suggestion && isLogo(`${suggestion}.${extension}`)
      ? `rename it to ${suggestion}.${extension}, or remove it`
      : 'remove or rename this file';
  return `everything in public/logos/ is published, so it holds only logos named <company>.svg, .png, .webp or .jpg; ${fault}, so ${fix}`;
}
