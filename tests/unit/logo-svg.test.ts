// SVG logos rebuilt from an allowlist (src/board/logo/logo-svg.ts): the exact file published for what real editors
// write, CSS converted with CSS's precedence, and every refusal with its line and message, in bounded time.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SVG_LIMITS, cleanSvgLogo, type SvgLogoResult } from '../../src/board/logo/logo-svg.ts';
import { logoFileProblems, logoProblem } from '../../src/board/logo/logo.ts';
import { CORPUS } from '../support/corpus.ts';
import { WORST_SVGS } from '../support/worst-svgs.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const encode = (text: string) => new TextEncoder().encode(text);
const clean = (text: string | Uint8Array) => cleanSvgLogo(typeof text === 'string' ? encode(text) : text);

/** The cleaned file, failing the test with the problems when there are some. */
function cleaned(text: string | Uint8Array): string {
  const result = clean(text);
  assert.ok(result.ok, `refused: ${JSON.stringify(!result.ok && result.problems)}`);
  return result.svg;
}

/** The problems, as "line:column message". */
function problems(text: string | Uint8Array): string[] {
  const result: SvgLogoResult = clean(text);
  assert.equal(result.ok, false, 'accepted');
  return result.ok ? [] : result.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
}

describe('SVG logos rebuilt from an allowlist', () => {
  it('rebuilds a plain drawing with the same elements and attributes', () => {
    assert.equal(
      cleaned(
        `<svg ${NS} viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="Acme">\n  <rect width="64" height="64" rx="12" fill="#0b3d3a"/>\n  <path d="M6 40 L20 18 Z" fill="#7fd1c7"/>\n</svg>\n`,
      ),
      `<svg ${NS} viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="Acme"><rect width="64" height="64" rx="12" fill="#0b3d3a"/><path d="M6 40 L20 18 Z" fill="#7fd1c7"/></svg>\n`,
    );
  });

  it('drops silently what editors add and the picture does not use', () => {
    const input = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape -->
<svg ${NS} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
  xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:sketch="http://www.bohemiancoding.com/sketch/ns" version="1.1" id="svg1" inkscape:version="1.3" data-name="Layer 1">
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff"><inkscape:page x="0" y="0"/></sodipodi:namedview>
  <metadata><rdf:RDF><dc:title>Acme</dc:title></rdf:RDF></metadata>
  <g id="layer1" inkscape:label="Layer 1" inkscape:groupmode="layer" sketch:type="MSLayerGroup">
    <circle id="path1" cx="5" cy="5" r="4" sodipodi:type="arc" data-foo="bar"/>
  </g>
</svg>`;
    assert.equal(cleaned(input), `<svg ${NS}><g><circle cx="5" cy="5" r="4"/></g></svg>\n`);
  });

  it('keeps the ids something refers to, and only those', () => {
    assert.equal(
      cleaned(
        `<svg ${NS} xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient><path id="p" d="M0 0h1"/><g id="unused"/></defs><rect id="r" fill="url(#g)"/><use xlink:href="#p"/><title id="t">Acme</title><g aria-labelledby="t"/></svg>`,
      ),
      `<svg ${NS} xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient><path id="p" d="M0 0h1"/><g/></defs><rect fill="url(#g)"/><use xlink:href="#p"/><title id="t">Acme</title><g aria-labelledby="t"/></svg>\n`,
    );
  });

  it('converts CSS to presentation attributes: attribute, then class rules in sheet order, then style', () => {
    const input = `<svg ${NS}>
  <defs><style><![CDATA[
    .a { fill: #111; stroke: #222; }
    /* a comment */
    .b, .c { fill: #333; }
    .a { stroke-width: 2px; }
  ]]></style></defs>
  <rect class="b a" fill="red" stroke="blue" opacity="0.5" style="stroke: #444; fill-opacity: .5"/>
  <circle class="c" r="1"/>
  <path class="unknown" d="M0 0" fill="green"/>
</svg>`;
    // .b comes after .a in the sheet, so its fill wins over .a's whichever order the class attribute lists them.
    assert.equal(
      cleaned(input),
      `<svg ${NS}><defs/><rect fill="#333" stroke="#444" opacity="0.5" stroke-width="2px" fill-opacity=".5"/><circle r="1" fill="#333"/><path d="M0 0" fill="green"/></svg>\n`,
    );
  });

  it('expands the marker shorthand, and drops properties that never change how an SVG is drawn', () => {
    assert.equal(
      cleaned(
        `<svg ${NS}><marker id="m"/><path d="M0 0" style="marker:url(#m);line-height:1.25;-inkscape-font-specification:'Sans Bold';font-variant-ligatures:normal;mix-blend-mode:normal;text-align:center"/></svg>`,
      ),
      `<svg ${NS}><marker id="m"/><path d="M0 0" marker-start="url(#m)" marker-mid="url(#m)" marker-end="url(#m)"/></svg>\n`,
    );
  });

  it('refuses CSS that cannot be converted exactly, naming the declaration', () => {
    assert.deepEqual(
      problems(
        `<svg ${NS}>\n<rect style="mix-blend-mode:multiply"/>\n<rect style="font: 12px Arial"/>\n<style>\n.a { fill: red !important; }\n.b { transform: rotate(45deg); }\n</style>\n<text style="font-size:12">x</text>\n</svg>`,
      ),
      [
        '2:7 style="mix-blend-mode:multiply" on <rect> sets mix-blend-mode: "multiply", which changes the picture and has no presentation attribute, so it cannot be converted exactly; export the logo with presentation attributes instead of CSS, or convert the text to paths',
        '3:7 style="font: 12px Arial" on <rect> sets "font", which is not a drawing property a logo may use (or has no presentation attribute to convert it to); export the logo with presentation attributes instead of CSS',
        '5:6 <style> marks fill !important, which changes which declaration wins and cannot be converted exactly; remove !important',
        '6:6 <style> sets "transform", which is not a drawing property a logo may use (or has no presentation attribute to convert it to); export the logo with presentation attributes instead of CSS',
        // A unitless font size is invalid CSS, which a browser ignores: as an attribute it would apply.
        '8:7 style="font-size:12" on <text> sets font-size: "12"; it must be a length or xx-small, x-small, small, medium, large, x-large, xx-large, larger, smaller',
      ],
    );
  });

  it('refuses every kind of active content, each on its line', () => {
    const input = `<svg ${NS} xmlns:s="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink" onload="go()">
<s:script>go()</s:script>
<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="javascript:go()"/>
<a href="https://evil.example/"><circle r="1"/></a>
<image href="https://evil.example/pixel.png"/>
<animate attributeName="href" to="javascript:go()"/>
<use x:href="https://evil.example/sprite.svg#a"/>
<rect fill="url(https://evil.example/track)"/>
<rect style="fill:url(https://evil.example/track)"/>
<g xml:base="https://evil.example/"/>
<g e:onclick="go()" xmlns:e="urn:example"/>
<style>@import url(https://evil.example/x.css);</style>
</svg>`;
    assert.deepEqual(problems(input), [
      '1:117 onload="go()" on <svg> is an event handler, which runs code; remove it',
      '2:1 <s:script> is a script, which runs when the logo is opened on its own; a logo must be a plain drawing, so remove it',
      '3:1 <h:iframe> is an element in the HTML namespace; a logo may hold only SVG drawing elements, so remove it',
      '4:1 <a> is a link; a logo links nowhere, so remove the <a> element and keep what it contains',
      '5:1 <image> is an image, which loads or embeds another picture this check cannot see; trace it as paths, or submit a PNG logo',
      '6:1 <animate> is animation, which can change the drawing and what it refers to after it was checked; a logo is a still image, so remove it',
      '7:6 x:href="https://evil.example/sprite.svg#a" on <use> points outside this file; a logo may only refer to its own elements (href="#id")',
      '8:7 fill="url(https://evil.example/track)" on <rect> must be none, a colour, or url(#id) naming a gradient or pattern of this file',
      '9:7 style="fill:url(https://evil.example/track)" on <rect> sets fill: "url(https://evil.example/track)"; it must be none, a colour, or url(#id) naming a gradient or pattern of this file',
      '10:4 xml:base on <g> changes where references point; remove it',
      '11:4 e:onclick="go()" on <g> is an event handler, which runs code; remove it',
      '12:1 <style> has an @import rule; at-rules (@import, @font-face, @media…) can load other files or apply conditionally, so export the logo with presentation attributes instead of CSS',
    ]);
  });

  it('accepts references only to elements of the file that exist, once each, without cycles', () => {
    assert.deepEqual(problems(`<svg ${NS}><rect fill="url(#nope)"/></svg>`), [
      '1:41 fill="url(#nope)" on <rect> refers to no element of this file (no drawing element has id="nope"); fix the reference or remove it',
    ]);
    assert.deepEqual(problems(`<svg ${NS}><g id="a"/><g id="a"/><use href="#a"/></svg>`), [
      '1:68 href="#a" on <use> is ambiguous: several elements have id="a"; give each a different id',
    ]);
    // A reference into dropped metadata names nothing that is published.
    assert.deepEqual(problems(`<svg ${NS}><metadata><x:g xmlns:x="urn:x" id="m"/></metadata><use href="#m"/></svg>`), [
      '1:96 href="#m" on <use> refers to no element of this file (no drawing element has id="m"); fix the reference or remove it',
    ]);
    assert.deepEqual(
      problems(
        `<svg ${NS}>\n<linearGradient id="a" href="#b"/>\n<linearGradient id="b" href="#a"/>\n<rect fill="url(#a)"/></svg>`,
      ),
      [
        '3:1 <linearGradient> refers to #a, which leads back to it: a reference cycle, which cannot be drawn; remove the loop',
      ],
    );
  });

  it('refuses a "use bomb" and accepts the same nesting when it stays small', () => {
    const bomb = (levels: number) =>
      `<svg ${NS}><defs><g id="l0"><circle r="1"/></g>${Array.from(
        { length: levels },
        (_, i) => `<g id="l${i + 1}">${`<use href="#l${i}"/>`.repeat(10)}</g>`,
      ).join('')}</defs><use href="#l${levels}"/></svg>`;
    assert.deepEqual(problems(bomb(5)), [
      `1:1 the drawing would have more than ${SVG_LIMITS.rendered} elements once its <use> elements and references are followed (a "use bomb"); use fewer nested <use> elements`,
    ]);
    assert.ok(clean(bomb(3)).ok);
  });

  it('refuses files that are not UTF-8 XML 1.0, and accepts a UTF-8 byte order mark', () => {
    const svg = `<svg ${NS}><circle r="1"/></svg>`;
    const utf16 = (text: string) =>
      Uint8Array.from([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    assert.deepEqual(problems(utf16(svg)), [
      '1:1 the file is UTF-16 text (it starts with a UTF-16 byte order mark); save the SVG as UTF-8',
    ]);
    assert.deepEqual(
      problems(Uint8Array.from([...encode(`<svg ${NS}>\n<title>`), 0xe9, ...encode('</title></svg>')])),
      ['2:1 the file is not valid UTF-8 (byte 49); save the SVG as UTF-8'],
    );
    assert.deepEqual(problems(`<?xml version="1.1" encoding="windows-1252"?>${svg}`), [
      '1:1 the XML declaration says version="1.1"; a logo must be XML 1.0: set version="1.0"',
      '1:1 the XML declaration says encoding="windows-1252"; a logo must be UTF-8: save it as UTF-8 and declare encoding="UTF-8" (or nothing)',
    ]);
    assert.equal(cleaned(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(svg)])), `${svg}\n`);
    assert.deepEqual(problems(`<svg ${NS}><g></svg>`), [
      '1:49 the file is not well-formed XML (unexpected close tag); open it in a vector editor and export it again as plain SVG',
    ]);
  });

  it('counts lines as XML 1.0 does, where editors see them, whatever version the declaration claims', () => {
    // XML 1.1 makes NEL (U+0085) and LINE SEPARATOR (U+2028) line breaks; editors, and XML 1.0, do not.
    assert.deepEqual(
      problems(`<?xml version="1.1"?>\n<svg ${NS}>\n<title>A\u0085B\u2028C</title>\n<foo/>\n</svg>\n`).map((p) =>
        p.slice(0, 30),
      ),
      ['1:1 the XML declaration says v', '4:1 <foo> is not one of the SV'],
    );
  });

  it('writes text and attribute values escaped, so nothing read from the file becomes markup', () => {
    assert.equal(
      cleaned(
        `<svg ${NS} aria-label="A &quot;B&quot; &lt;C&gt; &amp; D&#10;E"><title>&lt;script&gt;x&lt;/script&gt;</title><text><![CDATA[</text><script>x</script>]]></text></svg>`,
      ),
      `<svg ${NS} aria-label="A &quot;B&quot; &lt;C&gt; &amp; D&#10;E"><title>&lt;script&gt;x&lt;/script&gt;</title><text>&lt;/text&gt;&lt;script&gt;x&lt;/script&gt;</text></svg>\n`,
    );
  });

  it('lists every problem in one run, the first 20 with their lines, then how many more there are', () => {
    const input = `<svg ${NS}>\n${'<g onclick="x"/>\n'.repeat(25)}</svg>`;
    const result = clean(input);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, 20);
    assert.equal(result.omitted, 5);
    assert.deepEqual(
      result.problems.map((p) => p.line),
      Array.from({ length: 20 }, (_, i) => i + 2),
    );
    const listed = logoFileProblems('logos/acme.svg', encode(input));
    assert.equal(listed.length, 21);
    assert.equal(listed.at(-1)!.message, 'and 5 more problems like the ones above');
    assert.equal(
      logoProblem('logos/acme.svg', encode(input)),
      'public/logos/acme.svg cannot be published: line 2: onclick="x" on <g> is an event handler, which runs code; remove it (and 24 more, listed under public/logos/acme.svg)',
    );
  });

  it('accepts the Inkscape and Illustrator exports, without their editor data, CSS or classes', () => {
    for (const name of ['logo-inkscape-export.svg', 'logo-illustrator-export.svg']) {
      const svg = cleaned(readFileSync(join(CORPUS, 'public/logos', name)));
      for (const gone of [
        'inkscape',
        'sodipodi',
        'rdf:',
        'metadata',
        '<style',
        ' style=',
        'class=',
        'data-name',
        '<?xml',
        '<!--',
      ]) {
        assert.equal(svg.includes(gone), false, `${name} still holds ${gone}`);
      }
    }
    const illustrator = cleaned(readFileSync(join(CORPUS, 'public/logos/logo-illustrator-export.svg')));
    // .cls-2 sets the fill, which beats the circle's own fill attribute; .cls-5 adds the opacity.
    assert.ok(illustrator.includes('<circle cx="20" cy="20" r="11" fill="#e30613" opacity=".5"/>'), illustrator);
  });
});

describe('the cost of checking a logo', () => {
  it('checks the worst 100 KB SVGs in well under 2 s each', () => {
    for (const [name, text] of Object.entries(WORST_SVGS)) {
      const bytes = encode(text);
      assert.ok(bytes.length <= 100 * 1024, `${name} is ${bytes.length} bytes`);
      const started = performance.now();
      cleanSvgLogo(bytes);
      const ms = performance.now() - started;
      assert.ok(ms < 1000, `${name} took ${Math.round(ms)} ms`);
    }
  });

  it('checks all of them within 300 MB of memory, in a process of its own', () => {
    const support = fileURLToPath(new URL('../support/worst-svgs.ts', import.meta.url));
    const result = spawnSync(process.execPath, [support], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 0, result.stderr);
    const { maxRssMb } = JSON.parse(result.stdout) as { maxRssMb: number };
    assert.ok(maxRssMb < 300, `peak resident memory ${maxRssMb} MB`);
  });
});
