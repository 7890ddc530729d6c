// The interview facets, counts and timeline of interview.ts, on small boards whose answers are worked out by hand,
// and how search records and the search URL carry them.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type Job } from '../../src/board/schema.ts';
import {
  INTERVIEW_FACETS,
  facetInSentence,
  facetLabel,
  facetSlug,
  facetsOf,
  interviewCounts,
  interviewFacets,
  interviewTimeline,
  leftOutText,
  stageLimit,
  stagesText,
  unstatedText,
  type InterviewStep,
} from '../../src/site/interview.ts';
import { searchFilters } from '../../src/site/search-records.ts';
import { queryFromState, stateFromQuery } from '../../src/site/search-state.ts';
import { paths } from '../../src/site/paths.ts';
import { TODAY, validJob } from './helpers.ts';

/** A valid open posting with the interview given (or none), unless `changes` say otherwise. */
const job = (interview: InterviewStep[] | undefined, changes: Partial<Record<keyof Job, unknown>> = {}): Job =>
  validJob({ ...(interview ? { interview } : {}), ...changes });

describe('interview facets', () => {
  it('put an interview in each "no X" facet whose step it leaves out', () => {
    assert.deepEqual(interviewFacets(['behavioral', 'system-design']).avoided, [
      'no-take-home',
      'no-live-coding',
      'no-trial-day',
    ]);
    assert.deepEqual(interviewFacets(['take-home', 'system-design', 'behavioral']).avoided, [
      'no-live-coding',
      'no-trial-day',
    ]);
    assert.deepEqual(interviewFacets(['live-coding', 'take-home', 'trial-day']).avoided, []);
  });

  it('put an interview of N stages in every "at most" facet from N up, and one past the last in none', () => {
    assert.deepEqual(interviewFacets(['behavioral']).stages, ['at-most-2', 'at-most-3', 'at-most-4', 'at-most-5']);
    assert.deepEqual(interviewFacets(['behavioral', 'system-design', 'take-home']).stages, [
      'at-most-3',
      'at-most-4',
      'at-most-5',
    ]);
    const five: InterviewStep[] = ['behavioral', 'system-design', 'system-design', 'pair-programming', 'behavioral'];
    assert.deepEqual(interviewFacets(five).stages, ['at-most-5']);
    assert.deepEqual(interviewFacets([...five, 'trial-day']).stages, []);
  });

  it('count a repeated step as a stage of its own', () => {
    assert.deepEqual(interviewFacets(['system-design', 'system-design', 'behavioral']).stages[0], 'at-most-3');
  });

  it('put a posting that does not state its interview in no facet at all', () => {
    assert.deepEqual(interviewFacets(undefined), { avoided: [], stages: [] });
    assert.deepEqual(facetsOf(undefined), []);
    assert.deepEqual(facetsOf([]), []);
  });

  it('label, word and place each facet', () => {
    assert.deepEqual(
      INTERVIEW_FACETS.map((facet) => [facetLabel(facet), facetInSentence(facet), paths.interview(facetSlug(facet))]),
      [
        ['No take-home exercise', 'no take-home exercise', '/interview/no-take-home/'],
        ['No live coding', 'no live coding', '/interview/no-live-coding/'],
        ['No trial day', 'no trial day', '/interview/no-trial-day/'],
        ['At most 2 stages', 'at most 2 interview stages', '/interview/at-most-2-stages/'],
        ['At most 3 stages', 'at most 3 interview stages', '/interview/at-most-3-stages/'],
        ['At most 4 stages', 'at most 4 interview stages', '/interview/at-most-4-stages/'],
        ['At most 5 stages', 'at most 5 interview stages', '/interview/at-most-5-stages/'],
      ],
    );
    assert.equal(stageLimit('at-most-4'), 4);
    assert.equal(stageLimit('no-take-home'), undefined);
  });
});

describe('interview counts', () => {
  it('count the open postings of each facet and those that do not state their interview', () => {
    const board = [
      job(['take-home', 'system-design', 'behavioral']),
      job(['behavioral', 'live-coding']),
      job(['behavioral', 'system-design', 'pair-programming', 'trial-day']),
      job(['behavioral', 'system-design', 'pair-programming', 'system-design', 'behavioral', 'take-home']),
      job(undefined),
      job(undefined),
      // Closed ones count nowhere: one expired, one filled.
      job(['behavioral'], { expires: '2026-11-27' }),
      job(undefined, { status: 'filled' }),
    ];
    assert.deepEqual(interviewCounts(board, TODAY), {
      open: 6,
      unstated: 2,
      byFacet: {
        'no-take-home': 2,
        'no-live-coding': 3,
        'no-trial-day': 3,
        'at-most-2': 1,
        'at-most-3': 2,
        'at-most-4': 3,
        'at-most-5': 3,
      },
    });
  });

  it('count nothing on a board where no posting states its interview', () => {
    const counts = interviewCounts([job(undefined), job(undefined)], TODAY);
    assert.equal(counts.unstated, 2);
    assert.ok(Object.values(counts.byFacet).every((count) => count === 0));
  });

  it('word the postings left out, one or several', () => {
    assert.equal(unstatedText(1), '1 open posting does not state its interview');
    assert.equal(
      leftOutText(3, 'not listed here'),
      '3 open postings do not state their interview, so they are not listed here.',
    );
    assert.equal(
      leftOutText(1, 'not listed here'),
      '1 open posting does not state its interview, so it is not listed here.',
    );
  });
});

describe('interview timeline', () => {
  it('lists the steps in order, numbering the rounds of a repeated step', () => {
    assert.deepEqual(
      interviewTimeline(['behavioral', 'system-design', 'live-coding', 'system-design']).map((stage) => stage.label),
      ['Behavioral', 'System design, round 1', 'Live coding', 'System design, round 2'],
    );
    assert.deepEqual(
      interviewTimeline(['take-home', 'trial-day']).map((stage) => stage.label),
      ['Take-home exercise', 'Paid trial day'],
    );
    assert.equal(stagesText(1), '1 stage');
    assert.equal(stagesText(4), '4 stages');
  });
});

describe('interview in search', () => {
  it('gives a record the "no X" values and the stage limits, and an unstated interview a value of its own', () => {
    const stated = searchFilters(job(['take-home', 'behavioral']), new Set());
    assert.deepEqual(stated.interview, ['no-live-coding', 'no-trial-day']);
    assert.deepEqual(stated.stages, ['at-most-2', 'at-most-3', 'at-most-4', 'at-most-5']);
    const unstated = searchFilters(job(undefined), new Set());
    assert.deepEqual(unstated.interview, ['unstated']);
    assert.deepEqual(unstated.stages, []);
  });

  it('keeps one stage limit in the URL: of several, the one with the most stages, which holds the others', () => {
    assert.deepEqual(stateFromQuery('?stages=at-most-3&stages=at-most-5&stages=x').filters.stages, ['at-most-5']);
    assert.equal(queryFromState(stateFromQuery('?stages=at-most-4&stages=at-most-2')), '?stages=at-most-4');
    assert.deepEqual(stateFromQuery('?stages=').filters.stages, []);
  });

  it('keeps every "no X" value, and drops the count-only unstated value', () => {
    const state = stateFromQuery('?interview=no-take-home&interview=unstated&interview=no-live-coding');
    assert.deepEqual(state.filters.interview, ['no-take-home', 'no-live-coding']);
  });
});
