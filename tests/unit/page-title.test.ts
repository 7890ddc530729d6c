// Page titles: the board's name is added where it fits, and no title passes 70 characters, shortened at a word.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TITLE_CHARS, documentTitle, shortenTitle, titleWithTail } from '../../src/site/page-title.ts';

const SITE = 'Senior Backend Jobs';

describe('page titles', () => {
  it("adds the board's name when the title and the name fit in 70 characters", () => {
    assert.equal(documentTitle('Browse jobs', SITE), 'Browse jobs · Senior Backend Jobs');
    assert.equal(documentTitle(SITE, SITE), SITE);
  });

  it("drops the board's name when the title alone fits, and uses the short title when it does not", () => {
    const title = 'Remote backend jobs you can do from the European Union, page 2 of 3';
    assert.equal(documentTitle(title, SITE), title);
    assert.equal(
      documentTitle(
        'Remote backend jobs you can do from DACH (Germany, Austria, Switzerland)',
        SITE,
        'Remote backend jobs you can do from DACH',
      ),
      'Remote backend jobs you can do from DACH · Senior Backend Jobs',
    );
  });

  it('shortens a title at the last word that fits, ending it with an ellipsis', () => {
    const long = 'Staff Backend Engineer, Real-Time Fraud Detection and Prevention Platform (B2B), Remote';
    const short = shortenTitle(long);
    assert.equal(short, 'Staff Backend Engineer, Real-Time Fraud Detection and Prevention…');
    assert.ok([...short].length <= MAX_TITLE_CHARS);
    assert.equal(documentTitle(long, SITE), short);
  });

  it('drops a bracket left open by the cut, and the punctuation before it', () => {
    assert.equal(
      shortenTitle('Remote backend jobs you can do from DACH (Germany, Austria, Switzerland)', 50),
      'Remote backend jobs you can do from DACH…',
    );
  });

  it('cuts inside a single word too long to fit, and never between a letter and its accent', () => {
    assert.equal(shortenTitle('x'.repeat(100)), `${'x'.repeat(69)}…`);
    const accented = 'e\u0301'.repeat(80);
    assert.equal(shortenTitle(accented), `${'e\u0301'.repeat(69)}…`);
  });

  it("keeps the company whole and shortens the posting's title when both do not fit", () => {
    assert.equal(
      titleWithTail('Staff Backend Engineer, Real-Time Fraud Detection (B2B)', ' at Copperleaf Bank'),
      'Staff Backend Engineer, Real-Time Fraud Detection… at Copperleaf Bank',
    );
    assert.equal(titleWithTail('Senior Backend Engineer', ' at Acme'), 'Senior Backend Engineer at Acme');
  });

  it('keeps the page number of a listing whose title is long, and ends on no word leading into the cut', () => {
    assert.equal(
      titleWithTail(
        'Remote backend jobs you can do from South Georgia and the South Sandwich Islands',
        ', page 12 of 40',
      ),
      'Remote backend jobs you can do from South Georgia…, page 12 of 40',
    );
  });

  it('shortens the two together when the tail would take more than half the room', () => {
    const company = ' at The Northern and Western European Cooperative Bank of Savings';
    assert.equal(
      titleWithTail('Senior Backend Engineer, Payments', company),
      'Senior Backend Engineer, Payments at The Northern and Western…',
    );
  });
});
