import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { externalHref } from '../../src/site/paths.ts';

describe('links to other sites as pages write them', () => {
  it('leaves a link already in its parsed form as it is', () => {
    assert.equal(
      externalHref('https://acme.example/careers/staff-go?ref=board'),
      'https://acme.example/careers/staff-go?ref=board',
    );
    assert.equal(
      externalHref('mailto:jobs@acme.example?subject=Staff%20Go'),
      'mailto:jobs@acme.example?subject=Staff%20Go',
    );
  });

  it('percent-encodes what a URL in an attribute may not hold: markup, braces, pipes, carets, stray percent signs', () => {
    assert.equal(
      externalHref('https://acme.example/jobs?a=1&b=<script>&c={x}|^`\\'),
      'https://acme.example/jobs?a=1&b=%3Cscript%3E&c=%7Bx%7D%7C%5E%60%5C',
    );
    assert.equal(externalHref('https://acme.example/100%-remote?x=50%'), 'https://acme.example/100%25-remote?x=50%25');
    assert.equal(
      externalHref('mailto:jobs@acme.example?subject=<b>"hi"'),
      'mailto:jobs@acme.example?subject=%3Cb%3E%22hi%22',
    );
  });

  it('spells out the host and path as the URL parser reads them', () => {
    assert.equal(externalHref('https://ACME.example'), 'https://acme.example/');
    assert.equal(externalHref('https://bücher.example/stellen/ö'), 'https://xn--bcher-kva.example/stellen/%C3%B6');
  });

  it('encodes a link the URL parser cannot read, so the page still conforms', () => {
    assert.equal(externalHref('not a url <x>'), 'not%20a%20url%20%3Cx%3E');
  });
});
