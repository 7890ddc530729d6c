// The build date every part of the build uses: BOARD_DATE when set, else today in UTC.
// scripts/build.ts fixes BOARD_DATE before Astro starts, so a build that runs past midnight stays on one date.

import { resolveBuildDate } from '../board/dates.ts';

/** The build date, `YYYY-MM-DD`. */
export function buildDate(): string {
  return resolveBuildDate(process.env['BOARD_DATE'], new Date());
}
