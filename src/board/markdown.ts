// Posting and company bodies: one Markdown parser (markdown-it, CommonMark) for both the validator's
// checks and the page's HTML, so what the validator accepts is exactly what the page shows.
// Rendering is safe by construction whatever the input: raw HTML is escaped, images become their
// text, only https: and mailto: links survive, and the output is checked against an allowlist.

import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { BIDI_CONTROLS, codePointName, quote } from './characters.ts';
import { hostProblem, mailDomainProblem } from './private-network.ts';

/** A problem in a body; `line` is 1-based within the body. */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
}

/** A parsed body's tokens, with the environment (link reference definitions) of its parse. */
export interface ParsedBody {
  tokens: Token[];
  env: object;
}

function createParser(): MarkdownIt {
  const parser = new MarkdownIt('commonmark', { html: true, linkify: false, typographer: false });
  // Every link is kept by the parser so the validator can name the bad ones; rendering drops them.
  parser.validateLink = () => true;
  return parser;
}

const md = createParser();
// The same parser stopping after the block level: checks parse inline content only where needed.
const blocksOnly = createParser();
blocksOnly.core.ruler.disable('inline');

/**
 * Why a link target may not appear on a page, or undefined when it may: only https: URLs to public named
 * hosts (no IP address, localhost or private-network name) and mailto: addresses at such hosts.
 */
function hrefProblem(href: string): string | undefined {
  const general = 'links must be complete https:// URLs or mailto: addresses';
  let url: URL;
  try {
    url = new URL(checkedHref(href));
  } catch {
    return general;
  }
  if (url.protocol === 'mailto:') return mailAddressesProblem(url.pathname);
  if (url.protocol !== 'https:') return general;
  // https://acme.example@evil.example/ goes to evil.example: the rule for apply links holds here too.
  if (url.username || url.password) return 'a link must not contain a user name or password';
  return hostProblem(url.hostname);
}

/**
 * Why one of a mailto: link's addresses (`a@acme.example,b@acme.example`, percent-encoded or not) is at a domain of
 * this machine or a private network, as for apply links, or undefined when none is.
 */
function mailAddressesProblem(addresses: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(addresses);
  } catch {
    return 'links must be complete https:// URLs or mailto: addresses';
  }
  for (const address of decoded.split(',')) {
    const problem = address.includes('@') ? mailDomainProblem(address.slice(address.lastIndexOf('@') + 1)) : undefined;
    if (problem) return problem;
  }
  return undefined;
}

/**
 * A link target as it is checked and written: browsers ignore tabs, line breaks and leading control characters in
 * URLs, so they are dropped, and the scheme is written in lower case (`HTTPS:` is `https:`), as the output's
 * allowlist expects.
 */
function checkedHref(href: string): string {
  return href.replace(/[\u0000-\u0020\u007f]/g, '').replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase());
}

/** Whether a link target may appear on a page: https: URLs to public hosts and mailto: addresses only. */
function isSafeHref(href: string): boolean {
  return hrefProblem(href) === undefined;
}

/** Parses a Markdown body completely, for rendering. */
export function parseBody(body: string): ParsedBody {
  const env = {};
  return { tokens: md.parse(body, env), env };
}

/**
 * Parses a body for checking: blocks always, inline content only where it holds `<` or `[`, the
 * characters every link, image and HTML tag starts with. It finds exactly the problems a full parse
 * finds, in about half the time.
 */
