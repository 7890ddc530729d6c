// The board's name, address and page sizes as pages and the build use them, read from board.config.ts.

import { BOARD } from '../board/wording.ts';

export const SITE = {
  /** The deployed address, with no trailing slash; canonical URLs, feeds and the sitemap use it. */
  url: BOARD.url,
  /** The path the board is served under: '/' or a GitHub Pages project site's '/<repository>'. */
  base: BOARD.base,
  name: BOARD.name,
  tagline: BOARD.wording.tagline,
  description: BOARD.wording.description,
  /** Where the board's source lives: contributors open pull requests there. */
  repository: BOARD.repository,
  /** Postings shown per page on the home page and on listings. */
  pageSize: BOARD.pages.pageSize,
  /** Remote listings by place stop after this many pages: a worldwide posting belongs to every country. */
  maxPlacePages: BOARD.pages.maxPlacePages,
  /** Listings by interview and by working hours stop after this many pages: most postings are in several. */
  maxFacetPages: BOARD.pages.maxFacetPages,
  /** Postings in each feed, newest first. */
  feedSize: BOARD.pages.feedSize,
  /** A posting is marked new for this many days after it was posted. */
  newForDays: BOARD.pages.newForDays,
};
