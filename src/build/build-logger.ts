// Astro's log (astro.config.mjs names this file as its logger), without the lines Astro writes for each page it
// renders: at 10,000 postings they are 30,000 writes, which the pages rendered at once interleave into lines
// that pair one page with another's time, and which took a tenth of the build's main thread on a pipe (as in CI).
// Every other line, and every warning and error, is written as Astro's own logger writes it. At the debug level
// (BUILD_LOG_LEVEL=debug) nothing is left out.

import type { AstroLoggerDestination, AstroLoggerLevel, AstroLoggerMessage } from 'astro';
import nodeLogger from 'astro/logger/node';

// Colours are codes around the text; the patterns look at the text.
const COLOUR = /\u001b\[[\d;]*m/g;

/** A page's path, the first half of its line ("  ├─ /jobs/x/index.html"); the second comes as its own message. */
const PAGE_PATH = /^\s*[├└]─ \//;
/** The second half: "(+12ms)", "(+1.20s)", "(cached)" or "(restored)", and perhaps "(file not created, …)". */
const PAGE_OUTCOME = /^\s*\((?:\+[\d.]+m?s|cached|restored)\)\s*(?:\(file not created\b.*)?$/;

/** Whether a message is half of the line Astro writes for a page. */
export function isPageLine(message: AstroLoggerMessage): boolean {
  if (message.level !== 'info') return false;
  const text = message.message.replace(COLOUR, '');
  if (message.label === null && !message.newLine) return PAGE_PATH.test(text);
  return message.label === 'SKIP_FORMAT' && PAGE_OUTCOME.test(text);
}

export default function buildLogger(options: { level?: AstroLoggerLevel } = {}): AstroLoggerDestination {
  const astro = nodeLogger(options);
  if (options.level === 'debug') return astro;
  return {
    write(message) {
      if (!isPageLine(message)) astro.write(message);
    },
  };
}
