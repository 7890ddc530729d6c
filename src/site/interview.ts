// What a posting's interview says about it, for readers who choose jobs by how they are hired: the steps it leaves
// out ("no take-home"), the most stages it may have ("at most 3 stages"), the board's counts of each, and its
// steps as a numbered timeline. Search, the /interview/ listings, /browse/ and the posting page only lay these out.

import { isClosed } from '../board/board.ts';
import type { Job } from '../board/schema.ts';
import { INTERVIEW_STEPS, keysOf } from '../board/vocabulary.ts';

export type InterviewStep = NonNullable<Job['interview']>[number];

/** The steps a reader may want to avoid, each with its facet value and how the facet reads. */
export const AVOIDED_STEPS = {
  'no-take-home': { step: 'take-home', label: 'No take-home exercise' },
  'no-live-coding': { step: 'live-coding', label: 'No live coding' },
  'no-trial-day': { step: 'trial-day', label: 'No trial day' },
} as const satisfies Record<string, { step: InterviewStep; label: string }>;
export type AvoidedStep = keyof typeof AVOIDED_STEPS;

/**
 * The "at most N stages" choices. Two stages is the shortest process postings state in practice, and past five
 * "at most" stops meaning short; a posting with more stages than the last is in none of them.
 */
export const STAGE_LIMITS = [2, 3, 4, 5] as const;
export type StageLimit = (typeof STAGE_LIMITS)[number];
export type StageValue = `at-most-${StageLimit}`;

/** Every facet value: the avoided steps, then the stage limits from the shortest. */
export type InterviewFacet = AvoidedStep | StageValue;

/** The facet value of a stage limit. */
export const stageValue = (limit: StageLimit): StageValue => `at-most-${limit}`;

export const STAGE_VALUES: readonly StageValue[] = STAGE_LIMITS.map(stageValue);
export const INTERVIEW_FACETS: readonly InterviewFacet[] = [...keysOf(AVOIDED_STEPS), ...STAGE_VALUES];

/** How a facet value reads: "No take-home exercise", "At most 3 stages". */
export function facetLabel(facet: InterviewFacet): string {
  return facet in AVOIDED_STEPS ? AVOIDED_STEPS[facet as AvoidedStep].label : `At most ${stageLimit(facet)} stages`;
}

/** How a facet value reads inside a sentence: "no take-home exercise", "at most 3 interview stages". */
export function facetInSentence(facet: InterviewFacet): string {
  const limit = stageLimit(facet);
  return limit === undefined
    ? AVOIDED_STEPS[facet as AvoidedStep].label.toLowerCase()
    : `at most ${limit} interview stages`;
}

/** What a listing or the search says of the postings left out of every facet: "3 open postings do not…". */
export function unstatedText(count: number): string {
  return `${count} open ${count === 1 ? 'posting does' : 'postings do'} not state ${count === 1 ? 'its' : 'their'} interview`;
}

/** What a page says of the postings no interview facet holds: "…, so they are `where`." */
export function leftOutText(count: number, where: string): string {
  return `${unstatedText(count)}, so ${count === 1 ? 'it is' : 'they are'} ${where}.`;
}

/** A facet value's stage limit, or undefined for an avoided step. */
export function stageLimit(facet: InterviewFacet): StageLimit | undefined {
  const match = /^at-most-(\d+)$/.exec(facet);
  return match ? (Number(match[1]) as StageLimit) : undefined;
}

/** The URL segment of a facet's listing: `no-take-home`, `at-most-3-stages`. */
export function facetSlug(facet: InterviewFacet): string {
  return facet in AVOIDED_STEPS ? facet : `${facet}-stages`;
}

/** What a posting's interview puts it in; a posting that does not state its interview is in none. */
export interface InterviewFacets {
  avoided: AvoidedStep[];
  stages: StageValue[];
}

/**
 * The facet values of an interview: each avoided step it does not have, and each stage limit at or above its
 * number of stages (3 stages is "at most 3", "at most 4" and "at most 5", so one "at most" choice is enough).
 */
export function interviewFacets(interview: readonly InterviewStep[] | undefined): InterviewFacets {
  if (!interview || interview.length === 0) return { avoided: [], stages: [] };
  return {
    avoided: keysOf(AVOIDED_STEPS).filter((facet) => !interview.includes(AVOIDED_STEPS[facet].step)),
    stages: STAGE_LIMITS.filter((limit) => interview.length <= limit).map(stageValue),
  };
}

/** Every facet value of an interview, avoided steps first. */
export function facetsOf(interview: readonly InterviewStep[] | undefined): InterviewFacet[] {
  const { avoided, stages } = interviewFacets(interview);
  return [...avoided, ...stages];
}

/** The open postings in each facet, and how many do not state their interview. */
export interface InterviewCounts {
  /** Open postings at the date. */
  open: number;
  /** Open postings that do not state their interview: in no facet. */
  unstated: number;
  byFacet: Record<InterviewFacet, number>;
}

/** The board's interview counts at `today`, from the front-matter of every published posting. */
export function interviewCounts(
  jobs: readonly Pick<Job, 'interview' | 'status' | 'expires'>[],
  today: string,
): InterviewCounts {
  const counts: InterviewCounts = {
    open: 0,
    unstated: 0,
    byFacet: Object.fromEntries(INTERVIEW_FACETS.map((facet) => [facet, 0])) as Record<InterviewFacet, number>,
  };
  for (const job of jobs) {
    if (isClosed(job, today)) continue;
    counts.open++;
    if (!job.interview?.length) counts.unstated++;
    for (const facet of facetsOf(job.interview)) counts.byFacet[facet]++;
  }
  return counts;
}

/** One stage of the timeline on a posting's page. */
export interface TimelineStage {
  step: InterviewStep;
  /** "System design", or "System design, round 2" when the step comes again. */
  label: string;
}

/** A posting's interview as the timeline shows it, in order; a repeated step is numbered by round. */
export function interviewTimeline(interview: readonly InterviewStep[]): TimelineStage[] {
  const total = new Map<InterviewStep, number>();
  for (const step of interview) total.set(step, (total.get(step) ?? 0) + 1);
  const seen = new Map<InterviewStep, number>();
  return interview.map((step) => {
    const round = (seen.get(step) ?? 0) + 1;
    seen.set(step, round);
    const label = INTERVIEW_STEPS[step].label;
    return { step, label: total.get(step)! > 1 ? `${label}, round ${round}` : label };
  });
}

/** "3 stages", "1 stage". */
export function stagesText(count: number): string {
  return `${count} ${count === 1 ? 'stage' : 'stages'}`;
}
