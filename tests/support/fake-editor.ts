// An editor for tests of `npm run new`: called as `fake-editor.ts --wait <file>` (the arguments an editor
// command such as "code --wait" carries), it replaces the template's description with a finished one.

import { readFileSync, writeFileSync } from 'node:fs';

const [flag, file] = process.argv.slice(2);
if (flag !== '--wait' || file === undefined) {
  console.error(`fake-editor: called with ${JSON.stringify(process.argv.slice(2))}, not --wait <file>`);
  process.exit(3);
}
const text = readFileSync(file, 'utf8');
const end = text.indexOf('\n---\n', 4) + '\n---\n'.length;
const paragraph = 'We keep the storage engine fast and correct, and we are on call one week in six, paid. ';
writeFileSync(file, `${text.slice(0, end)}## About the team\n\n${paragraph.repeat(6)}\n`);