function parseBodyForChecks(body: string): ParsedBody {
  const env = {};
  const tokens = blocksOnly.parse(body, env);
  for (const token of tokens) {
    if (token.type === 'inline' && /[<[]/.test(token.content)) {
      token.children = [];
      md.inline.parse(token.content, md, env, token.children);
      token.children = joinText(token.children);
    }
  }
  return { tokens, env };
}

/**
 * What markdown-it's text_join core rule does after the inline parse, which the parse for checks skips: entities and
 * escapes (`&#x202E;`) become text, joined with the text around them, so the checks see them as a full parse does.
 */
function joinText(children: Token[]): Token[] {
  const joined: Token[] = [];
  for (const child of children) {
    if (child.type === 'text_special') child.type = 'text';
    const last = joined.at(-1);
    if (child.type === 'text' && last?.type === 'text') last.content += child.content;
    else joined.push(child);
  }
  return joined;
}

/**
 * The visible text of a parsed body, whitespace collapsed: for search and summaries. With `atLeast`,
 * collection may stop early, once the text is longer than that: what is returned is then a prefix of
 * the whole text, exactly as long as it needs to be for a summary.
 */
export function bodyText(parsed: ParsedBody, atLeast = Infinity): string {
  const parts: string[] = [];
  let raw = 0;
  let checkAt = atLeast;
  const add = (text: string): void => {
    parts.push(text);
    raw += text.length;
  };
  for (const token of parsed.tokens) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') add(child.content);
        else if (child.type === 'softbreak' || child.type === 'hardbreak') add(' ');
      }
      add(' ');
    } else if (token.type === 'fence' || token.type === 'code_block') {
      add(token.content);
      add(' ');
    } else continue;
    // Collapsing whitespace only shortens the text, so the check waits until the raw text is long
    // enough, and waits twice as long after each miss (a body of mostly whitespace stays linear).
    if (raw > checkAt) {
      const text = collapse(parts.join(''));
      if (text.length > atLeast) return text;
      checkAt = raw * 2;
    }
  }
  return collapse(parts.join(''));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * How many characters of text a body has, for the length rules: its letters and digits, not counting
 * link targets. Counting stops once past `stopAfter`. Defined on the source so checks need no parse.
 */
export function textLength(source: string, stopAfter = Infinity): number {
  let length = 0;
  let lineStart = true;
  // The first ")" after the last link target looked for, or -1 when there is none: each ")" is searched once,
  // however many "](" come before it.
  let close = -2;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (lineStart) {
      lineStart = false;
      REFERENCE_DEFINITION.lastIndex = i;
      if (REFERENCE_DEFINITION.test(source)) {
        const end = source.indexOf('\n', i);
        if (end === -1) break;
        i = end;
        lineStart = true;
        continue;
      }
    }
    if (c === 10) {
      lineStart = true;
    } else if (c === 93 && source.charCodeAt(i + 1) === 40) {
      // "](" starts a link target: skip to its closing parenthesis.
      if (close !== -1 && close < i + 2) close = source.indexOf(')', i + 2);
      if (close !== -1) i = close;
    } else if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) {
      if (++length > stopAfter) break;
    } else if (c > 127) {
      LETTER_OR_DIGIT.lastIndex = i;
      if (LETTER_OR_DIGIT.test(source) && ++length > stopAfter) break;
    }
  }
  return length;
}

const REFERENCE_DEFINITION = / {0,3}\[[^\]\n]+\]:/y;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

