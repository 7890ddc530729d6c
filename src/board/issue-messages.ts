// Words zod's validation issues as messages for people: what was found, what is allowed, how to fix it.

import { z } from 'astro/zod';
import type * as zc from 'zod/v4/core';
import { quote } from './characters.ts';
import { didYouMeanHint } from './did-you-mean.ts';
import { fieldHints, type FieldHint } from './schema.ts';

/** A zod issue as the error map sees it. */
type RawIssue = zc.$ZodRawIssue;

/** A value as a message quotes it: strings in quotes, long values cut short. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return quote(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return 'a set of fields';
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return 'true/false';
  return 'text';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, like [a, b]',
  object: 'a set of fields, one "key: value" per line',
};

/** The schema node at `path` inside `root`, looking through optional, default, array and record wrappers. */
function schemaAt(root: z.ZodType, path: ReadonlyArray<PropertyKey>): z.ZodType | undefined {
  let node: z.ZodType | undefined = root;
  for (const segment of path) {
    node = unwrap(node);
    if (node instanceof z.ZodObject && typeof segment === 'string') node = node.shape[segment] as z.ZodType | undefined;
    else if (node instanceof z.ZodArray && typeof segment === 'number') node = node.element as z.ZodType;
    else if (node instanceof z.ZodRecord && typeof segment === 'string') node = node.valueType as z.ZodType;
    else return undefined;
  }
  return node;
}

function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  let current = node;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function hintFor(node: z.ZodType | undefined): FieldHint {
  let current = node;
  while (current) {
    const hint = fieldHints.get(current);
    if (hint) return hint;
    const inner = unwrap(current);
    current = inner === current ? undefined : inner;
  }
  return {};
}

/** The allowed keys of the object schema at `path`. */
function keysAt(root: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  const node = unwrap(schemaAt(root, path));
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** The message for an unknown key `name` in the object at `path`. */
export function unknownKeyMessage(root: z.ZodType, path: ReadonlyArray<PropertyKey>, name: string): string {
  const allowed = keysAt(root, path);
  return `unknown field.${didYouMeanHint(name, allowed)} Allowed here: ${allowed.join(', ')}`;
}

function missing(node: z.ZodType | undefined, how: string): string {
  const description = node?.description ? ` ${node.description}` : '';
  return `missing.${description} Add it,${how}`;
}

/** Builds a zod error map that words every issue under `root` for people. */
export function messagesFor(root: z.ZodType): (issue: RawIssue) => string | undefined {
  return (issue) => {
    const path = issue.path ?? [];
    const node = schemaAt(root, path);
    const hint = hintFor(node);
    const key = String(path.findLast((p) => typeof p === 'string') ?? 'field');
    const example = hint.example ? ` e.g. ${key}: ${hint.example}` : '';
    const input = issue.input;
    switch (issue.code) {
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        if (input === undefined) return missing(node, example || ` as ${expected}`);
        if (input === null) return `is empty; give it a value,${example || ` as ${expected}`}`;
        const quoteHint =
          issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')
            ? ` Put it in quotes: "${String(input)}"`
            : (issue.expected === 'number' || issue.expected === 'int') &&
                typeof input === 'string' &&
                /^[\d_,.]+k?$/i.test(input)
              ? ' Write the full amount in digits only, without separators or k: 120000, not 120k or 120,000'
              : example
                ? ` Write it like${example.slice(5)}`
                : '';
        return `found ${show(input)} (${kindOf(input)}), but ${expected} is needed.${quoteHint}`;
      }
      case 'invalid_value': {
        const values = issue.values.map(String);
        const allowed = hint.allowed ?? values.join(', ');
        if (input === undefined) return missing(node, example || ` as one of: ${allowed}`);
        if (input === null) return `is empty; give it one of: ${allowed}`;
        const suggestion = typeof input === 'string' ? didYouMeanHint(input, values, hint.aliases) : '';
        return `found ${show(input)}; allowed: ${allowed}.${suggestion}`;
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'string') return `found ${String(input).length} characters; at least ${min} are needed`;
        if (issue.origin === 'array') {
          return `found ${(input as unknown[]).length} items; at least ${min} ${min === 1 ? 'is' : 'are'} needed`;
        }
        return `found ${show(input)}; it must be ${issue.inclusive ? 'at least' : 'more than'} ${min}`;
      }
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'string')
          return `found ${String(input).length} characters; at most ${max} are allowed, so shorten it`;
        if (issue.origin === 'array') return `found ${(input as unknown[]).length} items; at most ${max} are allowed`;
        return `found ${show(input)}; it must be ${issue.inclusive ? 'at most' : 'less than'} ${max}`;
      }
      case 'unrecognized_keys':
        return issue.keys.map((name) => unknownKeyMessage(root, path, name)).join('\n');
      case 'invalid_format':
        return `found ${show(input)}, which is not in the expected form`;
      default:
        return undefined;
    }
  };
}
