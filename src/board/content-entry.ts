// An entry of a content folder as the caller found it, on disk or in git: the input every check of a file takes.
// It has a module of its own so that the board's checks (board.ts) and the logo checks (logo/logo.ts), which
// both read it, need not import each other.

/** An entry of `content/jobs/`, `content/companies/` or `public/logos/`, as the caller found it on disk. */
export interface ContentEntry {
  /** Path relative to the project root, with forward slashes: `content/jobs/acme-go.md`. */
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  /** Size in bytes. */
  size: number;
  /** The file's bytes; absent for anything but a regular file no larger than the limit. */
  bytes?: Uint8Array;
  /** A hash of the bytes, when they were read: it changes whenever the file does. */
  digest?: string;
}
