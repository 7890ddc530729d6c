// The board's Content-Security-Policy, defined once: astro.config.mjs turns it into each page's <meta>, the
// search page adds what Pagefind needs, and the build writes the same policy as HTTP headers in dist/_headers
// for hosts that read that file (Netlify, Cloudflare Pages), where it also covers what a <meta> cannot:
// framing, and files that are not HTML pages, such as logos opened on their own.

/** Every page's directives; scripts and styles are added by Astro, with the hashes of its own. */
export const PAGE_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
] as const;
/** Where pages may load scripts and styles from, besides the hashes Astro adds. */
export const SCRIPT_RESOURCES: readonly string[] = ["'self'"];
export const STYLE_RESOURCES: readonly string[] = ["'self'"];

/** What the search page adds: Pagefind runs WebAssembly and may start a worker. */
export const SEARCH_SCRIPT_RESOURCES = ["'wasm-unsafe-eval'"] as const;
export const SEARCH_DIRECTIVES = ["worker-src 'self' blob:"] as const;

/** Only a header can stop other sites from framing the board's pages. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/**
 * A logo opened on its own is a document of its own: it may load nothing, run nothing (sandbox), and show
 * only what is in the file. The cleaned SVGs draw everything with presentation attributes, so they render
 * unchanged under it.
 */
export const LOGO_POLICY = `default-src 'none'; ${FRAME_ANCESTORS}; sandbox`;

/** Headers sent with every logo (by `astro dev`, and by hosts through _headers). */
export const LOGO_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': LOGO_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  return content
    ?.replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** A policy's directives, by name, each with its sources in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The directives of `required` that `policy` lacks or grants differently, as text, for error messages. */
export function missingDirectives(policy: string, required: readonly string[]): string[] {
  const have = parsePolicy(policy);
  return required.filter((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    const found = have.get(name!);
    return found === undefined || !sources.every((s) => found.includes(s));
  });
}

/**
 * The `_headers` file: `searchPolicy` is the search page's <meta> policy as Astro wrote it (the page directives,
 * Pagefind's additions and Astro's hashes). Hosts that find several rules for a path either combine them (two
 * policies, both enforced) or keep the most specific; so the policy for every path is the one the search page
 * needs, which each other page's own <meta> narrows back to its policy, and logos get a stricter one that holds
 * in both cases.
 */
export function headersFile(base: string, searchPolicy: string): string {
  const root = base.replace(/\/?$/, '/');
  const policy = `${searchPolicy.trim().replace(/;\s*$/, '')}; ${FRAME_ANCESTORS}`;
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join('\n')}\n`;
  return [
    '# Written by the build (src/site/csp.ts): the Content-Security-Policy of the pages, as headers, for hosts that',
    '# read this file (Netlify, Cloudflare Pages). GitHub Pages ignores it.',
    block(`${root}*`, { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff' }),
    block(`${root}logos/*`, { ...LOGO_HEADERS }),
  ].join('\n');
}
