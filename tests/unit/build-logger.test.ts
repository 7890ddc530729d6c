// The build's log (src/build/build-logger.ts) leaves out the two halves of Astro's line for each page, as Astro 7
// writes them (astro/dist/core/build/generate.js), and nothing else.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AstroLoggerMessage } from 'astro';
import { isPageLine, withoutPageLines } from '../../src/build/build-logger.ts';

const dim = (text: string) => `\u001b[2m${text}\u001b[22m`;
const info = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({
  label,
  level: 'info',
  message,
  newLine,
});

describe('the build log', () => {
  it("leaves out a page's path and its outcome, coloured or not", () => {
    const lines = [
      info(null, `  \u001b[34m├─\u001b[39m ${dim('/jobs/acme-staff/index.html')}`, false),
      info(null, `  └─ /feed.xml`, false),
      info('SKIP_FORMAT', ` ${dim('(+12ms)')} `),
      info('SKIP_FORMAT', ` \u001b[31m(+1.20s)\u001b[39m `),
      info('SKIP_FORMAT', ` \u001b[32m(cached)\u001b[39m`),
      info('SKIP_FORMAT', ` \u001b[32m(restored)\u001b[39m`),
      info('SKIP_FORMAT', ` (+3ms) \u001b[33m(file not created, response body was empty)\u001b[39m`),
    ];
    for (const line of lines) assert.equal(isPageLine(line), true, line.message);
  });

  it('keeps every other line: phases, summaries, integrations, warnings and errors', () => {
    const lines: AstroLoggerMessage[] = [
      info('build', '15303 page(s) built in 21.73s'),
      info('build', '✓ Completed in 1.29s.'),
      info(null, '\u001b[32m✓ Completed in 18.37s.\n\u001b[39m'),
      info('SKIP_FORMAT', '\n\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m'),
      info('board-search-index', 'indexed 42 open postings (42 from cache) in 0.40 s'),
      info('SKIP_FORMAT', 'a line of an integration (+12ms) that mentions a time'),
      info(null, '  ├─ not a path', false),
      info(null, '  ├─ /jobs/x/index.html'),
      { ...info(null, '  ├─ /jobs/x/index.html', false), level: 'warn' },
      { ...info('SKIP_FORMAT', ' (+12ms) '), level: 'error' },
    ];
    for (const line of lines) assert.equal(isPageLine(line), false, line.message);
  });

  it("writes every other message as it came, and the count of pages rendered and kept before Astro's", () => {
    const written: AstroLoggerMessage[] = [];
    const log = withoutPageLines({ write: (message) => written.push(message) });
    const page = (path: string, outcome: string) => {
      log.write(info(null, `  \u001b[34m├─\u001b[39m ${dim(path)}`, false));
      log.write(info('SKIP_FORMAT', ` ${outcome} `));
    };
    log.write(info('build', 'Building static entrypoints...'));
    page('/index.html', dim('(+12ms)'));
    page('/jobs/a/index.html', '\u001b[32m(cached)\u001b[39m');
    page('/jobs/b/index.html', '\u001b[32m(restored)\u001b[39m');
    page('/feed.xml', dim('(+3ms)'));
    const warning: AstroLoggerMessage = { ...info('board-logos', 'a logo was refused'), level: 'warn' };
    log.write(warning);
    log.write(info('build', '4 page(s) built in 1.20s'));
    assert.deepEqual(
      written.map((message) => [message.label, message.message]),
      [
        ['build', 'Building static entrypoints...'],
        ['board-logos', 'a logo was refused'],
        ['build', '2 pages rendered, 2 kept from the last build'],
        ['build', '4 page(s) built in 1.20s'],
      ],
    );
    assert.equal(written[1], warning);
  });
});
