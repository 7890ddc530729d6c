// HTML built as strings, for markup that a build repeats thousands of times (a posting's card is on a dozen
// pages): every interpolated value is escaped unless it is markup made here, so a posting's title or a company's
// name can only ever be text. (The tag is not called `html` so that the formatter leaves the markup as written.)

/** Markup made by `markup`: interpolating it into another template keeps it as markup. */
export class Markup {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
  toString(): string {
    return this.html;
  }
}

/** What a template takes: text, markup, lists of them, and nothing (null, undefined or false). */
export type MarkupValue = string | number | Markup | null | undefined | false | readonly MarkupValue[];

const SPECIAL = /[&<>'"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text made safe in an element and in a quoted attribute: the five characters Astro escapes, as it does. */
export function escapeHtml(text: string): string {
  return text.replace(SPECIAL, (character) => ENTITIES[character]!);
}

function render(value: MarkupValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A template of markup: markup`<a href="${href}">${title}</a>` escapes `href` and `title`. */
export function markup(strings: TemplateStringsArray, ...values: MarkupValue[]): Markup {
  let html = strings[0]!;
  for (let i = 0; i < values.length; i++) html += render(values[i]!) + strings[i + 1]!;
  return new Markup(html);
}
