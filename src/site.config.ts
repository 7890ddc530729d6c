// Everything a fork changes to run its own board: the address, the name and the words about it.

export const SITE = {
  /** The deployed address, with no trailing slash; canonical URLs, feeds and the sitemap use it. */
  url: 'https://senior-backend-jobs.example',
  /** Set when the board is served from a sub-path (GitHub Pages project sites): '/backend-jobs'. */
  base: '/',
  name: 'Senior Backend Jobs',
  tagline: 'Senior, Staff and Principal backend engineering jobs, every one with its salary.',
  description:
    'A curated board of Senior, Staff and Principal backend engineering jobs. Every posting shows its salary range, where you may live and how the interview works.',
  /** Where the board's source lives: contributors open pull requests there. */
  repository: 'https://github.com/senior-backend-jobs/board',
  /** Postings shown per page on the home page and on listings. */
  pageSize: 20,
  /**
   * Remote listings by place stop after this many pages: a worldwide posting belongs to every country,
   * so on a large board these listings would otherwise dwarf the rest of the site. Search shows them all.
   */
  maxPlacePages: 10,
  /** Postings in each feed, newest first. */
  feedSize: 50,
  /** A posting is marked new for this many days after it was posted. */
  newForDays: 7,
} as const;
