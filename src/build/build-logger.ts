// Astro's log (astro.config.mjs names this file as its logger), without the lines Astro writes for each page it
// renders: at 10,000 postings they are 30,000 writes, which the pages rendered at once interleave into lines
// that pair one page with another's time, and which took a tenth of the build's main thread on a pipe (as in CI).
// In their place, one line before Astro's count of pages says how many were rendered and how many an incremental
// build kept from the last build. Every other line, and every warning and error, is written as Astro's own logger
// writes it. At the debug level (BUILD_LOG_LEVEL=debug) nothing is left out.

import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';

// Colours are codes around the text; the patterns look at the text.
const COLOUR = /\u001b\[[\d;]*m/g;

/** A page's path, the first half of its line ("  ├─ /jobs/x/index.html"); the second comes as its own message. */
const PAGE_PATH = /^\s*[├└]─ \//;
/** The second half: "(+12ms)", "(+1.20s)", "(cached)" or "(restored)", and perhaps "(file not created, …)". */
const PAGE_OUTCOME = /^\s*\((?:\+[\d.]+m?s|cached|restored)\)\s*(?:\(file not created\b.*)?$/;
/** Astro's count of pages at the end of a build: "15303 page(s) built in 21.73s". */
const PAGES_BUILT = /^\d+ page\(s\) built in /;

/** Whether a message is half of the line Astro writes for a page. */
export function isPageLine(message: AstroLoggerMessage): boolean {
  if (message.level !== 'info') return false;
  const text = message.message.replace(COLOUR, '');
  if (message.label === null && !message.newLine) return PAGE_PATH.test(text);
  return message.label === 'SKIP_FORMAT' && PAGE_OUTCOME.test(text);
}

/** How many pages were rendered, and how many kept from the last build, from a page line's second half. */
function count(pages: { rendered: number; kept: number }, message: AstroLoggerMessage): void {
  if (message.label !== 'SKIP_FORMAT') return;
  if (/\((?:cached|restored)\)/.test(message.message.replace(COLOUR, ''))) pages.kept++;
  else pages.rendered++;
}

/** `astro`, without the page lines, and with the count of pages before Astro's. */
export function withoutPageLines(astro: AstroLoggerDestination): AstroLoggerDestination {
  const pages = { rendered: 0, kept: 0 };
  return {
    write(message) {
      if (isPageLine(message)) return count(pages, message);
      if (message.label === 'build' && PAGES_BUILT.test(message.message.replace(COLOUR, ''))) {
        const kept = pages.kept > 0 ? `, ${pages.kept} kept from the last build` : '';
        astro.write({ ...message, message: `${pages.rendered} pages rendered${kept}` });
        Object.assign(pages, { rendered: 0, kept: 0 });
      }
      astro.write(message);
    },
  };
}

export default function buildLogger(options: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  const astro = nodeLogger(options);
  return options.level === 'debug' ? astro : withoutPageLines(astro);
}
