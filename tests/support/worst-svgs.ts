// The costliest SVG logos under the 100 KB limit we know of, one per kind of work the check does: parsing many
// elements, converting CSS onto every element, listing many problems, following references. Run on its own,
// it checks them all and prints the process's peak memory, for tests and for `/usr/bin/time -v`.

import { cleanSvgLogo } from '../../src/board/logo/logo-svg.ts';

const LIMIT = 100 * 1024;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg">';
const PROPERTIES =
  'fill:red;stroke:blue;stroke-width:2;opacity:.5;fill-opacity:.5;stroke-opacity:.5;stroke-linecap:round;stroke-linejoin:round;font-size:12px;font-family:sans-serif';

/** `head`, then `unit` as many times as fit under the limit, then `tail`. */
function filled(head: string, unit: string, tail: string): string {
  return head + unit.repeat(Math.floor((LIMIT - head.length - tail.length) / unit.length)) + tail;
}

export const WORST_SVGS: Readonly<Record<string, string>> = {
  'elements over the limit': filled(SVG, '<g/>', '</svg>'),
  'paths under the limit': filled(SVG, '<path d="M0 0h1"/>', '</svg>'),
  'style attributes': filled(SVG, `<path style="${PROPERTIES}"/>`, '</svg>'),
  'a class rule on every element': filled(`${SVG}<style>.a{${PROPERTIES}}</style>`, '<g class="a"/>', '</svg>'),
  'rules and many classes': `${SVG}<style>${Array.from({ length: 3000 }, (_, i) => `.c${i}{fill:red}`).join('')}</style>${'<g class="c1 c2 c3 c4 c5 c6 c7 c8 c9 c10"/>'.repeat(1200)}</svg>`,
  'a problem on every element': filled(SVG, '<g onclick="x"/>', '</svg>'),
  'unknown attributes': filled(SVG, '<g a="1" b="2" c="3" d="4" e="5" f="6" g="7" h="8" i="9" j="0"/>', '</svg>'),
  'one long path': `${SVG}<path d="M0 0${' l1 1'.repeat(13000)}"/></svg>`,
  'use everywhere': filled(`${SVG}<defs><g id="a"><path d="M0 0"/></g></defs>`, '<use href="#a"/>', '</svg>'),
  'a deep use bomb': `${SVG}<defs><g id="l0"><path d="M0 0"/></g>${Array.from({ length: 45 }, (_, i) => `<g id="l${i + 1}"><use href="#l${i}"/><use href="#l${i}"/></g>`).join('')}</defs><use href="#l45"/></svg>`,
  'a chain of gradients': `${SVG}<defs>${Array.from({ length: 2400 }, (_, i) => `<linearGradient id="g${i}" href="#g${i + 1}"/>`).join('')}<linearGradient id="g2400"/></defs></svg>`,
  'nesting over the limit': filled(SVG, '<g>', '</svg>'),
  'a long text': `${SVG}<text>${'x&amp;'.repeat(17000)}</text></svg>`,
};

if (import.meta.main) {
  for (const text of Object.values(WORST_SVGS)) cleanSvgLogo(new TextEncoder().encode(text));
  console.log(JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}
