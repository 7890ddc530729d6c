// What the validator must say about a file of the hostile corpus: the types of tests/support/corpus.ts'
// EXPECTATIONS, in a module of their own so that bounded-cost.ts, whose expectations corpus.ts includes, need not
// import corpus.ts.

/** The classes of bad input the corpus covers (issue 6; private-network from issue 12; search-index from issue 14). */
export type CorpusClass =
  | 'script-injection'
  | 'front-matter-values'
  | 'code-execution'
  | 'resource-exhaustion'
  | 'file-system'
  | 'broken'
  | 'private-network'
  | 'search-index';

/** A problem the validator must report: the field, and a fragment of the message. */
export type ExpectedProblem = [field: string, fragment: string];

export type Expectation =
  { class: CorpusClass; accepted: true } | { class: CorpusClass; accepted: false; problems: ExpectedProblem[] };
