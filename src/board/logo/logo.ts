// Company logos are files contributors add under public/logos/. A browser opening an SVG directly runs
// its scripts on the board's origin, so an SVG is rebuilt from an allowlist (logo-svg.ts) and the build
// publishes the rebuilt file; raster logos must be the format their extension names. The build publishes
// everything in public/logos/, so every entry there is checked, not only referenced logos.

import type { ContentEntry } from '../content-entry.ts';
import { cleanSvgLogo } from './logo-svg.ts';
import { CompanySchema } from '../schema.ts';
import { entryTypeWords, executableProblem, slugFault, suggestedSlug, type EntryType } from '../file-names.ts';

/** The largest a logo file may be. */
export const MAX_LOGO_BYTES = 100 * 1024;

// The first bytes of each raster format a logo may be in.
const SIGNATURES: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  png: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  webp: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** One thing wrong with a logo file, at a line of it when it is an SVG (1 otherwise). */
export interface LogoProblem {
  /** `svg` for what is in an SVG, `file` for the file as a whole. */
  field: 'file' | 'svg';
  line: number;
  column: number;
  message: string;
}

/**
 * What is published for a logo: the cleaned SVG text, or the raster file's bytes; or the problems to list (the
 * last may say how many more there are) and how many there are in all.
 */
export type LogoOutput = { ok: true; bytes: Uint8Array } | { ok: false; problems: LogoProblem[]; count: number };

/**
 * The file to publish for the logo at `path` (under public/), or every problem that stops it from being
 * published: missing, too large, a raster file that is not its format, or an SVG that cannot be cleaned.
 */
export function publishedLogo(path: string, bytes: Uint8Array | undefined): LogoOutput {
  const refuse = (message: string): LogoOutput => ({
    ok: false,
    problems: [{ field: 'file', line: 1, column: 1, message }],
    count: 1,
  });
  if (bytes === undefined)
    return refuse(`found "${path}", but there is no file public/${path}; add the image there or remove logo`);
  if (bytes.length > MAX_LOGO_BYTES) {
    return refuse(
      `public/${path} is ${Math.ceil(bytes.length / 1024)} KB; a logo must be under ${MAX_LOGO_BYTES / 1024} KB`,
    );
  }
  const extension = path.slice(path.lastIndexOf('.') + 1);
  const matches = Object.hasOwn(SIGNATURES, extension) ? SIGNATURES[extension] : undefined;
  if (matches) {
    return matches(bytes)
      ? { ok: true, bytes }
      : refuse(
          `public/${path} is not a ${extension.toUpperCase()} image; save it in that format or change the extension`,
        );
  }
  if (extension !== 'svg') return { ok: true, bytes };
  const cleaned = cleanSvgLogo(bytes);
  if (cleaned.ok) return { ok: true, bytes: new TextEncoder().encode(cleaned.svg) };
  const problems: LogoProblem[] = cleaned.problems.map((p) => ({ field: 'svg', ...p }));
  if (cleaned.omitted > 0) {
    const last = problems.at(-1)!;
    problems.push({ ...last, message: `and ${cleaned.omitted} more problems like the ones above` });
  }
  return { ok: false, problems, count: cleaned.problems.length + cleaned.omitted };
}

/** Every problem with the logo at `path` (under public/), each at its line in the file. */
export function logoFileProblems(path: string, bytes: Uint8Array | undefined): LogoProblem[] {
  const output = publishedLogo(path, bytes);
  return output.ok ? [] : output.problems;
}

/**
 * Why the logo at `path` (under public/) is not acceptable, in one message naming the file and the line of
 * its first problem, or undefined when it is fine.
 */
export function logoProblem(path: string, bytes: Uint8Array | undefined): string | undefined {
  return logoSummary(path, publishedLogo(path, bytes));
}

/** `logoProblem` for a logo already checked. */
export function logoSummary(path: string, output: LogoOutput): string | undefined {
  if (output.ok) return undefined;
  const first = output.problems[0]!;
  if (first.field === 'file') return first.message;
  const more = output.count > 1 ? ` (and ${output.count - 1} more, listed under public/${path})` : '';
  return `public/${path} cannot be published: line ${first.line}: ${first.message}${more}`;
}

/**
 * Why an entry of public/logos/ must not be published as it is (a link, a folder, a name that is not a logo's,
 * too large), or undefined when it is a logo file; `publishedLogo` checks what it holds. Every entry is
 * checked, whether a company uses it or not: a file no company uses would be published all the same.
 */
export function logoEntryProblem(entry: ContentEntry): string | undefined {
  const name = entry.path.slice(entry.path.lastIndexOf('/') + 1);
  const problem = logoTypeProblem(entry.path, entry.type) ?? logoNameProblem(name);
  if (problem) return problem;
  if (entry.bytes === undefined) {
    return `is ${Math.ceil(entry.size / 1024)} KB; a logo must be under ${MAX_LOGO_BYTES / 1024} KB`;
  }
  return undefined;
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
