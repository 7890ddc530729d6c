// Keeps src/build/build-state.ts one module per process. Astro loads the integrations with Node, but runs the
// content config and the pages through Vite: under `astro dev`, `astro sync` and `astro check` in Vite's module
// runner, and under `astro build` as a bundle. Either way Vite would make a copy of every module they import, and
// the build state, which the integrations and the pages share, would be two. So in every Vite graph the module's
// code is replaced by a loader of Node's own instance of it (require() of an ES module returns the instance
// `import` loaded), and its exports are re-exported from there.

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as buildState from '../build-state.ts';

/** The build state's file, as Vite names the module (an absolute path, perhaps with a query after it). */
const STATE_FILE = fileURLToPath(new URL('../build-state.ts', import.meta.url));

/** The module Vite gets for the build state: Node's instance, loaded at run time. */
function stateModule(): string {
  const names = Object.keys(buildState).sort();
  return [
    `import { createRequire } from 'node:module';`,
    `const state = createRequire(import.meta.url)(${JSON.stringify(STATE_FILE)});`,
    `export const { ${names.join(', ')} } = state;`,
    '',
  ].join('\n');
}

export default function sharedBuildState(): AstroIntegration {
  return {
    name: 'board-shared-build-state',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'board-shared-build-state',
                enforce: 'pre',
                load: {
                  // The filter spares the bundler a call into JavaScript for each of the other modules.
                  filter: { id: new RegExp(`^${RegExp.escape(STATE_FILE)}(?:\\?.*)?$`) },
                  handler: (id: string) => (id.split('?')[0] === STATE_FILE ? stateModule() : undefined),
                },
              },
            ],
          },
        });
      },
    },
  };
}
