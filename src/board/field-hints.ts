// Guidance beyond a schema's own rules, attached to schema nodes: the validator uses it to word its messages
// (an example value, what is allowed, aliases for did-you-mean), for postings and the board's config alike.

import { z } from 'astro/zod';

/** Extra guidance the validator uses to turn a schema error into an actionable message. */
export interface FieldHint {
  /** A value that would be valid, shown when the field is missing or wrong. */
  example?: string;
  /** What the allowed values are, when listing them all would be too long. */
  allowed?: string;
  /** Alternative spellings mapped to the value meant, for did-you-mean hints. */
  aliases?: Readonly<Record<string, string>>;
}

/** Hints per schema node, looked up by the validator when it words a message. */
export const fieldHints = z.registry<FieldHint>();
