// The figures of /salaries/ as data, for anyone to reuse: annual pay in the board's base currency, with the
// rates that put it there and how each figure was made.
import type { APIRoute } from 'astro';
import { boardIndex, salaryStatsOf } from '../../site/board-index.ts';
import { absolute } from '../../site/links.ts';
import { paths } from '../../site/paths.ts';
import { MIN_POSTINGS } from '../../site/salary-stats.ts';
import { SITE } from '../../site/site.ts';
import { CURRENCIES, keysOf } from '../../board/vocabulary.ts';

export const GET: APIRoute = async () => {
  const index = await boardIndex();
  const stats = salaryStatsOf(index);
  const body = {
    board: SITE.name,
    url: absolute(paths.salaries()),
    generated: index.today,
    method: {
      value: 'the midpoint of each posting’s base-pay range, made annual (a month × 12, an hour × 2,080)',
      currency: stats.currency,
      quantiles: 'linear interpolation between ranks (as QUARTILE.INC)',
      minPostings: MIN_POSTINGS,
      groupsWithFewer: 'count only: no summary',
    },
    rates: {
      date: stats.ratesDate,
      unitsPerBase: Object.fromEntries(keysOf(CURRENCIES).map((code) => [code, CURRENCIES[code].rate])),
    },
    ...stats,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
