// npm run docs: regenerates the reference part of CONTRIBUTING.md (fields and allowed values) from
// src/lib. With --check, only reports whether it is up to date (exit 1 when not).

import { readFileSync, writeFileSync } from 'node:fs';
import { withReference } from './docs/format-docs.ts';

const path = 'CONTRIBUTING.md';
const current = readFileSync(path, 'utf8');
const updated = withReference(current);
if (process.argv.includes('--check')) {
  if (updated !== current) {
    console.error(`${path} is out of date with src/lib: run npm run docs and commit the result`);
    process.exitCode = 1;
  } else console.log(`${path} is up to date`);
} else if (updated !== current) {
  writeFileSync(path, updated);
  console.log(`updated the reference in ${path}`);
} else console.log(`${path} is already up to date`);
