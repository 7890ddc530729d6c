// board.config.ts's format: the shipped config is valid, and a config's mistakes, single fields and references
// between fields alike, are all reported in one run with the field, what was found and the fix, located on
// their line in the file.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import BOARD from '../../board.config.ts';
import { BoardConfigSchema } from '../../src/board/board-config.ts';
import { boardConfigProblems, locateField } from '../../src/build/board-config-check.ts';
import { REGIONS, STACK_ALIASES, LEVEL_ALIASES } from '../../src/board/vocabulary.ts';
import { levelList, SCOPE_SENTENCE } from '../../src/board/wording.ts';

const SOURCE = readFileSync(new URL('../../board.config.ts', import.meta.url), 'utf8');

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;

/** The shipped config with each value set at its dotted path, in a deep copy. */
function configWith(changes: Record<string, Json>): unknown {
  const copy = structuredClone(BOARD) as unknown as { [key: string]: Json };
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    let node = copy;
    for (const key of keys.slice(0, -1)) node = node[key] as { [key: string]: Json };
    node[keys.at(-1)!] = value;
  }
  return copy;
}

const problems = (config: unknown) => boardConfigProblems(config).map((p) => `${p.field}: ${p.message}`);

describe('the board config', () => {
  it('ships valid, with worldwide added to its regions and aliases gathered from its levels and tags', () => {
    assert.deepEqual(boardConfigProblems(BOARD, SOURCE), []);
    assert.equal(Object.keys(REGIONS)[0], 'worldwide');
    assert.equal(STACK_ALIASES['golang'], 'go');
    assert.equal(LEVEL_ALIASES['lead'], 'staff');
    assert.equal(levelList('and'), 'Senior, Staff and Principal');
    assert.equal(levelList('or'), 'Senior, Staff or Principal');
    assert.equal(SCOPE_SENTENCE, 'This board lists Senior, Staff and Principal backend roles only.');
  });

  it('describes every field of its format, for the editor and for docs/fork.md', () => {
    const undescribed: string[] = [];
    const visit = (node: z.ZodType, path: string): void => {
      if (node instanceof z.ZodOptional || node instanceof z.ZodNullable)
        return visit(node.unwrap() as z.ZodType, path);
      if (node instanceof z.ZodArray) return visit(node.element as z.ZodType, `${path}[]`);
      if (node instanceof z.ZodRecord) return visit(node.valueType as z.ZodType, `${path}.<key>`);
      if (node instanceof z.ZodObject) {
        for (const [key, field] of Object.entries(node.shape as Record<string, z.ZodType>)) {
          if (!field.description) undescribed.push(`${path}${path ? '.' : ''}${key}`);
          visit(field, `${path}${path ? '.' : ''}${key}`);
        }
      }
    };
    visit(BoardConfigSchema, '');
    assert.deepEqual(undescribed, []);
  });

  it('reports every mistake in one run, references between fields included', () => {
    const config = configWith({
      'levels.staff.aliases': ['senior', 'sr'],
      'stack.go.group': 'languages',
      'stackGroups.empty': 'Nothing here',
      'regions.worldwide': { label: 'Everywhere', countries: ['DE'] },
      'placeAliases.atlantis': 'atlantis',
      homeRegions: ['worldwide', 'mars'],
      'examples.stack': ['golang'],
      'examples.salary': { min: 100000, max: 300000, currency: 'XXX' },
      'currencies.EUR.rate': 1.1,
      'pages.feedSize': 0,
      repository: 'https://gitlab.com/acme/jobs',
    });
    assert.deepEqual(problems(config).sort(), [
      'currencies.EUR.rate: found 1.1; the base currency (salaryScale.base) is worth exactly 1 of itself, so set rate: 1',
      'examples.salary.currency: found "XXX"; use one of: USD, EUR, GBP, CAD, CHF, AUD, NZD, SEK, NOK, DKK, PLN, CZK, SGD, JPY, INR, BRL',
      'examples.salary.max: found 300000; the example must itself be valid: at least min (100000) and at most 2 × min',
      'examples.stack[0]: found "golang", which is not a stack tag; use one of stack\'s keys',
      'homeRegions[1]: found "mars"; use a region key, worldwide or a country code like DE',
      'levels.staff.aliases[0]: found "senior", which is a key itself; remove the alias',
      'levels.staff.aliases[1]: found "sr", an alias of senior too; keep one',
      'pages.feedSize: found 0; it must be at least 1',
      'placeAliases.atlantis: found "atlantis", which is neither a region key nor a country code (like DE)',
      'regions.worldwide: found "worldwide", which every board has already; remove it',
      "repository: write the GitHub address of the board's repository, like https://github.com/acme/jobs",
      'stack.go.group: found "languages", which is not a key of stackGroups; use one of: language, framework, datastore, messaging, data, cloud, infrastructure, api, practice, empty',
      'stackGroups.empty: no stack tag is in the group "empty"; remove it or give it a tag',
    ]);
  });

  it('names a misspelt or unknown key with the keys allowed there', () => {
    const config = configWith({ 'pages.pagesize': 10, 'levels.Senior': { label: 'Senior' } });
    assert.deepEqual(problems(config).sort(), [
      'levels.Senior: found the key "Senior": a key is lowercase letters, digits and single hyphens, like staff or distributed-systems',
      'pages.pagesize: unknown field. Did you mean "pageSize"? Allowed here: pageSize, maxPlacePages, maxFacetPages, feedSize, newForDays',
    ]);
  });

  it('locates a field on its line, key by key, and a key kept elsewhere at the deepest key written', () => {
    const line = (text: string) => SOURCE.split('\n').findIndex((l) => l.includes(text)) + 1;
    assert.deepEqual(locateField(SOURCE, ['pages', 'feedSize']), { line: line('feedSize: 50'), column: 5 });
    assert.equal(locateField(SOURCE, ['stack', 'go', 'group']).line, line("go: { label: 'Go'"));
    assert.equal(locateField(SOURCE, ['regions', 'eu', 'countries', 3]).line, line("eu: { label: 'European Union'"));
    assert.deepEqual(locateField(SOURCE, ['nothing']), { line: 1, column: 1 });
  });
});