// A link target the quick check can vouch for: a plain https: URL or mailto: address, followed by
// the end of the target, whose host or mail domain is public. Anything fancier goes to the full parse.
// A host whose last label starts with a letter is a name to the URL parser, never an IPv4 address (2130706433,
// 0x7f.1): the quick check leaves every other host to the full parse.
const SAFE_TARGET =
  /^\s*(?:https:\/\/((?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*)(?:[/?#][^\s()<>]*)?|mailto:[^\s()<>@]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+))(?=[\s)]|$)/;

/**
 * Whether a body could hold a problem, so that it needs the full parse. Without `<` there is no HTML
 * and no autolink, without `![` no image, and every inline link and link reference definition starts
 * with `](` or `]:`: when each of those is followed by a plain https:/mailto: target to a public host, the
 * parse would find nothing. A direction-changing character anywhere, written out or as a character reference,
 * needs the parse to see whether it is near a link. This is a shortcut to the same answer, never a different rule.
 */
export function mayHaveProblems(source: string): boolean {
  if (source.includes('<') || source.includes('![') || BIDI_CONTROLS.test(source)) return true;
  // A direction-changing character may also be written as a character reference: &#x202E;, &rlm;.
  if (source.includes('&') && BIDI_CONTROLS.test(md.utils.unescapeAll(source))) return true;
  for (let i = source.indexOf(']'); i !== -1; i = source.indexOf(']', i + 1)) {
    const next = source[i + 1];
    if (next !== '(' && next !== ':') continue;
    const target = SAFE_TARGET.exec(source.slice(i + 2, i + 2 + 2100));
    if (!target) return true;
    // The host of an https: target, or else the domain of a mailto: address.
    const [, host, mailDomain] = target;
    if ((host !== undefined ? hostProblem(host.toLowerCase()) : mailDomainProblem(mailDomain!)) !== undefined)
      return true;
  }
  return false;
}

/** Every problem in a body under the board's rules, parsing it only when it could hold one. */
export function checkBody(source: string): BodyProblem[] {
  return mayHaveProblems(source) ? bodyProblems(parseBodyForChecks(source), source) : [];
}

/** How far past the previous problem on a line the next one's markup is looked for. */
const SEARCH_WINDOW = 10_000;

/** What is wrong with a body under the board's rules: no raw HTML, no images, only https:/mailto: links. */
export function bodyProblems(parsed: ParsedBody, source: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lines = source.split('\n');
  // Tokens come in the order of the source, so each search on a line starts after the last one found there:
  // repeated markup gets its own column, and a line is searched once however many problems it holds. A needle
  // the source spells differently (entities, escapes) is looked for in a window only, so that costs stay linear.
  const searchFrom = new Map<number, number>();
  const at = (line: number, needle: string): BodyProblem['column'] => {
    const from = searchFrom.get(line) ?? 0;
    const index = (lines[line - 1] ?? '').slice(from, from + SEARCH_WINDOW).indexOf(needle);
    if (index === -1) return from + 1;
    searchFrom.set(line, from + index + 1);
    return from + index + 1;
  };
  for (const token of parsed.tokens) {
    const line = (token.map?.[0] ?? 0) + 1;
    if (token.type === 'html_block') {
      const tag = token.content.trim().split('\n')[0]!.slice(0, 40);
      problems.push({
        line,
        column: at(line, '<'),
        message: `raw HTML is not allowed (found ${quote(tag)}); write it as Markdown: **bold**, _italic_, lists, [links](https://…)`,
      });
      continue;
    }
    if (token.type !== 'inline') continue;
    // Inline tokens carry no lines of their own: count the line breaks before each child.
    let offset = 0;
    for (const child of token.children ?? []) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') offset++;
      const childLine = line + offset;
      if (child.type === 'html_inline') {
        const [firstLine = '', ...rest] = child.content.split('\n');
        problems.push({
          line: childLine,
          column: at(childLine, firstLine),
          message: `raw HTML is not allowed (found ${quote(child.content.slice(0, 40))}); use Markdown instead, or put it in \`backticks\` to show it as code`,
        });
        // A tag may run over several lines: what follows it is that many lines further down.
        offset += rest.length;
      } else if (child.type === 'image') {
        const src = child.attrGet('src') ?? '';
        problems.push({
          line: childLine,
          column: at(childLine, '!['),
          message: `images are not allowed (found ${quote(src.slice(0, 60))}); remove it, or link to it with [text](https://…)`,
        });
      } else if (child.type === 'link_open') {
        const href = child.attrGet('href') ?? '';
        const problem = hrefProblem(href);
        if (problem) {
          problems.push({
            line: childLine,
            // An e-mail autolink (<jobs@acme.example>) is written without the mailto: its target has.
            column: at(childLine, (child.markup === 'autolink' ? href.replace(/^mailto:/, '') : href).slice(0, 20)),
            message: `link to ${quote(href.slice(0, 60))} is not allowed; ${problem}`,
          });
        }
      }
    }
    problems.push(...bidiNearLinks(token, line, lines));
  }
  return problems;
}

/**
 * Direction-changing characters in a paragraph (or heading, or list item) that holds a link: in the link's
 * text, or anywhere around it, they can make the link read as an address it does not go to.
 */
function bidiNearLinks(token: Token, line: number, lines: readonly string[]): BodyProblem[] {
  const children = token.children ?? [];
  // The decoded text, not the source: a character reference (&#x202E;) is the character it names.
  if (!children.some((c) => c.type === 'link_open') || !children.some((c) => BIDI_CONTROLS.test(c.content))) return [];
  const problems: BodyProblem[] = [];
  let offset = 0;
  let depth = 0;
  for (const child of children) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') offset++;
    if (child.type === 'link_open') depth++;
    if (child.type === 'link_close') depth--;
    // An autolink's text is its address, so its target is checked through its text.
    const text = child.type === 'text' || child.type === 'code_inline' ? child.content : '';
    const found = BIDI_CONTROLS.exec(text);
    if (!found) continue;
    const childLine = line + offset;
    problems.push({
      line: childLine,
      column: columnOf(lines[childLine - 1] ?? '', found[0]),
      message:
        depth > 0
          ? `link text contains a direction-changing character (${codePointName(found[0])}), which can make it read as another address; delete it`
          : `a direction-changing character (${codePointName(found[0])}) in a paragraph with a link can make the link read as another address; delete it`,
    });
  }
  return problems;
}

/** The 1-based column of a character on a line, written out or as a character reference (`&#x202E;`), or 1. */
function columnOf(line: string, char: string): number {
  const index = line.indexOf(char);
  if (index !== -1) return index + 1;
  for (const reference of line.matchAll(/&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g)) {
    if (md.utils.unescapeAll(reference[0]) === char) return reference.index + 1;
  }
  return 1;
}

const escapeHtml = md.utils.escapeHtml;
const rules = md.renderer.rules;
rules.html_block = (tokens, idx) => `<p>${escapeHtml(tokens[idx]!.content.trim())}</p>\n`;
rules.html_inline = (tokens, idx) => escapeHtml(tokens[idx]!.content);
rules.image = (tokens, idx) => escapeHtml(tokens[idx]!.content);
rules.fence = (tokens, idx) => `<pre><code>${escapeHtml(tokens[idx]!.content)}</code></pre>\n`;
rules.heading_open = (tokens, idx) => `<${demote(tokens[idx]!.tag)}>`;
rules.heading_close = (tokens, idx) => `</${demote(tokens[idx]!.tag)}>\n`;
rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  token.attrs = [['href', token.attrGet('href') ?? '']];
  if (token.attrGet('href')?.startsWith('https:')) token.attrPush(['rel', 'nofollow ugc noopener']);
  return self.renderToken(tokens, idx, options);
};

// The page's own title is the only h1: a body's h1 becomes h2, the level its sections are written at.
function demote(tag: string): string {
  return tag === 'h1' ? 'h2' : tag;
}

const BIDI_CONTROLS_ALL = new RegExp(BIDI_CONTROLS.source, 'g');

/**
 * Drops links whose target is not safe, keeping their text, and the direction-changing characters of any
 * paragraph that keeps a link (the validator refuses both; this holds when it was bypassed). A kept link's target
 * is written as it was checked.
 */
function withoutUnsafeLinks(tokens: Token[]): Token[] {
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    const dropped: boolean[] = [];
    token.children = token.children.filter((child) => {
      if (child.type === 'link_open') {
        const href = child.attrGet('href') ?? '';
        const unsafe = !isSafeHref(href);
        dropped.push(unsafe);
        // What is written is exactly what was checked.
        if (!unsafe) child.attrSet('href', checkedHref(href));
        return !unsafe;
      }
      if (child.type === 'link_close') return !dropped.pop();
      return true;
    });
    if (token.children.some((child) => child.type === 'link_open')) {
      for (const child of token.children) child.content = child.content.replace(BIDI_CONTROLS_ALL, '');
    }
  }
  return tokens;
}

