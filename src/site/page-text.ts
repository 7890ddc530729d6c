// The titles and descriptions of the board's pages and feeds, worded from board.config.ts: the role family
// (its `role` and `discipline`) and the list of levels are the config's, the sentences are the site's.

import { BOARD, levelList } from '../board/wording.ts';

const { role, discipline } = BOARD.wording;
const levels = levelList('and');

const companyTitleTail = `: ${role} jobs`;

/** "jobs", or "job" for one. */
function jobs(count: number): string {
  return count === 1 ? 'job' : 'jobs';
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const pageText = {
  /** The description of the home listing's later pages. */
  homePageDescription: (page: number) => `Open ${levels} ${discipline} jobs, page ${page}.`,
  companyTitle: (name: string) => `${name}${companyTitleTail}`,
  /** What follows a company's name in its title, kept whole when a long name is shortened. */
  companyTitleTail,
  /** A company page's description, before its summary. */
  companyDescription: (name: string, open: number) => `${open} open ${discipline} ${jobs(open)} at ${name}.`,
  companiesDescription: `Every company on the board, with its open ${discipline} jobs.`,
  levelTitle: (label: string) => `${label} ${discipline} jobs`,
  levelDescription: (label: string) => `Open ${label} ${discipline} jobs, each with its salary range.`,
  stackTitle: (label: string) => `${label} ${role} jobs`,
  stackDescription: (label: string) => `Open ${levels} ${discipline} jobs working with ${label}, with salaries.`,
  /** A remote listing's title; `name` is the place as it reads in a sentence. */
  remoteTitle: (worldwide: boolean, name: string) =>
    worldwide ? `Remote ${role} jobs open worldwide` : `Remote ${role} jobs you can do from ${name}`,
  remoteDescription: (name: string) =>
    `Remote ${levels} ${discipline} jobs that accept applicants living in ${name}, with salaries.`,
  /** An interview listing's title; `what` is how the facet reads in a sentence ("no take-home exercise"). */
  interviewTitle: (what: string) => `${capitalized(discipline)} jobs with ${what}`,
  interviewDescription: (what: string) => `Open ${levels} ${discipline} jobs with ${what}, each with its salary range.`,
  /** An overlap listing's title; `name` is the reader zone's place ("Berlin"). */
  overlapTitle: (name: string) => `${capitalized(discipline)} jobs whose hours suit a working day in ${name}`,
  /** `what` is working-hours.ts's overlapInSentence ("hours that overlap a 09:00–17:00 day in Berlin by…"). */
  overlapDescription: (what: string) => `Open ${levels} ${discipline} jobs with ${what}, each with its salary range.`,
  salariesTitle: `What ${discipline} jobs pay`,
  salariesDescription: `Median and quartiles of the salaries of open ${levels} ${discipline} jobs on the board, by level, stack, workplace and region.`,
  /** The description of a feed of one level, one tag, or both ("Staff Go"). */
  feedDescription: (what: string) => `New ${what} ${role} jobs.`,
};