const ALLOWED_TAGS = new Set([
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
const ALLOWED_ATTRIBUTE = /^\s+(?:href="(?:https:|mailto:)[^"]*"|rel="nofollow ugc noopener"|start="\d+")/;

/** Thrown when rendered HTML holds anything outside the allowlist: a bug in this module, never content. */
class UnsafeHtmlError extends Error {}

/** Checks that HTML holds only allowlisted tags and attributes; throws UnsafeHtmlError otherwise. */
export function assertSafeHtml(html: string): void {
  for (const match of html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)) {
    const [tag, name, attributes] = match as unknown as [string, string, string];
    if (!ALLOWED_TAGS.has(name)) throw new UnsafeHtmlError(`rendered Markdown contains a <${name}> element`);
    let rest = attributes.replace(/\s*\/$/, '');
    while (rest.trim() !== '') {
      const attribute = ALLOWED_ATTRIBUTE.exec(rest);
      if (!attribute) throw new UnsafeHtmlError(`rendered Markdown contains an unexpected attribute in ${tag}`);
      rest = rest.slice(attribute[0].length);
    }
  }
}

/** Renders a parsed body to HTML that is safe to insert into a page. */
export function renderBody(parsed: ParsedBody): string {
  const html = md.renderer.render(withoutUnsafeLinks(parsed.tokens), md.options, {});
  assertSafeHtml(html);
  return html;
}

/** Parses and renders a Markdown body in one step. */
export function markdownToHtml(body: string): string {
  return renderBody(parseBody(body));
}
